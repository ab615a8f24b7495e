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


def load_figures(path: Path) -> dict[str, dict]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))["figures"]
    except (OSError, ValueError, KeyError):
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
