"""Survey aggregation: counts, shares, medians, years and lists, overall and per cluster.

Shares are of those who answered the question (a blank is no answer), in
whole percent, half up.  Multiple-choice shares may add up to more than 100.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from generator.compute.rounding import percent
from generator.model import Municipality, Question, Response
from generator.problems import Place


@dataclass(frozen=True)
class Count:
    label: str
    count: int
    share: int | None
    """Whole percent of those who answered; None when nobody answered."""


@dataclass(frozen=True)
class Summary:
    """Median, lowest and highest of a number question."""

    median: Decimal | None
    lowest: Decimal | None
    highest: Decimal | None


@dataclass(frozen=True)
class Result:
    """The result of one question among one group of respondents."""

    answered: int
    counts: tuple[Count, ...] = ()
    summary: Summary | None = None
    values: tuple[Decimal, ...] = ()
    texts: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    overall: Result
    by_group: dict[str, tuple[tuple[str, Result], ...]] = field(default_factory=dict)
    """Grouping column (Kluster, Pilotlän, …) → (value, result among the municipalities with it)."""
    respondents: tuple[str, ...] = ()
    sources: tuple[Place, ...] = ()
    """The answer cells the result was computed from."""

    @property
    def by_cluster(self) -> tuple[tuple[str, Result], ...]:
        return self.by_group.get("Kluster", ())


def counts_of(labels: Sequence[str], picks: Iterable[Sequence[str]], answered: int) -> tuple[Count, ...]:
    tally = Counter(label for pick in picks for label in pick)
    return tuple(Count(label, tally[label], percent(tally[label], answered)) for label in labels)


def median_summary(values: Sequence[Decimal]) -> Summary:
    if not values:
        return Summary(None, None, None)
    return Summary(statistics.median(values), min(values), max(values))


def aggregate(question: Question, answers: Sequence[tuple[str, object]], years: Sequence[int] | None = None) -> Result:
    """``answers`` are (municipality, typed answer) of those who answered.

    ``years`` fixes the rows of a year question (so each cluster lists the years of the whole programme).
    """
    answered = len(answers)
    if question.type in ("val", "skala"):
        return Result(answered, counts_of(question.alternatives, ([a] for _, a in answers), answered))
    if question.type == "flerval":
        return Result(answered, counts_of(question.alternatives, (a for _, a in answers), answered))  # type: ignore[misc]
    if question.type == "tal":
        values = tuple(sorted(a for _, a in answers))  # type: ignore[type-var]
        return Result(answered, summary=median_summary(values), values=values)
    if question.type == "år":
        if years is None:
            years = sorted({a for _, a in answers if isinstance(a, int)})
        labels = [str(y) for y in years] + [alt for alt in question.alternatives]
        picks = ([str(a)] for _, a in answers)
        return Result(answered, counts_of(labels, picks, answered))
    return Result(answered, texts=tuple((name, str(a)) for name, a in answers))


def clusters_of(municipalities: Sequence[Municipality]) -> dict[str, list[str]]:
    """Cluster → member names, clusters in order of first appearance."""
    return groups_of(municipalities).get("Kluster", {})


def groups_of(municipalities: Sequence[Municipality]) -> dict[str, dict[str, list[str]]]:
    """Grouping column → value → member names, in order of first appearance (yes before no)."""
    groups: dict[str, dict[str, list[str]]] = {}
    for municipality in municipalities:
        for column, value in municipality.groups:
            names = groups.setdefault(column, {}).setdefault(value, [])
            if municipality.name not in names:
                names.append(municipality.name)
    for column, values in groups.items():
        if set(values) <= {"ja", "nej"}:
            groups[column] = {v: values[v] for v in ("ja", "nej") if v in values}
    return groups


def question_results(
    questions: Sequence[Question], responses: Sequence[Response], municipalities: Sequence[Municipality]
) -> list[QuestionResult]:
    groups = groups_of(municipalities)
    results = []
    for question in questions:
        answers = [(r.municipality, r.answers[question.id]) for r in responses if question.id in r.answers]
        overall = aggregate(question, answers)
        years = [int(c.label) for c in overall.counts if c.label.isdigit()] if question.type == "år" else None
        by_group = {
            column: tuple(
                (value, aggregate(question, [(n, a) for n, a in answers if n in members], years))
                for value, members in ((v, set(m)) for v, m in values.items())
            )
            for column, values in groups.items()
        }
        sources = tuple(r.places[question.id] for r in responses if question.id in r.answers)
        results.append(QuestionResult(question, overall, by_group, tuple(n for n, _ in answers), sources))
    return results


def count_above(values: Sequence[Decimal], limit: Decimal) -> int:
    return sum(1 for v in values if v > limit)


def count_below(values: Sequence[Decimal], limit: Decimal) -> int:
    return sum(1 for v in values if v < limit)


def count_by_year(counts: Sequence[Count], year: int) -> int:
    """Answers giving a year up to and including ``year`` (alternatives such as "Ingen strategi" excluded)."""
    return sum(c.count for c in counts if c.label.isdigit() and int(c.label) <= year)


@dataclass(frozen=True)
class EnergyRow:
    category: str
    increased: Decimal
    decreased: Decimal

    @property
    def difference(self) -> Decimal:
        return self.increased - self.decreased


@dataclass(frozen=True)
class EnergyTable:
    rows: tuple[EnergyRow, ...]
    municipalities: int

    @property
    def total(self) -> EnergyRow:
        return EnergyRow(
            "Totalt",
            sum((r.increased for r in self.rows), Decimal(0)),
            sum((r.decreased for r in self.rows), Decimal(0)),
        )


def energy_table(changes: Iterable) -> EnergyTable:
    """Per-category sums of Ökat and Minskat from unrounded data, categories in first-seen order."""
    sums: dict[str, list[Decimal]] = {}
    names: set[str] = set()
    for change in changes:
        pair = sums.setdefault(change.category, [Decimal(0), Decimal(0)])
        pair[0] += change.increased
        pair[1] += change.decreased
        names.add(change.municipality)
    return EnergyTable(tuple(EnergyRow(c, i, d) for c, (i, d) in sums.items()), len(names))
