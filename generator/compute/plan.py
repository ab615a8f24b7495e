"""Everything computed for a verksamhetsplan and budget, in one value."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from generator.compute.budget import YearBudget, compute_budget
from generator.compute.fees import FeeTable, compute_fees
from generator.model import PlanInputs


@dataclass(frozen=True)
class PlanFigures:
    budgets: list[YearBudget]
    fees: FeeTable | None
    projects_total: Decimal


def compute_plan(inputs: PlanInputs) -> PlanFigures:
    fees = compute_fees(inputs.fee_rule, inputs.members) if inputs.fee_rule is not None else None
    total = sum((p.amount for p in inputs.projects), Decimal(0))
    return PlanFigures(compute_budget(inputs.budget_lines), fees, total)
