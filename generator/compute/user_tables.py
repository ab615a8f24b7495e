"""User tables: each column's kind, one precision per column, and recomputed totals."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from generator.compute.rounding import half_up
from generator.records.user_tables import UserTable

ColumnKind = Literal["kronor", "number", "date", "text"]
#: A header naming money: the column is printed in whole kronor.
MONEY_HEADER = re.compile(r"\b(kr|kronor|sek|belopp|medel|budget|kostnad|bidrag)\b|\(kr\)|kr\)", re.I)


@dataclass(frozen=True)
class ColumnFormat:
    kind: ColumnKind
    decimals: int = 0


@dataclass(frozen=True)
class TableFigures:
    formats: tuple[ColumnFormat, ...]
    totals: tuple[Decimal | None, ...]
    """The sum of each numeric column over the data rows (stated Summa/Totalt rows excluded)."""


def _decimals(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(-exponent, 0) if isinstance(exponent, int) else 0


YEAR_HEADER = re.compile(r"^\s*(år|årtal|budgetår|verksamhetsår)\s*$", re.I)


def column_format(header: str, values: list[object]) -> ColumnFormat:
    filled = [v for v in values if v is not None]
    if YEAR_HEADER.match(header):
        return ColumnFormat("text")
    if filled and all(isinstance(v, Decimal) for v in filled):
        if MONEY_HEADER.search(header):
            return ColumnFormat("kronor")
        return ColumnFormat("number", min(max(_decimals(v) for v in filled), 2))
    if filled and all(isinstance(v, dt.date) for v in filled):
        return ColumnFormat("date")
    return ColumnFormat("text")


def compute_user_table(table: UserTable) -> TableFigures:
    data = [row for row in table.rows if not row.is_stated_total]
    formats = []
    totals: list[Decimal | None] = []
    for index, header in enumerate(table.headers):
        values = [row.cells[index].value for row in data]
        fmt = column_format(header, values) if index else ColumnFormat("text")
        formats.append(fmt)
        if fmt.kind == "kronor":  # whole kronor before summing, so the printed column adds up
            totals.append(sum((half_up(v) for v in values if isinstance(v, Decimal)), Decimal(0)))
        elif fmt.kind == "number":
            totals.append(sum((half_up(v, fmt.decimals) for v in values if isinstance(v, Decimal)), Decimal(0)))
        else:
            totals.append(None)
    return TableFigures(tuple(formats), tuple(totals))
