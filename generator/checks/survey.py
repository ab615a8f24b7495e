"""Warnings for the slutrapport beyond those found while reading (two clusters, unknown respondents)."""

from __future__ import annotations

from generator.compute.report import SurveyFigures
from generator.model import SurveyInputs
from generator.problems import Place, Problems


def check_report(inputs: SurveyInputs, figures: SurveyFigures) -> Problems:
    problems = Problems()
    info = inputs.info
    if info is not None and info.commissioned is not None and info.commissioned != len(figures.municipalities):
        problems.warning(
            Place("slutrapport.xlsx", "Kommuner"),
            f"uppdraget anger {info.commissioned} kommuner men bladet Kommuner har {len(figures.municipalities)}",
        )
    respondents = set(figures.respondents)
    for question in inputs.questions:
        if question.type in ("val", "skala", "flerval") and not any(
            question.id in r.answers for r in inputs.responses if r.municipality in respondents
        ):
            problems.warning(question.place, f"ingen kommun har besvarat frågan {question.id}")
    return problems
