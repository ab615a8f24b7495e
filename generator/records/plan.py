"""plan.xlsx, budget.xlsx and medlemmar.xlsx → :class:`~generator.model.PlanInputs`."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from generator.model import (
    BudgetLine,
    FeeRule,
    Goal,
    GoalFollowUp,
    Member,
    PlanActivity,
    PlanInfo,
    PlanInputs,
    Project,
    Sources,
    StatedTotal,
)
from generator.problems import Problems
from generator.records.user_tables import user_tables
from generator.schema.contract import BUDGET, MEMBERS, PLAN, REVIEW_STATUS, STATED_TOTAL_PREFIXES
from generator.xlsx.files import find_workbook
from generator.xlsx.reader import WorkbookData, read_workbook


def is_stated_total(item: str) -> bool:
    return item.strip().casefold().startswith(STATED_TOTAL_PREFIXES)


def read_plan_inputs(folder: Path, problems: Problems) -> PlanInputs:
    """Read whichever of plan.xlsx, budget.xlsx and medlemmar.xlsx the set holds."""
    inputs = PlanInputs()
    for spec, reader in ((PLAN, _plan), (BUDGET, _budget), (MEMBERS, _members)):
        path = folder / spec.filename
        if find_workbook(folder, spec.filename) is None:  # also Budget.xlsx, budget.xlsm, budget.ods
            continue
        data = read_workbook(path, spec, problems)
        if data is not None:
            reader(data, inputs, problems)
            inputs.user_tables.extend(user_tables(spec.filename, data.user_sheets))
    return inputs


def _plan(data: WorkbookData, inputs: PlanInputs, problems: Problems) -> None:
    inputs.has_plan = True
    info = data.key_values.get("Uppgifter")
    if info is not None and info.complete:
        v = info.values
        inputs.info = PlanInfo(
            organisation=v["Organisation"],
            period=v["Period"],
            title=v["Dokumenttitel"],
            date=v["Datum"],
            author=v["Författare"],
            host=v.get("Värdorganisation"),
            founded=v.get("Bildat"),
            town=v.get("Ort"),
            annual_meeting=v.get("Årsmöte"),
            report_date=v.get("Verksamhetsberättelsens datum"),
            extra=dict(info.extra),
            sources=Sources(dict(info.places)),
        )
    for row in data.tables["Mål"].rows:
        if row.values["Mål"]:
            inputs.goals.append(Goal(row.values["Mål"], row.values.get("Kategori") or None, row.place("Mål")))
    follow_ups = data.tables.get("Uppföljning")
    for row in follow_ups.rows if follow_ups is not None else ():
        v = row.values
        if v["Mål"] and v["Status"]:
            inputs.follow_ups.append(GoalFollowUp(v["Mål"], v["Status"], v.get("Kommentar") or None, row.place("Mål")))
    activities = data.tables.get("Aktiviteter")
    for row in activities.rows if activities is not None else ():
        v = row.values
        if v["Datum"] is None or not v["Aktivitet"]:
            continue
        participants = int(v["Deltagare"]) if v.get("Deltagare") is not None else None
        inputs.activities.append(PlanActivity(v["Datum"], v["Aktivitet"], v.get("Mål") or None, participants,
                                              v.get("Beskrivning") or None, Sources(dict(row.places))))
    for row in data.tables["Projekt"].rows:
        v = row.values
        if None in (v["Projekt"], v["Start"], v["Belopp"]):
            continue
        if v["Slut"] is not None and v["Slut"] < v["Start"]:
            problems.error(row.place("Slut"), f"projektet slutar ({v['Slut']}) före sin start ({v['Start']})")
            continue
        inputs.projects.append(
            Project(
                v["Projekt"],
                v["Start"],
                v["Slut"],
                v["Belopp"],
                v["Status"],
                v.get("Beskrivning") or None,
                Sources(dict(row.places)),
            )
        )


def _budget(data: WorkbookData, inputs: PlanInputs, problems: Problems) -> None:
    inputs.has_budget = True
    for row in data.tables["Budget"].rows:
        v = row.values
        if v["År"] is None or v["Del"] is None or v["Post"] is None:
            continue
        group = v.get("Grupp") or None
        if is_stated_total(v["Post"]):
            inputs.stated_totals.append(
                StatedTotal(v["År"], v["Del"], group, v["Post"], v["Belopp"], row.place("Belopp"))
            )
            continue
        if v["Belopp"] is None and v.get("Utfall") is None:
            if not problems.has_error_at(row.place("Belopp")):
                problems.error(row.place("Belopp"), f"posten {v['Post']} har varken belopp eller utfall")
            continue
        inputs.budget_lines.append(
            BudgetLine(
                v["År"],
                v["Del"],
                group,
                v["Post"],
                v["Belopp"] if v["Belopp"] is not None else Decimal(0),
                v.get("Kommentar") or None,
                v.get("Status"),
                Sources(dict(row.places)),
                review=v.get("Granska") == "ja" or v.get("Status") == REVIEW_STATUS,
                outcome=v.get("Utfall"),
                in_budget=v["Belopp"] is not None,
            )
        )


def _members(data: WorkbookData, inputs: PlanInputs, problems: Problems) -> None:
    inputs.has_members = True
    for row in data.tables["Medlemmar"].rows:
        v = row.values
        if v["Kommun"] is None or v["Status"] is None:
            continue
        if v["Invånare"] is None and v["Status"] != "Avböjt":
            if not problems.has_error_at(row.place("Invånare")):
                problems.error(
                    row.place("Invånare"),
                    f"antal invånare saknas för {v['Kommun']} ({v['Status']}); behövs för avgiften",
                )
            continue
        population = int(v["Invånare"]) if v["Invånare"] is not None else None
        inputs.members.append(
            Member(v["Kommun"], population, v["Status"], v.get("Kommentar") or None, Sources(dict(row.places)),
                   joined=v.get("Ansluten"), left=v.get("Utträdd"))
        )
    rule = data.key_values.get("Avgift")
    if rule is not None and rule.complete:
        r = rule.values
        cap = int(r["Tak invånare"]) if r.get("Tak invånare") is not None else None
        inputs.fee_rule = FeeRule(
            r["Fast avgift"],
            r["Per invånare"],
            cap,
            r["År"],
            Sources(dict(rule.places)),
            population_as_of=r.get("Folkmängd avser") or None,
        )
