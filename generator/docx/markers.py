"""Markers in the organisation's Word document, and editing them in place across runs.

A marker is text between double square brackets, easy to type in Word:

* ``[[antal-medlemmar]]`` – a live figure, inside a sentence;
* ``[[antal-medlemmar|medlem|medlemmar]]`` – a count with its singular and plural
  (``1 medlem``, ``22 medlemmar``);
* ``[[budget-2009]]`` alone in a paragraph – a block (table, chart, list);
* ``[[figur namn]]`` / ``[[tabell namn]]`` – the number the block ``namn`` gets where the
  document places it (``figur 2``), so a reference in the text stays true when blocks move;
* ``[[om namn]]`` / ``[[om inte namn]]`` – keep the paragraph only if ``namn``
  has a value (a non-zero count, a non-empty text or block), or only if not;
* ``[[egen text: …]]`` – a place for the organisation's own text, which a
  build leaves out (with a warning) until it is replaced.

Word splits a paragraph into runs wherever formatting, spelling marks or
revision ids change, so markers are found in the concatenated text of the
paragraph's ``w:t`` nodes and edited node by node: a marker typed in three
runs is replaced all the same, in the formatting of its first character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from docx.oxml.ns import qn

MARKER = re.compile(r"\[\[(.*?)\]\]", re.S)
OWN_TEXT = re.compile(r"^\s*egen\s+text\b", re.I)
CONDITION = re.compile(r"^\s*om\s+(inte\s+)?(.+?)\s*$", re.I)
REFERENCE = re.compile(r"^\s*(figur|tabell)\s+(.+?)\s*$", re.I)

MarkerKind = Literal["name", "condition", "own_text", "reference"]


@dataclass(frozen=True)
class Marker:
    start: int
    end: int
    kind: MarkerKind
    name: str = ""
    forms: tuple[str, ...] = ()
    negated: bool = False
    raw: str = ""


def parse(text: str) -> list[Marker]:
    """Every marker of a paragraph's text, in order."""
    markers = []
    for match in MARKER.finditer(text):
        inner = match[1].replace("\u00a0", " ").strip()
        raw = match[0]
        if OWN_TEXT.match(inner):
            markers.append(Marker(match.start(), match.end(), "own_text", raw=raw))
            continue
        condition = CONDITION.match(inner)
        if condition and "|" not in inner:
            markers.append(
                Marker(match.start(), match.end(), "condition", condition[2], negated=bool(condition[1]), raw=raw)
            )
            continue
        reference = REFERENCE.match(inner)
        if reference and "|" not in inner:
            markers.append(Marker(match.start(), match.end(), "reference", reference[2],
                                  (reference[1].lower(),), raw=raw))
            continue
        name, *forms = (part.strip() for part in inner.split("|"))
        markers.append(Marker(match.start(), match.end(), "name", name, tuple(forms), raw=raw))
    return markers


def text_nodes(paragraph) -> list:
    """The paragraph's ``w:t`` nodes in reading order (runs in hyperlinks, insertions, smart tags too)."""
    return [node for node in paragraph.iter(qn("w:t")) if _counts(node)]


def _counts(node) -> bool:
    """Text inside a field's instruction or a deleted revision is not what the reader sees."""
    parent = node.getparent()
    while parent is not None and parent.tag != qn("w:p"):
        if parent.tag in (qn("w:del"), qn("w:instrText")):
            return False
        parent = parent.getparent()
    return True


def paragraph_text(paragraph) -> str:
    return "".join(node.text or "" for node in text_nodes(paragraph))


def replace_spans(paragraph, replacements: list[tuple[int, int, str]]) -> None:
    """Replace character spans of the paragraph's text; each new text goes into the node where its span starts."""
    nodes = text_nodes(paragraph)
    offsets = []
    position = 0
    for node in nodes:
        offsets.append(position)
        position += len(node.text or "")
    for start, end, new in sorted(replacements, reverse=True):
        placed = False
        for node, offset in zip(nodes, offsets, strict=True):
            text = node.text or ""
            if offset + len(text) <= start or offset >= end:
                continue
            cut_from, cut_to = max(start - offset, 0), min(end - offset, len(text))
            node.text = text[:cut_from] + ("" if placed else new) + text[cut_to:]
            node.set(qn("xml:space"), "preserve")
            placed = True


def first_words(text: str, count: int = 6) -> str:
    words = text.split()
    head = " ".join(words[:count])
    return head + (" …" if len(words) > count else "")


YEAR = re.compile(r"(?<!\d)(19|20)(\d\d)(?!\d)")


def shift_marker_years(path, years: int = 1) -> bytes:
    """The document at ``path`` with every year inside a marker moved ``years`` on (``[[budget-2009]]`` →
    ``[[budget-2010]]``), for the next period's draft; its own text is left as written."""
    import io

    import docx

    from generator.docx.package import normalise_package

    document = docx.Document(str(path))
    parts = [document.element.body]
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            if not part.is_linked_to_previous:
                parts.append(part._element)
    for root in parts:
        for paragraph in root.iter(qn("w:p")):
            text = paragraph_text(paragraph)
            if "[[" not in text:
                continue
            spans = []
            for marker in parse(text):
                shifted = YEAR.sub(lambda m: str(int(m[0]) + years), marker.raw)
                if shifted != marker.raw:
                    spans.append((marker.start, marker.end, shifted))
            replace_spans(paragraph, spans)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_package(buffer.getvalue())
