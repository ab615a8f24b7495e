"""Write workbooks laid out by the contract: headers, widths, formats, dropdowns, instructions.

Used by ``plangen init`` (empty sets), by ``new-year`` (carried-over sets) and
by the scripts that write the example sets, so that every workbook plangen
writes has the same layout as the declaration.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path

from generator.schema.model import KeyValueSheet, TableSheet, WorkbookSpec
from generator.schema.types import Choice, Period, YearMonth

FORMULA_PREFIXES = ("=", "+", "-", "@")
FIXED_TIME = dt.datetime(2000, 1, 1)
DATA_ROWS_WITH_VALIDATION = 2000


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, Period | YearMonth):
        return str(value)
    return value


def _put(cell, value: object, number_format: str | None = None) -> None:
    """Write a value; text that looks like a formula is stored as text, never evaluated."""
    value = _plain(value)
    cell.value = value
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        cell.data_type = "s"
    if number_format and number_format != "General" and not isinstance(value, str):
        cell.number_format = number_format
    elif isinstance(value, dt.date):
        cell.number_format = "yyyy-mm-dd"


def write_workbook(
    spec: WorkbookSpec,
    path: Path,
    rows: Mapping[str, Sequence[Mapping[str, object]]] | None = None,
    values: Mapping[str, Mapping[str, object]] | None = None,
    *,
    instructions: bool = True,
    notes: Sequence[str] = (),
    when: dt.datetime = FIXED_TIME,
    extra_sheets: Mapping[str, Sequence[Sequence[object]]] | None = None,
) -> None:
    """Write ``spec`` to ``path``: table rows by sheet name, key values by sheet name, and sheets the
    contract does not declare (the user's own tables) as rows of plain values, headers first."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    rows = rows or {}
    values = values or {}
    book = Workbook()
    book.remove(book.active)
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="1F5C4A")
    if instructions:
        _instructions_sheet(book, spec, notes, Font, Alignment)
    for sheet in spec.sheets:
        ws = book.create_sheet(sheet.name)
        if isinstance(sheet, TableSheet):
            columns = list(sheet.columns)
            for index, column in enumerate(columns, start=1):
                cell = ws.cell(row=1, column=index, value=column.name)
                cell.font, cell.fill = header_font, header_fill
                ws.column_dimensions[get_column_letter(index)].width = column.width
            extra_headers: list[str] = []
            for record in rows.get(sheet.name, ()):
                for key in record:
                    if key not in {c.name for c in columns} and key not in extra_headers:
                        extra_headers.append(key)
            for offset, header in enumerate(extra_headers, start=len(columns) + 1):
                cell = ws.cell(row=1, column=offset, value=header)
                cell.font, cell.fill = header_font, header_fill
                ws.column_dimensions[get_column_letter(offset)].width = 14
            for row_index, record in enumerate(rows.get(sheet.name, ()), start=2):
                for index, column in enumerate(columns, start=1):
                    if record.get(column.name) is not None:
                        _put(ws.cell(row=row_index, column=index), record[column.name], column.type.number_format)
                for offset, header in enumerate(extra_headers, start=len(columns) + 1):
                    if record.get(header) is not None:
                        _put(ws.cell(row=row_index, column=offset), record[header])
            for index, column in enumerate(columns, start=1):
                letter = get_column_letter(index)
                choices = column.type.choices if isinstance(column.type, Choice) else ()
                if choices:
                    validation = DataValidation(
                        type="list",
                        formula1='"' + ",".join(choices) + '"',
                        allow_blank=column.blank_ok,
                        showErrorMessage=True,
                        errorTitle=column.name,
                        error=column.help,
                    )
                    validation.add(f"{letter}2:{letter}{DATA_ROWS_WITH_VALIDATION}")
                    ws.add_data_validation(validation)
            ws.freeze_panes = "A2"
        else:
            _key_value_sheet(ws, sheet, values.get(sheet.name, {}), header_font, header_fill)
    for name, sheet_rows in (extra_sheets or {}).items():
        ws = book.create_sheet(name)
        for row_index, values_ in enumerate(sheet_rows, start=1):
            for index, value in enumerate(values_, start=1):
                if value is not None:
                    _put(ws.cell(row=row_index, column=index), value)
    book.properties.creator = "plangen"
    book.properties.created = when
    book.properties.modified = when
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)


def _key_value_sheet(ws, sheet: KeyValueSheet, values: Mapping[str, object], font, fill) -> None:
    for index, header in enumerate((sheet.key_header, sheet.value_header, "Förklaring"), start=1):
        cell = ws.cell(row=1, column=index, value=header)
        cell.font, cell.fill = font, fill
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 60
    row = 2
    for key in sheet.keys:
        ws.cell(row=row, column=1, value=key.name)
        if values.get(key.name) is not None:
            _put(ws.cell(row=row, column=2), values[key.name], key.type.number_format)
        ws.cell(row=row, column=3, value=("" if key.required else "(valfri) ") + key.help)
        row += 1
    for name, value in values.items():
        if name not in {k.name for k in sheet.keys}:
            ws.cell(row=row, column=1, value=name)
            _put(ws.cell(row=row, column=2), value)
            row += 1
    ws.freeze_panes = "A2"


def _instructions_sheet(book, spec: WorkbookSpec, notes: Sequence[str], Font, Alignment) -> None:
    ws = book.create_sheet("Instruktioner")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 90
    ws.append([spec.filename])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([spec.help])
    for note in notes:
        ws.append([note])
    ws.append([])
    ws.append(["Blad", "Kolumn / nyckel", "Förklaring"])
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for sheet in spec.sheets:
        ws.append([sheet.name, "", sheet.help])
        ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
        entries = sheet.columns if isinstance(sheet, TableSheet) else sheet.keys
        for entry in entries:
            optional = not getattr(entry, "required", True)
            text = f"{entry.help} Ska vara {entry.type.expected}."
            if optional:
                text = "(valfri) " + text
            elif getattr(entry, "blank_ok", False):
                text += " Får lämnas tom."
            ws.append(["", entry.name, text])
            ws.cell(row=ws.max_row, column=3).alignment = Alignment(wrap_text=True)
    ws.append([])
    ws.append(["Summarader och totaler räknas alltid om av plangen; skrivna summor jämförs bara."])
