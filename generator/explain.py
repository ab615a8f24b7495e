"""``plangen diff`` and ``plangen explain``: which figures changed, and how one figure was computed."""

from __future__ import annotations

from pathlib import Path

from generator.figures_file import FigureChange, compare_figures, load_figures


def figure_files(folder: Path) -> dict[str, Path]:
    """Relative document path (``set/budget.docx``) → its figures sidecar, under ``folder``."""
    return {
        str(path.relative_to(folder)).removesuffix(".figures.json") + ".docx": path
        for path in sorted(folder.rglob("*.figures.json"))
    }


def diff_folders(old: Path, new: Path) -> list[tuple[str, list[FigureChange] | str]]:
    """Per document: its figure changes, or a note that it exists on one side only."""
    before, after = figure_files(old), figure_files(new)
    report: list[tuple[str, list[FigureChange] | str]] = []
    for document in sorted(set(before) | set(after)):
        if document not in after:
            report.append((document, "finns bara i den gamla mappen"))
        elif document not in before:
            report.append((document, "finns bara i den nya mappen"))
        else:
            old_figures, new_figures = load_figures(before[document]), load_figures(after[document])
            report.append((document, compare_figures(old_figures, new_figures)))
    return report


def explain_figures(input_set, query: str) -> list[tuple[str, str, dict]]:
    """(document, label, figure) for every figure whose label contains ``query`` (case ignored)."""
    from generator.build import prepare_set
    from generator.families import family_of
    from generator.ledger import Ledger
    from generator.problems import Problems

    problems = Problems()
    prepared = prepare_set(input_set, input_set.documents, problems)
    if problems.errors:
        raise ExplainFailed(problems)
    wanted = query.casefold()
    found = []
    for document, ready in prepared.items():
        ledger = Ledger()
        family_of(document).context(document, ready, ledger, None)
        for label, figure in ledger.figures.items():
            if wanted in label.casefold():
                found.append((document, label, figure.as_json()))
    return found


class ExplainFailed(Exception):
    def __init__(self, problems):
        super().__init__("indata har fel")
        self.problems = problems
