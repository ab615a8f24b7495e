"""The slutrapport: slutrapport.xlsx."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from generator.checks.survey import check_report
from generator.compute.report import compute_report
from generator.docx.render import DocumentProperties
from generator.families import Prepared
from generator.ledger import Ledger
from generator.problems import Place, Problems
from generator.records.survey import read_survey_inputs


def _blank_png() -> bytes:
    """A 1×1 white PNG, placed instead of charts in a trial render."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff"))
        + chunk(b"IEND", b"")
    )


BLANK_PNG = _blank_png()


class SurveyFamily:
    documents = ("slutrapport",)

    def warm_up(self) -> None:
        """About to render: let chart processes import matplotlib while the workbook is read."""
        from generator.charts import start_workers

        start_workers()

    def prepare(self, folder: Path, documents: list[str], problems: Problems) -> Prepared | None:
        inputs = read_survey_inputs(folder, problems)
        if not problems.errors and not inputs.municipalities:
            problems.error(Place("slutrapport.xlsx", "Kommuner"), "bladet har inga kommuner")
        if problems.errors:
            return None
        figures = compute_report(inputs)
        return Prepared(inputs, figures, check_report(inputs, figures))

    def context(
        self,
        document: str,
        prepared: Prepared,
        ledger: Ledger,
        template: object,
        draw: bool = True,
        cache: Path | None = None,
    ) -> dict:
        """The report's context; its charts are drawn together, once each, only when rendering.

        ``draw=False`` (a trial render by ``check``) places a blank image instead of each chart.
        """
        from generator.charts import ChartSpec, draw_all
        from generator.context.survey import survey_context
        from generator.docx.images import image_factory

        place_image = image_factory(template)
        wanted: list[ChartSpec] = []
        drawn: dict[ChartSpec, bytes] = {}

        def make_image(spec: ChartSpec, alt_text: str, title: str) -> object:
            wanted.append(spec)
            return place_image(lambda: drawn[spec], alt_text, title)

        context = survey_context(prepared.inputs, prepared.figures, ledger, make_image)  # type: ignore[arg-type]
        if template is not None:
            drawn.update(draw_all(wanted, cache) if draw else dict.fromkeys(wanted, BLANK_PNG))
        return context

    def properties(self, document: str, prepared: Prepared) -> DocumentProperties:
        info = prepared.inputs.info  # type: ignore[attr-defined]
        return DocumentProperties(
            title=info.title,
            author=info.agency,
            subject=f"{info.programme} {info.period}",
            date=info.date,
            keywords=f"{info.programme}; slutrapport; {info.period}",
        )


SURVEY_FAMILY = SurveyFamily()
