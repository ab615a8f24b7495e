"""Native Word charts (DrawingML): a chart part with its data, instead of a picture.

:func:`add_chart` appends to a paragraph a run holding an inline chart.  The
package then has, for each chart:

* ``/word/charts/chartN.xml`` – the chart (``c:chartSpace``), related from the
  part that holds the paragraph;
* ``/word/embeddings/Microsoft_Excel_WorksheetN.xlsx`` – its data, related from
  the chart, so that *Edit data* in Word opens it (see
  :mod:`generator.xlsx.chart_data`).

What the renderers need, and why it is spelled out here:

* every value and label is cached in the XML (``c:strCache``/``c:numCache``):
  LibreOffice's PDF export draws the cache and never opens the workbook;
* colours are explicit ``a:srgbClr`` from :data:`PALETTE`:
  LibreOffice ignores theme colours and chart styles;
* the text is in the document's font (``a:latin`` in the chart's ``c:txPr``);
* labels are Swedish whatever the reader's locale: percents as ``37 %`` and
  thousands as ``1 234`` through number formats with a quoted non-breaking
  space (a ``#,##0`` grouping would print the *reader's* separator, ``1,234``
  in an English Word);
* category labels are never rotated (``bodyPr rot="0"``), so Word and
  LibreOffice wrap long ones onto several lines instead of overlapping or
  slanting them; vertical bars whose longest word cannot fit its slot are the
  exception and are slanted.

The XML is written as text, in schema order, rather than through python-pptx's
``ChartXmlWriter``: that writer gives only the skeleton (series and caches), and
everything above would have to be inserted into its tree afterwards in schema
order; it also writes its workbook with XlsxWriter, a second xlsx library.
Writing the text is about as fast (tenths of a millisecond; the workbook costs
a few milliseconds) and shows the whole chart in one place.

Equal charts give equal bytes: no clock, no random ids (the axis ids are fixed
numbers, which only need to be unique within one chart).
"""

from __future__ import annotations

import math
import weakref
from xml.sax.saxutils import escape, quoteattr

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Cm

from generator.blocks import Chart
from generator.xlsx.chart_data import SHEET, cell_number, chart_workbook, column_letters

NBSP = "\u00a0"
C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
DEFAULT_FONT = "Calibri"
TEXT_COLOUR = "262626"
AXIS_COLOUR = "7F7F7F"
GRID_COLOUR = "DDDDDD"
#: Light to dark: the steps of an ordered scale are spread over this ramp (the palette's greens).
SCALE_RAMP = ("#E3EEEA", "#C9DDD5", "#9CC2B4", "#5B8F7E", "#1F5C4A", "#123A2F")
FONT_SIZE = 900  # hundredths of a point
LABEL_SIZE = 800
CATEGORY_AXIS_ID, VALUE_AXIS_ID = 111111111, 222222222
#: Characters on a line of a horizontal chart's category label (a third of the chart at 8 pt).
HORIZONTAL_WRAP = 30

#: A sober green ramp with greys, given explicitly to every chart (LibreOffice ignores theme colours).
PALETTE = ("#1F5C4A", "#5B8F7E", "#9CC2B4", "#C9DDD5", "#7A7A7A", "#B5B5B5", "#3E6B8A", "#8FB3CC")


def add_chart(document, paragraph, chart: Chart, width_cm: float = 15.5) -> None:
    """Append to ``paragraph`` a run with ``chart`` as an inline native chart, its data embedded.

    ``document`` gives the font the chart's text takes (the Normal style's, else Calibri).
    """
    part = paragraph.part
    package = part.package
    number = _next_chart_number(package)
    chart_part = Part(PackURI(f"/word/charts/chart{number}.xml"), CT.DML_CHART, b"", package)
    chart_rid = part.relate_to(chart_part, RT.CHART)
    workbook = chart_workbook(
        category_labels(chart, width_cm), [(s.name, s.values) for s in chart.series], chart_number_format(chart)
    )
    workbook_name = PackURI(f"/word/embeddings/Microsoft_Excel_Worksheet{number}.xlsx")
    workbook_rid = chart_part.relate_to(Part(workbook_name, CT.SML_SHEET, workbook, package), RT.PACKAGE)
    chart_part._blob = chart_xml(chart, workbook_rid, font=document_font(document), width_cm=width_cm).encode("utf-8")
    height_cm = chart_height_cm(chart, width_cm)
    inline = parse_xml(_inline_xml(chart, chart_rid, _next_shape_id(part), width_cm, height_cm))
    paragraph.add_run()._r.add_drawing(inline)


_CHART_NUMBERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _next_chart_number(package) -> int:
    """The next free N of ``chartN.xml`` and its workbook, without walking every part for every chart.

    python-docx's ``next_partname`` walks the whole package each time (quadratic in a report with
    hundreds of charts).  The package is scanned once; only this module adds chart parts after that.
    """
    if package not in _CHART_NUMBERS:
        used = {str(p.partname) for p in package.iter_parts()}
        number = 1
        while f"/word/charts/chart{number}.xml" in used or (
            f"/word/embeddings/Microsoft_Excel_Worksheet{number}.xlsx" in used
        ):
            number += 1
        _CHART_NUMBERS[package] = number
    number = _CHART_NUMBERS[package]
    _CHART_NUMBERS[package] = number + 1
    return number


def _next_shape_id(part) -> int:
    """A drawing id unique among the part's drawings (``wp:docPr``), like python-docx's ``next_id`` but faster."""
    from docx.oxml.ns import qn

    ids = [int(v) for e in part.element.iter(qn("wp:docPr")) if (v := e.get("id", "")).isdigit()]
    return max(ids, default=0) + 1


def document_font(document) -> str:
    """The Normal style's Latin font, else the document defaults', else Calibri (the theme's body font)."""
    from docx.oxml.ns import qn

    styles = document.styles.element
    for fonts in (
        styles.xpath('w:style[@w:styleId="Normal"]/w:rPr/w:rFonts'),
        styles.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts"),
    ):
        if fonts and fonts[0].get(qn("w:ascii")):
            return fonts[0].get(qn("w:ascii"))
    return DEFAULT_FONT


def chart_number_format(chart: Chart) -> str:
    """The Excel number format of the chart's labels and value axis, Swedish whatever the reader's locale.

    Whole numbers (counts and amounts, not below zero) are grouped by literal non-breaking
    spaces in conditional sections, up to 999 999 999.  Decimals carry the Swedish locale tag
    ``[$-41D]``: LibreOffice then prints a decimal comma whatever its own locale (a PDF built
    on an English machine says ``12,5``); Word prints the reader's system separator.
    """
    if chart.percent:
        return ("0." + "0" * chart.decimals if chart.decimals else "0") + f'"{NBSP}%"'
    if chart.decimals:
        return "[$-41D]#,##0." + "0" * chart.decimals
    group = f'"{NBSP}"'
    return f"[>=1000000]#{group}###{group}###;[>=1000]#{group}###;0"


def series_colours(chart: Chart) -> list[str]:
    """One hex colour per series (per category for a pie): the palette, or a light-to-dark ramp for a scale."""
    count = len(chart.categories) if chart.kind == "pie" else len(chart.series)
    if chart.ordered:
        return [_ramp(0.15 + 0.85 * i / max(1, count - 1)) if count > 1 else _ramp(0.7) for i in range(count)]
    return [PALETTE[i % len(PALETTE)].lstrip("#").upper() for i in range(count)]


def _ramp(position: float) -> str:
    """The colour at ``position`` (0 light … 1 dark) along :data:`SCALE_RAMP`, linearly between its stops."""
    stops = [tuple(int(c.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)) for c in SCALE_RAMP]
    scaled = position * (len(stops) - 1)
    low = min(int(scaled), len(stops) - 2)
    fraction = scaled - low
    rgb = [round(a + (b - a) * fraction) for a, b in zip(stops[low], stops[low + 1], strict=True)]
    return "".join(f"{c:02X}" for c in rgb)


def _text_on(fill: str) -> str:
    """Black or white, whichever reads better on ``fill`` (relative luminance, WCAG)."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(fill[i : i + 2], 16)) for i in (0, 2, 4))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "FFFFFF" if (1.05 / (luminance + 0.05)) > ((luminance + 0.05) / 0.05) else TEXT_COLOUR


def chart_height_cm(chart: Chart, width_cm: float = 15.5) -> float:
    """Room for the bars and their wrapped labels: horizontal charts grow with their rows."""
    legend = _legend_rows(chart) * 0.5
    if chart.kind == "pie":
        return round(max(7.0, 0.55 * len(chart.categories) + 2.0), 2)
    if not chart.horizontal:
        wrap = _vertical_wrap(chart, width_cm)
        lines = max((len(_wrapped(c, wrap)) for c in category_labels(chart, width_cm)), default=1)
        return round(8.0 + 0.35 * max(0, lines - 2) + legend, 2)
    per_category = 1 if chart.stacked else max(1, len(chart.series))
    lines = max((len(_wrapped(c, HORIZONTAL_WRAP)) for c in chart.categories), default=1)
    row = max(0.6 * per_category + 0.25, 0.38 * lines + 0.2)
    return round(min(22.0, max(5.5, row * len(chart.categories) + 2.2 + legend)), 2)


def _legend_rows(chart: Chart) -> int:
    if chart.kind == "pie" or len(chart.series) < 2:
        return 0
    return math.ceil(sum(len(s.name) + 4 for s in chart.series) / 80)


def _vertical_wrap(chart: Chart, width_cm: float) -> int:
    """Characters that fit under one vertical bar (about 0.15 cm a character at 8 pt)."""
    return max(6, int((width_cm - 2.0) / max(1, len(chart.categories)) / 0.15))


def _wrapped(text: str, width: int) -> list[str]:
    import textwrap

    lines = [line for part in text.split("\n") for line in textwrap.wrap(part, width, break_long_words=False)]
    return lines or [text]


def category_labels(chart: Chart, width_cm: float = 15.5) -> tuple[str, ...]:
    """The categories as the chart shows them, with line breaks where the renderers would not wrap.

    * Horizontal bars: long labels are broken onto lines.  Word wraps them by itself, but
      LibreOffice (7.4) wraps only the labels under vertical bars and would squeeze the plot
      beside one long line; a line break in the label works in both.
    * Vertical bars: a range too wide for its bar (``100 000–199 999``) is broken after its dash,
      where neither renderer would break it (the numbers hold non-breaking spaces).
    """
    if chart.kind != "bar":
        return chart.categories
    if chart.horizontal:
        return tuple("\n".join(_wrapped(c, HORIZONTAL_WRAP)) for c in chart.categories)
    wrap = _vertical_wrap(chart, width_cm)
    return tuple(
        c.replace("–", "–\n") if "–" in c and any(len(word) > wrap for word in c.split(" ")) else c
        for c in chart.categories
    )


def _slanted(chart: Chart, width_cm: float) -> bool:
    """Vertical bars whose longest word is wider than a bar's slot: such labels cannot wrap apart."""
    if chart.horizontal or chart.kind == "pie":
        return False
    words = (word for c in category_labels(chart, width_cm) for line in c.split("\n") for word in line.split(" "))
    return max((len(word) for word in words), default=0) > _vertical_wrap(chart, width_cm)  # not at NBSP


# --- XML --------------------------------------------------------------------------------------------------


def _rpr(size: int, colour: str, font: str, bold: bool = False, tag: str = "a:defRPr") -> str:
    return (
        f'<{tag} sz="{size}" b="{int(bold)}"><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>'
        f"<a:latin typeface={quoteattr(font)}/><a:cs typeface={quoteattr(font)}/></{tag}>"
    )


def _tx_pr(size: int, colour: str, font: str, rotation: int | None = None, bold: bool = False) -> str:
    body = f'<a:bodyPr rot="{rotation}" vert="horz" wrap="square"/>' if rotation is not None else "<a:bodyPr/>"
    return (
        f"<c:txPr>{body}<a:lstStyle/><a:p><a:pPr>{_rpr(size, colour, font, bold)}</a:pPr>"
        '<a:endParaRPr lang="sv-SE"/></a:p></c:txPr>'
    )


def _fill(colour: str) -> str:
    return f'<c:spPr><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>'


def _line(colour: str, width_emu: int = 9525) -> str:
    solid = f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>'
    return f'<c:spPr><a:noFill/><a:ln w="{width_emu}">{solid}</a:ln></c:spPr>'


NO_SHAPE = "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"


def _str_ref(formula: str, texts: tuple[str, ...] | list[str]) -> str:
    points = "".join(f'<c:pt idx="{i}"><c:v>{escape(t)}</c:v></c:pt>' for i, t in enumerate(texts))
    cache = f'<c:strCache><c:ptCount val="{len(texts)}"/>{points}</c:strCache>'
    return f"<c:strRef><c:f>{escape(formula)}</c:f>{cache}</c:strRef>"


def _num_ref(formula: str, values: tuple[float, ...], number_format: str) -> str:
    points = "".join(f'<c:pt idx="{i}"><c:v>{cell_number(v)}</c:v></c:pt>' for i, v in enumerate(values))
    return (
        f"<c:numRef><c:f>{escape(formula)}</c:f><c:numCache><c:formatCode>{escape(number_format)}</c:formatCode>"
        f'<c:ptCount val="{len(values)}"/>{points}</c:numCache></c:numRef>'
    )


def _labels(
    number_format: str, colour: str, font: str, position: str | None, hidden: list[int], *, leader: bool = False
) -> str:
    """A series' data labels: its values in ``number_format``; ``hidden`` points get none (e.g. zero shares)."""
    deleted = "".join(f'<c:dLbl><c:idx val="{i}"/><c:delete val="1"/></c:dLbl>' for i in hidden)
    place = f'<c:dLblPos val="{position}"/>' if position else ""
    return (
        f'<c:dLbls>{deleted}<c:numFmt formatCode={quoteattr(number_format)} sourceLinked="0"/>{NO_SHAPE}'
        f"{_tx_pr(LABEL_SIZE, colour, font)}{place}"
        '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>'
        '<c:showPercent val="0"/><c:showBubbleSize val="0"/>'
        + ('<c:showLeaderLines val="1"/>' if leader else "")
        + "</c:dLbls>"
    )


def _series_refs(chart: Chart, index: int, number_format: str, width_cm: float) -> tuple[str, str, str]:
    """(tx, cat, val) of series ``index``, referring to the embedded workbook's cells."""
    column = column_letters(index + 2)
    last = len(chart.categories) + 1
    name = _str_ref(f"{SHEET}!${column}$1", [chart.series[index].name])
    categories = _str_ref(f"{SHEET}!$A$2:$A${last}", category_labels(chart, width_cm))
    values = _num_ref(f"{SHEET}!${column}$2:${column}${last}", chart.series[index].values, number_format)
    return f"<c:tx>{name}</c:tx>", f"<c:cat>{categories}</c:cat>", f"<c:val>{values}</c:val>"


def _title(text: str, font: str) -> str:
    return (
        f"<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>{_rpr(FONT_SIZE, TEXT_COLOUR, font)}</a:pPr>"
        f"<a:r>{_rpr(FONT_SIZE, TEXT_COLOUR, font, tag='a:rPr')}<a:t>{escape(text)}</a:t></a:r></a:p></c:rich></c:tx>"
        '<c:overlay val="0"/></c:title>'
    )


def _bar_plot(chart: Chart, number_format: str, font: str, width_cm: float) -> str:
    colours = series_colours(chart)
    several = len(chart.series) > 1
    series = []
    for index, item in enumerate(chart.series):
        tx, cat, val = _series_refs(chart, index, number_format, width_cm)
        colour = colours[index]
        if chart.stacked:
            labels = _labels(
                number_format, _text_on(colour), font, "ctr", [i for i, v in enumerate(item.values) if not v]
            )
        else:
            labels = _labels(number_format, TEXT_COLOUR, font, "outEnd", [])
        series.append(
            f'<c:ser><c:idx val="{index}"/><c:order val="{index}"/>{tx}{_fill(colour)}'
            f'<c:invertIfNegative val="0"/>{labels}{cat}{val}</c:ser>'
        )
    grouping = "stacked" if chart.stacked else "clustered"
    overlap = 100 if chart.stacked else 0
    gap = 50 if chart.stacked or not several else 70
    bar = (
        f'<c:barChart><c:barDir val="{"bar" if chart.horizontal else "col"}"/><c:grouping val="{grouping}"/>'
        f'<c:varyColors val="0"/>{"".join(series)}<c:gapWidth val="{gap}"/><c:overlap val="{overlap}"/>'
        f'<c:axId val="{CATEGORY_AXIS_ID}"/><c:axId val="{VALUE_AXIS_ID}"/></c:barChart>'
    )
    rotation = -2700000 if _slanted(chart, width_cm) else 0
    size = LABEL_SIZE if len(chart.categories) > 5 else FONT_SIZE
    category_axis = (
        f'<c:catAx><c:axId val="{CATEGORY_AXIS_ID}"/>'
        f'<c:scaling><c:orientation val="{"maxMin" if chart.horizontal else "minMax"}"/></c:scaling>'
        f'<c:delete val="0"/><c:axPos val="{"l" if chart.horizontal else "b"}"/>'
        '<c:numFmt formatCode="General" sourceLinked="0"/>'
        '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
        f"{_line(AXIS_COLOUR)}{_tx_pr(size, TEXT_COLOUR, font, rotation)}"
        f'<c:crossAx val="{VALUE_AXIS_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>'
        '<c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="1"/></c:catAx>'
    )
    bounds = '<c:max val="100"/><c:min val="0"/>' if chart.stacked else '<c:min val="0"/>'
    title = _title(chart.value_axis, font) if chart.value_axis else ""
    value_axis = (
        f'<c:valAx><c:axId val="{VALUE_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/>{bounds}</c:scaling>'
        f'<c:delete val="0"/><c:axPos val="{"b" if chart.horizontal else "l"}"/>'
        f"<c:majorGridlines>{_line(GRID_COLOUR, 6350)}</c:majorGridlines>{title}"
        f'<c:numFmt formatCode={quoteattr(number_format)} sourceLinked="0"/>'
        '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
        f"{NO_SHAPE}{_tx_pr(LABEL_SIZE, TEXT_COLOUR, font)}"
        f'<c:crossAx val="{CATEGORY_AXIS_ID}"/><c:crosses val="{"max" if chart.horizontal else "autoZero"}"/>'
        '<c:crossBetween val="between"/>' + ('<c:majorUnit val="20"/>' if chart.stacked else "") + "</c:valAx>"
    )
    return bar + category_axis + value_axis


def _pie_plot(chart: Chart, number_format: str, font: str) -> str:
    colours = series_colours(chart)
    item = chart.series[0]
    tx, cat, val = _series_refs(chart, 0, number_format, 15.5)
    points = "".join(
        f'<c:dPt><c:idx val="{i}"/><c:bubble3D val="0"/>'
        f'<c:spPr><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></c:spPr></c:dPt>'
        for i, colour in enumerate(colours)
    )
    labels = _labels(
        number_format, TEXT_COLOUR, font, "outEnd", [i for i, v in enumerate(item.values) if not v], leader=True
    )
    return (
        f'<c:pieChart><c:varyColors val="1"/><c:ser><c:idx val="0"/><c:order val="0"/>{tx}{points}{labels}'
        f'{cat}{val}</c:ser><c:firstSliceAng val="0"/></c:pieChart>'
    )


def chart_xml(chart: Chart, workbook_rid: str, *, font: str = DEFAULT_FONT, width_cm: float = 15.5) -> str:
    """The chart part's XML (``c:chartSpace``); ``workbook_rid`` is the chart part's relationship to its data."""
    if chart.kind not in ("bar", "pie"):
        raise ValueError(f"unknown chart kind {chart.kind!r}")
    if not chart.series or any(len(s.values) != len(chart.categories) for s in chart.series):
        raise ValueError("a chart needs one value per category in every series")
    number_format = chart_number_format(chart)
    if chart.kind == "pie":
        plot = _pie_plot(chart, number_format, font)
        legend = "r"
    else:
        plot = _bar_plot(chart, number_format, font, width_cm)
        legend = "b" if len(chart.series) > 1 else ""
    legend_xml = (
        f'<c:legend><c:legendPos val="{legend}"/><c:overlay val="0"/>{NO_SHAPE}'
        f"{_tx_pr(LABEL_SIZE if legend == 'b' else FONT_SIZE, TEXT_COLOUR, font)}</c:legend>"
        if legend
        else ""
    )
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<c:chartSpace xmlns:c="{C_NS}" xmlns:a="{A_NS}" xmlns:r="{R_NS}">'
        '<c:date1904 val="0"/><c:lang val="sv-SE"/><c:roundedCorners val="0"/>'
        '<c:chart><c:autoTitleDeleted val="1"/>'
        f"<c:plotArea><c:layout/>{plot}{NO_SHAPE}</c:plotArea>{legend_xml}"
        '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
        f"{NO_SHAPE}{_tx_pr(FONT_SIZE, TEXT_COLOUR, font)}"
        f'<c:externalData r:id="{workbook_rid}"><c:autoUpdate val="0"/></c:externalData>'
        "</c:chartSpace>"
    )


def _inline_xml(chart: Chart, chart_rid: str, shape_id: int, width_cm: float, height_cm: float) -> str:
    """The ``wp:inline`` that places the chart; its ``wp:docPr`` carries the alt text, as pictures do."""
    cx, cy = int(Cm(width_cm)), int(Cm(height_cm))
    name = chart.caption[:60] or "Diagram"
    return (
        f'<wp:inline distT="0" distB="0" distL="0" distR="0" xmlns:wp="{WP_NS}" xmlns:a="{A_NS}" '
        f'xmlns:c="{C_NS}" xmlns:r="{R_NS}">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{shape_id}" name={quoteattr(name)} descr={quoteattr(chart.alt_text)} '
        f"title={quoteattr(chart.caption)}/>"
        "<wp:cNvGraphicFramePr/>"
        f'<a:graphic><a:graphicData uri="{C_NS}"><c:chart r:id="{chart_rid}"/></a:graphicData></a:graphic>'
        "</wp:inline>"
    )
