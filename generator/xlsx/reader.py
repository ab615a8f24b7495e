"""Read a workbook declared by the contract into typed rows, keeping every cell's place.

Problems are collected into a :class:`~generator.problems.Problems` so that a
user sees every mistake of a workbook in one run.  The workbook file is opened
read-only and never written.

Text reaches the contract's types in Unicode NFC.  Sheets and headers are
matched on :func:`~generator.schema.types.match_key`; two sheets that match
one declared sheet are an error, a hidden sheet that is read a warning.
openpyxl's own warnings (unsupported extensions and the like) are not
passed on: they speak of openpyxl, not of anything a user can fix.
"""

from __future__ import annotations

import difflib
import os
import re
import unicodedata
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator.problems import Place, Problems
from generator.schema.model import Column, KeyValueSheet, TableSheet, WorkbookSpec
from generator.schema.types import ErrorValue, MissingCache, Rejected, match_key, visible
from generator.xlsx.files import candidates as workbook_candidates
from generator.xlsx.files import lock_file_of
from generator.xlsx.guard import DAMAGED_ZIP, FORBIDDEN_XML, PROLOG_BYTES, NotAWorkbook, inspect_workbook_file

#: Stop looking for data after this many consecutive empty rows (formatted blank tails).
BLANK_ROWS_BEFORE_END = 1000
#: How many filled rows are searched for a header row that is not on row 1.
HEADER_SEARCH_ROWS = 20
#: How alike a header must be to a missing column's name to be named as a likely misspelling.
MISSPELLING_CUTOFF = 0.7

#: Files beside the workbook saved within this many seconds of it are not called newer (file system clocks).
MTIME_SLACK_SECONDS = 2

BROKEN_XML = "filen är skadad (felaktig XML) och kan inte läsas; öppna och spara den i Excel eller be om en ny kopia"


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

    @property
    def complete(self) -> bool:
        """Every required key has a valid value (the missing ones have been reported)."""
        return all(self.values.get(key.name) is not None for key in self.sheet.keys if key.required)


@dataclass
class WorkbookData:
    spec: WorkbookSpec
    path: Path
    tables: dict[str, TableData] = field(default_factory=dict)
    key_values: dict[str, KeyValues] = field(default_factory=dict)
    user_sheets: dict[str, list[tuple[int, list[tuple[str, object]]]]] = field(default_factory=dict)
    """Sheets the contract does not declare, as filled rows of (coordinate, value): user tables."""


def normalise_header(text: object) -> str:
    """How headers, keys and sheet names are matched (see :func:`~generator.schema.types.match_key`)."""
    return match_key(text)


def _nfc(value: object) -> object:
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class _Workbook:
    """Cached values of a workbook, with formulas that lack a cached value marked."""

    def __init__(self, path: Path):
        import openpyxl  # heavy: imported where used

        self._openpyxl = openpyxl
        self.path = path
        self._handles: list = []
        # A file object, not the path: openpyxl refuses by name what is an .xlsx by content (budget.XLSX.xls).
        self.book = openpyxl.load_workbook(self._open(), read_only=True, data_only=True)
        self._formula_book = None
        self._has_formulas = _has_formulas(path)
        self._full_calc_on_load = _asks_full_calculation(path)
        self._listed: list[str] | None = None
        self.cut_off: dict[str, int] = {}
        """Sheets whose reading stopped at a long run of blank rows, with the last row read."""

    def _open(self):
        handle = self.path.open("rb")
        self._handles.append(handle)
        return handle

    @property
    def sheetnames(self) -> list[str]:
        return list(self.book.sheetnames)

    def is_hidden(self, sheet_name: str) -> bool:
        return getattr(self.book[sheet_name], "sheet_state", "visible") in ("hidden", "veryHidden")

    def rows(self, sheet_name: str) -> Iterator[tuple[int, list[tuple[str, object]]]]:
        """Filled rows as (row number, [(coordinate, value)]), up to a run of blank rows.

        Formatted blank rows cost as much to parse as filled ones, so reading
        stops after :data:`BLANK_ROWS_BEFORE_END` blank rows in a row.  When
        the workbook has formulas, the same sheet is parsed a second time in
        step, keeping formulas, to tell a formula without a cached value from
        an empty cell.
        """
        sheet = self.book[sheet_name]
        sheet.reset_dimensions()  # rows as wide as their cells, not as a stated (possibly huge) dimension
        formula_rows = None
        if self._has_formulas:
            if self._formula_book is None:
                self._formula_book = self._openpyxl.load_workbook(self._open(), read_only=True, data_only=False)
            formula_sheet = self._formula_book[sheet_name]
            formula_sheet.reset_dimensions()
            formula_rows = formula_sheet.iter_rows()
        blank_run = 0
        last_data_row = 0
        for row in sheet.iter_rows():
            formulas = next(formula_rows, ()) if formula_rows is not None else ()
            cells = []
            values = []
            for position, cell in enumerate(row):
                if not getattr(cell, "coordinate", None):
                    continue
                value = cell.value
                if cell.data_type == "e":
                    value = ErrorValue(str(value))
                elif value is None and position < len(formulas):
                    value = _missing_cache(formulas[position], cell.coordinate)
                elif self._full_calc_on_load and _is_zero(value) and position < len(formulas):
                    value = _missing_cache(formulas[position], cell.coordinate, zero=True) or value
                else:
                    value = _nfc(value)
                cells.append(cell)
                values.append((cell.coordinate, value))
            if not cells or all(_is_blank(v) for _, v in values):
                blank_run += 1
                if blank_run >= BLANK_ROWS_BEFORE_END:
                    self.cut_off[sheet_name] = last_data_row + blank_run
                    return
                continue
            blank_run = 0
            last_data_row = cells[0].row
            yield cells[0].row, values

    def first_value_below(self, sheet_name: str, row: int) -> int | None:
        """The first row below ``row`` that holds a value, found by scanning the sheet's XML.

        Reading stops after a long run of blank (often only formatted) rows; this says whether data was
        left behind them, without parsing every blank row.
        """
        part = getattr(self.book[sheet_name], "_worksheet_path", None)
        if not part:
            return None
        value_cell = re.compile(rb'<c r="[A-Z]+(\d+)"[^>]*>(?:<f[^>]*/>|<f[^>]*>[^<]*</f>)?<(?:v|is)>')
        tail = b""
        with zipfile.ZipFile(self.path) as archive, archive.open(part) as source:
            while chunk := source.read(1 << 22):
                window = tail + chunk
                for match in value_cell.finditer(window):
                    if int(match[1]) > row:
                        return int(match[1])
                tail = window[-300:]
        return None

    def merged_ranges(self, sheet_name: str, row: int) -> list[str]:
        """Merged cell ranges that touch ``row`` (read-only openpyxl does not expose merges)."""
        from defusedxml.ElementTree import iterparse

        part = getattr(self.book[sheet_name], "_worksheet_path", None)
        if not part:
            return []
        found = []
        with zipfile.ZipFile(self.path) as archive, archive.open(part) as source:
            for _, element in iterparse(source):
                if element.tag.endswith("}mergeCell"):
                    ref = element.get("ref", "")
                    rows = [int(n) for n in re.findall(r"\d+", ref)]
                    if rows and min(rows) <= row <= max(rows):
                        found.append(ref)
                elif element.tag.endswith("}row") or element.tag.endswith("}c"):
                    element.clear()
        return found

    def listed_sheets(self) -> list[str]:
        """Sheet names as the workbook part lists them (openpyxl skips a sheet whose part is missing)."""
        from defusedxml.ElementTree import fromstring

        if self._listed is None:
            try:
                with zipfile.ZipFile(self.path) as archive:
                    root = fromstring(archive.read("xl/workbook.xml"))
                self._listed = [e.get("name", "") for e in root.iter() if e.tag.endswith("}sheet")]
            except (KeyError, ValueError, SyntaxError, zipfile.BadZipFile, zlib.error):
                self._listed = []
        return self._listed

    def close(self) -> None:
        self.book.close()
        if self._formula_book is not None:
            self._formula_book.close()
        for handle in self._handles:
            handle.close()


def _is_zero(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == 0


def _missing_cache(twin, coordinate: str, zero: bool = False) -> MissingCache | None:
    """The formula of the cell if its twin in the formula parse has one (no cached value was saved)."""
    value = getattr(twin, "value", None)
    if getattr(twin, "coordinate", None) == coordinate and twin.data_type == "f" and isinstance(value, str):
        return MissingCache(value[1:] if value.startswith("=") else value, zero=zero)
    return None


def _asks_full_calculation(path: Path) -> bool:
    """Whether the workbook asks to be recalculated when opened (``<calcPr fullCalcOnLoad="1"/>``).

    Programs that write formulas without calculating them (openpyxl, xlsxwriter) set it; their
    cached values, where they write any, are placeholders.
    """
    with zipfile.ZipFile(path) as archive, archive.open("xl/workbook.xml") as part:
        head = part.read(PROLOG_BYTES * 4)
    return re.search(rb'<(?:\w+:)?calcPr\b[^>]*\bfullCalcOnLoad="(?:1|true)"', head) is not None


def _has_formulas(path: Path) -> bool:
    """Whether any worksheet part holds a formula element, scanned in chunks."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            with archive.open(name) as part:
                tail = b""
                while chunk := part.read(1 << 20):
                    window = tail + chunk
                    if b"<f>" in window or b"<f " in window or b"<f/>" in window:
                        return True
                    tail = window[-3:]
    return False


def _failure(exc: BaseException) -> str:
    """One Swedish sentence for an exception raised while opening or reading a workbook."""
    from defusedxml import DefusedXmlException

    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for cause in chain:
        if isinstance(cause, NotAWorkbook):
            return str(cause)
    for cause in chain:
        if isinstance(cause, DefusedXmlException):
            return FORBIDDEN_XML
    for cause in chain:
        if isinstance(cause, zipfile.BadZipFile | zlib.error | EOFError):
            return DAMAGED_ZIP
        if isinstance(cause, KeyError) and (missing := re.search(r"no item named '([^']+)'", str(cause))):
            return f"filen är skadad: delen {missing[1]} som arbetsboken hänvisar till saknas"
        if isinstance(cause, SyntaxError):  # xml.etree's ParseError and lxml's XMLSyntaxError
            return BROKEN_XML
    return (
        "filen kan inte läsas som en Excel-arbetsbok; den kan vara skadad – öppna och spara den i Excel "
        f"({type(exc).__name__})"
    )


def read_workbook(path: Path, spec: WorkbookSpec, problems: Problems) -> WorkbookData | None:
    """Read ``path`` as declared by ``spec``; returns None if the file cannot be opened at all.

    A ``path`` named as the contract names the workbook stands for the file the
    folder holds in whatever case and format it was saved (``Budget.xlsx``,
    ``budget.xlsm``, ``budget.ods``); the others beside it are reported.
    """
    if path.name == spec.filename:
        found = workbook_candidates(path.parent, spec.filename)
        path = found[0] if found else path
        _report_siblings(path, found[1:], problems)
    file_place = Place(path.name)
    if (lock := lock_file_of(path)) is not None:
        problems.warning(
            file_place,
            f"arbetsboken är öppen i {lock[1]} (låsfilen {lock[0].name} finns); ändringar som inte har sparats "
            f"kommer inte med – spara och stäng den i {lock[1]} först",
        )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl's (e.g. "Data Validation extension is not supported")
        return _read(path, spec, problems)


def _report_siblings(chosen: Path, others: list[Path], problems: Problems) -> None:
    """Other files that could be the workbook: an error if one was saved later than the one read."""
    try:
        chosen_time = os.stat(chosen).st_mtime
    except OSError:
        return
    for other in others:
        try:
            newer = os.stat(other).st_mtime > chosen_time + MTIME_SLACK_SECONDS
        except OSError:
            newer = False
        if newer:
            problems.error(
                Place(other.name),
                f"filen är nyare än {chosen.name}, som är den plangen läser; spara ändringarna som Excel-arbetsbok "
                f"i {chosen.name} och ta bort {other.name}",
            )
        else:
            problems.warning(
                Place(other.name),
                f"filen läses inte, eftersom plangen läser {chosen.name}; ta bort den om {chosen.name} "
                "är den som gäller",
            )


def _read(path: Path, spec: WorkbookSpec, problems: Problems) -> WorkbookData | None:
    file_place = Place(path.name)
    try:
        inspect_workbook_file(path)
        book = _Workbook(path)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        problems.error(file_place, _failure(exc))
        return None
    data = WorkbookData(spec, path)
    try:
        by_name: dict[str, list[str]] = {}
        for name in book.sheetnames:
            by_name.setdefault(normalise_header(name), []).append(name)
        for sheet in spec.sheets:
            matching = by_name.get(normalise_header(sheet.name), [])
            place = Place(path.name, sheet.name)
            if len(matching) > 1:
                _same_sheet_names(book, matching, file_place, problems)
                if isinstance(sheet, TableSheet):
                    data.tables[sheet.name] = TableData(sheet, [], place, present=False)
                continue
            actual = matching[0] if matching else None
            if actual is None:
                _missing_sheet(book, sheet, file_place, problems)
                if isinstance(sheet, TableSheet):
                    data.tables[sheet.name] = TableData(sheet, [], place, present=False)
                continue
            place = Place(path.name, visible(unicodedata.normalize("NFC", actual)))
            if book.is_hidden(actual):
                problems.warning(
                    place,
                    "bladet är dolt i Excel men läses ändå; visa det (högerklicka på en bladflik › Visa) och "
                    "kontrollera att det är rätt blad",
                )
            try:
                if isinstance(sheet, TableSheet):
                    data.tables[sheet.name] = _read_table(book, actual, sheet, place, problems)
                else:
                    data.key_values[sheet.name] = _read_key_values(book, actual, sheet, place, problems)
            except Exception as exc:  # a damaged sheet part
                problems.error(place, _failure(exc))
                return None
        declared = {normalise_header(sheet.name) for sheet in spec.sheets}
        for name in book.sheetnames:
            if normalise_header(name) not in declared:
                data.user_sheets[name] = list(book.rows(name))
    except Exception as exc:  # a damaged workbook part
        problems.error(file_place, _failure(exc))
        return None
    finally:
        book.close()
    return data


def _same_sheet_names(book: _Workbook, names: list[str], file_place: Place, problems: Problems) -> None:
    """Two or more sheets that all match one declared sheet: plangen cannot tell which one is meant."""
    shown = [f"”{visible(name)}”" + (" (dolt)" if book.is_hidden(name) else "") for name in names]
    listed = ", ".join(shown[:-1]) + " och " + shown[-1]
    problems.error(
        file_place,
        f"bladen {listed} har samma namn när mellanslag, stora och små bokstäver och osynliga tecken inte räknas; "
        "plangen vet inte vilket som ska läsas – ta bort eller byt namn på alla utom ett",
    )


def _missing_sheet(book: _Workbook, sheet, file_place: Place, problems: Problems) -> None:
    listed = {normalise_header(name): name for name in book.listed_sheets()}
    if normalise_header(sheet.name) in listed:
        problems.error(
            Place(file_place.file, visible(listed[normalise_header(sheet.name)])),
            "bladet finns i arbetsboken men dess innehåll saknas i filen; filen är skadad",
        )
        return
    if not sheet.required:
        return
    names = book.sheetnames
    present = (
        "filen har inga blad"
        if not names
        else ("filen har bladet " if len(names) == 1 else "filen har bladen ")
        + ", ".join(f"”{visible(n)}”" for n in names)
    )
    problems.error(file_place, f"bladet ”{sheet.name}” saknas ({present}); det ska innehålla: {sheet.help}")


def _parse(column_type, raw: object, place: Place, problems: Problems) -> object:
    try:
        value = column_type.parse(raw)
    except Rejected as exc:
        problems.error(place, str(exc))
        return None
    if (note := column_type.note(raw, value)) is not None:
        problems.warning(place, note)
    return value


def _read_table(book: _Workbook, actual: str, sheet: TableSheet, place: Place, problems: Problems) -> TableData:
    rows = book.rows(actual)
    first = next(rows, None)
    table = TableData(sheet, [], place)
    all_names = " | ".join(c.name for c in sheet.columns)
    if first is None:
        problems.error(place, f"bladet är tomt; väntade rubrikraden {all_names} på rad 1")
        return table
    header_number, header_cells = first
    wanted = {normalise_header(c.name): c for c in sheet.columns}
    if header_number != 1 or not any(normalise_header(v) in wanted for _, v in header_cells):
        expected = "väntade rubrikraden " + " | ".join(c.name for c in sheet.columns if c.required) + " på rad 1"
        found_at = _find_header_row(first, rows, sheet, wanted)
        if found_at is not None:
            expected += f", men rubrikerna står på rad {found_at}; ta bort raderna ovanför dem"
        elif header_number != 1:
            expected += ", men rad 1 är tom"
        else:
            texts = [visible(str(v).strip()) for _, v in header_cells if not _is_blank(v)]
            shown = ", ".join(f"”{t if len(t) <= 40 else t[:37] + '…'}”" for t in texts[:3])
            expected += f", men ingen av rubrikerna står där (rad 1 har {shown}{', …' if len(texts) > 3 else ''})"
        problems.error(Place(place.file, place.sheet, "A1"), expected)
        return table
    column_at: dict[str, str] = {}  # column letter -> declared name or open header
    declared: dict[str, Column] = {}
    seen: dict[str, str] = {}
    for coordinate, value in header_cells:
        key = normalise_header(value)
        letter = coordinate.rstrip("0123456789")
        if not key:
            continue
        if key in seen:
            problems.error(
                Place(place.file, place.sheet, coordinate),
                f"kolumnen ”{visible(str(value).strip())}” finns två gånger (även i {seen[key]})",
            )
            continue
        seen[key] = coordinate
        if key in wanted:
            column_at[letter] = wanted[key].name
            declared[wanted[key].name] = wanted[key]
        elif sheet.open_columns:
            column_at[letter] = str(value).strip()
    missing = [c for c in sheet.columns if c.required and c.name not in declared]
    if missing:
        _report_missing_columns(book, actual, missing, header_cells, wanted, place, problems)
    if missing:
        return table
    table.open_headers = tuple(name for name in column_at.values() if name not in declared)
    for number, cells in rows:
        values: dict[str, object] = {name: None for name in declared}
        places: dict[str, Place] = {}
        extra: dict[str, tuple[object, Place]] = {}
        for coordinate, raw in cells:
            name = column_at.get(coordinate.rstrip("0123456789"))  # the column letters of A12
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
    if actual in book.cut_off:
        below = book.first_value_below(actual, book.cut_off[actual])
        if below is not None:
            problems.warning(
                Place(place.file, place.sheet, f"rad {below}"),
                f"raden står efter minst {BLANK_ROWS_BEFORE_END:,} tomma rader".replace(",", "\u00a0")
                + " och läses inte; ta bort de tomma raderna ovanför den",
            )
    _check_unique(table, problems)
    return table


def _find_header_row(first, rows, sheet: TableSheet, wanted: dict[str, Column]) -> int | None:
    """The row among the first filled rows that holds most of the required headers, if any."""
    required = [c for c in sheet.columns if c.required]
    needed = max(1, (len(required) + 1) // 2)
    candidates = [first]
    for candidate in rows:
        candidates.append(candidate)
        if len(candidates) >= HEADER_SEARCH_ROWS:
            break
    for number, cells in candidates:
        matched = {normalise_header(v) for _, v in cells} & {normalise_header(c.name) for c in required}
        if len(matched) >= needed and any(normalise_header(v) in wanted for _, v in cells):
            return number
    return None


def _report_missing_columns(
    book: _Workbook,
    actual: str,
    missing: list[Column],
    header_cells: list[tuple[str, object]],
    wanted: dict[str, Column],
    place: Place,
    problems: Problems,
) -> None:
    """One line per missing column, naming a likely misspelt header and merged header cells."""
    unmatched: dict[str, tuple[str, str]] = {}
    for coordinate, value in header_cells:
        key = normalise_header(value)
        if key and key not in wanted and key not in unmatched:
            unmatched[key] = (coordinate, visible(str(value).strip()))
    merged = _merged_header_ranges(book, actual)
    for column in missing:
        message = f"kolumnen ”{column.name}” saknas i rubrikraden ({column.help})"
        close = difflib.get_close_matches(normalise_header(column.name), unmatched, n=1, cutoff=MISSPELLING_CUTOFF)
        if close:
            coordinate, text = unmatched[close[0]]
            message += f"; rubriken ”{text}” i {coordinate} är kanske felstavad"
        if merged:
            message += (
                f"; rubrikraden har sammanfogade celler ({', '.join(merged)}) – dela upp dem så att varje kolumn "
                "får en egen rubrik"
            )
        problems.error(Place(place.file, place.sheet, "rad 1"), message)


def _merged_header_ranges(book: _Workbook, actual: str) -> list[str]:
    """Merged ranges on row 1; a hint only, so a part that cannot be searched gives none."""
    try:
        return book.merged_ranges(actual, 1)
    except (KeyError, ValueError, SyntaxError, zipfile.BadZipFile, zlib.error):
        return []


def _raw_of(cells: list[tuple[str, object]], place: Place) -> object:
    return next((raw for coordinate, raw in cells if coordinate == place.cell), None)


def _check_unique(table: TableData, problems: Problems) -> None:
    """Report a repeated key at the later row and leave that row out (so one mistake gives one line)."""
    repeated: set[int] = set()
    for column in table.sheet.unique:
        first_seen: dict[str, Place] = {}
        for row in table.rows:
            value = row.values.get(column)
            if value is None:
                continue
            key = normalise_header(value)
            if key in first_seen:
                shown = visible(str(value))
                problems.error(row.place(column), f"{column} ”{shown}” finns redan på {first_seen[key].cell}")
                repeated.add(row.number)
            else:
                first_seen[key] = row.place(column)
    if repeated:
        table.rows = [row for row in table.rows if row.number not in repeated]


def _read_key_values(book: _Workbook, actual: str, sheet: KeyValueSheet, place: Place, problems: Problems) -> KeyValues:
    result = KeyValues(sheet, {}, {}, place)
    declared = {normalise_header(k.name): k for k in sheet.keys}
    rows = list(book.rows(actual))
    empty = not rows
    if rows and normalise_header(dict(rows[0][1]).get(f"A{rows[0][0]}")) == normalise_header(sheet.key_header):
        rows = rows[1:]
    if not rows:
        required = ", ".join(k.name for k in sheet.keys if k.required)
        what = "bladet är tomt" if empty else "bladet har inga nycklar"
        problems.error(place, f"{what}; väntade nycklarna {required} i kolumn A och deras värden i kolumn B")
        for spec in sheet.keys:
            result.values[spec.name] = None
        return result
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
