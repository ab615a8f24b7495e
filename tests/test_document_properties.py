"""Document properties come from the inputs, with plangen as the application; no stale thumbnail."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx

from generator import __version__
from tests.helpers import EXAMPLES

SET = "klimatkommunerna-2008-2009"


def test_properties_name_the_organisation_and_plangen(built_examples: Path):
    path = built_examples / SET / "budget.docx"
    core = docx.Document(str(path)).core_properties
    assert core.title == "Budgetförslag Klimatkommunerna 2008-2009"
    assert core.language == "sv-SE"
    assert core.created.date().isoformat() == "2008-11-03"
    with zipfile.ZipFile(path) as package:
        assert f"<Application>plangen {__version__}</Application>" in package.read("docProps/app.xml").decode()
        assert "docProps/thumbnail.jpeg" not in package.namelist()
        assert b"thumbnail" not in package.read("_rels/.rels")


def test_a_document_of_one_year_says_that_year(tmp_path: Path):
    """The verksamhetsberättelse covers the year with outcomes, not the plan's period."""
    import shutil

    import openpyxl

    from tests.helpers import run

    folder = tmp_path / "inputs" / SET
    shutil.copytree(EXAMPLES / SET, folder)
    book = openpyxl.load_workbook(folder / "budget.xlsx")
    sheet = book["Budget"]
    headers = [c.value for c in sheet[1]]
    if "Utfall" not in headers:
        sheet.cell(1, len(headers) + 1, "Utfall")
        headers.append("Utfall")
    column = headers.index("Utfall") + 1
    sheet.cell(2, column, 1000)
    book.save(folder / "budget.xlsx")
    out = tmp_path / "out"
    result = run("build", "--inputs", str(folder.parent), "--out", str(out), SET)
    assert result.exit_code == 0, result.stderr
    core = docx.Document(str(out / SET / "verksamhetsberattelse.docx")).core_properties
    year = sheet.cell(2, headers.index("År") + 1).value
    assert core.title == f"Verksamhetsberättelse Klimatkommunerna {year}"
