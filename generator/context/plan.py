"""The catalogue of the verksamhetsplan and the budget (they share one): figures and blocks.

Every sentence written here is true for any inputs: it states what the
workbooks hold, in the singular or plural the figures call for.
"""

from __future__ import annotations

from decimal import Decimal

from generator.blocks import BulletList, Catalogue, Column, Heading, Paragraph, Row, Table
from generator.compute.budget import BudgetPart, YearBudget
from generator.compute.fees import DECLINED, FeeTable
from generator.compute.plan import PlanFigures
from generator.context.common import count_phrase, info_figures, join_swedish
from generator.formatting import kronor, long_date, number, span
from generator.ledger import Ledger
from generator.model import PlanInputs, Project
from generator.schema.contract import PROJECT_STATUSES, REVIEW_STATUS

YEAR_FIGURES = ("utgifter", "inkomster", "resultat", "resultat-text", "antal-att-granska")
FEE_NAMES = (
    "avgift-år", "avgift-fast", "avgift-per-invånare", "avgift-tak", "avgift-tak-text",
    "avgift-folkmängd-avser", "förväntade-avgiftsintäkter", "avgifter-medlemmar", "avgifter-nya-medlemmar",
    "avgifter-intresserade", "budgeterade-medlemsavgifter", "medlemsavgifter-jämfört",
)
#: Cell fill of budget lines marked for review (a pale yellow, as a highlighter).
REVIEW_FILL = "FFF2CC"

SECTION_TITLES = {
    "Medlem": ("Medlemmar", "Summa medlemmar"),
    "Ny": ("Har beslutat att bli medlemmar", "Summa nya medlemmar"),
    "Intresserad": ("Intresserade (ingår inte i de förväntade intäkterna)", "Summa intresserade"),
    DECLINED: ("Har avböjt medlemskap", None),
}


def plan_document_catalogue(prepared) -> Catalogue:
    """The verksamhetsplan's and the budget's catalogue: the plan's names and the user's own tables."""
    from generator.context.user_tables import user_table_blocks

    catalogue = plan_catalogue(prepared.inputs, prepared.figures)
    user_table_blocks(catalogue, prepared.inputs.user_tables)
    return catalogue


def plan_catalogue(inputs: PlanInputs, figures: PlanFigures) -> Catalogue:
    info = inputs.info
    assert info is not None, "plan.xlsx › Uppgifter is validated before catalogues are built"
    catalogue = Catalogue()
    info_figures(catalogue, info.sources.places, info.extra, (
        ("organisation", "Organisation", "Organisationens namn", info.organisation),
        ("period", "Period", "Verksamhetsperioden, t.ex. 2008–2009", info.period.display),
        ("dokumenttitel", "Dokumenttitel", "Dokumentets titel", info.title),
        ("datum", "Datum", "Dokumentets datum", long_date(info.date)),
        ("författare", "Författare", "Vem som skrivit dokumentet", info.author),
        ("värdorganisation", "Värdorganisation", "Organisationen som är värd för kansliet", info.host or ""),
        ("bildat", "Bildat", "Året nätverket bildades", str(info.founded or "")),
        ("ort", "Ort", "Orten där kansliet finns", info.town or ""),
        ("årsmöte", "Årsmöte", "Datum för årsmötet", long_date(info.annual_meeting)),
    ))
    _members(catalogue, inputs)
    _goals(catalogue, inputs)
    _projects(catalogue, inputs)
    for budget in figures.budgets:
        _year(catalogue, budget)
    budgeted = {budget.year for budget in figures.budgets}
    for year in info.period.years:  # a year of the period without lines: its names print nothing
        if year not in budgeted:
            catalogue.lacks(tuple(f"budget-{year}-{name}" for name in YEAR_FIGURES), f"budgeten har inga rader för "
                            f"{year}", blocks=(f"budget-{year}",))
    _every_year(catalogue, figures.budgets)
    if figures.budgets:
        _budget_summary(catalogue, figures.budgets)
    meeting = ""
    if info.annual_meeting is not None:
        verb = "behandlas" if info.annual_meeting >= info.date else "behandlades"
        meeting = f"Förslaget {verb} vid årsmötet den {long_date(info.annual_meeting)}."
    catalogue.figure("årsmöte-text", "”Förslaget behandlas (eller behandlades) vid årsmötet den …”, efter "
                     "dokumentets datum; tomt utan Årsmöte", meeting)
    if figures.fees is not None:
        _fees(catalogue, inputs, figures.fees)
    else:
        catalogue.lacks(FEE_NAMES, "mängden har ingen medlemmar.xlsx med avgiftsregel", blocks=("avgiftstabell",))
    if not figures.budgets:
        catalogue.lacks(("budget-första-år", "budget-sista-år"), "mängden har ingen budget.xlsx",
                        blocks=("budgetsammanställning",))
    if not any(line.item.strip().casefold() == "medlemsavgifter" for line in inputs.budget_lines):
        catalogue.lacks(("budgeterade-medlemsavgifter", "medlemsavgifter-jämfört"),
                        "budgeten har ingen post Medlemsavgifter för avgiftsåret")
    return catalogue


def _members(catalogue: Catalogue, inputs: PlanInputs) -> None:
    for status, name, what in (
        ("Medlem", "medlemmar", "medlemmar"),
        ("Ny", "nya-medlemmar", "som beslutat att bli medlemmar (status Ny)"),
        ("Intresserad", "intresserade", "intresserade (status Intresserad)"),
        (DECLINED, "avböjt", "som avböjt medlemskap"),
    ):
        members = [m for m in inputs.members if m.status == status]
        ledger = Ledger()
        places = [m.sources.places["Status"] for m in members if "Status" in m.sources.places]
        ledger.count(
            f"Medlemmar › Antal {status}", len(members), places,
            rule=f"antal rader med status {status} i bladet Medlemmar",
        )
        catalogue.figure(f"antal-{name}", f"Antal {what}", str(len(members)), ledger, count=len(members))
        names = ledger.record(f"Medlemmar › {status} › namn", join_swedish([m.name for m in members]), places,
                              rule=f"namnen på raderna med status {status}")
        catalogue.figure(name, f"Namnen på dem {what}, med kommatecken och ”och”", names, ledger)
        if status == "Medlem":
            catalogue.block(
                "medlemslista", "Medlemmarna som punktlista", [BulletList(tuple(m.name for m in members))]
                if members else [], ledger)


def _goals(catalogue: Catalogue, inputs: PlanInputs) -> None:
    """Goals by category; those without one come first, so they never fall under another's heading."""
    categories: dict[str, list[str]] = {"": []}
    for goal in inputs.goals:
        categories.setdefault(goal.category or "", []).append(goal.text)
    contents: list = []
    for name, goals in categories.items():
        if not goals:
            continue
        if name:
            contents.append(Paragraph(name, "strong"))
        contents.append(BulletList(tuple(goals)))
    ledger = Ledger()
    ledger.count("Mål › Antal", len(inputs.goals), [g.place for g in inputs.goals], rule="antal rader i bladet Mål")
    catalogue.block("mål", "Målen som punktlistor, under sina kategorier", contents, ledger)
    catalogue.figure("antal-mål", "Antal mål i bladet Mål", str(len(inputs.goals)), ledger, count=len(inputs.goals))


def _projects(catalogue: Catalogue, inputs: PlanInputs) -> None:
    """The project list with a subtotal per status: granted, applied-for and planned money never mix."""
    ledger = Ledger()
    columns = (
        Column("Projekt", 6.6),
        Column("Period", 4.6),
        Column("Belopp (kr)", 2.6, "right"),
        Column("Läge", 2.2),
    )
    rows: list[Row] = []
    statuses = [s for s in PROJECT_STATUSES if any(p.status == s for p in inputs.projects)]
    if any(p.status is None for p in inputs.projects):
        statuses.append(None)
    for status in statuses:
        projects = [p for p in inputs.projects if p.status == status]
        label = status or "utan läge"
        if len(statuses) > 1:
            rows.append(Row((f"{label.capitalize()} ({len(projects)})", "", "", ""), "group"))
        for project in projects:
            amount = ledger.kronor(f"Projekt › {project.name} › Belopp", project.amount, project.sources["Belopp"])
            rows.append(Row((project.name, span(project.start, project.end), amount, project.status or "")))
        total = sum((p.amount for p in projects), Decimal(0))
        total_text = ledger.kronor(
            f"Projekt › Summa {label}", total, [p.sources["Belopp"] for p in projects],
            rule=f"summa av beloppen för projekt med läget {label}",
        )
        rows.append(Row((f"Summa {label}", "", total_text, ""), "subtotal"))
        slug = label.replace(" ", "-")
        catalogue.figure(f"antal-projekt-{slug}", f"Antal projekt med läget {label}", str(len(projects)), ledger,
                         count=len(projects))
        catalogue.figure(f"projektmedel-{slug}", f"Summa projektmedel för projekt med läget {label} (kr)",
                         total_text, ledger, present=bool(projects))
    catalogue.figure("antal-projekt", "Antal projekt i bladet Projekt", str(len(inputs.projects)), ledger,
                     count=len(inputs.projects))
    table = Table("Projekt per läge. Summorna räknas för varje läge för sig.", columns, tuple(rows))
    catalogue.block("projekt", "Projektlistan med en summa per läge", [table] if inputs.projects else [], ledger)
    descriptions: list = []
    for number_, project in enumerate(inputs.projects, start=1):
        descriptions.extend(_project_description(project, ledger))
        _project_figures(catalogue, number_, project)
    catalogue.block("projektbeskrivningar", "Varje projekt med rubrik, beskrivning, period och belopp",
                    descriptions, ledger)


def _project_figures(catalogue: Catalogue, number_: int, project: Project) -> None:
    """``projekt-1-belopp`` …: one project's facts by its row order in the sheet, for the document's own prose."""
    where = f"projekt nummer {number_} i bladet Projekt ({project.name})"
    own = Ledger()
    amount = own.kronor(f"Projekt › {project.name} › Belopp", project.amount, project.sources["Belopp"])
    catalogue.figure(f"projekt-{number_}-namn", f"Namnet på {where}", project.name)
    catalogue.figure(f"projekt-{number_}-belopp", f"Beloppet för {where} (kr)", amount, own)
    period = Ledger()
    places = [project.sources.places[c] for c in ("Start", "Slut") if c in project.sources.places]
    period.record(f"Projekt › {project.name} › Period", span(project.start, project.end), places)
    catalogue.figure(f"projekt-{number_}-period", f"Perioden för {where}", span(project.start, project.end), period)
    catalogue.figure(f"projekt-{number_}-läge", f"Läget för {where}", project.status or "")


def _project_description(project: Project, ledger: Ledger) -> list:
    amount = ledger.kronor(f"Projekt › {project.name} › Belopp", project.amount, project.sources["Belopp"])
    status = f" Läge: {project.status}." if project.status else ""
    contents: list = [Heading(project.name)]
    if project.description:
        contents.append(Paragraph(project.description))
    contents.append(Paragraph(f"Period: {span(project.start, project.end)}. Belopp: {amount} kronor.{status}",
                              "note"))
    return contents


def _part_rows(year: int, part: BudgetPart, ledger: Ledger) -> list[Row]:
    rows = [Row((part.name, "", ""), "group")]
    for group in part.groups:
        prefix = f"Budget {year} › {part.name}" + (f" › {group.name}" if group.name else "")
        if group.name:
            rows.append(Row((group.name, "", ""), "group"))
        for line in group.lines:
            amount = ledger.kronor(f"{prefix} › {line.item}", line.kronor, line.place)
            rows.append(Row((line.item, amount, _comment(line.comment, line.status, line.review)),
                            fill=REVIEW_FILL if line.review else None))
        if group.name:
            subtotal = ledger.kronor(
                f"{prefix} › Summa", group.subtotal, [line.place for line in group.lines],
                rule=f"summa av gruppen {group.name}",
            )
            rows.append(Row((f"Summa {group.name}", subtotal, ""), "subtotal"))
    rows.append(Row((f"Summa {part.name.lower()}", _part_total(ledger, year, part), ""), "total"))
    return rows


def _part_total(ledger: Ledger, year: int, part: BudgetPart) -> str:
    return ledger.kronor(
        f"Budget {year} › Summa {part.name.lower()}", part.total, [line.place for line in part.lines],
        rule=f"summa av {part.name.lower()} {year}",
    )


def _result(ledger: Ledger, budget: YearBudget) -> str:
    every = [line.place for line in budget.expenses.lines + budget.income.lines]
    year = budget.year
    return ledger.kronor(f"Budget {year} › Resultat", budget.result, every, rule=f"inkomster − utgifter {year}")


def _comment(comment: str | None, status: str | None, review: bool) -> str:
    parts = []
    if review:
        parts.append("ATT GRANSKA")
    if status and status != REVIEW_STATUS:
        parts.append(status.capitalize())
    if comment:
        parts.append(comment)
    return ". ".join(parts)


def _year(catalogue: Catalogue, budget: YearBudget) -> None:
    year = budget.year
    ledger = Ledger()
    rows = []
    for part in budget.parts:  # a part without lines still shows its total, 0
        rows.extend(_part_rows(year, part, ledger))
    result = _result(ledger, budget)
    rows.append(Row(("Resultat (inkomster − utgifter)", result, ""), "total"))
    review = [line for line in budget.expenses.lines + budget.income.lines if line.review]
    note = None
    if review:
        marked = "är markerad" if len(review) == 1 else "är markerade"
        note = (f"Utkast: {count_phrase(len(review), 'post', 'poster', neuter=False)} {marked} ATT GRANSKA "
                "och ska ses över innan budgeten fastställs.")
    columns = (Column("Post", 7.4), Column("Belopp (kr)", 2.8, "right"), Column("Kommentar", 5.8))
    table = Table(f"Budget {year}, kronor.", columns, tuple(rows), note)
    catalogue.block(f"budget-{year}", f"Budgeten {year}: poster, delsummor, summor och resultat", [table], ledger)
    expenses = _part_total(ledger, year, budget.expenses)
    income = _part_total(ledger, year, budget.income)
    catalogue.figure(f"budget-{year}-utgifter", f"Summa utgifter {year} (kr)", expenses, ledger)
    catalogue.figure(f"budget-{year}-inkomster", f"Summa inkomster {year} (kr)", income, ledger)
    catalogue.figure(f"budget-{year}-resultat", f"Resultat {year}, inkomster − utgifter (kr)", result, ledger,
                     present=True)
    if budget.result == 0:
        outcome = "är i balans"
    elif budget.result > 0:
        outcome = f"visar ett överskott på {kronor(budget.result)} kronor"
    else:
        outcome = f"visar ett underskott på {kronor(-budget.result)} kronor"
    catalogue.figure(f"budget-{year}-resultat-text", f"”är i balans”, ”visar ett överskott på … kronor” eller ”visar "
                     f"ett underskott på … kronor”, för meningen ”Budgeten {year} …”", outcome, ledger)
    catalogue.figure(f"budget-{year}-antal-att-granska", f"Antal budgetposter {year} markerade att granska",
                     str(len(review)), ledger, count=len(review))


def _every_year(catalogue: Catalogue, budgets: list[YearBudget]) -> None:
    """Every year's table under its own heading: for documents that don't know the years in advance."""
    contents: list = []
    ledger = Ledger()
    for budget in budgets:
        block = catalogue.blocks[f"budget-{budget.year}"]
        contents.append(Heading(f"Budget {budget.year}"))
        contents.extend(block.contents)
        ledger.figures.update(block.ledger.figures)
    catalogue.block("budget-per-år", "Varje budgetår under egen rubrik, med sin tabell", contents, ledger)


def _budget_summary(catalogue: Catalogue, budgets: list[YearBudget]) -> None:
    ledger = Ledger()
    rows = []
    for budget in budgets:
        year = budget.year
        rows.append(Row((
            str(year),
            _part_total(ledger, year, budget.expenses),
            _part_total(ledger, year, budget.income),
            _result(ledger, budget),
        )))
    columns = (Column("År", 3.0), Column("Utgifter (kr)", 4.3, "right"), Column("Inkomster (kr)", 4.3, "right"),
               Column("Resultat (kr)", 4.3, "right"))
    catalogue.block("budgetsammanställning", "Utgifter, inkomster och resultat per budgetår",
                    [Table("Budgeten per år, kronor.", columns, tuple(rows))], ledger)
    catalogue.figure("budget-första-år", "Det första budgetåret", str(budgets[0].year))
    catalogue.figure("budget-sista-år", "Det sista budgetåret", str(budgets[-1].year))


def _fees(catalogue: Catalogue, inputs: PlanInputs, fees: FeeTable) -> None:
    rule = fees.rule
    year = rule.year
    ledger = Ledger()
    rows: list[Row] = []
    fee_rule = "fast avgift + per invånare × min(invånare, tak), avrundat till hela kronor"
    for status in fees.statuses:
        heading, total_label = SECTION_TITLES[status]
        rows.append(Row((heading, "", "", ""), "group"))
        for row in fees.rows_with(status):
            member = row.member
            fee_text = "–"
            if row.fee is not None:
                fee_text = ledger.kronor(
                    f"Avgift {year} › {member.name}", row.fee,
                    [member.sources["Invånare"], *rule.sources.places.values()], rule=fee_rule,
                )
            comment = member.comment or ""
            if row.capped(rule):
                comment = ("Avgiften når taket. " + comment).strip()
            population = number(member.population) if member.population is not None else ""
            rows.append(Row((member.name, population, fee_text, comment)))
        if total_label:
            subtotal = ledger.kronor(
                f"Avgift {year} › {total_label}", fees.subtotal(status),
                [r.member.sources["Invånare"] for r in fees.rows_with(status)],
                rule=f"summa av de avrundade avgifterna med status {status}",
            )
            rows.append(Row((total_label, "", subtotal, ""), "subtotal"))
    paying = [r.member.sources["Invånare"] for r in fees.rows if r.member.status in ("Medlem", "Ny")]
    expected = ledger.kronor(
        f"Avgift {year} › Förväntade avgiftsintäkter", fees.expected_income, paying,
        rule="summa medlemmar + summa nya medlemmar",
    )
    rows.append(Row((f"Förväntade avgiftsintäkter {year}", "", expected, "Medlemmar och nya medlemmar"), "total"))
    note = f"Invånarantal: {rule.population_as_of}." if rule.population_as_of else None
    columns = (Column("Medlem", 5.6), Column("Invånare", 2.8, "right"), Column("Avgift (kr)", 2.8, "right"),
               Column("Anmärkning", 4.8))
    table = Table(f"Förslag till medlemsavgift {year}, kronor.", columns, tuple(rows), note)
    catalogue.block("avgiftstabell", f"Avgiften {year} för varje medlem, med summor per status och förväntade "
                    "intäkter", [table], ledger)
    cap = rule.population_cap
    catalogue.figure("avgift-år", "Året avgifterna gäller", str(year), ledger)
    catalogue.figure("avgift-fast", "Fast avgift (kr)", kronor(rule.fixed), ledger)
    catalogue.figure("avgift-per-invånare", "Avgift per invånare (kr)", number(rule.per_inhabitant, 2), ledger)
    catalogue.figure("avgift-tak", "Tak för invånare (tomt utan tak)", number(cap) if cap is not None else "",
                     ledger)
    catalogue.figure("avgift-tak-text", "” upp till … invånare” när avgiften har ett tak, annars tomt",
                     f" upp till {number(cap)} invånare" if cap is not None else "", ledger)
    catalogue.figure("avgift-folkmängd-avser", "Vilken folkmängd invånarantalen avser", rule.population_as_of or "")
    catalogue.figure("förväntade-avgiftsintäkter", f"Förväntade avgiftsintäkter {year}: Medlem + Ny (kr)", expected,
                     ledger)
    for status, key in (("Medlem", "medlemmar"), ("Ny", "nya-medlemmar"), ("Intresserad", "intresserade")):
        if status in fees.statuses:
            catalogue.figure(f"avgifter-{key}", f"Summa avgifter {year} för status {status} (kr)",
                             ledger.figures[f"Avgift {year} › {SECTION_TITLES[status][1]}"].text, ledger)
        else:
            catalogue.lacks((f"avgifter-{key}",), f"ingen medlem har status {status}")
    budgeted_line = next(
        (line for line in inputs.budget_lines if line.year == year and line.part == "Inkomster"
         and line.item.strip().casefold() == "medlemsavgifter"),
        None,
    )
    if budgeted_line is not None:
        budgeted = ledger.kronor(f"Budget {year} › Inkomster › Medlemsavgifter", budgeted_line.kronor,
                                 budgeted_line.place)
        difference = budgeted_line.kronor - fees.expected_income
        catalogue.figure("budgeterade-medlemsavgifter", f"Medlemsavgifterna i budgeten {year} (kr)", budgeted,
                         ledger)
        if difference == 0:
            comparison = "stämmer med avgiftstabellen"
        else:
            word = "mer" if difference > 0 else "mindre"
            comparison = f"är {kronor(abs(difference))} kronor {word} än avgiftstabellens förväntade intäkter"
        catalogue.figure("medlemsavgifter-jämfört", "”stämmer med avgiftstabellen” eller ”är … kronor mer/mindre "
                         "än avgiftstabellens förväntade intäkter”", comparison, ledger)
