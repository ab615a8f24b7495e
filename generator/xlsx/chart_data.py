"""The small workbook embedded in a native Word chart, so the chart's data can be edited in Word.

Word opens it when a user right-clicks the chart and picks *Edit data*.  The
layout is the one Word itself writes: categories in column A from row 2,
one series per column from B with its name in row 1.  The chart XML refers
to these cells (``Blad1!$B$2:$B$5``), so the names here and in
:mod:`generator.docx.native_chart` must agree.

Equal data gives byte-identical bytes: the document properties carry a fixed
time (openpyxl's ``save_workbook`` would stamp the clock, so its writer is
called directly) and the zip is rewritten with fixed entry times.
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


def _cell_value(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(value)


def chart_workbook(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    number_format: str = "General",
    when: dt.datetime = FIXED_TIME,
) -> bytes:
    """An .xlsx holding a chart's data: ``series`` is (name, one value per category) in column order."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter
    from openpyxl.writer.excel import ExcelWriter

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.column_dimensions["A"].width = min(60, max(12, *(len(c) + 2 for c in categories))) if categories else 12
    for row, category in enumerate(categories, start=2):
        sheet.cell(row=row, column=1, value=category).data_type = "s"  # never a formula, whatever it says
    for column, (name, values) in enumerate(series, start=2):
        sheet.cell(row=1, column=column, value=name).data_type = "s"
        sheet.column_dimensions[get_column_letter(column)].width = min(30, max(10, len(name) + 2))
        for row, value in enumerate(values, start=2):
            cell = sheet.cell(row=row, column=column, value=_cell_value(value))
            cell.number_format = number_format
    book.properties.creator = "plangen"
    book.properties.created = when
    book.properties.modified = when
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).save()
    return _fixed_zip(buffer.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The same zip with every entry at :data:`ZIP_EPOCH` and in its original order."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            target.writestr(info, source.read(name), compresslevel=6)
    return out.getvalue()
