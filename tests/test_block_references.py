"""``[[tabell namn]]`` and ``[[figur namn]]`` cite a block by the number it gets where the document places it."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.helpers import budget_row, document_lines, error_lines, run, write_plan_set


def _document(folder: Path, *paragraphs: str) -> None:
    document = docx.Document()
    document.add_heading("Budget", level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(folder / "budget.docx")


def test_a_reference_reads_the_number_of_the_placement_before_or_after_it(tmp_path: Path):
    folder = write_plan_set(
        tmp_path / "inputs" / "ref",
        budget_rows=[budget_row(2021, "Utgifter", "Lön", 100), budget_row(2022, "Inkomster", "Bidrag", 50)],
    )
    _document(
        folder,
        "Årets siffror står i [[tabell budget-2022]], och sammanställningen i [[tabell budgetsammanställning]].",
        "[[budgetsammanställning]]",
        "[[budget-2021]]",
        "[[om budget-2022]]Budgeten för 2022 följer.",
        "[[budget-2022]]",
    )
    out = tmp_path / "out"
    result = run("build", "--inputs", str(folder.parent), "--out", str(out), "ref")
    assert result.exit_code == 0, result.stderr
    lines = document_lines(out / "ref" / "budget.docx")
    assert "Årets siffror står i tabell 3, och sammanställningen i tabell 1." in lines
    captions = [line for line in lines if line.startswith("Tabell ")]
    assert [c.split(".")[0] for c in captions] == ["Tabell 1", "Tabell 2", "Tabell 3"]
    assert captions[2].startswith("Tabell 3. Budget 2022")


def test_a_reference_to_a_block_not_placed_is_an_error(tmp_path: Path):
    folder = write_plan_set(tmp_path / "inputs" / "fel", budget_rows=[budget_row(2021, "Utgifter", "Lön", 100)])
    _document(folder, "Se [[tabell budget-2021]].")
    result = run("build", "--inputs", str(folder.parent), "--out", str(tmp_path / "out"), "fel")
    assert result.exit_code == 1
    assert error_lines(result)[:1] == [
        "fel: fel/budget.docx: under rubriken ”Budget”, i stycket ”Se [[tabell budget-2021]].”: ”[[tabell "
        "budget-2021]]”: blocket ”budget-2021” står inte i dokumentet eller har inte någon tabell med tabelltext"
    ]
