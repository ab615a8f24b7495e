"""Document families: how the documents of one kind of input set are read, computed and catalogued.

A family ties the pipeline's stages together for its documents; the stages
themselves live in ``records``, ``compute``, ``checks`` and ``context``.  What
a document kind adds is declared in :mod:`generator.documents`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from generator.blocks import Catalogue
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

    def catalogue(self, document: str, prepared: Prepared) -> Catalogue:
        """Every block and figure ``document`` can place."""

    def properties(self, document: str, prepared: Prepared) -> DocumentProperties:
        """Title, author, subject and date of ``document``, from the inputs."""


def family_of(document: str) -> Family:
    from generator.documents import kind

    return kind(document).family()
