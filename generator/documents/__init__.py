"""The document kinds plangen builds, declared in one place.

A kind is a name (the .docx file's stem), the workbook whose presence in a
set asks for it, and the family that reads, computes and catalogues its
inputs.  Its default document is ``templates/<name>.docx``; its inputs are
declared in :mod:`generator.schema.contract`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class DocumentKind:
    name: str
    title: str
    """Swedish, for the catalogue and messages."""
    workbook: str
    family_module: str
    family_name: str

    def family(self):
        return getattr(importlib.import_module(self.family_module), self.family_name)


#: In build order.
KINDS: tuple[DocumentKind, ...] = (
    DocumentKind("verksamhetsplan", "Verksamhetsplan", "plan.xlsx", "generator.families.plan", "PLAN_FAMILY"),
    DocumentKind("budget", "Budgetförslag", "budget.xlsx", "generator.families.plan", "PLAN_FAMILY"),
    DocumentKind("slutrapport", "Slutrapport", "slutrapport.xlsx", "generator.families.survey", "SURVEY_FAMILY"),
)


def kind(name: str) -> DocumentKind:
    return next(k for k in KINDS if k.name == name)
