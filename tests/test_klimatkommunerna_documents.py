"""The example set's documents, opened and read back: the seed's figures, recomputed."""

from __future__ import annotations

import re
from pathlib import Path

from tests.helpers import EXAMPLES, NBSP, document_lines, parse_kronor, run, table_rows

SET = "klimatkommunerna-2008-2009"


def _rows_starting(path: Path, label: str) -> list[list[str]]:
    return [row for table in table_rows(path) for row in table if row[0].strip() == label]


def _budget_table(path: Path, year: int) -> list[list[str]]:
    """The detail table of one year: detail tables follow the years in order."""
    detail = [t for t in table_rows(path) if t[0] == ["Post", "Belopp (kr)", "Kommentar"]]
    years = [int(line.split()[1]) for line in document_lines(path) if re.fullmatch(r"Budget \d{4}", line)]
    return detail[years.index(year)]


def test_budget_2008_totals_758_000_on_both_sides(built_examples: Path):
    path = built_examples / SET / "budget.docx"
    table = _budget_table(path, 2008)
    cells = {row[0]: row[1] for row in table}
    assert cells["Summa utgifter"] == f"758{NBSP}000"
    assert cells["Summa inkomster"] == f"758{NBSP}000"
    assert cells["Resultat (inkomster − utgifter)"] == "0"
    lines = [
        row
        for row in table
        if row[1]
        and row[0] not in ("Summa utgifter", "Summa inkomster")
        and not row[0].startswith("Resultat")
        and row[0] != "Post"
    ]
    assert sum(parse_kronor(row[1]) for row in lines) == 2 * 758000


def test_budget_2009_groups_and_totals(built_examples: Path):
    path = built_examples / SET / "budget.docx"
    table = _budget_table(path, 2009)
    cells = {row[0]: row[1] for row in table}
    assert cells["Summa Kansli, medlemsfinansierat"] == f"390{NBSP}000"
    assert cells["Summa Utåtriktad verksamhet, statsbidrag"] == f"500{NBSP}000"
    assert cells["Summa utgifter"] == f"890{NBSP}000"
    assert cells["Summa inkomster"] == f"890{NBSP}000"
    comments = {row[0]: row[2] for row in table}
    assert "formalitet" in comments["Bidrag Naturvårdsverket"]
    assert comments["Bidrag Naturvårdsverket"].startswith("Ej beslutat")


def test_fee_table_adds_up_with_rounded_fees(built_examples: Path):
    for document in ("budget.docx", "verksamhetsplan.docx"):
        path = built_examples / SET / document
        fee_table = next(t for t in table_rows(path) if t[0][0] == "Medlem")
        members, prospective, total = [], [], None
        section = None
        for row in fee_table[1:]:
            if not row[1] and not row[2]:
                section = row[0]
                continue
            if row[0] == "Summa medlemmar":
                total = parse_kronor(row[2])
            elif row[0].startswith("Summa") or row[0].startswith("Förväntade"):
                continue
            elif section.startswith("Medlemmar"):
                members.append(parse_kronor(row[2]))
            elif section.startswith(("Har beslutat", "Intresserade")):
                prospective.append(parse_kronor(row[2]))
        assert total == 369268 == sum(members)
        assert len(members) == 22
        assert sum(prospective) == 68842
        text = "\n".join(document_lines(path))
        assert _rows_starting(path, "Förväntade avgiftsintäkter 2009")[0][2] == f"425{NBSP}110"
        assert "Har beslutat att inte delta." in text  # Umeå listed, no fee


def test_individual_fees_follow_the_rule(built_examples: Path):
    path = built_examples / SET / "budget.docx"
    fees = {row[0]: row[2] for table in table_rows(path) for row in table if len(row) == 4}
    assert fees["Hässleholm"] == f"12{NBSP}902"  # 12 901,8 rounds up
    assert fees["Lund"] == f"23{NBSP}739"  # 23 738,6
    assert fees["Malmö"] == f"33{NBSP}000"  # capped at 150 000 inhabitants
    assert fees["Stockholm"] == f"33{NBSP}000"
    assert fees["Jönköping"] == f"27{NBSP}742"  # 27 741,8
    assert fees["Haninge"] == f"17{NBSP}740"  # 17 739,6
    assert fees["Umeå"] == "–"


def test_plan_has_goals_and_projects_with_like_sums_apart(built_examples: Path):
    lines = document_lines(built_examples / SET / "verksamhetsplan.docx")
    assert "Nyckeltal för medlemmarnas klimatarbete ska tas fram och sammanställas varje år." in lines
    assert any("3 november 2008" in line for line in lines)
    projects = next(t for t in table_rows(built_examples / SET / "verksamhetsplan.docx") if t[0][0] == "Projekt")
    assert ["Klimatcoachning – stöd till lokalt klimatarbete i små kommuner", "januari 2007 – juni 2009",
            f"2{NBSP}250{NBSP}000", "pågående"] in projects
    totals = {row[0]: row[2] for row in projects if row[0].startswith("Summa")}
    # granted and applied-for money are summed apart, never together
    assert totals == {"Summa ansökt": f"1{NBSP}000{NBSP}000", "Summa pågående": f"2{NBSP}515{NBSP}000"}
    assert "inkomster" not in "".join(lines[:3]).lower()


def test_check_warns_about_membership_fee_line():
    result = run("check", "--inputs", str(EXAMPLES), SET)
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("varning:")]
    assert warnings == [
        f"varning: {SET}/budget.xlsx › Budget › E24: Medlemsavgifter 2009 är 390{NBSP}000 kr men avgiftstabellen "
        f"ger 425{NBSP}110 kr (medlemmar 369{NBSP}268 kr + nya 55{NBSP}842 kr)",
        f"varning: {SET}/budget.xlsx › Budget › F27: posten Deltagaravgifter seminarier (inkomster 2008) har utfall "
        "men ingen budget; den redovisas med budget 0",
        f"varning: {SET}/budget.xlsx › Budget › E6: posten Informationsmaterial (utgifter 2008) har budget men inget "
        "utfall för 2008; den redovisas med utfall 0",
    ]
