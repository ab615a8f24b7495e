"""Swedish number, percent and date formats through Babel (never string tricks).

Thousands are separated by a non-breaking space (``758 000``), decimals by a
comma (``0,20``), percent as ``88 %`` and dates as ``26 juni 2008``.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal

from babel import Locale
from babel.dates import format_date
from babel.numbers import get_minus_sign_symbol, parse_pattern

from generator.compute.rounding import half_up
from generator.schema.types import YearMonth

LOCALE = "sv_SE"


@functools.cache
def _pattern(pattern: str):
    """A Babel number pattern, parsed once (parsing costs more than applying it)."""
    return parse_pattern(pattern)


@functools.cache
def _locale() -> Locale:
    return Locale.parse(LOCALE)


@functools.cache
def _minus() -> str:
    return get_minus_sign_symbol(LOCALE)


def _decimal(value: Decimal, pattern: str) -> str:
    """Babel with the locale's own minus sign (U+2212 in Swedish), which explicit patterns drop."""
    text = _pattern(pattern).apply(value, _locale())
    return _minus() + text[1:] if text.startswith("-") else text


def kronor(value: Decimal | int | float | None) -> str:
    """Whole kronor, half up: ``758 000``, ``−14 750``; empty for None."""
    if value is None:
        return ""
    return _decimal(half_up(value), "#,##0")


def number(value: Decimal | int | float | None, decimals: int = 0) -> str:
    """A number with a fixed count of decimals, half up: ``16 766,7``, ``0,20``."""
    if value is None:
        return ""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return _decimal(half_up(value, decimals), pattern)


def percent(value: int | None) -> str:
    """A whole percent already rounded half up: ``88 %``."""
    if value is None:
        return "–"
    return _decimal(Decimal(value), "#,##0") + "\u00a0%"


def long_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return format_date(value, "d MMMM y", locale=LOCALE)


def month_year(value: YearMonth | None) -> str:
    """``januari 2007``, or just the year when the month is unknown."""
    if value is None:
        return ""
    if value.month is None:
        return str(value.year)
    return format_date(dt.date(value.year, value.month, 1), "MMMM y", locale=LOCALE)


def span(start: YearMonth | None, end: YearMonth | None) -> str:
    """A period such as ``januari 2007 – juni 2009``."""
    if end is None:
        return f"från {month_year(start)}"
    return f"{month_year(start)} – {month_year(end)}"


def value_text(value: object, fmt) -> str:
    """A user table's cell as printed: ``fmt`` (a :class:`generator.compute.user_tables.ColumnFormat`) says
    whether its column is kronor, a number of fixed decimals, dates or text."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        if fmt.kind == "kronor":
            return kronor(value)
        if fmt.kind == "number":
            return number(value, fmt.decimals)
        return str(int(value)) if value == value.to_integral_value() else number(value, 2)
    if isinstance(value, dt.datetime):
        return long_date(value.date())
    if isinstance(value, dt.date):
        return long_date(value)
    return str(value)
