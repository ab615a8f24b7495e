"""What ``check`` finds in a document before filling it: that it opens as a Word document at all.

Everything about its markers (unknown names, blocks inside sentences, places
left for the organisation's own text) is found by filling it, which ``check``
does in memory; see :mod:`generator.docx.fill`.
"""

from __future__ import annotations

from pathlib import Path


def lint_template(template: Path) -> list[str]:
    from generator.docx.render import open_document

    open_document(template)
    return []
