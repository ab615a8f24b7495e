"""Property tests: for any budget and member list, printed rows add up to printed totals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.compute.plan import compute_plan
from generator.context.plan import plan_catalogue
from generator.model import BudgetLine, FeeRule, Member, PlanInfo, PlanInputs, Sources
from generator.problems import Place
from generator.schema.types import Period
from tests.helpers import budget_row, parse_kronor, run, table_rows, write_plan_set

PLACE = Sources({"Belopp": Place("budget.xlsx", "Budget", "E2"), "Invånare": Place("m.xlsx", "M", "B2")})
INFO = PlanInfo("Nätverket", Period(2020, 2021), "Plan", dt.date(2020, 1, 1), "Kansliet")

amounts = st.decimals(min_value=0, max_value=10_000_000, places=2, allow_nan=False, allow_infinity=False)
lines = st.lists(
    st.builds(
        lambda year, part, group, amount: BudgetLine(year, part, group, "Post", amount, None, None, PLACE),
        st.sampled_from([2020, 2021]),
        st.sampled_from(["Utgifter", "Inkomster"]),
        st.sampled_from([None, "Personal", "Drift", "Projekt"]),
        amounts,
    ),
    min_size=1,
    max_size=30,
)
members = st.lists(
    st.builds(
        lambda name, population, status: Member(name, population, status, None, PLACE),
        st.text(min_size=1, max_size=8),
        st.integers(min_value=0, max_value=2_000_000),
        st.sampled_from(["Medlem", "Ny", "Intresserad", "Avböjt"]),
    ),
    max_size=40,
)
rules = st.builds(
    lambda fixed, per, cap: FeeRule(fixed, per, cap, 2021, Sources()),
    st.decimals(min_value=0, max_value=10000, places=0),
    st.decimals(min_value=0, max_value=5, places=2),
    st.one_of(st.none(), st.integers(min_value=0, max_value=500_000)),
)


@given(lines)
@settings(max_examples=200)
def test_printed_budget_rows_add_up_to_printed_totals(budget_lines):
    inputs = PlanInputs(info=INFO, budget_lines=budget_lines)
    catalogue = plan_catalogue(inputs, compute_plan(inputs))
    years = sorted({line.year for line in budget_lines})
    for year in years:
        (table,) = catalogue.blocks[f"budget-{year}"].contents
        part_totals: dict[str, int] = {}
        part, group_sum, part_sum = None, 0, 0
        for row in table.rows:
            label, amount = row.cells[0], row.cells[1]
            if row.kind == "group" and label in ("Utgifter", "Inkomster"):
                part, part_sum, group_sum = label, 0, 0
            elif row.kind == "group":
                group_sum = 0
            elif row.kind == "data":
                group_sum += parse_kronor(amount)
                part_sum += parse_kronor(amount)
            elif row.kind == "subtotal":
                assert parse_kronor(amount) == group_sum
            elif label.startswith("Summa"):
                assert parse_kronor(amount) == part_sum
                part_totals[part] = part_sum
            else:  # the result
                assert parse_kronor(amount) == part_totals.get("Inkomster", 0) - part_totals.get("Utgifter", 0)


@given(members, rules)
@settings(max_examples=200)
def test_printed_fee_column_adds_up(member_list, rule):
    inputs = PlanInputs(info=INFO, members=member_list, fee_rule=rule)
    (table,) = plan_catalogue(inputs, compute_plan(inputs)).blocks["avgiftstabell"].contents
    expected = 0
    section, printed = "", []
    for row in table.rows:
        name, fee = row.cells[0], row.cells[2]
        if row.kind == "group":
            section, printed = name, []
        elif row.kind == "data":
            if fee != "–":
                printed.append(parse_kronor(fee))
            elif section.startswith("Har avböjt"):
                continue
        elif row.kind == "subtotal":
            assert parse_kronor(fee) == sum(printed)
            if section.startswith(("Medlemmar", "Har beslutat")):
                expected += sum(printed)
        else:
            assert parse_kronor(fee) == expected
        if section.startswith("Har avböjt"):
            assert printed == []


@given(
    st.lists(st.tuples(st.sampled_from(["Utgifter", "Inkomster"]), st.integers(0, 5_000_000)), min_size=1, max_size=8)
)
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_rendered_budget_document_adds_up(tmp_path: Path, rows):
    folder = tmp_path / "inputs" / f"set-{abs(hash(tuple(rows)))}"
    write_plan_set(
        folder, budget_rows=[budget_row(2022, part, f"Post {i}", amount) for i, (part, amount) in enumerate(rows)]
    )
    out = tmp_path / "out"
    result = run("build", "--inputs", str(folder.parent), "--out", str(out), folder.name)
    assert result.exit_code == 0, result.stderr
    detail = next(t for t in table_rows(out / folder.name / "budget.docx") if t[0][0] == "Post")
    for part in ("Utgifter", "Inkomster"):
        expected = sum(amount for p, amount in rows if p == part)
        total = next(r for r in detail if r[0] == f"Summa {part.lower()}")
        assert parse_kronor(total[1]) == expected
