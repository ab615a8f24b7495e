"""How blocks look in Word: tables, captions, charts, lists and headings as WordprocessingML.

Pagination is decided here, for every document alike: captions keep with
their table or chart, rows never split, header rows repeat, group rows keep
with the rows they head, a total row never starts a page alone, and a short
table stays on one page.  "Short" is measured in printed height, wrapped cells
counted by their lines: LibreOffice moves a table kept together to the next
page when it does not fit, and one taller than a page would leave its caption
and lead sentence alone on a page of their own.
"""

from __future__ import annotations

import re

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from generator.blocks import Chart, Table
from generator.docx.authoring import HEADER_FILL, SUBTOTAL_FILL

#: A table is kept on one page if its estimated height is at most this share of the page's text area,
#: which leaves room for the heading, lead sentence and caption kept with it.
KEEP_TOGETHER_SHARE = 0.6
#: For the estimate: characters of 10 pt text per centimetre of a cell (fewer than Calibri's ≈ 6, so a
#: wrapped cell is rather over- than underestimated), a line's height and a row's padding, in points.
CHARACTERS_PER_CM = 5.0
LINE_PT = 12.2
ROW_PADDING_PT = 4.0
BORDER = "A6A6A6"
HEADING_STYLE = re.compile(r"^(heading|rubrik)\s*(\d)$", re.I)


def heading_level(document, p) -> int | None:
    """The outline level (1–9) of a paragraph, from its style or its own outline level; None for body text."""
    properties = p.find(qn("w:pPr"))
    if properties is None:
        return None
    outline = properties.find(qn("w:outlineLvl"))
    if outline is not None and outline.get(qn("w:val"), "9").isdigit() and int(outline.get(qn("w:val"))) < 9:
        return int(outline.get(qn("w:val"))) + 1
    style = properties.find(qn("w:pStyle"))
    if style is None:
        return None
    return _style_level(document, style.get(qn("w:val")))


def _style_level(document, style_id: str) -> int | None:
    try:
        style = document.styles.element.get_by_id(style_id)
    except Exception:  # a damaged style table: treat the paragraph as body text
        return None
    seen = 0
    while style is not None and seen < 10:
        name = style.name_val or ""
        match = HEADING_STYLE.match(name.replace("Heading", "heading ").replace("  ", " ").strip())
        if match:
            return int(match[2])
        ppr = style.pPr
        if ppr is not None and ppr.find(qn("w:outlineLvl")) is not None:
            value = ppr.find(qn("w:outlineLvl")).get(qn("w:val"), "9")
            if value.isdigit() and int(value) < 9:
                return int(value) + 1
        based = style.basedOn_val
        style = document.styles.element.get_by_id(based) if based else None
        seen += 1
    return None


def keep_with_next(p) -> None:
    """Keep a paragraph (an lxml w:p) on the page of the one after it."""
    from docx.text.paragraph import Paragraph as DocxParagraph

    DocxParagraph(p, None).paragraph_format.keep_with_next = True


def _paragraph_style(document, name: str):
    """A paragraph style by name; added with plain formatting if the organisation's document lacks it."""
    styles = document.styles
    try:
        return styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        match = HEADING_STYLE.match(name)
        if match:
            style.font.bold = True
            style.font.size = Pt(max(16 - 2 * (int(match[2]) - 1), 11))
            style.paragraph_format.keep_with_next = True
            style.paragraph_format.space_before = Pt(12)
            style.element.get_or_add_pPr()._insert_outlineLvl(_outline(int(match[2]) - 1))
            style.next_paragraph_style = styles["Normal"]
        elif name == "Caption":
            style.font.bold = True
            style.font.size = Pt(9.5)
        return style


def _outline(level: int):
    element = OxmlElement("w:outlineLvl")
    element.set(qn("w:val"), str(level))
    return element


def _new_paragraph(document, style: str | None = None):
    paragraph = document.add_paragraph(style=_paragraph_style(document, style) if style else None)
    return paragraph


def paragraph(document, text: str, style: str = "normal"):
    result = _new_paragraph(document)
    run = result.add_run(text)
    if style == "note":
        run.italic = True
        run.font.size = Pt(9.5)
    elif style == "strong":
        run.bold = True
        result.paragraph_format.keep_with_next = True
    return result._p


def heading(document, text: str, level: int):
    result = _new_paragraph(document, f"Heading {level}")
    result.add_run(text)
    return result._p


def bullet(document, text: str):
    try:
        document.styles["List Bullet"]
    except KeyError:
        result = _new_paragraph(document)
        result.paragraph_format.left_indent = Cm(0.6)
        result.paragraph_format.first_line_indent = Cm(-0.4)
        result.add_run("•\u00a0" + text)
        return result._p
    result = _new_paragraph(document, "List Bullet")
    result.add_run(text)
    return result._p


def caption(document, text: str):
    result = _new_paragraph(document, "Caption")
    result.add_run(text)
    result.paragraph_format.keep_with_next = True
    result.paragraph_format.space_before = Pt(8)
    return result._p


def table(document, content: Table, caption_element) -> list:
    """The caption, the table and its note, as elements to insert."""
    columns = content.columns
    docx_table = document.add_table(rows=0, cols=len(columns))
    docx_table.autofit = False
    _table_properties(docx_table._tbl, sum(c.width_cm for c in columns))
    for index, column in enumerate(docx_table.columns):
        column.width = Cm(columns[index].width_cm)
    tbl = docx_table._tbl
    widths = [int(Cm(c.width_cm).twips) for c in columns]
    rights = [c.align == "right" for c in columns]
    header = _row_xml([c.header for c in columns], widths, rights, bold=True, color="FFFFFF", fill=HEADER_FILL,
                      keep=True, header=True)
    tbl.append(header)
    rows = content.rows
    keep_all = _estimated_height(content) <= KEEP_TOGETHER_SHARE * _text_height(document)
    for number, row in enumerate(rows):
        nxt = rows[number + 1] if number + 1 < len(rows) else None
        keep = keep_all and nxt is not None
        keep |= row.kind == "group" or (nxt is not None and nxt.kind in ("subtotal", "total"))
        texts = [row.cells[index] if index < len(row.cells) else "" for index in range(len(columns))]
        tbl.append(_row_xml(
            texts, widths, rights, bold=row.kind in ("group", "total"), italic=row.kind == "subtotal", keep=keep,
            fill=row.fill or (SUBTOTAL_FILL if row.kind in ("subtotal", "total") else None),
        ))
    elements = [docx_table._tbl]
    if caption_element is not None:
        elements.insert(0, caption_element)
    if content.note:
        note = paragraph(document, content.note, "note")
        elements.append(note)
    else:
        elements.append(_spacer(document))
    return elements


def _estimated_height(content: Table) -> float:
    """The table's printed height in points, its header row included, each row as tall as its most
    wrapped cell (words wrapped greedily; a word wider than its cell takes the lines it needs)."""

    def lines(text: str, width_cm: float) -> int:
        capacity = max(int((width_cm - 0.3) * CHARACTERS_PER_CM), 1)
        count, used = 0, capacity
        for word in text.split():
            if used + 1 + len(word) <= capacity:
                used += 1 + len(word)
            else:
                count += -(-len(word) // capacity)
                used = len(word) % capacity or capacity
        return max(count, 1)

    rows = [tuple(c.header for c in content.columns), *(row.cells for row in content.rows)]
    return sum(
        ROW_PADDING_PT
        + LINE_PT * max((lines(text, c.width_cm) for text, c in zip(cells, content.columns, strict=False)), default=1)
        for cells in rows
    )


def _text_height(document) -> float:
    """The height of the last section's text area in points (A4 with 2.5 cm margins if unknown)."""
    section = document.sections[-1]
    try:
        return (section.page_height - section.top_margin - section.bottom_margin) / 12700
    except TypeError:  # a section without page size or margins
        return (Cm(29.7) - 2 * Cm(2.5)) / 12700


def _spacer(document):
    """An empty paragraph after a table, so two tables placed in a row don't merge into one."""
    result = _new_paragraph(document)
    result.paragraph_format.space_after = Pt(2)
    return result._p


def _table_properties(tbl, width_cm: float) -> None:
    tbl_pr = tbl.tblPr
    width = tbl_pr.find(qn("w:tblW"))
    if width is None:
        width = OxmlElement("w:tblW")
        tbl_pr.append(width)
    width.set(qn("w:w"), str(int(width_cm * 567)))
    width.set(qn("w:type"), "dxa")
    jc = OxmlElement("w:jc")
    jc.set(qn("w:val"), "center")
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), "4")
        line.set(qn("w:space"), "0")
        line.set(qn("w:color"), BORDER)
        borders.append(line)
    layout_fixed = OxmlElement("w:tblLayout")
    layout_fixed.set(qn("w:type"), "fixed")
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        margin = OxmlElement(f"w:{edge}")
        margin.set(qn("w:w"), "85")
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    look = OxmlElement("w:tblLook")
    look.set(qn("w:val"), "0420")
    look.set(qn("w:firstRow"), "1")
    look.set(qn("w:lastRow"), "0")
    look.set(qn("w:firstColumn"), "0")
    look.set(qn("w:lastColumn"), "0")
    look.set(qn("w:noHBand"), "1")
    look.set(qn("w:noVBand"), "1")
    # schema order: tblStyle, …, tblW, jc, …, tblBorders, shd, tblLayout, tblCellMar, tblLook
    for child in list(tbl_pr):
        if child.tag in (qn("w:jc"), qn("w:tblBorders"), qn("w:tblLayout"), qn("w:tblCellMar"), qn("w:tblLook")):
            tbl_pr.remove(child)
    width.addnext(jc)
    jc.addnext(borders)
    borders.addnext(layout_fixed)
    layout_fixed.addnext(margins)
    margins.addnext(look)


def _element(tag: str, parent=None, **attributes: str):
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    if parent is not None:
        parent.append(element)
    return element


def _row_xml(
    texts: list[str],
    widths: list[int],
    rights: list[bool],
    *,
    bold: bool = False,
    italic: bool = False,
    color: str | None = None,
    fill: str | None = None,
    keep: bool = False,
    header: bool = False,
):
    """One table row as WordprocessingML, written directly: python-docx's cell objects cost about half a
    millisecond a cell, which made tables most of a build.  Rows never split; a header row repeats."""
    tr = _element("w:tr")
    tr_pr = _element("w:trPr", tr)
    _element("w:cantSplit", tr_pr)
    if header:
        _element("w:tblHeader", tr_pr)
    for text, width, right in zip(texts, widths, rights, strict=True):
        tc = _element("w:tc", tr)
        tc_pr = _element("w:tcPr", tc)
        _element("w:tcW", tc_pr, w=str(width), type="dxa")
        if fill:
            _element("w:shd", tc_pr, val="clear", color="auto", fill=fill)
        p = _element("w:p", tc)
        p_pr = _element("w:pPr", p)
        if keep:
            _element("w:keepNext", p_pr)
        _element("w:spacing", p_pr, before="20", after="20", line="240", lineRule="auto")
        if right:
            _element("w:jc", p_pr, val="right")
        if not text:
            continue
        r = _element("w:r", p)
        r_pr = _element("w:rPr", r)
        if bold:
            _element("w:b", r_pr)
        if italic:
            _element("w:i", r_pr)
        if color:
            _element("w:color", r_pr, val=color)
        _element("w:sz", r_pr, val="20")
        for number, line in enumerate(text.split("\n")):  # a line break typed in the cell (Alt+Enter)
            if number:
                _element("w:br", r)
            for index, part in enumerate(line.split("\t")):
                if index:
                    _element("w:tab", r)
                if part:
                    t = _element("w:t", r)
                    t.text = part
                    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return tr


def chart(document, content: Chart, caption_text: str) -> list:
    """The chart (kept with its caption) and the caption under it."""
    holder = _new_paragraph(document)
    holder.alignment = WD_ALIGN_PARAGRAPH.CENTER
    holder.paragraph_format.keep_with_next = True
    holder.paragraph_format.space_before = Pt(8)
    from generator.docx.native_chart import add_chart

    add_chart(document, holder, content)
    below = caption(document, caption_text)
    below.find(qn("w:pPr")).remove(below.find(qn("w:pPr")).find(qn("w:keepNext")))
    return [holder._p, below]
