"""Every figure a document prints, formatted once and recorded with where it came from.

Context builders format figures through a :class:`Ledger` instead of calling
the formatters directly; the ledger is written beside the document so that a
rebuild can report exactly which figures changed and from which cells.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from generator import formatting
from generator.problems import Place


@dataclass(frozen=True)
class Figure:
    label: str
    text: str
    sources: tuple[str, ...]
    rule: str | None = None

    def as_json(self) -> dict[str, object]:
        data: dict[str, object] = {"text": self.text, "sources": list(self.sources)}
        if self.rule:
            data["rule"] = self.rule
        return data


Sources = Iterable[Place] | Place | None


#: id(list or tuple) → (it, its places then, their text): the same list of answer cells backs dozens of
#: figures of a survey question, and hashing its ~300 places for _summarise's cache each time cost a
#: tenth of a 290-municipality build.  The object is held, so its id is not reused while it is here.
_RECENT: dict[int, tuple[object, tuple[Place, ...], tuple[str, ...]]] = {}


def _places(sources: Sources) -> tuple[str, ...]:
    """Places as text; many cells of one sheet are shortened to ``first … last (n celler)``."""
    if sources is None:
        return ()
    if isinstance(sources, Place):
        return (str(sources),)
    if not isinstance(sources, list | tuple):
        return _summarise(tuple(sources))
    known = _RECENT.get(id(sources))
    if known is not None and known[0] is sources and len(known[1]) == len(sources) \
            and all(map(operator.is_, known[1], sources)):  # the same list, still holding the same places
        return known[2]
    places = tuple(sources)
    texts = _summarise(places)
    if len(_RECENT) >= 256:
        _RECENT.clear()
    _RECENT[id(sources)] = (sources, places, texts)
    return texts


@functools.lru_cache(maxsize=4096)
def _summarise(sources: tuple[Place, ...]) -> tuple[str, ...]:
    """The same answer cells back every row of a survey table: summarised once."""
    places = list(dict.fromkeys(sources))
    by_sheet: dict[tuple[str, str | None], list[Place]] = {}
    for place in places:
        by_sheet.setdefault((place.file, place.sheet), []).append(place)
    texts = []
    for (file, sheet), group in by_sheet.items():
        if len(group) > 3:
            texts.append(f"{Place(file, sheet)} › {group[0].cell} … {group[-1].cell} ({len(group)} celler)")
        else:
            texts.extend(str(p) for p in group)
    return tuple(texts)


@dataclass
class Ledger:
    figures: dict[str, Figure] = field(default_factory=dict)

    def record(self, label: str, text: str, sources: Sources = None, rule: str | None = None) -> str:
        places = _places(sources)
        figure = Figure(label, text, places, rule)
        if self.figures.get(label) == figure:
            return text  # the same figure printed twice (e.g. in a chapter and in the appendix)
        if label in self.figures and places:
            label = f"{label} ({places[0].rsplit(' › ', 1)[-1]})"
        self.figures[label] = Figure(label, text, places, rule)
        return text

    def kronor(self, label: str, value: Decimal | int | None, sources: Sources = None, rule: str | None = None) -> str:
        return self.record(label, formatting.kronor(value), sources, rule)

    def number(
        self,
        label: str,
        value: Decimal | int | float | None,
        decimals: int = 0,
        sources: Sources = None,
        rule: str | None = None,
    ) -> str:
        return self.record(label, formatting.number(value, decimals), sources, rule)

    def percent(self, label: str, value: int | None, sources: Sources = None, rule: str | None = None) -> str:
        return self.record(label, formatting.percent(value), sources, rule)

    def count(self, label: str, value: int, sources: Sources = None, rule: str | None = None) -> str:
        return self.record(label, formatting.number(value), sources, rule)
