"""The slutrapport: slutrapport.xlsx."""

from __future__ import annotations

from pathlib import Path

from generator.checks.survey import check_report
from generator.checks.user_tables import check_user_tables
from generator.compute.report import compute_report
from generator.docx.render import DocumentProperties
from generator.families import Prepared
from generator.problems import Place, Problems
from generator.records.survey import read_survey_inputs


class SurveyFamily:
    def prepare(self, folder: Path, documents: list[str], problems: Problems) -> Prepared | None:
        inputs = read_survey_inputs(folder, problems)
        if not problems.errors and not inputs.municipalities:
            problems.error(Place("slutrapport.xlsx", "Kommuner"), "bladet har inga kommuner")
        if problems.errors:
            return None
        figures = compute_report(inputs)
        warnings = check_report(inputs, figures)
        warnings.extend(check_user_tables(inputs.user_tables))
        return Prepared(inputs, figures, warnings)

    def properties(
        self, title: str, prepared: Prepared, period: str | None = None, date=None
    ) -> DocumentProperties:
        info = prepared.inputs.info  # type: ignore[attr-defined]
        return DocumentProperties(
            title=info.title,
            author=info.agency,
            subject=f"{info.programme} {info.period}",
            date=date or info.date,
            keywords=f"{info.programme}; slutrapport; {info.period}",
        )


SURVEY_FAMILY = SurveyFamily()
