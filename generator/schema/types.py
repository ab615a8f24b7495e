"""Value types of the contract: each turns a raw cell value into a typed value
or raises :class:`Rejected` with a Swedish description of what was expected.

The raw value is what the spreadsheet layer hands over: ``None``, ``str``
(in Unicode NFC), ``int``, ``float``, ``bool``, ``datetime``, an
:class:`ErrorValue` or a :class:`MissingCache`.

A number typed as text the way a Swede writes it (``0,20``, ``31 316``,
``12 kr``) is read as the number; :meth:`ValueType.note` then gives the
warning that names it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation


class Rejected(ValueError):
    """A cell value does not fit its column; the message is Swedish and says what was expected."""


@dataclass(frozen=True)
class ErrorValue:
    """An Excel error such as ``#REF!`` found in a cell."""

    code: str


@dataclass(frozen=True)
class MissingCache:
    """A formula cell whose computed value was never saved (e.g. written by a script).

    ``zero`` marks a formula saved with the placeholder value 0 in a workbook
    that asks to be recalculated when opened (``fullCalcOnLoad``), as some
    programs write them: the 0 was never calculated either.
    """

    formula: str
    zero: bool = False


#: Characters that show nothing, shown in messages by their code point.
INVISIBLE_CATEGORIES = ("Cf", "Cc", "Zl", "Zp", "Co", "Cn")
#: Letters that render as blank space (Hangul fillers, braille blank).
BLANK_LETTERS = "\u115f\u1160\u3164\uffa0\u2800"


def visible(text: str) -> str:
    """``text`` for a message: invisible characters as ``⟨U+200B⟩``, and combining marks too in text not in NFC.

    A zero-width space, a soft hyphen or a byte-order mark makes two names
    that look alike differ; shown this way the difference can be seen.
    """
    decomposed = unicodedata.normalize("NFC", text) != text
    shown = []
    for char in text:
        category = unicodedata.category(char)
        if category in INVISIBLE_CATEGORIES or char in BLANK_LETTERS or (decomposed and category == "Mn"):
            shown.append(f"⟨U+{ord(char):04X}⟩")
        else:
            shown.append(char)
    return "".join(shown)


def match_key(text: object) -> str:
    """How names, headers and choices are compared: NFC, invisible format characters dropped,
    runs of white space as one space, no space around, case ignored."""
    if text is None:
        return ""
    text = str(text)
    if text.isascii():  # no format characters or decompositions to look for (most cells)
        return " ".join(text.split()).casefold()
    return _match_key(text)


@functools.lru_cache(maxsize=65536)
def _match_key(text: str) -> str:
    normal = unicodedata.normalize("NFC", text)
    normal = "".join(char for char in normal if unicodedata.category(char) != "Cf")
    return re.sub(r"\s+", " ", normal).strip().casefold()


def describe(raw: object) -> str:
    """How a raw cell value is named in an error message."""
    if isinstance(raw, bool):
        return "sanningsvärdet " + ("SANT" if raw else "FALSKT")
    if isinstance(raw, ErrorValue):
        return f"felvärdet {raw.code}"
    if isinstance(raw, MissingCache) and raw.zero:
        return (
            f"formeln ={visible(raw.formula)} med värdet 0, som aldrig räknats ut (filen ber om omräkning när den "
            "öppnas; öppna och spara filen i Excel)"
        )
    if isinstance(raw, MissingCache):
        return f"formeln ={visible(raw.formula)} utan sparat värde (öppna och spara filen i Excel)"
    if isinstance(raw, dt.datetime | dt.date):
        return f"datumet {raw:%Y-%m-%d}"
    if isinstance(raw, str):
        text = visible(raw)
        text = text if len(text) <= 40 else text[:37] + "…"
        return f"texten ”{text}”"
    return f"värdet {swedish_number(raw)}"


def swedish_number(raw: object) -> str:
    """A number as a Swede writes it in a message: decimal comma, real minus sign (``−124301,5``)."""
    return str(raw).replace(".", ",").replace("-", "\u2212")


def _reject_special(raw: object, expected: str) -> None:
    if isinstance(raw, bool | ErrorValue | MissingCache):
        raise Rejected(f"väntade {expected}, fann {describe(raw)}")


class ValueType:
    """Base of all column types."""

    #: Swedish description used in messages and in the Instruktioner sheet.
    expected: str = "ett värde"
    #: Excel number format for ``init``'s workbooks.
    number_format: str = "General"
    #: Closed list for a dropdown, if any.
    choices: tuple[str, ...] = ()

    def parse(self, raw: object) -> object:  # pragma: no cover - abstract
        raise NotImplementedError

    def note(self, raw: object, value: object) -> str | None:
        """A warning about how ``raw`` was read as ``value``, if it was read leniently."""
        return None


class Text(ValueType):
    expected = "en text"
    number_format = "@"

    def parse(self, raw: object) -> str:
        _reject_special(raw, self.expected)
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        if isinstance(raw, dt.datetime):
            return f"{raw:%Y-%m-%d}"
        return unicodedata.normalize("NFC", str(raw)).strip()


#: Spaces a Swede groups thousands with: space, no-break space, narrow no-break space, thin and figure space.
GROUP_SPACES = " \u00a0\u202f\u2009\u2007"
NUMBER_TEXT = re.compile(
    rf"(?P<sign>[-\u2212+]?)\s*(?P<whole>\d{{1,3}}(?:[{GROUP_SPACES}]\d{{3}})+|\d+)"
    r"(?:(?P<mark>[,.])(?P<fraction>\d+))?\s*(?P<unit>\S.*?)?"
)
#: Units accepted after a number typed as text, by the column's unit.
UNIT_WORDS = {"kr": ("kr", "kr.", "kronor", "sek", ":-"), "invånare": ("inv", "inv.", "invånare")}
#: Numbers beyond this are taken for a typing or export mistake (a real amount is far below 10¹² kr).
LARGEST_NUMBER = Decimal(10) ** 12


def _grouped(value: Decimal) -> str:
    """``Decimal(10**12)`` → ``1 000 000 000 000`` (no-break spaces)."""
    return f"{value:,f}".replace(",", "\u00a0").replace(".", ",")


def _magnitude(value: Decimal) -> str:
    """A huge number shortly, the Swedish way: ``1E+30`` → ``1 · 10^30``."""
    exponent = value.copy_abs().adjusted()
    mantissa = f"{value.scaleb(-exponent).normalize():f}".replace(".", ",").replace("-", "\u2212")
    return f"{mantissa} · 10^{exponent}"


@dataclass(frozen=True)
class Number(ValueType):
    """A number, kept as :class:`~decimal.Decimal` so rounding is exact."""

    unit: str = ""
    minimum: Decimal | None = Decimal(0)
    whole: bool = False
    maximum: Decimal | None = LARGEST_NUMBER
    """Largest magnitude accepted; beyond it a value is an error rather than a number to compute with."""

    @property
    def expected(self) -> str:  # type: ignore[override]
        what = "ett heltal" if self.whole else "ett tal"
        if self.minimum == 0:
            what += " ≥ 0"
        return f"{what} ({self.unit})" if self.unit else what

    @property
    def number_format(self) -> str:  # type: ignore[override]
        return "#,##0" if self.whole or self.unit == "kr" else "#,##0.0"

    def parse(self, raw: object) -> Decimal:
        _reject_special(raw, self.expected)
        if isinstance(raw, str):
            value = self._from_text(raw)
            if value is None:
                raise Rejected(f"väntade {self.expected}, fann {describe(raw)}")
            raw = value
        if not isinstance(raw, int | float | Decimal) or isinstance(raw, dt.datetime):
            raise Rejected(f"väntade {self.expected}, fann {describe(raw)}")
        try:
            value = Decimal(str(raw)) if isinstance(raw, float) else Decimal(raw)
        except InvalidOperation as exc:  # pragma: no cover - inf/nan
            raise Rejected(f"väntade {self.expected}, fann {describe(raw)}") from exc
        if not value.is_finite():
            raise Rejected(f"väntade {self.expected}, fann {describe(raw)}")
        if self.maximum is not None and value.copy_abs() > self.maximum:
            raise Rejected(
                f"väntade {self.expected}, fann det orimligt stora talet {_magnitude(value)} "
                f"(högst {_grouped(self.maximum)} godtas); kontrollera cellen"
            )
        if self.minimum is not None and value < self.minimum:
            raise Rejected(f"väntade {self.expected}, fann det negativa talet {swedish_number(raw)}")
        if self.whole and value != value.to_integral_value():
            raise Rejected(f"väntade {self.expected}, fann {swedish_number(raw)}")
        return value

    def _from_text(self, text: str) -> Decimal | None:
        """A number typed as text (``0,20``, ``31 316``, ``1 000 000``, ``12 kr``), or None if it is none."""
        match = NUMBER_TEXT.fullmatch(text.strip())
        if match is None:
            return None
        unit = (match["unit"] or "").casefold()
        if unit and unit not in UNIT_WORDS.get(self.unit, (self.unit.casefold(),) if self.unit else ()):
            return None
        digits = re.sub(f"[{GROUP_SPACES}]", "", match["whole"])
        if match["mark"] == "." and (" " in match["whole"] or len(match["fraction"]) == 3):
            return None  # 1.000 is a thousand to a Swede and one to others: neither is guessed
        sign = "-" if match["sign"] in ("-", "\u2212") else ""
        fraction = f".{match['fraction']}" if match["fraction"] else ""
        return Decimal(f"{sign}{digits}{fraction}")

    def note(self, raw: object, value: object) -> str | None:
        if not isinstance(raw, str) or not isinstance(value, Decimal):
            return None
        return (
            f"talet står som text (”{visible(raw.strip())}”) och läses som {swedish_number(value)}; "
            "skriv in det som ett tal i Excel"
        )


class Year(ValueType):
    expected = "ett årtal (t.ex. 2009)"
    number_format = "0"

    def parse(self, raw: object) -> int:
        _reject_special(raw, self.expected)
        if isinstance(raw, str) and re.fullmatch(r"\s*\d{4}\s*", raw):
            raw = int(raw)
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        if not isinstance(raw, int) or not 1900 <= raw <= 2100:
            raise Rejected(f"väntade {self.expected}, fann {describe(raw)}")
        return raw


class Date(ValueType):
    expected = "ett datum (t.ex. 2008-06-26)"
    number_format = "yyyy-mm-dd"

    def parse(self, raw: object) -> dt.date:
        _reject_special(raw, self.expected)
        if isinstance(raw, dt.datetime):
            return raw.date()
        if isinstance(raw, dt.date):
            return raw
        if isinstance(raw, str):
            try:
                return dt.date.fromisoformat(raw.strip())
            except ValueError:
                pass
        raise Rejected(f"väntade {self.expected}, fann {describe(raw)}")


@dataclass(frozen=True, order=True)
class YearMonth:
    """A month of a year; ``month`` is None when only the year is known."""

    year: int
    month: int | None = None

    def __str__(self) -> str:
        return f"{self.year}-{self.month:02d}" if self.month else str(self.year)


class YearMonthType(ValueType):
    expected = "ett datum, år-månad (t.ex. 2007-01) eller ett årtal"
    number_format = "yyyy-mm"

    def parse(self, raw: object) -> YearMonth:
        _reject_special(raw, self.expected)
        if isinstance(raw, dt.datetime | dt.date):
            return YearMonth(raw.year, raw.month)
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        if isinstance(raw, int) and 1900 <= raw <= 2100:
            return YearMonth(raw)
        if isinstance(raw, str):
            match = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2}))?(?:-\d{1,2})?\s*", raw)
            if match and 1900 <= int(match[1]) <= 2100:
                month = int(match[2]) if match[2] else None
                if month is None or 1 <= month <= 12:
                    return YearMonth(int(match[1]), month)
        raise Rejected(f"väntade {self.expected}, fann {describe(raw)}")


@dataclass(frozen=True)
class Choice(ValueType):
    """One of a closed list; matching ignores case and surrounding spaces."""

    choices: tuple[str, ...] = ()

    @property
    def expected(self) -> str:  # type: ignore[override]
        return "ett av " + ", ".join(f"”{c}”" for c in self.choices)

    number_format = "@"

    def parse(self, raw: object) -> str:
        _reject_special(raw, self.expected)
        choice = _choice_keys(self.choices).get(match_key(raw))
        if choice is None:
            raise Rejected(f"väntade {self.expected}, fann {describe(raw)}")
        return choice


@functools.lru_cache(maxsize=1024)
def _choice_keys(choices: tuple[str, ...]) -> dict[str, str]:
    """Each choice by its match key, the first of equal keys winning (the list's order)."""
    keys: dict[str, str] = {}
    for choice in choices:
        keys.setdefault(match_key(choice), choice)
    return keys


YES_NO = Choice(("ja", "nej"))


@dataclass(frozen=True, order=True)
class Period:
    """A span of whole years such as ``2008-2009`` (``first == last`` for one year)."""

    first: int
    last: int

    @property
    def years(self) -> range:
        return range(self.first, self.last + 1)

    def shifted(self, years: int) -> Period:
        return Period(self.first + years, self.last + years)

    def __str__(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}-{self.last}"

    @property
    def display(self) -> str:
        """As printed in a document: ``2008–2009`` with an en dash."""
        return str(self.first) if self.first == self.last else f"{self.first}\u2013{self.last}"


class PeriodType(ValueType):
    expected = "en period av år (t.ex. 2008-2009)"
    number_format = "@"

    def parse(self, raw: object) -> Period:
        _reject_special(raw, self.expected)
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        match = re.fullmatch(r"\s*(\d{4})\s*(?:[-–—]\s*(\d{4})\s*)?", str(raw))
        if match:
            first = int(match[1])
            last = int(match[2]) if match[2] else first
            if 1900 <= first <= last <= 2100:
                return Period(first, last)
        raise Rejected(f"väntade {self.expected}, fann {describe(raw)}")
