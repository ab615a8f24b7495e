"""Another programme – other municipalities, clusters and questions – with the same slutrapport template."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx

from tests.helpers import NBSP, document_lines, run, table_rows
from tests.other_sets import (
    ANSWERS,
    COORDINATORS,
    FOREIGN_WORDS,
    MUNICIPALITIES,
    PROGRAMME_HEADINGS,
    QUESTIONS,
    write_other_programme,
    write_programme_with_document,
)


def test_other_programme_renders_every_question_recomputed(tmp_path: Path):
    folder = write_other_programme(tmp_path / "inputs")
    out = tmp_path / "out"
    result = run("build", "--inputs", str(folder.parent), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    path = out / "energilyftet" / "slutrapport.docx"
    lines = document_lines(path)
    text = "\n".join(lines)
    assert "5 kommuner har deltagit i Energilyftet under perioden 2019–2022, fördelade på 2 kluster." in text
    assert f"Av dem har 4 besvarat enkäten, en svarsfrekvens på 80{NBSP}%." in text
    assert "Enkäten har inte besvarats av Boden." in text
    appendix = lines[len(lines) - 1 - lines[::-1].index("Bilaga 2. Enkätsvar i sammandrag") :]  # not the TOC
    assert [line for line in appendix if line.startswith("Fråga ")] == [
        "Fråga 1. Har kommunen en energiplan?",
        "Fråga 2. Vilka åtgärder har genomförts?",
        "Fråga 3. Timmar per vecka?",
        "Fråga 4. När antogs planen?",
        "Fråga 5. Hur nöjd är kommunen?",
        "Fråga 6. Bästa exemplet?",
    ]
    assert not any(line.startswith(("Q1", "Q2", "Q3", "Q4", "Q5", "Q6")) for line in lines), "no internal ids"
    assert ("Svar i tal. Medianen är 5 timmar per vecka; det lägsta svaret är 3,5 timmar per vecka och det "
            "högsta 10 timmar per vecka (4 kommuner har svarat)." in appendix)
    assert "Kiruna: Solel & LED" in appendix and "Luleå: Cykelvägar <3" in appendix
    tables = table_rows(path)
    q2 = next(t for t in tables if t[1][0] == "LED")
    assert q2[1:] == [
        ["LED", "3", f"100{NBSP}%"],
        ["Solel", "1", f"33{NBSP}%"],
        ["Cykel", "1", f"33{NBSP}%"],
        ["Har svarat", "3", ""],
    ]
    q4 = next(t for t in tables if t[1][0] == "2020" and len(t[0]) == 3)
    assert q4[1:] == [["2020", "2", f"67{NBSP}%"], ["2021", "1", f"33{NBSP}%"], ["Har svarat", "3", ""]]
    clusters = next(t for t in tables if t[0] == ["Kluster", "Svarat", "Fördelning"])
    assert clusters[1:] == [
        ["Fjäll", "2", f"Ja 50{NBSP}%, Nej 50{NBSP}%"],
        ["Kust", "2", f"Ja 50{NBSP}%, Vet ej 50{NBSP}%"],
    ]
    energy = next(t for t in tables if t[0][0] == "Energibärare")
    assert energy[1:] == [["El", "10,0", "350,3", "\u2212340,3"], ["Totalt", "10,0", "350,3", "\u2212340,3"]]
    research = next(t for t in tables if t[0][0] == "År" and len(t[0]) == 2)
    assert research[-1] == ["Summa", f"375{NBSP}000"]
    descriptions = [e.get("descr") for e in docx.Document(str(path)).element.body.iter() if e.tag.endswith("}docPr")]
    assert len(descriptions) == len([line for line in lines if line.startswith("Figur ")]) >= 4
    assert all(descriptions)


def test_answer_not_among_alternatives_is_an_error_with_its_cell(tmp_path: Path):
    answers = [dict(ANSWERS[0], Q1="Kanske"), *ANSWERS[1:], {"Kommun": "Jokkmokk", "Q1": "Ja", "Q4": 20}]
    twice = {"Kommun": "Kiruna", "Kluster": "Kust", "Pilotlän": "nej", "Nestor": "nej"}
    folder = write_other_programme(
        tmp_path / "inputs",
        name="fel",
        answers=answers,
        municipalities=[*MUNICIPALITIES, twice],
        energy=[],
        research=[],
    )
    result = run("check", "--inputs", str(folder.parent), "fel")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert (
        "fel: fel/slutrapport.xlsx › Svar › B2: svaret på Q1: väntade ett av ”Ja”, ”Nej”, ”Vet ej”, fann texten "
        "”Kanske”" in lines
    )
    assert (
        "fel: fel/slutrapport.xlsx › Svar › E6: svaret på Q4: väntade ett årtal (t.ex. 2009), fann värdet 20" in lines
    )
    assert "varning: fel/slutrapport.xlsx › Svar › A6: Jokkmokk har svarat men finns inte i bladet Kommuner" in lines
    assert (
        "varning: fel/slutrapport.xlsx › Kommuner › B7: Kiruna står i två kluster: Fjäll (A2) och Kust; "
        "kommunen räknas en gång i totalen och i båda klustren"
    ) in lines


def test_year_question_per_cluster_renders_with_a_chart(tmp_path: Path):
    questions = [dict(q, **({"Per kluster": "ja", "Diagram": "stapel"} if q["Id"] == "Q4" else {})) for q in QUESTIONS]
    folder = write_other_programme(tmp_path / "inputs", name="ar-per-kluster", questions=questions)
    result = run("build", "--inputs", str(folder.parent), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    clusters = [
        t
        for t in table_rows(tmp_path / "out" / "ar-per-kluster" / "slutrapport.docx")
        if t[0] == ["Kluster", "Svarat", "Fördelning"]
    ]
    assert any(["Fjäll", "2", f"2020 50{NBSP}%, 2021 50{NBSP}%"] in table for table in clusters)


def test_the_programme_s_own_document_with_its_chapters_figures_and_table(tmp_path: Path):
    folder = write_programme_with_document(tmp_path / "inputs")
    out = tmp_path / "out"
    result = run("build", "--inputs", str(folder.parent), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    path = out / "energilyftet" / "slutrapport.docx"
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading") and p.text]
    assert [h for h in headings if h in PROGRAMME_HEADINGS] == PROGRAMME_HEADINGS
    lines = document_lines(path)
    text = "\n".join(lines)
    assert "I Energilyftet har 5 kommuner i 2 kluster deltagit. Av dem svarade 4 på enkäten (80\u00a0%)." in lines
    yes = sum(1 for a in ANSWERS if a.get("Q1") == "Ja")
    assert f"{yes} kommuner har en energiplan, vilket framgår av figur 1." in lines
    hours = sorted(a["Q3"] for a in ANSWERS if "Q3" in a)
    over = sum(1 for h in hours if h > 5)
    median = (hours[1] + hours[2]) / 2
    assert (f"Medianen är {median:g} timmar per vecka; {over} "
            f"{'kommun' if over == 1 else 'kommuner'} lägger mer än fem timmar i veckan.") in lines
    assert "Varje kluster har haft en samordnare, som tabell 2 visar." in lines
    table = next(t for t in table_rows(path) if t[0] == ["Kluster", "Samordnare", "Organisation"])
    assert [tuple(r) for r in table[1:]] == COORDINATORS
    assert any(line.startswith("Tabell 2. Klustrens samordnare.") for line in lines)
    assert "[[" not in text and not any(line.startswith(("Q1", "Q2", "Q3")) for line in lines)
    with zipfile.ZipFile(path) as package:
        words = " ".join(package.read(n).decode("utf8", "replace") for n in package.namelist()
                         if n.startswith("word/") and n.endswith(".xml"))
    assert not [w for w in FOREIGN_WORDS if w.lower() in words.lower()]
