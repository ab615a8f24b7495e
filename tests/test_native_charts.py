"""Native Word charts: parts, cached values, the embedded workbook, LibreOffice's PDF, the validator;
and the rules behind the charts' numbers (largest-remainder shares, bins for number answers)."""

from __future__ import annotations

import importlib.util
import io
import posixpath
import shutil
import subprocess
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from generator.blocks import Chart, ChartSeries
from generator.compute.bins import MAX_BINS, number_bins
from generator.compute.rounding import largest_remainder
from generator.docx.native_chart import add_chart, category_labels, chart_number_format, chart_xml
from generator.docx.package import normalise_package

ROOT = Path(__file__).resolve().parent.parent
NS = {
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
CHART_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
NBSP = "\u00a0"

#: The kronor answers of the example slutrapport's F16 (Figur 5): skewed from 0 to 2 000 000.
MONEY = [
    *[0, 0, 5000, 5000, 8000, 10000, 10000, 10000, 12000, 15000, 15000, 15000, 18000, 18000, 19000],
    *[20000, 25000, 25000, 30000, 30000, 30000, 40000, 40000, 50000, 50000, 50000, 50000, 60000, 60000, 70000],
    *[75000, 75000, 80000, 80000, 90000, 100000, 100000, 100000, 100000, 100000],
    *[120000, 150000, 150000, 150000, 200000, 200000, 200000, 250000, 250000, 300000, 300000, 350000, 400000],
    *[500000, 500000, 600000, 750000, 1000000, 1200000, 2000000],
]


def _money_chart() -> Chart:
    bins = number_bins(MONEY)
    return Chart(
        "Egna medel per år",
        "Stapeldiagram, antal kommuner per svarsintervall: " + "; ".join(f"{lbl}: {n}" for lbl, n in bins),
        "bar",
        tuple(label for label, _ in bins),
        (ChartSeries("Antal", tuple(float(n) for _, n in bins)),),
        percent=False,
        value_axis="Antal kommuner",
    )


CHARTS = {
    "vertical": Chart(
        "Har kommunen en energistrategi?",
        "Stapeldiagram: Ja 37 %; Nej 40 %; Arbete pågår 20 %; Vet inte 3 %. 60 har svarat.",
        "bar",
        ("Ja", "Nej", "Arbete pågår med en strategi som ska antas", "Vet inte"),
        (ChartSeries("Andel", (37.0, 40.0, 20.0, 3.0)),),
        value_axis="Andel av dem som svarat (%)",
    ),
    "horizontal": Chart(
        "Invånare per kluster",
        "Liggande stapeldiagram: Kalmar län 1 234; Storstäder med omnejd och pendlingskommuner 1 234 567.",
        "bar",
        ("Kalmar län", "Storstäder med omnejd och pendlingskommuner i Mälardalen"),
        (ChartSeries("Invånare", (1234.0, 1234567.0)),),
        horizontal=True,
        percent=False,
        value_axis="Antal invånare",
    ),
    "stacked": Chart(
        "Hur nöjd är kommunen, per kluster",
        "Staplat stapeldiagram per kluster: …",
        "bar",
        ("Kalmar (n=12)", "Skåne (n=9)", "Västra Götaland (n=3)"),
        (
            ChartSeries("Mycket nöjd", tuple(float(v) for v in (34, 22, 0))),
            ChartSeries("Ganska nöjd", tuple(float(v) for v in (33, 45, 67))),
            ChartSeries("Inte nöjd", tuple(float(v) for v in (33, 33, 33))),
        ),
        horizontal=True,
        stacked=True,
        ordered=True,
        value_axis="Andel av dem som svarat i klustret (%)",
    ),
    "pie": Chart(
        "Kontaktpersonens roll",
        "Cirkeldiagram: Samordnare 55 %; Handläggare 30 %; Chef 15 %; Annan 0 %.",
        "pie",
        ("Samordnare", "Handläggare", "Chef", "Annan"),
        (ChartSeries("Andel", (55.0, 30.0, 15.0, 0.0)),),
    ),
    "numbers": _money_chart(),
    "median": Chart(
        "Median per kluster",
        "Liggande stapeldiagram, median per kluster: Kalmar 12,5; Skåne 3,5.",
        "bar",
        ("Kalmar", "Skåne"),
        (ChartSeries("Median", (12.5, 3.5)),),
        horizontal=True,
        percent=False,
        decimals=1,
        value_axis="Median (timmar i veckan)",
    ),
}


def _swedish_document():
    """A document set up as plangen's templates are: Swedish, Calibri."""
    document = Document()
    styles = document.styles.element
    r_pr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for old in r_pr.findall(qn("w:lang")):
        r_pr.remove(old)
    r_pr.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="sv-SE" w:eastAsia="sv-SE"/>'))
    document.styles["Normal"].font.name = "Calibri"
    return document


def build(charts: dict[str, Chart]) -> bytes:
    document = _swedish_document()
    for chart in charts.values():
        document.add_paragraph(chart.caption)
        add_chart(document, document.add_paragraph(), chart)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_package(buffer.getvalue())


@pytest.fixture(scope="module")
def docx_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("charts") / "diagram.docx"
    path.write_bytes(build(CHARTS))
    return path


def _rels(package: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    folder, name = part.rsplit("/", 1)
    root = etree.fromstring(package.read(f"{folder}/_rels/{name}.rels"))
    return {r.get("Id"): (r.get("Type"), r.get("Target")) for r in root}


def read_charts(path: Path) -> list[dict]:
    """Each chart in document order, read back from its part: cache, workbook, alt text."""
    package = zipfile.ZipFile(path)
    document = etree.fromstring(package.read("word/document.xml"))
    relationships = _rels(package, "word/document.xml")
    charts = []
    for inline in document.iter(f"{{{NS['wp']}}}inline"):
        reference = inline.find(".//c:chart", NS)
        if reference is None:
            continue
        kind, target = relationships[reference.get(f"{{{NS['r']}}}id")]
        assert kind == CHART_RELATIONSHIP
        part = f"word/{target}"
        space = etree.fromstring(package.read(part))
        series = []
        for ser in space.iter(f"{{{NS['c']}}}ser"):
            series.append(
                {
                    "name": ser.findtext("c:tx//c:v", namespaces=NS),
                    "categories": [v.text for v in ser.findall("c:cat//c:strCache/c:pt/c:v", NS)],
                    "values": [float(v.text) for v in ser.findall("c:val//c:numCache/c:pt/c:v", NS)],
                    "format": ser.findtext("c:val//c:formatCode", namespaces=NS),
                }
            )
        (workbook_rid,) = [e.get(f"{{{NS['r']}}}id") for e in space.iter(f"{{{NS['c']}}}externalData")]
        _, workbook_target = _rels(package, part)[workbook_rid]
        workbook_name = posixpath.normpath(posixpath.join(posixpath.dirname(part), workbook_target))
        doc_pr = inline.find("wp:docPr", NS)
        charts.append(
            {
                "part": part,
                "xml": space,
                "series": series,
                "workbook": openpyxl.load_workbook(io.BytesIO(package.read(workbook_name))).active,
                "workbook_name": workbook_name,
                "descr": doc_pr.get("descr"),
                "title": doc_pr.get("title"),
                "id": doc_pr.get("id"),
            }
        )
    return charts


@pytest.fixture(scope="module")
def charts_read(docx_file: Path) -> list[dict]:
    return read_charts(docx_file)


def test_one_chart_part_with_its_workbook_per_chart(docx_file: Path, charts_read):
    package = zipfile.ZipFile(docx_file)
    names = package.namelist()
    assert sorted(n for n in names if n.startswith("word/charts/chart")) == [
        f"word/charts/chart{i}.xml" for i in range(1, len(CHARTS) + 1)
    ]
    assert len([n for n in names if n.startswith("word/embeddings/")]) == len(CHARTS)
    types = package.read("[Content_Types].xml").decode()
    assert "application/vnd.openxmlformats-officedocument.drawingml.chart+xml" in types
    assert len({c["id"] for c in charts_read}) == len(CHARTS), "every drawing has its own docPr id"


def test_cached_values_and_workbook_are_the_inputs(charts_read):
    assert len(charts_read) == len(CHARTS)
    for chart, read in zip(CHARTS.values(), charts_read, strict=True):
        assert [s["name"] for s in read["series"]] == [s.name for s in chart.series]
        sheet = read["workbook"]
        for index, (expected, got) in enumerate(zip(chart.series, read["series"], strict=True)):
            assert got["values"] == list(expected.values)
            assert [c.replace("–\n", "–").replace("\n", " ") for c in got["categories"]] == list(chart.categories)
            assert got["format"] == chart_number_format(chart)
            column = index + 2
            assert sheet.cell(1, column).value == expected.name
            assert [sheet.cell(r, column).value for r in range(2, len(chart.categories) + 2)] == list(expected.values)
        assert [sheet.cell(r, 1).value for r in range(2, len(chart.categories) + 2)] == list(category_labels(chart))
        assert read["descr"] == chart.alt_text
        assert read["title"] == chart.caption


def test_stacked_shares_add_up_to_100(charts_read):
    stacked = charts_read[list(CHARTS).index("stacked")]
    columns = zip(*(s["values"] for s in stacked["series"]), strict=True)
    assert all(sum(column) == 100 for column in columns)
    assert stacked["xml"].find(".//c:grouping", NS).get("val") == "stacked"


def test_explicit_colours_font_and_swedish_formats(charts_read):
    for read in charts_read:
        space = read["xml"]
        assert not list(space.iter(f"{{{NS['a']}}}schemeClr")), "LibreOffice ignores theme colours"
        assert list(space.iter(f"{{{NS['a']}}}srgbClr"))
        assert {e.get("typeface") for e in space.iter(f"{{{NS['a']}}}latin")} == {"Calibri"}
    assert chart_number_format(CHARTS["vertical"]) == f'0"{NBSP}%"'
    assert NBSP in chart_number_format(CHARTS["numbers"])


def test_equal_charts_give_equal_bytes():
    assert build(CHARTS) == build(CHARTS)


def test_chart_xml_is_well_formed_for_odd_text():
    chart = Chart('<&> "citat"', "alt & <text>", "bar", ("a & b", "<c>"), (ChartSeries('x "y"', (1.0, 2.0)),))
    etree.fromstring(chart_xml(chart, "rId1").encode())


def test_a_series_must_have_a_value_per_category():
    chart = Chart("x", "x", "bar", ("a", "b"), (ChartSeries("s", (1.0,)),))
    with pytest.raises(ValueError):
        chart_xml(chart, "rId1")


# --- LibreOffice draws the cached values ----------------------------------------------------------------


@pytest.fixture(scope="module")
def pdf_lines(docx_file: Path, tmp_path_factory) -> str:
    if shutil.which("soffice") is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) and pdftotext are needed; CI installs them")
    out = tmp_path_factory.mktemp("pdf")
    profile = tmp_path_factory.mktemp("lo-profile")
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), str(docx_file)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = out / "diagram.pdf"
    return subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


@pytest.mark.parametrize(
    "shown",
    [
        "37 %", "40 %", "20 %", "3 %",  # vertical percent bars
        "1 234", "1 234 567", "Antal invånare",  # counts with Swedish grouping, axis title
        "Kalmar (n=12)", "34 %", "67 %", "Mycket nöjd", "Inte nöjd",  # stacked bars and legend
        "55 %", "30 %", "15 %", "Samordnare",  # pie
        "100 000–199 999", "Antal kommuner",  # bins of a number question
        "12,5", "3,5",  # decimals with a comma
    ],
)  # fmt: skip
def test_libreoffice_pdf_shows_values_and_labels(pdf_lines: str, shown: str):
    text = " ".join(pdf_lines.replace(NBSP, " ").split()).replace("– ", "–")  # a range may break after its dash
    assert shown in text


def test_libreoffice_wraps_long_horizontal_labels(pdf_lines: str):
    """The long cluster name is broken onto lines rather than squeezing the plot (LibreOffice 7.4)."""
    lines = [line.strip() for line in pdf_lines.splitlines()]
    assert "Storstäder med omnejd och" in lines
    assert "pendlingskommuner i Mälardalen" in lines


# --- the Open XML SDK validator ---------------------------------------------------------------------------


def test_passes_the_open_xml_sdk_validator(docx_file: Path):
    spec = importlib.util.spec_from_file_location("validate_docx", ROOT / "tools" / "validate_docx.py")
    validate_docx = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(validate_docx)
    validator = validate_docx.find_validator()
    if validator is None:
        pytest.skip(f"the Open XML SDK validator is not installed; run {validate_docx.INSTALL_HINT}")
    assert validate_docx.validate(docx_file, validator) == []


# --- largest remainder ------------------------------------------------------------------------------------

counts = st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=12)


@given(counts)
def test_largest_remainder_adds_up_to_exactly_100(values: list[int]):
    shares = largest_remainder(values)
    assert sum(shares) == (100 if any(values) else 0)


@given(counts)
def test_largest_remainder_stays_within_one_of_the_exact_share(values: list[int]):
    from fractions import Fraction

    total = sum(values)
    for value, share in zip(values, largest_remainder(values), strict=True):
        exact = Fraction(100 * value, total) if total else Fraction(0)
        assert exact - 1 < share < exact + 1
        if value == 0:
            assert share == 0


@given(st.lists(st.floats(min_value=0, max_value=1e6, allow_nan=False), min_size=1, max_size=10), st.integers(1, 1000))
def test_largest_remainder_of_floats_adds_up_to_any_total(values: list[float], total: int):
    assert sum(largest_remainder(values, total)) == (total if any(values) else 0)


def test_largest_remainder_examples():
    assert largest_remainder([1, 1, 1]) == [34, 33, 33], "ties go to the first"
    assert largest_remainder([Decimal("33.3"), Decimal("33.3"), Decimal("33.4")]) == [33, 33, 34]
    assert largest_remainder([2, 1]) == [67, 33]
    assert largest_remainder([0, 0]) == [0, 0]
    with pytest.raises(ValueError):
        largest_remainder([1, -1])


# --- bins for number answers ------------------------------------------------------------------------------


def test_skewed_kronor_are_spread_over_round_bins():
    bins = number_bins(MONEY)
    assert 5 <= len(bins) <= MAX_BINS
    assert sum(count for _, count in bins) == len(MONEY)
    assert max(count for _, count in bins) <= len(MONEY) / 4, "Figur 5 had 53 of 60 in one bar"
    labels = [label.replace(NBSP, " ") for label, _ in bins]
    assert "100 000–199 999" in labels
    assert labels[0].startswith("0–")
    assert labels[-1].endswith("2 000 000"), "the top bar runs to the highest answer"


def test_even_answers_get_equal_round_bins():
    hours = [1, 2, 2, 3, 3, 4, 4, 5, 6, 6, 7, 8, 8, 10, 12, 15, 17, 20]
    bins = number_bins(hours)
    assert [label for label, _ in bins] == ["0–4", "5–9", "10–14", "15–19", "20–24"]
    assert [count for _, count in bins] == [7, 6, 2, 2, 1]


def test_few_whole_values_get_a_bar_each_gaps_included():
    assert number_bins([1, 2, 2, 5]) == [("1", 1), ("2", 2), ("3", 0), ("4", 0), ("5", 1)]
    assert number_bins([7, 7]) == [("7", 2)]
    assert number_bins([]) == []


def test_decimal_answers_run_to_under_the_next_edge():
    bins = number_bins([Decimal("0.5"), Decimal("1.25"), Decimal("3.75"), Decimal("9.5")])
    assert bins[0] == ("0–under 2", 2)
    assert sum(c for _, c in bins) == 4


@given(
    st.lists(
        st.one_of(st.integers(-1000, 10**7), st.decimals(0, 10**6, places=2, allow_nan=False)),
        min_size=1,
        max_size=80,
    )
)
def test_bins_count_every_answer_once(values):
    bins = number_bins(values)
    assert sum(count for _, count in bins) == len(values)
    assert 1 <= len(bins) <= MAX_BINS
    assert len({label for label, _ in bins}) == len(bins), "labels are distinct"
