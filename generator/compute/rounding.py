"""Half-up rounding (0,5 away from zero), never Python's banker's ``round()``."""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction


def half_up(value: Decimal | int | float, places: int = 0) -> Decimal:
    """Round ``value`` half away from zero to ``places`` decimals."""
    exact = value if isinstance(value, Decimal) else Decimal(str(value))
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def whole(value: Decimal | int | float) -> int:
    """Half-up to a whole number, as an ``int``."""
    return int(half_up(value))


def percent(part: int | Decimal, whole_count: int | Decimal) -> int | None:
    """Whole percent of ``part`` in ``whole_count``, half up; None when nobody answered."""
    if not whole_count:
        return None
    return int(half_up(Decimal(part) * 100 / Decimal(whole_count)))


def largest_remainder(values: Sequence[Decimal | int | float], total: int = 100) -> list[int]:
    """Whole numbers in proportion to ``values`` that add up to exactly ``total`` (Hamilton's method).

    Used for the shares a stacked 100 % bar shows: rounding each share half up on its own can
    give 99 or 101 (three thirds are 33 + 33 + 33), so instead

    1. each value gets the whole part of its exact quota ``value × total / sum(values)``;
    2. the units still missing go, one each, to the values with the largest remainders
       (the fractional parts of their quotas);
    3. equal remainders go to the value that comes first, so the result depends only on the
       values and their order – never on floating-point noise, because the quotas are exact
       fractions (a float is taken at its exact binary value).

    ``values`` are shares or counts, none negative; a zero stays zero.  When they are all zero
    (nobody answered) every result is zero.
    """
    exact = [Fraction(v) for v in values]
    if any(v < 0 for v in exact):
        raise ValueError("largest_remainder takes no negative values")
    whole_sum = sum(exact, Fraction(0))
    if whole_sum == 0:
        return [0] * len(exact)
    quotas = [v * total / whole_sum for v in exact]
    result = [math.floor(q) for q in quotas]
    missing = total - sum(result)
    by_remainder = sorted(range(len(quotas)), key=lambda i: (-(quotas[i] - result[i]), i))
    for index in by_remainder[:missing]:
        result[index] += 1
    return result
