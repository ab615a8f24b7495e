"""Bad input: one clear line per error with file › sheet › cell, exit 1, nothing written, inputs untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import edit_workbook, error_lines, run, tree_digest

SET = "klimatkommunerna-2008-2009"


@pytest.fixture
def built_once(example_set: Path, tmp_path: Path) -> tuple[Path, Path]:
    out = tmp_path / "out"
    result = run("build", "--inputs", str(example_set.parent), "--out", str(out), SET)
    assert result.exit_code == 0
    return example_set, out


def _build_fails(example_set: Path, out: Path) -> list[str]:
    before_inputs = tree_digest(example_set)
    before_outputs = tree_digest(out)
    result = run("build", "--force", "--inputs", str(example_set.parent), "--out", str(out), SET)
    assert result.exit_code == 1
    assert "Traceback" not in result.output + result.stderr
    assert tree_digest(out) == before_outputs, "a failed build must not change any output"
    assert tree_digest(example_set) == before_inputs, "inputs are never modified"
    return error_lines(result)


def test_text_in_amount_names_file_sheet_and_cell(built_once):
    example_set, out = built_once
    edit_workbook(example_set / "budget.xlsx", lambda b: b["Budget"].__setitem__("E3", "femtiotusen"))
    assert _build_fails(example_set, out) == [
        f"fel: {SET}/budget.xlsx › Budget › E3: väntade ett tal ≥ 0 (kr), fann texten ”femtiotusen”"
    ]


def test_failed_build_into_empty_output_writes_nothing(example_set: Path, tmp_path: Path):
    edit_workbook(example_set / "budget.xlsx", lambda b: b["Budget"].__setitem__("E3", "femtiotusen"))
    out = tmp_path / "fresh"
    result = run("build", "--inputs", str(example_set.parent), "--out", str(out), SET)
    assert result.exit_code == 1
    assert not out.exists() or not any(out.rglob("*.docx"))


def test_every_error_is_reported_in_one_pass(built_once):
    example_set, out = built_once

    def spoil_budget(book):
        sheet = book["Budget"]
        sheet["B2"] = "Utgift"  # unknown Del
        sheet["E4"] = -45000  # negative amount
        sheet["H9"] = "kanske"  # unknown Status (column H since Utfall came in at F)
        sheet["E5"] = True  # boolean in a number cell

    def spoil_members(book):
        sheet = book["Medlemmar"]
        sheet["B3"] = -13091  # negative population
        sheet["B4"] = 124301.5  # fractional population
        sheet["C5"] = "Hedersmedlem"  # unknown Status
        sheet["A6"] = "Falköping"  # duplicate municipality (A2)

    edit_workbook(example_set / "budget.xlsx", spoil_budget)
    edit_workbook(example_set / "medlemmar.xlsx", spoil_members)
    errors = _build_fails(example_set, out)
    assert errors == [
        f"fel: {SET}/budget.xlsx › Budget › B2: väntade ett av ”Utgifter”, ”Inkomster”, fann texten ”Utgift”",
        f"fel: {SET}/budget.xlsx › Budget › E4: väntade ett tal ≥ 0 (kr), fann det negativa talet \u221245000",
        f"fel: {SET}/budget.xlsx › Budget › E5: väntade ett tal ≥ 0 (kr), fann sanningsvärdet SANT",
        f"fel: {SET}/budget.xlsx › Budget › H9: väntade ett av ”beslutat”, ”ej beslutat”, ”ansökt”, "
        "”preliminärt”, ”att granska”, fann texten ”kanske”",
        f"fel: {SET}/medlemmar.xlsx › Medlemmar › B3: väntade ett heltal ≥ 0 (invånare), "
        "fann det negativa talet \u221213091",
        f"fel: {SET}/medlemmar.xlsx › Medlemmar › B4: väntade ett heltal ≥ 0 (invånare), fann 124301,5",
        f"fel: {SET}/medlemmar.xlsx › Medlemmar › C5: väntade ett av ”Medlem”, ”Ny”, ”Intresserad”, ”Avböjt”, "
        "fann texten ”Hedersmedlem”",
        f"fel: {SET}/medlemmar.xlsx › Medlemmar › A6: Kommun ”Falköping” finns redan på A2",
    ]


def test_missing_sheet_and_missing_column(built_once):
    example_set, out = built_once
    edit_workbook(example_set / "medlemmar.xlsx", lambda b: b.remove(b["Avgift"]))
    edit_workbook(example_set / "budget.xlsx", lambda b: b["Budget"].__setitem__("D1", "Postnamn"))
    errors = _build_fails(example_set, out)
    assert errors[0].startswith(f"fel: {SET}/budget.xlsx › Budget › rad 1: kolumnen ”Post” saknas i rubrikraden")
    assert errors[1].startswith(f"fel: {SET}/medlemmar.xlsx: bladet ”Avgift” saknas")
    assert len(errors) == 2


def test_formula_without_cached_value_is_named(built_once):
    example_set, out = built_once
    edit_workbook(example_set / "budget.xlsx", lambda b: b["Budget"].__setitem__("E2", "=500000+53000"))
    errors = _build_fails(example_set, out)
    assert errors == [
        f"fel: {SET}/budget.xlsx › Budget › E2: väntade ett tal ≥ 0 (kr), fann formeln =500000+53000 utan sparat "
        "värde (öppna och spara filen i Excel)"
    ]


def test_header_matching_ignores_case_and_spaces_and_extra_columns(built_once):
    example_set, out = built_once

    def relabel(book):
        sheet = book["Budget"]
        sheet["E1"] = "  belopp "
        sheet["H1"] = "Egen anteckning"
        sheet["H2"] = "ignoreras"

    edit_workbook(example_set / "budget.xlsx", relabel)
    result = run("build", "--inputs", str(example_set.parent), "--out", str(out), SET)
    assert result.exit_code == 0, result.stderr


def test_not_a_workbook(built_once):
    example_set, out = built_once
    (example_set / "budget.xlsx").write_text("Det här är ingen arbetsbok\n", encoding="utf-8")
    assert _build_fails(example_set, out) == [
        f"fel: {SET}/budget.xlsx: filen är inte en Excel-arbetsbok (.xlsx); den kan vara trasig eller av annat slag"
    ]


def test_unknown_set_is_a_usage_error(tmp_path: Path):
    result = run("build", "--inputs", str(tmp_path), "finns-inte")
    assert result.exit_code == 2
    assert "finns-inte" in result.stderr


def test_a_bad_set_does_not_stop_the_others(example_set: Path, tmp_path: Path):
    from tests.other_sets import write_other_organisation

    good = write_other_organisation(example_set.parent)
    edit_workbook(example_set / "budget.xlsx", lambda b: b["Budget"].__setitem__("E3", "femtiotusen"))
    out = tmp_path / "out"
    result = run("build", "--inputs", str(example_set.parent), "--out", str(out))  # both sets, side by side
    assert result.exit_code == 1
    assert error_lines(result) == [
        f"fel: {SET}/budget.xlsx › Budget › E3: väntade ett tal ≥ 0 (kr), fann texten ”femtiotusen”"
    ]
    assert (out / good.name / "budget.docx").is_file()
    assert not (out / SET).exists()


def test_data_left_below_a_long_blank_gap_is_reported(example_set: Path):

    def hide_a_row(book):
        sheet = book["Budget"]
        for column, value in zip("ABDE", (2009, "Utgifter", "Gömd post", 1000), strict=True):
            sheet[f"{column}2000"] = value

    edit_workbook(example_set / "budget.xlsx", hide_a_row)
    result = run("check", "--inputs", str(example_set.parent), SET)
    assert (f"varning: {SET}/budget.xlsx › Budget › rad 2000: raden står efter minst 1\u00a0000 tomma rader och "
            "läses inte; ta bort de tomma raderna ovanför den") in result.stderr.splitlines()


def test_check_says_cross_checks_wait_for_the_errors(example_set: Path):
    edit_workbook(example_set / "budget.xlsx", lambda b: b["Budget"].__setitem__("E3", "femtiotusen"))
    result = run("check", "--inputs", str(example_set.parent), SET)
    assert result.exit_code == 1
    assert result.stdout.strip() == (
        f"{SET}: 1 fel, 0 varningar (korskontrollerna, som kan ge fler varningar, görs när felen är rättade)"
    )
