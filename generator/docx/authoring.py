"""WordprocessingML helpers for writing templates: fields, language, shading, styles.

Used by ``tools/make_templates.py`` to produce the templates in ``templates/``;
users may edit those templates in Word afterwards.
"""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

#: Children of w:tcPr in the order the schema requires.
TC_PR_ORDER = (
    "w:cnfStyle",
    "w:tcW",
    "w:gridSpan",
    "w:hMerge",
    "w:vMerge",
    "w:tcBorders",
    "w:shd",
    "w:noWrap",
    "w:tcMar",
    "w:textDirection",
    "w:tcFitText",
    "w:vAlign",
    "w:hideMark",
    "w:headers",
    "w:cellIns",
    "w:cellDel",
    "w:cellMerge",
    "w:tcPrChange",
)

ACCENT = RGBColor(0x1F, 0x5C, 0x4A)  # a sober dark green
HEADER_FILL = "1F5C4A"
SUBTOTAL_FILL = "E6EFEC"


def set_language(document, language: str = "sv-SE") -> None:
    """Make Swedish the language of every style (spelling, hyphenation, screen readers)."""
    styles = document.styles.element
    doc_defaults = styles.find(qn("w:docDefaults"))
    rpr_default = doc_defaults.find(qn("w:rPrDefault"))
    rpr = rpr_default.find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), language)
    lang.set(qn("w:eastAsia"), language)
    lang.set(qn("w:bidi"), "ar-SA")


def add_field(paragraph, instruction: str, placeholder: str = "") -> None:
    """A complex field (PAGE, TOC …) that Word and LibreOffice compute."""

    def run_with(child) -> None:
        run = OxmlElement("w:r")
        run.append(child)
        paragraph._p.append(run)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    text = OxmlElement("w:t")
    text.text = placeholder
    run_with(text)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def add_page_number_footer(section, prefix: str = "") -> None:
    """Page numbers in the footer of every page but the title page."""
    section.different_first_page_header_footer = True
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if prefix:
        paragraph.add_run(prefix)
    add_field(paragraph, "PAGE", "1")


def add_table_of_contents(document, title: str = "Innehåll", levels: int = 2) -> None:
    document.add_paragraph(title, style="TOC Heading")
    paragraph = document.add_paragraph()
    placeholder = "Innehållsförteckningen uppdateras när dokumentet öppnas."
    add_field(paragraph, f'TOC \\o "1-{levels}" \\h \\z \\u', placeholder)
    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    # The schema fixes the order of settings; updateFields comes before these.
    settings.insert_element_before(
        update,
        "w:hdrShapeDefaults",
        "w:footnotePr",
        "w:endnotePr",
        "w:compat",
        "w:docVars",
        "w:rsids",
        "m:mathPr",
        "w:attachedSchema",
        "w:themeFontLang",
        "w:clrSchemeMapping",
        "w:doNotIncludeSubdocsInStats",
        "w:doNotAutoCompressPictures",
        "w:forceUpgrade",
        "w:captions",
        "w:readModeInkLockDown",
        "w:smartTagType",
        "sl:schemaLibrary",
        "w:shapeDefaults",
        "w:doNotEmbedSmartTags",
        "w:decimalSymbol",
        "w:listSeparator",
    )


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.insert_element_before(shd, *TC_PR_ORDER[TC_PR_ORDER.index("w:shd") + 1 :])


def repeat_as_header(row) -> None:
    """Mark a table row as a header row: repeated on each page, announced by screen readers."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))  # on by presence, as Word writes it (w:val="true" is invalid)


def keep_row_together(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    cant_split = OxmlElement("w:cantSplit")
    tr_pr.append(cant_split)


def set_cell_text(
    cell,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    right: bool = False,
    color: RGBColor | None = None,
    size: float | None = None,
) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.paragraph_format.line_spacing = 1.0
    run = paragraph.add_run(text)
    run.bold = bold
    run.italic = italic
    if color is not None:
        run.font.color.rgb = color
    run.font.size = Pt(size if size is not None else 10)
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def style_document(document) -> None:
    """Fonts, heading colours and spacing shared by all plangen templates."""
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for level, size in ((1, 16), (2, 13), (3, 11.5)):
        style = styles[f"Heading {level}"]
        style.font.name = "Calibri"
        style.font.size = Pt(size)
        style.font.color.rgb = ACCENT
        style.font.bold = True
        style.paragraph_format.space_before = Pt(18 if level == 1 else 12)
        style.paragraph_format.space_after = Pt(6)
        style.paragraph_format.keep_with_next = True
    title = styles["Title"]
    title.font.name = "Calibri"
    title.font.size = Pt(30)
    title.font.color.rgb = ACCENT
    caption = styles["Caption"]
    caption.font.size = Pt(9.5)
    caption.font.color.rgb = RGBColor(0x33, 0x33, 0x33)
    caption.font.bold = True
    set_language(document)


def add_running_header(section, text: str) -> None:
    """A small right-aligned line at the top of every page but the title page (markers are filled)."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = paragraph.add_run(text)
    run.font.size = Pt(8.5)
    run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


#: Children of w:pPr that the schema puts after w:numPr.
PPR_AFTER_NUMPR = (
    "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
    "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)


def number_headings(document, levels: int = 3) -> None:
    """Chapters and sections numbered 1, 1.1, 1.1.1 through a multilevel list tied to the heading styles."""
    numbering = document.part.numbering_part.element
    abstract_id = str(max([int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
                          + [0]) + 1)
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), abstract_id)
    multi = OxmlElement("w:multiLevelType")
    multi.set(qn("w:val"), "multilevel")
    abstract.append(multi)
    for level in range(levels):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(level))
        for tag, value in (
            ("w:start", "1"),
            ("w:numFmt", "decimal"),
            ("w:pStyle", f"Heading{level + 1}"),
            ("w:lvlText", ".".join(f"%{n + 1}" for n in range(level + 1))),
            ("w:lvlJc", "left"),
        ):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            lvl.append(child)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(567 + 284 * level))
        ind.set(qn("w:hanging"), str(567 + 284 * level))
        ppr.append(ind)
        lvl.append(ppr)
        abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num_id = str(max([int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))] + [0]) + 1)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), num_id)
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), abstract_id)
    num.append(ref)
    numbering.append(num)
    for level in range(levels):
        style = document.styles[f"Heading {level + 1}"]
        ppr = style.element.get_or_add_pPr()
        num_pr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), str(level))
        num_ref = OxmlElement("w:numId")
        num_ref.set(qn("w:val"), num_id)
        num_pr.append(ilvl)
        num_pr.append(num_ref)
        ppr.insert_element_before(num_pr, *PPR_AFTER_NUMPR)
    _unnumbered_style(document, "TOC Heading")


def _unnumbered_style(document, name: str) -> None:
    """A style based on a numbered heading (the contents' title) that must not carry its number."""
    try:
        style = document.styles[name]
    except KeyError:
        return
    ppr = style.element.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    num_id = OxmlElement("w:numId")
    num_id.set(qn("w:val"), "0")
    num_pr.append(num_id)
    for existing in ppr.findall(qn("w:numPr")):
        ppr.remove(existing)
    ppr.insert_element_before(num_pr, *PPR_AFTER_NUMPR)


def unnumbered(paragraph) -> None:
    """A heading outside the chapter numbering (an appendix, the foreword)."""
    ppr = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    num_id = OxmlElement("w:numId")
    num_id.set(qn("w:val"), "0")
    num_pr.append(num_id)
    style = ppr.find(qn("w:pStyle"))
    if style is not None:
        style.addnext(num_pr)
    else:
        ppr.insert(0, num_pr)


class DocumentWriter:
    """Writes an organisation's document with python-docx: plangen's defaults and the example sets' own.

    Markers are written as plain text in one run; Word may split them later, which filling tolerates.
    """

    def __init__(self, numbered: bool = False):
        import docx
        from docx.shared import Cm

        self.document = docx.Document()
        style_document(self.document)
        section = self.document.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
        self.numbered = numbered
        if numbered:
            number_headings(self.document)
        self.document.core_properties.title = ""
        self.document.core_properties.author = "plangen"

    def para(self, text: str = "", *, style: str | None = None, bold: bool = False, italic: bool = False,
             size: float | None = None, align=None, color=None):
        paragraph = self.document.add_paragraph(style=style)
        if text:
            run = paragraph.add_run(text)
            run.bold = bold or None
            run.italic = italic or None
            if size:
                run.font.size = Pt(size)
            if color is not None:
                run.font.color.rgb = color
        if align is not None:
            paragraph.alignment = align
        return paragraph

    def heading(self, text: str, level: int, *, numbered: bool = True):
        paragraph = self.document.add_heading(text, level=level)
        if self.numbered and not numbered:
            unnumbered(paragraph)
        return paragraph

    def bullets(self, items) -> None:
        for item in items:
            self.para(item, style="List Bullet")

    def page_break(self) -> None:
        from docx.enum.text import WD_BREAK

        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def title_page(self, *lines) -> None:
        """Lines as (text, look) with look one of accent, title, subtitle, italic, ''; None is a gap."""
        for _ in range(5):
            self.para()
        for line in lines:
            if line is None:
                for _ in range(8):
                    self.para()
                continue
            text, look = line
            if look == "title":
                self.para(text, style="Title")
            elif look == "accent":
                self.para(text, size=14, bold=True, color=ACCENT)
            elif look == "subtitle":
                self.para(text, size=18, color=ACCENT)
            else:
                self.para(text, italic=look == "italic", size=11)
        self.page_break()

    def contents(self, levels: int = 2) -> None:
        add_table_of_contents(self.document, levels=levels)
        self.page_break()

    def running_header(self, text: str) -> None:
        add_running_header(self.document.sections[0], text)

    def page_numbers(self) -> None:
        add_page_number_footer(self.document.sections[0])
