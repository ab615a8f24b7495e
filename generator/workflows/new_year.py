"""Draft the next period of a plan and budget set: the rules as pure functions, then one write.

The old set is read, never touched; the new set is written beside it in a
temporary folder that is renamed into place only when complete.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from generator.compute.fees import compute_fees
from generator.formatting import kronor
from generator.model import BudgetLine, Member, PlanInputs, Project
from generator.problems import Problems
from generator.records.plan import read_plan_inputs
from generator.schema.contract import BUDGET, MEMBERS, PLAN, REVIEW_STATUS
from generator.schema.types import Period

PERIOD_IN_NAME = re.compile(r"(\d{4})(?:-(\d{4}))?$")


class NewYearRefused(Exception):
    """The draft cannot be made; the message is Swedish and says why, ``problems`` the input errors."""

    def __init__(self, message: str, problems: Problems | None = None):
        super().__init__(message)
        self.problems = problems or Problems()


def next_name(name: str, old: Period, new: Period) -> str:
    """``klimatkommunerna-2008-2009`` → ``klimatkommunerna-2009-2010``; otherwise append the new period."""
    match = PERIOD_IN_NAME.search(name)
    if match:
        return name[: match.start()] + str(new)
    return f"{name}-{new}"


def shift_text(text: str, old: Period, new: Period) -> str:
    """Replace the old period in a title, written with a hyphen or an en dash."""
    for dash in ("-", "–", "—"):
        text = text.replace(f"{old.first}{dash}{old.last}", f"{new.first}{dash}{new.last}")
    return text


def next_date(date: dt.date) -> dt.date:
    try:
        return date.replace(year=date.year + 1)
    except ValueError:  # 29 February
        return date.replace(year=date.year + 1, day=28)


@dataclass
class Draft:
    """The next period's rows, ready for the contract's writer, and what the user must review."""

    period: Period
    plan_values: dict[str, object]
    goals: list[dict]
    projects: list[dict]
    budget_rows: list[dict]
    members: list[dict]
    fee_values: dict[str, object] | None
    review: list[str] = field(default_factory=list)


def _project_row(project: Project) -> dict:
    return {
        "Projekt": project.name,
        "Start": str(project.start),
        "Slut": str(project.end) if project.end else None,
        "Belopp": project.amount,
        "Status": project.status,
        "Beskrivning": project.description,
    }


def _line_row(line: BudgetLine, year: int, status: str | None, comment: str | None) -> dict:
    return {
        "År": year,
        "Del": line.part,
        "Grupp": line.group,
        "Post": line.item,
        "Belopp": line.amount,
        "Kommentar": comment,
        "Status": status,
    }


def draft_next_year(inputs: PlanInputs) -> Draft:
    """The rules of ``new-year`` (pure): shift the period, carry and mark lines, advance the fee year."""
    info = inputs.info
    assert info is not None
    old, new = info.period, info.period.shifted(1)
    review: list[str] = [f"Perioden är nu {new} (var {old}); kontrollera dokumenttitel och datum i plan.xlsx."]
    plan_values = {
        "Organisation": info.organisation,
        "Period": str(new),
        "Dokumenttitel": shift_text(info.title, old, new),
        "Datum": next_date(info.date),
        "Författare": info.author,
        "Värdorganisation": info.host,
        "Bildat": info.founded,
        "Ort": info.town,
        "Årsmöte": next_date(info.annual_meeting) if info.annual_meeting else None,
        **info.extra,
    }
    projects = []
    for project in inputs.projects:
        if project.end is not None and project.end.year < new.first:
            review.append(f"Projektet ”{project.name}” slutade {project.end} och är borttaget.")
        else:
            projects.append(_project_row(project))
            if project.status in ("ansökt", "planerat"):
                review.append(f"Projektet ”{project.name}” har status {project.status}: uppdatera läget.")
    budget_rows: list[dict] = []
    years = sorted({line.year for line in inputs.budget_lines})
    kept = [line for line in inputs.budget_lines if line.year in new.years]
    for line in kept:
        budget_rows.append(_line_row(line, line.year, line.status, line.comment))
    for total in inputs.stated_totals:
        if total.year in new.years:
            budget_rows.append(
                {"År": total.year, "Del": total.part, "Grupp": total.group, "Post": total.label, "Belopp": total.amount}
            )
    dropped = [y for y in years if y not in new.years]
    if len(dropped) == 1:
        review.append(f"Budgetåret {dropped[0]} ligger före den nya perioden och är borttaget.")
    elif dropped:
        review.append("Budgetåren " + ", ".join(map(str, dropped)) + " ligger före den nya perioden och är borttagna.")
    if years:
        latest = max(years)
        for year in (y for y in new.years if y > latest):
            for line in (line for line in inputs.budget_lines if line.year == latest):
                comment = f"Utkast: beloppet är {latest} års; granska det för {year}."
                if line.comment:
                    comment += f" ({latest}: {line.comment})"
                budget_rows.append(_line_row(line, year, REVIEW_STATUS, comment))
                review.append(
                    f"Budget {year}: {line.part.lower()} ”{line.item}” {kronor(line.kronor)} kr "
                    f"(kopierad från {latest}) – granska beloppet."
                )
    members = []
    for member in inputs.members:
        status = member.status
        if status == "Ny":
            status = "Medlem"
            review.append(f"{member.name} hade beslutat att gå med och står nu som Medlem.")
        members.append(
            {"Kommun": member.name, "Invånare": member.population, "Status": status, "Kommentar": member.comment}
        )
    fee_values = None
    if inputs.fee_rule is not None:
        rule = inputs.fee_rule
        fee_values = {
            "Fast avgift": rule.fixed,
            "Per invånare": rule.per_inhabitant,
            "Tak invånare": rule.population_cap,
            "År": rule.year + 1,
        }
        review.append(f"Avgiftsåret är nu {rule.year + 1}; uppdatera invånarantalen i medlemmar.xlsx.")
        advanced = compute_fees(
            type(rule)(rule.fixed, rule.per_inhabitant, rule.population_cap, rule.year + 1, rule.sources),
            [
                Member(m["Kommun"], m["Invånare"], m["Status"], None, mem.sources)
                for m, mem in zip(members, inputs.members, strict=True)
            ],
        )
        fee_line = next(
            (
                r
                for r in budget_rows
                if r["År"] == rule.year + 1
                and r["Del"] == "Inkomster"
                and str(r["Post"]).strip().casefold() == "medlemsavgifter"
            ),
            None,
        )
        if fee_line is not None:
            review.append(
                f"Medlemsavgifter {rule.year + 1}: budgeten har {kronor(fee_line['Belopp'])} kr, "
                f"avgiftstabellen ger {kronor(advanced.expected_income)} kr."
            )
    return Draft(
        new,
        plan_values,
        [{"Mål": g.text, "Kategori": g.category} for g in inputs.goals],
        projects,
        budget_rows,
        members,
        fee_values,
        review,
    )


def new_year(folder: Path, target_name: str | None = None) -> tuple[Path, Draft]:
    """Write the next period's set beside ``folder``; returns its path and the draft (with the review list)."""
    problems = Problems()
    inputs = read_plan_inputs(folder, problems)
    if not inputs.has_plan:
        raise NewYearRefused("new-year gäller verksamhetsplan och budget: mängden saknar plan.xlsx")
    if problems.errors or inputs.info is None:
        raise NewYearRefused("indata har fel; rätta dem först", problems)
    draft = draft_next_year(inputs)
    name = target_name or next_name(folder.name, inputs.info.period, draft.period)
    target = folder.parent / name if not Path(name).is_absolute() else Path(name)
    if target.exists():
        raise NewYearRefused(f"mängden {target} finns redan; den skrivs inte över")
    if not target.parent.is_dir():
        raise NewYearRefused(f"mappen {target.parent} finns inte; skapa den eller välj ett annat namn med --to")
    from generator.xlsx.writer import write_workbook

    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        write_workbook(
            PLAN,
            staging / PLAN.filename,
            rows={"Mål": draft.goals, "Projekt": draft.projects},
            values={"Uppgifter": draft.plan_values},
        )
        if inputs.has_budget:
            write_workbook(BUDGET, staging / BUDGET.filename, rows={"Budget": draft.budget_rows})
        if inputs.has_members:
            write_workbook(
                MEMBERS,
                staging / MEMBERS.filename,
                rows={"Medlemmar": draft.members},
                values={"Avgift": draft.fee_values or {}},
            )
        for own_template in sorted(folder.glob("*.docx")):
            shutil.copy2(own_template, staging / own_template.name)
            draft.review.append(f"Mängdens egen mall {own_template.name} är kopierad.")
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target, draft
