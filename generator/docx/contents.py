"""Fill the table of contents' cached result with the document's headings, and their page numbers
when LibreOffice has laid the document out (generator.docx.pagenumbers).

Without page numbers, Word recomputes the table when the document opens (the template asks it to with
``updateFields``), and ``--pdf`` updates it through LibreOffice; a reader who opens the .docx in a
program that does neither still sees the chapters rather than a placeholder. With page numbers the
cached result is the finished table (entry, dot leader, right-aligned page), and nothing asks to update.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

LEVELS = {"Heading1": 0, "Heading2": 1}
INDENT_TWIPS = 360
#: What comes before w:tabs in a paragraph's properties (the schema fixes their order).
P_PR_BEFORE_TABS = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd",
)
#: Text width of an A4 page with 2.5 cm margins, for a document whose section says nothing.
DEFAULT_TEXT_WIDTH_TWIPS = 9071


def _text(paragraph) -> str:
    return "".join(t.text or "" for t in paragraph.iter(qn("w:t")))


def _field_char(run) -> str | None:
    char = run.find(qn("w:fldChar"))
    return char.get(qn("w:fldCharType")) if char is not None else None


def _entry(text: str, level: int, page: int | None = None, tab_twips: int = 0):
    paragraph = OxmlElement("w:p")
    properties = OxmlElement("w:pPr")
    if page is not None:
        tabs = OxmlElement("w:tabs")
        tab = OxmlElement("w:tab")
        tab.set(qn("w:val"), "right")
        tab.set(qn("w:leader"), "dot")
        tab.set(qn("w:pos"), str(tab_twips))
        tabs.append(tab)
        properties.append(tabs)
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:after"), "60")
    properties.append(spacing)
    if level:
        indent = OxmlElement("w:ind")
        indent.set(qn("w:left"), str(INDENT_TWIPS * level))
        properties.append(indent)
    paragraph.append(properties)
    paragraph.append(_text_run(text))
    if page is not None:
        tab_run = OxmlElement("w:r")
        tab_run.append(OxmlElement("w:tab"))
        paragraph.append(tab_run)
        paragraph.append(_text_run(str(page)))
    return paragraph


def _text_run(text: str):
    run = OxmlElement("w:r")
    node = OxmlElement("w:t")
    node.text = text
    node.set(qn("xml:space"), "preserve")
    run.append(node)
    return run


def find_table_of_contents(document):
    """The paragraph where the TOC field begins, or None."""
    return next(
        (
            p
            for p in document.element.body.iter(qn("w:p"))
            if any("TOC" in (i.text or "") for i in p.iter(qn("w:instrText")))
        ),
        None,
    )


def contents_headings(document) -> list[tuple[str, int]]:
    """(text, level from 0) of every heading the table of contents lists, in document order."""
    headings = []
    for paragraph in document.element.body.iter(qn("w:p")):
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        level = LEVELS.get(style.get(qn("w:val"))) if style is not None else None
        if level is not None and _text(paragraph).strip():
            headings.append((_text(paragraph).strip(), level))
    return headings


def _text_width_twips(toc) -> int:
    """Width between the margins of the section the table of contents stands in."""
    path = f"{qn('w:pPr')}/{qn('w:sectPr')}"
    ends = (p.find(path) for p in [toc, *toc.itersiblings(qn("w:p"))])  # a section's last paragraph holds it
    section = next((s for s in ends if s is not None), toc.getparent().find(qn("w:sectPr")))
    size = section.find(qn("w:pgSz")) if section is not None else None
    margins = section.find(qn("w:pgMar")) if section is not None else None
    try:
        return int(size.get(qn("w:w"))) - int(margins.get(qn("w:left"))) - int(margins.get(qn("w:right")))
    except (AttributeError, TypeError, ValueError):
        return DEFAULT_TEXT_WIDTH_TWIPS


def fill_table_of_contents(document, pages: Sequence[int] | None = None) -> None:
    """Replace the TOC field's result with one entry per heading (``pages[i]`` after heading i, if given).

    A result filled before (with or without pages) is replaced, so this may run again on its own output.
    """
    toc = find_table_of_contents(document)
    if toc is None:
        return
    headings = contents_headings(document)
    if not headings or (pages is not None and len(pages) != len(headings)):
        return
    runs = list(toc.iter(qn("w:r")))
    separate = next(i for i, r in enumerate(runs) if _field_char(r) == "separate")
    end_run = next((r for r in runs[separate + 1 :] if _field_char(r) == "end"), None)
    for run in runs[separate + 1 :]:
        run.getparent().remove(run)
    while end_run is None:  # the result of an earlier fill: entry paragraphs up to the field's end
        following = toc.getnext()
        if following is None or following.tag != qn("w:p"):
            return
        end_run = next((r for r in following.iter(qn("w:r")) if _field_char(r) == "end"), None)
        following.getparent().remove(following)
    width = _text_width_twips(toc)
    entries = [
        _entry(text, level, pages[index] if pages is not None else None, width)
        for index, (text, level) in enumerate(headings)
    ]
    first = entries[0]
    properties = toc.find(qn("w:pPr"))
    if properties is None:  # the first entry shares the field's paragraph, and its layout
        toc.insert(0, first.find(qn("w:pPr")))
    elif pages is not None:  # a paragraph laid out by the template: only the entries' tab stop
        for old in properties.findall(qn("w:tabs")):
            properties.remove(old)
        before = [c for c in properties if c.tag in {qn(f"w:{t}") for t in P_PR_BEFORE_TABS}]
        properties.insert(properties.index(before[-1]) + 1 if before else 0,
                          first.find(f"{qn('w:pPr')}/{qn('w:tabs')}"))
    toc.extend(child for child in list(first) if child.tag == qn("w:r"))
    previous = toc
    for entry in entries[1:]:
        previous.addnext(entry)
        previous = entry
    previous.append(copy.deepcopy(end_run) if previous is not toc else end_run)


def settle_table_of_contents(document) -> None:
    """The table holds its page numbers: Word need not update it, nor ask to at opening."""
    toc = find_table_of_contents(document)
    if toc is not None:
        begin = next((r.find(qn("w:fldChar")) for r in toc.iter(qn("w:r")) if _field_char(r) == "begin"), None)
        if begin is not None and begin.get(qn("w:dirty")) is not None:
            del begin.attrib[qn("w:dirty")]
    settings = document.settings.element
    for update in settings.findall(qn("w:updateFields")):
        settings.remove(update)
