"""Another organisation's and another programme's workbooks, shared by the tests that build them.

Everything differs from the examples: years, groups, members, fee rule, municipalities, clusters and
questions; names carry ``&`` and ``<`` to prove escaping.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.helpers import budget_row, write_plan_set, write_survey_set

ORGANISATION = "norr-2021-2023"
PROGRAMME = "energilyftet"

BUDGET_ROWS = [
    budget_row(2021, "Utgifter", "Samordnare", 610000, group="Personal"),
    budget_row(2021, "Utgifter", "Kommunikatör, halvtid", 290500, group="Personal"),
    budget_row(2021, "Utgifter", "Lokaler & IT <delat>", 84250, group="Drift"),
    budget_row(2021, "Utgifter", "Summa", 999999, group="Drift"),  # a wrong stated total
    budget_row(2021, "Inkomster", "Medlemsavgifter", 70000),
    budget_row(2021, "Inkomster", "Regionbidrag", 900000, Status="beslutat"),
    budget_row(2022, "Utgifter", "Samordnare", 625000, group="Personal"),
    budget_row(2022, "Inkomster", "Medlemsavgifter", 60001),
    budget_row(2022, "Inkomster", "Regionbidrag", 600000, Status="ansökt", Kommentar="Svar i mars."),
    budget_row(2023, "Utgifter", "Avveckling", 10000),
    budget_row(2023, "Inkomster", "Överskott från 2022", 10000),
]
MEMBERS = [
    {"Kommun": "Kiruna", "Invånare": 22423, "Status": "Medlem"},
    {"Kommun": "Gällivare", "Invånare": 17559, "Status": "Medlem"},
    {"Kommun": "Pajala", "Invånare": 6043, "Status": "Ny"},
    {"Kommun": "Övertorneå", "Invånare": 4420, "Status": "Intresserad", "Kommentar": "Beslut i höst."},
    {"Kommun": "Arjeplog", "Invånare": 2718, "Status": "Avböjt"},
]
FEE = {"Fast avgift": 5000, "Per invånare": Decimal("0.5"), "År": 2022}
GOALS = ["Halvera utsläppen till 2030.", "Alla skolor ska ha solel & laddplatser."]

QUESTIONS = [
    {
        "Id": "Q1",
        "Fråga": "Har kommunen en energiplan?",
        "Typ": "val",
        "Alternativ": "Ja;Nej;Vet ej",
        "Diagram": "cirkel",
        "Per kluster": "ja",
    },
    {
        "Id": "Q2",
        "Fråga": "Vilka åtgärder har genomförts?",
        "Typ": "flerval",
        "Alternativ": "LED;Solel;Cykel",
        "Diagram": "liggande stapel",
        "Per kluster": "nej",
    },
    {"Id": "Q3", "Fråga": "Timmar per vecka?", "Typ": "tal", "Diagram": "stapel", "Per kluster": "nej",
     "Enhet": "timme per vecka|timmar per vecka", "Gränser": "5"},
    {"Id": "Q4", "Fråga": "När antogs planen?", "Typ": "år", "Diagram": "tabell", "Per kluster": "nej"},
    {
        "Id": "Q5",
        "Fråga": "Hur nöjd är kommunen?",
        "Typ": "skala",
        "Alternativ": "Lite;Ganska;Mycket",
        "Diagram": "stapel",
        "Per kluster": "ja",
    },
    {"Id": "Q6", "Fråga": "Bästa exemplet?", "Typ": "text", "Diagram": "ingen", "Per kluster": "nej"},
]
MUNICIPALITIES = [
    {"Kommun": "Kiruna", "Kluster": "Fjäll", "Pilotlän": "nej", "Nestor": "ja", "Invånare": 22423},
    {"Kommun": "Gällivare", "Kluster": "Fjäll", "Pilotlän": "nej", "Nestor": "nej", "Invånare": 17559},
    {"Kommun": "Luleå", "Kluster": "Kust", "Pilotlän": "ja", "Nestor": "nej", "Invånare": 79000},
    {"Kommun": "Piteå", "Kluster": "Kust", "Pilotlän": "ja", "Nestor": "nej", "Invånare": 42000},
    {"Kommun": "Boden", "Kluster": "Kust", "Pilotlän": "nej", "Nestor": "nej", "Invånare": 28000},
]
ANSWERS = [
    {"Kommun": "Kiruna", "Q1": "Ja", "Q2": "LED;Solel", "Q3": 4, "Q4": 2020, "Q5": "Mycket", "Q6": "Solel & LED"},
    {"Kommun": "Gällivare", "Q1": "Nej", "Q2": "LED", "Q3": 10, "Q4": 2021, "Q5": "Ganska"},
    {"Kommun": "Luleå", "Q1": "Ja", "Q2": "Cykel;LED", "Q3": 6, "Q4": 2020, "Q5": "Mycket", "Q6": "Cykelvägar <3"},
    {"Kommun": "Piteå", "Q1": "Vet ej", "Q3": 3.5, "Q5": "Lite"},
]
ENERGY = [
    {"Kommun": "Kiruna", "Kategori": "El", "Ökat": 10, "Minskat": 250.25},
    {"Kommun": "Luleå", "Kategori": "El", "Ökat": 0, "Minskat": 100},
]
RESEARCH = [{"År": 2020, "Projektmedel": 250000}, {"År": 2021, "Projektmedel": 125000}]


def write_other_organisation(inputs: Path) -> Path:
    return write_plan_set(inputs / ORGANISATION, budget_rows=BUDGET_ROWS, members=MEMBERS, fee=FEE, goals=GOALS)


def write_other_programme(inputs: Path, **changes) -> Path:
    """The programme's set; ``changes`` replace any of questions, answers, municipalities, energy, research."""
    data = {
        "questions": QUESTIONS,
        "answers": ANSWERS,
        "municipalities": MUNICIPALITIES,
        "energy": ENERGY,
        "research": RESEARCH,
    } | changes
    return write_survey_set(inputs / changes.pop("name", PROGRAMME), **{k: v for k, v in data.items() if k != "name"})


# --- The second programme's own document -----------------------------------------------------------------

#: A sheet of the programme's own in slutrapport.xlsx: its regional coordinators (a user table).
COORDINATORS_SHEET = "Samordnare"
COORDINATORS = [("Fjäll", "Anna Fjällsdotter", "Energikontor Norr"), ("Kust", "Per Kustberg", "Kustens energibyrå")]
#: The headings of the programme's own slutrapport, in order (none of them a default heading).
PROGRAMME_HEADINGS = [
    "Förord",
    "Om Energilyftet",
    "Kommunernas energiplaner",
    "Åtgärder i kommunerna",
    "Tid och engagemang",
    "Samordningen i klustren",
    "Energin i egna verksamheter",
    "Bilaga. Alla frågor",
]


def programme_document():
    """The programme's own slutrapport: its own chapters, prose, placements and user table."""
    from generator.docx.authoring import DocumentWriter

    w = DocumentWriter(numbered=True)
    w.title_page(("[[myndighet]]", "accent"), ("[[titel]]", "title"), ("[[programrad]]", "subtitle"))
    w.heading("Förord", 1, numbered=False)
    w.para("Den här rapporten sammanfattar vad kommunerna i Energilyftet själva har berättat om sitt arbete.")
    w.para("[[ort]], [[datum]]")
    w.para("[[undertecknare]]", bold=True)
    w.contents()
    w.heading("Om Energilyftet", 1)
    w.para("I [[program]] har [[antal-kommuner|kommun|kommuner]] i [[antal-kluster|kluster|kluster]] deltagit. "
           "Av dem svarade [[antal-svarande]] på enkäten ([[svarsfrekvens]]).")
    w.heading("Kommunernas energiplaner", 1)
    w.para("[[q1-ja-antal|kommun|kommuner]] har en energiplan, vilket framgår av [[figur fråga-q1-diagram]].")
    w.para("[[fråga-q1-diagram]]")
    w.heading("Åtgärder i kommunerna", 1)
    w.para("[[fråga-q2-tabell]]")
    w.heading("Tid och engagemang", 1)
    w.para("Medianen är [[q3-median]]; [[q3-över-5-antal|kommun|kommuner]] lägger mer än fem timmar i veckan.")
    w.heading("Samordningen i klustren", 1)
    w.para("Varje kluster har haft en samordnare, som [[tabell tabell-samordnare]] visar.")
    w.para("[[tabell-samordnare|Klustrens samordnare.]]")
    w.para("[[fråga-q5-diagram-per-kluster]]")
    w.heading("Energin i egna verksamheter", 1)
    w.para("[[om energitabell]]Sammantaget har energianvändningen [[energi-förändring]].")
    w.para("[[energitabell]]")
    w.heading("Bilaga. Alla frågor", 1, numbered=False)
    w.para("[[enkätsvar]]")
    w.running_header("[[sidhuvud]]")
    w.page_numbers()
    return w


def write_programme_with_document(inputs: Path) -> Path:
    """The second programme with its own slutrapport.docx and a sheet of its own (Samordnare)."""
    folder = write_survey_set(
        inputs / PROGRAMME, questions=QUESTIONS, answers=ANSWERS, municipalities=MUNICIPALITIES, energy=ENERGY,
        research=RESEARCH,
        extra_sheets={COORDINATORS_SHEET: [("Kluster", "Samordnare", "Organisation"), *COORDINATORS]},
    )
    programme_document().document.save(folder / "slutrapport.docx")
    return folder


# --- The second network's own document -------------------------------------------------------------------

#: A sheet of the network's own in plan.xlsx: its meetings in the period (a user table with a number column).
MEETINGS_SHEET = "Träffar"
MEETINGS = [
    ("Kiruna", "mars 2021", "Solel på tak", 18),
    ("Gällivare", "september 2021", "Energikartläggning & mätning", 22),
    ("Pajala", "februari 2022", "Laddplatser <vid skolor>", 15),
]
#: The headings of the network's own verksamhetsplan, in order (none of them a default heading).
NETWORK_HEADINGS = [
    "Inledning",
    "Vilka vi är",
    "Det här vill vi uppnå",
    "Så arbetar vi",
    "Träffar under perioden",
    "Solel på skolorna",
    "Pengarna",
    "Avgifter 2022",
    "Hur vi vet att det går bra",
]
#: Names, places and claims of the example organisations that another organisation's document must not hold.
FOREIGN_WORDS = (
    "Klimatkommunerna",
    "Lund",
    "Kalmar",
    "Energimyndigheten",
    "kommunikationsplan",
    "Naturvårdsverket",
    "regeringens uppdrag",
)


def network_document():
    """Energinätverket Norr's own verksamhetsplan, as its kansli would write it in Word."""
    from generator.docx.authoring import DocumentWriter

    w = DocumentWriter()
    w.title_page(("[[organisation]]", "accent"), ("Vår plan för [[period]]", "title"), None,
                 ("[[författare]], [[datum]]", ""))
    w.heading("Inledning", 1)
    w.para("Här står vad [[organisation]] tänker göra under [[period]], vad det kostar och hur medlemmarna "
           "betalar för det. Planen är daterad [[datum]].")
    w.heading("Vilka vi är", 1)
    w.para("Nätverket har i dag [[antal-medlemmar|medlemskommun|medlemskommuner]]: [[medlemmar]].")
    w.para("[[om antal-nya-medlemmar]][[nya-medlemmar]] har bestämt sig för att ansluta.")
    w.para("[[om antal-intresserade]][[intresserade]] funderar fortfarande på saken.")
    w.para("[[om antal-avböjt]][[avböjt]] har tackat nej.")
    w.heading("Det här vill vi uppnå", 1)
    w.para("[[mål]]")
    w.heading("Så arbetar vi", 1)
    w.para("Vi ses några gånger om året, hos en medlem i taget, och delar mätvärden från våra egna "
           "fastigheter. Mellan träffarna håller vi kontakten på nätet.")
    w.heading("Träffar under perioden", 2)
    w.para("[[om tabell-träffar]]Vi planerar [[tabell-träffar-antal-rader|träff|träffar]] med sammanlagt "
           "[[tabell-träffar-summa-deltagare]] deltagare.")
    w.para("[[tabell-träffar-med-summa|Planerade träffar och väntat antal deltagare.]]")
    w.heading("Solel på skolorna", 1)
    w.para("Vårt projekt [[projekt-1-namn]] har en budget på [[projekt-1-belopp]] kronor och pågår "
           "under perioden [[projekt-1-period]].")
    w.para("[[projekt]]")
    w.heading("Pengarna", 1)
    w.para("Budgeten för [[budget-första-år]] [[budget-2021-resultat-text]].")
    w.para("[[budgetsammanställning]]")
    w.para("[[budget-per-år]]")
    w.heading("Avgifter [[avgift-år]]", 1)
    lead = w.para("Varje medlem betalar [[avgift-fast]] kronor och [[avgift-per-invånare]] kronor per "
                  "invånare[[avgift-tak-text]]. Tillsammans väntas avgifterna ge [[förväntade-avgiftsintäkter]] "
                  "kronor.")
    lead.paragraph_format.keep_with_next = True  # on the page of the table it introduces
    w.para("[[avgiftstabell]]")
    w.heading("Hur vi vet att det går bra", 1)
    w.para("Varje höst jämför vi energianvändningen i medlemmarnas fastigheter med året innan och redovisar "
           "jämförelsen för medlemmarna.")
    w.page_numbers()
    return w


def write_other_network(inputs: Path) -> Path:
    """The other organisation's set with its own verksamhetsplan.docx and a sheet of its own (Träffar)."""
    from openpyxl import load_workbook

    folder = write_other_organisation(inputs)
    book = load_workbook(folder / "plan.xlsx")
    sheet = book.create_sheet(MEETINGS_SHEET)
    sheet.append(("Ort", "Månad", "Tema", "Deltagare"))
    for row in MEETINGS:
        sheet.append(row)
    book.save(folder / "plan.xlsx")
    network_document().document.save(folder / "verksamhetsplan.docx")
    return folder
