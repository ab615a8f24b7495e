"""The example slutrapport reproduces seed 004 in the organisation's own document.

The set inputs/uthallig-kommun-etapp2 is built once; the generated .docx is opened
with python-docx and checked against the seed's outline, its figures and the numbers
its text states.  Expected values are computed here from the workbook with openpyxl,
never with plangen's own code.
"""

from __future__ import annotations

import re
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import docx
import openpyxl
import pytest

from tests.helpers import EXAMPLES, NBSP, run

SET = "uthallig-kommun-etapp2"

#: Every numbered heading of seed 004's main report (chapters 1–11), with its number, as the seed prints it.
SEED_HEADINGS = [
    ('1', 'Sammanfattning'),
    ('2', 'Uppdraget enligt regleringsbrev'),
    ('2.1', 'Frågor som besvaras i rapporten'),
    ('2.1.1', 'Metod, material och centrala begrepp'),
    ('2.1.2', 'Avgränsningar'),
    ('2.1.3', 'Disposition'),
    ('3', 'En idé om samordning och kunskapsspridning som styrmedel'),
    ('3.1', 'Pilotetappen 2003-2007'),
    ('4', 'Uthållig kommun 2008-2011'),
    ('4.1', 'Avsiktsförklaringen mellan aktörerna'),
    ('4.2', 'Målet med andra etappen'),
    ('4.3', 'Energimyndighetens åtaganden'),
    ('4.3.1', 'Mål och prestationer'),
    ('4.3.2', 'Energimyndighetens strategiska arbete'),
    ('4.4', 'Myndighetens interna organisering av arbetet'),
    ('5', 'Kommunernas arbete och åtaganden'),
    ('5.1', 'Energi- och klimatstrategier'),
    ('5.1.1', 'Kommunala energi- och klimatstrategier'),
    ('5.2', 'Kommunernas organisering och resurser'),
    ('5.2.1', 'Ansvarsfördelning och förankring'),
    ('5.2.2', 'Kommunerna om tiden efter etapp 2'),
    ('5.2.3', 'Arbetet i kommunerna'),
    ('5.3', 'Kommunernas uppföljning av arbetet'),
    ('5.3.1', 'Goda exempel inom Uthållig kommun'),
    ('5.4', 'Kommunernas val av temaområde'),
    ('6', 'Pilotlänet Kalmar'),
    ('6.1.1', 'Mål'),
    ('6.1.2', 'Organisation'),
    ('6.1.3', 'Prestationer'),
    ('6.1.4', 'Preliminära resultat'),
    ('6.1.5', 'Reflexioner'),
    ('7', 'Klustersamarbetet'),
    ('7.1', 'Kluster – funktionella regioner'),
    ('7.1.1', 'Klustren som fora för regional samverkan'),
    ('7.2', 'Kommunerna om klustersamarbetet'),
    ('7.2.1', 'Organiseringen av arbetet i klustren'),
    ('7.2.2', 'Uthållig kommun – myndighetens länk till kommunerna?'),
    ('7.2.3', 'Kommunernas bild av Energimyndigheten'),
    ('8', 'Temaområden inom Uthållig kommun'),
    ('8.1', 'Kommunernas val av temaområden'),
    ('8.1.1', 'Motiv till val av temaområde'),
    ('8.2', 'Belysning'),
    ('8.3', 'Biogas'),
    ('8.4', 'Energi- och klimatstrategier samt uppföljning'),
    ('8.4.1', 'Avsiktsförklaring'),
    ('8.4.2', 'Handbok för Uthållig kommun'),
    ('8.4.3', 'Återrapportering av energi- och klimatstrategier'),
    ('8.4.4', 'Bättre kommunal och regional energistatistik'),
    ('8.4.5', 'Energi- och klimatstrategier för större kommuner'),
    ('8.4.6', 'Effektiva energi- och klimatstrategier med scenarioanalys'),
    ('8.4.7', 'Kommunala energiindikatorer'),
    ('8.4.8', 'Processledarutbildning'),
    ('8.5', 'Energieffektivisering inom kommunala fastigheter'),
    ('8.6', 'Fysisk planering'),
    ('8.6.1', 'Bakgrund'),
    ('8.6.2', 'Projektets uppläggning och organisation'),
    ('8.6.3', 'Genomförda aktiviteter'),
    ('8.6.4', 'Fortsatt arbete – slutförande av projektet'),
    ('8.7', 'Näringslivsutveckling'),
    ('8.7.1', 'Uthålligt näringsliv'),
    ('8.7.2', 'Energy Spin-off Contest'),
    ('8.7.3', 'Uthålliga energisystem i praktiken - implementering av energieffektivitet inom industrier'),
    ('8.8', 'Skola / beteende'),
    ('8.9', 'Transporter'),
    ('8.9.1', 'Trafikstrategier i små och medelstora kommuner'),
    ('8.9.2', 'Enkla tillgänglighetsmått för resor i tätort'),
    ('8.9.3', 'CERO och resepolicys'),
    ('8.9.4', 'Hållbara transporter i Norrland'),
    ('8.9.5', 'Nätverk för transportstrategerna i Storstadsklustret'),
    ('8.10', 'Trygg värmeförsörjning'),
    ('8.11', 'Upphandling'),
    ('8.11.1', 'Upphandlingsprojekt för Västra Götalandsklustret'),
    ('8.12', 'Vindkraft'),
    ('8.13', 'Kommunernas syn på genomförandet i stort'),
    ('9', 'Kunskapsspridning, samverkan och nätverksbyggande'),
    ('9.1', 'Arenor för samverkan och nätverksbyggande'),
    ('9.1.1', 'Nationella arbetsmötet'),
    ('9.1.2', 'Politikerworkshop'),
    ('9.1.3', 'Energiutblick'),
    ('9.2', 'Mötesplatser för programutveckling'),
    ('9.2.1', 'Arbetsmöten med klustersamordnare och nestorer'),
    ('9.2.2', 'Extern referensgrupp'),
    ('9.2.3', 'Elektroniska kommunikationskanaler'),
    ('10', 'Prestationer, resultat och effekter i kommunerna'),
    ('10.1', 'Kommunernas SWOT-analys'),
    ('10.1.1', 'Kommunernas svagheter'),
    ('10.1.2', 'Kommunernas största möjligheter/potential'),
    ('10.1.3', 'De största hoten i det framtida arbetet'),
    ('10.2', 'Prestationer'),
    ('10.3', 'Resultat'),
    ('10.4', 'Effekter'),
    ('10.5', 'Effekter på kommunernas energianvändning'),
    ('10.6', 'Mål och måluppfyllelse inom energieffektivisering'),
    ('11', 'Forskning'),
    ('11.1', 'Forskningsprogrammet Uthållig kommun'),
    ('11.1.1', 'Beviljade projekt'),
    ('11.2', 'Samordnad stadsutveckling – en förutsättning för hållbarhet'),
]

SEED_APPENDICES = [
    "Bilaga 1. Deltagande kommuner och klusterindelning",
    "Bilaga 2. Medlemmar i extern referensgrupp",
    "Bilaga 3. Kommunernas beskrivning av processer och projekt som startats genom deras deltagande i "
    "Uthållig kommun",
    "Bilaga 4. Kommunernas goda exempel ur egen verksamhet",
    "Bilaga 5. Utvärdering av klustersamordningen gjord av Föreningen Sveriges Energikontor",
    "Bilaga 6. Mål i kommunernas energi- och klimatstrategier",
]

#: The seed's 15 survey figures, by the question each charts (column Fråga of sheet Frågor, by its id).
FIGURE_QUESTIONS = ["F04", "F07", "F11", "F14", "F16", "F20", "F22", "F23", "F24", "F25", "F26", "F27", "F28",
                    "F30", "F32"]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("slutrapport")
    result = run("build", SET, "--inputs", str(EXAMPLES), "--out", str(out), "--force")
    assert result.exit_code == 0, result.output + result.stderr
    return out / SET / "slutrapport.docx"


@pytest.fixture(scope="module")
def document(built: Path):
    return docx.Document(str(built))


@pytest.fixture(scope="module")
def text(document) -> str:
    """Every paragraph and table cell, spaces normalised (Swedish numbers use no-break spaces)."""
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts).replace(NBSP, " ").replace("\u202f", " ")


@pytest.fixture(scope="module")
def workbook():
    return openpyxl.load_workbook(EXAMPLES / SET / "slutrapport.xlsx", read_only=True, data_only=True)


def rows(workbook, sheet: str) -> list[dict]:
    values = list(workbook[sheet].iter_rows(values_only=True))
    header = [str(h) for h in values[0]]
    return [dict(zip(header, row, strict=False)) for row in values[1:] if any(v is not None for v in row)]


def answers(workbook, qid: str) -> dict[str, object]:
    return {r["Kommun"]: r[qid] for r in rows(workbook, "Svar") if r.get(qid) not in (None, "")}


def whole_percent(part: int, whole: int) -> str:
    value = (Decimal(100 * part) / Decimal(whole)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{value} %"


def numbered_headings(document) -> list[tuple[str, str]]:
    """(number, text) of the numbered headings of levels 1–3, numbered the way Word numbers them."""
    counters = [0, 0, 0]
    found = []
    for paragraph in document.paragraphs:
        style = paragraph.style.name
        if not style.startswith("Heading "):
            continue
        level = int(style.split()[1])
        ppr = paragraph._p.pPr
        if level > 3 or (ppr is not None and ppr.numPr is not None):  # level 4 and unnumbered headings
            continue
        counters[level - 1] += 1
        for deeper in range(level, 3):
            counters[deeper] = 0
        found.append((".".join(str(c) for c in counters[:level]), paragraph.text.strip()))
    return found


def test_every_numbered_heading_of_the_seed_in_its_place(document):
    found = numbered_headings(document)
    missing = [heading for heading in SEED_HEADINGS if heading not in found]
    assert not missing, missing
    chapters = [text for number, text in found if "." not in number]
    assert len(chapters) == 11 and chapters[0] == "Sammanfattning" and chapters[-1] == "Forskning"


def test_foreword_and_appendices(document):
    headings = [p.text.strip() for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == "Förord"
    for appendix in SEED_APPENDICES:
        assert headings.count(appendix) == 1, appendix
    assert "Enkätsvar i sammandrag" not in "\n".join(headings)  # the seed has no such appendix


def test_each_figure_once_in_its_chapter(built: Path, document, workbook):
    with zipfile.ZipFile(built) as package:
        charts = [n for n in package.namelist() if re.fullmatch(r"word/charts/chart\d+\.xml", n)]
    assert len(charts) == 15
    captions = [p.text for p in document.paragraphs if re.match(r"Figur \d+\. ", p.text)]
    assert [int(c.split(".")[0].split()[1]) for c in captions] == list(range(1, 16))
    questions = {r["Id"]: r["Fråga"] for r in rows(workbook, "Frågor")}
    for number, qid in enumerate(FIGURE_QUESTIONS, start=1):
        with_question = [c for c in captions if questions[qid] in c]
        assert len(with_question) == 1, (qid, with_question)
        assert with_question[0].startswith(f"Figur {number}. "), (qid, with_question[0])


def test_tables_numbered_as_in_the_seed(document):
    captions = [p.text for p in document.paragraphs if re.match(r"Tabell \d+\. ", p.text)]
    assert captions[0].startswith("Tabell 1. Energi- och klimatstrategier")
    assert captions[1].startswith("Tabell 2. Temaområdena")
    assert captions[2].startswith("Tabell 3. Vilka av följande har kommunen tagit fram")
    assert captions[3].startswith("Tabell 4. Förändrad energianvändning")
    assert any("projektmedel per år" in c for c in captions)
    assert any("Beviljade projekt i forskningsprogrammet" in c for c in captions)
    for caption in ("Deltagande kommuner per kluster", "referensgruppens medlemmar", "bästa exempel",
                    "Mål i kommunernas energi- och klimatstrategier"):
        assert sum(caption in c for c in captions) == 1, caption


def test_no_marker_and_no_internal_id(text):
    assert "[[" not in text and "]]" not in text
    assert not re.search(r"\bF\d{2}\b", text)
    assert "Fråga F" not in text


def test_user_tables_and_lists_hold_the_workbook(text, workbook):
    for sheet, column in (("Referensgrupp", "Namn"), ("Forskningsprojekt", "Projektledare"),
                          ("Mål i strategierna", "Kommun"), ("Temaområden", "Temaområde")):
        for row in rows(workbook, sheet):
            assert row[column] in text, (sheet, row[column])
    for activity in rows(workbook, "Aktiviteter"):
        assert activity["Titel"] in text, activity["Titel"]
    for name, example in answers(workbook, "F21").items():
        assert example in text, name


def test_live_figures_are_the_workbooks_numbers(text, workbook):
    municipalities = {r["Kommun"] for r in rows(workbook, "Kommuner")}
    respondents = rows(workbook, "Svar")
    rate = whole_percent(len(respondents), len(municipalities))
    assert f"{len(respondents)} av {len(municipalities)} kommuner besvarade den, en svarsfrekvens på {rate}" in text

    hours = answers(workbook, "F14")
    over_six = sum(1 for v in hours.values() if Decimal(str(v)) > 6)
    assert f"{over_six} kommuner lägger mer än sex timmar i veckan" in text

    money = [Decimal(str(v)) for v in answers(workbook, "F16").values()]
    words = {Fraction(1, 3): "en tredjedel", Fraction(1, 4): "en fjärdedel"}
    above = Fraction(sum(1 for v in money if v > 100000), len(money))
    below = Fraction(sum(1 for v in money if v < 20000), len(money))
    assert f"{words[above]} av kommunerna satsar mer än 100 000 kronor" in text
    assert f"medan {words[below]} satsar mindre än 20 000 kronor" in text

    years = answers(workbook, "F02")
    by_2011 = sum(1 for v in years.values() if isinstance(v, int | float) and v <= 2011)
    assert f"{whole_percent(by_2011, len(municipalities))} av de deltagande kommunerna en strategi" in text
    assert f"{sum(1 for v in years.values() if v == 2009)} år 2009" in text

    plan = answers(workbook, "F04")
    pilot = {r["Kommun"] for r in rows(workbook, "Kommuner") if r.get("Pilotlän") == "ja"}
    yes = sum(1 for v in plan.values() if v == "Ja")
    pilot_yes = sum(1 for k, v in plan.items() if k in pilot and v == "Ja")
    pilot_answered = sum(1 for k in plan if k in pilot)
    assert f"Av de {len(plan)} kommuner som svarade på frågan om handlingsplan har {whole_percent(yes, len(plan))}" \
        in text
    assert f"I pilotlänet Kalmar är andelen {whole_percent(pilot_yes, pilot_answered)}" in text

    energy_plan = answers(workbook, "F07")
    energy_yes = sum(1 for v in energy_plan.values() if v == "Ja")
    assert f"{energy_yes} kommuner ({whole_percent(energy_yes, len(energy_plan))}) svarade ja" in text

    reporting = {r["Kommun"] for r in rows(workbook, "Energi")}
    assert f"{len(reporting)} kommuner har redovisat hur energianvändningen" in text

    research = sum(Decimal(str(r["Projektmedel"])) for r in rows(workbook, "Forskning"))
    assert f"sammanlagt {research / 1_000_000:.0f} miljoner kronor" in text
    nestors = [r["Kommun"] for r in rows(workbook, "Kommuner") if r.get("Nestor") == "ja"]
    assert f"för de {len(municipalities) - len(set(nestors))} nya kommunerna" in text
