"""The input contract of plangen: every workbook, sheet and column users fill in.

This is the single declaration that reading, validation, ``plangen init`` and
the README's column tables are derived from.  Names are Swedish because users
see them in Excel; help texts are Swedish because they are printed in the
``Instruktioner`` sheet of a new input set.
"""

from __future__ import annotations

from decimal import Decimal

from generator.schema.model import Column, Key, KeyValueSheet, TableSheet, WorkbookSpec
from generator.schema.types import (
    YES_NO,
    Choice,
    Date,
    Number,
    PeriodType,
    Text,
    Year,
    YearMonthType,
)

KRONOR = Number(unit="kr")
PEOPLE = Number(unit="invånare", whole=True)

BUDGET_PARTS = ("Utgifter", "Inkomster")
BUDGET_STATUSES = ("beslutat", "ej beslutat", "ansökt", "preliminärt", "att granska")
REVIEW_STATUS = "att granska"
MEMBER_STATUSES = ("Medlem", "Ny", "Intresserad", "Avböjt")
PROJECT_STATUSES = ("planerat", "ansökt", "pågående", "avslutat")
GOAL_STATUSES = ("uppnått", "delvis uppnått", "ej uppnått", "pågår")
QUESTION_TYPES = ("val", "flerval", "skala", "tal", "år", "text")
CHART_KINDS = ("stapel", "liggande stapel", "cirkel", "tabell", "ingen")
STATED_TOTAL_PREFIXES = ("summa", "totalt")

PLAN = WorkbookSpec(
    "plan.xlsx",
    "Uppgifter om organisationen, målen och projekten (→ verksamhetsplan).",
    (
        KeyValueSheet(
            "Uppgifter",
            "Uppgifter som trycks på titelsidan och i texten, en per rad.",
            (
                Key("Organisation", Text(), "Organisationens namn.", example="Klimatkommunerna"),
                Key("Period", PeriodType(), "Verksamhetsperioden, t.ex. 2008-2009.", example="2008-2009"),
                Key("Dokumenttitel", Text(), "Titel på titelsidan.", example="Verksamhetsplan"),
                Key("Datum", Date(), "Dokumentets datum.", example=None),
                Key("Författare", Text(), "Vem som skrivit förslaget, t.ex. kansliet.", example="Kansliet"),
                Key("Värdorganisation", Text(), "Organisation som är värd för kansliet.", required=False),
                Key("Bildat", Year(), "Året nätverket bildades.", required=False),
                Key("Ort", Text(), "Orten där kansliet finns.", required=False),
                Key("Årsmöte", Date(), "Datum för årsmöte eller föreningsstämma.", required=False),
                Key(
                    "Verksamhetsberättelsens datum",
                    Date(),
                    "Datum för verksamhetsberättelsen; utan det dateras den 31 december det år den gäller.",
                    required=False,
                ),
            ),
        ),
        TableSheet(
            "Mål",
            "Nätverkets övergripande mål, ett per rad.",
            (
                Column("Mål", Text(), "Målet formulerat som en mening.", width=70),
                Column("Kategori", Text(), "Rubrik som målen grupperas under.", required=False, blank_ok=True),
            ),
            required=True,
        ),
        TableSheet(
            "Projekt",
            "Pågående och kommande projekt utöver basverksamheten.",
            (
                Column("Projekt", Text(), "Projektets namn.", width=50),
                Column("Start", YearMonthType(), "Startmånad (datum, år-månad eller år).", width=12),
                Column("Slut", YearMonthType(), "Slutmånad; tom om okänd.", blank_ok=True, width=12),
                Column("Belopp", KRONOR, "Projektets budget eller beviljade medel i kronor.", width=14),
                Column("Status", Choice(PROJECT_STATUSES), "Projektets läge.", blank_ok=True, width=12),
                Column("Beskrivning", Text(), "En kort beskrivning.", required=False, blank_ok=True, width=70),
            ),
            unique=("Projekt",),
        ),
        TableSheet(
            "Uppföljning",
            "Hur varje mål har följts upp under året (→ verksamhetsberättelse).",
            (
                Column("Mål", Text(), "Målet, skrivet som i bladet Mål.", width=70),
                Column("Status", Choice(GOAL_STATUSES), "uppnått, delvis uppnått, ej uppnått eller pågår.", width=16),
                Column("Kommentar", Text(), "Vad som gjorts och vad som återstår.", required=False, blank_ok=True,
                       width=70),
            ),
            unique=("Mål",),
            required=False,
        ),
        TableSheet(
            "Aktiviteter",
            "Vad som gjorts under året, per mål, med antal deltagare (→ verksamhetsberättelse).",
            (
                Column("Datum", Date(), "Dagen aktiviteten hölls (eller började).", width=12),
                Column("Aktivitet", Text(), "Aktivitetens namn.", width=44),
                Column("Mål", Text(), "Målet aktiviteten bidrar till, skrivet som i bladet Mål.", required=False,
                       blank_ok=True, width=50),
                Column("Deltagare", Number(unit="deltagare", whole=True), "Antal deltagare.", required=False,
                       blank_ok=True, width=11),
                Column("Beskrivning", Text(), "Kort beskrivning.", required=False, blank_ok=True, width=60),
            ),
            required=False,
        ),
    ),
)

BUDGET = WorkbookSpec(
    "budget.xlsx",
    "Budgetens rader per år (→ budget och verksamhetsplanens budgetavsnitt).",
    (
        TableSheet(
            "Budget",
            "En rad per budgetpost. Rader vars Post börjar med Summa eller Totalt är "
            "angivna summor: de används inte som data utan jämförs med den beräknade summan.",
            (
                Column("År", Year(), "Budgetåret.", width=8),
                Column("Del", Choice(BUDGET_PARTS), "Utgifter eller Inkomster.", width=12),
                Column(
                    "Grupp",
                    Text(),
                    "Valfri grupp som får en delsumma, t.ex. Kansli, medlemsfinansierat.",
                    required=False,
                    blank_ok=True,
                    width=34,
                ),
                Column("Post", Text(), "Budgetpostens namn. Medlemsavgifter jämförs med avgiftstabellen.", width=44),
                Column("Belopp", KRONOR, "Belopp i hela kronor; tomt för en post som bara har utfall.",
                       blank_ok=True, width=14),
                Column(
                    "Utfall",
                    KRONOR,
                    "Utfallet för posten ett år som har gått (ger verksamhetsberättelsen för det senaste året "
                    "med utfall).",
                    required=False,
                    blank_ok=True,
                    width=14,
                ),
                Column(
                    "Kommentar",
                    Text(),
                    "Anteckning som trycks bredvid posten.",
                    required=False,
                    blank_ok=True,
                    width=50,
                ),
                Column(
                    "Status",
                    Choice(BUDGET_STATUSES),
                    "Beslutsläge, t.ex. för bidrag.",
                    required=False,
                    blank_ok=True,
                    width=14,
                ),
                Column(
                    "Granska",
                    YES_NO,
                    "ja om raden ska ses över innan budgeten fastställs (markeras i dokumentet); "
                    "new-year sätter ja på rader som kopierats från förra året. Beslutsläget står kvar i Status.",
                    required=False,
                    blank_ok=True,
                    width=10,
                ),
            ),
        ),
    ),
)

MEMBERS = WorkbookSpec(
    "medlemmar.xlsx",
    "Medlemmar och avgiftsregel (→ avgiftstabellen i verksamhetsplan och budget).",
    (
        TableSheet(
            "Medlemmar",
            "En rad per kommun, landsting eller region.",
            (
                Column("Kommun", Text(), "Medlemmens namn.", width=28),
                Column("Invånare", PEOPLE, "Antal invånare; får lämnas tomt för Avböjt.", blank_ok=True, width=12),
                Column(
                    "Status",
                    Choice(MEMBER_STATUSES),
                    "Medlem, Ny (beslutat att gå med), Intresserad eller Avböjt (betalar ingen avgift).",
                    width=12,
                ),
                Column(
                    "Kommentar",
                    Text(),
                    "Anteckning som trycks i avgiftstabellen.",
                    required=False,
                    blank_ok=True,
                    width=40,
                ),
                Column(
                    "Ansluten",
                    Date(),
                    "Dagen medlemmen gick med (tomt = medlem sedan tidigare); för verksamhetsberättelsen.",
                    required=False,
                    blank_ok=True,
                    width=12,
                ),
                Column(
                    "Utträdd",
                    Date(),
                    "Dagen medlemmen lämnade nätverket (tomt = är kvar); för verksamhetsberättelsen.",
                    required=False,
                    blank_ok=True,
                    width=12,
                ),
            ),
            unique=("Kommun",),
        ),
        KeyValueSheet(
            "Avgift",
            "Avgiftsregeln: fast avgift + avgift per invånare × invånare upp till taket.",
            (
                Key("Fast avgift", KRONOR, "Fast del av avgiften i kronor.", example=3000),
                Key("Per invånare", KRONOR, "Avgift per invånare i kronor, t.ex. 0,20.", example=Decimal("0.20")),
                Key(
                    "Tak invånare",
                    PEOPLE,
                    "Invånare över detta antal ger ingen extra avgift.",
                    required=False,
                    example=150000,
                ),
                Key("År", Year(), "Året avgifterna gäller.", example=2009),
                Key(
                    "Folkmängd avser",
                    Text(),
                    "Vilken folkmängd invånarantalen är, t.ex. 31 december 2009 enligt SCB; trycks under "
                    "avgiftstabellen. new-year --folkmangd fyller i den.",
                    required=False,
                ),
            ),
        ),
    ),
)

SURVEY = WorkbookSpec(
    "slutrapport.xlsx",
    "Programmets kommuner, enkät och resultat (→ slutrapport).",
    (
        KeyValueSheet(
            "Uppgifter",
            "Uppgifter till titelsida och förord.",
            (
                Key("Titel", Text(), "Rapportens titel."),
                Key("Program", Text(), "Programmets namn."),
                Key("Etapp", Text(), "Programmets etapp.", required=False),
                Key("Period", PeriodType(), "Programperioden, t.ex. 2008-2011."),
                Key("Myndighet", Text(), "Myndigheten som ger ut rapporten."),
                Key("Ort", Text(), "Ort för förordets underskrift."),
                Key("Datum", Date(), "Rapportens datum."),
                Key("Undertecknare", Text(), "Den som undertecknar förordet."),
                Key("Undertecknarens titel", Text(), "Titel, t.ex. Generaldirektör.", required=False),
                Key("Diarienummer", Text(), "Myndighetens diarienummer.", required=False),
                Key("Rapportnummer", Text(), "Rapportserie och nummer.", required=False),
                Key(
                    "Antal kommuner enligt uppdrag",
                    Number(unit="kommuner", whole=True),
                    "Antal kommuner som ska delta enligt uppdraget.",
                    required=False,
                ),
            ),
        ),
        TableSheet(
            "Kommuner",
            "Deltagande kommuner, en rad per kommun och kluster. Fler kolumner (t.ex. Län, Storlek) blir "
            "grupperingar som resultaten kan redovisas per.",
            (
                Column("Kommun", Text(), "Kommunens namn.", width=22),
                Column("Kluster", Text(), "Klustret kommunen deltar i.", width=28),
                Column("Invånare", PEOPLE, "Antal invånare.", required=False, blank_ok=True, width=12),
                Column(
                    "Pilotlän",
                    YES_NO,
                    "Valfri gruppering: ja om kommunen ligger i pilotlänet.",
                    required=False,
                    blank_ok=True,
                    width=10,
                ),
                Column(
                    "Nestor",
                    YES_NO,
                    "Valfri gruppering: ja om kommunen är nestorkommun.",
                    required=False,
                    blank_ok=True,
                    width=10,
                ),
            ),
            open_columns=True,
        ),
        TableSheet(
            "Frågor",
            "Enkätens frågor i den ordning de redovisas.",
            (
                Column("Id", Text(), "Kort id som är kolumnrubrik i bladet Svar, t.ex. F01.", width=8),
                Column("Fråga", Text(), "Frågan som den ställdes.", width=70),
                Column(
                    "Typ",
                    Choice(QUESTION_TYPES),
                    "val (ett svar), flerval (flera svar), skala (ordnad skala), tal, år eller text.",
                    width=10,
                ),
                Column(
                    "Alternativ",
                    Text(),
                    "Svarsalternativ åtskilda med semikolon, i visningsordning.",
                    blank_ok=True,
                    width=60,
                ),
                Column(
                    "Diagram", Choice(CHART_KINDS), "stapel, liggande stapel, cirkel, tabell eller ingen.", width=16
                ),
                Column(
                    "Per kluster",
                    YES_NO,
                    "ja om bilagan Enkätsvar ska visa resultatet också per kluster.",
                    required=False,
                    blank_ok=True,
                    width=11,
                ),
                Column(
                    "Enhet",
                    Text(),
                    "För tal: vad svaren mäts i, t.ex. kr, eller ental|flertal som timme per vecka|timmar per vecka; "
                    "trycks med medianen.",
                    required=False,
                    blank_ok=True,
                    width=16,
                ),
                Column(
                    "Gränser",
                    Text(),
                    "För tal och år: gränsvärden åtskilda med semikolon, t.ex. 20000; 100000. Ger siffror "
                    "för hur många som svarat över och under (tal) eller senast (år) varje gräns.",
                    required=False,
                    blank_ok=True,
                    width=16,
                ),
            ),
            unique=("Id",),
        ),
        TableSheet(
            "Svar",
            "En rad per svarande kommun: Kommun och en kolumn per fråga (Id). Tom cell = inget svar; "
            "flerval med semikolon mellan valen.",
            (Column("Kommun", Text(), "Den svarande kommunen.", width=22),),
            unique=("Kommun",),
            open_columns=True,
        ),
        TableSheet(
            "Energi",
            "Förändrad energianvändning i kommunens egen organisation, MWh per kommun och energibärare.",
            (
                Column("Kommun", Text(), "Kommunens namn.", width=22),
                Column("Kategori", Text(), "Energibärare eller kategori.", width=26),
                Column("Ökat", Number(unit="MWh"), "Ökning i MWh.", blank_ok=True, width=12),
                Column("Minskat", Number(unit="MWh"), "Minskning i MWh.", blank_ok=True, width=12),
            ),
            required=False,
        ),
        TableSheet(
            "Forskning",
            "Forskningsprogrammets projektmedel per år.",
            (
                Column("År", Year(), "Året.", width=8),
                Column("Projektmedel", KRONOR, "Projektmedel i kronor.", width=16),
            ),
            unique=("År",),
            required=False,
        ),
        TableSheet(
            "Aktiviteter",
            "Pilotlänets aktiviteter: projekt, temadagar, studieresor, informationstillfällen.",
            (
                Column("År", Year(), "Året.", width=8),
                Column("Typ", Text(), "Slag av aktivitet.", width=24),
                Column("Titel", Text(), "Aktivitetens namn.", width=50),
                Column("Beskrivning", Text(), "Kort beskrivning.", required=False, blank_ok=True, width=60),
            ),
            required=False,
        ),
    ),
)

WORKBOOKS: tuple[WorkbookSpec, ...] = (PLAN, BUDGET, MEMBERS, SURVEY)


def workbook_spec(filename: str) -> WorkbookSpec:
    return next(w for w in WORKBOOKS if w.filename == filename)
