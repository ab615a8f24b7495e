"""Document families: how the inputs of one kind of input set are read, validated and computed.

A family ties the pipeline's first stages together (``records``, ``checks``,
``compute``); what each document kind makes of the result is its context
builder, declared with the kind in :mod:`generator.documents`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from generator.docx.render import DocumentProperties
from generator.problems import Problems


@dataclass
class Prepared:
    """A family's inputs and figures for one set, ready for rendering."""

    inputs: object
    figures: object
    warnings: Problems


class Family(Protocol):
    def prepare(self, folder: Path, documents: list[str], problems: Problems) -> Prepared | None:
        """Read, validate, compute and cross-check; None when errors were found."""

    def properties(
        self, title: str, prepared: Prepared, period: str | None = None, date=None
    ) -> DocumentProperties:
        """Title, author, subject and date of a document titled ``title``, from the inputs; ``period`` when
        the document covers less than the inputs' period (the catalogue says so)."""


def family_of(document: str) -> Family:
    from generator.documents import kind

    return kind(document).family()
