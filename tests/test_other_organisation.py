"""Another organisation's workbooks – other years, groups and members – with the same templates."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import NBSP, document_lines, run, table_rows
from tests.other_sets import write_other_organisation


def test_other_organisation_renders_with_every_total_recomputed(tmp_path: Path):
    folder = write_other_organisation(tmp_path / "inputs")
    out = tmp_path / "out"
    result = run("build", "--inputs", str(folder.parent), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    budget = out / "norr-2021-2023" / "budget.docx"
    lines = document_lines(budget)
    assert "Budget 2021" in lines and "Budget 2022" in lines and "Budget 2023" in lines
    summary = next(t for t in table_rows(budget) if t[0][0] == "År")
    assert summary[1:] == [
        ["2021", f"984{NBSP}750", f"970{NBSP}000", f"−14{NBSP}750"],
        ["2022", f"625{NBSP}000", f"660{NBSP}001", f"35{NBSP}001"],
        ["2023", f"10{NBSP}000", f"10{NBSP}000", "0"],
    ]
    detail = [t for t in table_rows(budget) if t[0][0] == "Post"]
    rows_2021 = {row[0]: row[1] for row in detail[0]}
    assert rows_2021["Summa Personal"] == f"900{NBSP}500"
    assert rows_2021["Summa Drift"] == f"84{NBSP}250"
    assert rows_2021["Lokaler & IT <delat>"] == f"84{NBSP}250"
    fees = {row[0]: row[2] for t in table_rows(budget) if t[0][0] == "Medlem" for row in t}
    # 5 000 + 0,5 × 22 423 = 16 211,5 → 16 212 (half up); no cap
    assert fees["Kiruna"] == f"16{NBSP}212"
    assert fees["Gällivare"] == f"13{NBSP}780"  # 13 779,5 → 13 780
    assert fees["Pajala"] == f"8{NBSP}022"  # 8 021,5 → 8 022
    assert fees["Summa medlemmar"] == f"29{NBSP}992"
    assert fees["Förväntade avgiftsintäkter 2022"] == f"38{NBSP}014"
    assert fees["Arjeplog"] == "–"
    assert "Energinätverket Norr" in lines
    warnings = [line for line in result.stderr.splitlines() if line.startswith("varning:")]
    assert (
        f"varning: norr-2021-2023/budget.xlsx › Budget › E5: angiven summa ”Summa” är 999{NBSP}999 kr men "
        f"summan för Drift 2021 beräknas till 84{NBSP}250 kr; den beräknade summan används"
    ) in warnings
    assert any("budgeten 2021 går inte ihop" in w for w in warnings)
    assert any("E9: Medlemsavgifter 2022 är 60" in w and "38" in w for w in warnings)
    plan_lines = document_lines(out / "norr-2021-2023" / "verksamhetsplan.docx")
    assert "Halvera utsläppen till 2030." in plan_lines
    assert "Övergripande" in plan_lines
