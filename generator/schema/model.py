"""Building blocks of the contract declaration: workbooks, sheets, columns, keys."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.schema.types import ValueType


@dataclass(frozen=True)
class Column:
    """A column of a table sheet, matched on its header (case and spaces ignored)."""

    name: str
    type: ValueType
    help: str
    required: bool = True
    """The column must be present in the header row."""
    blank_ok: bool = False
    """A data row may leave this cell empty."""
    width: int = 16


@dataclass(frozen=True)
class TableSheet:
    """A sheet with a header row and one record per row below it."""

    name: str
    help: str
    columns: tuple[Column, ...]
    unique: tuple[str, ...] = ()
    """Columns whose combined values must not repeat (e.g. ``Kommun``)."""
    open_columns: bool = False
    """Columns beyond the declared ones carry data (the survey's answer sheet)."""
    required: bool = True

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


@dataclass(frozen=True)
class Key:
    """A row of a two-column ``Nyckel | Värde`` sheet."""

    name: str
    type: ValueType
    help: str
    required: bool = True
    example: object = None


@dataclass(frozen=True)
class KeyValueSheet:
    name: str
    help: str
    keys: tuple[Key, ...]
    required: bool = True
    key_header: str = "Nyckel"
    value_header: str = "Värde"


Sheet = TableSheet | KeyValueSheet


@dataclass(frozen=True)
class WorkbookSpec:
    filename: str
    help: str
    sheets: tuple[Sheet, ...] = field(default_factory=tuple)

    def sheet(self, name: str) -> Sheet:
        return next(s for s in self.sheets if s.name == name)
