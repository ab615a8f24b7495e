"""Read a workbook that no contract declares (e.g. a statistics export) as plain grids of cell values.

The file is checked like an input workbook (:func:`~generator.xlsx.guard.inspect_workbook_file`) and opened
read-only; formulas give their cached values.  Each sheet is a list of filled rows as
``(row number, [(coordinate, value)])``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.xlsx.guard import inspect_workbook_file
from generator.xlsx.reader import _failure, _Workbook

#: A statistics export far beyond this is not what the user meant to give.
MAX_ROWS = 200_000


class UnreadableWorkbook(Exception):
    """The file cannot be read as an .xlsx workbook; the message is one Swedish sentence."""


@dataclass(frozen=True)
class Grid:
    sheet: str
    rows: list[tuple[int, list[tuple[str, object]]]]


def read_grids(path: Path) -> list[Grid]:
    """Every visible sheet of ``path`` with its filled rows, in workbook order."""
    try:
        inspect_workbook_file(path)
        book = _Workbook(path)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise UnreadableWorkbook(_failure(exc)) from exc
    try:
        grids = []
        for name in book.sheetnames:
            if getattr(book.book[name], "sheet_state", "visible") != "visible":
                continue
            rows = []
            for number, cells in book.rows(name):
                rows.append((number, cells))
                if len(rows) > MAX_ROWS:
                    raise UnreadableWorkbook(f"bladet {name} har fler än {MAX_ROWS} rader")
            grids.append(Grid(name, rows))
        return grids
    except UnreadableWorkbook:
        raise
    except Exception as exc:  # a damaged sheet part
        raise UnreadableWorkbook(_failure(exc)) from exc
    finally:
        book.close()
