"""Everything computed for a slutrapport, in one value."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from generator.compute.survey import EnergyTable, QuestionResult, clusters_of, energy_table, question_results
from generator.model import SurveyInputs


@dataclass(frozen=True)
class SurveyFigures:
    results: list[QuestionResult]
    energy: EnergyTable
    research_total: Decimal
    municipalities: list[str]
    respondents: list[str]
    clusters: dict[str, list[str]]


def compute_report(inputs: SurveyInputs) -> SurveyFigures:
    names = list(dict.fromkeys(m.name for m in inputs.municipalities))
    return SurveyFigures(
        results=question_results(inputs.questions, inputs.responses, inputs.municipalities),
        energy=energy_table(inputs.energy),
        research_total=sum((r.amount for r in inputs.research), Decimal(0)),
        municipalities=names,
        respondents=[r.municipality for r in inputs.responses],
        clusters=clusters_of(inputs.municipalities),
    )
