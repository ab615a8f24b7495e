"""The verksamhetsplan and budget: plan.xlsx, budget.xlsx, medlemmar.xlsx."""

from __future__ import annotations

from pathlib import Path

from generator.checks.plan import check_plan
from generator.compute.plan import PlanFigures, compute_plan
from generator.context.plan import plan_context
from generator.docx.render import DocumentProperties
from generator.families import Prepared
from generator.ledger import Ledger
from generator.model import PlanInputs
from generator.problems import Place, Problems
from generator.records.plan import read_plan_inputs


class PlanFamily:
    documents = ("verksamhetsplan", "budget")

    def warm_up(self) -> None:
        """Nothing to start ahead: the plan and budget have no charts."""

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
        return Prepared(inputs, figures, check_plan(inputs, figures.budgets, figures.fees))

    def context(
        self,
        document: str,
        prepared: Prepared,
        ledger: Ledger,
        template: object,
        draw: bool = True,
        cache: Path | None = None,
    ) -> dict:
        inputs: PlanInputs = prepared.inputs  # type: ignore[assignment]
        figures: PlanFigures = prepared.figures  # type: ignore[assignment]
        return plan_context(inputs, figures, ledger)

    def properties(self, document: str, prepared: Prepared) -> DocumentProperties:
        info = prepared.inputs.info  # type: ignore[attr-defined]
        kind = "Verksamhetsplan" if document == "verksamhetsplan" else "Budgetförslag"
        return DocumentProperties(
            title=f"{kind} {info.organisation} {info.period}",
            author=info.author,
            subject=info.title,
            date=info.date,
            keywords=f"{info.organisation}; {kind.lower()}; {info.period}",
        )


PLAN_FAMILY = PlanFamily()
