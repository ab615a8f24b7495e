"""Document families: how the documents of one kind of input set are read, computed and rendered.

A family ties the pipeline's stages together for its documents; the stages
themselves live in ``records``, ``compute``, ``checks`` and ``context``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from generator.docx.render import DocumentProperties
from generator.ledger import Ledger
from generator.problems import Problems


@dataclass
class Prepared:
    """A family's inputs and figures for one set, ready for rendering."""

    inputs: object
    figures: object
    warnings: Problems


class Family(Protocol):
    documents: tuple[str, ...]

    def warm_up(self) -> None:
        """Called before a build that will render: start anything slow that rendering needs later."""

    def prepare(self, folder: Path, documents: list[str], problems: Problems) -> Prepared | None:
        """Read, validate, compute and cross-check; None when errors were found."""

    def context(
        self,
        document: str,
        prepared: Prepared,
        ledger: Ledger,
        template: object,
        draw: bool = True,
        cache: Path | None = None,
    ) -> dict:
        """The render context of ``document``; ``template`` is the docxtpl template (for images).

        ``draw=False`` skips drawing charts (a trial render only checks the template); ``cache`` is a
        folder of charts drawn by earlier builds.
        """

    def properties(self, document: str, prepared: Prepared) -> DocumentProperties:
        """Title, author, subject and date of ``document``, from the inputs."""


def family_of(document: str) -> Family:
    if document in ("verksamhetsplan", "budget"):
        from generator.families.plan import PLAN_FAMILY

        return PLAN_FAMILY
    from generator.families.survey import SURVEY_FAMILY

    return SURVEY_FAMILY
