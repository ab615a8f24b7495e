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
    "Egna blad blir tabeller som dokumentet kan placera: [[tabell-<bladets namn>]].",
    "Kontrollera med: plangen check <mängd>. Bygg dokumenten med: plangen build <mängd>.",
    "Rubrikerna och texten står i mängdens egna Word-dokument; plangen katalog <mängd> listar alla namn.",
)


class InitRefused(Exception):
    """The folder already holds files; nothing is overwritten."""


def init_set(folder: Path, kind: str, templates: Path | None = None) -> list[Path]:
    """Write the kind's empty workbooks into ``folder`` (which must be new or empty), and a copy of plangen's
    default document for each document they make: the organisation edits those in Word."""
    from generator.documents import KINDS as DOCUMENT_KINDS
    from generator.inputset import DEFAULT_TEMPLATES
    from generator.xlsx.writer import write_workbook

    if folder.exists() and any(folder.iterdir()):
        raise InitRefused(f"mappen {folder} finns redan och är inte tom; inget skrivs över")
    written = []
    for spec in KINDS[kind]:
        path = folder / spec.filename
        write_workbook(spec, path, notes=NOTES)
        written.append(path)
    workbooks = {spec.filename for spec in KINDS[kind]}
    for document in DOCUMENT_KINDS:
        default = (templates or DEFAULT_TEMPLATES) / f"{document.name}.docx"
        if document.workbook in workbooks and default.is_file():
            target = folder / default.name
            target.write_bytes(default.read_bytes())
            written.append(target)
    return written
