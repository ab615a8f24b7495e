"""Several built documents as one: a cover, one table of contents, one page numbering, each document a part.

The parts are appended with docxcompose, which copies what a part's body refers to: styles the composed
document lacks, numbering definitions (renumbered), images, footnotes, and every other related part with
its own relationships – the native charts (``word/charts/chartN.xml``) with their embedded workbooks.
Before a part is appended it is cut to its body and fitted in:

* its title page (everything before its first heading) and its own table of contents are removed;
* its headings go down one level (Heading 1 → Heading 2 …) so that they nest under the part's heading,
  and each keeps the numbering it had (a style's heading numbering becomes the paragraph's own), so a
  part numbered 1, 1.1 … still is;
* its sections lose their headers, footers, title-page switch and page-number restarts: the composed
  document's footer (a PAGE field) counts every page but the cover, from the cover on.

Equal parts give byte-identical output: docxcompose draws the numbering definitions' ``nsid`` at random,
so they are set from their ids afterwards, and the package is normalised (no timestamps).
"""

from __future__ import annotations

import io
import re

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from generator.docx.authoring import add_field, add_table_of_contents
from generator.docx.contents import fill_table_of_contents, find_table_of_contents
from generator.docx.package import normalise_package

_HEADING = re.compile(r"heading ([1-9])")
#: Relationships of the main part to parts of the whole document (the rest belong to the body's content).
_DOCUMENT_WIDE = frozenset(
    [
        "styles",
        "stylesWithEffects",
        "numbering",
        "settings",
        "webSettings",
        "fontTable",
        "theme",
        "footnotes",
        "endnotes",
        "customXml",
    ]
)
#: A heading's numbering properties that a paragraph states itself: before these in w:pPr (schema order).
_P_PR_BEFORE_NUMPR = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl")


def _text(element) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def _style_of(paragraph) -> str | None:
    style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return style.get(qn("w:val")) if style is not None else None


class _Styles:
    """A document's paragraph styles by id: heading levels, ids by level, and inherited numbering."""

    def __init__(self, document):
        self.elements = {s.get(qn("w:styleId")): s for s in document.styles.element.findall(qn("w:style"))}
        self.level: dict[str, int] = {}
        self.by_level: dict[int, str] = {}
        for style_id, element in self.elements.items():
            name = element.find(qn("w:name"))
            match = _HEADING.fullmatch((name.get(qn("w:val")) if name is not None else "").strip().lower())
            if match and element.get(qn("w:type")) == "paragraph":
                self.level[style_id] = int(match[1])
                self.by_level[int(match[1])] = style_id

    def numbering(self, style_id: str | None) -> tuple[str, str] | None:
        """(numId, ilvl) the style gives its paragraphs, following basedOn; None if none."""
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            element = self.elements.get(style_id)
            if element is None:
                return None
            num_pr = element.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num_pr is not None:
                num_id = num_pr.find(qn("w:numId"))
                ilvl = num_pr.find(qn("w:ilvl"))
                if num_id is not None:
                    return num_id.get(qn("w:val")), ilvl.get(qn("w:val")) if ilvl is not None else "0"
            based = element.find(qn("w:basedOn"))
            style_id = based.get(qn("w:val")) if based is not None else None
        return None


def _set_num_pr(paragraph, num_id: str, ilvl: str | None) -> None:
    p_pr = paragraph.get_or_add_pPr()
    for old in p_pr.findall(qn("w:numPr")):
        p_pr.remove(old)
    num_pr = OxmlElement("w:numPr")
    if ilvl is not None:
        level = OxmlElement("w:ilvl")
        level.set(qn("w:val"), ilvl)
        num_pr.append(level)
    number = OxmlElement("w:numId")
    number.set(qn("w:val"), num_id)
    num_pr.append(number)
    before = [c for c in p_pr if c.tag in {qn(f"w:{t}") for t in _P_PR_BEFORE_NUMPR}]
    p_pr.insert(p_pr.index(before[-1]) + 1 if before else 0, num_pr)


def _remove_contents(body) -> None:
    """The part's table of contents: its heading, the field's paragraphs and the page break after it."""
    while True:
        start = next(
            (p for p in body.iter(qn("w:p")) if any("TOC" in (i.text or "") for i in p.iter(qn("w:instrText")))),
            None,
        )
        if start is None:
            return
        doomed = [start]
        previous = start.getprevious()
        if previous is not None and previous.tag == qn("w:p") and (_style_of(previous) or "").startswith("TOC"):
            doomed.insert(0, previous)
        depth, paragraph = 0, start
        while paragraph is not None:
            for char in paragraph.iter(qn("w:fldChar")):
                kind = char.get(qn("w:fldCharType"))
                depth += kind == "begin"
                depth -= kind == "end"
            if paragraph is not start:
                doomed.append(paragraph)
            if depth <= 0:
                break
            paragraph = paragraph.getnext()
        after = doomed[-1].getnext()
        if (
            after is not None
            and after.tag == qn("w:p")
            and not _text(after).strip()
            and after.find(f".//{qn('w:br')}[@{qn('w:type')}='page']") is not None
        ):
            doomed.append(after)
        for element in doomed:
            if element.getparent() is body:
                body.remove(element)


def _section_without_own_pages(sect_pr) -> None:
    """A part's section keeps its page size and margins but not its headers, footers or numbering."""
    for tag in ("w:headerReference", "w:footerReference", "w:titlePg", "w:pgNumType"):
        for element in sect_pr.findall(qn(tag)):
            sect_pr.remove(element)


def prepare_part(data: bytes):
    """The part document, cut to its body and fitted in (see the module's docstring)."""
    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    styles = _Styles(document)
    _remove_contents(body)
    first_heading = next((child for child in body if child.tag == qn("w:p") and _style_of(child) in styles.level), None)
    if first_heading is not None:
        for child in list(body):
            if child is first_heading:
                break
            if child.tag != qn("w:sectPr"):
                body.remove(child)
    for paragraph in body.iter(qn("w:p")):
        style_id = _style_of(paragraph)
        level = styles.level.get(style_id)
        if level is None:
            continue
        own = paragraph.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        if own is None or own.find(qn("w:numId")) is None:
            inherited = styles.numbering(style_id)
            _set_num_pr(paragraph, *(inherited or ("0", None)))
        deeper = styles.by_level.get(min(level + 1, 9))
        if deeper is not None:
            paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}").set(qn("w:val"), deeper)
        outline = paragraph.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        if outline is not None:
            outline.set(qn("w:val"), str(min(int(outline.get(qn("w:val"))) + 1, 8)))
    for sect_pr in body.iter(qn("w:sectPr")):
        _section_without_own_pages(sect_pr)
    try:  # a list level tied to a heading style would number the composed document's own headings
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        numbering = None
    if numbering is not None:
        for link in numbering.findall(f"{qn('w:abstractNum')}/{qn('w:lvl')}/{qn('w:pStyle')}"):
            link.getparent().remove(link)
    return document


def _base(data: bytes):
    """The composed document starts from the first part's package (its styles, fonts and page), emptied:
    no body, no headers or footers, no heading numbering in its heading styles."""
    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    sect_pr = body.find(qn("w:sectPr"))
    for reference in [*sect_pr.findall(qn("w:headerReference")), *sect_pr.findall(qn("w:footerReference"))]:
        document.part.drop_rel(reference.get(qn("r:id")))
    _section_without_own_pages(sect_pr)
    for r_id, relationship in list(document.part.rels.items()):  # the first part's charts, images, links
        if relationship.reltype.rsplit("/", 1)[-1] not in _DOCUMENT_WIDE:
            document.part.drop_rel(r_id)
    styles = _Styles(document)
    for style_id in styles.level:
        for num_pr in styles.elements[style_id].findall(f"{qn('w:pPr')}/{qn('w:numPr')}"):
            num_pr.getparent().remove(num_pr)
    settings = document.settings.element
    for update in settings.findall(qn("w:updateFields")):
        settings.remove(update)
    return document, styles


def _page_break(document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _cover(document, title: str, subtitle: str) -> None:
    for _ in range(8):
        document.add_paragraph()
    document.add_paragraph(title, style="Title")
    document.add_paragraph(subtitle)
    _page_break(document)


def _footer(document) -> None:
    section = document.sections[0]
    section.different_first_page_header_footer = True  # the cover is page 1, unnumbered
    footer = section.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.alignment = 1  # centre
    add_field(paragraph, "PAGE", "1")


def _deterministic_nsids(document) -> None:
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return
    for abstract in numbering.findall(qn("w:abstractNum")):
        nsid = abstract.find(qn("w:nsid"))
        if nsid is not None:
            nsid.set(qn("w:val"), f"{0x5A000000 + int(abstract.get(qn('w:abstractNumId'))):08X}")


def compose_papers(title: str, subtitle: str, parts: list[tuple[str, bytes]]) -> bytes:
    """One .docx of the ``parts`` ((heading, .docx bytes) each, in order): a cover with ``title`` and
    ``subtitle``, one table of contents (part headings and the parts' chapters), then per part a page
    with its heading (Heading 1) and the part's body; one page numbering throughout."""
    from docxcompose.composer import Composer

    if not parts:
        raise ValueError("inga delar att sätta samman")
    document, styles = _base(parts[0][1])
    _cover(document, title, subtitle)
    add_table_of_contents(document, levels=2)
    heading_1 = styles.by_level.get(1, "Heading1")
    composer = Composer(document)
    for heading, data in parts:
        _page_break(document)
        for _ in range(6):
            document.add_paragraph()
        part_heading = document.add_paragraph(heading)._p
        style = OxmlElement("w:pStyle")
        style.set(qn("w:val"), heading_1)
        part_heading.get_or_add_pPr().insert(0, style)
        _set_num_pr(part_heading, "0", None)
        _page_break(document)
        composer.append(prepare_part(data))
    _footer(document)
    _deterministic_nsids(document)
    fill_table_of_contents(document)
    assert find_table_of_contents(document) is not None
    properties = document.core_properties  # author and date stay the first part's
    properties.title, properties.subject, properties.keywords = title, subtitle, "årsmöteshandlingar"
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_package(buffer.getvalue())
