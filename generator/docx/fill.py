"""Fill the organisation's Word document: figures into sentences, blocks where they are placed.

One mechanism for every document kind.  The document is walked once, in
reading order; each marker (see :mod:`generator.docx.markers`) is looked up
in the document kind's :class:`~generator.blocks.Catalogue`.  Tables and
figures are numbered in the order they are placed, so a document that
reorders its chapters is still numbered 1, 2, 3 …  Text from the workbooks is
inserted as plain text and never read for markers, so a cell holding
``[[…]]`` prints as written.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass, field

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from generator.blocks import (
    Block,
    BulletList,
    Catalogue,
    Chart,
    Content,
    Figure,
    Heading,
    Paragraph,
    Table,
    normalise_name,
)
from generator.docx import layout
from generator.docx.markers import Marker, first_words, paragraph_text, parse, replace_spans
from generator.ledger import Ledger


@dataclass
class Finding:
    error: bool
    message: str


@dataclass
class FillResult:
    ledger: Ledger = field(default_factory=Ledger)
    findings: list[Finding] = field(default_factory=list)
    used: dict[str, int] = field(default_factory=dict)
    """Catalogue names placed, with how many times."""

    @property
    def errors(self) -> list[str]:
        return [f.message for f in self.findings if f.error]

    @property
    def warnings(self) -> list[str]:
        return [f.message for f in self.findings if not f.error]


@dataclass
class _Walk:
    document: object
    catalogue: Catalogue
    result: FillResult
    heading: str = ""
    heading_level: int = 0
    heading_element: object = None
    tables: int = 0
    figures: int = 0
    numbers: dict = field(default_factory=dict)
    """Block name → {"figur": n, "tabell": n}: the numbers its first placement gets (for references)."""
    emptied: list = field(default_factory=list)
    """Headings whose section held places for own text that were left out."""

    def where(self, text: str) -> str:
        under = f"under rubriken ”{self.heading}”" if self.heading else "före första rubriken"
        words = first_words(text)
        return f"{under}, i stycket ”{words}”" if words else under

    def problem(self, text: str, message: str, *, error: bool = True) -> None:
        finding = Finding(error, f"{self.where(text)}: {message}")
        if finding not in self.result.findings:
            self.result.findings.append(finding)

    def use(self, entry: Figure | Block) -> None:
        key = entry.name
        self.result.used[key] = self.result.used.get(key, 0) + 1
        self.result.ledger.figures.update(entry.ledger.figures)


def fill_document(document, catalogue: Catalogue) -> FillResult:
    """Replace every marker of ``document`` (a python-docx Document) in place."""
    walk = _Walk(document, catalogue, FillResult())
    paragraphs = list(_paragraphs(document))
    walk.numbers = _numbers(catalogue, paragraphs)
    for paragraph, in_body in paragraphs:
        _fill_paragraph(walk, paragraph, in_body)
    _remove_emptied_headings(walk)
    return walk.result


def _remove_emptied_headings(walk: _Walk) -> None:
    """A heading left with nothing under it because its own-text places were left out goes too:
    a draft never shows a bare heading.  A heading the organisation left empty itself stays."""
    for heading, level in dict.fromkeys(walk.emptied):
        if heading.getparent() is not None and not _has_content(walk.document, heading, level):
            _remove(heading)


def _has_content(document, heading, level: int) -> bool:
    """Whether anything but empty paragraphs stands between ``heading`` and the next heading of its level."""
    sibling = heading.getnext()
    while sibling is not None:
        if sibling.tag != qn("w:p"):
            return sibling.tag != qn("w:sectPr")
        sibling_level = layout.heading_level(document, sibling)
        if sibling_level is not None:
            return sibling_level > level
        if paragraph_text(sibling).strip() or sibling.find(f".//{qn('w:drawing')}") is not None:
            return True
        sibling = sibling.getnext()
    return False


def _numbers(catalogue: Catalogue, paragraphs: list[tuple[object, bool]]) -> dict[str, dict[str, int]]:
    """Where each block's first table and figure will be numbered: placements are counted in reading order,
    as filling numbers them, so ``[[figur …]]`` can cite a block placed before or after it."""
    counts = {"tabell": 0, "figur": 0}
    numbers: dict[str, dict[str, int]] = {}
    for p, in_body in paragraphs:
        if not in_body:
            continue
        text = paragraph_text(p)
        if "[[" not in text:
            continue
        markers = parse(text)
        names = [m for m in markers if m.kind == "name"]
        if len(names) != 1 or any(m.kind == "own_text" for m in markers):
            continue
        entry = catalogue.find(names[0].name)
        if not isinstance(entry, Block):
            continue
        conditions = [m for m in markers if m.kind == "condition"]
        if any((catalogue.find(m.name).present if catalogue.find(m.name) else False) == m.negated
               for m in conditions):
            continue
        first = numbers.setdefault(normalise_name(names[0].name), {})
        for content in entry.contents:
            kind = "tabell" if isinstance(content, Table) and content.caption else "figur" \
                if isinstance(content, Chart) else None
            if kind:
                counts[kind] += 1
                first.setdefault(kind, counts[kind])
    return numbers


def _paragraphs(document) -> Iterator[tuple[object, bool]]:
    """(w:p, whether a block may go there) in reading order: the body, then headers and footers."""
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            yield child, True
        elif child.tag in (qn("w:tbl"), qn("w:sdt")):
            for paragraph in child.iter(qn("w:p")):
                yield paragraph, child.tag == qn("w:sdt") and paragraph.getparent().tag == qn("w:sdtContent")
    seen = set()
    for section in document.sections:
        for part in (
            section.header,
            section.first_page_header,
            section.even_page_header,
            section.footer,
            section.first_page_footer,
            section.even_page_footer,
        ):
            if part.is_linked_to_previous or id(part._element) in seen:
                continue
            seen.add(id(part._element))
            for paragraph in part._element.iter(qn("w:p")):
                yield paragraph, False


def _fill_paragraph(walk: _Walk, p, in_body: bool) -> None:
    text = paragraph_text(p)
    level = layout.heading_level(walk.document, p)
    if level is not None and in_body:
        walk.heading, walk.heading_level, walk.heading_element = text.strip() or walk.heading, level, p
    if "[[" not in text:
        if "{{" in text or "{%" in text:
            walk.problem(text, "stycket har mallkod inom {{ }} eller {% %}, som plangen inte längre tolkar; "
                         "skriv namnet inom [[ ]] (se katalogen)", error=False)
        return
    markers = parse(text)
    if any(m.kind == "own_text" for m in markers):
        walk.problem(text, "här ska organisationens egen text stå; stycket lämnas utanför dokumentet tills "
                     "markeringen [[egen text …]] är ersatt", error=False)
        if walk.heading_element is not None and in_body:
            walk.emptied.append((walk.heading_element, walk.heading_level))
        _remove(p)
        return
    if not _conditions_hold(walk, text, markers):
        for marker in markers:  # a dropped paragraph's names are still checked for typos
            if not walk.catalogue.find(marker.name) and not walk.catalogue.missing.get(normalise_name(marker.name)):
                _lookup(walk, text, marker)
        _remove(p)
        return
    replacements: list[tuple[int, int, str]] = []
    block: Block | None = None
    caption: str | None = None
    for marker in markers:
        if marker.kind == "condition":
            replacements.append((marker.start, marker.end, ""))
            continue
        if marker.kind == "reference":
            replacements.append((marker.start, marker.end, _reference_text(walk, text, marker)))
            continue
        entry = _lookup(walk, text, marker)
        if entry is None:
            continue
        if isinstance(entry, Block):
            rest = (text[: marker.start] + text[marker.end :]).strip()
            if rest or not in_body:
                walk.problem(text, f"blocket ”{marker.name}” ska stå ensamt i ett eget stycke i dokumentets "
                             "brödtext (inte i en mening, tabell, sidhuvud eller sidfot)")
                continue
            if marker.forms:
                caption = marker.forms[0] if len(marker.forms) == 1 else None
                if not caption or not _captioned(entry):
                    walk.problem(text, f"”{marker.raw}”: ett block kan bara få en egen bildtext, och bara om det "
                                 f"har en tabell eller ett diagram, t.ex. [[{marker.name}|Egen bildtext]]")
                    continue
            block = entry
            continue
        replacements.append((marker.start, marker.end, _figure_text(walk, text, marker, entry)))
        walk.use(entry)
    if block is not None:
        walk.use(block)
        _place_block(walk, p, _with_caption(block, caption) if caption else block)
        return
    replace_spans(p, replacements)
    _strip_leading_space(p)


def _conditions_hold(walk: _Walk, text: str, markers: list[Marker]) -> bool:
    """Whether every ``[[om …]]`` of the paragraph holds; a name this set lacks counts as empty."""
    keep = True
    for marker in markers:
        if marker.kind != "condition":
            continue
        entry = walk.catalogue.find(marker.name)
        if entry is None:
            _lookup(walk, text, marker)  # an unknown name is reported; a lacking one is simply empty
            present = False
        else:
            present = entry.present
        keep &= present != marker.negated
    return keep


def _lookup(walk: _Walk, text: str, marker: Marker) -> Figure | Block | None:
    """The entry a marker names; an unknown name is an error, a name this set lacks only outside a condition."""
    entry = walk.catalogue.find(marker.name)
    if entry is not None:
        return entry
    reason = walk.catalogue.missing.get(normalise_name(marker.name))
    if reason and marker.kind != "condition":
        walk.problem(text, f"”{marker.name}” finns inte för den här mängden ({reason}); sätt [[om "
                     f"{marker.name}]] först i stycket, så tas det bara med när det finns")
    elif not reason:
        walk.problem(text, f"okänt namn ”{marker.name}”{_suggestion(walk.catalogue, marker.name)}")
    return None


def _suggestion(catalogue: Catalogue, name: str) -> str:
    names = {normalise_name(n): n for n in catalogue.names()}
    names.update({n: n for n in catalogue.missing if n not in names})
    close = difflib.get_close_matches(normalise_name(name), list(names), n=3, cutoff=0.6)
    if not close:
        return "; se katalogen (plangen katalog) för alla namn"
    quoted = [f"”{names[c]}”" for c in close]
    listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " eller " + quoted[-1]
    return f"; menade du {listed}?"


def _reference_text(walk: _Walk, text: str, marker: Marker) -> str:
    """``figur 2``: the number of the block's first figure (or table) where the document places it."""
    kind = marker.forms[0]
    entry = _lookup(walk, text, marker)
    if entry is None:
        return marker.raw
    number = walk.numbers.get(normalise_name(marker.name), {}).get(kind)
    if not isinstance(entry, Block) or number is None:
        what = "något diagram" if kind == "figur" else "någon tabell med tabelltext"
        walk.problem(text, f"”{marker.raw}”: blocket ”{marker.name}” står inte i dokumentet eller har inte {what}")
        return marker.raw
    return f"{kind} {number}"


def _figure_text(walk: _Walk, text: str, marker: Marker, figure: Figure) -> str:
    if not marker.forms:
        return figure.text
    if len(marker.forms) != 2 or not all(marker.forms):
        walk.problem(text, f"”{marker.raw}”: ge både ental och flertal, t.ex. [[{marker.name}|kommun|kommuner]]")
        return figure.text
    if figure.count is None:
        walk.problem(text, f"”{marker.name}” är inget antal, så det kan inte få ental och flertal")
        return figure.text
    singular, plural = marker.forms
    return f"{figure.text} {singular if figure.count == 1 else plural}"


def _captioned(block: Block) -> bool:
    return any(isinstance(c, Table | Chart) for c in block.contents)


def _with_caption(block: Block, caption: str) -> Block:
    """The block with its own caption on its first table or chart (``[[block|Egen bildtext]]``)."""
    import dataclasses

    contents = list(block.contents)
    index = next(i for i, c in enumerate(contents) if isinstance(c, Table | Chart))
    contents[index] = dataclasses.replace(contents[index], caption=caption)
    return dataclasses.replace(block, contents=tuple(contents))


def _remove(p) -> None:
    parent = p.getparent()
    if parent is None:
        return
    parent.remove(p)
    if parent.tag == qn("w:tc") and parent.find(qn("w:p")) is None:
        parent.append(OxmlElement("w:p"))  # a cell must hold a paragraph


def _strip_leading_space(p) -> None:
    """A condition at the start of a paragraph leaves its space behind."""
    from generator.docx.markers import text_nodes

    for node in text_nodes(p):
        if node.text:
            node.text = node.text.lstrip()
            return


def _place_block(walk: _Walk, p, block: Block) -> None:
    lead = p.getprevious()
    if block.contents and lead is not None and lead.tag == qn("w:p") and paragraph_text(lead).strip() \
            and layout.heading_level(walk.document, lead) is None:
        layout.keep_with_next(lead)  # the sentence that leads into a table or chart stays on its page
    for content in block.contents:
        for element in _render(walk, content):
            p.addprevious(element)
    _remove(p)


def _render(walk: _Walk, content: Content) -> list:
    document = walk.document
    if isinstance(content, Table):
        caption = None
        if content.caption:
            walk.tables += 1
            caption = layout.caption(document, f"Tabell {walk.tables}. {content.caption}")
        return layout.table(document, content, caption)
    if isinstance(content, Chart):
        walk.figures += 1
        return layout.chart(document, content, f"Figur {walk.figures}. {content.caption}")
    if isinstance(content, BulletList):
        return [layout.bullet(document, item) for item in content.items]
    if isinstance(content, Paragraph):
        return [layout.paragraph(document, content.text, content.style)]
    if isinstance(content, Heading):
        return [layout.heading(document, content.text, min(walk.heading_level + content.depth, 9))]
    raise TypeError(content)



def render_contents(document, contents: list[Content], heading_level: int = 0) -> None:
    """Append block contents at the end of a document (the catalogue document lays itself out this way)."""
    walk = _Walk(document, Catalogue(), FillResult(), heading_level=heading_level)
    anchor = document.add_paragraph()
    for content in contents:
        for element in _render(walk, content):
            anchor._p.addprevious(element)
    _remove(anchor._p)
