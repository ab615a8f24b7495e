"""The Jinja environment templates render in: sandboxed, strict and escaping.

* Sandboxed: a template cannot reach Python internals (``__class__``,
  ``__globals__``, …), call unsafe methods or read files.
* Strict: an undefined name is an error, never blank output.
* Escaping: every value is XML-escaped, so ``&``, ``<`` and ``>`` from a
  workbook print as written and cannot corrupt the document (docxtpl does not
  escape by default).
"""

from __future__ import annotations

from jinja2 import StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment


def template_environment() -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(undefined=StrictUndefined, autoescape=True)
    env.globals.clear()  # no range(), dict(), lipsum(), cycler() … only the context
    return env
