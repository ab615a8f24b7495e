"""Write the example input set ``inputs/klimatkommunerna-2008-2009`` (plan, budget, medlemmar).

Facts and figures are those of Klimatkommunerna's proposed activity plan
2008–2009; comments and descriptions are written anew.  Run:
``python tools/make_example_klimatkommunerna.py``.

The year 2008 is also followed up, for the verksamhetsberättelse: the Utfall
figures, the sheets Uppföljning and Aktiviteter and the members' dates of
joining and leaving are INVENTED for the example (the seed has no outcomes);
the set says so in the sheet ``Om exemplet`` of budget.xlsx and in the
instructions of every workbook.
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
OUTCOME_ONLY = "Avgifter från deltagare utanför nätverket vid seminarierna; fanns inte med i budgeten."

#: Invented outcomes of 2008 by (Post, Status): over and under budget, two deviations exactly on a half
#: percent (14,5 % and 0,5 %: half up gives 15 and 1), the grant decided in November paid in full, a line
#: the budget lacks (Deltagaravgifter) and one budgeted line left without an outcome (Informationsmaterial).
OUTCOMES_2008 = {
    ("Lön 1,1 tjänster kansliet", None): 555765,
    ("Administration, lokal, utrustning", None): 58730,
    ("Resor och logi", None): 51525,
    ("Konferenser och möten", None): 62410,
    ("Överföring från 2007", None): 353000,
    ("Bidrag Naturvårdsverket", "beslutat"): 205000,
    ("Bidrag Naturvårdsverket", "ej beslutat"): 200000,
    ("Deltagaravgifter seminarier", None): 38500,
}

#: What the set says about itself: the follow-up of 2008 is made up for the example.
ILLUSTRATIVE = (
    "Utfallet för 2008 (kolumnen Utfall i bladet Budget), bladen Uppföljning och Aktiviteter i plan.xlsx och "
    "datumen i kolumnerna Ansluten och Utträdd i medlemmar.xlsx är påhittade för exemplet.",
    "De visar hur en verksamhetsberättelse byggs och är inte Klimatkommunernas verkliga siffror.",
)

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
    # Added when the books of 2008 were closed: a line with an outcome only (Belopp blank).  Last in the sheet,
    # so the budget's own rows keep their cells.
    (2008, "Inkomster", None, "Deltagaravgifter seminarier", None, OUTCOME_ONLY, None),
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
#: Invented dates of 2008: three members joined, Umeå left when the association was formed.
MEMBER_DATES = {
    "Jönköping": {"Ansluten": dt.date(2008, 9, 1)},
    "Sandviken": {"Ansluten": dt.date(2008, 10, 20)},
    "Haninge": {"Ansluten": dt.date(2008, 11, 14)},
    "Umeå": {"Utträdd": dt.date(2008, 11, 14)},
}
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

#: The invented follow-up of 2008: every goal of GOALS, each status once at least.
FOLLOW_UP_2008 = [
    (GOALS[0], "uppnått", "Klimatcoachningens första delprojekt avslutades i september med goda resultat, och "
     "kommunerna utanför nätverket har kunnat ringa klimatcoachen under hösten."),
    (GOALS[1], "delvis uppnått", "Hinder och möjligheter togs upp på seminariet i maj och vid uppvaktningen i "
     "juni, men den skriftliga sammanställningen blev inte klar före årsskiftet."),
    (GOALS[2], "uppnått", "Medlemmarna har träffats på två nätverksträffar och på det möte där föreningen "
     "bildades."),
    (GOALS[3], "pågår", "Veckobreven har kommit ut hela året och hemsidan har fått en ny nyhetssida; "
     "nyhetsbrevet görs om när föreningen tar över."),
    (GOALS[4], "ej uppnått", "Medlemmarna enades i oktober om vilka nyckeltal som ska samlas in, men den "
     "första sammanställningen görs först under 2009."),
]

#: The invented activities of 2008 (Datum, Aktivitet, Mål, Deltagare, Beskrivning).
ACTIVITIES_2008 = [
    (dt.date(2008, 1, 24), "Nätverksträff i Stockholm", GOALS[2], 41,
     "Medlemmarna diskuterade föreningen och föreslog att avgifterna ska bära basverksamheten."),
    (dt.date(2008, 2, 4), "Ny nyhetssida på hemsidan", GOALS[3], None,
     "Nyheter om lokalt klimatarbete samlas på ett ställe och når även kommuner utanför nätverket."),
    (dt.date(2008, 3, 11), "Föreläsningsserie med Pär Holmgren", GOALS[0], 164,
     "Fyra föreläsningar i mars och april för politiker och tjänstemän i klimatcoachningens kommuner."),
    (dt.date(2008, 5, 20), "Seminarium om hinder och möjligheter", GOALS[1], 58,
     "Medlemmarna beskrev vad som hjälper och vad som hindrar klimatarbetet i deras kommuner."),
    (dt.date(2008, 6, 10), "Uppvaktning av riksdagens miljö- och jordbruksutskott", GOALS[1], 9,
     "Erfarenheterna från seminariet i maj lades fram för utskottets ledamöter."),
    (dt.date(2008, 9, 4), "Nätverksträff i Malmö", GOALS[2], 37,
     "Erfarenhetsutbyte om klimatstrategier och förberedelser inför föreningsbildningen."),
    (dt.date(2008, 9, 30), "Avslutning av klimatcoachningens delprojekt I", GOALS[0], 62,
     "De 23 kommunerna redovisade sina klimatstrategier och handlingsprogram."),
    (dt.date(2008, 10, 15), "Workshop om nyckeltal", GOALS[4], 26,
     "Medlemmarna enades om vilka nyckeltal för klimatarbetet som ska samlas in."),
    (dt.date(2008, 11, 14), "Föreningsbildande möte i Stockholm", GOALS[2], 48,
     "Föreningen Klimatkommunerna bildades och en interimsstyrelse valdes fram till årsmötet."),
    (dt.date(2008, 12, 5), "KEMB-workshop i Helsingborg", GOALS[0], 44,
     "Den första regionala workshoppen om kommunala energikrav vid nybyggnad."),
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
            "Uppföljning": [{"Mål": goal, "Status": status, "Kommentar": comment}
                            for goal, status, comment in FOLLOW_UP_2008],
            "Aktiviteter": [{"Datum": day, "Aktivitet": name, "Mål": goal, "Deltagare": count, "Beskrivning": text}
                            for day, name, goal, count, text in ACTIVITIES_2008],
        },
        notes=ILLUSTRATIVE,
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
                {"År": y, "Del": d, "Grupp": g, "Post": p, "Belopp": b,
                 "Utfall": OUTCOMES_2008.get((p, s)) if y == 2008 else None, "Kommentar": k, "Status": s}
                for y, d, g, p, b, k, s in BUDGET_ROWS
            ]
        },
        notes=ILLUSTRATIVE,
        extra_sheets={"Om exemplet": [("Om exemplet",), *((line,) for line in ILLUSTRATIVE)]},
    )
    write_workbook(
        MEMBERS,
        TARGET / "medlemmar.xlsx",
        rows={
            "Medlemmar": [
                {"Kommun": name, "Invånare": population, "Status": status, "Kommentar": MEMBER_COMMENTS.get(name),
                 **MEMBER_DATES.get(name, {})}
                for name, population, status in MEMBERS_ROWS
            ]
        },
        notes=ILLUSTRATIVE,
        values={"Avgift": {"Fast avgift": 3000, "Per invånare": Decimal("0.20"), "Tak invånare": 150000, "År": 2009}},
    )
    print("skrev", TARGET)


if __name__ == "__main__":
    main()
