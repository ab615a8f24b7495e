"""Population figures from a file a user downloads: SCB's Statistikdatabasen or Kolada (N01951).

Both sites export CSV (ISO-8859-1, Windows-1252, UTF-8 with or without BOM or UTF-16; semicolon, comma or
tab separated; a title line or two above the header) and xlsx with the same layout.  Two layouts are read:

* wide (SCB): a region column such as ``"0180 Stockholm"`` and one column per year (``"2009"``,
  ``"Folkmängd 2009"``, ``"2009M12"``); the latest year with figures is used;
* long (Kolada): a name column (``Kommun``, ``Region``, ``Namn``), a period column (``Period``, ``År``)
  and a value column (``Värde``, ``Antal``, ``N01951``); the latest period is used.

Further columns (``ålder``, ``kön``) are dimensions: where some rows are totals (``totalt``, ``T``), only
the totals are kept; otherwise the rows of one region are added up.  Names are matched to members
case-insensitively after NFC, ignoring a leading code, the suffixes *kommun* and *stad* (with the
genitive s) and, for a county council, *Region*, *Landstinget i*, *läns landsting*, *län*.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from generator.problems import Place

#: Larger than any population export (290 kommuner × a few dimensions × many years).
MAX_BYTES = 50 * 1024 * 1024
#: Title and note lines searched for the header row.
HEADER_SEARCH_ROWS = 30

YEAR = re.compile(r"(?<!\d)(19\d{2}|20\d{2}|2100)(?:\s*M\s*(\d{2}))?(?!\d)", re.IGNORECASE)
LEADING_CODE = re.compile(r"^(\d{2,4})\s*(?:[-–:]\s*)?(?=\D)")
NAME_HEADERS = ("region", "kommun", "namn", "municipality", "område", "organisation", "län")
PERIOD_HEADERS = ("period", "år", "year", "tid")
VALUE_HEADERS = ("värde", "value", "antal", "n01951", "folkmängd", "invånare")
ID_HEADERS = ("id", "kod", "code", "kpi", "nyckeltal")
TOTAL_WORDS = ("t", "tot", "total", "totalt", "alla", "samtliga", "summa", "båda könen", "alla åldrar")


class PopulationUnreadable(Exception):
    """The file holds no population table plangen can read; the message is one Swedish sentence."""


@dataclass(frozen=True)
class PopulationFigure:
    name: str
    """The region as the file writes it, e.g. ``0180 Stockholm``."""
    population: int
    place: Place


@dataclass
class PopulationTable:
    """One year's population per region, from one file."""

    path: Path
    year: int
    source: str
    """``SCB`` or ``Kolada``."""
    figures: list[PopulationFigure]
    notes: list[str] = field(default_factory=list)
    """What the reader did that the user should know (e.g. rows added up)."""

    @property
    def as_of(self) -> str:
        """The reference date as printed under the fee table."""
        if self.source == "Kolada":
            return f"31 december {self.year} enligt SCB (Kolada, N01951)"
        return f"31 december {self.year} enligt SCB"

    def match(self, names: Iterable[str]) -> tuple[dict[str, PopulationFigure], dict[str, str]]:
        """Members' names → their figure; and the names without a (single) figure → why."""
        by_key: dict[tuple[str, str], list[PopulationFigure]] = {}
        for figure in self.figures:
            for key in name_keys(figure.name, stated=True):
                by_key.setdefault(key, []).append(figure)
        found: dict[str, PopulationFigure] = {}
        missing: dict[str, str] = {}
        for name in names:
            candidates: list[PopulationFigure] = []
            for key in name_keys(name):
                for figure in by_key.get(key, ()):
                    if figure not in candidates:
                        candidates.append(figure)
            if len(candidates) == 1:
                found[name] = candidates[0]
            elif candidates:
                missing[name] = "flera rader passar: " + ", ".join(f"”{c.name}”" for c in candidates)
            else:
                missing[name] = "finns inte i filen"
        return found, missing


# --- names ---------------------------------------------------------------------------------------------

_COUNTY_PATTERNS = (
    re.compile(r"^region\s+"),
    re.compile(r"^landstinget\s+(?:i\s+)?"),
    re.compile(r"\s+läns\s+landsting$"),
    re.compile(r"\s+landsting$"),
    re.compile(r"\s*regionen$"),
    re.compile(r"\s+län$"),
)
_MUNICIPALITY_SUFFIX = re.compile(r"\s+(?:kommun|stad|stadskommun)$")


def _plain(name: str) -> str:
    text = unicodedata.normalize("NFC", name).casefold()
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    text = re.sub(r"[\s\u00a0\u200b]+", " ", text).strip().strip('"').strip()
    return re.sub(r"\s*-\s*", "-", text)


def name_keys(name: str, stated: bool = False) -> set[tuple[str, str]]:
    """The keys a name matches on: ("kommun" | "region", base name), with and without a genitive s.

    ``stated`` is for the file's side, whose codes tell a county (two digits, or Kolada's ``00xx``).
    """
    text = _plain(name)
    county = False
    code = LEADING_CODE.match(text)
    if code:
        text = text[code.end() :].strip()
        county = stated and (len(code[1]) == 2 or code[1].startswith("00"))
    stripped = False
    for pattern in _COUNTY_PATTERNS:
        if pattern.search(text):
            text = pattern.sub("", text).strip()
            county = stripped = True
    if not county and _MUNICIPALITY_SUFFIX.search(text):
        text = _MUNICIPALITY_SUFFIX.sub("", text).strip()
        stripped = True
    bases = {text}
    if stripped and len(text) > 2 and text.endswith("s"):
        bases.add(text[:-1])
    if stripped and text.endswith("u"):  # Falu kommun → Falun
        bases.add(text + "n")
    kind = "region" if county else "kommun"
    return {(kind, base) for base in bases if base}


# --- reading -------------------------------------------------------------------------------------------


def read_population(path: Path) -> PopulationTable:
    """Read ``path`` (.csv, .txt, .tsv or .xlsx) as a population table; raises :class:`PopulationUnreadable`."""
    try:
        if not path.is_file():
            raise PopulationUnreadable("filen finns inte" if not path.exists() else "det är ingen vanlig fil")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise PopulationUnreadable(f"filen är för stor ({size // (1024 * 1024)} MB) för en folkmängdstabell")
        with path.open("rb") as handle:
            head = handle.read(4)
    except OSError as exc:
        raise PopulationUnreadable(f"kan inte läsa filen ({exc.strerror})") from exc
    if head.startswith(b"PK\x03\x04") or path.suffix.casefold() in (".xlsx", ".xlsm"):
        from generator.xlsx.grid import UnreadableWorkbook, read_grids

        try:
            grids = read_grids(path)
        except UnreadableWorkbook as exc:
            raise PopulationUnreadable(str(exc)) from exc
        failures = []
        for grid in grids:
            rows = [(n, [_cell_text(v) for _, v in cells], [c for c, _ in cells]) for n, cells in grid.rows]
            try:
                return _table(path, grid.sheet, rows)
            except PopulationUnreadable as exc:
                failures.append(str(exc))
        raise PopulationUnreadable(failures[0] if failures else "arbetsboken har inga blad med värden")
    return _table(path, None, _csv_rows(path.read_bytes()))


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _csv_rows(data: bytes) -> list[tuple[int, list[str], list[str]]]:
    """Rows as (line number, cells, cell names); the separator is the one that splits most lines alike."""
    text = _decode(data).replace("\x00", "")
    lines = text.splitlines()
    best: tuple[int, str] = (-1, ";")
    for separator in (";", "\t", ","):
        split = list(csv.reader(io.StringIO("\n".join(lines[:500])), delimiter=separator))
        widths = [len(row) for row in split if len(row) > 1]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        score = widths.count(common) * (common > 1)
        if score > best[0]:
            best = (score, separator)
    rows = []
    for number, cells in enumerate(csv.reader(io.StringIO("\n".join(lines)), delimiter=best[1]), start=1):
        if any(c.strip() for c in cells):
            rows.append((number, cells, [f"rad {number}"] * len(cells)))
    return rows


def _number(text: str) -> int | None:
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", text.strip().strip('"'))
    if re.fullmatch(r"\d+(?:[.,]0+)?", cleaned):
        return int(re.split(r"[.,]", cleaned)[0])
    return None


def _header_kind(text: str, words: tuple[str, ...]) -> bool:
    words_in = re.findall(r"[\wåäö]+", _plain(text))
    return any(w in words for w in words_in) or any(_plain(text).startswith(w) for w in words if len(w) > 3)


def _is_id(text: str) -> bool:
    return _header_kind(text, ID_HEADERS) or _plain(text).endswith(("id", "kod", "code"))


def _year_header(text: str) -> int | None:
    """The year a header cell names (``2009``, ``Folkmängd 2009``, ``2009M12``), not a coded name (``2080 Falun``)."""
    plain = _plain(text)
    match = YEAR.fullmatch(plain) or (YEAR.search(plain) if not LEADING_CODE.match(plain) else None)
    return int(match[1]) if match else None


def _is_total(text: str) -> bool:
    plain = _plain(text)
    return plain in TOTAL_WORDS or plain.startswith("totalt")


def _table(path: Path, sheet: str | None, rows: list[tuple[int, list[str], list[str]]]) -> PopulationTable:
    if not rows:
        raise PopulationUnreadable("filen är tom")
    titles = (path.name + " " + " ".join(" ".join(cells) for _, cells, _ in rows[:HEADER_SEARCH_ROWS])).casefold()
    for index, (_, cells, _) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        filled = [c for c in cells if c.strip()]
        if len(filled) < 2:
            continue
        years = {i: year for i, c in enumerate(cells) if (year := _year_header(c)) is not None}
        names = [i for i, c in enumerate(cells) if i not in years and _header_kind(c, NAME_HEADERS) and not _is_id(c)]
        periods = [i for i, c in enumerate(cells) if i not in years and _header_kind(c, PERIOD_HEADERS)]
        values = [i for i, c in enumerate(cells) if i not in years and _header_kind(c, VALUE_HEADERS)]
        body = rows[index + 1 :]
        if periods and values and names:
            kolada = any(_plain(c) == "period" or _header_kind(c, ("kpi", "nyckeltal")) for c in cells)
            source = "Kolada" if kolada or "kolada" in titles or "n01951" in titles else "SCB"
            return _long(path, sheet, cells, body, names[0], periods[0], values[0], source)
        if years:
            name = names[0] if names else next((i for i in range(len(cells)) if i not in years), None)
            if name is None:
                continue
            source = "Kolada" if "kolada" in titles or "n01951" in titles else "SCB"
            return _wide(path, sheet, cells, body, name, years, source)
    raise PopulationUnreadable(
        "hittar ingen rubrikrad med en regionkolumn och en kolumn per år (SCB) eller kolumnerna "
        "kommun, period och värde (Kolada)"
    )


def _gather(
    path: Path,
    sheet: str | None,
    header: list[str],
    entries: list[tuple[int, str, dict[int, str], int, str]],
    year: int,
    source: str,
) -> PopulationTable:
    """entries: (row, name, dimension values, population, cell) for the chosen year → one figure per name."""
    notes: list[str] = []
    dimensions = sorted({d for _, _, dims, _, _ in entries for d in dims})
    for d in dimensions:
        if any(_is_total(dims.get(d, "")) for _, _, dims, _, _ in entries):
            entries = [e for e in entries if _is_total(e[2].get(d, ""))]
    by_name: dict[str, list[tuple[int, str, dict[int, str], int, str]]] = {}
    for entry in entries:
        by_name.setdefault(_plain(entry[1]), []).append(entry)
    figures = []
    summed = 0
    for group in by_name.values():
        _, name, _, _, cell = group[0]
        total = sum(e[3] for e in group)
        summed += len(group) > 1
        figures.append(PopulationFigure(name.strip().strip('"'), total, Place(path.name, sheet, cell)))
    if summed:
        notes.append(
            f"{summed} regioner har flera rader ({', '.join(header[d] for d in dimensions) or 'samma namn'}); "
            "deras värden är summerade"
        )
    if not figures:
        raise PopulationUnreadable(f"filen har inga invånarantal för {year}")
    return PopulationTable(path, year, source, figures, notes)


def _wide(
    path: Path,
    sheet: str | None,
    header: list[str],
    body: list[tuple[int, list[str], list[str]]],
    name: int,
    years: dict[int, int],
    source: str,
) -> PopulationTable:
    dimensions = [i for i in range(len(header)) if i != name and i not in years]
    for column, year in sorted(years.items(), key=lambda item: (-item[1], item[0])):
        entries = []
        for number, cells, places in body:
            if column >= len(cells) or name >= len(cells) or not cells[name].strip():
                continue
            value = _number(cells[column])
            if value is None:
                continue
            dims = {d: cells[d] for d in dimensions if d < len(cells)}
            entries.append((number, cells[name], dims, value, places[column]))
        if entries:
            return _gather(path, sheet, header, entries, year, source)
    raise PopulationUnreadable("filen har inga invånarantal under årskolumnerna")


def _long(
    path: Path,
    sheet: str | None,
    header: list[str],
    body: list[tuple[int, list[str], list[str]]],
    name: int,
    period: int,
    value_column: int,
    source: str,
) -> PopulationTable:
    dimensions = [i for i in range(len(header)) if i not in (name, period, value_column) and not _is_id(header[i])]
    by_year: dict[int, list[tuple[int, str, dict[int, str], int, str]]] = {}
    for number, cells, places in body:
        if max(name, period, value_column) >= len(cells) or not cells[name].strip():
            continue
        year = YEAR.search(cells[period])
        value = _number(cells[value_column])
        if year is None or value is None:
            continue
        dims = {d: cells[d] for d in dimensions if d < len(cells)}
        by_year.setdefault(int(year[1]), []).append((number, cells[name], dims, value, places[value_column]))
    if not by_year:
        raise PopulationUnreadable("filen har inga invånarantal med period och värde")
    latest = max(by_year)
    return _gather(path, sheet, header, by_year[latest], latest, source)
