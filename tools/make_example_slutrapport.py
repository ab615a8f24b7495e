"""Write the example input workbook ``inputs/uthallig-kommun-etapp2/slutrapport.xlsx``.

The figures reproduce what Energimyndigheten's final report on "Uthållig kommun,
etapp 2" (2008-2011) publishes: Tabell 1, 3 and 4, the numbers the text gives
for the survey figures, the research budget and the pilot county's activities.
The report only publishes aggregates, so the split over individual
municipalities is constructed here (deterministically) so that every published
aggregate comes out exactly.  The script checks those aggregates itself before
it writes anything.

Run:  .venv/bin/python tools/make_example_slutrapport.py [output path]

Only openpyxl and the standard library are used.  The output is byte-for-byte
identical between runs (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import math
import re
import sys
import zipfile
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "inputs" / "uthallig-kommun-etapp2" / "slutrapport.xlsx"
FIXED_TIME = dt.datetime(2011, 6, 30, 0, 0, 0)

# ---------------------------------------------------------------------------
# Deterministic helpers
# ---------------------------------------------------------------------------


def h(*parts: object) -> float:
    """A stable pseudo-random number in [0, 1) from its arguments (no global state)."""
    digest = hashlib.md5("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return int(digest[:15], 16) / float(16**15)


def pct(count: int, base: int) -> int:
    """Whole percent, rounded half up."""
    return int((Decimal(100 * count) / Decimal(base)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def pick(n: int, pool, salt: str, *, forced=(), prefer=(), exclude=()) -> list[str]:
    """Choose ``n`` members of ``pool``: all of ``forced`` first, then members of
    ``prefer``, then the rest, each group ordered by a stable hash."""
    pool = list(pool)
    chosen = [m for m in forced]
    assert len(set(chosen)) == len(chosen), (salt, "dubbletter i forced")
    for m in chosen:
        assert m in pool, (salt, m, "finns inte bland de svarande")
    assert len(chosen) <= n, (salt, len(chosen), n)
    prefer = set(prefer)
    rest = [m for m in pool if m not in chosen and m not in exclude]
    rest.sort(key=lambda m: (m not in prefer, h(salt, m)))
    chosen += rest[: n - len(chosen)]
    assert len(chosen) == n, (salt, len(chosen), n)
    return chosen


def ensure_each_has_one(sets: dict[str, list[str]], members: list[str], salt: str, frozen=()) -> None:
    """Swap members between alternatives (keeping every count) until every member
    of ``members`` holds at least one alternative."""
    for m in members:
        if any(m in s for s in sets.values()):
            continue
        # Alternatives that can give a place: largest first, stable order.
        for alt in sorted(sets, key=lambda a: (-len(sets[a]), h(salt, a))):
            if alt in frozen or not sets[alt]:
                continue
            donors = [d for d in sets[alt] if sum(d in s for s in sets.values()) >= 2]
            if donors:
                donor = sorted(donors, key=lambda d: h(salt, m, d))[0]
                sets[alt][sets[alt].index(donor)] = m
                break
        else:  # pragma: no cover - data error
            raise AssertionError(f"{salt}: kunde inte ge {m} något svar")


def scale_spread(dist: list[tuple[int, int]], members: list[str], salt: str, order=None) -> dict[str, int]:
    """Hand out scale values: ``dist`` is [(value, count)] from high to low; members
    are taken in ``order`` (or hash order)."""
    assert sum(c for _, c in dist) == len(members), (salt, sum(c for _, c in dist), len(members))
    seq = list(order) if order is not None else sorted(members, key=lambda m: h(salt, m))
    values = [v for v, c in dist for _ in range(c)]
    return dict(zip(seq, values, strict=True))


# ---------------------------------------------------------------------------
# Municipalities and clusters (Bilaga 1, in the report's order)
# ---------------------------------------------------------------------------

CLUSTERS: list[tuple[str, list[str]]] = [
    (
        "Storstad",
        [
            "Borås",
            "Eskilstuna",
            "Helsingborg",
            "Jönköping",
            "Karlstad",
            "Linköping",
            "Lund",
            "Norrköping",
            "Sundsvall",
            "Uppsala",
            "Västerås",
            "Örebro",
        ],
    ),
    (
        "Dalarna/Gävleborg",
        ["Avesta", "Borlänge", "Hudiksvall", "Mora", "Smedjebacken", "Söderhamn", "Timrå", "Vingåker", "Älvdalen"],
    ),
    (
        "Kalmar",
        [
            "Borgholm",
            "Emmaboda",
            "Hultsfred",
            "Högsby",
            "Kalmar",
            "Mönsterås",
            "Mörbylånga",
            "Nybro",
            "Oskarshamn",
            "Torsås",
            "Vimmerby",
            "Västervik",
        ],
    ),
    ("Mälardalen", ["Haninge", "Huddinge", "Nyköping", "Sala", "Sigtuna", "Strängnäs", "Trosa", "Värmdö", "Österåker"]),
    ("Sydost", ["Alvesta", "Aneby", "Gotland", "Karlskrona", "Olofström", "Tranås"]),
    # Vingåker is listed under two clusters in Bilaga 1 – kept on purpose.
    ("Värmland/Bergslagen", ["Hagfors", "Kil", "Lindesberg", "Sunne", "Säffle", "Vingåker"]),
    # Ulricehamn is printed last (out of alphabetical order) in Bilaga 1.
    (
        "Västra Götaland",
        ["Alingsås", "Falköping", "Härryda", "Lerum", "Lilla Edet", "Vänersborg", "Åmål", "Ulricehamn"],
    ),
    ("Norrland", ["Lycksele", "Piteå", "Storuman", "Åre", "Örnsköldsvik"]),
]

NESTORS = {"Borås", "Ulricehamn", "Vingåker", "Örnsköldsvik"}
PILOT_CLUSTER = "Kalmar"
NON_RESPONDENT = "Älvdalen"

# Approximate populations 2010 (illustrative).
POPULATION = {
    "Borås": 102458,
    "Eskilstuna": 96311,
    "Helsingborg": 129177,
    "Jönköping": 127382,
    "Karlstad": 85753,
    "Linköping": 146416,
    "Lund": 110488,
    "Norrköping": 130050,
    "Sundsvall": 95533,
    "Uppsala": 197787,
    "Västerås": 137207,
    "Örebro": 135460,
    "Avesta": 21582,
    "Borlänge": 48681,
    "Hudiksvall": 36987,
    "Mora": 20127,
    "Smedjebacken": 10819,
    "Söderhamn": 25475,
    "Timrå": 17823,
    "Vingåker": 8937,
    "Älvdalen": 7147,
    "Borgholm": 10641,
    "Emmaboda": 9131,
    "Hultsfred": 13768,
    "Högsby": 5907,
    "Kalmar": 62815,
    "Mönsterås": 13058,
    "Mörbylånga": 14004,
    "Nybro": 19550,
    "Oskarshamn": 26223,
    "Torsås": 6957,
    "Vimmerby": 15397,
    "Västervik": 36470,
    "Haninge": 76237,
    "Huddinge": 97453,
    "Nyköping": 51738,
    "Sala": 21573,
    "Sigtuna": 40887,
    "Strängnäs": 32773,
    "Trosa": 11514,
    "Värmdö": 38624,
    "Österåker": 39979,
    "Alvesta": 18807,
    "Aneby": 6548,
    "Gotland": 57269,
    "Karlskrona": 62991,
    "Olofström": 13153,
    "Tranås": 18136,
    "Hagfors": 12508,
    "Kil": 11712,
    "Lindesberg": 23258,
    "Sunne": 13298,
    "Säffle": 15632,
    "Alingsås": 37767,
    "Falköping": 31776,
    "Härryda": 34894,
    "Lerum": 38336,
    "Lilla Edet": 12800,
    "Vänersborg": 37128,
    "Åmål": 12410,
    "Ulricehamn": 23117,
    "Lycksele": 12266,
    "Piteå": 41136,
    "Storuman": 6021,
    "Åre": 10274,
    "Örnsköldsvik": 54974,
}

KOMMUNER_ROWS = [(k, c) for c, ks in CLUSTERS for k in ks]  # 67 rows, 66 unique
UNIQUE = list(dict.fromkeys(k for k, _ in KOMMUNER_ROWS))
RESPONDENTS = [k for k in UNIQUE if k != NON_RESPONDENT]
CLUSTER_OF: dict[str, list[str]] = {}
for _k, _c in KOMMUNER_ROWS:
    CLUSTER_OF.setdefault(_k, []).append(_c)
MEMBERS_OF = {c: [k for k in ks if k in RESPONDENTS] for c, ks in CLUSTERS}
KALMAR = MEMBERS_OF["Kalmar"]

assert len(KOMMUNER_ROWS) == 67 and len(UNIQUE) == 66 and len(RESPONDENTS) == 65
assert set(POPULATION) == set(UNIQUE)

# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------

SCALE = ["Inte alls", "I liten utsträckning", "Varken eller", "I hög utsträckning", "I mycket hög utsträckning"]
CHANGE = ["Mycket mer negativ", "Något mer negativ", "Oförändrad", "Något mer positiv", "Mycket mer positiv"]
JA_NEJ = ["Ja", "Nej"]
STRATEGY = ["Ja, strategin är fastställd", "Ja, strategin ska fastställas", "Nej"]
PARTS = [
    "Kommunledningen (tjänstemannanivå)",
    "Teknisk förvaltning",
    "Bygg och stadsplanering",
    "Miljötillsyn",
    "Barn och utbildning",
    "Kultur och fritid",
    "Social omsorg",
    "Övriga enheter",
]
AFTER = [
    "Styrdokument som binder politiska beslut",
    "Politisk grupp med ansvar för frågorna",
    "Frågorna integreras i verksamheten på tjänstemannanivå",
    "Ingen plan ännu eller arbetet förs över till energieffektiviseringsstödet",
]
ROLE = [
    "Miljö-, energi- eller klimatstrateg eller energi- och klimatrådgivare",
    "Ansvarig för miljötillsynen",
    "Strategisk funktion under kommunledningen",
    "Annan funktion",
]
RESOURCES = [
    "Konsultstöd för utredningar och strategiarbete",
    "Information och utbildning",
    "Fysiska investeringar",
    "Resor och möten",
    "Annonsering och trycksaker",
]
EXAMPLES = [
    "Piteå – ny rutin för att spara el vid datoranvändning",
    "Åre – modell för klimatsmarta tjänsteresor",
    "Karlstad – MiljöVarDag, 111 familjer lever mer miljövänligt",
    "Jönköping – matavfall blir biogas och biogödsel",
    "Trosa – elmätaren som hjälp att minska energianvändningen",
    "Trosa – elmätaren visar effektbehovet",
    "Kil – klimatdagar för kommunens personal",
    "Annat publicerat gott exempel",
]
EXAMPLE_OWNER = {
    EXAMPLES[0]: "Piteå",
    EXAMPLES[1]: "Åre",
    EXAMPLES[2]: "Karlstad",
    EXAMPLES[3]: "Jönköping",
    EXAMPLES[4]: "Trosa",
    EXAMPLES[5]: "Trosa",
    EXAMPLES[6]: "Kil",
}
THEMES = [
    "Belysning",
    "Biogas",
    "Energi- och klimatstrategier",
    "Energieffektivisering inom kommunala fastigheter",
    "Fysisk planering",
    "Näringslivsutveckling",
    "Skola/beteende",
    "Transporter",
    "Trygg värmeförsörjning",
    "Upphandling",
    "Vindkraft",
    "Annat",
]
TABELL3 = [  # (alternative as in Tabell 3, published %, count of 65)
    ("FÖP eller ÖP med tydligare energifokus", 46, 30),
    ("Informationsträffar för näringslivet med fokus på energieffektivisering", 45, 29),
    ("Kampanj för att påverka kommuninnevånarnas energianvändning och/eller CO2-utsläpp", 42, 27),
    ("Rese- och mötespolicy", 37, 24),
    ("Förbättrat upphandlingsunderlag m a p energi och klimat", 35, 23),
    ("Utbildning i sparsam körning", 35, 23),
    ("Plan för belysningsåtgärder", 32, 21),
    ("Energieffektiviseringsutbildning för driftstekniker", 26, 17),
    ("Tester av ny energisnål teknik", 26, 17),
    ("Mobility Management-projekt", 25, 16),
    ("Energieffektiviseringsnätverk för företagare", 23, 15),
    ("Trafikstrategi", 18, 12),
    ("Utbildning av upphandlare i LCC (livscykelkostnadsanalyser)", 17, 11),
    ("Klimatkompensationssystem", 9, 6),
    ("Vindkraftsplan", 0, 0),
]
T3 = [a for a, _, _ in TABELL3]
TRANSPORT_T3 = [
    "Rese- och mötespolicy",
    "Utbildning i sparsam körning",
    "Mobility Management-projekt",
    "Trafikstrategi",
    "Klimatkompensationssystem",
]
TRANSPORT = [*TRANSPORT_T3, "Ingen av dessa åtgärder"]

NO_STRATEGY_ANSWER = "Ingen strategi"

# What number answers are measured in (column Enhet), printed with medians.
UNITS = {"F03": "år", "F14": "timmar per vecka", "F15": "timmar per vecka", "F16": "kr per år", "F35": "MWh per år"}
# Limits the report's text counts answers against (column Gränser): over/under for numbers, "by then" for years.
THRESHOLDS = {"F02": "2011", "F14": "6", "F16": "20000; 100000"}

# (Id, Fråga, Typ, Alternativ, Diagram, Per kluster)
QUESTIONS: list[tuple[str, str, str, list[str], str, str]] = [
    (
        "F01",
        "Har kommunen tagit fram, eller håller den på att ta fram, en energi- och klimatstrategi inom Uthållig kommun?",
        "val",
        STRATEGY,
        "tabell",
        "nej",
    ),
    (
        "F02",
        "Vilket år fastställdes strategin, eller vilket år planeras den att fastställas? "
        "Svara ”Ingen strategi” om kommunen saknar strategi.",
        "år",
        [NO_STRATEGY_ANSWER],
        "tabell",
        "nej",
    ),
    ("F03", "Hur många år gäller strategin?", "tal", [], "ingen", "nej"),
    ("F04", "Innehåller strategin en handlingsplan med konkreta åtgärder?", "val", JA_NEJ, "cirkel", "nej"),
    (
        "F05",
        "Är åtgärderna i handlingsplanen fördelade på ansvariga förvaltningar och bolag?",
        "val",
        JA_NEJ,
        "ingen",
        "nej",
    ),
    ("F06", "Beskriver strategin hur åtgärderna ska finansieras?", "val", JA_NEJ, "ingen", "nej"),
    (
        "F07",
        "Är energi- och klimatstrategin också kommunens energiplan enligt lagen om kommunal energiplanering?",
        "val",
        JA_NEJ,
        "stapel",
        "ja",
    ),
    (
        "F08",
        "I vilken utsträckning är programmet förankrat i kommunens organisation som helhet?",
        "skala",
        SCALE,
        "ingen",
        "nej",
    ),
    (
        "F09",
        "I vilken utsträckning är programmet förankrat i den politiska kommunledningen?",
        "skala",
        SCALE,
        "ingen",
        "nej",
    ),
    (
        "F10",
        "I vilken utsträckning är programmet förankrat i den administrativa kommunledningen?",
        "skala",
        SCALE,
        "ingen",
        "nej",
    ),
    (
        "F11",
        "I vilka delar av kommunen är programmet väl förankrat? Flera svar kan anges.",
        "flerval",
        PARTS,
        "stapel",
        "nej",
    ),
    ("F12", "Hur säkrar kommunen den politiska förankringen när etapp 2 är slut?", "flerval", AFTER, "ingen", "nej"),
    ("F13", "Vilken roll har kommunens kontaktperson för programmet?", "val", ROLE, "ingen", "nej"),
    ("F14", "Ungefär hur många timmar i veckan arbetar kontaktpersonen med programmet?", "tal", [], "stapel", "nej"),
    (
        "F15",
        "Ungefär hur många timmar i veckan lägger kommunens organisation sammanlagt på programmet?",
        "tal",
        [],
        "ingen",
        "nej",
    ),
    ("F16", "Hur mycket egna medel satsar kommunen på programmet? Svara i kronor per år.", "tal", [], "stapel", "nej"),
    ("F17", "Vilka andra resurser än arbetstid har kommunen lagt på programmet?", "flerval", RESOURCES, "ingen", "nej"),
    (
        "F18",
        "Vilka av de publicerade goda exemplen har kommunen redan hämtat inspiration från?",
        "flerval",
        EXAMPLES,
        "tabell",
        "nej",
    ),
    (
        "F19",
        "Vilka av de publicerade goda exemplen kommer kommunen att hämta inspiration från framöver?",
        "flerval",
        EXAMPLES,
        "tabell",
        "nej",
    ),
    (
        "F20",
        "I vilken utsträckning har Uthållig kommun bidragit till kommunens goda exempel?",
        "skala",
        SCALE,
        "stapel",
        "nej",
    ),
    ("F21", "Vilket är kommunens bästa exempel från hela programperioden?", "text", [], "ingen", "nej"),
    ("F22", "I vilken utsträckning har kommunen sökt stöd hos klustersamordnaren?", "skala", SCALE, "stapel", "nej"),
    (
        "F23",
        "I vilken utsträckning har klustermötena varit viktiga för kommunens arbete i programmet?",
        "skala",
        SCALE,
        "stapel",
        "nej",
    ),
    ("F24", "I vilken utsträckning har kommunen fått stöd av klustersamordnaren?", "skala", SCALE, "stapel", "ja"),
    ("F25", "I vilken utsträckning har kommunen sökt stöd hos Energimyndigheten?", "skala", SCALE, "stapel", "ja"),
    ("F26", "I vilken utsträckning har kommunen fått stöd av Energimyndigheten?", "skala", SCALE, "stapel", "ja"),
    (
        "F27",
        "Hur har kommunens bild av Energimyndigheten förändrats under programmet?",
        "skala",
        CHANGE,
        "stapel",
        "nej",
    ),
    (
        "F28",
        "Vilka temaområden har kommunen arbetat med? Flera svar kan anges.",
        "flerval",
        THEMES,
        "liggande stapel",
        "nej",
    ),
    ("F29", "Om kommunen har arbetat med ett annat temaområde: vilket?", "text", [], "ingen", "nej"),
    (
        "F30",
        "Vilka av följande åtgärder inom transportområdet har kommunen genomfört, eller planerar den under 2011?",
        "flerval",
        TRANSPORT,
        "liggande stapel",
        "nej",
    ),
    (
        "F31",
        "Vilka av följande har kommunen tagit fram eller genomfört tack vare Uthållig kommun? Räkna även "
        "med sådant som planeras under 2011. Flera svar kan anges.",
        "flerval",
        T3,
        "tabell",
        "nej",
    ),
    (
        "F32",
        "Inom vilka områden har kommunen startat nya processer eller projekt tack vare Uthållig kommun? "
        "Flera svar kan anges.",
        "flerval",
        THEMES,
        "liggande stapel",
        "nej",
    ),
    ("F33", "Beskriv de processer och projekt som har startats tack vare deltagandet.", "text", [], "ingen", "nej"),
    (
        "F34",
        "Har kommunen investerat i egen produktion av förnybar energi, t.ex. biogas eller vindkraft?",
        "val",
        JA_NEJ,
        "ingen",
        "nej",
    ),
    ("F35", "Hur mycket energi per år ger dessa investeringar? Svara i MWh.", "tal", [], "ingen", "nej"),
]
QIDS = [q[0] for q in QUESTIONS]
QTYPE = {q[0]: q[2] for q in QUESTIONS}
QALT = {q[0]: q[3] for q in QUESTIONS}

# answers[kommun][qid] = value (str / int / list[str] for flerval)
answers: dict[str, dict[str, object]] = {k: {} for k in RESPONDENTS}


def set_val(qid: str, mapping: dict[str, object]) -> None:
    for k, v in mapping.items():
        assert k in answers, (qid, k)
        answers[k][qid] = v


def set_multi(qid: str, sets: dict[str, list[str]]) -> None:
    alts = QALT[qid]
    assert set(sets) <= set(alts), (qid, set(sets) - set(alts))
    for k in RESPONDENTS:
        chosen = [a for a in alts if k in sets.get(a, [])]
        if chosen:
            answers[k][qid] = chosen


# --- F01/F02: Tabell 1 ------------------------------------------------------
YEAR_OF = {}
for year, names in {
    2006: ["Lycksele", "Uppsala", "Eskilstuna"],
    2008: ["Trosa", "Kil", "Hultsfred", "Västerås"],
    2009: [
        "Hagfors",
        "Nybro",
        "Sunne",
        "Vimmerby",
        "Norrköping",
        "Hudiksvall",
        "Jönköping",
        "Kalmar",
        "Mönsterås",
        "Torsås",
        "Tranås",
        "Lund",
        "Örebro",
        "Piteå",
        "Alvesta",
        "Falköping",
    ],
    2010: [
        "Huddinge",
        "Timrå",
        "Linköping",
        "Helsingborg",
        "Karlstad",
        "Sundsvall",
        "Mörbylånga",
        "Åre",
        "Gotland",
        "Nyköping",
        "Strängnäs",
        "Alingsås",
        "Lerum",
        "Ulricehamn",
    ],
    2011: [
        "Borås",
        "Avesta",
        "Mora",
        "Smedjebacken",
        "Söderhamn",
        "Vingåker",
        "Borgholm",
        "Högsby",
        "Oskarshamn",
        "Västervik",
        "Haninge",
        "Sala",
        "Värmdö",
        "Österåker",
        "Aneby",
        "Karlskrona",
        "Säffle",
        "Härryda",
        "Lilla Edet",
        "Åmål",
        "Örnsköldsvik",
    ],
    2012: ["Storuman", "Vänersborg", "Borlänge", "Emmaboda"],
}.items():
    for k in names:
        assert k not in YEAR_OF, k
        YEAR_OF[k] = year
NO_STRATEGY = ["Lindesberg", "Olofström", "Sigtuna"]
assert set(YEAR_OF) | set(NO_STRATEGY) == set(RESPONDENTS) and not set(YEAR_OF) & set(NO_STRATEGY)
for k in RESPONDENTS:
    if k in NO_STRATEGY:
        answers[k]["F01"] = STRATEGY[2]
        answers[k]["F02"] = NO_STRATEGY_ANSWER
    else:
        answers[k]["F01"] = STRATEGY[0] if YEAR_OF[k] <= 2010 else STRATEGY[1]
        answers[k]["F02"] = YEAR_OF[k]

# --- F04/F05/F06/F03: the strategy's contents -------------------------------
ADOPTED = [k for k in RESPONDENTS if YEAR_OF.get(k, 9999) <= 2010]
F04_RESP = [
    *ADOPTED,
    "Borgholm",
    "Oskarshamn",
    "Västervik",
    "Borås",
    "Avesta",
    "Mora",
    "Söderhamn",
    "Vingåker",
    "Haninge",
    "Sala",
    "Österåker",
    "Karlskrona",
]
F04_NO = ["Borgholm", "Mora", "Sala", "Karlskrona", "Söderhamn", "Falköping"]
set_val("F04", {k: ("Nej" if k in F04_NO else "Ja") for k in F04_RESP})
F04_YES = [k for k in RESPONDENTS if answers[k].get("F04") == "Ja"]
F05_NO = ["Lycksele", "Åre", "Hagfors", "Österåker"]
set_val("F05", {k: ("Nej" if k in F05_NO else "Ja") for k in F04_YES})
F06_YES = pick(22, F04_YES, "F06", prefer=[k for k in F04_YES if POPULATION[k] > 30000])
set_val("F06", {k: ("Ja" if k in F06_YES else "Nej") for k in F04_YES})
F03_RESP = [k for k in RESPONDENTS if k in F04_RESP and k not in ("Vingåker", "Haninge", "Avesta")]
F03_VALUES = [1] * 12 + [2] * 20 + [3] * 9 + [4] * 3 + [5] * 1 + [9] * 1
set_val("F03", dict(zip(sorted(F03_RESP, key=lambda k: h("F03", k)), F03_VALUES, strict=True)))

# --- F07: energiplan, per cluster --------------------------------------------
F07_NO = [
    "Borås",
    "Karlstad",
    "Borlänge",
    "Mora",
    "Smedjebacken",
    "Timrå",
    "Högsby",
    "Huddinge",
    "Sigtuna",
    "Värmdö",
    "Aneby",
    "Hagfors",
    "Säffle",
    "Lerum",
    "Lilla Edet",
    "Storuman",
    "Lycksele",
]
set_val("F07", {k: ("Nej" if k in F07_NO else "Ja") for k in RESPONDENTS})


# --- F08–F10: förankring (scale) ---------------------------------------------
def scale_map(values: dict[str, int], labels=SCALE) -> dict[str, str]:
    return {k: labels[v - 1] for k, v in values.items()}


set_val("F08", scale_map(scale_spread([(5, 3), (4, 18), (3, 28), (2, 14), (1, 2)], RESPONDENTS, "F08")))
set_val("F09", scale_map(scale_spread([(5, 14), (4, 35), (3, 12), (2, 4)], RESPONDENTS, "F09")))
set_val("F10", scale_map(scale_spread([(5, 12), (4, 36), (3, 14), (2, 3)], RESPONDENTS, "F10")))

# --- F11: förankrat i vilka delar (63 svar; 87 % på översta stapeln) ---------
F11_RESP = [k for k in RESPONDENTS if k not in ("Storuman", "Lilla Edet")]
f11 = {}
for alt, n in zip(PARTS, [55, 44, 40, 36, 14, 8, 7, 9], strict=True):
    f11[alt] = pick(n, F11_RESP, "F11" + alt)
ensure_each_has_one(f11, F11_RESP, "F11")
set_multi("F11", f11)

# --- F12: efter etapp 2 (63 svar: 16/17/17/17, 4 har både styrdokument och politisk grupp)
F12_RESP = [k for k in RESPONDENTS if k not in ("Högsby", "Säffle")]
_order = sorted(F12_RESP, key=lambda k: (YEAR_OF.get(k, 2013), h("F12", k)))
_none = _order[-17:]  # latest or no strategy: no plan yet
_rest = sorted(_order[:-17], key=lambda k: h("F12b", k))
_both, _only_doc, _only_pol, _integr = _rest[:4], _rest[4:16], _rest[16:29], _rest[29:]
assert (len(_both), len(_only_doc), len(_only_pol), len(_integr)) == (4, 12, 13, 17)
set_multi("F12", {AFTER[0]: _both + _only_doc, AFTER[1]: _both + _only_pol, AFTER[2]: _integr, AFTER[3]: _none})

# --- F13: kontaktpersonens roll (43/10/5/7) ----------------------------------
_roles = [ROLE[0]] * 43 + [ROLE[1]] * 10 + [ROLE[2]] * 5 + [ROLE[3]] * 7
set_val("F13", dict(zip(sorted(RESPONDENTS, key=lambda k: h("F13", k)), _roles, strict=True)))

# --- F14/F15: timmar per vecka ------------------------------------------------
KALMAR_HOURS = [3, 4, 5, 6, 6, 7, 7, 8, 8, 10, 12, 15]  # median 7, mean 7.58
OTHER_HOURS = (
    [1] * 2
    + [2] * 5
    + [3] * 7
    + [4] * 8
    + [5] * 7
    + [6] * 9
    + [8] * 4
    + [10] * 4
    + [12] * 2
    + [15] * 2
    + [17] * 1
    + [20] * 2
)
_kalmar_order = sorted(KALMAR, key=lambda k: math.log(POPULATION[k]) + 1.5 * h("F14", k), reverse=True)
_other = [k for k in RESPONDENTS if k not in KALMAR]
_other_order = sorted(_other, key=lambda k: math.log(POPULATION[k]) + 1.5 * h("F14", k), reverse=True)
hours = dict(zip(_kalmar_order, sorted(KALMAR_HOURS, reverse=True), strict=True))
hours.update(zip(_other_order, sorted(OTHER_HOURS, reverse=True), strict=True))
set_val("F14", hours)
ORG_HOURS = [
    2,
    3,
    4,
    5,
    6,
    6,
    8,
    8,
    8,
    10,
    10,
    10,
    10,
    12,
    12,
    12,
    12,
    14,
    14,
    15,
    15,
    15,
    16,
    16,
    16,
    18,
    18,
    18,
    18,
    19,
    20,
    20,
    20,
    20,
    20,
    22,
    24,
    25,
    25,
    25,
    28,
    30,
    30,
    30,
    30,
    32,
    35,
    35,
    40,
    40,
    40,
    45,
    50,
    50,
    55,
    60,
    60,
    70,
    75,
    80,
    90,
    100,
    24,
    26,
    36,
]
ORG_HOURS.sort()
_by_contact = sorted(RESPONDENTS, key=lambda k: (hours[k], h("F15", k)))
org = dict(zip(_by_contact, ORG_HOURS, strict=True))
assert all(org[k] >= hours[k] for k in RESPONDENTS)
set_val("F15", org)

# --- F16: egna medel (60 svar; 20 > 100 000, 15 < 20 000) ----------------------
F16_RESP = [k for k in RESPONDENTS if k not in ("Helsingborg", "Värmdö", "Storuman", "Smedjebacken", "Lilla Edet")]
MONEY = [  # 15 under 20 000 kr, 25 from 20 000 to 100 000 kr, 20 over 100 000 kr
    *[0, 0, 5000, 5000, 8000, 10000, 10000, 10000, 12000, 15000, 15000, 15000, 18000, 18000, 19000],
    *[
        20000,
        25000,
        25000,
        30000,
        30000,
        30000,
        40000,
        40000,
        50000,
        50000,
        50000,
        50000,
        60000,
        60000,
        70000,
        75000,
        75000,
        80000,
        80000,
        90000,
        100000,
        100000,
        100000,
        100000,
        100000,
    ],
    *[
        120000,
        150000,
        150000,
        150000,
        200000,
        200000,
        200000,
        250000,
        250000,
        300000,
        300000,
        350000,
        400000,
        500000,
        500000,
        600000,
        750000,
        1000000,
        1200000,
        2000000,
    ],
]
_money_order = sorted(F16_RESP, key=lambda k: math.log(POPULATION[k]) + 2.5 * h("F16", k), reverse=True)
set_val("F16", dict(zip(_money_order, sorted(MONEY, reverse=True), strict=True)))

# --- F17: andra resurser (38 svar; 11/15/11/25/5) ------------------------------
F17_RESP = pick(38, RESPONDENTS, "F17resp")
f17 = {alt: pick(n, F17_RESP, "F17" + alt) for alt, n in zip(RESOURCES, [11, 15, 11, 25, 5], strict=True)}
ensure_each_has_one(f17, F17_RESP, "F17")
set_multi("F17", f17)


# --- F18/F19: inspiration från goda exempel (33 resp. 41 svar) ---------------
def example_sets(qid: str, resp: list[str], counts: list[int]) -> dict[str, list[str]]:
    sets = {}
    for alt, n in zip(EXAMPLES, counts, strict=True):
        owner = EXAMPLE_OWNER.get(alt)
        sets[alt] = pick(n, resp, qid + alt, exclude=[owner] if owner else [])
    ensure_each_has_one(sets, resp, qid)
    for alt, owner in EXAMPLE_OWNER.items():
        assert owner not in sets[alt], (qid, alt)
    return sets


F18_RESP = pick(33, RESPONDENTS, "F18resp")
set_multi("F18", example_sets("F18", F18_RESP, [10, 8, 8, 7, 5, 3, 4, 9]))
F19_RESP = pick(41, RESPONDENTS, "F19resp")
set_multi("F19", example_sets("F19", F19_RESP, [19, 15, 7, 6, 9, 12, 17, 8]))

# --- F20/F21: goda exempel (Bilaga 4, 53 kommuner) -----------------------------
BEST_EXAMPLE = {
    "Avesta": "Energibesparande åtgärder i kommunens byggnader.",
    "Hudiksvall": "Fysisk planering där förvaltningarna arbetat tillsammans; svårt att mäta men har satt spår.",
    "Mora": "Ett eget vindkraftverk och en energisnål förskola.",
    "Söderhamn": "Gemensamma mål med grannkommunerna i Hälsingland för miljöanpassad och mer lokal "
    "livsmedelsupphandling.",
    "Timrå": "Miljö- och bygginspektörer har utbildats i energikartläggning; energi- och klimatprogram för 2010–2014.",
    "Borgholm": "Utredning av hur mycket biogas kommunen kan producera.",
    "Emmaboda": "En mässa om byggande och energi.",
    "Hultsfred": "Förnybar energi står nu för över 93 % av uppvärmningen, mot 68 % år 2006.",
    "Högsby": "Bilpool som bokas på webben.",
    "Kalmar": "Energieffektivisering i kommunens fastigheter.",
    "Mönsterås": "Solenergi på kommunhuset, omkring 25 000 kWh per år och ett bra visningsobjekt.",
    "Mörbylånga": "Stort energisparprojekt i fastigheterna och köp av ett vindkraftverk.",
    "Nybro": "Alla kommunens fastigheter värms utan fossila bränslen.",
    "Oskarshamn": "EPC-projekt i 28 fastigheter: 28 mnkr investerade och 3 mnkr lägre kostnader per år.",
    "Torsås": "Information om energi vid många olika tillfällen.",
    "Vimmerby": "Nya servrar på IT-avdelningen sparar omkring 100 000 kWh per år.",
    "Västervik": "Publik biogasmack, kraftvärme från avfall och en effektivare bilpool med cyklar.",
    "Haninge": "Vandrande skolbussar.",
    "Huddinge": "Passivhuskrav vid byggande på kommunens mark.",
    "Sala": "Samordning av samhällsbetalda resor.",
    "Sigtuna": "Stora informationsinsatser, brukarprojekt och köp av vindkraftverk.",
    "Strängnäs": "Metoder för fysisk planering som bidrar till ett energieffektivt samhälle.",
    "Trosa": "Information till hushållen om hur elmätaren hjälper dem att spara energi.",
    "Värmdö": "Den nya utvecklingsstrategin.",
    "Österåker": "Energifrågorna har fått en fast plats i kommunens verksamhet.",
    "Eskilstuna": "Miljöeffektiva företag med Eskilstuna Fabriksförening: tillverkande företag sparar energi.",
    "Helsingborg": "Underlag till stadsutvecklingsprojekten och närmare samarbete med näringslivskontoret.",
    "Jönköping": "Tre goda exempel: biogas av matavfall, solenergi och ett belysningsprojekt.",
    "Linköping": "Ny belysning i en fotbollshall.",
    "Lund": "Energieffektivisering i bostads- och fastighetsbolagen och mer spillvärme i fjärrvärmen.",
    "Norrköping": "Plan för ny gatubelysning 2011–2015 som minskar elanvändningen med 5 300 MWh.",
    "Sundsvall": "Energikrav i tillsynen och utbildning av företag i energikartläggning.",
    "Västerås": "Fastighetsägarknappen, som sparar 40 000 kWh per år.",
    "Örebro": "Klimatplanen med målet 40 % lägre utsläpp till 2020 jämfört med 2000.",
    "Alvesta": "Bostadsområdet Spåningslanda med låg energianvändning, förnybar energi och färre transporter.",
    "Aneby": "Arbetet med en energi- och klimatstrategi.",
    "Gotland": "Publik biogasmack och stadsbussar i Visby som går på biogas från reningsverket.",
    "Karlskrona": "Hållbar skola på Östersjöskolan med fokus på hur personal och elever beter sig.",
    "Olofström": "En skolklass i Kyrkhult som arbetade med vindkraft som tema.",
    "Tranås": "LED-lampor i kommunens adventsljusstakar, omkring 20 000 kWh per år.",
    "Kil": "Seminariedag om energieffektiva nybyggen och utbildning av personal och miljöambassadörer.",
    "Hagfors": "Samarbete med VärmlandsMetanol och ett nytt bildningscentrum i stället för fem skolor.",
    "Vingåker": "EPC-projektet i fastigheterna sparar drygt 2 mnkr per år; ny översiktsplan med vindkraft.",
    "Alingsås": "Energiåtgärder i skolorna hos det kommunala fastighetsbolaget, bl.a. 9 % besparing i gymnasieskolan.",
    "Falköping": "Investering i lokalt producerad vindkraft.",
    "Härryda": "Samarbete om energieffektivisering med två grannkommuner.",
    "Lilla Edet": "Avancerad styrning av värme och ventilation i skolorna.",
    "Åmål": "Biogasledning mellan Östby återvinningscentral och staden.",
    "Ulricehamn": "Energieffektivisering i företag som sparar 2 285 MWh per år.",
    "Lycksele": "Energiåtgärder upphandlade enligt EPC; 5 % av budgeten 2010 gick till fastigheterna.",
    "Piteå": "Central avstängning av datorer och elspartävlingar i förskolor och skolor.",
    "Åre": "Modellen för klimatsmarta tjänsteresor och nedstängning av datorer.",
    "Örnsköldsvik": "Energianalyser i företag och insatser som följer av dem.",
}
assert len(BEST_EXAMPLE) == 53 and NON_RESPONDENT not in BEST_EXAMPLE
set_val("F21", BEST_EXAMPLE)
F20_RESP = [k for k in RESPONDENTS if k in BEST_EXAMPLE]
set_val("F20", scale_map(scale_spread([(5, 8), (4, 14), (3, 12), (2, 11), (1, 8)], F20_RESP, "F20")))

# --- F24–F26: support, per cluster (Vingåker counts in both of its clusters) --
PER_CLUSTER = {  # values in the order of MEMBERS_OF[cluster] without Vingåker
    "F24": {
        "Storstad": [5, 4, 4, 5, 4, 4, 3, 4, 4, 3, 4, 5],
        "Dalarna/Gävleborg": [2, 3, 2, 1, 3, 2, 3],
        "Kalmar": [4, 3, 4, 3, 3, 4, 3, 2, 4, 3, 4, 3],
        "Mälardalen": [2, 3, 2, 2, 3, 1, 3, 2, 3],
        "Sydost": [4, 3, 3, 4, 3, 3],
        "Värmland/Bergslagen": [5, 4, 4, 5, 4],
        "Västra Götaland": [4, 3, 4, 3, 4, 3, 4, 3],
        "Norrland": [3, 4, 3, 3, 4],
        "Vingåker": 3,
    },
    "F25": {
        "Storstad": [4, 4, 3, 4, 4, 4, 4, 5, 3, 4, 4, 4],
        "Dalarna/Gävleborg": [2, 2, 1, 2, 3, 2, 2],
        "Kalmar": [1, 3, 1, 4, 3, 1, 3, 4, 1, 3, 2, 3],
        "Mälardalen": [4, 4, 5, 4, 3, 4, 4, 3, 4],
        "Sydost": [3, 3, 4, 2, 3, 3],
        "Värmland/Bergslagen": [2, 3, 2, 1, 2],
        "Västra Götaland": [3, 4, 3, 3, 4, 3, 2, 3],
        "Norrland": [3, 2, 3, 4, 3],
        "Vingåker": 2,
    },
    "F26": {
        "Storstad": [4, 4, 4, 5, 3, 4, 4, 4, 3, 4, 4, 5],
        "Dalarna/Gävleborg": [2, 2, 3, 2, 2, 3, 2],
        "Kalmar": [3, 3, 2, 3, 4, 3, 3, 2, 3, 3, 4, 3],
        "Mälardalen": [3, 4, 3, 3, 4, 3, 3, 3, 4],
        "Sydost": [3, 3, 3, 4, 3, 3],
        "Värmland/Bergslagen": [3, 2, 2, 2, 3],
        "Västra Götaland": [4, 4, 5, 4, 4, 3, 4, 4],
        "Norrland": [2, 3, 2, 2, 3],
        "Vingåker": 2,
    },
}
for qid, spec in PER_CLUSTER.items():
    values = {"Vingåker": spec["Vingåker"]}
    for cluster, members in MEMBERS_OF.items():
        members = [k for k in members if k != "Vingåker"]
        assert len(members) == len(spec[cluster]), (qid, cluster)
        values.update(zip(members, spec[cluster], strict=True))
    set_val(qid, scale_map(values))

# --- F22/F23/F27 ---------------------------------------------------------------
_by_support = sorted(RESPONDENTS, key=lambda k: (-SCALE.index(answers[k]["F24"]), h("F22", k)))
set_val(
    "F22", scale_map(scale_spread([(5, 10), (4, 26), (3, 15), (2, 10), (1, 4)], RESPONDENTS, "F22", order=_by_support))
)
set_val("F23", scale_map(scale_spread([(5, 15), (4, 28), (3, 13), (2, 7), (1, 2)], RESPONDENTS, "F23")))
set_val("F27", scale_map(scale_spread([(5, 10), (4, 28), (3, 22), (2, 4), (1, 1)], RESPONDENTS, "F27"), CHANGE))

# --- F28/F29: temaområden ------------------------------------------------------
FYSPLAN_GROUPS = [
    "Åre",
    "Timrå",
    "Hudiksvall",
    "Söderhamn",
    "Piteå",
    "Haninge",
    "Huddinge",
    "Österåker",
    "Nyköping",
    "Trosa",
    "Vingåker",
    "Sala",
    "Strängnäs",
    "Gotland",
    "Alvesta",
    "Oskarshamn",
    "Västervik",
    "Borgholm",
    "Mörbylånga",
    "Olofström",
    "Hultsfred",
    "Tranås",
    "Karlskrona",
    "Alingsås",
    "Härryda",
    "Lerum",
    "Sunne",
    "Åmål",
    "Kil",
    "Uppsala",
    "Västerås",
    "Örebro",
    "Eskilstuna",
    "Borås",
    "Helsingborg",
    "Linköping",
    "Lund",
]
TRAFFIC_STRATEGY = ["Lindesberg", "Strängnäs", "Ulricehamn", "Västervik", "Mönsterås", "Alvesta", "Sunne"]
CERO = ["Österåker", "Kalmar", "Haninge", "Huddinge", "Sala", "Örebro"]
STORSTAD = MEMBERS_OF["Storstad"]
f28 = {
    "Fysisk planering": list(FYSPLAN_GROUPS),
    "Transporter": pick(
        40,
        RESPONDENTS,
        "F28tr",
        forced=MEMBERS_OF["Norrland"]
        + TRAFFIC_STRATEGY
        + ["Norrköping", "Lund"]
        + CERO
        + ["Borlänge", "Avesta", "Sundsvall"],
        prefer=STORSTAD,
    ),
    "Belysning": pick(26, RESPONDENTS, "F28be", forced=["Jönköping", "Eskilstuna", "Linköping", "Norrköping"]),
    "Näringslivsutveckling": pick(
        23, RESPONDENTS, "F28nä", forced=["Eskilstuna", "Ulricehamn", "Örnsköldsvik", "Sundsvall", "Helsingborg"]
    ),
    "Energieffektivisering inom kommunala fastigheter": pick(
        49,
        RESPONDENTS,
        "F28fa",
        forced=[
            "Kalmar",
            "Oskarshamn",
            "Lund",
            "Vingåker",
            "Lycksele",
            "Avesta",
            "Mörbylånga",
            "Alingsås",
            "Trosa",
            "Lilla Edet",
        ],
    ),
    "Energi- och klimatstrategier": pick(
        20, RESPONDENTS, "F28st", forced=[k for k in STORSTAD if k not in ("Borås", "Sundsvall")]
    ),
    "Vindkraft": pick(
        16, RESPONDENTS, "F28vi", forced=["Mora", "Mörbylånga", "Sigtuna", "Falköping", "Olofström", "Vingåker"]
    ),
    "Upphandling": pick(15, RESPONDENTS, "F28up", forced=MEMBERS_OF["Västra Götaland"] + ["Söderhamn"]),
    "Biogas": pick(14, RESPONDENTS, "F28bi", forced=["Jönköping", "Gotland", "Västervik", "Borgholm", "Åmål"]),
    "Skola/beteende": pick(10, RESPONDENTS, "F28sk", forced=["Oskarshamn", "Karlskrona", "Olofström"]),
    "Trygg värmeförsörjning": pick(3, RESPONDENTS, "F28tv", forced=["Norrköping"]),
    "Annat": pick(8, RESPONDENTS, "F28an", forced=["Kalmar", "Mönsterås"]),
}
ensure_each_has_one(f28, RESPONDENTS, "F28", frozen=("Fysisk planering", "Annat"))
set_multi("F28", f28)
OTHER_THEME_TEXT = [
    "Klimatlöfteskampanjen i länet.",
    "Solenergi.",
    "Regional grupp för uthållig handel.",
    "Offentlig upphandling i regional samverkan.",
    "Klimatfrågor i krisberedskap och planering.",
    "Samarbete mellan energibolagen i regionen.",
    "Biogas i ett regionalt nätverk.",
    "Transporter tillsammans med grannkommunerna.",
]
set_val("F29", dict(zip(f28["Annat"], OTHER_THEME_TEXT, strict=True)))

# --- F31: Tabell 3 (65 svar) ---------------------------------------------------
t3 = {}
_prefs = {
    "FÖP eller ÖP med tydligare energifokus": dict(prefer=f28["Fysisk planering"]),
    "Informationsträffar för näringslivet med fokus på energieffektivisering": dict(
        prefer=f28["Näringslivsutveckling"]
    ),
    "Kampanj för att påverka kommuninnevånarnas energianvändning och/eller CO2-utsläpp": dict(forced=KALMAR),
    "Rese- och mötespolicy": dict(forced=[*CERO, "Åre"], prefer=f28["Transporter"]),
    "Förbättrat upphandlingsunderlag m a p energi och klimat": dict(prefer=f28["Upphandling"]),
    "Utbildning i sparsam körning": dict(prefer=f28["Transporter"]),
    "Plan för belysningsåtgärder": dict(prefer=f28["Belysning"]),
    "Energieffektiviseringsutbildning för driftstekniker": dict(
        prefer=f28["Energieffektivisering inom kommunala fastigheter"]
    ),
    "Tester av ny energisnål teknik": dict(prefer=f28["Belysning"]),
    "Mobility Management-projekt": dict(prefer=f28["Transporter"]),
    "Energieffektiviseringsnätverk för företagare": dict(prefer=f28["Näringslivsutveckling"]),
    "Trafikstrategi": dict(forced=TRAFFIC_STRATEGY, prefer=f28["Transporter"]),
    "Utbildning av upphandlare i LCC (livscykelkostnadsanalyser)": dict(prefer=f28["Upphandling"]),
    "Klimatkompensationssystem": dict(),
    "Vindkraftsplan": dict(),
}
for alt, _p, n in TABELL3:
    t3[alt] = pick(n, RESPONDENTS, "F31" + alt, **_prefs[alt])
ensure_each_has_one(t3, RESPONDENTS, "F31")
set_multi("F31", t3)

# --- F30: Figur 14 = the transport rows of Tabell 3 -----------------------------
for k in RESPONDENTS:
    chosen = [a for a in TRANSPORT_T3 if a in answers[k].get("F31", [])]
    answers[k]["F30"] = chosen or ["Ingen av dessa åtgärder"]

# --- F32: Figur 15 (65 svar) ---------------------------------------------------
f32 = {"Belysning": list(f28["Belysning"]), "Vindkraft": list(f28["Vindkraft"])}
f32["Biogas"] = pick(21, RESPONDENTS, "F32bi", prefer=f28["Biogas"], exclude=f32["Vindkraft"])
for alt, n in [
    ("Energieffektivisering inom kommunala fastigheter", 45),
    ("Transporter", 36),
    ("Fysisk planering", 33),
    ("Näringslivsutveckling", 20),
    ("Energi- och klimatstrategier", 18),
    ("Upphandling", 9),
    ("Skola/beteende", 6),
    ("Trygg värmeförsörjning", 2),
    ("Annat", 5),
]:
    f32[alt] = pick(n, RESPONDENTS, "F32" + alt, prefer=f28[alt])
ensure_each_has_one(f32, RESPONDENTS, "F32", frozen=("Belysning", "Vindkraft", "Biogas"))
set_multi("F32", f32)

# --- F33: Bilaga 3 – processer och projekt (45 svar, egna ord) -----------------
PROCESS_TEXTS = [
    (
        "Energieffektivisering i fastigheterna utifrån data för varje byggnad, en mötes- och transportpolicy och "
        "projektering av biogas från matavfall.",
        None,
    ),
    (
        "Energiledningssystem, ny resepolicy, energi i planeringen över förvaltningsgränserna och ny belysning i "
        "ishallen.",
        None,
    ),
    ("Nya analysverktyg för att leda processer om hållbar samhällsplanering.", None),
    ("EPC-projekt på gång, förstudie om biogas, utredningar om trafik och resecentrum samt en vindbruksplan.", None),
    ("Andelar i en vindpark och ett eget vindkraftverk i bostadsbolaget; fler verk planeras.", "Mora"),
    ("Projekt för mindre fossila bränslen, resurssnålt boende, färre transporter och lokal förnybar produktion.", None),
    ("Mer resurser till rådgivningen gav fler projekt och en nulägesanalys.", None),
    ("Solfångare, upprustad järnväg, insamling av matavfall, ny gatubelysning och utbildning.", None),
    ("Utbildning för fastighetspersonalen, kurser i sparsam körning och energi i den nya översiktsplanen.", None),
    (
        "Samlat grepp om drift, underhåll och investeringar i fastigheterna; hållbar upphandling av mat och "
        "mattransporter.",
        None,
    ),
    ("Strategi för energieffektivisering och en vindkraftsplan.", None),
    (
        "Klusterprojekt om fastigheter, kombiterminal, fördjupade översiktsplaner och enklare utbyggnad av vindkraft.",
        "Linköping",
    ),
    (
        "Klimatlöfteskampanj, utbildning av klimatambassadörer och energispartävling i det nya kommunhuset.",
        "Mörbylånga",
    ),
    ("Skolprojekt, samordning av samhällsbetalda resor och energifrågor i den fördjupade översiktsplanen.", "Sala"),
    ("CERO-analys av tjänsteresorna, grön IT och information om energi i fastigheterna.", "Huddinge"),
    ("En transportstrategi där alla trafikslag ska samverka.", None),
    ("Kartläggning av kommunens egna transporter med CERO.", "Österåker"),
    (
        "Mer fokus på fastigheterna, en grupp för mobility management, möten om fysisk planering och flera "
        "belysningsprojekt.",
        None,
    ),
    ("Klimatstrategin har skyndats på och krävt nya kartläggningar och indikatorer.", None),
    ("Belysningsplanering i pilotanläggningar – åtta anläggningar som utvärderas under 2011.", "Jönköping"),
    (
        "Nätverket för trafikstrateger gav underlag till en parkeringspolicy; extern arkitekt anlitad för "
        "översiktsplaner.",
        "Lund",
    ),
    (
        "Närmare samarbete mellan stadsbyggnad och teknik om hållbar stadsutveckling och en arbetsgrupp med "
        "energiföretagen.",
        "Helsingborg",
    ),
    (
        "Budget för att byta alla energislösande armaturer på fem år; 13 företag har kartlagt sin energi; "
        "GIS-verktyg för trygg värme.",
        "Norrköping",
    ),
    ("Energifrågan har kommit in i ett befintligt miljöprojekt för små och medelstora företag.", None),
    ("Trafikplanering i en fördjupad översiktsplan.", None),
    (
        "100 mnkr till energieffektivisering, ny trafikplan och en stadsdel som exempel på energi i "
        "samhällsplaneringen.",
        "Västerås",
    ),
    ("Energikrav vid byggande på kommunal mark, LCC-projekt och bättre uppföljning av transporterna.", None),
    (
        "Förstudie om biogas från gödsel tillsammans med lantbrukarna och ett nytt bostadsområde med högre krav.",
        "Torsås",
    ),
    ("En energioptimeringsgrupp som sköter ansökan om energieffektiviseringsstödet.", None),
    ("Skolan och det hållbara kontoret.", None),
    ("Försök att bilda allianser för biogas från gödsel; kunskapen i kommunen har ökat.", None),
    (
        "Energieffektiva nybyggen, samordnade livsmedelstransporter, hållbar fysisk planering, miljödiplomering "
        "av företag och målstyrning.",
        "Säffle",
    ),
    ("Gå och cykla till skolan samt ett projekt för klimatsmart skolmat.", None),
    ("Energikartläggningar i fastighetsbolaget och utredning om biogas.", None),
    (
        "Planeringsmetoden prövad i en fördjupad översiktsplan; solcellsbelysning provad i ett bostadsområde.",
        "Alingsås",
    ),
    (
        "Termografering, mer brukarmedverkan, ny tankstation för fordonsgas, översyn av översiktsplanen och "
        "försök med gatubelysning.",
        None,
    ),
    (
        "Nya styrsystem i de stora skolorna, resvaneundersökning bland de anställda och bilpool med gasbilar.",
        "Lilla Edet",
    ),
    ("Programmet har gett kunskap, arbetssätt och goda exempel som satt igång processer.", None),
    ("Det största värdet är ny kunskap och ett större nätverk.", None),
    ("En transportstrategi som har kunnat lyftas till politikerna och energi i den fysiska planeringen.", None),
    ("Aktiviteterna hade startats ändå, men programmet gav kontakter som gav dem ny fart.", None),
    ("Processerna var redan igång men fick legitimitet genom programmet.", None),
    ("Ny mötes- och resepolicy.", None),
    (
        "Gemensamma mål för fastigheterna, trafikstrategi för destinationen, biogas från sorterat avfall och en "
        "fördjupad översiktsplan.",
        "Åre",
    ),
    ("Programmet har varit mycket värdefullt för förbättringsarbetet.", None),
]
assert len(PROCESS_TEXTS) == 45
_fixed = {owner for _, owner in PROCESS_TEXTS if owner}
_free = [k for k in sorted(RESPONDENTS, key=lambda k: h("F33", k)) if k not in _fixed]
_it = iter(_free)
set_val("F33", {(owner or next(_it)): text for text, owner in PROCESS_TEXTS})

# --- F34/F35: förnybar produktion (23 ja, ca 25 000 MWh per år) ----------------
F34_YES = pick(
    23,
    RESPONDENTS,
    "F34",
    forced=["Mora", "Mörbylånga", "Sigtuna", "Falköping", "Mönsterås", "Gotland", "Västervik", "Jönköping"],
    prefer=f32["Vindkraft"] + f32["Biogas"],
)
set_val("F34", {k: ("Ja" if k in F34_YES else "Nej") for k in RESPONDENTS})
RENEWABLE_MWH = [
    5200,
    3800,
    3000,
    2400,
    2000,
    1600,
    1200,
    1000,
    900,
    800,
    700,
    600,
    500,
    400,
    300,
    200,
    120,
    100,
    80,
    50,
    15,
    10,
]
_f35 = {"Mönsterås": 25}  # the town hall's solar plant, about 25 000 kWh a year
_f35_order = sorted(
    [k for k in F34_YES if k != "Mönsterås"], key=lambda k: math.log(POPULATION[k]) + 2 * h("F35", k), reverse=True
)
_f35.update(zip(_f35_order, RENEWABLE_MWH, strict=True))
set_val("F35", _f35)

# ---------------------------------------------------------------------------
# Energi (Tabell 4): 28 municipalities, MWh with two decimals
# ---------------------------------------------------------------------------

ENERGY_KOMMUNER = [
    "Borås",
    "Eskilstuna",
    "Helsingborg",
    "Jönköping",
    "Linköping",
    "Lund",
    "Norrköping",
    "Uppsala",
    "Västerås",
    "Örebro",
    "Avesta",
    "Hudiksvall",
    "Söderhamn",
    "Borgholm",
    "Kalmar",
    "Nybro",
    "Oskarshamn",
    "Västervik",
    "Huddinge",
    "Nyköping",
    "Trosa",
    "Gotland",
    "Karlskrona",
    "Kil",
    "Alingsås",
    "Lerum",
    "Piteå",
    "Örnsköldsvik",
]
# (category, Ökat in hundredths of MWh, Minskat in hundredths, increasers, decreasers).  The printed
# table has one decimal; Fjärrvärme and Biobränsle carry a second decimal so that both the columns and the
# printed Skillnad (-11 758,3 and 6 191,2) come out when rounded.
TABELL4 = [
    ("Bensin", 84710, 1676670, 4, 16),
    ("Diesel", 2080580, 662130, 13, 7),
    ("Etanol", 191830, 46910, 8, 4),
    ("RME", 26000, 3650, 3, 1),
    ("Eldningsolja", 1695320, 2324860, 5, 13),
    ("Naturgas", 440, 203120, 1, 2),
    ("Biogas", 42456230, 25820, 9, 1),
    ("Fjärrvärme", 2790774, 3966606, 9, 13),
    ("Biobränsle", 775554, 156436, 8, 4),
    ("El", 761280, 4470020, 6, 19),
    ("Annat", 65900, 0, 2, 0),
]
TABELL4_PRINTED = {  # category: (Ökat, Minskat, Skillnad) as printed
    "Bensin": ("847.1", "16766.7", "-15919.6"),
    "Diesel": ("20805.8", "6621.3", "14184.5"),
    "Etanol": ("1918.3", "469.1", "1449.2"),
    "RME": ("260.0", "36.5", "223.5"),
    "Eldningsolja": ("16953.2", "23248.6", "-6295.4"),
    "Naturgas": ("4.4", "2031.2", "-2026.8"),
    "Biogas": ("424562.3", "258.2", "424304.1"),
    "Fjärrvärme": ("27907.7", "39666.1", "-11758.3"),
    "Biobränsle": ("7755.5", "1564.4", "6191.2"),
    "El": ("7612.8", "44700.2", "-37087.4"),
    "Annat": ("659.0", "0.0", "659.0"),
}


def split(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Split ``total`` (integer) in proportion to ``weights``, largest remainder, every share ≥ 1."""
    names = list(weights)
    wsum = sum(weights.values())
    raw = {k: total * weights[k] / wsum for k in names}
    base = {k: max(1, int(raw[k])) for k in names}
    diff = total - sum(base.values())
    order = sorted(names, key=lambda k: (-(raw[k] - int(raw[k])), k))
    i = 0
    while diff != 0:
        k = order[i % len(order)]
        if diff > 0:
            base[k] += 1
            diff -= 1
        elif base[k] > 1:
            base[k] -= 1
            diff += 1
        i += 1
    return base


energy: dict[tuple[str, str], tuple[int, int]] = {}
for cat, up, down, n_up, n_down in TABELL4:
    reporters = sorted(ENERGY_KOMMUNER, key=lambda k: h("E", cat, k))[: n_up + n_down]
    if cat == "Biogas":  # the big biogas producers report increases
        reporters = ["Linköping", *[k for k in reporters if k != "Linköping"][: n_up + n_down - 1]]
    ups = reporters[:n_up]
    downs = reporters[n_up:]
    w_up = {k: POPULATION[k] ** 0.7 * (0.3 + h("Eu", cat, k)) for k in ups}
    if cat == "Biogas":
        w_up["Linköping"] *= 60
    w_down = {k: POPULATION[k] ** 0.7 * (0.3 + h("Ed", cat, k)) for k in downs}
    for k, v in (split(up, w_up) if up else {}).items():
        energy[(k, cat)] = (v, 0)
    for k, v in (split(down, w_down) if down else {}).items():
        energy[(k, cat)] = (0, v)

ENERGY_ROWS = [(k, cat, energy[(k, cat)]) for k in ENERGY_KOMMUNER for cat, *_ in TABELL4 if (k, cat) in energy]

# ---------------------------------------------------------------------------
# Forskning and Aktiviteter
# ---------------------------------------------------------------------------

FORSKNING = [(2009, 3000000), (2010, 5000000), (2011, 4000000), (2012, 4000000)]

PROJ, TEMA, INFO, RESA, SEM, FOREL = (
    "Länsgemensamt projekt",
    "Temadag",
    "Informationstillfälle",
    "Studieresa",
    "Seminarium",
    "Föreläsning",
)
AKTIVITETER = [
    (
        2009,
        PROJ,
        "Biogas, utbildning m.m.",
        "Länet satsar på biogas i stället för fossila drivmedel; politiker utbildades i två omgångar i januari 2010.",
    ),
    (
        2010,
        PROJ,
        "Samverkan om hushållens matavfall för produktion av biogas",
        "Kommunerna utreder att tillsammans röta matavfall och slam till fordonsgas; pågick fortfarande i maj 2011.",
    ),
    (
        2009,
        PROJ,
        "Energieffektivisering",
        "Gemensamma mål och mätmetoder för energianvändningen i olika slags fastigheter.",
    ),
    (
        2010,
        PROJ,
        "Energieffektivisering i kommunalägda fastigheter",
        "Fortsättning där kommuner och parter effektiviserar sina egna fastigheter; redovisas 30 juni 2011.",
    ),
    (
        2009,
        PROJ,
        "Transporter",
        "Förstudie om ett planeringsverktyg för att samordna statens, kommunernas och landstingets resor.",
    ),
    (
        2009,
        PROJ,
        "Klimatlöfteskampanj",
        "Pågår 2009–2011 och bygger på Kalmars 15 klimatpilotfamiljer; 1 700 löften motsvarar 2 444 ton CO2 per år.",
    ),
    (
        2011,
        PROJ,
        "Energieffektivisering i företag",
        "Med Länsstyrelsen, Energikontor Sydost och Sustainable Sweden Southeast; två företagsgrupper.",
    ),
    (
        2011,
        PROJ,
        "Utbildning för politiker i klimat- och energifrågor",
        "En halvdag på distans via Linnéuniversitetet; 20 politiker i tre kommuner vid första tillfället.",
    ),
    (2009, TEMA, "Temadag om solenergi", "Vid Miljöforum Öland och Skördefesten; ur den växte en solenergigrupp fram."),
    (2009, TEMA, "Seminarium om energieffektivisering i fastigheter", "Ordnat tillsammans med Energimyndigheten."),
    (2010, TEMA, "Seminarium om energieffektivisering i fastigheter", "Uppföljning för kommuner och parter."),
    (
        2010,
        TEMA,
        "Temadag: Persontransporternas klimatpåverkan i dag och i morgon",
        "Om hur utsläppen från persontransporterna kan minska.",
    ),
    (2011, TEMA, "Temadag om kommunernas egna transporter", "Om kommunernas egna resor och fordon."),
    (2009, TEMA, "Temadag om klimat- och energikrav vid upphandling", "Tillsammans med Miljöstyrningsrådet."),
    (
        2011,
        TEMA,
        "Temadag om klimat- och energikrav vid upphandling",
        "Andra temadagen tillsammans med Miljöstyrningsrådet.",
    ),
    (2009, TEMA, "Workshop om biogas", "Arbetsmöte om länets biogassatsning."),
    (2009, SEM, "Elbilsseminarium", "Energimyndighetens seminarium där Regionförbundet medverkade."),
    (2010, SEM, "Elbilsseminarium", "Ordnat tillsammans med Liljas Bil AB i Kalmar."),
    (
        2009,
        FOREL,
        "Föreläsningar om hälsa och persontransporter",
        "Publika föreläsningar på tre orter under Europeiska trafikantveckan.",
    ),
    (
        2010,
        RESA,
        "Energieffektivisering i bostadsfastigheter på västkusten",
        "Studieresa tillsammans med Energikontor Sydost.",
    ),
    (2009, RESA, "Biogasanläggningar i Tyskland, Danmark och Sverige", "Studieresa till biogasanläggningar."),
    (2009, RESA, "Solenergianläggningar i Växjö och Vislanda", "Studieresa till solenergianläggningar."),
    (2009, INFO, "Kommunfullmäktige i Nybro", "Länssamordnaren informerade den 12 januari 2009."),
    (2009, INFO, "Kommunfullmäktige i Borgholm", "Länssamordnaren informerade den 1 juni 2009."),
    (2009, INFO, "Nationellt referensgruppsmöte för Uthållig kommun", "Energimyndighetens möte den 17 februari 2009."),
    (2009, INFO, "Kalmar läns Leadergrupp", "Möte den 25 februari 2009."),
    (2009, INFO, "Session på Energitinget", "Den 11 mars 2009."),
    (2009, INFO, "Kalmar läns luftvårdsförbunds årsstämma", "Den 17 mars 2009."),
    (2009, INFO, "Frukostmöten på Regionförbundet i Kalmar län", None),
    (2009, INFO, "Miljödepartementets enhet för hållbar utveckling på Öland", "Besöket den 5 juni 2009."),
    (2009, INFO, "Besökare från provinsen Cape Vineland i Sydafrika", None),
    (2009, INFO, "EU-konferens för södra Sverige i Halmstad", "Den 27 augusti 2009."),
    (2009, INFO, "Energimyndighetens externa referensgrupp för Uthållig kommun", "Den 15 september 2009."),
    (2009, INFO, "Miljödag på Högskolan i Kalmar", "Den 22 september 2009."),
    (2009, INFO, "Landsbygdskonferensen i Emmaboda", "Den 21 oktober 2009."),
    (2009, INFO, "Stämma för Energieffektiva byggnader i sydost i Växjö", "Den 2 november 2009."),
    (2010, INFO, "Energitinget", "Pilotlänets arbete redovisades den 16 mars 2010."),
    (2010, INFO, "Rotary i Kalmar", "Projektet presenterades den 9 juni 2010."),
    (2010, INFO, "Almedalsveckan i Visby", "Programmet presenterades 5–9 juli 2010."),
    (2010, INFO, "Energiting Sydost", "Biogasgruppens arbete presenterades den 3 oktober 2010."),
]

# ---------------------------------------------------------------------------
# User tables: sheets of their own, placed in the document as tabell-<blad>
# ---------------------------------------------------------------------------

# Tabell 2: the theme areas and the reasons municipalities gave for choosing them (their answers, condensed).
TEMAOMRADEN = [
    ("Belysning", "Kommunen har arbetat med temat tidigare."),
    ("Biogas", "Politisk vilja; matavfallet ses som en viktig resurs."),
    (
        "Energieffektivisering i fastigheter",
        "Störst klimatpåverkan och störst möjlig ekonomisk vinst. Mycket kunskap och arbete fanns redan, men "
        "mer kunskap behövs för att komma vidare. Ett område kommunen själv kan påverka. En ekonomisk morot. "
        "Passar mindre kommuner med begränsade resurser.",
    ),
    (
        "Fysisk planering",
        "Ett behov och ett område där kompetensen saknades; nya grepp i samhällsplaneringen direkt från "
        "forskare på KTH. En ny översiktsplan var på väg. En växande kommun med flera utbyggnadsprojekt. "
        "Ett sätt att få in energi- och trafikfrågor i planeringen och bredda samverkan i förvaltningen.",
    ),
    (
        "Näringslivsutveckling",
        "Kommunen har länge arbetat med miljödriven affärsutveckling där energieffektivisering är en viktig "
        "del. Passar kommunens övriga arbete och blev en del av kommunutvecklingen.",
    ),
    ("Skola/beteende", "Elever på några skolor var intresserade av hållbar utveckling, så kommunen tog upp temat."),
    (
        "Energi- och klimatstrategier för större städer",
        "Ett stort och svårt område där inspiration, kunskap och utbyte med andra kommuner har varit värdefullt. "
        "Ett politiskt uppdrag att utveckla en strategi.",
    ),
    (
        "Transporter",
        "Mycket var redan gjort i fastigheterna men lite för transporterna. Analyserna visade att transporterna "
        "bidrar mest till utsläppen och är svårast att på egen hand nå resultat inom.",
    ),
    ("Upphandling", "Inga svar."),
    ("Vindkraft", "Inga svar."),
]

# Bilaga 2: the external reference group.
REFERENSGRUPP = [
    ("Owe Andersson", "Seniorkonsult, EKAN-gruppen; klustersamordnare för Storstadsklustret"),
    ("Per G. Berg", "Professor i uthållig samhällsbyggnad, SLU Uppsala"),
    ("Kristina Björnberg", "Forskningssekreterare, Formas"),
    ("Eva Dalenstam", "Projektledare, Miljöstyrningsrådet"),
    ("Martin Flack", "Analytiker, ITPS, Institutet för tillväxtpolitiska studier"),
    ("Markus Gossas", "Fil.dr i statsvetenskap, Institutet för framtidsstudier"),
    ("Hans Gulliksson", "Energikontor Sydost"),
    ("Mikael Gustafsson", "Miljö & System, Svensk Fjärrvärme AB"),
    ("Andreas Hagnell", "Handläggare, SKL, Sveriges Kommuner och Landsting"),
    (
        "Nils Hertting",
        "Fil.dr i statsvetenskap, Institutet för bostads- och urbanforskning och Statsvetenskapliga "
        "institutionen, Uppsala universitet",
    ),
    ("Susanna Kindberg", "Verksamhetschef, CMF, Centrum för miljödriven företagsutveckling"),
    ("Andreas Lamppa", "Klimatkommunerna"),
    ("Erik Larsson", "Energipolitik & styrmedel, Svensk Fjärrvärme AB"),
    ("Carina Lundmark", "Docent i statsvetenskap, Luleå tekniska universitet"),
    ("Margareta Hallander", "Vice ordförande, FSEK, Föreningen Sveriges regionala energikontor"),
    ("Ulf Pilerot", "Vägverket Region Norr"),
    ("Jesper Peterson", "Handläggare, Naturskyddsföreningen"),
    ("Stefan Svenaeus", "Länssamordnare för Uthållig kommun, pilotlänet Kalmar"),
    ("Bert Svensson", "Vägverket Borlänge"),
    ("Ingela Brandén", "Samordnare för energi- och klimatstrategier, Länsstyrelsen i Jämtlands län"),
    ("Nestorskommunerna", "Borås, Ulricehamn, Vingåker och Örnsköldsvik"),
]

# 11.1.1: the research projects granted in the programme's two calls.
FORSKNINGSPROJEKT = [
    (
        "1",
        "Integrerad planering som förutsättning för hållbara transport- och energisystem. Hinder och "
        "möjligheter i Uthållig kommun",
        "Statens väg- och transportforskningsinstitut (VTI)",
        "Robert Hrelja",
        "2010-01-01 – 2011-12-31",
    ),
    (
        "1",
        "Kommunalt och lokalt policyskapande för hållbar utveckling – en fallstudie av Kalmar län",
        "Luleå tekniska universitet",
        "Peder Rönnbäck",
        "2010-01-01 – 2011-12-31",
    ),
    (
        "1",
        "Nätverk för lärande och förändring – en studie av svensk energi- och klimatpolitik",
        "Örebro universitet",
        "Jan Olsson",
        "2010-01-01 – 2013-12-31",
    ),
    ("1", "Urbana policies och planering för cykling", "VTI", "Kerstin Robertson", "2010-01-01 – 2012-12-31"),
    (
        "2",
        "Hållbara energi- och klimatstrategier",
        "Linköpings universitet",
        "Sara (Emilsson) Gustavsson",
        "2010-09-01 – 2012-12-31",
    ),
    (
        "2",
        "Lärande av goda exempel inom Uthållig kommun",
        "Luleå tekniska universitet",
        "Carina Lundmark",
        "2010-10-01 – 2012-12-31",
    ),
    (
        "2",
        "Investeringar i förnybar energi och regional utveckling: en syntesstudie",
        "Luleå tekniska universitet",
        "Patrik Söderholm",
        "2011-01-01 – 2012-12-31",
    ),
    (
        "2",
        "Energieffektiva flerfamiljshus, nationella mål i lokal kontext",
        "Högskolan Dalarna",
        "Karin Perman",
        "2011-01-01 – 2012-12-31",
    ),
    (
        "2",
        "Transformerande lärande och hållbar energianvändning (TRANSFORM)",
        "Sveriges lantbruksuniversitet",
        "Tuija Hilding-Rydevik",
        "2010-11-01 – 2012-10-31",
    ),
    (
        "2",
        "En framgångsrik styrmedelsmix? Om ambitionen att påverka kommunala energipolicys",
        "Mälardalens högskola",
        "Terence Fell",
        "2010-12-01 – 2012-12-31",
    ),
]

# Bilaga 6: goals in the municipalities' energy and climate strategies, as the municipalities reported them.
BILAGA6_HEADER = [
    "Kommun",
    "kWh-mål",
    "Procentmål för energianvändningen",
    "CO2-mål",
    "Övriga mål",
    "Planen gäller",
]
BILAGA6 = [
    (
        'Alvesta kommun',
        None,
        (
            'förbrukningen av elenergi i kommunen minskar kontinuerligt jämfört med 2004 (2004 total '
            'el.anv. i kommunen 261 GWh).'
        ),
        (
            'Utsläpp från direkt användning av fossila bränslen ska till 2010 ha minskat till 2,2 ton per'
            ' år och kommuninvånare och 1,9 ton per år och kommuninvånare år 2020'
        ),
        (
            'År 2010 kommer 55 % av total energiförbrukning i kommunen från förnybara källor, år 2010 70 '
            '%. 2030 värms alla fastigheter i kommunen med förnybar energi'
        ),
        '2008-2020, ska revideras 2010',
    ),
    (
        'Borås',
        None,
        (
            'Andelen villor med en förbrukning över 20 000 kWh el / år ska minska med 20 % till år 2015 '
            'jämf. med 2005. År 2020 ska samhället vara 20 % mer energieffektivt än 2005.'
        ),
        (
            'Utsläpp av CO2 från transporter ska år 2015 ha minskat med 20 % jämf. med 1990. År 2015 ska '
            'CO2-utsläppet / invånare och år minskat 40 %, år 2020 50 % och år 2025 60 % jämf. med år '
            '1990.'
        ),
        (
            'Borås stad använder inga fossila bränslen till uppvärmning år 2012. Antalet bullerstörda av '
            'trafik ska minska till max 5000 personer / år till 2015. År 2015 ska 75 % av Borås Stads '
            'transporter o tjänsteresor vara fossilbränslefria och ske med miljöfordon, inga fossila '
            'bränslen användas i arbetsmaskiner och de kommunala fastigheterna ha minst 600 m2 '
            'solfångare. År 2020 sker alla transporter och tjänsteresor inom kommunkoncernen med '
            'miljöfordon eller är fossilbränslefria och olja ska inte användas för att värma bostäder '
            'eller lokaler.'
        ),
        'Finns ej med i enkätundersöknings-katalogen',
    ),
    (
        'Eskilstuna kommun',
        None,
        (
            'Elanvändningen / person ska minska 15 % till 2010 från 2000. Elanvändningen för uppvämrning '
            '(direktverkande/elpanna) ska minska med 50 % till 2010 från 2000.'
        ),
        (
            'Utsläppen av klimatpåverkande CO2 ska minska med 50 % mellan 1987 - 2010. CO2-utsläpp från '
            'transporter ska minska 10 % till 2010 från år 2000. För kommunen som koncern ska utsläppen '
            'av CO2 minska med 75 % mellan 1987 - 2010.'
        ),
        (
            'Oljeanvändningen för uppvärmning i kommunen ska minska med 50 % till år 2010 från år 2000. '
            'All olje- och eluppvärmning (direktverkande/elpanna) av kommunens verksamheter ska '
            'elimineras till 2010. All el som används inom kommunens verksamheter ska vara miljömärkt och'
            ' 75 % av kommunens fordon ska vara miljöfordon (ej tidssatt).'
        ),
        '2006-2011',
    ),
    (
        'Falköpings kommun',
        None,
        (
            'Självförsörjandegraden av elproduktion i kommunen skall öka med 5 % per år (exempelvis mha '
            'vindkraft). Andelen lokalt producerad energi skall öka 10 % till år 2010 jämf. med 2004. '
            'Elanvändningen skall minska med 5 % / år och totala energianvändningen med 10 % i kommunala '
            'verksamheten o bolag jämf. med 2004.'
        ),
        (
            'Utsläppen av CO2 från kommunens verksamheter skall minska med 25 % från 1997 till 2010. '
            'Utsläppen från fordon i tätorterna minskas.'
        ),
        (
            'År 2015 skall samtliga vedpannor inom detaljplanlagda områden vara miljögodkända. '
            'Byggprojekt skall syfta till sunda hus med en optimal energi- och resursanvändning. 70 % av '
            'kommunens verksamhet skall ha någon form av miljöcertifiering senast 2009 - 12 - 31. Hälften'
            ' av kommunens fordonpark skall drivas med förnybara bränslen. Vid inköp av el skall det '
            'alltid krävas miljömärkt el. Kommunens fastigheter konverteras från olja främst till '
            'fjärrvärme, biobränslen och el (värmepumpar).'
        ),
        '2007-2010',
    ),
    (
        'Gotlands kommun',
        None,
        'Mängden transportenergi per kommunanställd ska ha minskat med 5 % från år 2005 till år 2010.',
        (
            'Utsläppen av CO2 från fossila drivmedel i kommunens verksamheter ska ha minskat med 10 % '
            'från år 2005 till år 2010.'
        ),
        (
            'Användning av olja till uppvärmning i fastigheter fasas ut till år 2010. Miljökrav på '
            'transporter ska ställas i upphandlingar och vid planering av resor. Vid fordonsbyte ska '
            'miljöfordon väljas där sådant alternativ finns. Användning av el kartläggs och '
            'energieffektiviseras. Återgärder för att effektivisera energianvändningen i fastigheter '
            'genomförs.'
        ),
        '2007-2010',
    ),
    (
        'Hagfors kommun',
        None,
        '2012 har kommunens inköp av el till egna byggnader minskat med minst 10 % jmf 2007.',
        'Utsläppen av koldioxid år 2012 exkl. industri är 10 % lägre per person än 2004.',
        'Senast 2012 används ingen olja för uppvärmning i kommunalägda eller av kommunen använda byggnader.',
        '2009-2013',
    ),
    (
        'Haninge kommun',
        None,
        None,
        (
            'Utsläpp av CO2 ska fram till 2020 ha minskat med 25 % jämf. med 2005. Utsläpp av CO2 ska som'
            ' ett medelvärde under perioden 2008-2012 vara minst 4 % lägre än 1990.'
        ),
        None,
        '-',
    ),
    (
        'Helsingborgs stad',
        None,
        (
            'Energianvändningen / invånare ska minska med 4 % till år 2010, jämf. med 1990. '
            'Energianvändningen i stadens egna lokaler och kommunägda bostäder ska minska med 20 % fram '
            'till 2010, jämf. med 1998 års siffror.'
        ),
        None,
        (
            'Av el-/ och fjärrvärmeproduktionen ska andelen som härrör från fossila bränslen utgöra '
            'maximalt 20 % år 2010. Användningen av el och olja i hushålls- och servicesektorerna ska '
            'minska med 7 % till år 2010, jämf. med 1990.'
        ),
        '2009-2035',
    ),
    (
        'Huddinge kommun',
        None,
        None,
        'År 2020 ska växthusgasutsläppen vara högst 2,4 och 2050 0,9 ton per invånare.',
        (
            'Energieffektiviseringsmål för Hugefastigheter AB är 10 % till 2011, XX % till 2014 och 20 % '
            'till 2020 jämf. med 2008. För egna resor och transporter ej angivet i årsrapport (XX %)'
        ),
        '2010-2020',
    ),
    (
        'Hudiksvalls kommun',
        None,
        None,
        None,
        (
            '2012 ska ett program för energieffektivisering och utbyggnad av förnybar energiproduktion '
            'som biogas, solenergi, biobränsle och vindkraft vara framtaget. 2010 ska 90 % av personbilar'
            ' i den kommunala verksamheten vara miljlöbilar enligt nationell klassning. Kommunala '
            'uppvärmningsanläggningar ska konverteras från fossila till förnybara bränslen. 2015 ska '
            'fossila bränslen i huvudsak vara utfasade från uppvärmning av samtliga bostäder i Hudiksvall'
            ' kommun.'
        ),
        '-',
    ),
    (
        'Hultsfreds kommun',
        'År 2010 är målet 65,7 kWh/m2 och år.',
        None,
        None,
        'År 2010 skall 90 % av uppvärmningen i kommunla fastigheter komma från biobränslen.',
        '2008-2010',
    ),
    (
        'Högsby kommun',
        None,
        'Kommunalägda fastigheter: Minska elanvändningen med 6 % från 2006 till 2010',
        None,
        (
            'Kommunalägda fastigheter: inga fossila bränslen för uppvärmning 2020, minska '
            'oljeförbrukningen med 40 % till 2010 jämf. med 2005 års nivå, uppvärmning med förnybara '
            'energikällor senast 2015. Öka andelen kollektivresandet (buss/tåg) med 10 % till 2010 jämf. '
            'med 2005 års nivå.'
        ),
        '2009-2012',
    ),
    (
        'Jönköpings kommun',
        None,
        (
            'Den totala energianvändningen per heltidsanställd (uppvärmning, el, transporter) ska minska '
            'med minst 10 % 2007-2012. I kommunalägda fastigheter där kommunal verksamhet bedrivs ska den'
            ' totala energianvändningen minska från år 2005 med minst 5 % till 2010 och 10 % till 2012. '
            'Energianvändningen / invånare ska minska med minst 10 % 1990-2020. Som delmål ska gälla '
            'minst 1 % reduktion till 2012.'
        ),
        (
            'Det totala CO2-utsläppet till följd av uppvärmning, el samt transporter ska minska med minst'
            ' 20 % till 2012 jämf. med 2007. Utsläppen av växthusgaser i kommunen som geografiskt område '
            'ska minska med minst 15 % från 1990 - 2012.'
        ),
        (
            'Senaste 2015 ska 2,5 miljoner Nm3 biogas produceras och avsättas som fordonsbränsle. Bussar '
            'i tätortstrafik ska senast 2010 drivas av minst 20 % (av den totala energimängden) förnybara'
            ' bränslen. För 2012 ska andelen vara minst 40 %. Andelen biobränslen ska uppgå till minst 8 '
            '% (energimängden) av fordonsbränsleanvändningen senast 2010 och minst 25 % 2020. Antalet '
            'resor med kollektivtrafik/invånare ska minst öka 30 % till 2012. Av den totala mängden '
            'elenergi som används i kommunen ska minst 15 % vara lokalt producerat och förnybart senast '
            '2012. Kommunen ska ha en energiproduktion från vindkraft motsvarande 150 GWh senast 2015. '
            'Senast 2014 ska minst 97 % av den levererade energin för kraftvärmeel, fjärrvärme och ånga '
            'vara producerad från biobränsle, avfall eller återvunnen energi (t ex värmepumpar). Andelen '
            'förnybara bränslen som används i kommunala fordon ska öka från 2 % 2006 till minst 50 % '
            '2012. Genon energikonverteringar till i första hand fjärrvärme i kommunalägda fastigheter '
            'ska användningen av fossil olja för uppvärmning minska med 60 % till år 2010 jämf. med 2006.'
        ),
        '2010-2020',
    ),
    (
        'Kalmar kommun',
        None,
        'Energianvändning i kommunägda byggnader ska minska med 10 % årligen.',
        (
            'Totalt högst 4,4 ton CO2 / invånare och år till 2010. Utsläpp från transport ska 2010 ha '
            'minskat med 20 % jämf. 1995 års siffror'
        ),
        (
            'All verksamhet inom kommunens gränser ska vara fossilbränslefri till 2030. Årligt '
            'resendeökning i kommunalägd kollektivtrafik på 10 % per år, utan ökning av utsläppsmängder. '
            'Cykeltrafiken ska till 2012 ökat med 15 % jämf. med 2008.'
        ),
        '2010-2030',
    ),
    (
        'Karlstads kommun',
        (
            "Högst 115 kWh/m2 värme och 25 kWh/m2 el t.o.m. år 2010 i KBAB's fastighetsbestånd. Högst 110"
            ' kWh/m2 värme och 65 kWh/m2 el t.o.m. år 2010 i teknik- och fastighetskontorets bestånd. TF '
            'ska installera motsvarande 1000 MWh solvärme till 2010. KBAB ska ha minst 800 MWh '
            'vindkraftsproducerad el till år 2010. KBAB ska ha 450 MWh solvärme i sitt fastighetsbestånd '
            't.o.m. 2010. KBAB ska ha 5 MWh solcellsproducerad el t.o.m. 2010.'
        ),
        (
            '30 % minskad elvärme i TF:s bestånd från 2005 till 2010. 10 % minskad elanvändning i TF:s '
            'bestånd till 2010.'
        ),
        None,
        (
            'Minst 80 % av eldningsoljan ska vara borta år 2010 och all huvudsaklig uppvärmning med olja '
            'ska vara borta 2015. Högst 5 % eldningsolja i KEAB:s fjärrvärmenät till 2010. KEAB:s ska öka'
            ' andelen förnybar elproduktion med 10 % till år 2010, varav en viss andel ska vara '
            'vindkraftproducerad. TF ska installera minst en solcellsanläggning i sitt fastighetsbestånd '
            'till 2010. 100 % av kommunens personbilar ska omfattas av Karlstad kommuns '
            'miljöbilsdefinition vid utgången av 2010. Kommunen ska ha minst tre förvaltningsövergripande'
            ' bilpooler vid utgången av 2010. 100 % av kommunens entreprenadfordon skall vara euroklass 3'
            ' miljömotor alternativt drivas med förnybart drivmedel år 2010. 75 % av arbetsmaskinerna ska'
            ' drivas med förnybart drivmedel senast år 2010.'
        ),
        '2006-2010',
    ),
    (
        'Kils kommun',
        None,
        'El till uppvärmning ska ha minskat med 70% (geografiska området) till 2012',
        '40 % till 2020, 90 % till 2050',
        None,
        '2008-2011',
    ),
    (
        'Lerums kommun',
        (
            'År 2020 skall behovet av totalt köpt energi för kommunens fastighetsbestånd understiga 145 '
            'kWh/m2. (särskilda bestämmelser för byggnader listade i utvärdering) År 2020 skall behovet '
            'av köpt energi i bostäder vid nybyggnation understiga 75 kWh/m2, år.'
        ),
        'År 2020 produceras 40 % av geografiska kommunens elförbrukning lokalt och förnybart.',
        'År 2012 är det genomsnittliga CO2-utsläppet för Lerums kommun nyregistrerade personbilar 100 g/km.',
        'Minst 35 % av det biologiska avfallet ska gå till biologisk behandling före 2010.',
        '2009-2020',
    ),
    (
        'Lilla Edets kommun',
        (
            'Energianvändningen i kommunala fastigheter/lokaler ska 2014 understiga 120 kWh/m2. Ny '
            'bostadsbebyggelse från 2010 och framåt ska ha lägre energianvändning än 80 kWh/m2. I '
            'eluppvärmda hus ska energianvändningen vara lägre än 55 kWh/m2.'
        ),
        None,
        None,
        (
            'Till 2014 har kommunen installerat 50 st nya solfångaranläggningar där minst 30 % av energin'
            ' ska komma från dem som installerats på kommunala fastigheter. 50 % av den el som kommunen '
            'använder ska vara miljömärkt till 2014. Primära energikällan till uppvärmning ska vara sol '
            'och fjärrvärme inom fjärrvärmeområdet och där utanför sol, biobränsle och värmepumpar. Inga '
            'villor ska ha kvar olja för uppvärmning år 2014. Till 2014 ska 75 % av de personbilar som '
            'finns inom kommunens geografiska område vara miljöbilar. Den kommunala organisationens '
            'personbilar ska drivas med biogas eller minst lika miljövänliga (lika lite/mindre CO2) och '
            'tillhöra den snålaste fjärdedelen av Folksams lista. Resande med kollektivtrafiken ska öka '
            'med 30 % till 2014. Av kommunens egna regionala och nationella resor ska minst 35 % ske med '
            'kollektiva färdmedel (ej flyg). Kommunens gång/cykelnät ska i snitt ökas med 500 m / år.'
        ),
        '2009-2014',
    ),
    (
        'Lindesbergs kommun',
        None,
        None,
        '5% till 2010, 50% till 2025 jämfört med 2000.',
        None,
        '2007-2015',
    ),
    (
        'Lunds kommun',
        (
            'År 2015 ska den totala mängden köpt energi i nya bostäder och lokaler uppgå till maximalt 50'
            ' kWh / m2 och år för småhus, 70 kWh / m2 och år för flerbostadshus och kontorslokaler.'
        ),
        (
            'Den totala användningen av värme i det befintliga beståndet av bostäder och lokaler som inte'
            ' är anslutna till fjärrvärmeområdet bör minska med 10 % till år 2012 jämf. med år 2000.'
        ),
        'Utsläppen av CO2 från trafiken i kommunen ska minska med 10 % / invånare till 2013.',
        None,
        '-',
    ),
    (
        'Lycksele kommun',
        None,
        (
            'Energianvändning i bostäder och lokaler är lägre 2010 än 1995, anv. av elvärme för '
            'uppvärmning lägre 2010 än 1995'
        ),
        '2010 ska utsläppen har minskat med 8 % jämfört med 1990',
        None,
        '2006-2010',
    ),
    (
        'Mora kommun',
        None,
        (
            'Tillförd energi till byggnader ägda av Mora kommun och Morastrand ska minska med 10 % i '
            'genomsnitt per km2 år 2010 jämf. med 2005. Den genomsnittliga användningen av tillförd '
            'energi / m2 i byggnader i Mora kommun bör vara 10 % lägre år 2010 jämf. med 2000. '
            'Elanvändningen i de av Mora kommuns hushåll som är eluppvärmda, undantaget fritidshus, bör '
            'vara lägre 2010 än 2005.'
        ),
        None,
        (
            'Tillförsel av fossila bränslen och energi i Moras industrisektor bör per producerad enhet '
            'minska fram till 2010. Tillförd el för kommunal gatu- och vägbelysning ska minska 2010 '
            'jämfört med 2005.'
        ),
        '2007-2010',
    ),
    (
        'Mönsterås kommun',
        None,
        (
            'Energianvändningen ska från 2005 minska med 20 % till 2010 och 35 % till 2020. '
            'Elenergianvändningen skall minskas från 2005 med 25 % till 2010 och 35 % till 2020. '
            'Elanvändningen skall från år 2005 minska 25 % till 2010 och 35 % till år 2020.'
        ),
        'År 2020 ska 90 % av CO2-utsläppen härstamma från förnybara källor.',
        (
            'Succesivt bli fossilbränslefri kommun till 2030. Utsläppen av växthusgaser ska i länet '
            'minska med 15 % till 2010 jämf. med 1995 års nivå. Senast 2010 skall all uppvärmning i '
            'kommunalägda fastigheter ska utan fossila bränslen.'
        ),
        '2009-2011',
    ),
    (
        'Mörbylånga kommun',
        None,
        (
            'Kommunen ska effektivisera energianvändningen i kommunala fastigheter med 25 % till 2025, '
            'jämf med 2008. Delmål att minska energianvändningen 10 % t.o.m. 2011 jämf med år 2008 i '
            'kommunala fastigheter.'
        ),
        None,
        (
            'Mörbylånga kommun ska vara självförsörjande med förnybar energi år 2025. Delmål två '
            'kommunala anläggningar utanför Mörbylånga och Färjestadens tätort ska senast år 2011 värmas '
            'med förnybar energi.'
        ),
        '2010-2011',
    ),
    (
        'Norrköpings kommun',
        None,
        None,
        None,
        (
            'Senast 2010 värms inga kommunalt ägda fastigheter med direktverkande el. Senast 2010 utgör '
            'kollektiv-, gång- och cykeltrafiken prioriterade trafikslag i Norrköpings tätort. Senaste '
            '2010 har kommunens förbrukning av fossila drivmedel minskat med 75 % jämf. med 2000.'
        ),
        '2009-2030',
    ),
    (
        'Nybro kommun',
        None,
        'Energianvändningen per uppvärmd areaenhet i bostäder ska minska med 50 % till 2030 jämf. med 1995.',
        'År 2015 ska utsläppen av fossil CO2 understiga 3,9 ton/person. Inget nettoutsläpp av CO2 år 2030.',
        None,
        '2009-2015',
    ),
    (
        'Nyköpings kommun',
        None,
        'Energieffektivisera kommunen med 20 % till år 2020 jämf. med 2005 års siffror.',
        'Minska utsläppen av växthusgaser med 15 % till år 2015 jämf. med 1995 års siffror.',
        (
            'Antal körde km / invånare skall minska från 2008 till 2012 genom att öka årliga antalet '
            'busstrafikanter med 25 % samt antalet cyklister med 10 %. Minska förbrukningen av fossila '
            'bränslen inom tranportsektorn med 20 % till år 2020 jämf. med 2005. Kommunens totala '
            'energikonsumtion skall till 40 % komma från förnybara energikällor år 2020.'
        ),
        '2007-2012',
    ),
    (
        'Olofströms kommun',
        None,
        None,
        'Minska CO2-utsläppen från vägtrafik med 10 % under perioden 1995 - 2010.',
        (
            'Minst 6 % av fordonsbränslet ska vara förnybart år 2010. Övergripande mål att minska '
            'CO2-utsläpp från fossila bränslen i hela kommunen med 50 % till år 2020 jämf. med 1995.'
        ),
        '1995-2010',
    ),
    (
        'Oskarshamns kommun',
        None,
        None,
        None,
        (
            '30 % av all energi som används ska komma för förnybara källor år 2010. Fossilbränslefri '
            'energianvändning 2030.'
        ),
        '2004- (ej angett)',
    ),
    (
        'Sala kommun',
        None,
        (
            'Elanvändningen ska till år 2015 minska med 15 % jämf. med 2004 års siffror (7,7 MWh / '
            'capita). Användning av energi för uppvärmning ska till 2015 minska med 25 % jämf med år 2004'
            ' års siffror (14 MWh / capita). Energi för transporter ska till 2015 minskas med 15 % jämf. '
            'med 2004 års siffror (9,5 MWh / capita).'
        ),
        (
            'Utsläppen av växthusgaser från transportsektorn inom Sala kommun ska år 2015 vara halverad '
            'jämfört med utsläppsnivån 1990.'
        ),
        (
            'Systemverkningsgrader i fjärr- och närvärmesystem ska öka från år till år jämfört med år '
            '2004. Användningen av fossila bränslen för uppvärmning ska understiga 2 % av den totala '
            'energi som används till uppvärmning år 2015. Användningen av el för uppvärmning ska vara '
            'halverad år 2015 jämfört med 2004 års siffror. Av den totala energianvändningen för '
            'transporter ska minst 50 % utgöras av lokalt och hållbart producerade drivmedel fram till '
            '2015. All elproduktion kopplat till elanvändning i kommunen ska till år 2015 ha en '
            'förnybargrad på 100 %.'
        ),
        '2006-2015',
    ),
    (
        'Sigtuna kommun',
        None,
        None,
        None,
        (
            '100 % miljöfordon med förnybara drivmedel/biodrivmedel i kommunens egna transporter. Enbart '
            'förnybar värme i kommunens lokaler 2011. Utbyte av alla oljepannor.'
        ),
        '-',
    ),
    (
        'Smedjebackens kommun',
        None,
        None,
        'Utsläppen av CO2 från transporter ska år 2012 ha minskat med 15 % jämf. med 2004 års nivå.',
        (
            '2012 ska användningen av fossila bränslen i kommunala fastigheter enbart användas till '
            'reserv/backup-anläggningar. Minst 97 % förnybar energi i fjärrvärmenätet (ej tidssatt). '
            'Tillförd energi till ej redan effektiviserade byggnader ska minska med 30 % till år 2020 '
            'från 2004 års nivå.'
        ),
        '2009-2012',
    ),
    (
        'Strängnäs kommun',
        None,
        (
            'Energianvändning / invånare skall minska med 10 % till år 2010 jämf. med 1990. '
            'Elanvändningen i bostäder skall minska med 5 % till år 2010 jämf. med 1990.'
        ),
        'Utsläpp av CO2 skall minska med 20 % år 2020 jämf. med år 1990.',
        (
            'Fossil energi från transporter, bränsleförsäljning av fossilt bränsle skall minska med 5 % '
            'fram till 2010 jämf. med 1990.'
        ),
        '2007-2010',
    ),
    (
        'Sunne kommun',
        None,
        'Energiförb. Till uppvärmning ska ha minskat med 10% perm2 bruksarea till 2011 jämfört med 2007.',
        '8% till 2014, 80 % till 2050, 100 % till 2010',
        '100 % fossilfri uppvärmning i den kommunala fastigheterna (exl. Effekttoppar) till 2012.',
        '2009-2014',
    ),
    (
        'Säffle kommun',
        None,
        (
            'Användningen av el inom hela kommunkoncernen ska minska med 15% till år 2012, energianv. För'
            ' uppvärmning ska minska med 15 % till 2011 och 25 % till 2015.'
        ),
        None,
        (
            'Säffle ska bli en fossilbränslefri kommun som är självförsörjande på förnybar energi och el.'
            ' Målsättningen är att kommunkoncernen uppnår detta 2025 och kommunen som geografiskt område '
            'år 2030. År 2015 ska inga fossila bränslen (eldningsolja) användas för uppvärmning inom '
            'kommunkoncernen.'
        ),
        '2006-2015',
    ),
    (
        'Söderhamns kommun',
        None,
        None,
        'Senast 2011 ska nettoutsläppet av CO2 från kommunens egen verksamhet ha minskat med 25 % jämf. med 2007.',
        None,
        '2001-2006 (angivet i enkätundersökning 2009.)',
    ),
    (
        'Timrå kommun',
        None,
        (
            'År 2014 ska specifika elanvändningen inom industrin och energianvändningen i den offentliga '
            'sektorn ha minskat med 15 % i jämförelse med 2004.'
        ),
        None,
        (
            'Användningen av fossila bränslen för uppvärmning inom bostadsektorn ska ha minskat med 50 % '
            'år 2014 jämf. med 2004. Antalet resor med kollektivtrafiken ska öka med 10 % för perioden '
            '2008-2014.'
        ),
        '2010-2014',
    ),
    (
        'Torsås kommun',
        None,
        'Minska elanvändningen med 5 % till 2010 i nya/gamla kommunala fastigheter.',
        (
            'År 2010 ska utsläppen av fossil CO2 vara minst 15% lägre jämf. med år 1990 (=4,4 ton/person)'
            ' och från transporter minst 20% lägre jämf. med år 1995.'
        ),
        (
            'Totala energiförbrukningen ska senast 2012 bestå av minst 50 % förnybar elenergi. 2010 ska '
            'alla bilar som köps/leasas av kommunen vara miljöbilar.'
        ),
        '2003-2010',
    ),
    (
        'Tranås kommun',
        None,
        (
            'Energianvändningen / invånare ska fram till år 2020 minska med 20 % av 2005 års nivå i hela '
            'kommunen. Energianvändningen i kommunens byggnader och anläggningar ska fram till år 2016 ha'
            ' minskat med 20 % från 2007 års nivå.'
        ),
        None,
        (
            'Andelen förnyelsbara fordonsbränslen ska uppgå till 20 % år 2020. Andelen persontranstporter'
            ' med kollektivtrafik skall öka. / Andelen gods som huvuddelen av sträckan transporteras med '
            'järnväg skall öka.Biltrafiken för kortare resor (inom tätort) skall minska.'
        ),
        '2009 - (ej angivet)',
    ),
    (
        'Trosa kommun',
        None,
        'Effektivisering av el-användningen / invånare med 30 % mellan åren 2008 - 2013.',
        (
            'CO2-utsläpp för transporter / invånare ska ej överstiga 2000 kg / år år 2013. (Motsvarar '
            'minskning på 1 % / år under en 9-årsperiod eller 10 % jämf. med 2004.)'
        ),
        'Resor under 3 km för kommunanställda skall alltid göras med cykel.',
        '2008-2013',
    ),
    (
        'Ulricehamn',
        None,
        (
            'Energin till uppvärmning i de kommunala fastigheterna ska till år 2015 ha minskat med 20 % '
            'jämf. med 2006. År 2015 ska elförbrukningen ha minskat 25 % i förhållande till 2006.'
        ),
        (
            'Mål till 2010: Energin till uppvärmning i de kommunala fastigheterna ska ha minskat med 10 %'
            ' och elförbrukningen minskat med 15 % jämf. med 2006 år värden.'
        ),
        (
            'Mål till 2015: Alla kommunala fastigheters uppvärmning ska ske med förnybar energi. Energin '
            'till uppvärmning i de kommunala fastigheterna ska ha minskat med 20 % jämf. med 2006. All el'
            ' som köps in till kommunal verksamhet ska vara Bra Miljöval enligt Naturskyddsföreningens '
            'kriterier. Ett vindkraftverk på minst 2 MW ska ha etablerats i kommunen av UEAB. Alla '
            'kommunens tjänstebilar ska drivas med förnybart bränsle. Nya bostads- och industriområden '
            'bör förses med fjärrvärme, alternativt närvärmecentraler där fjärrvärme ej finns '
            'tillgänglig. Övrig maskinpark med tunga fordon ska drivas med förnybart bränsle. Kommunala '
            'transporter ska ha effektiviserats och minskats med 15 % körde mil i förhållande till 2006. '
            'Delmål 2010: Alla kommunala transporter ska effektiviseras och minska med 10 % körde mil i '
            'föhållande till 2006. 80 % av kommunala tjänstebilar ska drivas med förnybart bränsle.'
        ),
        '-',
    ),
    (
        'Uppsala kommun',
        None,
        (
            'År 2010 ska elanvändningen / invånare och mängden energi / invånare som åtgår för '
            'uppvärmning och varmvatten ha minskat med 10 % i förhållande till 2000 års nivå. Kommunens '
            'egen el- och värmeanvändning ska minska med 15 % mellan 2000 och 2010.'
        ),
        None,
        (
            'Senast år 2010 bör småhus som fortfarande har elvärme, ha installerat effektvakt och/eller '
            'biobränsleeldad värmeanläggning/värmepump. År 2010 ska energiförsörjningen i Uppsala kommun '
            'baseras på bränslen som inte ökar växthuseffekten. Antalet kollektivtrafikresor ska öka. '
            '(Kommunstyrelsen har i den egna Fokusplanen satt målet att kollektivtrafiken ska öka med 2 %'
            ' per år fram till 2010)'
        ),
        '2007-2011',
    ),
    (
        'Vimmerby kommun',
        None,
        None,
        None,
        (
            'Kommunens fordonspark ska fasas över till miljöfordon, anläggning för förädling av '
            'lokalproducerad biogas till fordonsgas ska anordnas och anläggning av biogasmack. (samtliga '
            'tre ej tidsbestämda). Samtliga oljeeldade och gamla fastbränsleeldade villapannor ska '
            'ersättas med miljögodkänd energilösning till 2015.'
        ),
        '2009-2011',
    ),
    (
        'Västerås stad',
        None,
        None,
        None,
        (
            'Nyckeltal med årlig uppföljning finns här: / Under 2010 inleds arbetet med en ny '
            'klimatstrategi för Västerås. Den kommer att innehålla mål för hur mycket utsläppen av '
            'växthusgaser ska minska här. / 7 delmål i nuvarande energiplan: / 1) Mängden producerad '
            'förnybar el ska öka med minst 15 % fram till år 2015 jämfört med 2004 / 2) Västerås stad ska'
            ' genom aktiv rådgivning stimulera till att användningen av elenergi per invånare och '
            'användningen av uppvärmningsenergi per invånare ska minska med minst 5 % till 2015 jämfört '
            'med 2004. / 3) Den specifika elanvändningen i verksamheter som bedrivs i kommunägda '
            'fastigheter ska minska med minst 10 % fram till 2015 jämfört med 2004. / 4) Den specifika '
            'användningen av uppvärmningsenergi i kommunägda fastigheter ska minska med minst 15 % fram '
            'till 2015 jämfört med 2004. / 5) Vid nyproduktion ska minst 250 bostäder vara byggda enligt '
            'principen lågenergihus vid utgången av 2012. / 6) Minst 200 småhus skall ha konverterats '
            'från fossila bränslen och el till fjärrvärme vid utgången av 2012. / 7) Eldning med fossila '
            'bränslen och användning av direktverkande el och elpanna för uppvärmning av kommunala '
            'byggnader ska ha upphört till 2015. / Mer detaljer kring energi- och klimatarbetet, inkl. '
            'transporter finns här: / http://barometern.vasteras.se'
        ),
        '2007-2015',
    ),
    (
        'Åmåls kommun',
        None,
        (
            'Den totala elförbrukningen hos den kommunala verksamheten ska i förhållande till 2002 minska'
            ' med 10 % till år 2010.'
        ),
        (
            'Utsläppen av växthusgaser ska inom kommunen (räknat som CO2-ekvivalenter) som medelvärde för'
            ' perioden 2008-2012 vara minst 8 % längre än utsläppen år 1990.'
        ),
        (
            'År 2010 ska ingen av de kommunala fastigheterna ha en uppvärmning/varmvatten som baseras på '
            'fossila bränslen. (exklusive eventuella effekttoppar) År 2010 ska minst 60 % av det bränsle '
            'som används av kommunens tjänstebilar/leasingbilar utgöras av förnybara bränslen eller el. '
            'Åmål siktar även på att till 2010 hålla luften fri från vissa hälsofarliga ämnen, listade i '
            'EoK-strategin.'
        ),
        '2006-2012',
    ),
    (
        'Åre kommun',
        (
            'Den specifika energianvändningen (kWh/m2 per år) i det kommunala fastighetsbeståndet ska '
            'till 2010 har minskat med 15 % jämfört med basåret 2007'
        ),
        (
            'El förbrukningen inom Åre kommun ska 2010 inte överstiga 230 000 MWh. År 2005 var '
            'förbrukningen ca. 232 100 MWh.'
        ),
        'Utsläppen av växthusgaser per invånare i Åre kommun ska minska med 50 % från 2005 till år 2050',
        (
            'År 2010 ska enskild uppvärmning i offentliga lokaler och offentligt ägda fastigheter baserad'
            ' på eldningsolja ha upphört. Det kommunala fastighetsbeståndet ska senast 2017 högst använda'
            ' 130 kWh/m2 för uppvärmning (inklusive tappvarmvatten). Av de drivmedel som säljs i Åre '
            'kommun ska år 2010 minst 6% utgöras av förnybara drivmedel. Från år 2010 ska vegetariska '
            'måltider erbjudas minst en gång i veckan inom kommunens skolor-'
        ),
        '2010-2013',
    ),
]

UPPGIFTER = [
    ("Titel", "Uthållig kommun etapp 2 – slutrapport"),
    ("Program", "Uthållig kommun"),
    ("Etapp", "2"),
    ("Period", "2008-2011"),
    ("Myndighet", "Energimyndigheten"),
    ("Ort", "Eskilstuna"),
    ("Datum", dt.date(2011, 6, 30)),
    ("Undertecknare", "Tomas Kåberger"),
    ("Undertecknarens titel", "Generaldirektör"),
    ("Diarienummer", "481-08-2457"),
    ("Antal kommuner enligt uppdrag", 66),
]

OM_EXEMPLET = [
    "Exemplet bygger på Energimyndighetens slutrapport om Uthållig kommun etapp 2 (2008–2011).",
    "Rapporten redovisar bara sammanställningar. Hur svaren fördelar sig på enskilda kommuner är därför påhittat: "
    "fördelningen är konstruerad så att antal, andelar, medianer och summor blir desamma som i rapporten "
    "(Tabell 1, 3 och 4, siffrorna till figurerna, forskningsbudgeten).",
    "Där rapporten bara beskriver skillnader i ord, t.ex. mellan kluster, är svaren valda så att beskrivningen "
    "stämmer.",
    "Fritextsvaren är korta sammanfattningar med egna ord. Svaren om processer och projekt är inte knutna till "
    "kommuner i rapporten, så kopplingen här är bara ett exempel.",
    "Älvdalen är här den kommun som inte besvarade enkäten; rapporten säger inte vilken kommun det var.",
    "Medvetet kvar från rapporten: Vingåker står i två kluster (Dalarna/Gävleborg och Värmland/Bergslagen) "
    "precis som i bilaga 1. plangen ska varna för det.",
    "Medvetet kvar: Tabell 3 visar 0 % för vindkraftsplan, men några fritextsvar nämner ändå en vindkraftsplan.",
    "Medvetet kvar: pilotlänet Kalmar har fem teman för temadagar men åtta daterade tillfällen; alla åtta "
    "finns i bladet Aktiviteter.",
    "Tabell 4: för fjärrvärme och biobränsle skiljer rapportens kolumn Skillnad 0,1 MWh från ökat minus minskat. "
    "Kommunernas värden har därför två decimaler, så att både kolumnerna och skillnaderna avrundas som i rapporten.",
    "Rapporten säger på ett ställe att elva kommuner ingår i pilotlänet, men bilaga 1 räknar upp tolv. Här "
    "gäller bilaga 1.",
    "Förordet är daterat juni 2011 utan dag; här används 30 juni 2011. Rapporten har inget eget diarienummer; "
    "här används avsiktsförklaringens (481-08-2457).",
    "Invånarantalen är ungefärliga siffror för 2010.",
    "Bladen Temaområden, Referensgrupp, Forskningsprojekt och Mål i strategierna återger rapportens egna "
    "uppgifter; kommunernas skäl i Temaområden är förkortade med egna ord, målen i Mål i strategierna står som "
    "kommunerna rapporterade dem.",
]

# ---------------------------------------------------------------------------
# Self-check against the published figures
# ---------------------------------------------------------------------------


def column(qid: str) -> dict[str, object]:
    return {k: answers[k][qid] for k in RESPONDENTS if qid in answers[k]}


def count_multi(qid: str) -> Counter:
    c = Counter()
    for v in column(qid).values():
        c.update(v)
    return c


def median(values):
    s = sorted(values)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def mean_scale(qid: str, members, labels=SCALE) -> float:
    vals = [labels.index(answers[k][qid]) + 1 for k in members if qid in answers[k]]
    return sum(vals) / len(vals)


def self_check() -> None:
    # Tabell 1
    years = Counter(v for v in column("F02").values() if v != NO_STRATEGY_ANSWER)
    assert Counter(column("F02").values())[NO_STRATEGY_ANSWER] == 3
    assert dict(sorted(years.items())) == {2006: 3, 2008: 4, 2009: 16, 2010: 14, 2011: 21, 2012: 4}, years
    status = Counter(column("F01").values())
    assert status == {STRATEGY[0]: 37, STRATEGY[1]: 25, STRATEGY[2]: 3} and sum(status.values()) == 65
    assert sum(v for y, v in years.items() if y <= 2011) == 58  # ≈ 88 % of 66 by the end of 2011
    # strategy validity
    f03 = list(column("F03").values())
    assert len(f03) == 46 and min(f03) == 1 and max(f03) == 9 and 2 < sum(f03) / 46 < 2.5 and median(f03) == 2
    # Figur 1 (+ follow-ups)
    f04 = column("F04")
    assert len(f04) == 49 and Counter(f04.values())["Ja"] == 43 and pct(43, 49) == 88
    k04 = [v for k, v in f04.items() if k in KALMAR]
    assert len(k04) == 10 and k04.count("Ja") == 9 and pct(9, 10) == 90
    assert len(column("F05")) == 43 and Counter(column("F05").values())["Ja"] == 39
    assert len(column("F06")) == 43 and Counter(column("F06").values())["Ja"] == 22
    # Figur 2
    f07 = column("F07")
    assert len(f07) == 65 and Counter(f07.values())["Ja"] == 48 and pct(48, 65) == 74
    # förankring
    assert median([SCALE.index(v) for v in column("F08").values()]) == 2
    assert median([SCALE.index(v) for v in column("F09").values()]) == 3
    assert median([SCALE.index(v) for v in column("F10").values()]) == 3
    # Figur 3
    c11 = count_multi("F11")
    assert len(column("F11")) == 63 and pct(c11[PARTS[0]], 63) == 87 and c11.most_common(1)[0][0] == PARTS[0]
    # 5.2.2
    c12 = count_multi("F12")
    assert len(column("F12")) == 63 and [c12[a] for a in AFTER] == [16, 17, 17, 17]
    # 5.2.3
    assert Counter(column("F13").values()) == {ROLE[0]: 43, ROLE[1]: 10, ROLE[2]: 5, ROLE[3]: 7}
    f14 = column("F14")
    assert len(f14) == 65 and median(f14.values()) == 6 and sum(v > 6 for v in f14.values()) == 22
    kal = [f14[k] for k in KALMAR]
    assert median(kal) == 7 and round(sum(kal) / 12 - sum(f14.values()) / 65) == 1
    f15 = column("F15")
    assert len(f15) == 65 and median(f15.values()) == 20 and min(f15.values()) == 2 and max(f15.values()) == 100
    f16 = column("F16")
    assert len(f16) == 60 and sum(v > 100000 for v in f16.values()) == 20
    assert sum(v < 20000 for v in f16.values()) == 15
    c17 = count_multi("F17")
    assert len(column("F17")) == 38 and [c17[a] for a in RESOURCES] == [11, 15, 11, 25, 5]
    # T-GE
    c18, c19 = count_multi("F18"), count_multi("F19")
    assert len(column("F18")) == 33 and [c18[a] for a in EXAMPLES[:5]] == [10, 8, 8, 7, 5]
    assert all(c18[a] < 5 for a in EXAMPLES[5:7])
    assert len(column("F19")) == 41
    assert [c19[EXAMPLES[i]] for i in (0, 6, 1, 5, 4)] == [19, 17, 15, 12, 9]
    assert all(c19[EXAMPLES[i]] < 9 for i in (2, 3))
    # Bilaga 4
    assert len(column("F21")) == 53 and len(column("F20")) == 53
    # Figur 9–11, per cluster (Vingåker in both of its clusters)
    members = {c: [k for k in ks if k in RESPONDENTS] for c, ks in CLUSTERS}

    def ranking(qid):
        return sorted(members, key=lambda c: mean_scale(qid, members[c]))

    r24 = ranking("F24")
    assert set(r24[-2:]) == {"Storstad", "Värmland/Bergslagen"} and set(r24[:2]) == {"Mälardalen", "Dalarna/Gävleborg"}
    r25 = ranking("F25")
    assert set(r25[-2:]) == {"Mälardalen", "Storstad"} and set(r25[:2]) == {"Dalarna/Gävleborg", "Värmland/Bergslagen"}
    not_at_all = {c: sum(answers[k]["F25"] == SCALE[0] for k in members[c]) for c in members}
    assert max(not_at_all, key=not_at_all.get) == "Kalmar"
    assert all(not_at_all["Kalmar"] > v for c, v in not_at_all.items() if c != "Kalmar")
    r26 = ranking("F26")
    assert set(r26[-2:]) == {"Västra Götaland", "Storstad"}
    assert set(r26[:3]) == {"Dalarna/Gävleborg", "Värmland/Bergslagen", "Norrland"}
    # Figur 13
    c28 = count_multi("F28")
    assert len(column("F28")) == 65
    assert pct(c28["Belysning"], 65) == 40 and pct(c28["Näringslivsutveckling"], 65) == 35
    top5 = {a for a, _ in c28.most_common(5)}
    assert top5 == {
        "Fysisk planering",
        "Energieffektivisering inom kommunala fastigheter",
        "Transporter",
        "Belysning",
        "Näringslivsutveckling",
    }
    assert {a for a, _ in c28.most_common(3)} == {
        "Fysisk planering",
        "Transporter",
        "Energieffektivisering inom kommunala fastigheter",
    }
    assert all("Transporter" in answers[k]["F28"] for k in MEMBERS_OF["Norrland"])
    assert len(column("F29")) == c28["Annat"]
    # Tabell 3 and Figur 14
    c31 = count_multi("F31")
    assert len(column("F31")) == 65
    for alt, p, n in TABELL3:
        assert c31[alt] == n and pct(c31[alt], 65) == p, (alt, c31[alt])
    c30 = count_multi("F30")
    assert len(column("F30")) == 65
    for alt in TRANSPORT_T3:
        assert c30[alt] == c31[alt]
    # Figur 15
    c32 = count_multi("F32")
    assert len(column("F32")) == 65
    assert c32["Belysning"] == 26 and pct(26, 65) == 40
    assert c32["Näringslivsutveckling"] == 20 and pct(20, 65) == 31
    assert c32["Biogas"] + c32["Vindkraft"] == 37
    assert len([k for k in RESPONDENTS if {"Biogas", "Vindkraft"} & set(answers[k]["F32"])]) == 37
    assert {a for a, _ in c32.most_common(3)} == {
        "Fysisk planering",
        "Transporter",
        "Energieffektivisering inom kommunala fastigheter",
    }
    # Bilaga 3
    assert len(column("F33")) == 45
    # 10.5
    f34 = column("F34")
    assert len(f34) == 65 and Counter(f34.values())["Ja"] == 23 and pct(23, 65) == 35
    f35 = column("F35")
    assert set(f35) == {k for k, v in f34.items() if v == "Ja"} and sum(f35.values()) == 25000
    # Tabell 4
    assert len({k for k, _, _ in ENERGY_ROWS}) == 28 and set(k for k, _, _ in ENERGY_ROWS) <= set(RESPONDENTS)
    tot_up = tot_down = 0
    for cat, up, down, _, _ in TABELL4:
        s_up = sum(v[0] for (k, c), v in energy.items() if c == cat)
        s_down = sum(v[1] for (k, c), v in energy.items() if c == cat)
        assert (s_up, s_down) == (up, down), cat
        printed = TABELL4_PRINTED[cat]
        one = Decimal("0.1")
        d_up, d_down = Decimal(s_up) / 100, Decimal(s_down) / 100
        assert d_up.quantize(one, ROUND_HALF_UP) == Decimal(printed[0]), cat
        assert d_down.quantize(one, ROUND_HALF_UP) == Decimal(printed[1]), cat
        assert (d_up - d_down).quantize(one, ROUND_HALF_UP) == Decimal(printed[2]), cat
        tot_up += s_up
        tot_down += s_down
    whole = Decimal(1)
    assert (Decimal(tot_up) / 100).quantize(whole, ROUND_HALF_UP) == 509286
    assert (Decimal(tot_down) / 100).quantize(whole, ROUND_HALF_UP) == 135362
    assert (Decimal(tot_up - tot_down) / 100).quantize(whole, ROUND_HALF_UP) == 373924
    # Forskning
    assert sum(v for _, v in FORSKNING) == 16000000
    # Aktiviteter
    assert sum(t == PROJ for _, t, _, _ in AKTIVITETER) == 8
    assert sum(t == INFO for _, t, _, _ in AKTIVITETER) == 18
    # user tables
    assert len(TEMAOMRADEN) == 10 and len(REFERENSGRUPP) == 21 and len(BILAGA6) == 46
    assert Counter(r[0] for r in FORSKNINGSPROJEKT) == {"1": 4, "2": 6}
    # every answer is a valid choice
    for k in RESPONDENTS:
        for qid, v in answers[k].items():
            if QTYPE[qid] in ("val", "skala"):
                assert v in QALT[qid], (k, qid, v)
            elif QTYPE[qid] == "flerval":
                assert v and all(a in QALT[qid] for a in v), (k, qid, v)
    for qid in QIDS:
        assert all(";" not in a for a in QALT[qid]), qid


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------

BOLD = Font(bold=True)


def add_sheet(
    wb: Workbook,
    title: str,
    header: list[str],
    rows: list[list[object]],
    widths: list[float],
    wrap: tuple[int, ...] = (),
) -> None:
    ws = wb.create_sheet(title)
    ws.append(header)
    for cell in ws[1]:
        cell.font = BOLD
    for row in rows:
        ws.append(row)
    ws.freeze_panes = "A2"
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = w
    for col in wrap:
        for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    return ws


def cell_value(qid: str, value: object) -> object:
    if isinstance(value, list):
        return ";".join(value)
    return value


def build() -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)

    ws = add_sheet(wb, "Uppgifter", ["Nyckel", "Värde"], [list(r) for r in UPPGIFTER], [32, 44])
    for (cell,) in ws.iter_rows(min_row=2, min_col=2, max_col=2):
        if isinstance(cell.value, dt.date):
            cell.number_format = "yyyy-mm-dd"

    add_sheet(
        wb,
        "Kommuner",
        ["Kommun", "Kluster", "Pilotlän", "Nestor", "Invånare"],
        [
            [k, c, "ja" if c == PILOT_CLUSTER else "nej", "ja" if k in NESTORS else "nej", POPULATION[k]]
            for k, c in KOMMUNER_ROWS
        ],
        [18, 22, 10, 10, 12],
    )

    add_sheet(
        wb,
        "Frågor",
        ["Id", "Fråga", "Typ", "Alternativ", "Diagram", "Per kluster", "Enhet", "Gränser"],
        [
            [qid, text, typ, ";".join(alts) if alts else None, chart, per, UNITS.get(qid), THRESHOLDS.get(qid)]
            for qid, text, typ, alts, chart, per in QUESTIONS
        ],
        [7, 70, 9, 70, 16, 11, 18, 16],
        wrap=(2, 4),
    )

    add_sheet(
        wb,
        "Svar",
        ["Kommun", *QIDS],
        [[k] + [cell_value(q, answers[k].get(q)) for q in QIDS] for k in RESPONDENTS],
        [16] + [14] * len(QIDS),
    )

    add_sheet(
        wb,
        "Energi",
        ["Kommun", "Kategori", "Ökat", "Minskat"],
        [[k, cat, up / 100 if up else 0, down / 100 if down else 0] for k, cat, (up, down) in ENERGY_ROWS],
        [16, 16, 14, 14],
    )
    for c1, c2 in wb["Energi"].iter_rows(min_row=2, min_col=3, max_col=4):
        c1.number_format = c2.number_format = "#,##0.00"

    ws = add_sheet(wb, "Forskning", ["År", "Projektmedel"], [list(r) for r in FORSKNING], [8, 16])
    for (cell,) in ws.iter_rows(min_row=2, min_col=2, max_col=2):
        cell.number_format = "#,##0"

    add_sheet(
        wb,
        "Aktiviteter",
        ["År", "Typ", "Titel", "Beskrivning"],
        [list(r) for r in AKTIVITETER],
        [8, 22, 58, 80],
        wrap=(3, 4),
    )

    add_sheet(wb, "Temaområden", ["Temaområde", "Kommunernas skäl"], [list(r) for r in TEMAOMRADEN], [34, 90],
              wrap=(2,))
    add_sheet(wb, "Referensgrupp", ["Namn", "Roll och organisation"], [list(r) for r in REFERENSGRUPP], [24, 90],
              wrap=(2,))
    add_sheet(
        wb,
        "Forskningsprojekt",
        ["Utlysning", "Projekt", "Organisation", "Projektledare", "Projekttid"],
        [list(r) for r in FORSKNINGSPROJEKT],
        [10, 60, 34, 24, 24],
        wrap=(2, 3),
    )
    add_sheet(wb, "Mål i strategierna", BILAGA6_HEADER, [list(r) for r in BILAGA6], [18, 40, 40, 40, 60, 16],
              wrap=(2, 3, 4, 5))

    add_sheet(wb, "Om exemplet", ["Text"], [[line] for line in OM_EXEMPLET], [120], wrap=(1,))

    wb.properties.creator = "plangen"
    wb.properties.title = "Uthållig kommun etapp 2 – slutrapport (exempel)"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.lastModifiedBy = None
    return wb


def save_deterministic(wb: Workbook, path: Path) -> None:
    """Save with fixed modification time and zip timestamps, so re-runs give identical bytes."""
    buf = io.BytesIO()
    wb.save(buf)  # openpyxl stamps "modified" with the current time; fixed below
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + stamp.encode() + rb"\g<2>",
                    data,
                )
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    self_check()
    save_deterministic(build(), out)
    print(f"skrev {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
