"""Budget per year: group subtotals, part totals and the result."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from generator.model import BudgetLine
from generator.schema.contract import BUDGET_PARTS


@dataclass(frozen=True)
class BudgetGroup:
    name: str | None
    lines: tuple[BudgetLine, ...]

    @property
    def subtotal(self) -> Decimal:
        return sum((line.kronor for line in self.lines), Decimal(0))


@dataclass(frozen=True)
class BudgetPart:
    name: str
    groups: tuple[BudgetGroup, ...]

    @property
    def lines(self) -> tuple[BudgetLine, ...]:
        return tuple(line for group in self.groups for line in group.lines)

    @property
    def total(self) -> Decimal:
        return sum((group.subtotal for group in self.groups), Decimal(0))


@dataclass(frozen=True)
class YearBudget:
    year: int
    expenses: BudgetPart
    income: BudgetPart

    @property
    def parts(self) -> tuple[BudgetPart, BudgetPart]:
        return (self.expenses, self.income)

    @property
    def result(self) -> Decimal:
        """Inkomster − Utgifter: positive is a surplus."""
        return self.income.total - self.expenses.total


def group_lines(lines: Iterable[BudgetLine]) -> tuple[BudgetGroup, ...]:
    """Group lines by ``group`` in order of first appearance; lines keep their order."""
    order: dict[str | None, list[BudgetLine]] = {}
    for line in lines:
        order.setdefault(line.group, []).append(line)
    return tuple(BudgetGroup(name, tuple(members)) for name, members in order.items())


def compute_budget(lines: Iterable[BudgetLine]) -> list[YearBudget]:
    """One :class:`YearBudget` per year present in ``lines``, years ascending."""
    lines = [line for line in lines if line.in_budget]  # lines with only an outcome are in no budget
    years = sorted({line.year for line in lines})
    result = []
    for year in years:
        parts = [
            BudgetPart(part, group_lines(line for line in lines if line.year == year and line.part == part))
            for part in BUDGET_PARTS
        ]
        result.append(YearBudget(year, parts[0], parts[1]))
    return result
