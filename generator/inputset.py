"""Input sets: folders of workbooks, and which documents each one yields."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.documents import KINDS
from generator.xlsx.files import find_workbook, has_spreadsheets, spreadsheet_files

#: Documents in build order, each with the workbook whose presence asks for it (see generator.documents).
DOCUMENT_WORKBOOKS: dict[str, str] = {kind.name: kind.workbook for kind in KINDS}

PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def _default_templates() -> Path:
    """The templates an install carries as package data (``generator/_templates``, copied there from the
    repository's templates/ by setup.py; any kind of ``pip install``), else the repository's templates/
    itself (a checkout or an editable install)."""
    from importlib.resources import files

    shipped = files("generator").joinpath("_templates")
    if isinstance(shipped, Path) and shipped.is_dir():
        return shipped
    return PACKAGE_ROOT / "templates"


DEFAULT_TEMPLATES = _default_templates()


class UnknownSet(Exception):
    """A SET argument names neither a folder under inputs/ nor a folder path."""


@dataclass(frozen=True)
class InputSet:
    name: str
    folder: Path

    @property
    def documents(self) -> list[str]:
        """The documents whose workbook the set holds, in any case or format (a refused one is reported
        when it is read, so it is never silently left out)."""
        return [doc for doc, workbook in DOCUMENT_WORKBOOKS.items() if find_workbook(self.folder, workbook)]

    def template_for(self, document: str, templates: Path = DEFAULT_TEMPLATES) -> Path:
        """The set's own ``<document>.docx`` if it holds one, else the shared template."""
        own = self.folder / f"{document}.docx"
        return own if own.is_file() else templates / f"{document}.docx"

    def workbooks(self) -> list[Path]:
        """The set's spreadsheet files that can be opened safely: regular files, lock files left out."""
        return spreadsheet_files(self.folder)


def resolve_sets(names: list[str], inputs_root: Path) -> list[InputSet]:
    """SET arguments → input sets; no arguments means every set under ``inputs_root``."""
    if not names:
        if not inputs_root.is_dir():
            raise UnknownSet(f"mappen {inputs_root} finns inte; ange en indatamapp")
        folders = sorted(p for p in inputs_root.iterdir() if p.is_dir() and has_spreadsheets(p))
        return [InputSet(p.name, p) for p in folders]
    sets = []
    for name in names:
        candidate = inputs_root / name
        folder = candidate if candidate.is_dir() else Path(name)
        if not folder.is_dir():
            raise UnknownSet(f"indatamängden ”{name}” finns varken under {inputs_root}/ eller som mapp")
        folder = folder.resolve()
        sets.append(InputSet(folder.name, folder))
    return sets
