"""The example programme's answers in plangen's default slutrapport, opened and read back: the seed's
published figures, recomputed from the answers (the example's own document is tested in
tests/test_example_slutrapport.py)."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import docx
import openpyxl
import pytest

from tests.helpers import EXAMPLES, NBSP, document_lines, run, table_rows

SET = "uthallig-kommun-etapp2"
MINUS = "\u2212"


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report")
    inputs = tmp_path_factory.mktemp("inputs")
    shutil.copytree(EXAMPLES / SET, inputs / SET, ignore=shutil.ignore_patterns("*.docx"))  # the default document
    result = run("build", "--inputs", str(inputs), "--out", str(out), SET)
    assert result.exit_code == 0, result.stderr
    return out / SET / "slutrapport.docx"


def _captioned_table(path: Path, caption_start: str) -> list[list[str]]:
    """The table that follows the first caption starting with ``caption_start`` (e.g. 'Tabell 1.')."""
    document = docx.Document(str(path))
    body = list(document.element.body.iterchildren())
    for index, child in enumerate(body):
        text = "".join(t.text or "" for t in child.iter() if t.tag.endswith("}t"))
        if child.tag.endswith("}p") and text.startswith(caption_start):
            table_element = next(c for c in body[index + 1 :] if c.tag.endswith("}tbl"))
            table = docx.table.Table(table_element, document)
            return [[cell.text for cell in row.cells] for row in table.rows]
    raise AssertionError(f"no caption {caption_start!r}")


def _caption_of(path: Path, words: str) -> str:
    return next(line for line in document_lines(path) if line.startswith(("Tabell", "Figur")) and words in line)


def test_tabell_1_strategies_by_year(report: Path):
    caption = _caption_of(report, "Vilket år fastställdes strategin")
    assert caption.startswith("Tabell ")
    assert caption.endswith("(65 kommuner har svarat.)")
    table = _captioned_table(report, caption.split(".")[0] + ".")
    counts = {row[0]: row[1] for row in table[1:]}
    assert counts == {
        "2006": "3",
        "2008": "4",
        "2009": "16",
        "2010": "14",
        "2011": "21",
        "2012": "4",
        "Ingen strategi": "3",
        "Har svarat": "65",
    }


def test_energy_plan_share_74_percent_and_per_cluster(report: Path):
    lines = document_lines(report)
    assert "Ett svar per kommun. Vanligast var svaret ”Ja”: 48 av 65 kommuner (74\u00a0%)." in lines
    caption = _caption_of(report, "också kommunens energiplan")
    assert caption.startswith("Figur ") and caption.endswith("(65 kommuner har svarat.)")
    clusters = next(t for t in table_rows(report) if t[0] == ["Kluster", "Svarat", "Fördelning"])
    assert ["Storstad", "12", f"Ja 83{NBSP}%, Nej 17{NBSP}%"] in clusters
    assert ["Kalmar", "12", f"Ja 92{NBSP}%, Nej 8{NBSP}%"] in clusters


def test_tabell_3_concrete_measures(report: Path):
    caption = _caption_of(report, "tack vare Uthållig kommun? Räkna även")
    table = _captioned_table(report, caption.split(".")[0] + ".")
    shares = {row[0]: row[2] for row in table[1:-1]}
    expected = {
        "FÖP eller ÖP med tydligare energifokus": 46,
        "Informationsträffar för näringslivet med fokus på energieffektivisering": 45,
        "Kampanj för att påverka kommuninnevånarnas energianvändning och/eller CO2-utsläpp": 42,
        "Rese- och mötespolicy": 37,
        "Förbättrat upphandlingsunderlag m a p energi och klimat": 35,
        "Utbildning i sparsam körning": 35,
        "Plan för belysningsåtgärder": 32,
        "Energieffektiviseringsutbildning för driftstekniker": 26,
        "Tester av ny energisnål teknik": 26,
        "Mobility Management-projekt": 25,
        "Energieffektiviseringsnätverk för företagare": 23,
        "Trafikstrategi": 18,
        "Utbildning av upphandlare i LCC (livscykelkostnadsanalyser)": 17,
        "Klimatkompensationssystem": 9,
        "Vindkraftsplan": 0,
    }
    assert shares == {label: f"{value}{NBSP}%" for label, value in expected.items()}
    assert table[-1][:2] == ["Har svarat", "65"]


def _energy_totals() -> list[str]:
    """The energy table's totals, summed here from the workbook's cells (one decimal, as the rows)."""
    sheet = openpyxl.load_workbook(EXAMPLES / SET / "slutrapport.xlsx", read_only=True)["Energi"]
    rows = list(sheet.iter_rows(values_only=True))
    header = [str(h) for h in rows[0]]
    up = sum(Decimal(str(r[header.index("Ökat")] or 0)) for r in rows[1:] if r[0])
    down = sum(Decimal(str(r[header.index("Minskat")] or 0)) for r in rows[1:] if r[0])

    def text(value: Decimal) -> str:
        sign = MINUS if value < 0 else ""
        whole, _, tenth = f"{abs(value):.1f}".partition(".")
        return sign + f"{int(whole):,}".replace(",", NBSP) + "," + tenth

    return ["Totalt", text(up), text(down), text(up - down)]


def test_tabell_4_energy_totals(report: Path):
    caption = _caption_of(report, "Förändrad energianvändning")
    table = _captioned_table(report, caption.split(".")[0] + ".")
    assert table[-1] == _energy_totals()
    assert table[-1][1].startswith(f"509{NBSP}286,") and table[-1][3].startswith(f"373{NBSP}924,")  # the seed's
    rows = {row[0]: row[1:] for row in table[1:-1]}
    assert rows["Bensin"] == ["847,1", f"16{NBSP}766,7", f"{MINUS}15{NBSP}919,6"]
    assert rows["Biogas"] == [f"424{NBSP}562,3", "258,2", f"424{NBSP}304,1"]
    assert caption.endswith("(28 kommuner har svarat).")


def test_research_budget_total(report: Path):
    table = next(t for t in table_rows(report) if t[0] == ["År", "Projektmedel (kr)"])
    assert table[-1] == ["Summa", f"16{NBSP}000{NBSP}000"]
    assert [row[0] for row in table[1:-1]] == ["2009", "2010", "2011", "2012"]


def test_programme_facts_are_counted(report: Path):
    text = "\n".join(document_lines(report))
    assert "66 kommuner har deltagit i Uthållig kommun under perioden 2008–2011, fördelade på 8 kluster." in text
    assert "Av dem har 65 besvarat enkäten, en svarsfrekvens på 98\u00a0%." in text
    assert "Enkäten har inte besvarats av Älvdalen." in text
    assert "Tomas Kåberger" in text and "Generaldirektör" in text


def test_appendix_presents_every_question_in_order(report: Path):
    lines = document_lines(report)
    start = len(lines) - 1 - lines[::-1].index("Bilaga 2. Enkätsvar i sammandrag")  # the heading, not the TOC
    headings = [line for line in lines[start:] if line.startswith("Fråga ") and ". " in line[:10]]
    assert [h.split(".")[0] for h in headings] == [f"Fråga {n}" for n in range(1, 36)]
    assert not any(line.startswith("F0") or " F0" in line for line in lines), "no internal question ids"


def test_every_chart_has_alt_text_and_a_caption(report: Path):
    document = docx.Document(str(report))
    descriptions = [e.get("descr") for e in document.element.body.iter() if e.tag.endswith("}docPr")]
    figure_captions = [line for line in document_lines(report) if line.startswith("Figur ")]
    assert len(descriptions) == len(figure_captions) >= 15
    assert all(d and "kommuner har svarat" in d for d in descriptions)
    pie = next(d for d in descriptions if d.startswith("Cirkeldiagram: Innehåller strategin en handlingsplan"))
    assert "Ja 88\u00a0%" in pie and "49 kommuner har svarat" in pie


def test_check_reports_the_seed_inconsistency():
    result = run("check", "--inputs", str(EXAMPLES), SET)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"varning: {SET}/slutrapport.xlsx › Kommuner › B55: Vingåker står i två kluster: Dalarna/Gävleborg (A21) "
        "och Värmland/Bergslagen; kommunen räknas en gång i totalen och i båda klustren"
    ]


def test_table_of_contents_lists_the_chapters_before_any_update(report: Path):
    lines = document_lines(report)
    start = lines.index("Innehåll")
    listed = lines[start + 1:start + 8]
    # Uppdraget held only a place for own text, so the draft leaves the bare heading out
    assert listed[:4] == ["Förord", "Sammanfattning", "Deltagande kommuner", "Resultat"]
    assert "Bilaga 2. Enkätsvar i sammandrag" in lines[start:start + 40]
