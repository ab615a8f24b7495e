"""The calculation rules, one by one, on hand-made records (no files)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from generator.compute.budget import compute_budget
from generator.compute.fees import compute_fees, exact_fee
from generator.compute.rounding import half_up, percent, whole
from generator.formatting import kronor, long_date, number
from generator.formatting import percent as format_percent
from generator.model import BudgetLine, FeeRule, Member, Sources
from generator.problems import Place

RULE = FeeRule(Decimal(3000), Decimal("0.20"), 150000, 2009, Sources())


def member(name: str, population: int | None, status: str = "Medlem") -> Member:
    return Member(name, population, status, None, Sources({"Invånare": Place("medlemmar.xlsx", "Medlemmar", "B2")}))


def line(year: int, part: str, amount, group: str | None = None, item: str = "Post") -> BudgetLine:
    return BudgetLine(
        year,
        part,
        group,
        item,
        Decimal(str(amount)),
        None,
        None,
        Sources({"Belopp": Place("budget.xlsx", "Budget", "E2")}),
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.5", 1),
        ("1.5", 2),
        ("2.5", 3),
        ("-0.5", -1),
        ("-2.5", -3),
        ("12901.8", 12902),
        ("0.49", 0),
    ],
)
def test_half_up_never_rounds_to_even(value: str, expected: int):
    assert whole(Decimal(value)) == expected


def test_half_up_with_decimals():
    assert half_up(Decimal("16766.65"), 1) == Decimal("16766.7")
    assert half_up(0.125, 2) == Decimal("0.13")  # floats go through their shortest repr


def test_percent_half_up():
    assert percent(5, 8) == 63  # 62,5 % → 63 %
    assert percent(48, 65) == 74
    assert percent(1, 3) == 33
    assert percent(0, 0) is None


def test_fee_rule_with_cap_and_rounding():
    assert exact_fee(RULE, 31316) == Decimal("9263.20")
    assert exact_fee(RULE, 278319) == Decimal("33000.00")  # capped
    table = compute_fees(RULE, [member("Hässleholm", 49509), member("Lycksele", 12577)])
    assert [row.fee for row in table.rows] == [12902, 5515]  # 12 901,8 ↑ and 5 515,4 ↓


def test_x_comma_5_rounds_up():
    rule = FeeRule(Decimal(0), Decimal("0.5"), None, 2022, Sources())
    table = compute_fees(rule, [member("A", 1), member("B", 3), member("C", 5)])
    assert [row.fee for row in table.rows] == [1, 2, 3]  # 0,5→1, 1,5→2, 2,5→3 (banker's would give 0, 2, 2)


def test_fee_totals_are_sums_of_rounded_fees():
    # three fees of x,4 each: sum of exact = 3 × 0,4 more than the rounded sum
    rule = FeeRule(Decimal(0), Decimal("0.2"), None, 2009, Sources())
    table = compute_fees(rule, [member("A", 2), member("B", 7), member("C", 12)])  # 0,4; 1,4; 2,4
    assert [row.fee for row in table.rows] == [0, 1, 2]
    assert table.subtotal("Medlem") == 3
    assert sum(row.exact for row in table.rows) == Decimal("4.2")


def test_declined_pays_nothing_and_expected_income_is_members_and_new():
    table = compute_fees(
        RULE,
        [
            member("A", 10000),
            member("B", None, "Avböjt"),
            member("C", 20000, "Ny"),
            member("D", 30000, "Intresserad"),
        ],
    )
    assert table.rows[1].fee is None
    assert table.subtotal("Medlem") == 5000
    assert table.subtotal("Ny") == 7000
    assert table.subtotal("Intresserad") == 9000
    assert table.expected_income == 12000
    assert table.statuses == ("Medlem", "Ny", "Intresserad", "Avböjt")


def test_budget_groups_totals_and_result():
    budgets = compute_budget(
        [
            line(2009, "Utgifter", 270000, "Kansli"),
            line(2009, "Utgifter", 20000, "Kansli"),
            line(2009, "Utgifter", 100000, "Ut"),
            line(2009, "Inkomster", 390000),
            line(2008, "Utgifter", 5),
            line(2009, "Utgifter", 1, "Kansli"),
        ]
    )
    assert [b.year for b in budgets] == [2008, 2009]
    b2009 = budgets[1]
    assert [(g.name, g.subtotal) for g in b2009.expenses.groups] == [("Kansli", 290001), ("Ut", 100000)]
    assert b2009.expenses.total == 390001
    assert b2009.income.total == 390000
    assert b2009.result == -1
    assert budgets[0].result == -5


def test_budget_amounts_with_ore_are_summed_as_printed():
    budget = compute_budget([line(2020, "Utgifter", "0.5"), line(2020, "Utgifter", "0.5")])[0]
    assert budget.expenses.total == 2  # each line prints as 1


def test_swedish_formats():
    nbsp = "\u00a0"
    assert kronor(758000) == f"758{nbsp}000"
    assert number(Decimal("0.2"), 2) == "0,20"
    assert number(Decimal("16766.65"), 1) == f"16{nbsp}766,7"
    assert format_percent(88) == f"88{nbsp}%"
    import datetime as dt

    assert long_date(dt.date(2008, 6, 26)) == "26 juni 2008"
