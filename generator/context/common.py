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


def info_figures(catalogue, places, extra: dict[str, str], fields) -> None:
    """Figures for the ``Nyckel | Värde`` facts of a workbook: (name, key, description, text) each,
    plus every further key the user added (named as typed, e.g. ``Kontaktperson`` → ``kontaktperson``).
    ``places`` gives each key's cell where the reader kept it."""
    from generator.ledger import Ledger

    entries = [(name, key, f"{description} (Uppgifter › {key})", text) for name, key, description, text in fields]
    entries += [(key, key, f"Egen uppgift ur bladet Uppgifter › {key}", str(text)) for key, text in extra.items()]
    for name, key, description, text in entries:
        ledger = Ledger()
        if text:
            ledger.record(f"Uppgifter › {key}", text, places.get(key))
        catalogue.figure(name, description, text, ledger)
