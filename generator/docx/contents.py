"""Fill the table of contents' cached result with the document's headings.

Word recomputes the table (with page numbers) when the document opens, and
``--pdf`` updates it through LibreOffice; but a reader who opens the .docx in
a program that does neither sees the cached result, which should list the
chapters rather than a placeholder.
"""

from __future__ import annotations

import copy

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

LEVELS = {"Heading1": 0, "Heading2": 1}
INDENT_TWIPS = 360


def _text(paragraph) -> str:
    return "".join(t.text or "" for t in paragraph.iter(qn("w:t")))


def _entry(text: str, level: int):
    paragraph = OxmlElement("w:p")
    properties = OxmlElement("w:pPr")
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:after"), "60")
    properties.append(spacing)
    if level:
        indent = OxmlElement("w:ind")
        indent.set(qn("w:left"), str(INDENT_TWIPS * level))
        properties.append(indent)
    paragraph.append(properties)
    run = OxmlElement("w:r")
    node = OxmlElement("w:t")
    node.text = text
    node.set(qn("xml:space"), "preserve")
    run.append(node)
    paragraph.append(run)
    return paragraph


def fill_table_of_contents(document) -> None:
    body = document.element.body
    toc = next(
        (p for p in body.iter(qn("w:p")) if any("TOC" in (i.text or "") for i in p.iter(qn("w:instrText")))), None
    )
    if toc is None:
        return
    headings = []
    for paragraph in body.iter(qn("w:p")):
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        level = LEVELS.get(style.get(qn("w:val"))) if style is not None else None
        if level is not None and _text(paragraph).strip():
            headings.append((_text(paragraph).strip(), level))
    if not headings:
        return
    runs = list(toc.iter(qn("w:r")))
    separate = next(
        i
        for i, r in enumerate(runs)
        if r.find(qn("w:fldChar")) is not None and r.find(qn("w:fldChar")).get(qn("w:fldCharType")) == "separate"
    )
    end_run = runs[-1]
    for run in runs[separate + 1 :]:
        toc.remove(run)
    first_text, first_level = headings[0]
    toc.append(_entry(first_text, first_level).find(qn("w:r")))
    previous = toc
    for index, (text, level) in enumerate(headings[1:], start=1):
        entry = _entry(text, level)
        if index == len(headings) - 1:
            entry.append(copy.deepcopy(end_run))
        previous.addnext(entry)
        previous = entry
    if len(headings) == 1:
        toc.append(end_run)
