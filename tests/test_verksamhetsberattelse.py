"""The example set's verksamhetsberättelse 2008 (issue 11), built and read back as a reader would.

Every expected value is computed here from the workbooks with openpyxl – budget, outcome and deviation
per line and in total, the goals' statuses, the members who joined and left – never with plangen's own
code.  The outcomes of 2008 in the example set are invented for the example, and the set says so.
"""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import docx
import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from tests.helpers import EXAMPLES, NBSP, document_lines, run, table_rows

SET = "klimatkommunerna-2008-2009"
YEAR = 2008
STATUSES = ("uppnått", "delvis uppnått", "ej uppnått", "pågår")
MINUS = "−"


# --- reading the workbooks (openpyxl only) ----------------------------------------------------------------


def sheet(path: Path, name: str) -> list[dict]:
    """The rows of a sheet as dicts by header, each with its row number under ``_row``."""
    ws = openpyxl.load_workbook(path, data_only=True)[name]
    header = [c.value for c in ws[1]]
    rows = []
    for number, values in enumerate(ws.iter_rows(min_row=2, values_only=True), start=2):
        if any(v is not None for v in values):
            rows.append({"_row": number, **dict(zip(header, values, strict=False))})
    return rows


def column_letter(path: Path, name: str, column: str) -> str:
    ws = openpyxl.load_workbook(path)[name]
    return get_column_letter([c.value for c in ws[1]].index(column) + 1)


def budget_lines(folder: Path) -> list[dict]:
    """The lines of the report year: stated totals (Summa …, Totalt …) are no lines."""
    return [r for r in sheet(folder / "budget.xlsx", "Budget")
            if r["År"] == YEAR and not str(r["Post"]).casefold().startswith(("summa", "totalt"))]


def whole(value) -> int:
    return int(Decimal(str(value or 0)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def percent(deviation: int, budget: int) -> int | None:
    """Whole percent of the budget, half up (0,5 away from zero); none when the budget is 0."""
    if not budget:
        return None
    return int((Decimal(deviation) * 100 / Decimal(budget)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def kr(amount: int) -> str:
    text = f"{abs(amount):,}".replace(",", NBSP)
    return MINUS + text if amount < 0 else text


def pct(value: int | None) -> str:
    if value is None:
        return "–"
    return (MINUS if value < 0 else "") + f"{abs(value)}{NBSP}%"


def comparison(lines: list[dict]) -> tuple[int, int, int, int | None]:
    budget = sum(whole(r["Belopp"]) for r in lines)
    outcome = sum(whole(r["Utfall"]) for r in lines)
    return budget, outcome, outcome - budget, percent(outcome - budget, budget)


def printed(values: tuple[int, int, int, int | None]) -> list[str]:
    budget, outcome, deviation, share = values
    return [kr(budget), kr(outcome), kr(deviation), pct(share)]


def members_of(folder: Path) -> dict[str, list[str]]:
    """Who was a member when 2008 began and when it ended, who joined and who left during it."""
    rows = sheet(folder / "medlemmar.xlsx", "Medlemmar")

    def day(value):
        return value.date() if isinstance(value, dt.datetime) else value

    def member_on(row, when: dt.date) -> bool:
        joined, left = day(row.get("Ansluten")), day(row.get("Utträdd"))
        if row["Status"] == "Intresserad":
            return False
        if joined is None and row["Status"] != "Medlem" and left is None:
            return False  # Ny or Avböjt without a date of joining: never a member
        return (joined is None or joined <= when) and (left is None or left > when)

    return {
        "start": [r["Kommun"] for r in rows if member_on(r, dt.date(YEAR - 1, 12, 31))],
        "end": [r["Kommun"] for r in rows if member_on(r, dt.date(YEAR, 12, 31))],
        "joined": [r["Kommun"] for r in rows if r.get("Ansluten") and day(r["Ansluten"]).year == YEAR],
        "left": [r["Kommun"] for r in rows if r.get("Utträdd") and day(r["Utträdd"]).year == YEAR],
    }


def swedish_list(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " och " + names[-1]


def swedish_date(value) -> str:
    months = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
              "november", "december")
    value = value.date() if isinstance(value, dt.datetime) else value
    return f"{value.day} {months[value.month - 1]} {value.year}"


# --- building ------------------------------------------------------------------------------------------------


def copy_set(tmp_path: Path) -> Path:
    inputs = tmp_path / "inputs"
    shutil.copytree(EXAMPLES / SET, inputs / SET)
    return inputs


def build(inputs: Path, out: Path):
    return run("build", SET, "--inputs", str(inputs), "--out", str(out), "--force")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("berattelse")
    result = build(EXAMPLES, out)
    assert result.exit_code == 0, result.stderr
    assert not [line for line in result.stderr.splitlines() if line.startswith("fel:")]
    return out / SET / "verksamhetsberattelse.docx"


@pytest.fixture(scope="module")
def lines(built: Path) -> list[str]:
    return document_lines(built)


def table_starting(path: Path, first_cell: str) -> list[list[str]]:
    return next(t for t in table_rows(path) if t[0][0] == first_cell)


# --- the example is marked as invented -------------------------------------------------------------------------


def test_the_set_says_its_outcomes_are_invented(lines: list[str]):
    note = sheet(EXAMPLES / SET / "budget.xlsx", "Om exemplet")
    text = " ".join(str(r["Om exemplet"]) for r in note)
    assert "påhittade för exemplet" in text and "Utfall" in text and "Aktiviteter" in text
    for workbook in ("plan.xlsx", "budget.xlsx", "medlemmar.xlsx"):
        instructions = openpyxl.load_workbook(EXAMPLES / SET / workbook)["Instruktioner"]
        assert any("påhittade för exemplet" in str(c.value) for row in instructions.iter_rows() for c in row)
    assert any(line.startswith("Om exemplet: utfallet") and "påhittade" in line for line in lines)


def test_the_document_has_its_chapters_in_order_and_no_marker_left(built: Path, lines: list[str]):
    document = docx.Document(str(built))
    chapters = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert chapters == ["Inledning", "Medlemmar", "Verksamheten under året", "Uppföljning av målen",
                        "Ekonomisk redovisning", "Underskrifter"]
    assert lines[5:8] == ["Klimatkommunerna", "Verksamhetsberättelse", str(YEAR)]
    assert not any("[[" in line or "]]" in line for line in lines)
    assert "3 november 2008" not in "\n".join(lines), "the plan's date is no date of a report on a year that ended"


# --- ekonomisk redovisning -----------------------------------------------------------------------------------


def test_every_line_and_total_is_budget_outcome_and_deviation(built: Path):
    lines = budget_lines(EXAMPLES / SET)
    table = table_starting(built, "Post")
    assert table[0] == ["Post", "Budget (kr)", "Utfall (kr)", "Avvikelse (kr)", "Avvikelse"]
    body = table[1:]
    expected: list[list[str]] = []
    for part in ("Utgifter", "Inkomster"):
        expected.append([part, "", "", "", ""])
        items = [r for r in lines if r["Del"] == part]
        names = [r["Post"] for r in items]
        for row in items:  # two lines of one name are told apart by their decision status
            shown = f"{row['Post']} ({row['Status']})" if names.count(row["Post"]) > 1 and row.get("Status") \
                else row["Post"]
            expected.append([shown, *printed(comparison([row]))])
        expected.append([f"Summa {part.lower()}", *printed(comparison(items))])
    expenses = comparison([r for r in lines if r["Del"] == "Utgifter"])
    income = comparison([r for r in lines if r["Del"] == "Inkomster"])
    result = (income[0] - expenses[0], income[1] - expenses[1])
    result_row = (*result, result[1] - result[0], percent(result[1] - result[0], result[0]))
    expected.append(["Resultat (inkomster − utgifter)", *printed(result_row)])
    assert body == expected

    summary = table_starting(built, "Del")
    assert summary[1:] == [["Utgifter", *printed(expenses)], ["Inkomster", *printed(income)],
                           ["Resultat", *printed(result_row)]]


def test_deviations_go_both_ways_and_half_percents_round_up():
    """The example's own outcomes: over and under budget, and a deviation of exactly 0,5 % and 14,5 %."""
    lines = [r for r in budget_lines(EXAMPLES / SET) if r["Belopp"] is not None and r["Utfall"] is not None]
    deviations = {r["Post"]: comparison([r]) for r in lines}
    assert any(d[2] > 0 for d in deviations.values()) and any(d[2] < 0 for d in deviations.values())
    exact_halves = [d for d in deviations.values()
                    if d[0] and (Decimal(d[2]) * 100 / Decimal(d[0])) % 1 == Decimal("0.5")]
    assert exact_halves, "a tie to show half up"
    for budget, _, deviation, share in exact_halves:
        assert share == int(Decimal(deviation) * 100 / Decimal(budget) + Decimal("0.5"))


def test_the_sentences_cite_the_totals_and_the_result(lines: list[str]):
    rows = budget_lines(EXAMPLES / SET)
    expenses = comparison([r for r in rows if r["Del"] == "Utgifter"])
    income = comparison([r for r in rows if r["Del"] == "Inkomster"])
    budget_result, outcome_result = income[0] - expenses[0], income[1] - expenses[1]
    sentence = next(line for line in lines if line.startswith("Utgifterna blev"))
    assert sentence == (
        f"Utgifterna blev {kr(expenses[1])} kronor, en avvikelse från budgeten på {kr(expenses[2])} kronor "
        f"({pct(expenses[3])}). Inkomsterna blev {kr(income[1])} kronor, en avvikelse på {kr(income[2])} kronor "
        f"({pct(income[3])}). Budgeten räknade med ett resultat på {kr(budget_result)} kronor; utfallet gav ett "
        f"{'överskott' if outcome_result > 0 else 'underskott'} på {kr(abs(outcome_result))} kronor."
    )


def test_explain_names_the_rule_and_the_cells():
    folder = EXAMPLES / SET
    expenses = [r for r in budget_lines(folder) if r["Del"] == "Utgifter"]
    amount, outcome = (column_letter(folder / "budget.xlsx", "Budget", c) for c in ("Belopp", "Utfall"))

    def cells(letter: str, rows: list[dict]) -> str:
        first, last = rows[0]["_row"], rows[-1]["_row"]
        return f"budget.xlsx › Budget › {letter}{first} … {letter}{last} ({len(rows)} celler)"

    result = run("explain", SET, f"Utfall {YEAR} › Summa utgifter", "--inputs", str(EXAMPLES))
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    budget, total, deviation, share = comparison(expenses)
    with_outcome = [r for r in expenses if r["Utfall"] is not None]
    assert f"Utfall {YEAR} › Summa utgifter › Budget = {kr(budget)}\n  källa: {cells(amount, expenses)}" in text
    assert f"Utfall {YEAR} › Summa utgifter › Utfall = {kr(total)}\n  källa: {cells(outcome, with_outcome)}" in text
    assert f"Utfall {YEAR} › Summa utgifter › Avvikelse = {kr(deviation)}\n  regel: utfall − budget" in text
    assert f"Utfall {YEAR} › Summa utgifter › Avvikelse % = {pct(share)}\n  regel: avvikelse / budget, halvt" in text


def test_check_warns_of_the_outcome_without_budget_and_the_budget_without_outcome():
    folder = EXAMPLES / SET
    amount, outcome = (column_letter(folder / "budget.xlsx", "Budget", c) for c in ("Belopp", "Utfall"))
    rows = budget_lines(folder)
    unbudgeted = [r for r in rows if r["Belopp"] is None and r["Utfall"] is not None]
    unaccounted = [r for r in rows if r["Belopp"] is not None and r["Utfall"] is None]
    assert len(unbudgeted) == 1 and len(unaccounted) == 1
    result = run("check", SET, "--inputs", str(EXAMPLES))
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("varning:")]
    new, old = unbudgeted[0], unaccounted[0]
    assert (f"varning: {SET}/budget.xlsx › Budget › {outcome}{new['_row']}: posten {new['Post']} "
            f"({new['Del'].lower()} {YEAR}) har utfall men ingen budget; den redovisas med budget 0") in warnings
    assert (f"varning: {SET}/budget.xlsx › Budget › {amount}{old['_row']}: posten {old['Post']} "
            f"({old['Del'].lower()} {YEAR}) har budget men inget utfall för {YEAR}; den redovisas med utfall 0"
            ) in warnings
    assert not [line for line in result.stderr.splitlines() if line.startswith("fel:")]


def test_the_fee_sentence_without_fees_that_year(lines: list[str]):
    """Membership was free in 2008: no fee outcome, so the document says so and cites the fee table's year."""
    rows = sheet(EXAMPLES / SET / "medlemmar.xlsx", "Avgift")
    fee_year = next(r["Värde"] for r in rows if r[next(iter(r.keys() - {"_row", "Värde", "Förklaring"}))] == "År")
    sentence = next(line for line in lines if line.startswith(f"Under {YEAR} var det ännu avgiftsfritt"))
    assert f"Avgiften tas ut första gången för {fee_year}" in sentence
    assert not any(line.startswith("Medlemmarna betalade in") for line in lines)


def expected_fee_income(folder: Path) -> int:
    """Fast avgift + per invånare × invånare up to the cap, each rounded to kronor, over Medlem and Ny."""
    rule = {r[k]: r["Värde"] for r in sheet(folder / "medlemmar.xlsx", "Avgift")
            for k in r if k not in ("_row", "Värde", "Förklaring")}
    fixed, per, cap = Decimal(str(rule["Fast avgift"])), Decimal(str(rule["Per invånare"])), rule["Tak invånare"]
    return sum(whole(fixed + per * min(r["Invånare"], cap)) for r in sheet(folder / "medlemmar.xlsx", "Medlemmar")
               if r["Status"] in ("Medlem", "Ny"))


def test_fee_income_received_against_expected_when_the_year_has_fees(tmp_path: Path):
    """A copy whose fee table is for 2008 and whose budget has Medlemsavgifter 2008 with an outcome."""
    inputs = copy_set(tmp_path)
    folder = inputs / SET
    book = openpyxl.load_workbook(folder / "medlemmar.xlsx")
    fee = book["Avgift"]
    next(row for row in fee.iter_rows() if row[0].value == "År")[1].value = YEAR
    book.save(folder / "medlemmar.xlsx")
    book = openpyxl.load_workbook(folder / "budget.xlsx")
    ws = book["Budget"]
    header = [c.value for c in ws[1]]
    ws.append([{"År": YEAR, "Del": "Inkomster", "Post": "Medlemsavgifter", "Belopp": 400000,
                "Utfall": 412345}.get(h) for h in header])
    book.save(folder / "budget.xlsx")
    out = tmp_path / "out"
    result = build(inputs, out)
    assert result.exit_code == 0, result.stderr
    text = document_lines(out / SET / "verksamhetsberattelse.docx")
    expected = expected_fee_income(folder)
    difference = 412345 - expected
    assert f"Medlemmarna betalade in {kr(412345)} kronor i avgifter under {YEAR}." in text
    compared = "stämmer med avgiftstabellen" if difference == 0 else (
        f"är {kr(abs(difference))} kronor {'mer' if difference > 0 else 'mindre'} än avgiftstabellens "
        "förväntade intäkter")
    assert (f"Enligt avgiftstabellen väntades avgifterna ge {kr(expected)} kronor, så det inbetalda {compared}."
            in text)
    assert not any("avgiftsfritt" in line for line in text)
    fees = table_starting(out / SET / "verksamhetsberattelse.docx", "Medlemsavgifter")
    assert ["Inbetalt enligt utfallet", kr(412345)] in fees and ["Enligt budgeten", kr(400000)] in fees


# --- goals and activities --------------------------------------------------------------------------------------


def test_every_goal_with_its_status_and_the_counts_per_status(built: Path, lines: list[str]):
    goals = [r["Mål"] for r in sheet(EXAMPLES / SET / "plan.xlsx", "Mål")]
    follow_up = sheet(EXAMPLES / SET / "plan.xlsx", "Uppföljning")
    assert sorted(r["Mål"] for r in follow_up) == sorted(goals), "every goal is followed up"
    assert {r["Status"] for r in follow_up} == set(STATUSES), "the example has each status"
    table = table_starting(built, "Mål")
    assert table[1:] == [[r["Mål"], r["Status"], r["Kommentar"] or ""] for r in follow_up]
    count = {s: sum(1 for r in follow_up if r["Status"] == s) for s in STATUSES}
    assert (f"Kansliet har följt upp vart och ett av nätverkets {len(follow_up)} mål. Av dem har {count['uppnått']} "
            f"uppnåtts och {count['delvis uppnått']} delvis uppnåtts, medan {count['ej uppnått']} inte har "
            f"uppnåtts. För {count['pågår']} pågår arbetet fortfarande.") in lines


def test_activities_per_goal_with_participants(built: Path, lines: list[str]):
    activities = [r for r in sheet(EXAMPLES / SET / "plan.xlsx", "Aktiviteter") if r["Datum"].year == YEAR]
    assert 8 <= len(activities) <= 12
    goals = [r["Mål"] for r in sheet(EXAMPLES / SET / "plan.xlsx", "Mål")]
    assert all(a["Mål"] in goals for a in activities)
    total = sum(a["Deltagare"] or 0 for a in activities)
    assert f"Under {YEAR} höll nätverket {len(activities)} aktiviteter med sammanlagt {total} deltagare." in " ".join(
        lines)
    document = docx.Document(str(built))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    with_activities = [g for g in goals if any(a["Mål"] == g for a in activities)]
    assert headings[: len(with_activities)] == with_activities
    tables = [t for t in table_rows(built) if t[0][:2] == ["Datum", "Aktivitet"]]
    assert len(tables) == len(with_activities)
    for goal, table in zip(with_activities, tables, strict=True):
        mine = sorted((a for a in activities if a["Mål"] == goal), key=lambda a: a["Datum"])
        assert [row[:3] for row in table[1:-1]] == [
            [swedish_date(a["Datum"]), a["Aktivitet"], str(a["Deltagare"]) if a["Deltagare"] is not None else ""]
            for a in mine]
        counted = [a["Deltagare"] for a in mine if a["Deltagare"] is not None]
        assert table[-1][:3] == ["Summa deltagare", "", str(sum(counted)) if counted else ""]


# --- members -----------------------------------------------------------------------------------------------------


def test_members_at_start_and_end_and_who_joined_and_left(built: Path, lines: list[str]):
    members = members_of(EXAMPLES / SET)
    assert members["joined"] and len(members["left"]) == 1
    assert len(members["end"]) == len(members["start"]) + len(members["joined"]) - len(members["left"])
    assert (f"När året började hade nätverket {len(members['start'])} medlemmar, och när det slutade hade det "
            f"{len(members['end'])} medlemmar.") in lines
    assert (f"Under året gick {len(members['joined'])} nya medlemmar med: {swedish_list(members['joined'])}."
            in lines)
    assert f"Under samma tid lämnade 1 medlem nätverket: {swedish_list(members['left'])}." in lines
    assert f"Vid årets slut var medlemmarna {swedish_list(members['end'])}." in lines
    rows = {r["Kommun"]: r for r in sheet(EXAMPLES / SET / "medlemmar.xlsx", "Medlemmar")}
    table = table_starting(built, "Medlem")
    assert table[1:] == ([[m, "gick med", swedish_date(rows[m]["Ansluten"])] for m in members["joined"]]
                         + [[m, "lämnade", swedish_date(rows[m]["Utträdd"])] for m in members["left"]])


# --- a set without outcomes, and a changed outcome ----------------------------------------------------------------


def test_a_set_without_outcomes_builds_no_verksamhetsberattelse_and_no_error(tmp_path: Path):
    inputs = copy_set(tmp_path)
    path = inputs / SET / "budget.xlsx"
    book = openpyxl.load_workbook(path)
    ws = book["Budget"]
    header = [c.value for c in ws[1]]
    amount, outcome = header.index("Belopp") + 1, header.index("Utfall") + 1
    for row in range(ws.max_row, 1, -1):
        if ws.cell(row, amount).value is None and ws.cell(row, outcome).value is not None:
            ws.delete_rows(row)  # a line with only an outcome is no budget line
    for row in range(2, ws.max_row + 1):
        ws.cell(row, outcome).value = None
    book.save(path)
    out = tmp_path / "out"
    result = build(inputs, out)
    assert result.exit_code == 0, result.stderr
    assert not (out / SET / "verksamhetsberattelse.docx").exists()
    assert (out / SET / "verksamhetsplan.docx").exists() and (out / SET / "budget.docx").exists()
    assert not [line for line in result.stderr.splitlines() if line.startswith("fel:")]
    assert "utfall" not in result.stderr.casefold(), "no warning about the missing outcomes"


def test_a_changed_outcome_shows_in_the_change_report_with_its_cell(tmp_path: Path):
    inputs = copy_set(tmp_path)
    out = tmp_path / "out"
    assert build(inputs, out).exit_code == 0
    path = inputs / SET / "budget.xlsx"
    book = openpyxl.load_workbook(path)
    ws = book["Budget"]
    header = [c.value for c in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1)
               if ws.cell(r, header.index("År") + 1).value == YEAR
               and ws.cell(r, header.index("Post") + 1).value == "Resor och logi")
    cell = ws.cell(row, header.index("Utfall") + 1)
    budget = whole(ws.cell(row, header.index("Belopp") + 1).value)
    before, after = whole(cell.value), whole(cell.value) + 10000
    cell.value = after
    book.save(path)
    result = build(inputs, out)
    assert result.exit_code == 0, result.stderr
    report = [line.strip() for line in result.stdout.splitlines()
              if line.strip().startswith("verksamhetsberattelse.docx:")]
    where = f"budget.xlsx › Budget › {cell.coordinate}"
    label = f"Utfall {YEAR} › Utgifter › Resor och logi"
    assert f"verksamhetsberattelse.docx: {label} › Utfall: {kr(before)} → {kr(after)} ({where})" in report, \
        result.stdout
    assert any(line.startswith(f"verksamhetsberattelse.docx: {label} › Avvikelse: {kr(before - budget)} → "
                               f"{kr(after - budget)}") and where in line for line in report), result.stdout
    table = table_starting(out / SET / "verksamhetsberattelse.docx", "Post")
    assert ["Resor och logi", kr(budget), kr(after), kr(after - budget), pct(percent(after - budget, budget))] in table
