"""Write the example input set ``inputs/klimatkommunerna-2008-2009`` (plan, budget, medlemmar).

Facts and figures are those of Klimatkommunerna's proposed activity plan
2008–2009; comments and descriptions are written anew.  Run:
``python tools/make_example_klimatkommunerna.py``.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.schema.contract import BUDGET, MEMBERS, PLAN  # noqa: E402
from generator.xlsx.writer import write_workbook  # noqa: E402

TARGET = ROOT / "inputs" / "klimatkommunerna-2008-2009"

NV_PENDING = "Beslut väntas i slutet av november; handläggaren bedömer beslutet som en formalitet."

BUDGET_ROWS = [
    (2008, "Utgifter", None, "Lön 1,1 tjänster kansliet", 553000, None, None),
    (2008, "Utgifter", None, "Administration, lokal, utrustning", 65000, None, None),
    (2008, "Utgifter", None, "Resor och logi", 45000, None, None),
    (2008, "Utgifter", None, "Konferenser och möten", 45000, None, None),
    (2008, "Utgifter", None, "Informationsmaterial", 50000, None, None),
    (2008, "Utgifter", None, "Summa utgifter", 758000, None, None),
    (2008, "Inkomster", None, "Överföring från 2007", 353000, None, None),
    (2008, "Inkomster", None, "Bidrag Naturvårdsverket", 205000, None, "beslutat"),
    (2008, "Inkomster", None, "Bidrag Naturvårdsverket", 200000, NV_PENDING, "ej beslutat"),
    (2008, "Inkomster", None, "Summa inkomster", 758000, None, None),
    (
        2009,
        "Utgifter",
        "Kansli, medlemsfinansierat",
        "Lön 0,5 tjänst",
        270000,
        "Medlemsavgifterna finansierar basverksamheten: träffar, uppvaktningar, webbplats och administration.",
        None,
    ),
    (2009, "Utgifter", "Kansli, medlemsfinansierat", "Administration, lokal, utrustning", 20000, None, None),
    (2009, "Utgifter", "Kansli, medlemsfinansierat", "Medlemsträffar, seminarier", 50000, None, None),
    (2009, "Utgifter", "Kansli, medlemsfinansierat", "Resor och logi, ev. resebidrag styrelse", 50000, None, None),
    (2009, "Utgifter", "Kansli, medlemsfinansierat", "Summa", 390000, None, None),
    (
        2009,
        "Utgifter",
        "Utåtriktad verksamhet, statsbidrag",
        "Lön 0,5 tjänst",
        270000,
        "Den utåtriktade verksamheten betalas med statsbidrag och är öppen för alla kommuner.",
        None,
    ),
    (2009, "Utgifter", "Utåtriktad verksamhet, statsbidrag", "Administration, lokal, utrustning", 20000, None, None),
    (2009, "Utgifter", "Utåtriktad verksamhet, statsbidrag", "Resor och logi", 40000, None, None),
    (2009, "Utgifter", "Utåtriktad verksamhet, statsbidrag", "Temaseminarier m.m.", 70000, None, None),
    (
        2009,
        "Utgifter",
        "Utåtriktad verksamhet, statsbidrag",
        "Internationella samarbeten",
        100000,
        "Lokalt klimatarbete i Köpenhamn 2009, spridning av klimatcoachning, informationsmaterial på engelska.",
        None,
    ),
    (2009, "Utgifter", "Utåtriktad verksamhet, statsbidrag", "Summa", 500000, None, None),
    (2009, "Utgifter", None, "Summa utgifter", 890000, None, None),
    (
        2009,
        "Inkomster",
        None,
        "Medlemsavgifter",
        390000,
        "Beror på antalet medlemmar; 3 000 kr plus 20 öre per invånare, se avgiftstabellen.",
        None,
    ),
    (2009, "Inkomster", None, "Bidrag Naturvårdsverket", 500000, NV_PENDING, "ej beslutat"),
    (2009, "Inkomster", None, "Summa inkomster", 890000, None, None),
]

MEMBERS_ROWS = [
    ("Falköping", 31316, "Medlem"),
    ("Götene", 13091, "Medlem"),
    ("Helsingborg", 124301, "Medlem"),
    ("Hässleholm", 49509, "Medlem"),
    ("Kristianstad", 76859, "Medlem"),
    ("Lidköping", 37636, "Medlem"),
    ("Linköping", 138805, "Medlem"),
    ("Luleå", 72970, "Medlem"),
    ("Lund", 103693, "Medlem"),
    ("Lycksele", 12577, "Medlem"),
    ("Malmö", 278319, "Medlem"),
    ("Mölndal", 59115, "Medlem"),
    ("Olofström", 13262, "Medlem"),
    ("Sollentuna", 61071, "Medlem"),
    ("Stockholm", 788269, "Medlem"),
    ("Stockholms läns landsting", 45000, "Medlem"),
    ("Säffle", 15925, "Medlem"),
    ("Södertälje", 82737, "Medlem"),
    ("Umeå", None, "Avböjt"),
    ("Uppsala", 128409, "Medlem"),
    ("Växjö", 78689, "Medlem"),
    ("Åmål", 12747, "Medlem"),
    ("Östersund", 58634, "Medlem"),
    ("Jönköping", 123709, "Ny"),
    ("Sandviken", 36800, "Ny"),
    ("Haninge", 73698, "Ny"),
    ("Skövde", 50000, "Intresserad"),
]
MEMBER_COMMENTS = {
    "Umeå": "Har beslutat att inte delta.",
    "Stockholms läns landsting": "Räknat på 45 000 invånare.",
    "Jönköping": "Beslut om medlemskap fattat.",
    "Sandviken": "Beslut om medlemskap fattat.",
    "Haninge": "Beslut om medlemskap fattat.",
    "Skövde": "Har ännu inte beslutat.",
}

GOALS = [
    "Nätverket ska vara en resurs för Sveriges kommuner i klimatarbetet.",
    "Hinder och möjligheter i det lokala klimatarbetet ska sammanställas varje år.",
    "Medlemmarna ska regelbundet få tillfällen att samarbeta och utbyta erfarenheter.",
    "Medlemmarna ska fortlöpande få information och nyheter som har betydelse för klimatarbetet.",
    "Nyckeltal för medlemmarnas klimatarbete ska tas fram och sammanställas varje år.",
]

PROJECTS = [
    {
        "Projekt": "Klimatcoachning – stöd till lokalt klimatarbete i små kommuner",
        "Start": "2007-01",
        "Slut": "2009-06",
        "Belopp": 2250000,
        "Status": "pågående",
        "Beskrivning": "Coachning av 23 små kommuner som saknade en långsiktig klimatstrategi, med workshoppar, "
        "föreläsningar, kommunbesök och mentorsgrupper. Första delen avslutades i september 2008; "
        "den andra delen sprider erfarenheterna genom handledningar, regionala workshoppar och en "
        "klimatcoach som kommunerna kan ringa.",
    },
    {
        "Projekt": "KEMB – kommunala energikrav för ett miljöanpassat byggande",
        "Start": "2008-01",
        "Slut": "2009-02",
        "Belopp": 265000,
        "Status": "pågående",
        "Beskrivning": "Projektet visar hur kommuner kan ställa krav på energisnålt byggande och energitillförsel "
        "när nya områden exploateras, och skapar ett forum för byggföretag, kommuner och myndigheter. "
        "En rapport med goda exempel tas fram och fem regionala workshoppar hålls.",
    },
    {
        "Projekt": "Klimatcoachning – fas tre: stöd till regionalt och lokalt klimatarbete i ett pilotlän",
        "Start": "2009-01",
        "Slut": "2010-12",
        "Belopp": 1000000,
        "Status": "ansökt",
        "Beskrivning": "Ett tvåårigt projekt tillsammans med en länsstyrelse och andra regionala aktörer, för att "
        "förankra den regionala energi- och klimatstrategin bland länets kommuner och erbjuda "
        "fördjupad coachning. Ansökan lämnas till Naturvårdsverket i november.",
    },
]


#: Delprojekt I of Klimatcoachning: what the 23 municipalities took part in, and when (a user table).
COACHING_SHEET = "Klimatcoachningens aktiviteter"
COACHING = [
    ("Uppstartsmöte", "Februari 2007"),
    ("Workshop om inventering och uppföljning", "Maj 2007"),
    ("Återträff", "Augusti 2007"),
    ("Workshopserie", "Oktober 2007 – januari 2008"),
    ("Föreläsningsserie med Pär Holmgren", "Mars–april 2008"),
    ("Kommunbesök", "Löpande"),
    ("Mentorsgrupper", "Löpande"),
    ("Stöd och vägledning", "Löpande"),
    ("Månadens tårta", "September 2007 – augusti 2008"),
]


def add_user_sheet(path: Path, name: str, headers: tuple[str, ...], rows) -> None:
    """A sheet of the organisation's own beside the contract's sheets: plangen places it as ``tabell-<name>``."""
    from openpyxl import load_workbook
    from openpyxl.styles import Font, PatternFill

    book = load_workbook(path)
    sheet = book.create_sheet(name)
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font, cell.fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="1F5C4A")
    for row in rows:
        sheet.append(row)
    sheet.column_dimensions["A"].width = 44
    sheet.column_dimensions["B"].width = 32
    book.save(path)


def main() -> None:
    write_workbook(
        PLAN,
        TARGET / "plan.xlsx",
        rows={
            "Mål": [{"Mål": goal} for goal in GOALS],
            "Projekt": PROJECTS,
        },
        values={
            "Uppgifter": {
                "Organisation": "Klimatkommunerna",
                "Period": "2008-2009",
                "Dokumenttitel": "Förslag till verksamhetsplan och budget 2008–2009",
                "Datum": dt.date(2008, 11, 3),
                "Författare": "Klimatkommunernas kansli",
                "Värdorganisation": "Lunds kommun",
                "Bildat": 2002,
                "Ort": "Lund",
            }
        },
    )
    add_user_sheet(TARGET / "plan.xlsx", COACHING_SHEET, ("Aktivitet", "Tid"), COACHING)
    write_workbook(
        BUDGET,
        TARGET / "budget.xlsx",
        rows={
            "Budget": [
                {"År": y, "Del": d, "Grupp": g, "Post": p, "Belopp": b, "Kommentar": k, "Status": s}
                for y, d, g, p, b, k, s in BUDGET_ROWS
            ]
        },
    )
    write_workbook(
        MEMBERS,
        TARGET / "medlemmar.xlsx",
        rows={
            "Medlemmar": [
                {"Kommun": name, "Invånare": population, "Status": status, "Kommentar": MEMBER_COMMENTS.get(name)}
                for name, population, status in MEMBERS_ROWS
            ]
        },
        values={"Avgift": {"Fast avgift": 3000, "Per invånare": Decimal("0.20"), "Tak invånare": 150000, "År": 2009}},
    )
    print("skrev", TARGET)


if __name__ == "__main__":
    main()
