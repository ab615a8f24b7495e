"""Draft the next period of a plan and budget set: the rules as pure functions, then one write.

The old set is read, never touched; the new set is written beside it in a
temporary folder that is renamed into place only when complete.  Every value
of the draft is checked against the contract before anything is written, and
the review list is written into the new set too (``att-granska.txt``) for the
user to tick off.  A line's decision status (``Status``) is kept; the review
mark is the column ``Granska``.
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
from generator.records.population import PopulationTable, PopulationUnreadable, read_population
from generator.schema.contract import BUDGET, MEMBERS, PLAN, REVIEW_STATUS
from generator.schema.model import KeyValueSheet, TableSheet, WorkbookSpec
from generator.schema.types import Period, Rejected

PERIOD_IN_NAME = re.compile(r"(\d{4})(?:-(\d{4}))?$")
#: A year written in a text, e.g. "Överföring från 2027" (not part of a longer number).
YEAR_IN_TEXT = re.compile(r"(?<![\d.,])(19\d{2}|20\d{2}|2100)(?![\d.,]\d)")
#: The review list the user ticks off, written into the new set.
REVIEW_FILE = "att-granska.txt"


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


def years_in(text: str | None) -> list[int]:
    """The years a text names, in order, each once."""
    found: list[int] = []
    for match in YEAR_IN_TEXT.finditer(text or ""):
        if int(match[1]) not in found:
            found.append(int(match[1]))
    return found


def shift_years(text: str, years: int) -> str:
    """Every year in ``text`` moved by ``years`` ("Överföring från 2027" → "Överföring från 2028")."""
    return YEAR_IN_TEXT.sub(lambda m: str(int(m[1]) + years), text)


def _years_phrase(years: list[int]) -> str:
    named = [str(y) for y in years]
    return ("året " if len(named) == 1 else "åren ") + (
        named[0] if len(named) == 1 else ", ".join(named[:-1]) + " och " + named[-1]
    )


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
    unmatched: list[str] = field(default_factory=list)
    """Members the population file had no figure for (with ``--folkmangd``)."""


def _project_row(project: Project) -> dict:
    return {
        "Projekt": project.name,
        "Start": str(project.start),
        "Slut": str(project.end) if project.end else None,
        "Belopp": project.amount,
        "Status": project.status,
        "Beskrivning": project.description,
    }


def _line_row(line: BudgetLine, year: int, comment: str | None, review: bool) -> dict:
    """The line for ``year``: its decision status kept (the old review status becomes the mark)."""
    return {
        "År": year,
        "Del": line.part,
        "Grupp": line.group,
        "Post": line.item,
        "Belopp": line.amount,
        "Kommentar": comment,
        "Status": line.status if line.status != REVIEW_STATUS else None,
        "Granska": "ja" if review else None,
    }


def _flag_carried_text(review: list[str], what: str, text: str | None, new: Period) -> None:
    """A text carried into the new period that names a year before it: the user checks it."""
    years = [y for y in years_in(text) if y < new.first]
    if text and years:
        review.append(
            f"{what} nämner {_years_phrase(years)}: ”{_excerpt(text, years[0])}” – stämmer texten för {new.display}?"
        )


def _excerpt(text: str, year: int, room: int = 40) -> str:
    """The part of a long text around the first mention of ``year``."""
    if len(text) <= 2 * room + 10:
        return text
    at = text.find(str(year))
    start, end = max(0, at - room), min(len(text), at + 4 + room)
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def draft_next_year(inputs: PlanInputs, populations: PopulationTable | None = None) -> Draft:
    """The rules of ``new-year`` (pure): shift the period, carry and mark lines, advance the fee year.

    With ``populations``, the members' ``Invånare`` are taken from it by name and the fee rule's
    ``Folkmängd avser`` states its date; members it lacks keep last year's figure and are listed.
    """
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
    _flag_carried_text(review, "Dokumenttiteln", plan_values["Dokumenttitel"], new)
    for goal in inputs.goals:
        _flag_carried_text(review, "Ett mål", goal.text, new)
    projects = []
    for project in inputs.projects:
        if project.end is not None and project.end.year < new.first:
            review.append(f"Projektet ”{project.name}” slutade {project.end} och är borttaget.")
        else:
            projects.append(_project_row(project))
            _flag_carried_text(review, f"Beskrivningen av projektet ”{project.name}”", project.description, new)
            if project.status in ("ansökt", "planerat"):
                review.append(f"Projektet ”{project.name}” har status {project.status}: uppdatera läget.")
    budget_rows: list[dict] = []
    years = sorted({line.year for line in inputs.budget_lines})
    kept = [line for line in inputs.budget_lines if line.year in new.years]
    for line in kept:
        budget_rows.append(_line_row(line, line.year, line.comment, line.review))
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
                budget_rows.append(_line_row(line, year, comment, review=True))
                status = f"; status {line.status}" if line.status and line.status != REVIEW_STATUS else ""
                review.append(
                    f"Budget {year}: {line.part.lower()} ”{line.item}” {kronor(line.kronor)} kr "
                    f"(kopierad från {latest}{status}) – granska beloppet."
                )
                for label, text in (("posten", line.item), ("kommentaren", line.comment)):
                    if named := years_in(text):
                        review.append(
                            f"Budget {year}: {label} ”{text}” nämner {_years_phrase(named)} och är kopierad "
                            f"från {latest} – ska det vara ”{shift_years(text, year - latest)}”?"
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
        _flag_carried_text(review, f"Kommentaren till {member.name}", member.comment, new)
    unmatched: list[str] = []
    if populations is not None and members:
        unmatched = _fill_populations(members, populations, review)
    fee_values = None
    if inputs.fee_rule is not None:
        rule = inputs.fee_rule
        as_of = populations.as_of if populations is not None else rule.population_as_of
        fee_values = {
            "Fast avgift": rule.fixed,
            "Per invånare": rule.per_inhabitant,
            "Tak invånare": rule.population_cap,
            "År": rule.year + 1,
            "Folkmängd avser": as_of,
        }
        if populations is None:
            review.append(
                f"Avgiftsåret är nu {rule.year + 1}; uppdatera invånarantalen i medlemmar.xlsx"
                + (f" (de avser {rule.population_as_of})." if rule.population_as_of else ".")
            )
        else:
            review.append(f"Avgiftsåret är nu {rule.year + 1}; folkmängden avser {populations.as_of}.")
            if not rule.year - 1 <= populations.year <= rule.year + 1:
                review.append(
                    f"Folkmängden gäller {populations.year}, men avgiftsåret är {rule.year + 1}: "
                    "är det rätt år i filen?"
                )
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
        unmatched,
    )


def _fill_populations(members: list[dict], populations: PopulationTable, review: list[str]) -> list[str]:
    """Set each member's Invånare from the table by name; returns the names it could not match."""
    found, missing = populations.match(m["Kommun"] for m in members)
    changed = 0
    for member in members:
        figure = found.get(member["Kommun"])
        if figure is not None:
            changed += member["Invånare"] != figure.population
            member["Invånare"] = figure.population
    source = populations.path.name
    review.append(
        f"Invånare för {len(found)} av {len(members)} medlemmar är hämtade ur {source} "
        f"({populations.as_of}); {changed} ändrades."
    )
    review.extend(f"{source}: {note}." for note in populations.notes)
    for name, why in missing.items():
        review.append(f"Ingen folkmängd för {name} i {source} ({why}): fyll i Invånare för hand.")
    return list(missing)


def _check_against_contract(draft: Draft, has_budget: bool, has_members: bool) -> None:
    """Refuse a draft the contract would not read back (e.g. a period past 2100) before anything is written."""
    tables: list[tuple[WorkbookSpec, str, list[dict]]] = [(PLAN, "Mål", draft.goals), (PLAN, "Projekt", draft.projects)]
    keys: list[tuple[WorkbookSpec, str, dict[str, object]]] = [(PLAN, "Uppgifter", draft.plan_values)]
    if has_budget:
        tables.append((BUDGET, "Budget", draft.budget_rows))
    if has_members:
        tables.append((MEMBERS, "Medlemmar", draft.members))
        keys.append((MEMBERS, "Avgift", draft.fee_values or {}))
    for spec, sheet_name, values in keys:
        sheet = spec.sheet(sheet_name)
        assert isinstance(sheet, KeyValueSheet)
        for key in sheet.keys:
            _check_value(draft, f"{spec.filename} › {sheet.name} › {key.name}", key.type, values.get(key.name))
    for spec, sheet_name, rows in tables:
        sheet = spec.sheet(sheet_name)
        assert isinstance(sheet, TableSheet)
        for row in rows:
            for column in sheet.columns:
                _check_value(
                    draft, f"{spec.filename} › {sheet.name} › {column.name}", column.type, row.get(column.name)
                )


def _check_value(draft: Draft, where: str, value_type, value: object) -> None:
    if value is None:
        return
    try:
        value_type.parse(value)
    except Rejected as exc:
        raise NewYearRefused(f"nästa period {draft.period} kan inte skrivas: {where} {exc}; inget är skrivet") from exc


def review_text(draft: Draft, name: str, old_name: str) -> str:
    """The review list as a file to tick off, one box per item."""
    lines = [
        f"Att granska i {name} (utkast av plangen new-year ur {old_name})",
        "Skriv ett x i rutan när punkten är klar: [x]",
        "",
    ]
    lines += [f"[ ] {item}" for item in draft.review]
    return "\n".join(lines) + "\n"


def new_year(folder: Path, target_name: str | None = None, population_file: Path | None = None) -> tuple[Path, Draft]:
    """Write the next period's set beside ``folder``; returns its path and the draft (with the review list).

    ``population_file`` is an SCB or Kolada export whose figures fill the new set's ``Invånare``.
    """
    problems = Problems()
    inputs = read_plan_inputs(folder, problems)
    if not inputs.has_plan:
        raise NewYearRefused("new-year gäller verksamhetsplan och budget: mängden saknar plan.xlsx")
    if problems.errors or inputs.info is None:
        raise NewYearRefused("indata har fel; rätta dem först", problems)
    populations = None
    if population_file is not None:
        if not inputs.has_members:
            raise NewYearRefused(f"--folkmangd {population_file.name}: mängden saknar medlemmar.xlsx")
        try:
            populations = read_population(population_file)
        except PopulationUnreadable as exc:
            raise NewYearRefused(f"folkmängden i {population_file.name} kan inte läsas: {exc}") from exc
    draft = draft_next_year(inputs, populations)
    _check_against_contract(draft, inputs.has_budget, inputs.has_members)
    name = target_name or next_name(folder.name, inputs.info.period, draft.period)
    target = folder.parent / name if not Path(name).is_absolute() else Path(name)
    if target.exists():
        raise NewYearRefused(f"mängden {target} finns redan; den skrivs inte över")
    if not target.parent.is_dir():
        raise NewYearRefused(f"mappen {target.parent} finns inte; skapa den eller välj ett annat namn med --to")
    if target.resolve().is_relative_to(folder.resolve()):
        raise NewYearRefused(
            f"den nya mängden {target} ligger i {folder.name}; mängden ändras aldrig – välj en annan plats"
        )
    try:
        return target, _write(folder, target, inputs, draft)
    except OSError as exc:
        raise NewYearRefused(f"kan inte skriva {target}: {exc.strerror or exc}; inget är skrivet") from exc


def _write(folder: Path, target: Path, inputs: PlanInputs, draft: Draft) -> Draft:
    from generator.docx.markers import shift_marker_years
    from generator.xlsx.writer import write_workbook

    own_templates = sorted(p for p in folder.glob("*.docx") if p.is_file() and not p.name.startswith("~$"))
    draft.review.extend(
        f"Mängdens eget dokument {own.name} är kopierat; årtal i dess [[namn]] är flyttade ett år framåt, men "
        "årtal i den egna texten behöver ses över." for own in own_templates
    )
    extra: dict[str, dict[str, list[list[object]]]] = {}
    for table in inputs.user_tables:
        rows = [list(table.headers)] + [[cell.value for cell in row.cells] for row in table.rows]
        extra.setdefault(table.workbook, {})[table.sheet] = rows
    draft.review.extend(f"Egna tabellen {t.sheet} i {t.workbook} är kopierad som den är." for t in inputs.user_tables)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        write_workbook(
            PLAN,
            staging / PLAN.filename,
            rows={"Mål": draft.goals, "Projekt": draft.projects},
            values={"Uppgifter": draft.plan_values},
            extra_sheets=extra.get(PLAN.filename),
        )
        if inputs.has_budget:
            write_workbook(BUDGET, staging / BUDGET.filename, rows={"Budget": draft.budget_rows},
                           extra_sheets=extra.get(BUDGET.filename))
        if inputs.has_members:
            write_workbook(
                MEMBERS,
                staging / MEMBERS.filename,
                rows={"Medlemmar": draft.members},
                values={"Avgift": draft.fee_values or {}},
                extra_sheets=extra.get(MEMBERS.filename),
            )
        for own_template in own_templates:
            (staging / own_template.name).write_bytes(shift_marker_years(own_template))
        (staging / REVIEW_FILE).write_text(review_text(draft, target.name, folder.name), encoding="utf-8")
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return draft
