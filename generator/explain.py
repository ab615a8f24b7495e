"""``plangen diff`` and ``plangen explain``: which figures changed, and how one figure was computed."""

from __future__ import annotations

from pathlib import Path

from generator.figures_file import FigureChange, compare_figures, read_figures


def figure_files(folder: Path) -> dict[str, Path]:
    """Relative document path (``set/budget.docx``) → its figures sidecar, under ``folder``."""
    return {
        str(path.relative_to(folder)).removesuffix(".figures.json") + ".docx": path
        for path in sorted(folder.rglob("*.figures.json"))
    }


def diff_folders(old: Path, new: Path) -> list[tuple[str, list[FigureChange] | str]]:
    """Per document: its figure changes, or a note that it exists on one side only.

    A sidecar that is too large or malformed raises :class:`generator.figures_file.BadSidecar`."""
    before, after = figure_files(old), figure_files(new)
    report: list[tuple[str, list[FigureChange] | str]] = []
    for document in sorted(set(before) | set(after)):
        if document not in after:
            report.append((document, "finns bara i den gamla mappen"))
        elif document not in before:
            report.append((document, "finns bara i den nya mappen"))
        else:
            old_figures, new_figures = read_figures(before[document]), read_figures(after[document])
            report.append((document, compare_figures(old_figures, new_figures)))
    return report


def explain_figures(input_set, query: str) -> list[tuple[str, str, dict]]:
    """(document, label, figure) for every figure whose catalogue name or ledger label contains ``query``
    (case, spaces and dashes ignored): a live figure's name (``antal-medlemmar``) finds how it was computed."""
    from generator.blocks import normalise_name
    from generator.catalogue import set_catalogues

    wanted = normalise_name(query)
    found = []
    for document, catalogue in set_catalogues(input_set):
        seen = set()
        for entry in (*catalogue.figures.values(), *catalogue.blocks.values()):
            named = wanted in normalise_name(entry.name)
            is_figure = entry in catalogue.figures.values()
            for label, figure in entry.ledger.figures.items():
                wanted_here = (named and is_figure) or wanted in normalise_name(label)
                if wanted_here and (document, label) not in seen:
                    seen.add((document, label))
                    title = f"{entry.name} ({label})" if named else label
                    found.append((document, title, figure.as_json()))
    return found


class ExplainFailed(Exception):
    def __init__(self, problems):
        super().__init__("indata har fel")
        self.problems = problems
