"""new-year: a draft of the next period beside the old set, which stays byte-identical."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.helpers import NBSP, document_lines, run, table_rows, tree_digest

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
    assert "26 juni 2009" in plan


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
