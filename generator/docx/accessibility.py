"""A built document's accessibility faults, the ones an accessible PDF (PDF/UA) inherits from the .docx:
an image without alternative text, a skipped heading level, a table without a header row, an empty heading.

Each finding is one Swedish line that says where the fault is by the nearest heading above it and the
first words of the paragraph (or table) concerned – never by a paragraph number, which a reader cannot
see in Word.
"""

from __future__ import annotations

import io
import re

from docx.oxml.ns import qn

WORDS = 6
#: Alternative text lives in the drawing's wp:docPr (Word's "Alternativ text"), or in a VML shape.
DOC_PR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
#: Word's "Markera som dekorativ": such an image needs no alternative text.
DECORATIVE = "{http://schemas.microsoft.com/office/drawing/2017/decorative}decorative"
VML_SHAPE = "{urn:schemas-microsoft-com:vml}shape"
VML_IMAGE = "{urn:schemas-microsoft-com:vml}imagedata"


def _document(document_or_bytes):
    if isinstance(document_or_bytes, bytes | bytearray):
        from docx import Document

        return Document(io.BytesIO(bytes(document_or_bytes)))
    return document_or_bytes


def _text(element) -> str:
    return " ".join("".join(t.text or "" for t in element.iter(qn("w:t"))).split())


def _first_words(text: str) -> str:
    words = text.split()
    return " ".join(words[:WORDS]) + (" …" if len(words) > WORDS else "")


def _heading_levels(document) -> dict[str, int]:
    """Style id → heading level (1–9) for every paragraph style that is a heading: by its outline level,
    inherited through basedOn, else by a name like "Heading 2" or "Rubrik 2"."""
    styles = document.styles.element
    by_id = {s.get(qn("w:styleId")): s for s in styles.iter(qn("w:style")) if s.get(qn("w:type")) == "paragraph"}

    def outline(style, seen: set) -> int | None:
        node = style.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        if node is not None:
            value = int(node.get(qn("w:val"), "9"))
            return value + 1 if value < 9 else None
        based = style.find(qn("w:basedOn"))
        parent = by_id.get(based.get(qn("w:val"))) if based is not None else None
        if parent is not None and id(parent) not in seen:
            return outline(parent, seen | {id(parent)})
        return None

    levels = {}
    for style_id, style in by_id.items():
        name = style.find(qn("w:name"))
        named = re.fullmatch(
            r"(?:heading|rubrik)\s*([1-9])", (name.get(qn("w:val")) if name is not None else "").strip(), re.IGNORECASE
        )
        level = outline(style, {id(style)}) or (int(named.group(1)) if named else None)
        if level is not None:
            levels[style_id] = level
    return levels


def _paragraph_level(paragraph, levels: dict[str, int]) -> int | None:
    own = paragraph.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
    if own is not None:
        value = int(own.get(qn("w:val"), "9"))
        return value + 1 if value < 9 else None
    style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return levels.get(style.get(qn("w:val"))) if style is not None else None


def _blocks(body):
    """Paragraphs and tables of the body in reading order (a table's own paragraphs are not blocks)."""
    for child in body:
        if child.tag in (qn("w:p"), qn("w:tbl")):
            yield child
        elif child.tag == qn("w:sdt"):  # content controls, e.g. a cover page
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _blocks(content)


def _images_without_alt(element) -> int:
    count = 0
    for doc_pr in element.iter(DOC_PR):
        decorative = next(doc_pr.iter(DECORATIVE), None)
        if decorative is not None and decorative.get("val") in ("1", "true"):
            continue
        if not (doc_pr.get("descr") or "").strip():
            count += 1
    for shape in element.iter(VML_SHAPE):
        if next(shape.iter(VML_IMAGE), None) is not None and not (shape.get("alt") or "").strip():
            count += 1
    return count


def _has_header_row(table) -> bool:
    first = table.find(qn("w:tr"))
    if first is None:
        return True  # an empty table has nothing to head
    header = first.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}")
    return header is not None and header.get(qn("w:val"), "true") not in ("0", "false", "off")


def accessibility_findings(document_or_bytes) -> list[str]:
    """Swedish one-line findings for a python-docx Document (or .docx bytes); empty if none."""
    document = _document(document_or_bytes)
    levels = _heading_levels(document)
    findings: list[str] = []
    heading: str | None = None
    previous_level = 0
    blocks = list(_blocks(document.element.body))

    def where() -> str:
        return f"under rubriken ”{heading}”" if heading else "före första rubriken"

    def next_text(index: int) -> str:
        for block in blocks[index + 1 :]:
            text = _text(block)
            if text:
                return text
        return ""

    for index, block in enumerate(blocks):
        text = _text(block)
        if block.tag == qn("w:tbl"):
            if not _has_header_row(block):
                first_row = block.find(qn("w:tr"))
                cells = [_text(c) for c in first_row.iter(qn("w:tc"))] if first_row is not None else []
                start = _first_words(" | ".join(c for c in cells if c)) or "(tom)"
                findings.append(
                    f"tabell utan rubrikrad {where()}: tabellen som börjar ”{start}” – "
                    "markera första raden som rubrikrad som upprepas"
                )
            missing = _images_without_alt(block)
            if missing:
                findings.append(f"bild utan alternativtext {where()}: i tabellen som börjar ”{_first_words(text)}”")
            continue
        level = _paragraph_level(block, levels)
        if level is not None:
            if not text:
                after = next_text(index)
                findings.append(
                    f"tom rubrik {where()}"
                    + (f": före stycket ”{_first_words(after)}”" if after else " i slutet av dokumentet")
                )
                continue
            if level > previous_level + 1:
                skipped = "nivå " + str(previous_level) if previous_level else "dokumentets början"
                findings.append(
                    f"rubriknivå hoppas över {where()}: ”{_first_words(text)}” är nivå {level} efter {skipped}"
                )
            previous_level = level
            heading = _first_words(text)
        missing = _images_without_alt(block)
        if missing:
            if text:
                place = f"i stycket ”{_first_words(text)}”"
            else:
                after = next_text(index)
                place = f"före stycket ”{_first_words(after)}”" if after else "i slutet av dokumentet"
            noun = "bild" if missing == 1 else f"{missing} bilder"
            findings.append(f"{noun} utan alternativtext {where()}: {place}")
    return findings
