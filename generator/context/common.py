"""Small helpers shared by the context builders."""

from __future__ import annotations

from collections.abc import Sequence


def join_swedish(names: Sequence[str]) -> str:
    """``A, B och C``."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " och " + names[-1]


NUMBER_WORDS = ("noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv")


def count_phrase(count: int, singular: str, plural: str, *, neuter: bool = True) -> str:
    """``tre projekt``, ``ett projekt``, ``en medlem``, ``22 medlemmar``."""
    if count == 1:
        return f"{'ett' if neuter else 'en'} {singular}"
    word = NUMBER_WORDS[count] if count < len(NUMBER_WORDS) else str(count)
    return f"{word} {plural}"
