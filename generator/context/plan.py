"""The render context of the verksamhetsplan and the budget (they share one)."""

from __future__ import annotations

from generator.compute.budget import BudgetPart, YearBudget
from generator.compute.fees import DECLINED, FeeTable
from generator.compute.plan import PlanFigures
from generator.context.common import count_phrase, join_swedish
from generator.formatting import kronor, long_date, number, span
from generator.ledger import Ledger
from generator.model import PlanInputs
from generator.schema.contract import REVIEW_STATUS

#: Cell fill of budget lines marked for review (a pale yellow, as a highlighter).
REVIEW_FILL = "FFF2CC"

SECTION_TITLES = {
    "Medlem": ("Medlemmar", "Summa medlemmar"),
    "Ny": ("Har beslutat att bli medlemmar", "Summa nya medlemmar"),
    "Intresserad": ("Intresserade kommuner (ingår inte i intäkterna)", "Summa intresserade"),
    DECLINED: ("Har avböjt medlemskap", None),
}


def plan_context(inputs: PlanInputs, figures: PlanFigures, ledger: Ledger) -> dict:
    info = inputs.info
    assert info is not None, "plan.xlsx › Uppgifter is validated before contexts are built"
    return {
        "dokument": {
            "organisation": info.organisation,
            "period": info.period.display,
            "titel": info.title,
            "datum": long_date(info.date),
            "forfattare": info.author,
            "vard": info.host or "",
            "vard_text": f" {info.host} är värd för nätverket och dess kansli." if info.host else "",
            "bildat": str(info.founded) if info.founded else "",
            "ort": info.town or "",
            "arsmote": long_date(info.annual_meeting),
            "ovrigt": dict(info.extra),
        },
        "mal": _goals(inputs),
        "projekt": _projects(inputs, figures, ledger),
        "budget": {"ar": [_year(b, ledger) for b in figures.budgets]},
        "medlemmar": _members(inputs),
        "avgifter": _fees(inputs, figures.fees, ledger),
    }


def _goals(inputs: PlanInputs) -> list[dict]:
    """Goals by category; those without one come first, so they never fall under another's heading."""
    categories: dict[str, list[str]] = {"": []}
    for goal in inputs.goals:
        categories.setdefault(goal.category or "", []).append(goal.text)
    return [{"namn": name, "mal": goals} for name, goals in categories.items() if goals]


def _projects(inputs: PlanInputs, figures: PlanFigures, ledger: Ledger) -> dict:
    rows = []
    for number_, project in enumerate(inputs.projects, start=1):
        rows.append(
            {
                "nummer": number_,
                "namn": project.name,
                "period": span(project.start, project.end),
                "belopp": ledger.kronor(
                    f"Projekt › {project.name} › Belopp", project.amount, project.sources["Belopp"]
                ),
                "status": project.status or "",
                "beskrivning": project.description or "",
            }
        )
    total = ledger.kronor(
        "Projekt › Summa projektmedel",
        figures.projects_total,
        [p.sources["Belopp"] for p in inputs.projects],
        rule="summa av projektens belopp",
    )
    return {"rader": rows, "summa": total, "antal_text": count_phrase(len(rows), "projekt", "projekt")}


def _part(year: int, part: BudgetPart, ledger: Ledger) -> dict:
    groups = []
    for group in part.groups:
        prefix = f"Budget {year} › {part.name}" + (f" › {group.name}" if group.name else "")
        lines = [
            {
                "post": line.item,
                "belopp": ledger.kronor(f"{prefix} › {line.item}", line.kronor, line.place),
                "kommentar": _comment(line.comment, line.status),
                "status": line.status or "",
                "granska": line.status == REVIEW_STATUS,
                "bakgrund": REVIEW_FILL if line.status == REVIEW_STATUS else "auto",
            }
            for line in group.lines
        ]
        subtotal = ""
        if group.name:
            subtotal = ledger.kronor(
                f"{prefix} › Summa",
                group.subtotal,
                [line.place for line in group.lines],
                rule=f"summa av gruppen {group.name}",
            )
        groups.append({"namn": group.name or "", "rader": lines, "summa": subtotal, "kommentar": ""})
    total = ledger.kronor(
        f"Budget {year} › Summa {part.name.lower()}",
        part.total,
        [line.place for line in part.lines],
        rule=f"summa av {part.name.lower()} {year}",
    )
    return {"namn": part.name, "grupper": groups, "summa": total}


def _comment(comment: str | None, status: str | None) -> str:
    parts = []
    if status:
        parts.append("ATT GRANSKA" if status == REVIEW_STATUS else status.capitalize())
    if comment:
        parts.append(comment)
    return ". ".join(parts)


def _year(budget: YearBudget, ledger: Ledger) -> dict:
    expenses = _part(budget.year, budget.expenses, ledger)
    income = _part(budget.year, budget.income, ledger)
    all_places = [line.place for line in budget.expenses.lines + budget.income.lines]
    result = ledger.kronor(
        f"Budget {budget.year} › Resultat", budget.result, all_places, rule=f"inkomster − utgifter {budget.year}"
    )
    if budget.result == 0:
        result_text = "Budgeten är i balans."
    elif budget.result > 0:
        result_text = f"Överskott på {kronor(budget.result)} kr."
    else:
        result_text = f"Underskott på {kronor(-budget.result)} kr."
    review = [line.item for line in budget.expenses.lines + budget.income.lines if line.status == REVIEW_STATUS]
    return {
        "ar": budget.year,
        "delar": [expenses, income],
        "utgifter": expenses["summa"],
        "inkomster": income["summa"],
        "resultat": result,
        "resultat_text": result_text,
        "balanserar": budget.result == 0,
        "granskning": (
            f"Utkast: {count_phrase(len(review), 'post', 'poster', neuter=False)} är markerade ATT "
            f"GRANSKA och ska ses över innan budgeten fastställs."
        )
        if review
        else "",
    }


def _members(inputs: PlanInputs) -> dict:
    members = [m.name for m in inputs.members if m.status == "Medlem"]
    new = [m.name for m in inputs.members if m.status == "Ny"]
    return {
        "finns": bool(members),
        "antal": len(members),
        "antal_text": count_phrase(len(members), "medlem", "medlemmar", neuter=False),
        "namnlista": join_swedish(members),
        "nya": join_swedish(new),
    }


def _prospective_sentence(count: int, total: str) -> str:
    if count == 1:
        return f"Den kommun som har beslutat att gå med eller överväger det skulle betala {total} kronor om året."
    return (f"De {count_phrase(count, 'kommun', 'kommuner', neuter=False)} som har beslutat att gå med eller "
            f"överväger det skulle tillsammans betala {total} kronor om året.")


def _fees(inputs: PlanInputs, fees: FeeTable | None, ledger: Ledger) -> dict:
    if fees is None:
        return {"finns": False}
    rule = fees.rule
    year = rule.year
    sections = []
    for status in fees.statuses:
        heading, total_label = SECTION_TITLES[status]
        rows = []
        for row in fees.rows_with(status):
            member = row.member
            fee_text = "–"
            if row.fee is not None:
                fee_text = ledger.kronor(
                    f"Avgift {year} › {member.name}",
                    row.fee,
                    [member.sources["Invånare"], *rule.sources.places.values()],
                    rule="fast avgift + per invånare × min(invånare, tak), avrundat till hela kronor",
                )
            comment = member.comment or ""
            if row.capped(rule):
                comment = ("Avgiften når taket. " + comment).strip()
            rows.append(
                {
                    "kommun": member.name,
                    "invanare": number(member.population) if member.population is not None else "",
                    "avgift": fee_text,
                    "kommentar": comment,
                }
            )
        subtotal = ""
        if total_label:
            subtotal = ledger.kronor(
                f"Avgift {year} › {total_label}",
                fees.subtotal(status),
                [r.member.sources["Invånare"] for r in fees.rows_with(status)],
                rule=f"summa av de avrundade avgifterna med status {status}",
            )
        sections.append({"rubrik": heading, "rader": rows, "summa": subtotal, "summarubrik": total_label or ""})
    expected = ledger.kronor(
        f"Avgift {year} › Förväntade avgiftsintäkter",
        fees.expected_income,
        [r.member.sources["Invånare"] for r in fees.rows if r.member.status in ("Medlem", "Ny")],
        rule="summa medlemmar + summa nya medlemmar",
    )
    budgeted_line = next(
        (
            line
            for line in inputs.budget_lines
            if line.year == year and line.part == "Inkomster" and line.item.strip().casefold() == "medlemsavgifter"
        ),
        None,
    )
    comparison = ""
    budgeted = ""
    if budgeted_line is not None:
        budgeted = kronor(budgeted_line.kronor)
        difference = budgeted_line.kronor - fees.expected_income
        if difference == 0:
            comparison = "Det stämmer med avgiftstabellen."
        else:
            word = "mer" if difference > 0 else "mindre"
            comparison = (
                f"Det är {kronor(abs(difference))} kronor {word} än avgiftstabellens förväntade "
                f"intäkter på {kronor(fees.expected_income)} kronor; intäkten beror på hur många "
                "kommuner som blir medlemmar."
            )
    prospective = [r for r in fees.rows if r.member.status in ("Ny", "Intresserad")]
    prospective_total = ""
    if prospective:
        prospective_total = ledger.kronor(
            f"Avgift {year} › Summa nya och intresserade",
            sum(r.fee or 0 for r in prospective),
            [r.member.sources["Invånare"] for r in prospective],
            rule="summa av de avrundade avgifterna med status Ny och Intresserad",
        )
    cap = rule.population_cap
    return {
        "finns": True,
        "ar": year,
        "fast": kronor(rule.fixed),
        "per_invanare": number(rule.per_inhabitant, 2),
        "tak": number(cap) if cap is not None else "",
        "tak_text": f" upp till {number(cap)} invånare" if cap is not None else "",
        "sektioner": sections,
        "forvantat": expected,
        "forvantat_text": "Medlemmar och nya medlemmar",
        "tillkommande": prospective_total,
        "tillkommande_text": _prospective_sentence(len(prospective), prospective_total),
        "budgeterat": budgeted,
        "jamforelse": comparison,
    }
