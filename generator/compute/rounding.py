"""Half-up rounding (0,5 away from zero), never Python's banker's ``round()``."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


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
