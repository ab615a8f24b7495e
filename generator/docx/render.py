"""Fill the organisation's Word document with a catalogue into reproducible .docx bytes.

No template language runs: markers are looked up by name in plain data, so a
document mailed from elsewhere cannot compute, loop, read files or reach any
object with side effects.  Its zip package is checked (sizes and compression
ratio) before python-docx opens it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from generator.blocks import Catalogue
from generator.docx.package import normalise_package, set_core_properties
from generator.ledger import Ledger


@dataclass(frozen=True)
class DocumentProperties:
    title: str
    author: str
    subject: str
    date: object
    keywords: str = ""


@dataclass
class Rendered:
    """The document's bytes (None when errors were found), the figures it placed and what was found."""

    data: bytes | None
    ledger: Ledger = field(default_factory=Ledger)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    used: dict[str, int] = field(default_factory=dict)


def open_document(template_path: Path):
    """The document as python-docx reads it; ValueError with a Swedish sentence when it cannot be."""
    import docx

    from generator.docx.guard import inspect_document_file

    inspect_document_file(template_path)
    try:
        return docx.Document(str(template_path))
    except Exception as exc:  # python-docx raises many kinds on damaged or foreign files
        raise ValueError(f"dokumentet kan inte öppnas som Word-dokument (.docx) ({type(exc).__name__})") from exc


def render_document(template_path: Path, catalogue: Catalogue, properties: DocumentProperties) -> Rendered:
    from generator.docx.contents import fill_table_of_contents
    from generator.docx.fill import fill_document
    from generator.docx.guard import strip_external_references

    try:
        document = open_document(template_path)
    except ValueError as exc:
        return Rendered(None, errors=[str(exc)])
    warnings = strip_external_references(document)
    filled = fill_document(document, catalogue)
    rendered = Rendered(None, filled.ledger, filled.errors, warnings + filled.warnings, filled.used)
    if filled.errors:
        return rendered
    fill_table_of_contents(document)
    set_core_properties(
        document,
        title=properties.title,
        author=properties.author,
        subject=properties.subject,
        when=properties.date,
        keywords=properties.keywords,
    )
    buffer = io.BytesIO()
    document.save(buffer)
    rendered.data = normalise_package(buffer.getvalue())
    return rendered
