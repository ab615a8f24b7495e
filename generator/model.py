"""Typed records of an input set: what the rules compute from.

Each record keeps the places (file › sheet › cell) of its values so that
warnings and the change report can say where a figure came from.  Nothing
here knows openpyxl or Word.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from generator.compute.rounding import half_up
from generator.problems import Place
from generator.schema.types import Period, YearMonth


@dataclass(frozen=True)
class Sources:
    """Places of a record's values by column name."""

    places: dict[str, Place] = field(default_factory=dict)

    def __getitem__(self, column: str) -> Place:
        return self.places[column]


@dataclass(frozen=True)
class BudgetLine:
    year: int
    part: str
    group: str | None
    item: str
    amount: Decimal
    comment: str | None
    status: str | None
    sources: Sources
    review: bool = False
    """Marked for review (column Granska, or the old status ``att granska``), apart from the decision status."""
    outcome: Decimal | None = None
    """The outcome (column Utfall) of a year that has ended; None when not given."""
    in_budget: bool = True
    """False for a line that has only an outcome (Belopp left blank): it is in no budget table."""

    @property
    def outcome_kronor(self) -> Decimal | None:
        return half_up(self.outcome) if self.outcome is not None else None

    @property
    def place(self) -> Place:
        return self.sources["Belopp"]

    @property
    def kronor(self) -> Decimal:
        """The amount as printed and summed: whole kronor, half up, so printed columns add up."""
        return half_up(self.amount)


@dataclass(frozen=True)
class StatedTotal:
    """A ``Summa``/``Totalt`` row typed into the budget: compared, never used."""

    year: int
    part: str
    group: str | None
    label: str
    amount: Decimal | None
    place: Place


@dataclass(frozen=True)
class Member:
    name: str
    population: int | None
    status: str
    comment: str | None
    sources: Sources
    joined: dt.date | None = None
    left: dt.date | None = None


@dataclass(frozen=True)
class FeeRule:
    fixed: Decimal
    per_inhabitant: Decimal
    population_cap: int | None
    year: int
    sources: Sources
    population_as_of: str | None = None
    """Which population the members' figures are (key Folkmängd avser), e.g. 31 december 2009 enligt SCB."""


@dataclass(frozen=True)
class Goal:
    text: str
    category: str | None
    place: Place


@dataclass(frozen=True)
class Project:
    name: str
    start: YearMonth
    end: YearMonth | None
    amount: Decimal
    status: str | None
    description: str | None
    sources: Sources


@dataclass(frozen=True)
class GoalFollowUp:
    goal: str
    status: str
    comment: str | None
    place: Place


@dataclass(frozen=True)
class PlanActivity:
    """A row of plan.xlsx › Aktiviteter: what was done, for which goal, with how many."""

    date: dt.date
    name: str
    goal: str | None
    participants: int | None
    description: str | None
    sources: Sources


@dataclass(frozen=True)
class PlanInfo:
    """The ``Uppgifter`` sheet of plan.xlsx."""

    organisation: str
    period: Period
    title: str
    date: dt.date
    author: str
    host: str | None = None
    founded: int | None = None
    town: str | None = None
    annual_meeting: dt.date | None = None
    report_date: dt.date | None = None
    """The verksamhetsberättelse's own date (key Verksamhetsberättelsens datum)."""
    extra: dict[str, str] = field(default_factory=dict)
    sources: Sources = field(default_factory=Sources)


@dataclass
class PlanInputs:
    """Everything a verksamhetsplan and budget are made from (each workbook optional)."""

    info: PlanInfo | None = None
    goals: list[Goal] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    budget_lines: list[BudgetLine] = field(default_factory=list)
    stated_totals: list[StatedTotal] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    fee_rule: FeeRule | None = None
    follow_ups: list[GoalFollowUp] = field(default_factory=list)
    activities: list[PlanActivity] = field(default_factory=list)
    has_plan: bool = False
    has_budget: bool = False
    has_members: bool = False
    user_tables: list = field(default_factory=list)
    """Sheets the user added to the workbooks (:class:`generator.records.user_tables.UserTable`)."""


@dataclass(frozen=True)
class ReportInfo:
    """The ``Uppgifter`` sheet of slutrapport.xlsx."""

    title: str
    programme: str
    period: Period
    agency: str
    town: str
    date: dt.date
    signatory: str
    signatory_title: str | None = None
    stage: str | None = None
    reference: str | None = None
    report_number: str | None = None
    commissioned: int | None = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Municipality:
    name: str
    cluster: str
    population: int | None
    place: Place
    groups: tuple[tuple[str, str], ...] = ()
    """(grouping column, value) for Kluster and every yes/no or category column of Kommuner."""


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    type: str
    alternatives: tuple[str, ...]
    chart: str
    per_cluster: bool
    place: Place
    unit: str | None = None
    thresholds: tuple[Decimal, ...] = ()


@dataclass(frozen=True)
class Response:
    """One respondent's answers by question id; a missing id means no answer."""

    municipality: str
    answers: dict[str, object]
    places: dict[str, Place]
    place: Place


@dataclass(frozen=True)
class EnergyChange:
    municipality: str
    category: str
    increased: Decimal
    decreased: Decimal
    place: Place


@dataclass(frozen=True)
class ResearchYear:
    year: int
    amount: Decimal
    place: Place


@dataclass(frozen=True)
class Activity:
    year: int
    kind: str
    title: str
    description: str | None
    place: Place


@dataclass
class SurveyInputs:
    info: ReportInfo | None = None
    municipalities: list[Municipality] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    responses: list[Response] = field(default_factory=list)
    energy: list[EnergyChange] = field(default_factory=list)
    research: list[ResearchYear] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    user_tables: list = field(default_factory=list)
    """Sheets the user added to slutrapport.xlsx (:class:`generator.records.user_tables.UserTable`)."""
