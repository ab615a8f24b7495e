"""The year that has ended: budget against outcome, the goals' follow-up, activities and members.

Avvikelse = Utfall − Budget, per line, group, part and result, and as a whole
percent of the budget (half up; none when the budget is 0).  Every amount is
rounded to whole kronor before summing, as in the budget, so printed columns
add up.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from generator.compute.rounding import percent
from generator.model import BudgetLine, Member, PlanInputs
from generator.schema.contract import BUDGET_PARTS, GOAL_STATUSES


@dataclass(frozen=True)
class Comparison:
    budget: Decimal
    outcome: Decimal

    @property
    def deviation(self) -> Decimal:
        return self.outcome - self.budget

    @property
    def deviation_percent(self) -> int | None:
        return percent(self.deviation, self.budget) if self.budget else None


@dataclass(frozen=True)
class OutcomeLine:
    line: BudgetLine
    comparison: Comparison


@dataclass(frozen=True)
class OutcomeGroup:
    name: str | None
    lines: tuple[OutcomeLine, ...]

    @property
    def comparison(self) -> Comparison:
        return _sum(line.comparison for line in self.lines)


@dataclass(frozen=True)
class OutcomePart:
    name: str
    groups: tuple[OutcomeGroup, ...]

    @property
    def lines(self) -> tuple[OutcomeLine, ...]:
        return tuple(line for group in self.groups for line in group.lines)

    @property
    def comparison(self) -> Comparison:
        return _sum(group.comparison for group in self.groups)


@dataclass(frozen=True)
class YearOutcome:
    year: int
    expenses: OutcomePart
    income: OutcomePart

    @property
    def parts(self) -> tuple[OutcomePart, OutcomePart]:
        return (self.expenses, self.income)

    @property
    def result(self) -> Comparison:
        """Inkomster − Utgifter for the budget and for the outcome."""
        income, expenses = self.income.comparison, self.expenses.comparison
        return Comparison(income.budget - expenses.budget, income.outcome - expenses.outcome)

    @property
    def without_outcome(self) -> tuple[BudgetLine, ...]:
        """Budgeted lines for which no outcome is given."""
        return tuple(o.line for o in (*self.expenses.lines, *self.income.lines)
                     if o.line.outcome is None and o.line.in_budget)

    @property
    def without_budget(self) -> tuple[BudgetLine, ...]:
        """Lines with an outcome that the budget lacks."""
        return tuple(o.line for o in (*self.expenses.lines, *self.income.lines) if not o.line.in_budget)


def _sum(comparisons: Iterable[Comparison]) -> Comparison:
    budget, outcome = Decimal(0), Decimal(0)
    for c in comparisons:
        budget += c.budget
        outcome += c.outcome
    return Comparison(budget, outcome)


def outcome_year(lines: Iterable[BudgetLine]) -> int | None:
    """The latest year with any outcome, or None when the budget has none."""
    years = [line.year for line in lines if line.outcome is not None]
    return max(years) if years else None


def compute_outcome(lines: Iterable[BudgetLine], year: int) -> YearOutcome:
    lines = [line for line in lines if line.year == year]
    parts = []
    for part in BUDGET_PARTS:
        order: dict[str | None, list[OutcomeLine]] = {}
        for line in lines:
            if line.part != part:
                continue
            budget = line.kronor if line.in_budget else Decimal(0)
            outcome = line.outcome_kronor if line.outcome is not None else Decimal(0)
            order.setdefault(line.group, []).append(OutcomeLine(line, Comparison(budget, outcome)))
        parts.append(OutcomePart(part, tuple(OutcomeGroup(name, tuple(items)) for name, items in order.items())))
    return YearOutcome(year, parts[0], parts[1])


def goal_key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


@dataclass(frozen=True)
class MemberChanges:
    start: tuple[Member, ...]
    end: tuple[Member, ...]
    joined: tuple[Member, ...]
    left: tuple[Member, ...]


def _member_on(member: Member, day: dt.date) -> bool:
    """A member on ``day``: joined by then (or a member without a date of joining) and not yet left.

    Rows with status Intresserad, and Ny or Avböjt without a date of joining, were never members."""
    if member.joined is None and member.status not in ("Medlem",) and member.left is None:
        return False
    if member.status == "Intresserad":
        return False
    joined = member.joined is None or member.joined <= day
    return joined and (member.left is None or member.left > day)


def member_changes(members: Iterable[Member], year: int) -> MemberChanges:
    members = list(members)
    before = dt.date(year, 1, 1) - dt.timedelta(days=1)
    last = dt.date(year, 12, 31)
    return MemberChanges(
        start=tuple(m for m in members if _member_on(m, before)),
        end=tuple(m for m in members if _member_on(m, last)),
        joined=tuple(m for m in members if m.joined is not None and m.joined.year == year),
        left=tuple(m for m in members if m.left is not None and m.left.year == year),
    )


@dataclass(frozen=True)
class FollowUpFigures:
    year: int
    outcome: YearOutcome
    members: MemberChanges
    status_counts: tuple[tuple[str, int], ...]


def compute_follow_up(inputs: PlanInputs, year: int) -> FollowUpFigures:
    counts = tuple((status, sum(1 for f in inputs.follow_ups if f.status == status)) for status in GOAL_STATUSES)
    return FollowUpFigures(year, compute_outcome(inputs.budget_lines, year), member_changes(inputs.members, year),
                           counts)
