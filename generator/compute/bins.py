"""Bins for the answers to a number (``tal``) question: labelled, round, about five to eight bars.

A bar per distinct answer misleads (1, 2, 5 and 20 hours would stand side by side
at equal spacing), and equal-width bins fail on skewed answers: kronor from 0 to
2 000 000 in bins 500 000 wide put 53 of 60 answers in the first bar.  So:

* whole answers spanning at most eight values get a bar each, gaps included
  (``3``, ``4``, ``5``);
* otherwise bins of one round width (1, 2 or 5 × 10^k), the smallest that gives
  at most eight bars (``0–4``, ``5–9``);
* unless one such bar would hold more than half of the answers: then the edges
  are 1–2–5 numbers, a log-like scale (``20 000–49 999``, ``100 000–199 999``,
  the last bar up to the highest answer), with the emptiest neighbours merged
  down to eight bars – used only when it does spread the answers better.

Labels are inclusive ranges of whole numbers in Swedish format; with decimal
answers a bar runs to *under* its next edge (``2,5–under 5``).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from decimal import ROUND_FLOOR, Decimal

MAX_BINS = 8
SKEWED_SHARE = 0.5
"""A bar holding more than this share of the answers calls for bins that follow the answers."""


def number_bins(values: Sequence[Decimal | int | float]) -> list[tuple[str, int]]:
    """(label, count) per bin for a number question's answers, in order; no answers give no bins."""
    exact = sorted(Decimal(str(v)) if isinstance(v, float) else Decimal(v) for v in values)
    if not exact:
        return []
    low, high = exact[0], exact[-1]
    whole = all(v == v.to_integral_value() for v in exact)
    if low == high:
        return [(_text(low), len(exact))]
    if whole and high - low < MAX_BINS:
        return [(_text(low + i), exact.count(low + i)) for i in range(int(high - low) + 1)]
    edges = _equal_edges(low, high, whole)
    if max(_counts(exact, edges)) > SKEWED_SHARE * len(exact):
        following = _log_edges(exact)
        if following and max(_counts(exact, following)) < max(_counts(exact, edges)):
            return _labelled(exact, following, whole, open_top=True)
    return _labelled(exact, edges, whole, open_top=False)


def nice_numbers(low: Decimal, high: Decimal) -> list[Decimal]:
    """The 1–2–5 numbers (…, 0,5, 1, 2, 5, 10, 20, …) from ``low`` up to ``high`` (both > 0)."""
    numbers = []
    exponent = math.floor(math.log10(low))
    while True:
        for mantissa in (1, 2, 5):
            number = Decimal(mantissa).scaleb(exponent)
            if number > high:
                return numbers
            if number >= low:
                numbers.append(number)
        exponent += 1


def _floor(value: Decimal, width: Decimal) -> Decimal:
    return (value / width).to_integral_value(rounding=ROUND_FLOOR) * width


def _equal_edges(low: Decimal, high: Decimal, whole: bool) -> list[Decimal]:
    """Lower edges of equal bins of the smallest round width that needs at most :data:`MAX_BINS`."""
    smallest = Decimal(1) if whole else (high - low) / MAX_BINS / 2
    for width in nice_numbers(smallest, (high - low) * 2 + 1):
        start = _floor(low, width)
        count = int((_floor(high, width) - start) / width) + 1
        if count <= MAX_BINS:
            return [start + i * width for i in range(count + 1)]
    raise AssertionError("a width as large as the range always fits")  # pragma: no cover


def _nice_floor(value: Decimal) -> Decimal:
    """The largest 1–2–5 number not above ``value`` (> 0)."""
    return nice_numbers(value / 10, value)[-1]


def _log_edges(exact: list[Decimal]) -> list[Decimal] | None:
    """Lower edges at 1–2–5 numbers, then the fullest-spread merge of neighbours down to :data:`MAX_BINS`.

    Each 1–2–5 step is a bin to begin with (0–4 999, 5 000–9 999, 10 000–19 999, …); while there
    are too many, the two neighbours holding the fewest answers together become one.  The last
    entry closes the top bar at the highest answer.  None for answers below zero (1–2–5 edges are
    for amounts) or when fewer than three bars would result.
    """
    low, high = exact[0], exact[-1]
    positive = [v for v in exact if v > 0]
    if low < 0 or not positive:
        return None
    first = _nice_floor(positive[0])
    start = Decimal(0) if low < first else first
    edges = [start, *(n for n in nice_numbers(first, high) if start < n < high)]
    edges.append(high)
    while len(edges) - 1 > MAX_BINS:
        counts = _counts(exact, edges)
        pair = min(range(len(counts) - 1), key=lambda i: (counts[i] + counts[i + 1], i))
        del edges[pair + 1]
    return edges if len(edges) - 1 >= 3 else None


def _counts(exact: list[Decimal], edges: list[Decimal]) -> list[int]:
    """Answers per bin ``[edges[i], edges[i + 1])``, the last bin closed at its top."""
    counts = [0] * (len(edges) - 1)
    bin_index = 0
    for value in exact:  # sorted
        while bin_index < len(counts) - 1 and value >= edges[bin_index + 1]:
            bin_index += 1
        counts[bin_index] += 1
    return counts


def _labelled(exact: list[Decimal], edges: list[Decimal], whole: bool, open_top: bool) -> list[tuple[str, int]]:
    counts = _counts(exact, edges)
    decimals = max(_decimals(e) for e in edges)
    labels = []
    for index, (lower, upper) in enumerate(itertools.pairwise(edges)):
        top = index == len(counts) - 1
        if top and open_top:
            labels.append(f"{_text(lower, decimals)}–{_text(upper, decimals)}")
        elif whole:
            labels.append(f"{_text(lower)}–{_text(upper - 1)}")
        else:
            labels.append(f"{_text(lower, decimals)}–under {_text(upper, decimals)}")
    return list(zip(labels, counts, strict=True))


def _decimals(value: Decimal) -> int:
    return max(0, -value.normalize().as_tuple().exponent)


def _text(value: Decimal, decimals: int | None = None) -> str:
    from generator.formatting import number

    return number(value, _decimals(value) if decimals is None else decimals)
