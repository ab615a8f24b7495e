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


def add_table_of_contents(document, title: str = "Innehåll") -> None:
    document.add_paragraph(title, style="TOC Heading")
    paragraph = document.add_paragraph()
    add_field(paragraph, 'TOC \\o "1-2" \\h \\z \\u', "Innehållsförteckningen uppdateras när dokumentet öppnas.")
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
