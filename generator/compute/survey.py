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
    by_cluster: tuple[tuple[str, Result], ...] = field(default_factory=tuple)
    respondents: tuple[str, ...] = ()
    sources: tuple[Place, ...] = ()
    """The answer cells the result was computed from."""


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
    clusters: dict[str, list[str]] = {}
    for municipality in municipalities:
        clusters.setdefault(municipality.cluster, []).append(municipality.name)
    return clusters


def question_results(
    questions: Sequence[Question], responses: Sequence[Response], municipalities: Sequence[Municipality]
) -> list[QuestionResult]:
    clusters = clusters_of(municipalities)
    results = []
    for question in questions:
        answers = [(r.municipality, r.answers[question.id]) for r in responses if question.id in r.answers]
        overall = aggregate(question, answers)
        years = [int(c.label) for c in overall.counts if c.label.isdigit()] if question.type == "år" else None
        by_cluster: tuple[tuple[str, Result], ...] = ()
        if question.per_cluster:
            by_cluster = tuple(
                (cluster, aggregate(question, [(n, a) for n, a in answers if n in names], years))
                for cluster, names in ((c, set(m)) for c, m in clusters.items())
            )
        sources = tuple(r.places[question.id] for r in responses if question.id in r.answers)
        results.append(QuestionResult(question, overall, by_cluster, tuple(n for n, _ in answers), sources))
    return results


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
