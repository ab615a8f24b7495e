"""Finding a set's workbooks, telling what a path is without opening it, and reading Swedish people's text."""

from __future__ import annotations

import os
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from generator.schema.types import Choice, Number, Rejected, Text, match_key, visible
from generator.xlsx.files import candidates, find_workbook, lock_file_of, not_a_file, spreadsheet_files
from generator.xlsx.guard import NotAWorkbook, inspect_workbook_file

KRONOR = Number(unit="kr")
PEOPLE = Number(unit="invånare", whole=True)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0,20", Decimal("0.20")),
        ("31 316", Decimal(31316)),
        ("31\u00a0316", Decimal(31316)),
        ("1\u202f000\u202f000", Decimal(1000000)),
        ("1 000 000", Decimal(1000000)),
        ("12 kr", Decimal(12)),
        ("12kr", Decimal(12)),
        ("3 000 kronor", Decimal(3000)),
        ("12:-", Decimal(12)),
        (" 60000 ", Decimal(60000)),
        ("0.5", Decimal("0.5")),
    ],
)
def test_numbers_typed_as_text_are_read(text: str, value: Decimal):
    assert KRONOR.parse(text) == value
    assert KRONOR.note(text, value) is not None


@pytest.mark.parametrize("text", ["femtiotusen", "cirka 60 000", "1.000", "1 00", "60 000 €", "12 kr kr", "1,2,3"])
def test_text_that_is_no_number_stays_an_error(text: str):
    with pytest.raises(Rejected, match="fann texten"):
        KRONOR.parse(text)


def test_unit_must_be_the_columns_own():
    assert PEOPLE.parse("31 316 invånare") == 31316
    with pytest.raises(Rejected):
        PEOPLE.parse("31 316 kr")


def test_a_number_in_a_number_cell_gives_no_note():
    assert KRONOR.note(60000, KRONOR.parse(60000)) is None


def test_negative_text_is_reported_as_negative():
    with pytest.raises(Rejected, match="negativa talet \u22125"):
        KRONOR.parse("\u22125")


@pytest.mark.parametrize("raw", [1e30, 10**13, "1 000 000 000 000 000"])
def test_implausibly_large_amounts_are_an_error_not_a_crash(raw):
    with pytest.raises(Rejected, match="orimligt stora talet"):
        KRONOR.parse(raw)
    assert KRONOR.parse(10**12) == 10**12


def test_invisible_characters_are_shown_and_ignored_when_matching():
    assert visible("Budget\u200b") == "Budget⟨U+200B⟩"
    assert visible("Kom\u00admun\ufeff") == "Kom⟨U+00AD⟩mun⟨U+FEFF⟩"
    assert visible("rad\nett") == "rad⟨U+000A⟩ett", "a message stays on one line"
    assert visible("a\u030a") == "a⟨U+030A⟩", "decomposed text shows its combining mark"
    assert visible("å") == "å"
    assert match_key(" Bud\u200bget ") == match_key("budget")
    assert match_key("Avbo\u0308jt") == match_key("Avböjt")


def test_text_and_choices_are_nfc():
    assert Text().parse("Falko\u0308ping") == "Falköping"
    assert Choice(("Medlem", "Avböjt")).parse("avbo\u0308jt\u200b") == "Avböjt"


def _touch(folder: Path, *names: str) -> None:
    for name in names:
        (folder / name).write_bytes(b"")


def test_the_contracts_name_is_found_in_any_case_and_format(tmp_path: Path):
    _touch(tmp_path, "Budget.XLSX")
    assert find_workbook(tmp_path, "budget.xlsx") == tmp_path / "Budget.XLSX"
    _touch(tmp_path, "budget.ods", "budget.xlsm", "budget.xlsx", "budgetförslag.xlsx", "~$budget.xlsx")
    assert [p.name for p in candidates(tmp_path, "budget.xlsx")] == [
        "budget.xlsx",
        "Budget.XLSX",
        "budget.xlsm",
        "budget.ods",
    ]
    assert find_workbook(tmp_path, "plan.xlsx") is None


def test_a_decomposed_file_name_is_found(tmp_path: Path):
    _touch(tmp_path, "Sma\u030alands.xlsx")
    assert find_workbook(tmp_path, "Smålands.xlsx") is not None


def test_no_special_file_is_listed_or_opened(tmp_path: Path):
    _touch(tmp_path, "plan.xlsx")
    os.mkfifo(tmp_path / "budget.xlsx")
    (tmp_path / "arkiv.xlsx").mkdir()
    (tmp_path / "noll.xlsx").symlink_to("/dev/zero")
    assert [p.name for p in spreadsheet_files(tmp_path)] == ["plan.xlsx"]
    assert "namngiven rörledning" in not_a_file(tmp_path / "budget.xlsx")
    assert "en mapp" in not_a_file(tmp_path / "arkiv.xlsx")
    assert "länk till /dev/zero, som är en enhetsfil" in not_a_file(tmp_path / "noll.xlsx")
    for name in ("budget.xlsx", "arkiv.xlsx", "noll.xlsx"):
        with pytest.raises(NotAWorkbook):
            inspect_workbook_file(tmp_path / name)  # would block on the fifo if it opened it


def test_lock_files_of_excel_and_libreoffice(tmp_path: Path):
    workbook = tmp_path / "budget.xlsx"
    _touch(tmp_path, "budget.xlsx")
    assert lock_file_of(workbook) is None
    _touch(tmp_path, ".~lock.budget.xlsx#")
    assert lock_file_of(workbook) == (tmp_path / ".~lock.budget.xlsx#", "LibreOffice")
    _touch(tmp_path, "~$budget.xlsx")
    assert lock_file_of(workbook) == (tmp_path / "~$budget.xlsx", "Excel")


def test_csv_and_numbers_are_named(tmp_path: Path):
    csv = tmp_path / "budget.csv"
    csv.write_text("År;Del;Post;Belopp\n", encoding="utf-8")
    with pytest.raises(NotAWorkbook, match="CSV"):
        inspect_workbook_file(csv)
    numbers = tmp_path / "budget.numbers"
    with zipfile.ZipFile(numbers, "w") as archive:
        archive.writestr("Index/Document.iwa", b"\x00")
    with pytest.raises(NotAWorkbook, match="Numbers"):
        inspect_workbook_file(numbers)
