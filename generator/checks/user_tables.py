"""Summa/Totalt rows typed into a user table are checked against the recomputed column sums."""

from __future__ import annotations

from decimal import Decimal

from generator.compute.user_tables import compute_user_table
from generator.formatting import value_text
from generator.problems import Problems
from generator.records.user_tables import UserTable


def check_user_tables(tables: list[UserTable]) -> Problems:
    problems = Problems()
    for table in tables:
        figures = compute_user_table(table)
        for row in table.rows:
            if not row.is_stated_total:
                continue
            for index, cell in enumerate(row.cells):
                total, fmt = figures.totals[index], figures.formats[index]
                if total is None or not isinstance(cell.value, Decimal) or cell.value == total:
                    continue
                problems.warning(
                    cell.place,
                    f"angiven summa ”{row.label}” för {table.headers[index]} är {value_text(cell.value, fmt)} "
                    f"men raderna ger {value_text(total, fmt)}; dokumentet visar den beräknade summan",
                )
    return problems
