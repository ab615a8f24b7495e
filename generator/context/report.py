"""The catalogue of the verksamhetsberättelse: the year that ended, in figures and tables.

It holds every name of the plan (organisation, members, budgets, fees, user
tables) and adds the ekonomisk redovisning, the goals' follow-up, the
activities and the members' changes of the latest year with outcomes.
"""

from __future__ import annotations

import datetime as dt

from generator.blocks import BulletList, Catalogue, Column, Heading, Row, Table
from generator.compute.outcome import (
    Comparison,
    FollowUpFigures,
    OutcomePart,
    compute_follow_up,
    goal_key,
    outcome_year,
)
from generator.context.common import join_swedish
from generator.context.plan import plan_document_catalogue
from generator.formatting import kronor, long_date, number
from generator.ledger import Ledger
from generator.model import PlanInputs
from generator.problems import Place
from generator.schema.contract import GOAL_STATUSES

NO_OUTCOME = "budget.xlsx har inga utfall (kolumnen Utfall)"


def report_absent(prepared) -> str | None:
    return None if outcome_year(prepared.inputs.budget_lines) is not None else NO_OUTCOME


def report_catalogue(prepared) -> Catalogue:
    inputs: PlanInputs = prepared.inputs
    catalogue = plan_document_catalogue(prepared)
    year = outcome_year(inputs.budget_lines)
    assert year is not None, "the document is only built for a set with outcomes"
    figures = compute_follow_up(inputs, year)
    catalogue.period = str(year)
    written = inputs.info.report_date or dt.date(year, 12, 31)
    catalogue.date = written
    catalogue.figure("berättelsedatum", "Verksamhetsberättelsens datum (Uppgifter › Verksamhetsberättelsens datum, "
                     "annars 31 december året)", long_date(written))
    catalogue.figure("berättelseår", "Året verksamhetsberättelsen gäller: det senaste året med utfall", str(year))
    _accounts(catalogue, figures)
    _fee_income(catalogue, inputs, prepared.figures, figures)
    _follow_up(catalogue, inputs)
    _activities(catalogue, inputs, year, written)
    _members(catalogue, figures)
    return catalogue


class _Money:
    """Budget, Utfall and Avvikelse of one row, formatted through one ledger."""

    def __init__(self, ledger: Ledger, year: int):
        self.ledger = ledger
        self.year = year

    def cells(self, label: str, comparison: Comparison, budget_places, outcome_places) -> tuple[str, str, str, str]:
        prefix = f"Utfall {self.year} › {label}"
        budget = self.ledger.kronor(f"{prefix} › Budget", comparison.budget, budget_places)
        outcome = self.ledger.kronor(f"{prefix} › Utfall", comparison.outcome, outcome_places)
        deviation = self.ledger.kronor(f"{prefix} › Avvikelse", comparison.deviation,
                                       [*budget_places, *outcome_places], rule="utfall − budget")
        share = self.ledger.percent(f"{prefix} › Avvikelse %", comparison.deviation_percent,
                                    [*budget_places, *outcome_places], rule="avvikelse / budget, halvt uppåt")
        return budget, outcome, deviation, share if comparison.budget else "–"


def _places(lines) -> tuple[list[Place], list[Place]]:
    budget = [o.line.place for o in lines if o.line.in_budget]
    outcome = [o.line.sources["Utfall"] for o in lines if o.line.outcome is not None]
    return budget, outcome


def _part_rows(money: _Money, part: OutcomePart) -> list[Row]:
    rows = [Row((part.name, "", "", "", ""), "group")]
    for group in part.groups:
        if group.name:
            rows.append(Row((group.name, "", "", "", ""), "group"))
        names = [item.line.item for item in group.lines]
        for item in group.lines:
            line = item.line
            shown = line.item  # two lines of one name (a granted and an applied-for grant) are told apart
            if names.count(line.item) > 1 and line.status:
                shown = f"{line.item} ({line.status})"
            label = f"{part.name} › " + (f"{group.name} › " if group.name else "") + shown
            budget_places = [line.place] if line.in_budget else []
            outcome_places = [line.sources["Utfall"]] if line.outcome is not None else []
            rows.append(Row((shown, *money.cells(label, item.comparison, budget_places, outcome_places))))
        if group.name:
            rows.append(Row((f"Summa {group.name}", *money.cells(f"{part.name} › {group.name} › Summa",
                                                                   group.comparison, *_places(group.lines))),
                            "subtotal"))
    rows.append(Row((f"Summa {part.name.lower()}", *money.cells(f"Summa {part.name.lower()}", part.comparison,
                                                                  *_places(part.lines))), "total"))
    return rows


COLUMNS = (
    Column("Post", 5.6),
    Column("Budget (kr)", 2.6, "right"),
    Column("Utfall (kr)", 2.6, "right"),
    Column("Avvikelse (kr)", 2.8, "right"),
    Column("Avvikelse", 2.4, "right"),
)


def _accounts(catalogue: Catalogue, figures: FollowUpFigures) -> None:
    year, outcome = figures.year, figures.outcome
    ledger = Ledger()
    money = _Money(ledger, year)
    rows: list[Row] = []
    for part in outcome.parts:
        rows.extend(_part_rows(money, part))
    every = [*outcome.expenses.lines, *outcome.income.lines]
    result_cells = money.cells("Resultat", outcome.result, *_places(every))
    rows.append(Row(("Resultat (inkomster − utgifter)", *result_cells), "total"))
    note = "Avvikelse = utfall − budget; i procent av budgeten, avrundat till hela procent."
    catalogue.block("ekonomisk-redovisning", f"Tabell: budget, utfall och avvikelse {year} per post, grupp och del",
                    [Table(f"Ekonomisk redovisning {year}: budget och utfall, kronor.", COLUMNS, tuple(rows), note)],
                    ledger)
    summary = []
    for label, comparison, lines in (
        ("Utgifter", outcome.expenses.comparison, outcome.expenses.lines),
        ("Inkomster", outcome.income.comparison, outcome.income.lines),
    ):
        summary.append(Row((label, *money.cells(f"Summa {label.lower()}", comparison, *_places(lines)))))
    summary.append(Row(("Resultat", *result_cells), "total"))
    catalogue.block("resultatsammanställning", f"Tabell: utgifter, inkomster och resultat {year}, budget mot utfall",
                    [Table(f"Budget och utfall {year}, kronor.", (Column("Del", 5.6), *COLUMNS[1:]), tuple(summary))],
                    ledger)
    for key, label in (("utgifter", "Summa utgifter"), ("inkomster", "Summa inkomster"), ("resultat", "Resultat")):
        prefix = f"Utfall {year} › {label}"
        catalogue.figure(f"utfall-{key}", f"{label} {year} enligt utfallet (kr)",
                         ledger.figures[f"{prefix} › Utfall"].text, ledger)
        catalogue.figure(f"avvikelse-{key}", f"Avvikelsen från budgeten för {label.lower()} {year} (kr)",
                         ledger.figures[f"{prefix} › Avvikelse"].text, ledger)
        catalogue.figure(f"avvikelse-{key}-procent", f"Avvikelsen för {label.lower()} {year} i procent av budgeten",
                         ledger.figures[f"{prefix} › Avvikelse %"].text, ledger)
    result = outcome.result.outcome
    if result == 0:
        text = "gick jämnt upp"
    elif result > 0:
        text = f"gav ett överskott på {kronor(result)} kronor"
    else:
        text = f"gav ett underskott på {kronor(-result)} kronor"
    catalogue.figure("utfall-resultat-text", "”gick jämnt upp”, ”gav ett överskott på … kronor” eller ”gav ett "
                     "underskott på … kronor”, enligt utfallet", text, ledger)
    missing = len(outcome.without_outcome) + len(outcome.without_budget)
    catalogue.figure("antal-poster-utan-motsvarighet", "Antal poster som har budget men inget utfall, eller "
                     "tvärtom", str(missing), ledger, count=missing)


def _fee_income(catalogue: Catalogue, inputs: PlanInputs, plan_figures, figures: FollowUpFigures) -> None:
    year = figures.year
    line = next((o.line for o in figures.outcome.income.lines
                 if o.line.item.strip().casefold() == "medlemsavgifter" and o.line.outcome is not None), None)
    names = ("avgiftsintäkter-utfall", "avgiftsintäkter-förväntade", "avgiftsintäkter-avvikelse",
             "avgiftsintäkter-jämfört")
    if line is None:
        catalogue.lacks(names, f"budgeten har inget utfall för posten Medlemsavgifter {year}",
                        blocks=("avgiftsintäkter",))
        return
    ledger = Ledger()
    received = ledger.kronor(f"Utfall {year} › Medlemsavgifter › Utfall", line.outcome_kronor,
                             line.sources["Utfall"])
    catalogue.figure("avgiftsintäkter-utfall", f"Inbetalda medlemsavgifter {year} enligt utfallet (kr)", received,
                     ledger)
    fees = plan_figures.fees
    rows = []
    if line.in_budget:
        rows.append(Row(("Enligt budgeten", ledger.kronor(f"Utfall {year} › Medlemsavgifter › Budget", line.kronor,
                                                          line.place))))
    if fees is None or fees.rule.year != year:
        why = "mängden har ingen avgiftstabell" if fees is None else f"avgiftstabellen gäller {fees.rule.year}"
        catalogue.lacks(names[1:], why)
    else:
        places = [r.member.sources["Invånare"] for r in fees.rows if r.member.status in ("Medlem", "Ny")]
        expected = ledger.kronor(f"Avgift {year} › Förväntade avgiftsintäkter", fees.expected_income, places,
                                 rule="summa medlemmar + summa nya medlemmar")
        difference = line.outcome_kronor - fees.expected_income
        deviation = ledger.kronor(f"Utfall {year} › Medlemsavgifter › Avvikelse mot avgiftstabellen", difference,
                                  [line.sources["Utfall"], *places], rule="inbetalt − förväntat enligt avgiftstabellen")
        rows.insert(0, Row(("Förväntade enligt avgiftstabellen", expected)))
        catalogue.figure("avgiftsintäkter-förväntade", f"Förväntade avgiftsintäkter {year} enligt avgiftstabellen "
                         "(kr)", expected, ledger)
        catalogue.figure("avgiftsintäkter-avvikelse", "Inbetalt − förväntat enligt avgiftstabellen (kr)", deviation,
                         ledger)
        if difference == 0:
            compared = "stämmer med avgiftstabellen"
        else:
            compared = (f"är {kronor(abs(difference))} kronor {'mer' if difference > 0 else 'mindre'} än "
                        "avgiftstabellens förväntade intäkter")
        catalogue.figure("avgiftsintäkter-jämfört", "”stämmer med avgiftstabellen” eller ”är … kronor mer/mindre än "
                         "avgiftstabellens förväntade intäkter”", compared, ledger)
    rows.append(Row(("Inbetalt enligt utfallet", received), "total"))
    catalogue.block("avgiftsintäkter", f"Tabell: medlemsavgifter {year}, förväntade, budgeterade och inbetalda",
                    [Table(f"Medlemsavgifter {year}, kronor.",
                           (Column("Medlemsavgifter", 10.0), Column("Kronor", 4.0, "right")), tuple(rows))], ledger)


def _follow_up(catalogue: Catalogue, inputs: PlanInputs) -> None:
    ledger = Ledger()
    rows = tuple(Row((f.goal, f.status, f.comment or "")) for f in inputs.follow_ups)
    catalogue.block("måluppföljning", "Tabell: varje mål med status och kommentar (bladet Uppföljning)",
                    [Table("Uppföljning av målen.", (Column("Mål", 7.0), Column("Status", 2.6),
                                                     Column("Kommentar", 6.4)), rows)] if rows else [], ledger)
    counts = []
    for status in GOAL_STATUSES:
        matching = [f for f in inputs.follow_ups if f.status == status]
        text = ledger.count(f"Uppföljning › {status}", len(matching), [f.place for f in matching],
                            rule=f"antal mål med status {status}")
        counts.append(Row((status.capitalize(), text)))
        catalogue.figure(f"antal-mål-{status.replace(' ', '-')}", f"Antal mål med status {status}", text, ledger,
                         count=len(matching))
    total = len(inputs.follow_ups)
    counts.append(Row(("Uppföljda mål", ledger.count("Uppföljning › Antal", total, [f.place for f in inputs.follow_ups],
                                                       rule="antal rader i bladet Uppföljning")), "total"))
    catalogue.figure("antal-uppföljda-mål", "Antal mål i bladet Uppföljning", str(total), ledger, count=total)
    catalogue.block("måluppföljning-per-status", "Tabell: antal mål per status",
                    [Table("Målen per status.", (Column("Status", 10.0), Column("Antal mål", 4.0, "right")),
                           tuple(counts))] if total else [], ledger)


def _activities(catalogue: Catalogue, inputs: PlanInputs, year: int, written: dt.date) -> None:
    ledger = Ledger()
    activities = sorted((a for a in inputs.activities if a.date.year == year), key=lambda a: a.date)
    done = [a for a in activities if a.date <= written]
    for name, items, what in (("aktiviteter-under-året", activities, f"under {year}"),
                              ("genomförda-aktiviteter", done, f"under {year} till och med dokumentets datum")):
        text = ledger.count(f"Aktiviteter {year} › Antal {what}", len(items), [a.sources["Aktivitet"] for a in items],
                            rule=f"antal aktiviteter {what}")
        catalogue.figure(f"antal-{name}", f"Antal aktiviteter {what}", text, ledger, count=len(items))
    participants = sum(a.participants or 0 for a in activities)
    text = ledger.count(f"Aktiviteter {year} › Antal deltagare", participants,
                        [a.sources["Deltagare"] for a in activities if a.participants is not None],
                        rule="summa av kolumnen Deltagare")
    catalogue.figure("antal-deltagare-under-året", f"Summa deltagare i årets aktiviteter {year}", text, ledger,
                     count=participants)
    columns = (Column("Datum", 3.0), Column("Aktivitet", 5.4), Column("Deltagare", 2.2, "right"),
               Column("Beskrivning", 5.4))

    def row(activity) -> Row:
        count = number(activity.participants) if activity.participants is not None else ""
        return Row((long_date(activity.date), activity.name, count, activity.description or ""))

    contents: list = []
    goals = [g.text for g in inputs.goals]
    for goal in [*goals, None]:
        items = [a for a in activities if (goal_key(a.goal) if a.goal else None) == (goal_key(goal) if goal else None)
                 or (goal is None and a.goal and goal_key(a.goal) not in {goal_key(g) for g in goals})]
        if not items:
            continue
        contents.append(Heading(goal or "Övriga aktiviteter"))
        counted = [a.participants for a in items if a.participants is not None]
        total_row = Row(("Summa deltagare", "", number(sum(counted)) if counted else "", ""), "total")
        contents.append(Table(None, columns, (*map(row, items), total_row)))
    catalogue.block("aktiviteter-per-mål", f"Årets aktiviteter {year} under rubriker per mål, med deltagare",
                    contents, ledger)
    table_rows = (*map(row, activities), Row(("Summa deltagare", "", text, ""), "total")) if activities else ()
    catalogue.block("aktivitetslista", f"Tabell: alla aktiviteter {year} med datum och deltagare",
                    [Table(f"Aktiviteter {year}.", columns, table_rows)] if activities else [], ledger)


def _members(catalogue: Catalogue, figures: FollowUpFigures) -> None:
    year, changes = figures.year, figures.members
    ledger = Ledger()
    for name, members, what in (
        ("medlemmar-vid-årets-början", changes.start, f"medlemmar vid början av {year}"),
        ("medlemmar-vid-årets-slut", changes.end, f"medlemmar vid slutet av {year}"),
        ("anslutna-under-året", changes.joined, f"medlemmar som gick med under {year}"),
        ("utträdda-under-året", changes.left, f"medlemmar som lämnade under {year}"),
    ):
        places = [m.sources.places.get("Kommun") for m in members]
        text = ledger.count(f"Medlemmar {year} › Antal {what}", len(members), [p for p in places if p],
                            rule="kolumnerna Status, Ansluten och Utträdd i bladet Medlemmar")
        catalogue.figure(f"antal-{name}", f"Antal {what}", text, ledger, count=len(members))
        catalogue.figure(name, f"Namnen på {what}", join_swedish([m.name for m in members]), ledger)
    rows = [Row((m.name, "gick med", long_date(m.joined))) for m in changes.joined]
    rows += [Row((m.name, "lämnade", long_date(m.left))) for m in changes.left]
    catalogue.block("medlemsförändringar", f"Tabell: medlemmar som gick med eller lämnade under {year}",
                    [Table(f"Förändringar i medlemskretsen {year}.", (Column("Medlem", 7.0), Column("Förändring", 4.0),
                                                                      Column("Datum", 5.0)), tuple(rows))]
                    if rows else [], ledger)
    catalogue.block("medlemslista-vid-årets-slut", f"Medlemmarna vid slutet av {year} som punktlista",
                    [BulletList(tuple(m.name for m in changes.end))] if changes.end else [], ledger)
    catalogue.figure("avvikelse-not", "En mening om hur avvikelser räknas",
                     "Avvikelsen är utfallet minus budgeten; i procent av budgeten avrundat till hela procent.")
