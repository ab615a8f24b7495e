"""Sheets a user adds to a workbook → user tables: headers, rows and every cell's place."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from generator.problems import Place
from generator.schema.contract import STATED_TOTAL_PREFIXES

#: Sheets plangen writes itself, never tables of the organisation's.
OWN_SHEETS = ("instruktioner", "granska")


@dataclass(frozen=True)
class UserCell:
    value: object
    """str, Decimal, dt.date or None."""
    place: Place


@dataclass(frozen=True)
class UserRow:
    cells: tuple[UserCell, ...]

    @property
    def label(self) -> str:
        return next((c.value for c in self.cells if isinstance(c.value, str) and c.value.strip()), "")

    @property
    def is_stated_total(self) -> bool:
        first = self.cells[0].value if self.cells else None
        return isinstance(first, str) and first.strip().casefold().startswith(STATED_TOTAL_PREFIXES)


@dataclass(frozen=True)
class UserTable:
    workbook: str
    sheet: str
    headers: tuple[str, ...]
    rows: tuple[UserRow, ...]
    place: Place


def _value(raw: object) -> object:
    if isinstance(raw, bool):
        return "ja" if raw else "nej"
    if isinstance(raw, int | float):
        return Decimal(str(raw))
    if isinstance(raw, dt.datetime):
        return raw.date() if raw.time() == dt.time() else raw
    if isinstance(raw, str):
        text = unicodedata.normalize("NFC", raw).strip()
        return text or None
    return raw


def user_tables(workbook: str, sheets: dict[str, list[tuple[int, list[tuple[str, object]]]]]) -> list[UserTable]:
    """Row 1 (the first filled row) holds the headers; the rows below are data, up to the last filled row."""
    tables = []
    for sheet, rows in sheets.items():
        if sheet.strip().casefold() in OWN_SHEETS or not rows:
            continue
        _, header_cells = rows[0]
        headers = [str(_value(v) or "") for _, v in header_cells]
        while headers and not headers[-1]:
            headers.pop()
        if not headers:
            continue
        body = []
        for _, cells in rows[1:]:
            values = [UserCell(_value(v), Place(workbook, sheet, coord)) for coord, v in cells[: len(headers)]]
            if all(c.value is None for c in values):
                continue
            while len(values) < len(headers):
                values.append(UserCell(None, Place(workbook, sheet)))
            body.append(UserRow(tuple(values)))
        tables.append(UserTable(workbook, sheet, tuple(headers), tuple(body), Place(workbook, sheet)))
    return tables
