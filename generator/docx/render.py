"""Render a docxtpl template with a context into reproducible .docx bytes."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.docx.environment import template_environment
from generator.docx.package import normalise_package, order_cell_properties, set_core_properties
from generator.problems import TemplateFailure


@dataclass(frozen=True)
class DocumentProperties:
    title: str
    author: str
    subject: str
    date: object
    keywords: str = ""


@dataclass(frozen=True)
class Image:
    """A chart or picture to place in the document, with its alt text."""

    png: bytes
    alt_text: str
    width_cm: float = 15.0


def _explain(exc: Exception) -> str:
    from jinja2 import TemplateSyntaxError, UndefinedError
    from jinja2.exceptions import SecurityError

    if isinstance(exc, UndefinedError):
        match = re.search(r"'([^']+)' is undefined", str(exc)) or re.search(r"has no attribute '([^']+)'", str(exc))
        name = match[1] if match else str(exc)
        return f"namnet ”{name}” är inte definierat i mallen ({exc})"
    if isinstance(exc, SecurityError):
        return f"mallen försöker nå något som är förbjudet i sandlådan ({exc})"
    if isinstance(exc, TemplateSyntaxError):
        return f"fel i mallens syntax: {exc.message}"
    return f"{type(exc).__name__}: {exc}"


def _template_line(exc: Exception) -> int | None:
    """The line of the (preprocessed) template where rendering failed: one line per paragraph."""
    lineno = getattr(exc, "lineno", None)
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            lineno = tb.tb_lineno
        tb = tb.tb_next
    return lineno


def paragraph_at(template, lineno: int | None) -> str:
    """``stycke N ”text”`` for a template line, as docxtpl lays the body out (a line per paragraph)."""
    if not lineno:
        return ""
    source = re.sub(r"<w:p([ >])", r"\n<w:p\1", template.patch_xml(template.get_xml()))
    lines = source.splitlines()
    if not 0 < lineno <= len(lines):
        return ""
    number = len(re.findall(r"<w:p[ >/]", "\n".join(lines[: lineno - 1]))) + 1
    text = re.sub(r"<[^>]+>", "", lines[lineno - 1]).strip()
    if len(text) > 70:
        text = text[:67] + "…"
    return f" (stycke {number}: ”{text}”)"


def render_document(
    template_path: Path,
    build_context: Callable[[object], dict],
    properties: DocumentProperties,
) -> bytes:
    """Render ``template_path``; ``build_context(template)`` gets the template to make images with."""
    from docxtpl import DocxTemplate
    from jinja2 import TemplateError

    from generator.docx.contents import fill_table_of_contents

    name = template_path.name
    try:
        template = DocxTemplate(str(template_path))
        template.init_docx()
    except Exception as exc:
        raise TemplateFailure(name, f"mallen kan inte öppnas som Word-dokument ({type(exc).__name__})") from exc
    context = build_context(template)
    try:
        template.render(context, jinja_env=template_environment(), autoescape=True)
    except (TemplateError, TypeError, ValueError, AttributeError) as exc:
        raise TemplateFailure(name, _explain(exc) + paragraph_at(template, _template_line(exc))) from exc
    order_cell_properties(template.docx)
    fill_table_of_contents(template.docx)
    set_core_properties(
        template.docx,
        title=properties.title,
        author=properties.author,
        subject=properties.subject,
        when=properties.date,
        keywords=properties.keywords,
    )
    buffer = io.BytesIO()
    template.save(buffer)
    return normalise_package(buffer.getvalue())
