"""Warnings for the verksamhetsplan and budget: stated totals, fee income, balance, period."""

from __future__ import annotations

from decimal import Decimal

from generator.compute.budget import YearBudget
from generator.compute.fees import FeeTable
from generator.formatting import kronor
from generator.model import PlanInputs, StatedTotal
from generator.problems import Place, Problems

FEE_LINE = "medlemsavgifter"
BUDGET_SHEET = Place("budget.xlsx", "Budget")


def stated_total_target(total: StatedTotal, budgets: dict[int, YearBudget]) -> tuple[str, Decimal] | None:
    """Which recomputed figure a Summa/Totalt row states, and its value."""
    budget = budgets.get(total.year)
    if budget is None:
        return None
    part = budget.expenses if total.part == "Utgifter" else budget.income
    if total.group:
        group = next((g for g in part.groups if g.name == total.group), None)
        if group is None:
            return None
        return f"summan för {total.group} {total.year}", group.subtotal
    return f"summa {part.name.lower()} {total.year}", part.total


def check_plan(inputs: PlanInputs, budgets: list[YearBudget], fees: FeeTable | None) -> Problems:
    problems = Problems()
    by_year = {b.year: b for b in budgets}
    for total in inputs.stated_totals:
        target = stated_total_target(total, by_year)
        if target is None:
            problems.warning(total.place, f"”{total.label}” {total.year} hör inte till någon beräknad summa")
        elif total.amount is not None and total.amount != target[1]:
            problems.warning(
                total.place,
                f"angiven summa ”{total.label}” är {kronor(total.amount)} kr men {target[0]} beräknas till "
                f"{kronor(target[1])} kr; den beräknade summan används",
            )
    for budget in budgets:
        if budget.result != 0:
            word = "överskott" if budget.result > 0 else "underskott"
            problems.warning(
                BUDGET_SHEET,
                f"budgeten {budget.year} går inte ihop: inkomster {kronor(budget.income.total)} "
                f"kr, utgifter {kronor(budget.expenses.total)} kr ({word} {kronor(abs(budget.result))} kr)",
            )
    if fees is not None:
        for line in inputs.budget_lines:
            is_fee_line = line.item.strip().casefold() == FEE_LINE and line.part == "Inkomster"
            if is_fee_line and line.year == fees.rule.year and line.kronor != fees.expected_income:
                problems.warning(
                    line.place,
                    f"Medlemsavgifter {line.year} är {kronor(line.kronor)} kr men avgiftstabellen ger "
                    f"{kronor(fees.expected_income)} kr (medlemmar {kronor(fees.subtotal('Medlem'))} kr + "
                    f"nya {kronor(fees.subtotal('Ny'))} kr)",
                )
    if inputs.info is not None:
        outside = sorted({b.year for b in budgets} - set(inputs.info.period.years))
        for year in outside:
            problems.warning(BUDGET_SHEET, f"året {year} ligger utanför perioden {inputs.info.period}")
    return problems
