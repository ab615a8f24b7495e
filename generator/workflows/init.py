"""``plangen init``: a new, empty input set laid out by the contract, ready to fill in Excel."""

from __future__ import annotations

from pathlib import Path

from generator.schema.contract import BUDGET, MEMBERS, PLAN, SURVEY
from generator.schema.model import WorkbookSpec

KINDS: dict[str, tuple[WorkbookSpec, ...]] = {
    "verksamhetsplan": (PLAN, BUDGET, MEMBERS),
    "slutrapport": (SURVEY,),
}

NOTES = (
    "Fyll i bladen i den här arbetsboken. Rubrikraden (rad 1) får inte ändras; extra kolumner går bra.",
    "Kontrollera med: plangen check <mängd>. Bygg dokumenten med: plangen build <mängd>.",
)


class InitRefused(Exception):
    """The folder already holds files; nothing is overwritten."""


def init_set(folder: Path, kind: str) -> list[Path]:
    """Write the kind's empty workbooks into ``folder`` (which must be new or empty)."""
    from generator.xlsx.writer import write_workbook

    if folder.exists() and any(folder.iterdir()):
        raise InitRefused(f"mappen {folder} finns redan och är inte tom; inget skrivs över")
    written = []
    for spec in KINDS[kind]:
        path = folder / spec.filename
        write_workbook(spec, path, notes=NOTES)
        written.append(path)
    return written
