"""Blocks and live figures: what plangen puts into the organisation's own Word document.

A document kind's context builder fills a :class:`Catalogue` with named
entries.  The organisation's document places them by name with markers
(see :mod:`generator.docx.markers`):

* a **figure** (``[[antal-medlemmar]]``) is a formatted value cited inside a
  sentence;
* a **block** (a paragraph holding only ``[[budget-2009]]``) is a table, a
  chart, a list or a sequence of those, inserted where it is placed.

Everything here is plain data, free of python-docx: the docx layer lays it
out.  Each entry carries its own :class:`~generator.ledger.Ledger`, so the
figures sidecar, ``explain`` and the change report hold exactly what the
document places, once per figure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from generator.ledger import Ledger

Align = Literal["left", "right"]
RowKind = Literal["data", "group", "subtotal", "total"]


@dataclass(frozen=True)
class Column:
    header: str
    width_cm: float
    align: Align = "left"


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    kind: RowKind = "data"
    fill: str | None = None
    """A cell fill (hex RGB) for the whole row, e.g. a budget line marked for review."""


@dataclass(frozen=True)
class Table:
    caption: str | None
    """Caption text without its number; the docx layer numbers tables in document order."""
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    note: str | None = None
    """A small-print note under the table (e.g. that shares may add to more than 100 %)."""


@dataclass(frozen=True)
class ChartSeries:
    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class Chart:
    """A chart as data: the docx layer draws it (native DrawingML chart or picture)."""

    caption: str
    """Caption text without its number; the docx layer numbers figures in document order."""
    alt_text: str
    kind: Literal["bar", "pie"]
    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    horizontal: bool = False
    stacked: bool = False
    """Stacked 100 % bars: each category's values are whole percents adding up to exactly 100."""
    percent: bool = True
    """Values are whole percents (labels ``37 %``); else counts or amounts (labels ``1 234``)."""
    value_axis: str = ""
    """What the value axis counts, e.g. ``Andel av dem som svarat (%)``."""
    ordered: bool = False
    """The series are steps of a scale: coloured light to dark."""
    decimals: int = 0


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: Literal["normal", "note", "strong"] = "normal"


@dataclass(frozen=True)
class Heading:
    text: str
    depth: int = 1
    """1 = one level below the heading the block is placed under."""


Content = Table | Chart | BulletList | Paragraph | Heading


@dataclass
class Entry:
    name: str
    description: str
    """Swedish: what it is, for the catalogue."""
    ledger: Ledger


@dataclass
class Figure(Entry):
    text: str
    count: int | None = None
    """For counts: the number that picks the singular or plural form (``[[namn|kommun|kommuner]]``)."""
    present: bool = True
    """False for an empty or zero value: ``[[om namn]]`` drops its paragraph."""


@dataclass
class Block(Entry):
    contents: tuple[Content, ...]

    @property
    def present(self) -> bool:
        return bool(self.contents)

    @property
    def summary(self) -> str:
        """What the block holds, for the catalogue: ``tabell, 12 rader``."""
        parts = []
        for content in self.contents:
            if isinstance(content, Table):
                parts.append(f"tabell ({len(content.rows)} rader)")
            elif isinstance(content, Chart):
                parts.append("diagram")
            elif isinstance(content, BulletList):
                parts.append(f"lista ({len(content.items)} punkter)")
            elif isinstance(content, Heading):
                parts.append("rubrik")
            elif isinstance(content, Paragraph):
                parts.append("stycke")
        if not parts:
            return "tomt"
        if len(parts) > 3:
            return f"{len(parts)} delar: " + ", ".join(dict.fromkeys(p.split(" (")[0] for p in parts))
        return ", ".join(parts)


@dataclass
class Catalogue:
    """Every name a document can place, in the order the catalogue lists them."""

    figures: dict[str, Figure] = field(default_factory=dict)
    blocks: dict[str, Block] = field(default_factory=dict)
    period: str | None = None
    """The period the document covers when it is less than its inputs' (a verksamhetsberättelse's year)."""
    date: object = None
    """The document's own date when it is not its inputs' (a verksamhetsberättelse's)."""
    missing: dict[str, str] = field(default_factory=dict)
    """Names the document kind has, absent from this set, with why (``[[om …]]`` on them is false)."""

    def lacks(self, names: list[str] | tuple[str, ...], reason: str, blocks: tuple[str, ...] = ()) -> None:
        """Figures this set lacks (citing one is an error) and blocks it lacks (placed, they print nothing)."""
        for name in names:
            self.missing.setdefault(normalise_name(name), reason)
        for name in blocks:
            self.block(name, f"finns inte för den här mängden: {reason}", [], Ledger())

    def figure(
        self,
        name: str,
        description: str,
        text: str,
        ledger: Ledger | None = None,
        *,
        count: int | None = None,
        present: bool | None = None,
    ) -> str:
        """Add a live figure; ``ledger`` holds how it was computed (none for plain text from the inputs).

        Context builders share one ledger between a table and the figures cited from it; a figure keeps
        only its own entry (the latest one printing its text), so that a sentence citing one figure puts
        that figure, not the whole table, into the document's ledger.  A sentence made from figures
        (``gav ett överskott på 12 000 kronor``) is recorded as itself, with its figure's cells.
        """
        if present is None:
            present = bool(text) and count != 0
        self.figures[normalise_name(name)] = Figure(
            name, description, _own_entry(name, text, ledger), text, count=count, present=present
        )
        return text

    def block(self, name: str, description: str, contents: list[Content] | tuple[Content, ...], ledger: Ledger) -> None:
        self.blocks[normalise_name(name)] = Block(name, description, ledger, tuple(contents))

    def find(self, name: str) -> Figure | Block | None:
        key = normalise_name(name)
        return self.figures.get(key) or self.blocks.get(key)

    def names(self) -> list[str]:
        return [entry.name for entry in (*self.figures.values(), *self.blocks.values())]


def _own_entry(name: str, text: str, ledger: Ledger | None) -> Ledger:
    own = Ledger()
    if ledger is None or not ledger.figures:
        return own
    for label, figure in reversed(ledger.figures.items()):
        if figure.text == text:
            own.figures[label] = figure
            return own
    from generator.ledger import Figure as LedgerFigure

    last = next(reversed(ledger.figures.values()))
    label = f"Text › {name}"
    own.figures[label] = LedgerFigure(label, text, last.sources, last.rule)
    return own


def normalise_name(name: str) -> str:
    """How a typed name is matched: NFC, case-insensitive, spaces, underscores and dashes alike."""
    import re
    import unicodedata

    text = unicodedata.normalize("NFC", name).casefold().strip()
    return re.sub(r"[\s_\-–—‑]+", "-", text)
