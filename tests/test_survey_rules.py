"""Survey aggregation rules on hand-made records, and property tests of the shares."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.compute.survey import aggregate, energy_table, question_results
from generator.model import EnergyChange, Municipality, Question, Response
from generator.problems import Place
from generator.records.survey import parse_answer
from generator.schema.types import Rejected

P = Place("slutrapport.xlsx", "Svar", "B2")


def question(kind: str, alternatives=(), per_cluster=False, qid="F1") -> Question:
    return Question(qid, "Fråga?", kind, tuple(alternatives), "stapel", per_cluster, P)


def test_shares_are_of_those_who_answered_and_round_half_up():
    q = question("val", ["Ja", "Nej"])
    answers = [(f"K{i}", "Ja") for i in range(5)] + [(f"K{i}", "Nej") for i in range(5, 8)]
    result = aggregate(q, answers)
    assert result.answered == 8
    assert [(c.label, c.count, c.share) for c in result.counts] == [("Ja", 5, 63), ("Nej", 3, 38)]  # 62,5 → 63


def test_blank_answers_are_not_counted():
    q = question("val", ["Ja", "Nej"])
    responses = [
        Response("A", {"F1": "Ja"}, {"F1": P}, P),
        Response("B", {}, {"F1": P}, P),
        Response("C", {"F1": "Nej"}, {"F1": P}, P),
    ]
    result = question_results([q], responses, [])[0]
    assert result.overall.answered == 2
    assert [c.share for c in result.overall.counts] == [50, 50]


def test_multiple_choice_shares_may_exceed_100():
    q = question("flerval", ["A", "B", "C"])
    result = aggregate(q, [("K1", ["A", "B"]), ("K2", ["A", "C"]), ("K3", ["A"])])
    assert [(c.count, c.share) for c in result.counts] == [(3, 100), (1, 33), (1, 33)]
    assert sum(c.share for c in result.counts) > 100


def test_numbers_give_median_lowest_highest():
    q = question("tal")
    result = aggregate(q, [(f"K{i}", Decimal(v)) for i, v in enumerate([2, 20, 6, 5, 1, 8])])
    assert result.summary.median == Decimal("5.5")
    assert (result.summary.lowest, result.summary.highest) == (1, 20)


def test_years_are_counted_per_year_and_listed_alternatives_after():
    q = question("år", ["Ingen strategi"])
    result = aggregate(q, [("A", 2011), ("B", 2009), ("C", 2011), ("D", "Ingen strategi")])
    assert [(c.label, c.count) for c in result.counts] == [("2009", 1), ("2011", 2), ("Ingen strategi", 1)]


def test_text_answers_are_listed():
    result = aggregate(question("text"), [("A", "Solceller på skolan"), ("B", "Cykelvecka")])
    assert result.texts == (("A", "Solceller på skolan"), ("B", "Cykelvecka"))


def test_per_cluster_counts_within_each_cluster_and_a_double_member_in_both():
    q = question("val", ["Ja", "Nej"], per_cluster=True)
    municipalities = [
        Municipality("A", "Norr", None, P, (("Kluster", "Norr"),)),
        Municipality("B", "Norr", None, P, (("Kluster", "Norr"),)),
        Municipality("C", "Syd", None, P, (("Kluster", "Syd"),)),
        Municipality("B", "Syd", None, P, (("Kluster", "Syd"),)),
    ]
    responses = [
        Response("A", {"F1": "Ja"}, {"F1": P}, P),
        Response("B", {"F1": "Nej"}, {"F1": P}, P),
        Response("C", {"F1": "Ja"}, {"F1": P}, P),
    ]
    result = question_results([q], responses, municipalities)[0]
    by_cluster = {name: [(c.count, c.share) for c in r.counts] for name, r in result.by_cluster}
    assert by_cluster == {"Norr": [(1, 50), (1, 50)], "Syd": [(1, 50), (1, 50)]}
    assert result.overall.answered == 3


def test_answers_are_typed_by_their_question():
    assert parse_answer(question("flerval", ["Bil", "Cykel"]), "cykel; Bil") == ["Cykel", "Bil"]
    assert parse_answer(question("år", ["Ingen strategi"]), "ingen strategi") == "Ingen strategi"
    assert parse_answer(question("år"), 2011) == 2011
    with pytest.raises(Rejected, match="årtal"):
        parse_answer(question("år"), 20)
    with pytest.raises(Rejected, match="”Ja”, ”Nej”"):
        parse_answer(question("val", ["Ja", "Nej"]), "Kanske")
    with pytest.raises(Rejected):
        parse_answer(question("flerval", ["Bil", "Cykel"]), "Bil;Tåg")
    with pytest.raises(Rejected):
        parse_answer(question("tal"), "sex")


def test_energy_table_sums_unrounded_values():
    changes = [
        EnergyChange("A", "El", Decimal("0.05"), Decimal(0), P),
        EnergyChange("B", "El", Decimal("0.05"), Decimal("1.2"), P),
        EnergyChange("B", "Olja", Decimal(0), Decimal("3"), P),
    ]
    table = energy_table(changes)
    assert [(r.category, r.increased, r.decreased, r.difference) for r in table.rows] == [
        ("El", Decimal("0.10"), Decimal("1.2"), Decimal("-1.10")),
        ("Olja", 0, 3, -3),
    ]
    assert table.total.difference == Decimal("-4.10")
    assert table.municipalities == 2


@given(st.lists(st.sets(st.sampled_from(["A", "B", "C", "D"]), min_size=1), min_size=1, max_size=80))
@settings(max_examples=200)
def test_multiple_choice_counts_match_the_answers(picks):
    q = question("flerval", ["A", "B", "C", "D"])
    result = aggregate(q, [(f"K{i}", sorted(p)) for i, p in enumerate(picks)])
    for count in result.counts:
        expected = sum(1 for p in picks if count.label in p)
        assert count.count == expected
        exact = Decimal(expected) * 100 / len(picks)
        assert abs(Decimal(count.share) - exact) <= Decimal("0.5")
        assert count.share == int(exact + Decimal("0.5"))  # half up, never to even


def test_year_question_per_cluster_lists_the_programme_years_in_every_cluster():
    q = question("år", ["Ingen strategi"], per_cluster=True)
    municipalities = [Municipality(name, cluster, None, P, (("Kluster", cluster),))
                      for name, cluster in (("A", "Norr"), ("B", "Syd"), ("C", "Syd"))]
    responses = [Response("A", {"F1": 2009}, {"F1": P}, P), Response("B", {"F1": 2011}, {"F1": P}, P),
                 Response("C", {"F1": "Ingen strategi"}, {"F1": P}, P)]
    result = question_results([q], responses, municipalities)[0]
    by_cluster = {name: [(c.label, c.count) for c in r.counts] for name, r in result.by_cluster}
    assert by_cluster == {"Norr": [("2009", 1), ("2011", 0), ("Ingen strategi", 0)],
                          "Syd": [("2009", 0), ("2011", 1), ("Ingen strategi", 1)]}


def test_tied_answers_are_not_called_the_most_common():
    from generator.compute.survey import QuestionResult
    from generator.context.survey import _QuestionParts

    q = question("år")
    result = aggregate(q, [("A", 2015), ("B", 2016), ("C", 2017)])
    sentence = _QuestionParts(QuestionResult(q, result)).sentence()
    assert sentence == "Lika många kommuner angav 2015, 2016 och 2017: 1 av 3 vardera (33\u00a0%)."
