"""The verksamhetsplan and budget: plan.xlsx, budget.xlsx, medlemmar.xlsx."""

from __future__ import annotations

from pathlib import Path

from generator.checks.outcome import check_outcome
from generator.checks.plan import check_plan
from generator.checks.user_tables import check_user_tables
from generator.compute.plan import compute_plan
from generator.docx.render import DocumentProperties
from generator.families import Prepared
from generator.problems import Place, Problems
from generator.records.plan import read_plan_inputs


class PlanFamily:
    def prepare(self, folder: Path, documents: list[str], problems: Problems) -> Prepared | None:
        inputs = read_plan_inputs(folder, problems)
        if not inputs.has_plan:
            problems.error(
                Place("plan.xlsx"),
                "filen saknas; den behövs för organisationens uppgifter "
                "(bladet Uppgifter) i både verksamhetsplan och budget",
            )
        if inputs.has_budget and not inputs.budget_lines and not problems.errors:
            problems.error(Place("budget.xlsx", "Budget"), "bladet har inga budgetrader")
        if problems.errors:
            return None
        figures = compute_plan(inputs)
        warnings = check_plan(inputs, figures.budgets, figures.fees)
        warnings.extend(check_user_tables(inputs.user_tables))
        warnings.extend(check_outcome(inputs))
        return Prepared(inputs, figures, warnings)

    def properties(
        self, title: str, prepared: Prepared, period: str | None = None, date=None
    ) -> DocumentProperties:
        info = prepared.inputs.info  # type: ignore[attr-defined]
        period = period or str(info.period)
        return DocumentProperties(
            title=f"{title} {info.organisation} {period}",
            author=info.author,
            subject=info.title,
            date=date or info.date,
            keywords=f"{info.organisation}; {title.lower()}; {period}",
        )


PLAN_FAMILY = PlanFamily()
