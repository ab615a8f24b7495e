"""``plangen årsmöte``: the annual meeting's papers as one document (issue 11, item 3).

The example set with outcomes for 2008 gives three parts – verksamhetsberättelse 2008, budget and fee
proposal, verksamhetsplan – composed into one .docx and one PDF with one table of contents and one page
numbering; the separate documents are written too.
"""

from __future__ import annotations

import importlib.util
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn

from generator.docx.compose import compose_papers
from generator.pdf import has_uno_bridge
from tests.helpers import EXAMPLES, ROOT, budget_row, run, tool_missing, write_plan_set

needs_libreoffice = pytest.mark.needs_tool(
    "LibreOffice (soffice), its Python bridge (python3-uno) and pdftotext are needed; CI installs them",
    missing=not (shutil.which("soffice") and shutil.which("pdftotext") and has_uno_bridge()),
)

_spec = importlib.util.spec_from_file_location("validate_docx", ROOT / "tools" / "validate_docx.py")
validate_docx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(validate_docx)

SET = "klimatkommunerna-2008-2009"
PARTS = ("Del 1. Verksamhetsberättelse 2008", "Del 2. Budget 2008–2009", "Del 3. Verksamhetsplan 2008–2009")


def with_outcomes(folder: Path) -> Path:
    """The example set, with an Utfall for every 2008 line (3 % under budget on the costs) unless it has one."""
    target = folder / SET
    shutil.copytree(EXAMPLES / SET, target)
    workbook = openpyxl.load_workbook(target / "budget.xlsx")
    sheet = workbook["Budget"]
    headers = [cell.value for cell in sheet[1]]
    if "Utfall" not in headers:
        column = len(headers) + 1
        sheet.cell(1, column, "Utfall")
        year, part, item, amount = (headers.index(h) + 1 for h in ("År", "Del", "Post", "Belopp"))
        for row in range(2, sheet.max_row + 1):
            if sheet.cell(row, year).value == 2008 and not str(sheet.cell(row, item).value).startswith("Summa"):
                value = sheet.cell(row, amount).value
                sheet.cell(row, column, round(value * 0.97) if sheet.cell(row, part).value == "Utgifter" else value)
        workbook.save(target / "budget.xlsx")
    return target


@pytest.fixture(scope="module")
def papers(tmp_path_factory) -> Path:
    """The output folder of ``plangen årsmöte`` for the example set with outcomes."""
    root = tmp_path_factory.mktemp("arsmote")
    input_set = with_outcomes(root / "inputs")
    result = run("årsmöte", str(input_set), "--out", str(root / "out"))
    assert result.exit_code == 0, result.stderr
    assert "handlingarna: Del 1. Verksamhetsberättelse 2008" in result.stdout
    return root / "out" / SET


def paragraphs(document) -> list[tuple[str, str]]:
    """(style id, text) of every paragraph of the body, tables included, in order."""
    result = []
    for paragraph in document.element.body.iter(qn("w:p")):
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        text = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
        result.append((style.get(qn("w:val")) if style is not None else "", text))
    return result


def headings(path_or_data, style: str) -> list[str]:
    data = path_or_data.read_bytes() if isinstance(path_or_data, Path) else path_or_data
    return [text for s, text in paragraphs(docx.Document(io.BytesIO(data))) if s == style]


def test_separate_documents_are_written_too(papers: Path):
    for kind in ("verksamhetsberattelse", "budget", "verksamhetsplan"):
        assert (papers / f"{kind}.docx").is_file()
        assert (papers / f"{kind}.figures.json").is_file()
    assert (papers / "årsmöteshandlingar.docx").is_file()


def test_every_part_with_its_headings_in_order_under_its_part_heading(papers: Path):
    composed = paragraphs(docx.Document(str(papers / "årsmöteshandlingar.docx")))
    part_headings = [text for style, text in composed if style == "Heading1"]
    assert len(part_headings) == 3
    for heading, wanted in zip(part_headings, PARTS, strict=True):
        assert heading.startswith(wanted)
    assert part_headings[1] == "Del 2. Budget 2008–2009 och förslag till medlemsavgift 2009"
    for number, kind in enumerate(("verksamhetsberattelse", "budget", "verksamhetsplan")):
        start = composed.index(("Heading1", part_headings[number]))
        end = composed.index(("Heading1", part_headings[number + 1])) if number < 2 else len(composed)
        inside = composed[start + 1 : end]
        own = headings(papers / f"{kind}.docx", "Heading1")
        assert own, kind
        assert [text for style, text in inside if style == "Heading2"] == own, f"{kind}: chapters one level down"
        own_sections = headings(papers / f"{kind}.docx", "Heading2")
        assert [text for style, text in inside if style == "Heading3"] == own_sections
        texts = [text for _, text in inside]
        if kind == "budget":
            assert texts.count("Summa utgifter") >= 2, "the budget's per-year tables"
            assert any(t.startswith("Förväntade avgiftsintäkter") for t in texts), "the fee table"
        if kind == "verksamhetsberattelse":
            assert "Utfall (kr)" in texts and "Avvikelse (kr)" in texts, "the ekonomisk redovisning"


def test_one_cover_one_contents_and_no_part_title_pages(papers: Path):
    document = docx.Document(str(papers / "årsmöteshandlingar.docx"))
    instructions = [i.text or "" for i in document.element.body.iter(qn("w:instrText"))]
    assert sum("TOC" in i for i in instructions) == 1
    composed = paragraphs(document)
    assert [text for style, text in composed if style == "Title"] == ["Handlingar till årsmötet"]
    assert [text for style, text in composed if style == "TOCHeading"] == ["Innehåll"]
    assert composed[[t for _, t in composed].index("Handlingar till årsmötet") + 1][1] == "Klimatkommunerna 2008–2009"


def test_one_page_numbering(papers: Path):
    document = docx.Document(str(papers / "årsmöteshandlingar.docx"))
    body = document.element.body
    sections = list(body.iter(qn("w:sectPr")))
    footers = [r for s in sections for r in s.findall(qn("w:footerReference"))]
    assert len(footers) == 1, "the composed document's footer only"
    assert not [s for s in sections[:-1] if s.find(qn("w:titlePg")) is not None]
    assert not [s for s in sections if s.find(qn("w:pgNumType")) is not None], "no numbering restarts"
    footer = document.sections[-1].footer
    assert any(" PAGE " in (i.text or "") for i in footer._element.iter(qn("w:instrText")))


def test_native_charts_lists_and_heading_numbering_survive(tmp_path: Path):
    """A part with native charts (the example slutrapport): each chart part with its embedded workbook."""
    out = tmp_path / "out"
    assert run("build", "uthallig-kommun-etapp2", "--inputs", str(EXAMPLES), "--out", str(out)).exit_code == 0
    report = (out / "uthallig-kommun-etapp2" / "slutrapport.docx").read_bytes()
    composed = compose_papers("Handlingar", "Prov", [("Del 1. Slutrapport", report), ("Del 2. Igen", report)])
    with zipfile.ZipFile(io.BytesIO(report)) as source, zipfile.ZipFile(io.BytesIO(composed)) as target:
        charts = [n for n in source.namelist() if re.fullmatch(r"word/charts/chart\d+\.xml", n)]
        assert charts
        copied = [n for n in target.namelist() if re.fullmatch(r"word/charts/chart\d+\.xml", n)]
        assert len(copied) == 2 * len(charts)
        embedded = [n for n in target.namelist() if n.startswith("word/embeddings/")]
        assert len(embedded) == len(copied)
        relations = target.read("word/_rels/document.xml.rels").decode()
        assert relations.count("relationships/chart") == len(copied)
    document = docx.Document(io.BytesIO(composed))
    numbered = [
        p for p in document.element.body.iter(qn("w:p")) if p.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None
    ]
    assert numbered, "lists and numbered headings keep their numbering"
    assert compose_papers("Handlingar", "Prov", [("Del 1. Slutrapport", report), ("Del 2. Igen", report)]) == composed


def test_equal_inputs_give_equal_bytes(papers: Path, tmp_path: Path):
    parts = [
        (name, (papers / f"{kind}.docx").read_bytes())
        for name, kind in zip(PARTS, ("budget", "verksamhetsplan"), strict=False)
    ]
    assert compose_papers("A", "B", parts) == compose_papers("A", "B", parts)
    input_set = with_outcomes(tmp_path / "inputs")
    built = []
    for name in ("first", "second"):
        assert run("årsmöte", str(input_set), "--out", str(tmp_path / name)).exit_code == 0
        built.append((tmp_path / name / SET / "årsmöteshandlingar.docx").read_bytes())
    assert built[0] == built[1]


def test_a_missing_part_is_named_with_why(tmp_path: Path):
    folder = write_plan_set(
        tmp_path / "norr",
        budget_rows=[budget_row(2021, "Utgifter", "Lön", 100000), budget_row(2021, "Inkomster", "Bidrag", 100000)],
    )
    result = run("årsmöte", str(folder), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    assert "handlingarna har ingen verksamhetsberättelse: budget.xlsx har inga utfall" in result.stdout
    assert headings((tmp_path / "out" / "norr" / "årsmöteshandlingar.docx"), "Heading1") == [
        "Del 1. Budget 2021–2023 och förslag till medlemsavgift",
        "Del 2. Verksamhetsplan 2021–2023",
    ]


def test_a_set_without_papers_is_refused(tmp_path: Path):
    result = run("årsmöte", "uthallig-kommun-etapp2", "--inputs", str(EXAMPLES), "--out", str(tmp_path))
    assert result.exit_code == 1
    assert "inget av årsmötets dokument" in result.stderr


def test_the_open_xml_sdk_validator_passes(papers: Path):
    validator = validate_docx.find_validator()
    if validator is None:
        tool_missing(f"the Open XML SDK validator (and Node) is not installed; run {validate_docx.INSTALL_HINT}")
    assert validate_docx.validate(papers / "årsmöteshandlingar.docx", validator) == []


def pdf_pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")


def _words(text: str) -> str:
    return " ".join(text.split())


@needs_libreoffice
def test_the_pdf_has_one_contents_whose_pages_match(papers: Path):
    pages = pdf_pages(papers / "årsmöteshandlingar.pdf")
    assert pages[0].split()[:3] == ["Handlingar", "till", "årsmötet"]
    contents_pages = [i for i, page in enumerate(pages) if re.search(r"^\s*Innehåll\s*$", page, re.M)]
    assert contents_pages == [1], "one table of contents, after the cover"
    first_part = next(i for i, page in enumerate(pages) if _words(page).startswith(PARTS[0]))
    listing = "\n".join(pages[1:first_part])
    entries, pending = [], ""
    for line in listing.splitlines():
        match = re.fullmatch(r"\s*(.*?)\.{3,}\s*(\d+)\s*", line)
        if match:
            entries.append((_words(f"{pending} {match[1]}"), int(match[2])))
            pending = ""
        elif line.strip() and line.strip() != "Innehåll" and not line.strip().isdigit():
            pending = f"{pending} {line}"
    listed = [text for text, _ in entries]
    document = docx.Document(str(papers / "årsmöteshandlingar.docx"))
    wanted = [text for style, text in paragraphs(document) if style in ("Heading1", "Heading2")]
    assert listed == [_words(t) for t in wanted]
    for text, page in entries:
        assert text in _words(pages[page - 1]), f"{text!r} is not on page {page}"
    for heading in PARTS:
        number = next(page for text, page in entries if text.startswith(heading))
        assert _words(pages[number - 1]).startswith(heading), "each part begins on its own page"


@needs_libreoffice
def test_page_numbers_run_on_across_the_parts(papers: Path):
    pages = [page for page in pdf_pages(papers / "årsmöteshandlingar.pdf") if page.strip()]
    assert len(pages) > 15
    assert not pages[0].strip().splitlines()[-1].strip().isdigit(), "the cover has no number"
    for number, page in enumerate(pages[1:], start=2):
        assert page.strip().splitlines()[-1].strip() == str(number)
