"""Read a workbook declared by the contract into typed rows, keeping every cell's place.

Problems are collected into a :class:`~generator.problems.Problems` so that a
user sees every mistake of a workbook in one run.  The workbook file is opened
read-only and never written.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator.problems import Place, Problems
from generator.schema.model import Column, KeyValueSheet, TableSheet, WorkbookSpec
from generator.schema.types import ErrorValue, MissingCache, Rejected
from generator.xlsx.guard import NotAWorkbook, inspect_workbook_file

#: Stop looking for data after this many consecutive empty rows (formatted blank tails).
BLANK_ROWS_BEFORE_END = 1000


@dataclass(frozen=True)
class Row:
    """One data row: typed values of the declared columns, raw values of open columns."""

    number: int
    values: dict[str, object]
    places: dict[str, Place]
    extra: dict[str, tuple[object, Place]] = field(default_factory=dict)

    def place(self, column: str) -> Place:
        return self.places[column]


@dataclass
class TableData:
    sheet: TableSheet
    rows: list[Row]
    place: Place
    present: bool = True
    columns_present: frozenset[str] = frozenset()
    open_headers: tuple[str, ...] = ()
    """Headers beyond the declared columns, for sheets with open columns."""


@dataclass
class KeyValues:
    sheet: KeyValueSheet
    values: dict[str, object]
    places: dict[str, Place]
    place: Place
    extra: dict[str, str] = field(default_factory=dict)
    """Keys not declared by the contract, as text (short texts for templates)."""


@dataclass
class WorkbookData:
    spec: WorkbookSpec
    path: Path
    tables: dict[str, TableData] = field(default_factory=dict)
    key_values: dict[str, KeyValues] = field(default_factory=dict)


def normalise_header(text: object) -> str:
    return re.sub(r"\s+", " ", str(text)).strip().casefold() if text is not None else ""


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class _Workbook:
    """Cached values of a workbook, with formulas that lack a cached value marked."""

    def __init__(self, path: Path):
        import openpyxl  # heavy: imported where used

        self._openpyxl = openpyxl
        self.path = path
        self.book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        self._formula_book = None
        with zipfile.ZipFile(path) as archive:
            self._has_formulas = any(
                b"<f>" in archive.read(name) or b"<f " in archive.read(name)
                for name in archive.namelist()
                if name.startswith("xl/worksheets/") and name.endswith(".xml")
            )

    @property
    def sheetnames(self) -> list[str]:
        return list(self.book.sheetnames)

    def rows(self, sheet_name: str) -> Iterator[tuple[int, list[tuple[str, object]]]]:
        sheet = self.book[sheet_name]
        formula_rows = self._formula_rows(sheet_name)
        blank_run = 0
        for row in sheet.iter_rows():
            cells = [cell for cell in row if getattr(cell, "coordinate", None)]
            values = []
            for cell in cells:
                value = cell.value
                if cell.data_type == "e":
                    value = ErrorValue(str(value))
                elif value is None and formula_rows is not None:
                    formula = formula_rows.get(cell.coordinate)
                    if formula is not None:
                        value = MissingCache(formula)
                values.append((cell.coordinate, value))
            if not cells or all(_is_blank(v) for _, v in values):
                blank_run += 1
                if blank_run >= BLANK_ROWS_BEFORE_END:
                    return
                continue
            blank_run = 0
            yield cells[0].row, values

    def _formula_rows(self, sheet_name: str) -> dict[str, str] | None:
        if not self._has_formulas:
            return None
        if self._formula_book is None:
            self._formula_book = self._openpyxl.load_workbook(self.path, read_only=True, data_only=False)
        formulas: dict[str, str] = {}
        for row in self._formula_book[sheet_name].iter_rows():
            for cell in row:
                value = getattr(cell, "value", None)
                if isinstance(value, str) and value.startswith("=") and cell.data_type == "f":
                    formulas[cell.coordinate] = value[1:]
        return formulas

    def close(self) -> None:
        self.book.close()
        if self._formula_book is not None:
            self._formula_book.close()


def read_workbook(path: Path, spec: WorkbookSpec, problems: Problems) -> WorkbookData | None:
    """Read ``path`` as declared by ``spec``; returns None if the file cannot be opened at all."""
    file_place = Place(path.name)
    try:
        inspect_workbook_file(path)
        book = _Workbook(path)
    except NotAWorkbook as exc:
        problems.error(file_place, str(exc))
        return None
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        problems.error(file_place, f"filen kan inte läsas som en Excel-arbetsbok ({type(exc).__name__})")
        return None
    data = WorkbookData(spec, path)
    try:
        by_name = {normalise_header(name): name for name in book.sheetnames}
        for sheet in spec.sheets:
            actual = by_name.get(normalise_header(sheet.name))
            place = Place(path.name, sheet.name)
            if actual is None:
                if sheet.required:
                    problems.error(file_place, f"bladet ”{sheet.name}” saknas; det ska innehålla: {sheet.help}")
                if isinstance(sheet, TableSheet):
                    data.tables[sheet.name] = TableData(sheet, [], place, present=False)
                continue
            place = Place(path.name, actual)
            if isinstance(sheet, TableSheet):
                data.tables[sheet.name] = _read_table(book, actual, sheet, place, problems)
            else:
                data.key_values[sheet.name] = _read_key_values(book, actual, sheet, place, problems)
    except Exception as exc:  # a damaged sheet part
        problems.error(file_place, f"filen kan inte läsas som en Excel-arbetsbok ({type(exc).__name__})")
        return None
    finally:
        book.close()
    return data


def _parse(column_type, raw: object, place: Place, problems: Problems) -> object:
    try:
        return column_type.parse(raw)
    except Rejected as exc:
        problems.error(place, str(exc))
        return None


def _read_table(book: _Workbook, actual: str, sheet: TableSheet, place: Place, problems: Problems) -> TableData:
    rows = book.rows(actual)
    first = next(rows, None)
    table = TableData(sheet, [], place)
    if first is None:
        problems.error(place, "bladet är tomt; väntade rubrikraden " + " | ".join(c.name for c in sheet.columns))
        return table
    header_number, header_cells = first
    wanted = {normalise_header(c.name): c for c in sheet.columns}
    if header_number != 1 or not any(normalise_header(v) in wanted for _, v in header_cells):
        found_at = header_number if any(normalise_header(v) in wanted for _, v in header_cells) else None
        where = f"; rubrikerna står på rad {found_at}" if found_at else ""
        problems.error(
            Place(place.file, place.sheet, "A1"),
            "väntade rubrikraden " + " | ".join(c.name for c in sheet.columns if c.required) + f" på rad 1{where}",
        )
        return table
    column_at: dict[str, str] = {}  # column letter -> declared name or open header
    declared: dict[str, Column] = {}
    seen: dict[str, str] = {}
    for coordinate, value in header_cells:
        key = normalise_header(value)
        letter = re.sub(r"\d", "", coordinate)
        if not key:
            continue
        if key in seen:
            problems.error(
                Place(place.file, place.sheet, coordinate), f"kolumnen ”{value}” finns två gånger (även i {seen[key]})"
            )
            continue
        seen[key] = coordinate
        if key in wanted:
            column_at[letter] = wanted[key].name
            declared[wanted[key].name] = wanted[key]
        elif sheet.open_columns:
            column_at[letter] = str(value).strip()
    missing = [c for c in sheet.columns if c.required and c.name not in declared]
    for column in missing:
        problems.error(
            Place(place.file, place.sheet, "rad 1"), f"kolumnen ”{column.name}” saknas i rubrikraden ({column.help})"
        )
    if missing:
        return table
    table.columns_present = frozenset(declared)
    table.open_headers = tuple(name for name in column_at.values() if name not in declared)
    for number, cells in rows:
        values: dict[str, object] = {name: None for name in declared}
        places: dict[str, Place] = {}
        extra: dict[str, tuple[object, Place]] = {}
        for coordinate, raw in cells:
            name = column_at.get(re.sub(r"\d", "", coordinate))
            if name is None:
                continue
            cell_place = Place(place.file, place.sheet, coordinate)
            column = declared.get(name)
            if column is None:
                extra[name] = (raw, cell_place)
                continue
            places[name] = cell_place
            if _is_blank(raw):
                continue
            values[name] = _parse(column.type, raw, cell_place, problems)
        for name, column in declared.items():
            if name not in places:
                letter = next(k for k, v in column_at.items() if v == name)
                places[name] = Place(place.file, place.sheet, f"{letter}{number}")
            if not column.blank_ok and name in places and _is_blank(_raw_of(cells, places[name])):
                problems.error(places[name], f"cellen är tom; väntade {column.type.expected} i kolumnen {name}")
        table.rows.append(Row(number, values, places, extra))
    _check_unique(table, problems)
    return table


def _raw_of(cells: list[tuple[str, object]], place: Place) -> object:
    return next((raw for coordinate, raw in cells if coordinate == place.cell), None)


def _check_unique(table: TableData, problems: Problems) -> None:
    for column in table.sheet.unique:
        first_seen: dict[str, Place] = {}
        for row in table.rows:
            value = row.values.get(column)
            if value is None:
                continue
            key = normalise_header(value)
            if key in first_seen:
                problems.error(row.place(column), f"{column} ”{value}” finns redan på {first_seen[key].cell}")
            else:
                first_seen[key] = row.place(column)


def _read_key_values(book: _Workbook, actual: str, sheet: KeyValueSheet, place: Place, problems: Problems) -> KeyValues:
    result = KeyValues(sheet, {}, {}, place)
    declared = {normalise_header(k.name): k for k in sheet.keys}
    rows = list(book.rows(actual))
    if rows and normalise_header(dict(rows[0][1]).get(f"A{rows[0][0]}")) == normalise_header(sheet.key_header):
        rows = rows[1:]
    for number, cells in rows:
        by_coordinate = dict(cells)
        key_raw = by_coordinate.get(f"A{number}")
        value_raw = by_coordinate.get(f"B{number}")
        key = normalise_header(key_raw)
        if not key:
            continue
        value_place = Place(place.file, place.sheet, f"B{number}")
        spec = declared.get(key)
        if spec is None:
            if not _is_blank(value_raw) and not isinstance(value_raw, ErrorValue | MissingCache):
                result.extra[str(key_raw).strip()] = str(value_raw).strip()
            continue
        if spec.name in result.values:
            problems.error(Place(place.file, place.sheet, f"A{number}"), f"nyckeln ”{spec.name}” finns två gånger")
            continue
        result.places[spec.name] = value_place
        if _is_blank(value_raw):
            result.values[spec.name] = None
            if spec.required:
                problems.error(value_place, f"{spec.name} är tomt; väntade {spec.type.expected}")
            continue
        result.values[spec.name] = _parse(spec.type, value_raw, value_place, problems)
    for spec in sheet.keys:
        if spec.name not in result.places:
            result.values[spec.name] = None
            if spec.required:
                problems.error(place, f"nyckeln ”{spec.name}” saknas i kolumn A ({spec.help})")
    return result
