"""The document kinds plangen builds, declared in one place.

A kind is a name (the .docx file's stem), a title, the workbook whose
presence in a set asks for it, the family that reads and computes its inputs
(shared by kinds made from the same workbooks), and its own context builder,
which turns what the family prepared into the kind's catalogue of blocks and
figures.  A kind may also say, once its inputs are read, that a set does not
call for it (the verksamhetsberättelse needs outcomes).  Its default
document is ``templates/<name>.docx``; its inputs are declared in
:mod:`generator.schema.contract`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass


def _load(path: str):
    module, _, attribute = path.partition(":")
    return getattr(importlib.import_module(module), attribute)


@dataclass(frozen=True)
class DocumentKind:
    name: str
    title: str
    """Swedish, for document properties and messages."""
    workbook: str
    family_path: str
    """``module:attribute`` of the family that prepares the inputs."""
    builder_path: str
    """``module:function`` of the context builder: (prepared) → Catalogue."""
    absent_path: str | None = None
    """``module:function`` (prepared) → why the set does not call for this document, or None."""

    def family(self):
        return _load(self.family_path)

    def catalogue(self, prepared):
        return _load(self.builder_path)(prepared)

    def absent(self, prepared) -> str | None:
        return _load(self.absent_path)(prepared) if self.absent_path else None


#: In build order.
KINDS: tuple[DocumentKind, ...] = (
    DocumentKind(
        "verksamhetsplan", "Verksamhetsplan", "plan.xlsx",
        "generator.families.plan:PLAN_FAMILY", "generator.context.plan:plan_document_catalogue",
    ),
    DocumentKind(
        "budget", "Budgetförslag", "budget.xlsx",
        "generator.families.plan:PLAN_FAMILY", "generator.context.plan:plan_document_catalogue",
    ),
    DocumentKind(
        "verksamhetsberattelse", "Verksamhetsberättelse", "budget.xlsx",
        "generator.families.plan:PLAN_FAMILY", "generator.context.report:report_catalogue",
        "generator.context.report:report_absent",
    ),
    DocumentKind(
        "slutrapport", "Slutrapport", "slutrapport.xlsx",
        "generator.families.survey:SURVEY_FAMILY", "generator.context.survey:survey_document_catalogue",
    ),
)


def kind(name: str) -> DocumentKind:
    return next(k for k in KINDS if k.name == name)
