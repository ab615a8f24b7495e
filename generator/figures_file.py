"""The figures sidecar written beside each document, and comparing two of them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from generator.ledger import Ledger


def sidecar_path(document_path: Path) -> Path:
    return document_path.with_suffix(".figures.json")


def ledger_figures(ledger: Ledger) -> dict[str, dict]:
    """The figures as the sidecar stores them (and as :func:`compare_figures` compares them)."""
    return {label: fig.as_json() for label, fig in ledger.figures.items()}


def figures_json(document: str, figures: dict[str, dict]) -> bytes:
    data = {"document": document, "figures": figures}
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


#: A sidecar larger than this is refused unread (the 290-municipality report's is a few MB).
MAX_SIDECAR_BYTES = 128 * 1024 * 1024


class BadSidecar(Exception):
    """A figures sidecar that cannot be read or is not what plangen writes; the message names the file."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path


def read_figures(path: Path, limit: int = MAX_SIDECAR_BYTES) -> dict[str, dict]:
    """The figures of a sidecar, checked: a regular file of at most ``limit`` bytes, holding
    ``{"figures": {label: {"text": str, "sources": [str, …], …}}}``; else :class:`BadSidecar`."""
    import os
    import stat

    try:
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a named pipe must not block us
    except OSError as exc:
        raise BadSidecar(path, f"kan inte läsas ({exc.strerror or exc})") from exc
    with os.fdopen(handle, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise BadSidecar(path, "är ingen vanlig fil")
        if info.st_size > limit:
            raise BadSidecar(path, f"är för stor ({info.st_size} byte; högst {limit})")
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise BadSidecar(path, f"är för stor (högst {limit} byte)")
    try:
        parsed = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise BadSidecar(path, "är inte UTF-8-text") from exc
    except ValueError as exc:
        raise BadSidecar(path, f"är ingen giltig JSON (rad {getattr(exc, 'lineno', '?')})") from exc
    figures = parsed.get("figures") if isinstance(parsed, dict) else None
    if not isinstance(figures, dict):
        raise BadSidecar(path, "saknar ”figures” (är det en fil som plangen skrev?)")
    for label, figure in figures.items():
        if not isinstance(figure, dict) or not isinstance(figure.get("text"), str):
            raise BadSidecar(path, f"siffran ”{label}” saknar sin text")
        sources = figure.get("sources", [])
        if not isinstance(sources, list) or not all(isinstance(source, str) for source in sources):
            raise BadSidecar(path, f"siffran ”{label}” har trasiga källor")
    return figures


def load_figures(path: Path) -> dict[str, dict]:
    """The figures of an earlier build's sidecar, or none if it is missing or unreadable."""
    try:
        return read_figures(path)
    except BadSidecar:
        return {}


@dataclass(frozen=True)
class FigureChange:
    label: str
    old: str | None
    new: str | None
    sources: tuple[str, ...]

    def __str__(self) -> str:
        where = f" ({', '.join(self.sources)})" if self.sources else ""
        if self.old is None:
            return f"{self.label}: ny, {self.new}{where}"
        if self.new is None:
            return f"{self.label}: borttagen (var {self.old})"
        return f"{self.label}: {self.old} → {self.new}{where}"


def compare_figures(old: dict[str, dict], new: dict[str, dict]) -> list[FigureChange]:
    changes = []
    for label, figure in new.items():
        before = old.get(label)
        if before is None:
            if old:
                changes.append(FigureChange(label, None, figure["text"], tuple(figure.get("sources", ()))))
        elif before["text"] != figure["text"]:
            changes.append(FigureChange(label, before["text"], figure["text"], tuple(figure.get("sources", ()))))
    for label, figure in old.items():
        if label not in new:
            changes.append(FigureChange(label, figure["text"], None, ()))
    return changes
