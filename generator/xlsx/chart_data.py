"""The small workbook embedded in a native Word chart, so the chart's data can be edited in Word.

Word opens it when a user right-clicks the chart and picks *Edit data*.  The
layout is the one Word itself writes: categories in column A from row 2,
one series per column from B with its name in row 1.  The chart XML refers
to these cells (``Blad1!$B$2:$B$5``), so the names here and in
:mod:`generator.docx.native_chart` must agree.

Equal data gives byte-identical bytes: the core properties carry a fixed time
and every zip entry the same date.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence

from generator.xlsx.writer import FIXED_TIME

SHEET = "Blad1"
#: Zip entry time of every member (the earliest a zip can say).
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def cell_number(value: float) -> str:
    """A value as written into a sheet cell or a chart cache: ``12``, ``12.5``."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def column_letters(index: int) -> str:
    """Spreadsheet column letters: 1 → A, 27 → AA."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _text(text: str) -> str:
    """An inline string cell's text: escaped, never read as a formula (inline strings never are)."""
    import re
    from xml.sax.saxutils import escape

    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", text)
    return f'<is><t xml:space="preserve">{escape(text)}</t></is>'


def chart_workbook(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    number_format: str = "General",
    when: dt.datetime = FIXED_TIME,
) -> bytes:
    """An .xlsx holding a chart's data: ``series`` is (name, one value per category) in column order.

    Written as its few XML parts directly: openpyxl's writer took 85 % of a chart's time for a workbook
    of a dozen cells.  The parts are the minimum Excel and LibreOffice open: workbook, one sheet with
    inline strings, styles with the values' number format, core properties with a fixed time.
    """
    from xml.sax.saxutils import quoteattr

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    widths = [min(60, max(12, *(len(c) + 2 for c in categories))) if categories else 12]
    widths += [min(30, max(10, len(name) + 2)) for name, _ in series]
    cols = "".join(f'<col min="{n}" max="{n}" width="{w}" customWidth="1"/>' for n, w in enumerate(widths, start=1))
    styled = ' s="1"' if number_format != "General" else ""
    rows = ['<row r="1">' + "".join(
        f'<c r="{column_letters(n)}1" t="inlineStr">{_text(name)}</c>' for n, (name, _) in enumerate(series, start=2)
    ) + "</row>"]
    for number, category in enumerate(categories, start=2):
        cells = [f'<c r="A{number}" t="inlineStr">{_text(category)}</c>']
        for column, (_, values) in enumerate(series, start=2):
            if number - 2 < len(values):
                value = cell_number(values[number - 2])
                cells.append(f'<c r="{column_letters(column)}{number}"{styled}><v>{value}</v></c>')
        rows.append(f'<row r="{number}">' + "".join(cells) + "</row>")
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/></Relationships>'
        ),
        "docProps/core.xml": (
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>plangen</dc:creator>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified></cp:coreProperties>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
            f'<sheet name="{SHEET}" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/styles" Target="styles.xml"/></Relationships>'
        ),
        "xl/styles.xml": (
            f'<styleSheet xmlns="{main}"><numFmts count="1"><numFmt numFmtId="164" '
            f'formatCode={quoteattr(number_format)}/></numFmts>'
            '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
        ),
        "xl/worksheets/sheet1.xml": (
            f'<worksheet xmlns="{main}"><cols>{cols}</cols><sheetData>{"".join(rows)}</sheetData></worksheet>'
        ),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            archive.writestr(info, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + xml,
                             compresslevel=6)
    return buffer.getvalue()
