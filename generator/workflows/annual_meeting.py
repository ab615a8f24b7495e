"""``plangen årsmöte``: the annual meeting's papers of a set as one document.

The set is built as ``build`` builds it (its separate documents are written as usual); then the built
documents that the annual meeting takes – declared in :data:`PARTS`, in the order the meeting takes
them – are composed (generator.docx.compose) into ``årsmöteshandlingar.docx`` with one table of
contents and one page numbering, and converted to ``årsmöteshandlingar.pdf`` through LibreOffice.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from generator.inputset import InputSet
from generator.problems import Problems

STEM = "årsmöteshandlingar"
TITLE = "Handlingar till årsmötet"


@dataclass(frozen=True)
class Part:
    kind: str
    """The document kind (generator.documents.KINDS) whose built .docx is the part."""
    title: str
    """The part's heading after ``Del N.``, with ``[[figure]]`` names from the kind's catalogue."""
    noun: str
    """What the part is, for the line that says a set lacks it."""


#: The annual meeting's papers, in the order the meeting takes them. A kind plangen does not build is left out.
PARTS: tuple[Part, ...] = (
    Part("verksamhetsberattelse", "Verksamhetsberättelse [[berättelseår]]", "verksamhetsberättelse"),
    Part("budget", "Budget [[period]] och förslag till medlemsavgift [[avgift-år]]", "budget"),
    Part("verksamhetsplan", "Verksamhetsplan [[period]]", "verksamhetsplan"),
)
#: Under the title on the cover, from the first part's catalogue.
SUBTITLE = "[[organisation]] [[period]]"


@dataclass
class Papers:
    parts: list[str] = field(default_factory=list)
    """The parts' headings, in order."""
    missing: list[str] = field(default_factory=list)
    """One Swedish line per part the set lacks."""
    written: list[Path] = field(default_factory=list)
    problems: Problems = field(default_factory=Problems)


class NoPapers(Exception):
    """The set has none of the annual meeting's documents."""


def declared_parts() -> list[Part]:
    from generator.documents import KINDS

    names = {kind.name for kind in KINDS}
    return [part for part in PARTS if part.kind in names]


def _filled(text: str, catalogue) -> str:
    """``text`` with each ``[[name]]`` replaced by the catalogue's figure (a name it lacks prints nothing)."""
    figures = catalogue.figures if catalogue is not None else {}
    filled = re.sub(r"\[\[([^\]]+)\]\]", lambda m: figures[m[1]].text if m[1] in figures else "", text)
    return " ".join(filled.split())


def _why_missing(input_set: InputSet, out_folder: Path, kind: str) -> str:
    """Why the set has no built document of the kind: the reason its build gave, or its missing workbook."""
    from generator.build import Manifest
    from generator.documents import kind as document_kind

    reason = Manifest.load(out_folder).absent(kind)
    if reason:
        return reason
    if kind not in input_set.documents:
        return f"mängden har ingen {document_kind(kind).workbook}"
    return f"{kind}.docx byggdes inte"


def papers_parts(input_set: InputSet, out_folder: Path, catalogues: dict) -> tuple[list[tuple[str, bytes]], list[str]]:
    """(heading, .docx bytes) of each part the set has, in order, and a line for each it lacks;
    ``catalogues`` holds each document's catalogue (generator.catalogue.set_catalogues)."""
    parts: list[tuple[str, bytes]] = []
    missing: list[str] = []
    for part in declared_parts():
        path = out_folder / f"{part.kind}.docx"
        if part.kind not in input_set.documents or part.kind not in catalogues or not path.is_file():
            missing.append(f"ingen {part.noun}: {_why_missing(input_set, out_folder, part.kind)}")
            continue
        title = _filled(part.title, catalogues[part.kind])
        parts.append((f"Del {len(parts) + 1}. {title}", path.read_bytes()))
    return parts, missing


def _pdf(name: str, data: bytes, problems: Problems) -> bytes | None:
    from generator.pdf import PdfUnavailable, convert_to_pdf

    with tempfile.TemporaryDirectory(prefix="plangen-arsmote-") as work:
        copy = Path(work) / name
        copy.write_bytes(data)
        try:
            outcome = convert_to_pdf([copy])[copy]
        except PdfUnavailable as exc:
            problems.warning(None, f"ingen PDF skrevs: {exc}")
            return None
    if isinstance(outcome, str):
        problems.warning(None, f"ingen PDF skrevs: {outcome}")
        return None
    return outcome


def write_papers(input_set: InputSet, out_root: Path) -> Papers:
    """Compose the set's built documents into the annual meeting's papers (.docx and PDF), written
    atomically into ``out_root/<set>``. Raises NoPapers if the set has none of them."""
    from generator.catalogue import set_catalogues
    from generator.docx.compose import compose_papers
    from generator.docx.pagenumbers import number_contents
    from generator.output import write_all_atomically

    out_folder = out_root / input_set.name
    papers = Papers()
    catalogues = dict(set_catalogues(input_set))
    parts, papers.missing = papers_parts(input_set, out_folder, catalogues)
    if not parts:
        names = ", ".join(part.kind for part in declared_parts())
        raise NoPapers(f"mängden har inget av årsmötets dokument ({names})")
    papers.parts = [heading for heading, _ in parts]
    target = out_folder / f"{STEM}.docx"
    first = next(part.kind for part in declared_parts() if part.kind in catalogues)
    data = compose_papers(TITLE, _filled(SUBTITLE, catalogues[first]), parts)
    data = number_contents({target: data}).get(target, data)
    files = {target: data}
    pdf = _pdf(target.name, data, papers.problems)
    if pdf is not None:
        files[target.with_suffix(".pdf")] = pdf
    write_all_atomically(files)
    papers.written = list(files)
    stale = target.with_suffix(".pdf")
    if pdf is None and stale.is_file():  # made from the papers as they were before
        stale.unlink()
        papers.problems.warning(None, f"tog bort {stale}, som gjordes ur de tidigare handlingarna")
    return papers
