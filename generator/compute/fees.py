"""Membership fees: fixed + per inhabitant × min(inhabitants, cap), half up to whole kronor."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from generator.compute.rounding import whole
from generator.model import FeeRule, Member
from generator.schema.contract import MEMBER_STATUSES

#: Statuses whose fees the network expects to receive in the fee year.
PAYING_STATUSES = ("Medlem", "Ny")
DECLINED = "Avböjt"


def exact_fee(rule: FeeRule, population: int) -> Decimal:
    counted = min(population, rule.population_cap) if rule.population_cap is not None else population
    return rule.fixed + rule.per_inhabitant * counted


@dataclass(frozen=True)
class FeeRow:
    member: Member
    exact: Decimal | None
    """The unrounded fee; None for members who declined."""

    @property
    def fee(self) -> int | None:
        """The fee as printed and summed: whole kronor, half up."""
        return whole(self.exact) if self.exact is not None else None

    def capped(self, rule: FeeRule) -> bool:
        return (
            rule.population_cap is not None
            and self.member.population is not None
            and self.member.population > rule.population_cap
        )


@dataclass(frozen=True)
class FeeTable:
    rule: FeeRule
    rows: tuple[FeeRow, ...]

    def rows_with(self, status: str) -> tuple[FeeRow, ...]:
        return tuple(row for row in self.rows if row.member.status == status)

    def subtotal(self, status: str) -> int:
        """Sum of the rounded fees of one status, so the printed column adds up."""
        return sum(row.fee or 0 for row in self.rows_with(status))

    @property
    def expected_income(self) -> int:
        """Fees the network will receive in the fee year: members and those who decided to join."""
        return sum(self.subtotal(status) for status in PAYING_STATUSES)

    @property
    def statuses(self) -> tuple[str, ...]:
        """Statuses present, in the contract's order."""
        present = {row.member.status for row in self.rows}
        return tuple(s for s in MEMBER_STATUSES if s in present)


def compute_fees(rule: FeeRule, members: Iterable[Member]) -> FeeTable:
    rows = tuple(
        FeeRow(m, None if m.status == DECLINED or m.population is None else exact_fee(rule, m.population))
        for m in members
    )
    return FeeTable(rule, rows)
