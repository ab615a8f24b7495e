"""new-year: a draft of the next period beside the old set, which stays byte-identical."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.helpers import NBSP, budget_row, document_lines, run, table_rows, tree_digest, write_plan_set

OLD = "klimatkommunerna-2008-2009"
NEW = "klimatkommunerna-2009-2010"


def test_new_year_round_trip(example_set: Path, tmp_path: Path):
    inputs = example_set.parent
    before = tree_digest(example_set)
    result = run("new-year", "--inputs", str(inputs), OLD)
    assert result.exit_code == 0, result.stderr
    assert tree_digest(example_set) == before, "the old set must not change"
    review = result.output
    assert "Att granska:" in review
    copied = f"Budget 2010: inkomster ”Medlemsavgifter” 390{NBSP}000 kr (kopierad från 2009) – granska beloppet."
    assert copied in review
    assert "Budgetåret 2008 ligger före den nya perioden och är borttaget." in review
    assert "Jönköping hade beslutat att gå med och står nu som Medlem." in review
    assert "Avgiftsåret är nu 2010" in review

    out = tmp_path / "out"
    built = run("build", "--inputs", str(inputs), "--out", str(out), NEW)
    assert built.exit_code == 0, built.stderr
    budget = out / NEW / "budget.docx"
    lines = document_lines(budget)
    assert "Budget 2009" in lines and "Budget 2010" in lines and "Budget 2008" not in lines
    detail = [t for t in table_rows(budget) if t[0] == ["Post", "Belopp (kr)", "Kommentar"]]
    year_2010 = {row[0]: row for row in detail[1]}
    assert year_2010["Summa utgifter"][1] == f"890{NBSP}000"
    assert year_2010["Medlemsavgifter"][2].startswith("ATT GRANSKA. Utkast: beloppet är 2009 års")
    assert any(line.startswith("Utkast: elva poster är markerade ATT GRANSKA") for line in lines)
    highlighted = docx.Document(str(budget)).element.body.xpath('.//w:tc[w:tcPr/w:shd[@w:fill="FFF2CC"]]')
    assert len(highlighted) == 11 * 3, "each line to review is highlighted across its row"
    fees = {row[0]: row[2] for t in table_rows(budget) if t[0][0] == "Medlem" for row in t}
    assert fees["Förväntade avgiftsintäkter 2010"] == f"425{NBSP}110"
    plan = document_lines(out / NEW / "verksamhetsplan.docx")
    assert "2009–2010" in plan and "Förslag till verksamhetsplan och budget 2009–2010" in plan
    assert any("3 november 2009" in line for line in plan)


def test_new_year_refuses_to_overwrite(example_set: Path):
    inputs = example_set.parent
    assert run("new-year", "--inputs", str(inputs), OLD).exit_code == 0
    digest = tree_digest(inputs / NEW)
    again = run("new-year", "--inputs", str(inputs), OLD)
    assert again.exit_code == 1
    assert "finns redan; den skrivs inte över" in again.stderr
    assert tree_digest(inputs / NEW) == digest


def test_new_year_drops_projects_that_ended(example_set: Path):
    inputs = example_set.parent
    run("new-year", "--inputs", str(inputs), OLD, "--to", "steg1")
    result = run("new-year", "--inputs", str(inputs), "steg1", "--to", "steg2")
    assert result.exit_code == 0, result.stderr
    assert "Projektet ”KEMB – kommunala energikrav för ett miljöanpassat byggande” slutade 2009-02" in result.output
    assert "Projektet ”Klimatcoachning – stöd till lokalt klimatarbete i små kommuner” slutade 2009-06" in (
        result.output
    )


# --- the decision status and the review mark are kept apart ------------------------------------------------


def _read_set(folder: Path):
    from generator.problems import Problems
    from generator.records.plan import read_plan_inputs

    problems = Problems()
    inputs = read_plan_inputs(folder, problems)
    assert not problems.errors, [str(p) for p in problems.errors]
    return inputs


MEMBERS_2027 = [
    {"Kommun": "Stockholms stad", "Invånare": 800000, "Status": "Medlem"},
    {"Kommun": "Göteborgs Stad", "Invånare": 490000, "Status": "Medlem"},
    {"Kommun": "Falu kommun", "Invånare": 55000, "Status": "Ny"},
    {"Kommun": "Region Skåne", "Invånare": 1200000, "Status": "Medlem"},
    {"Kommun": "Upplands Väsby kommun", "Invånare": 40000, "Status": "Medlem"},
    {"Kommun": "Ankeborg", "Invånare": 1000, "Status": "Medlem"},
    {"Kommun": "Jönköpings kommun", "Status": "Avböjt"},
]


def _small_set(folder: Path, period: str = "2027-2028", **kwargs) -> Path:
    rows = [
        budget_row(2027, "Utgifter", "Lön", 300000),
        budget_row(2027, "Inkomster", "Medlemsavgifter", 300000),
        budget_row(2028, "Utgifter", "Lön", 310000),
        budget_row(2028, "Utgifter", "Seminarier", 40000, Kommentar="Som 2027, två tillfällen."),
        budget_row(2028, "Inkomster", "Överföring från 2027", 50000),
        budget_row(2028, "Inkomster", "Bidrag Energimyndigheten", 300000, Status="ej beslutat"),
        budget_row(2028, "Inkomster", "Bidrag länsstyrelsen", 100000, Status="att granska"),
    ]
    return write_plan_set(folder, period=period, budget_rows=rows, **kwargs)


def test_new_year_keeps_the_decision_status_apart_from_the_review_mark(tmp_path: Path):
    old = _small_set(tmp_path / "natverket-2027-2028")
    result = run("new-year", str(old))
    assert result.exit_code == 0, result.stderr
    new = _read_set(tmp_path / "natverket-2028-2029")
    lines = {(line.year, line.item): line for line in new.budget_lines}
    grant = lines[(2029, "Bidrag Energimyndigheten")]
    assert (grant.status, grant.review) == ("ej beslutat", True), "copied: status kept, marked for review"
    assert (lines[(2028, "Bidrag Energimyndigheten")].status, lines[(2028, "Bidrag Energimyndigheten")].review) == (
        "ej beslutat",
        False,
    ), "a line of a year that stays is carried as it was"
    old_mark = lines[(2028, "Bidrag länsstyrelsen")]
    assert (old_mark.status, old_mark.review) == (None, True), "the old status 'att granska' becomes the mark"
    assert all(line.review for line in new.budget_lines if line.year == 2029)
    assert not any(line.status == "att granska" for line in new.budget_lines)
    assert (
        "Budget 2029: inkomster ”Bidrag Energimyndigheten” 300\u00a0000 kr (kopierad från 2028; status ej beslutat) "
        "– granska beloppet." in result.output
    )


def test_new_year_flags_carried_text_that_names_a_year(tmp_path: Path):
    old = _small_set(tmp_path / "natverket-2027-2028")
    result = run("new-year", str(old))
    assert result.exit_code == 0, result.stderr
    assert (
        "Budget 2029: posten ”Överföring från 2027” nämner året 2027 och är kopierad från 2028 – "
        "ska det vara ”Överföring från 2028”?" in result.output
    )
    assert (
        "Budget 2029: kommentaren ”Som 2027, två tillfällen.” nämner året 2027 och är kopierad från 2028 – "
        "ska det vara ”Som 2028, två tillfällen.”?" in result.output
    )
    assert "”Lön” nämner" not in result.output


def test_new_year_writes_the_review_list_into_the_new_set(tmp_path: Path):
    old = _small_set(tmp_path / "natverket-2027-2028")
    result = run("new-year", str(old))
    assert result.exit_code == 0, result.stderr
    review_file = tmp_path / "natverket-2028-2029" / "att-granska.txt"
    lines = review_file.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Att granska i natverket-2028-2029 (utkast av plangen new-year ur natverket-2027-2028)"
    items = [line for line in lines if line.startswith("[ ] ")]
    printed = [line[4:] for line in result.output.splitlines() if line.startswith("  – ")]
    assert [item[4:] for item in items] == printed and len(items) > 5, "the file holds the printed list, each boxed"
    assert f"Listan finns också i {review_file}" in result.output


def test_new_year_refuses_a_period_past_the_contract_before_writing(tmp_path: Path):
    old = _small_set(tmp_path / "natverket-2099-2100", period="2099-2100")
    before = set(tmp_path.iterdir())
    result = run("new-year", str(old))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "fel: natverket-2099-2100: nästa period 2100-2101 kan inte skrivas: plan.xlsx › Uppgifter › Period "
        "väntade en period av år (t.ex. 2008-2009), fann texten ”2100-2101”; inget är skrivet"
    ]
    assert set(tmp_path.iterdir()) == before, "nothing written, not even a staging folder"


def test_new_year_errors_are_one_swedish_line(tmp_path: Path):
    old = _small_set(tmp_path / "natverket-2027-2028", members=MEMBERS_2027)
    inside = run("new-year", str(old), "--to", str(old / "nästa"))
    assert inside.exit_code == 1
    assert len(inside.stderr.splitlines()) == 1 and inside.stderr.startswith("fel: natverket-2027-2028: ")
    assert "mängden ändras aldrig" in inside.stderr
    assert not (old / "nästa").exists()
    missing = run("new-year", str(old), "--to", str(tmp_path / "saknas" / "ny"))
    assert missing.exit_code == 1 and len(missing.stderr.splitlines()) == 1
    assert "mappen" in missing.stderr and "finns inte" in missing.stderr
    no_file = run("new-year", str(old), "--folkmangd", str(tmp_path / "ingen.csv"))
    assert no_file.exit_code == 1
    assert no_file.stderr.splitlines() == [
        "fel: natverket-2027-2028: folkmängden i ingen.csv kan inte läsas: filen finns inte"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["natverket-2027-2028"]
