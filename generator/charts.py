"""The colours of plangen's charts: a sober green ramp with greys, given explicitly to every chart
(LibreOffice ignores theme colours).  Charts themselves are native Word charts, see
:mod:`generator.docx.native_chart`."""

from __future__ import annotations

PALETTE = ("#1F5C4A", "#5B8F7E", "#9CC2B4", "#C9DDD5", "#7A7A7A", "#B5B5B5", "#3E6B8A", "#8FB3CC")
ACCENT = PALETTE[0]
