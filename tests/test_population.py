"""Populations from SCB's Statistikdatabasen and Kolada (N01951) fill the new set's Invånare in new-year."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from generator.records.population import PopulationUnreadable, name_keys, read_population
from tests.helpers import budget_row, run, tree_digest, write_plan_set

MEMBERS = [
    {"Kommun": "Stockholms stad", "Invånare": 800000, "Status": "Medlem"},
    {"Kommun": "Göteborgs Stad", "Invånare": 490000, "Status": "Medlem"},
    {"Kommun": "Falu kommun", "Invånare": 55000, "Status": "Ny"},
    {"Kommun": "Region Skåne", "Invånare": 1200000, "Status": "Medlem"},
    {"Kommun": "upplands väsby", "Invånare": 40000, "Status": "Medlem"},
    {"Kommun": "Ankeborg", "Invånare": 1000, "Status": "Medlem", "Kommentar": "Finns inte hos SCB."},
]
FEE = {"Fast avgift": 5000, "Per invånare": Decimal("0.5"), "Tak invånare": 150000, "År": 2010}

#: SCB's CSV export: a title line, a blank line, quoted cells, one column per year, ".." for no figure.
SCB_CSV = (
    '"Folkmängd efter region och år"\n'
    "\n"
    '"region","2008","2009"\n'
    '"0180 Stockholm","810120","829417"\n'
    '"1480 Göteborg","493502","500197"\n'
    '"2080 Falun","55000","55685"\n'
    '"0114 Upplands Väsby","39000","39732"\n'
    '"12 Skåne län","1200000","1230000"\n'
    '"0380 Uppsala","..",".."\n'
)


def _plan_set(folder: Path) -> Path:
    rows = [budget_row(2009, "Inkomster", "Medlemsavgifter", 300000), budget_row(2009, "Utgifter", "Lön", 300000)]
    return write_plan_set(folder, period="2008-2009", budget_rows=rows, members=MEMBERS, fee=FEE)


def _write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("encoding", "separator", "bom"),
    [("iso-8859-1", ",", b""), ("utf-8", ";", b"\xef\xbb\xbf"), ("cp1252", "\t", b""), ("utf-8", ",", b"")],
)
def test_scb_csv_in_every_encoding_and_separator(tmp_path: Path, encoding: str, separator: str, bom: bytes):
    path = tmp_path / "BE0101N1.csv"
    path.write_bytes(bom + SCB_CSV.replace('","', f'"{separator}"').encode(encoding))
    table = read_population(path)
    assert (table.year, table.source, table.as_of) == (2009, "SCB", "31 december 2009 enligt SCB")
    figures = {f.name: f.population for f in table.figures}
    assert figures == {
        "0180 Stockholm": 829417,
        "1480 Göteborg": 500197,
        "2080 Falun": 55685,
        "0114 Upplands Väsby": 39732,
        "12 Skåne län": 1230000,
    }
    stockholm = next(f for f in table.figures if f.name == "0180 Stockholm")
    assert str(stockholm.place) == "BE0101N1.csv › rad 4"


def test_scb_xlsx_export(tmp_path: Path):
    path = _write_xlsx(
        tmp_path / "folkmangd.xlsx",
        [
            ["Folkmängd efter region, ålder, kön och år"],
            [],
            ["region", "ålder", "kön", "2009"],
            ["0180 Stockholm", "totalt ålder", "män", 409417],
            ["0180 Stockholm", "totalt ålder", "kvinnor", 420000],
            ["0180 Stockholm", "totalt ålder", "totalt", 829417],
            ["2080 Falun", "totalt ålder", "totalt", 55685.0],
            [],
            ["Källa: SCB"],
        ],
    )
    table = read_population(path)
    assert table.year == 2009
    assert {f.name: f.population for f in table.figures} == {"0180 Stockholm": 829417, "2080 Falun": 55685}
    assert str(table.figures[0].place) == "folkmangd.xlsx › Sheet › D6"


def test_kolada_long_layout(tmp_path: Path):
    path = tmp_path / "export.csv"
    path.write_bytes(
        "\ufeffKommun;Kommun-id;Nyckeltal;Period;Kön;Värde\n"
        "Stockholm;0180;N01951;2008;T;810120\n"
        "Stockholm;0180;N01951;2009;T;829417\n"
        "Stockholm;0180;N01951;2009;K;420000\n"
        "Region Skåne;0012;N01951;2009;T;1230000\n".encode()
    )
    table = read_population(path)
    assert (table.year, table.source) == (2009, "Kolada")
    assert table.as_of == "31 december 2009 enligt SCB (Kolada, N01951)"
    assert {f.name: f.population for f in table.figures} == {"Stockholm": 829417, "Region Skåne": 1230000}


def test_names_match_without_code_suffix_case_or_decomposed_letters():
    assert name_keys("0180 Stockholm", stated=True) & name_keys("STOCKHOLMS STAD")
    assert name_keys("2080 Falun", stated=True) & name_keys("Falu kommun")
    assert name_keys("1480 Go\u0308teborg", stated=True) & name_keys("Göteborgs Stad")
    assert name_keys("12 Skåne län", stated=True) & name_keys("Region Skåne")
    assert name_keys("06 Jönköpings län", stated=True) & name_keys("Landstinget i Jönköpings län")
    assert not name_keys("0180 Stockholm", stated=True) & name_keys("Region Stockholm"), "a region is no kommun"
    assert not name_keys("0680 Jönköping", stated=True) & name_keys("Region Jönköpings län")


def test_a_file_without_a_population_table_is_one_swedish_sentence(tmp_path: Path):
    path = tmp_path / "fel.csv"
    path.write_text("Hej;hopp\nett;två\n", encoding="utf-8")
    with pytest.raises(PopulationUnreadable, match="hittar ingen rubrikrad"):
        read_population(path)
    broken = tmp_path / "trasig.xlsx"
    broken.write_bytes(b"PK\x03\x04 inte en arbetsbok")
    with pytest.raises(PopulationUnreadable, match="ofullständig"):
        read_population(broken)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_new_year_fills_populations_from_scb(tmp_path: Path, kind: str):
    from generator.compute.fees import compute_fees
    from generator.problems import Problems
    from generator.records.plan import read_plan_inputs

    old = _plan_set(tmp_path / "natverket-2008-2009")
    if kind == "csv":
        source = tmp_path / "folkmangd.csv"
        source.write_bytes(SCB_CSV.encode("iso-8859-1"))
    else:
        lines = [line for line in SCB_CSV.splitlines()]
        rows = [[cell.strip('"') for cell in line.split('","')] if line else [] for line in lines]
        source = _write_xlsx(tmp_path / "folkmangd.xlsx", rows)
    before = tree_digest(tmp_path)
    result = run("new-year", str(old), "--folkmangd", str(source))
    assert result.exit_code == 0, result.stderr
    after = tree_digest(tmp_path)
    assert {k: v for k, v in after.items() if not k.startswith("natverket-2009-2010/")} == before, "inputs unchanged"

    problems = Problems()
    new = read_plan_inputs(tmp_path / "natverket-2009-2010", problems)
    assert not problems.errors
    populations = {m.name: m.population for m in new.members}
    assert populations == {
        "Stockholms stad": 829417,
        "Göteborgs Stad": 500197,
        "Falu kommun": 55685,
        "Region Skåne": 1230000,
        "upplands väsby": 39732,
        "Ankeborg": 1000,
    }
    assert new.fee_rule.population_as_of == "31 december 2009 enligt SCB"
    assert new.fee_rule.year == 2011
    fees = {fee.member.name: fee.fee for fee in compute_fees(new.fee_rule, new.members).rows}
    assert fees["upplands väsby"] == 5000 + Decimal("0.5") * 39732
    assert f"Invånare för 5 av 6 medlemmar är hämtade ur {source.name} (31 december 2009 enligt SCB); 5 ändrades." in (
        result.stdout
    )
    assert f"Ingen folkmängd för Ankeborg i {source.name} (finns inte i filen): fyll i Invånare för hand." in (
        result.stdout
    )
