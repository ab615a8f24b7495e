"""Pagination as LibreOffice lays the documents out: every page of every example document, and of the
other organisation's, programme's and network's, converted to PDF and read back.

No page may end with a heading, a table caption, a paragraph that keeps with the next (a lead sentence),
a table's header row or a group row; no page may start (under a repeated header row) with a lone total
row; no page but the first and the last holds fewer than four lines, unless the document itself breaks
the page after it.  Items are recognised in the .docx and matched on the page by their words (pdftotext
wraps long lines, and chapter numbers print before headings).
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from generator.docx.authoring import SUBTOTAL_FILL
from tests.helpers import EXAMPLES, needs_tool, run
from tests.other_sets import write_other_network, write_other_organisation, write_other_programme

pytestmark = [
    needs_tool("soffice", reason="LibreOffice (soffice) is needed to lay out the pages"),
    needs_tool("pdftotext", reason="poppler's pdftotext is needed to read the pages"),
]

DOCUMENTS = {
    "klimatkommunerna-verksamhetsplan": ("examples", "klimatkommunerna-2008-2009/verksamhetsplan.docx"),
    "klimatkommunerna-budget": ("examples", "klimatkommunerna-2008-2009/budget.docx"),
    "klimatkommunerna-verksamhetsberattelse": ("examples", "klimatkommunerna-2008-2009/verksamhetsberattelse.docx"),
    "uthallig-kommun-slutrapport": ("examples", "uthallig-kommun-etapp2/slutrapport.docx"),
    "other-organisation-verksamhetsplan": ("others", "norr-2021-2023/verksamhetsplan.docx"),
    "other-organisation-budget": ("others", "norr-2021-2023/budget.docx"),
    "other-programme-slutrapport": ("others", "energilyftet/slutrapport.docx"),
    "other-network-verksamhetsplan": ("network", "norr-2021-2023/verksamhetsplan.docx"),
    "new-year-verksamhetsplan": ("new-year", "klimatkommunerna-2009-2010/verksamhetsplan.docx"),
    "new-year-budget": ("new-year", "klimatkommunerna-2009-2010/budget.docx"),
}
#: A page (but the first and the last) must hold at least this many lines of body text.
MIN_LINES = 4
#: A chapter or section number printed before a heading's text.
NUMBER = re.compile(r"^\d+(\.\d+)*\.?$")


@pytest.fixture(scope="module")
def laid_out(built_examples: Path, tmp_path_factory) -> dict[str, tuple[Path, bytes | str]]:
    """Each document's .docx and its PDF (or why there is none), converted in one LibreOffice run."""
    from generator.pdf import convert_to_pdf

    root = tmp_path_factory.mktemp("pagination")
    outs = {"examples": built_examples}
    writers = {"others": (write_other_organisation, write_other_programme), "network": (write_other_network,)}
    for name, write in writers.items():
        inputs = root / name / "inputs"
        inputs.mkdir(parents=True)
        for writer in write:
            writer(inputs)
        outs[name] = root / name / "output"
        result = run("build", "--inputs", str(inputs), "--out", str(outs[name]))
        assert result.exit_code == 0, result.output + result.stderr
    # A new-year draft: the next period's set, its budget lines copied and marked for review.
    inputs = root / "new-year" / "inputs"
    shutil.copytree(EXAMPLES / "klimatkommunerna-2008-2009", inputs / "klimatkommunerna-2008-2009")
    assert run("new-year", "--inputs", str(inputs), "klimatkommunerna-2008-2009").exit_code == 0
    outs["new-year"] = root / "new-year" / "output"
    result = run("build", "--inputs", str(inputs), "--out", str(outs["new-year"]), "klimatkommunerna-2009-2010")
    assert result.exit_code == 0, result.output + result.stderr
    documents = {key: outs[where] / path for key, (where, path) in DOCUMENTS.items()}
    listed = {path for (where, path) in DOCUMENTS.values() if where == "examples"}
    built = {str(p.relative_to(built_examples)) for p in built_examples.glob("*/*.docx")}
    assert built <= listed, f"example documents the pagination test does not read: {sorted(built - listed)}"
    documents["faulty"] = faulty_document(root / "faulty.docx")
    pdfs = convert_to_pdf(list(documents.values()))
    return {key: (path, pdfs[path]) for key, path in documents.items()}


def faulty_document(path: Path) -> Path:
    """A document whose pages end badly on purpose (a page break after a heading, after a caption, after a
    table's group row), so the check is seen to find what it looks for."""
    from docx.enum.text import WD_BREAK

    from generator.blocks import Column, Row, Table
    from generator.docx import layout

    document = docx.Document()
    document.add_paragraph("Inledning.")
    document.add_heading("En rubrik sist på sidan", 1)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for number in range(MIN_LINES):
        document.add_paragraph(f"Stycke {number + 1}.")
    caption = layout.caption(document, "Tabell 1. En bildtext sist på sidan.")
    document.element.body.sectPr.addprevious(caption)
    docx.text.paragraph.Paragraph(caption, None).add_run().add_break(WD_BREAK.PAGE)
    content = Table(None, (Column("Post", 6), Column("Belopp", 3, "right")), (Row(("Grupp sist", ""), "group"),))
    for element in layout.table(document, content, None):
        document.element.body.sectPr.addprevious(element)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("Slut.")
    document.save(str(path))
    return path


# --- What the .docx says must not end (or start) a page -------------------------------------------------


@dataclass(frozen=True)
class Item:
    kind: str
    text: str
    words: Counter = field(compare=False, hash=False)


def words(text: str) -> list[str]:
    return text.replace("\u00a0", " ").replace("\u00ad", "").split()


def _item(kind: str, text: str) -> Item | None:
    text = " ".join(words(text))
    return Item(kind, text, Counter(text.split())) if text else None


def _keeps_with_next(document, p) -> bool:
    properties = p.find(qn("w:pPr"))
    if properties is not None and properties.find(qn("w:keepNext")) is not None:
        return properties.find(qn("w:keepNext")).get(qn("w:val"), "true") not in ("0", "false", "off")
    style = properties.find(qn("w:pStyle")) if properties is not None else None
    style_id = style.get(qn("w:val")) if style is not None else None
    return bool(style_id and _style_keeps(document, style_id))


def _style_keeps(document, style_id: str) -> bool:
    style = document.styles.element.get_by_id(style_id)
    while style is not None:
        if style.pPr is not None and style.pPr.find(qn("w:keepNext")) is not None:
            return style.pPr.find(qn("w:keepNext")).get(qn("w:val"), "true") not in ("0", "false", "off")
        style = document.styles.element.get_by_id(style.basedOn_val) if style.basedOn_val else None
    return False


def _breaks_before(document, p) -> bool:
    """Whether the paragraph starts a page by itself (page break before, directly or by its style)."""
    properties = p.find(qn("w:pPr"))
    if properties is None:
        return False
    if properties.find(qn("w:pageBreakBefore")) is not None:
        return True
    style = properties.find(qn("w:pStyle"))
    found = document.styles.element.get_by_id(style.get(qn("w:val"))) if style is not None else None
    return found is not None and found.pPr is not None and found.pPr.find(qn("w:pageBreakBefore")) is not None


def _text(element) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def _row_cells(tr) -> list:
    return [tc for tc in tr.iter(qn("w:tc"))]


def _bold(tc) -> bool:
    runs = [r for r in tc.iter(qn("w:r")) if _text(r).strip()]
    return bool(runs) and all(r.find(f"{qn('w:rPr')}/{qn('w:b')}") is not None for r in runs)


def _filled(tc) -> str | None:
    shading = tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}")
    return shading.get(qn("w:fill")) if shading is not None else None


def page_rules(path: Path) -> tuple[list[Item], list[Item], list[Item]]:
    """(items no page may end with, total rows no page may start with, paragraphs the document begins a
    page with itself) of the .docx at ``path``."""
    from generator.docx.layout import heading_level

    document = docx.Document(str(path))
    enders: list[Item] = []
    totals: list[Item] = []
    breaks: list[Item] = []
    body = list(document.element.body.iterchildren())
    broke = False
    for child in body:
        if child.tag == qn("w:p"):
            text = _text(child)
            properties = child.find(qn("w:pPr"))
            before = _breaks_before(document, child)
            if (broke or before) and text.strip():
                breaks.append(_item("break", text))
                broke = False
            if child.find(f".//{qn('w:br')}[@{qn('w:type')}='page']") is not None or (
                properties is not None and properties.find(qn("w:sectPr")) is not None
            ):
                broke = True
            if not text.strip():
                continue
            if heading_level(document, child) is not None:
                enders.append(_item("heading", text))
            elif text.startswith("Tabell ") and _keeps_with_next(document, child):
                enders.append(_item("caption", text))
            elif _keeps_with_next(document, child):
                enders.append(_item("lead", text))
        elif child.tag == qn("w:tbl"):
            broke = False
            rows = child.findall(qn("w:tr"))
            for number, tr in enumerate(rows):
                cells = _row_cells(tr)
                texts = [_text(tc) for tc in cells]
                header = tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
                if header or (number == 0 and len(rows) > 1):
                    enders.append(_item("header row", " ".join(texts)))
                elif texts[0].strip() and not any(t.strip() for t in texts[1:]) and _bold(cells[0]) and len(cells) > 1:
                    enders.append(_item("group row", texts[0]))
                elif _filled(cells[0]) == SUBTOTAL_FILL:
                    totals.append(_item("total row", " ".join(texts)))
    return [i for i in enders if i], [i for i in totals if i], [i for i in breaks if i]


# --- What the PDF's pages hold ---------------------------------------------------------------------------

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)


class Line(list):
    """A printed line's words, left to right; ``x`` is where its first word starts (points)."""

    x: float = 0.0


def page_lines(pdf: Path, top: float, bottom: float) -> list[list[Line]]:
    """Each page's body lines (running header and footer cut off by the margins, in points)."""
    output = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for _width, height, content in PAGE.findall(output):
        placed = [
            (float(y_max), float(x_min), html.unescape(text))
            for x_min, y_min, _x_max, y_max, text in WORD.findall(content)
            if float(y_max) > top and float(y_min) < float(height) - bottom
        ]
        rows: list[tuple[float, list[tuple[float, str]]]] = []
        for y, x, text in sorted(placed):
            if rows and abs(rows[-1][0] - y) <= 2.5:
                rows[-1][1].append((x, text))
            else:
                rows.append((y, [(x, text)]))
        lines = []
        for _, row in rows:
            line = Line(w for _, t in sorted(row) for w in words(t))
            line.x = min(x for x, _ in row)
            lines.append(line)
        pages.append(lines)
    return pages


def margins(path: Path) -> tuple[float, float]:
    """The body's top and bottom margins in points (the last section's), less a little slack."""
    section = docx.Document(str(path)).sections[-1]
    return section.top_margin.pt - 6, section.bottom_margin.pt - 6


def ends_with(lines: list[Line], item: Item, *, start: bool = False) -> int:
    """How many of the page's last (or, with ``start``, first) lines hold exactly ``item``'s words, allowing
    one chapter number before a heading; 0 if they don't."""
    needed = sum(item.words.values())
    seen: Counter = Counter()
    for count, line in enumerate(lines if start else reversed(lines), start=1):
        seen.update(line)
        total = sum(seen.values())
        if total == needed and seen == item.words:
            return count
        if total == needed + 1 and item.kind in ("heading", "break"):
            extra = seen - item.words
            if not (item.words - seen) and all(NUMBER.match(w) for w in extra):
                return count
        if total > needed + 1:
            return 0
    return 0


def starts_with(lines: list[Line], item: Item) -> bool:
    """Whether the page's first line begins ``item``'s text (a paragraph the document starts a page with)."""
    if not lines:
        return False
    first = [w for w in lines[0] if not NUMBER.match(w)][:6]
    return bool(first) and item.text.split()[: len(first)] == first


def problems(path: Path, pdf: Path) -> list[str]:
    enders, totals, breaks = page_rules(path)
    headers = [i for i in enders if i.kind == "header row"]
    pages = page_lines(pdf, *margins(path))
    found = []
    for number, lines in enumerate(pages, start=1):
        where = f"page {number} of {len(pages)}"
        for item in enders:
            if ends_with(lines, item):
                found.append(f"{where} ends with a {item.kind}: {item.text[:80]!r}")
                break
        body = lines
        for header in headers:
            if held := ends_with(lines, header, start=True):
                body = lines[held:]
                if body and body[0].x > min(line.x for line in lines[:held]) + 30:
                    found.append(f"{where} starts with the rest of a row split across pages: {' '.join(body[0])!r}")
                break
        for item in totals:
            if len(body) < len(lines) and ends_with(body, item, start=True):
                found.append(f"{where} starts with a lone total row: {item.text[:80]!r}")
        if 1 < number < len(pages) and len(lines) < MIN_LINES:
            following = pages[number]
            if not any(starts_with(following, item) for item in breaks):
                held = " / ".join(" ".join(line) for line in lines)
                found.append(f"{where} holds only {len(lines)} lines: {held[:120]!r}")
    return found


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_no_page_ends_badly(laid_out, name: str, tmp_path: Path) -> None:
    path, pdf = laid_out[name]
    assert isinstance(pdf, bytes), f"{name}: {pdf}"
    target = tmp_path / f"{name}.pdf"
    target.write_bytes(pdf)
    found = problems(path, target)
    if keep := os.environ.get("PLANGEN_KEEP_PAGINATION"):  # to look at the pages
        shutil.copy(target, Path(keep) / target.name)
    assert not found, f"{name}:\n" + "\n".join(found)


def test_the_check_finds_what_it_looks_for(laid_out, tmp_path: Path) -> None:
    path, pdf = laid_out["faulty"]
    assert isinstance(pdf, bytes), pdf
    (tmp_path / "faulty.pdf").write_bytes(pdf)
    assert problems(path, tmp_path / "faulty.pdf") == [
        "page 1 of 4 ends with a heading: 'En rubrik sist på sidan'",
        "page 2 of 4 ends with a caption: 'Tabell 1. En bildtext sist på sidan.'",
        "page 3 of 4 ends with a group row: 'Grupp sist'",
    ]
