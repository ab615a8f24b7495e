"""Synthetic input sets for the benchmarks, written through plangen's own contract writer.

Everything is derived from a seeded :class:`random.Random`, so equal arguments
give equal workbooks (and equal documents) on every run.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from generator.schema.contract import BUDGET, MEMBERS, PLAN, SURVEY
from generator.xlsx.writer import write_workbook

SEED = 20240611

_HEADS = (
    "Ale", "Berg", "Bo", "Dal", "Ek", "Fal", "Gran", "Hag", "Hög", "Lin", "Ljung", "Mal", "Norr", "Ny", "Sand",
    "Stor", "Sval", "Tran", "Upp", "Väst", "Öster", "Älv", "Sö", "Lill",
)  # fmt: skip
_TAILS = (
    "sjö", "berg", "köping", "hamn", "vik", "by", "ås", "dal", "fors", "holm", "stad", "torp", "lunda", "näs",
    "ryd", "hult", "mark",
)  # fmt: skip
CLUSTERS = (
    "Norrbotten", "Västerbotten", "Mittnorrland", "Dalarna/Gävleborg", "Mälardalen", "Östergötland",
    "Småland", "Västra Götaland", "Skåne", "Värmland/Bergslagen",
)  # fmt: skip
SCALE = ("Inte alls", "I liten grad", "I viss grad", "I hög grad", "I mycket hög grad")
MEASURES = (
    "Energieffektiv belysning", "Solceller på egna fastigheter", "Byte till fjärrvärme", "Cykelplan",
    "Energikrav vid upphandling", "Utbildning i sparsam körning", "Energi- och klimatrådgivning",
)  # fmt: skip
YES_NO = ("Ja", "Nej", "Vet ej", "Delvis", "Planeras")
#: Question types in the order they are dealt out (60 questions: 16 val, 12 flerval, 14 skala, 10 tal, 8 år).
#: No text questions: every question has a chart.
TYPE_PLAN = ("val",) * 16 + ("flerval",) * 12 + ("skala",) * 14 + ("tal",) * 10 + ("år",) * 8
#: The Kommuner sheet's optional groupings (yes/no columns): results are also given per grouping.
GROUPINGS = ("Pilotlän", "Nestor")


def municipality_names(count: int) -> list[str]:
    names = [head + tail for head in _HEADS for tail in _TAILS]
    random.Random(SEED).shuffle(names)
    if count > len(names):
        names += [f"Kommun {n}" for n in range(len(names), count)]
    return sorted(names[:count])


def population(rng: random.Random) -> int:
    return int(min(1_000_000, max(2_400, rng.lognormvariate(10.2, 1.0))))


def survey_questions(count: int, rng: random.Random) -> list[dict]:
    """``count`` questions dealt from TYPE_PLAN, each with a chart; every fourth also per cluster."""
    kinds = [TYPE_PLAN[i * len(TYPE_PLAN) // count] for i in range(count)]
    rng.shuffle(kinds)
    bars = ("stapel", "liggande stapel")
    questions = []
    for index, kind in enumerate(kinds, start=1):
        per_cluster = index % 4 == 0
        question: dict = {"Id": f"F{index:02d}", "Typ": kind, "Per kluster": "ja" if per_cluster else "nej"}
        if kind == "val":
            question["Fråga"] = f"Har kommunen genomfört åtgärd {index} i sin energiplan?"
            question["Alternativ"] = ";".join(YES_NO[: 3 + index % 3])
            question["Diagram"] = ("cirkel", *bars)[index % 3]
        elif kind == "flerval":
            question["Fråga"] = f"Vilka av följande åtgärder har kommunen arbetat med under år {2008 + index % 4}?"
            question["Alternativ"] = ";".join(MEASURES[: 4 + index % 4])
            question["Diagram"] = bars[index % 2]
        elif kind == "skala":
            question["Fråga"] = f"I vilken grad har programmet bidragit till kommunens arbete med område {index}?"
            question["Alternativ"] = ";".join(SCALE)
            question["Diagram"] = ("cirkel", *bars)[index % 3]
        elif kind == "tal":
            question["Fråga"] = f"Hur många timmar per månad lägger kommunen på uppgift {index}?"
            question["Diagram"] = bars[index % 2]
        elif kind == "år":
            question["Fråga"] = f"Vilket år antogs kommunens plan för område {index}?"
            question["Diagram"] = bars[index % 2]
        else:
            question["Fråga"] = f"Beskriv kommunens bästa exempel inom område {index}."
            question["Diagram"] = "ingen"
        questions.append(question)
    return questions


def _answer(question: dict, rng: random.Random, name: str) -> object:
    kind = question["Typ"]
    if kind in ("val", "skala"):
        alternatives = question["Alternativ"].split(";")
        weights = [len(alternatives) - i for i in range(len(alternatives))]
        return rng.choices(alternatives, weights)[0]
    if kind == "flerval":
        alternatives = question["Alternativ"].split(";")
        return ";".join(rng.sample(alternatives, rng.randint(1, len(alternatives))))
    if kind == "tal":
        return round(rng.uniform(0, 400), 1) if rng.random() < 0.3 else rng.randint(0, 40)
    if kind == "år":
        return rng.randint(2000, 2011)
    return f"{name} har arbetat med {rng.choice(MEASURES).lower()} & samverkat med grannkommunerna."


def write_survey_set(
    folder: Path,
    *,
    municipalities: int = 290,
    questions: int = 60,
    clusters: int = 10,
    groupings: tuple[str, ...] = GROUPINGS,
    document: bool = True,
    seed: int = SEED,
) -> Path:
    """A slutrapport set: ``municipalities`` × ``questions`` with deterministic pseudo-random answers.

    ``groupings`` are the optional yes/no columns of Kommuner (Pilotlän, Nestor) the set has.  With
    ``document``, the set gets its own slutrapport.docx placing every question's chart block (see
    :func:`write_chart_document`); without, it is built with the default document (``[[enkätsvar]]``)."""
    rng = random.Random(seed)
    names = municipality_names(municipalities)
    shares = {"Pilotlän": 0.1, "Nestor": 0.05}
    rows = []
    for index, name in enumerate(names):
        cluster = CLUSTERS[index % clusters] if clusters <= len(CLUSTERS) else f"Kluster {index % clusters + 1}"
        row: dict = {"Kommun": name, "Kluster": cluster}
        for grouping in GROUPINGS:
            drawn = rng.random() < shares[grouping]  # drawn even when left out: equal answers either way
            if grouping in groupings:
                row[grouping] = "ja" if drawn else "nej"
        row["Invånare"] = population(rng)
        rows.append(row)
    asked = survey_questions(questions, rng)
    answers = []
    for name in names:
        if rng.random() < 0.1:  # about nine in ten municipalities answer
            continue
        answer: dict = {"Kommun": name}
        for question in asked:
            if rng.random() < (0.35 if question["Typ"] == "text" else 0.92):
                answer[question["Id"]] = _answer(question, rng, name)
        answers.append(answer)
    write_workbook(
        SURVEY,
        folder / "slutrapport.xlsx",
        rows={
            "Kommuner": rows,
            "Frågor": asked,
            "Svar": answers,
            "Energi": [
                {"Kommun": name, "Kategori": carrier, "Ökat": rng.randint(0, 50), "Minskat": rng.randint(0, 900)}
                for name in names[:40]
                for carrier in ("El", "Fjärrvärme", "Olja")
            ],
            "Forskning": [{"År": year, "Projektmedel": rng.randint(1, 20) * 250_000} for year in range(2008, 2012)],
            "Aktiviteter": [],
        },
        values={
            "Uppgifter": {
                "Titel": "Benchmarkprogrammet – slutrapport",
                "Program": "Benchmarkprogrammet",
                "Period": "2008-2011",
                "Myndighet": "Energimyndigheten",
                "Ort": "Eskilstuna",
                "Datum": dt.date(2011, 12, 15),
                "Undertecknare": "Eva Exempelsson",
                "Undertecknarens titel": "Generaldirektör",
                "Antal kommuner enligt uppdrag": municipalities,
            }
        },
    )
    if document:
        write_chart_document(folder / "slutrapport.docx", asked)
    return folder


def write_chart_document(path: Path, questions: list[dict]) -> Path:
    """The set's own slutrapport.docx: the default document's styles, headers and footers, and a body of one
    heading and ``[[fråga-…-diagram]]`` per question (and ``[[fråga-…-diagram-per-kluster]]`` where the
    question is shown per cluster): a chart for every question, with its caption and alt text."""
    import docx

    from generator.inputset import DEFAULT_TEMPLATES

    document = docx.Document(str(DEFAULT_TEMPLATES / "slutrapport.docx"))
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    document.add_paragraph("[[titel]]", "Title")
    document.add_paragraph("Enkätens resultat för [[antal-svarande]] av [[antal-kommuner]] kommuner.")
    for number, question in enumerate(questions, start=1):
        key = question["Id"].lower()
        document.add_heading(f"Fråga {number}", level=1)
        document.add_paragraph(f"[[fråga-{key}-diagram]]")
        if question["Per kluster"] == "ja":
            document.add_paragraph(f"[[fråga-{key}-diagram-per-kluster]]")
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def write_fee_set(folder: Path, *, members: int = 290, seed: int = SEED) -> Path:
    """A verksamhetsplan + budget set whose member fee table has ``members`` municipalities."""
    rng = random.Random(seed)
    statuses = ("Medlem",) * 6 + ("Ny", "Intresserad", "Avböjt")
    member_rows = []
    for name in municipality_names(members):
        status = rng.choice(statuses)
        row: dict = {"Kommun": name, "Status": status, "Invånare": population(rng)}
        if status == "Avböjt" and rng.random() < 0.5:
            row["Invånare"] = None
        if rng.random() < 0.1:
            row["Kommentar"] = "Beslut väntas i kommunfullmäktige i höst."
        member_rows.append(row)
    fee = {"Fast avgift": 3000, "Per invånare": Decimal("0.20"), "Tak invånare": 150000, "År": 2025}
    budget_rows = []
    for year in (2024, 2025):
        budget_rows += [
            {"År": year, "Del": "Utgifter", "Grupp": "Kansli", "Post": "Lön samordnare", "Belopp": 720000},
            {"År": year, "Del": "Utgifter", "Grupp": "Kansli", "Post": "Lokaler & IT", "Belopp": 96500},
            {"År": year, "Del": "Utgifter", "Grupp": "Projekt", "Post": "Seminarier", "Belopp": 150000},
            {"År": year, "Del": "Utgifter", "Grupp": "Projekt", "Post": "Klimatcoachning", "Belopp": 1_933_500},
            {"År": year, "Del": "Inkomster", "Post": "Medlemsavgifter", "Belopp": 2_400_000},
            {"År": year, "Del": "Inkomster", "Post": "Regionbidrag", "Belopp": 500000, "Status": "ansökt"},
        ]
    write_workbook(
        PLAN,
        folder / "plan.xlsx",
        rows={
            "Mål": [{"Mål": f"Nätverkets mål nummer {n}.", "Kategori": "Övergripande"} for n in (1, 2)],
            "Projekt": [
                {
                    "Projekt": "Solel på skolor",
                    "Start": "2024-03",
                    "Slut": "2025-12",
                    "Belopp": 480000,
                    "Status": "pågående",
                    "Beskrivning": "Solceller på tio skolor.",
                }
            ],
        },
        values={
            "Uppgifter": {
                "Organisation": "Energinätverket Sverige",
                "Period": "2024-2025",
                "Dokumenttitel": "Verksamhetsplan och budget",
                "Datum": dt.date(2023, 11, 3),
                "Författare": "Kansliet",
            }
        },
    )
    write_workbook(BUDGET, folder / "budget.xlsx", rows={"Budget": budget_rows})
    write_workbook(MEMBERS, folder / "medlemmar.xlsx", rows={"Medlemmar": member_rows}, values={"Avgift": fee})
    return folder
