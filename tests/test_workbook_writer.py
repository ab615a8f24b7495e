"""Workbooks plangen writes (init, new-year, examples): laid out by the contract, text never a formula."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl

from generator.schema.contract import BUDGET, MEMBERS
from generator.xlsx.writer import write_workbook


def test_text_that_looks_like_a_formula_is_stored_as_text(tmp_path: Path):
    dangerous = ["=HYPERLINK(\"http://x\",\"klicka\")", "+46 46 35 50 00", "-tre procent", "@SUM(A1:A2)",
                 "=1+1"]
    path = tmp_path / "budget.xlsx"
    write_workbook(BUDGET, path, rows={"Budget": [
        {"År": 2025, "Del": "Utgifter", "Post": text, "Belopp": 1, "Kommentar": text} for text in dangerous
    ]})
    with zipfile.ZipFile(path) as archive:
        sheets = [archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
    assert not any(b"<f>" in xml or b"<f " in xml for xml in sheets), "no cell may hold a formula"
    book = openpyxl.load_workbook(path)
    sheet = book["Budget"]
    letters = {cell.value: cell.column_letter for cell in sheet[1]}
    for row, text in enumerate(dangerous, start=2):
        for column in (letters["Post"], letters["Kommentar"]):
            cell = sheet[f"{column}{row}"]
            assert cell.value == text and cell.data_type == "s", (column, row, cell.data_type)


def test_key_values_are_written_as_text_too(tmp_path: Path):
    path = tmp_path / "medlemmar.xlsx"
    write_workbook(MEMBERS, path, rows={"Medlemmar": [{"Kommun": "=cmd|' /C calc'!A0", "Invånare": 10,
                                                       "Status": "Medlem"}]},
                   values={"Avgift": {"Fast avgift": 3000, "Per invånare": 1, "År": 2025, "Anteckning": "=2+2"}})
    book = openpyxl.load_workbook(path)
    assert book["Medlemmar"]["A2"].data_type == "s"
    notes = {row[0].value: row[1] for row in book["Avgift"].iter_rows(min_row=2)}
    assert notes["Anteckning"].value == "=2+2" and notes["Anteckning"].data_type == "s"
