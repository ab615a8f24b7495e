"""Errors and warnings about inputs, each tied to the place a user can fix it.

Every problem a user can act on carries a :class:`Place` (file › sheet › cell)
and a Swedish message.  Problems are collected, not raised, so that one run
reports all of them at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


@dataclass(frozen=True, order=True)
class Place:
    """Where a value lives: file, optional sheet, optional cell (``E27``)."""

    file: str
    sheet: str | None = None
    cell: str | None = None

    def __str__(self) -> str:
        parts = [self.file]
        if self.sheet:
            parts.append(self.sheet)
        if self.cell:
            parts.append(self.cell)
        return " › ".join(parts)


class Severity(Enum):
    ERROR = "fel"
    WARNING = "varning"


@dataclass(frozen=True)
class Problem:
    severity: Severity
    place: Place | None
    message: str

    def __str__(self) -> str:
        return f"{self.place}: {self.message}" if self.place else self.message


@dataclass
class Problems:
    """An ordered collection of problems found while reading or checking a set."""

    items: list[Problem] = field(default_factory=list)

    def error(self, place: Place | None, message: str) -> None:
        self.items.append(Problem(Severity.ERROR, place, message))

    def warning(self, place: Place | None, message: str) -> None:
        self.items.append(Problem(Severity.WARNING, place, message))

    def extend(self, other: Problems) -> None:
        self.items.extend(other.items)

    def has_error_at(self, place: Place) -> bool:
        return any(p.place == place for p in self.errors)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.severity is Severity.WARNING]

    def __bool__(self) -> bool:
        return bool(self.items)
