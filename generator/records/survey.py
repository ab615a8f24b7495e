"""slutrapport.xlsx → :class:`~generator.model.SurveyInputs`, answers typed by their question."""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from pathlib import Path

from generator.model import (
    Activity,
    EnergyChange,
    Municipality,
    Question,
    ReportInfo,
    ResearchYear,
    Response,
    SurveyInputs,
)
from generator.problems import Place, Problems
from generator.records.user_tables import user_tables
from generator.schema.contract import SURVEY
from generator.schema.types import Choice, Number, Rejected, Text, Year, describe
from generator.xlsx.reader import WorkbookData, normalise_header, read_workbook

CHOICE_TYPES = ("val", "flerval", "skala")
ANSWER_SEPARATOR = ";"


def split_choices(text: str) -> list[str]:
    return [part.strip() for part in text.split(ANSWER_SEPARATOR) if part.strip()]


def read_survey_inputs(folder: Path, problems: Problems) -> SurveyInputs:
    inputs = SurveyInputs()
    data = read_workbook(folder / SURVEY.filename, SURVEY, problems)
    if data is None:
        return inputs
    inputs.user_tables = user_tables(SURVEY.filename, data.user_sheets)
    _info(data, inputs)
    _municipalities(data, inputs, problems)
    _questions(data, inputs, problems)
    _responses(data, inputs, problems)
    _energy(data, inputs)
    for row in data.tables["Forskning"].rows:
        if row.values["År"] is not None and row.values["Projektmedel"] is not None:
            inputs.research.append(
                ResearchYear(row.values["År"], row.values["Projektmedel"], row.place("Projektmedel"))
            )
    for row in data.tables["Aktiviteter"].rows:
        v = row.values
        if v["År"] is not None and v["Typ"] and v["Titel"]:
            inputs.activities.append(
                Activity(v["År"], v["Typ"], v["Titel"], v.get("Beskrivning") or None, row.place("Titel"))
            )
    return inputs


def _info(data: WorkbookData, inputs: SurveyInputs) -> None:
    sheet = data.key_values.get("Uppgifter")
    if sheet is None or not sheet.complete:
        return
    v = sheet.values
    commissioned = v.get("Antal kommuner enligt uppdrag")
    inputs.info = ReportInfo(
        title=v["Titel"],
        programme=v["Program"],
        period=v["Period"],
        agency=v["Myndighet"],
        town=v["Ort"],
        date=v["Datum"],
        signatory=v["Undertecknare"],
        signatory_title=v.get("Undertecknarens titel"),
        stage=v.get("Etapp"),
        reference=v.get("Diarienummer"),
        report_number=v.get("Rapportnummer"),
        commissioned=int(commissioned) if commissioned is not None else None,
        extra=dict(sheet.extra),
    )


def _municipalities(data: WorkbookData, inputs: SurveyInputs, problems: Problems) -> None:
    first_cluster: dict[str, Municipality] = {}
    for row in data.tables["Kommuner"].rows:
        v = row.values
        if not v["Kommun"] or not v["Kluster"]:
            continue
        groups = [("Kluster", v["Kluster"])]
        for column in ("Pilotlän", "Nestor"):
            if v.get(column):
                groups.append((column, v[column]))
        for header, (raw, _place) in row.extra.items():
            text = unicodedata.normalize("NFC", str(raw)).strip() if raw is not None else ""
            if text and isinstance(raw, str):
                groups.append((header, text))
        municipality = Municipality(
            v["Kommun"],
            v["Kluster"],
            int(v["Invånare"]) if v.get("Invånare") is not None else None,
            row.place("Kommun"),
            tuple(groups),
        )
        key = normalise_header(municipality.name)
        earlier = first_cluster.get(key)
        if earlier is not None:
            if normalise_header(earlier.cluster) == normalise_header(municipality.cluster):
                problems.error(row.place("Kommun"), f"{municipality.name} finns redan på {earlier.place.cell}")
                continue
            problems.warning(
                row.place("Kluster"),
                f"{municipality.name} står i två kluster: {earlier.cluster} ({earlier.place.cell}) och "
                f"{municipality.cluster}; kommunen räknas en gång i totalen och i båda klustren",
            )
        else:
            first_cluster[key] = municipality
        inputs.municipalities.append(municipality)


def _questions(data: WorkbookData, inputs: SurveyInputs, problems: Problems) -> None:
    for row in data.tables["Frågor"].rows:
        v = row.values
        if not v["Id"] or not v["Fråga"] or not v["Typ"] or not v["Diagram"]:
            continue
        thresholds = _thresholds(v.get("Gränser"), row.place("Gränser") if "Gränser" in row.places else None,
                                 problems)
        alternatives = tuple(split_choices(v["Alternativ"] or ""))
        if v["Typ"] in CHOICE_TYPES and not alternatives:
            problems.error(
                row.place("Alternativ"),
                f"frågan {v['Id']} är av typen {v['Typ']} men saknar svarsalternativ (åtskilda med ;)",
            )
            continue
        if v["Typ"] == "text" and v["Diagram"] not in ("ingen", "tabell"):
            problems.warning(row.place("Diagram"), f"frågan {v['Id']} är en textfråga; diagrammet ritas inte")
        inputs.questions.append(
            Question(
                v["Id"],
                v["Fråga"],
                v["Typ"],
                alternatives,
                v["Diagram"],
                v.get("Per kluster") == "ja",
                row.place("Id"),
                unit=v.get("Enhet") or None,
                thresholds=thresholds,
            )
        )


def _thresholds(text: str | None, place, problems: Problems) -> tuple[Decimal, ...]:
    """``20000; 100 000`` → (20000, 100000); a part that is no number is an error at the cell."""
    values = []
    for part in split_choices(text or ""):
        cleaned = part.replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            values.append(Decimal(cleaned))
        except ArithmeticError:
            problems.error(place, f"gränsvärdet ”{part}” är inget tal; skriv t.ex. 20000; 100000")
    return tuple(values)


def _answer_type(question: Question):
    if question.type in ("val", "skala"):
        return Choice(question.alternatives)
    if question.type == "tal":
        return Number(minimum=Decimal(0))
    if question.type == "år":
        return Year()
    return Text()


def parse_answer(question: Question, raw: object) -> object:
    """A typed answer: str, list[str] (flerval), Decimal (tal), int or alternative (år), str (text)."""
    if question.type == "flerval":
        if not isinstance(raw, str):
            raise Rejected(f"väntade val ur frågans alternativ åtskilda med ;, fann {describe(raw)}")
        choice = Choice(question.alternatives)
        picked = [choice.parse(part) for part in split_choices(raw)]
        return list(dict.fromkeys(picked))
    if question.type == "år" and question.alternatives and isinstance(raw, str):
        try:
            return Choice(question.alternatives).parse(raw)
        except Rejected:
            pass
    try:
        return _answer_type(question).parse(raw)
    except Rejected as exc:
        if question.type == "år" and question.alternatives:
            raise Rejected(f"{exc} eller ett av {', '.join(question.alternatives)}") from exc
        raise


def _responses(data: WorkbookData, inputs: SurveyInputs, problems: Problems) -> None:
    table = data.tables["Svar"]
    if not table.present:
        return
    questions = {normalise_header(q.id): q for q in inputs.questions}
    known = {normalise_header(m.name) for m in inputs.municipalities}
    for header in table.open_headers:
        if normalise_header(header) not in questions:
            problems.warning(
                Place(table.place.file, table.place.sheet, "rad 1"),
                f"kolumnen ”{header}” i Svar är ingen fråga i bladet Frågor; den ignoreras",
            )
    for row in table.rows:
        name = row.values["Kommun"]
        if not name:
            continue
        if normalise_header(name) not in known and inputs.municipalities:
            problems.warning(row.place("Kommun"), f"{name} har svarat men finns inte i bladet Kommuner")
        answers: dict[str, object] = {}
        places: dict[str, Place] = {}
        for header, (raw, place) in row.extra.items():
            question = questions.get(normalise_header(header))
            if question is None:
                continue
            places[question.id] = place
            if raw is None or (isinstance(raw, str) and not raw.strip()):
                continue
            try:
                answers[question.id] = parse_answer(question, raw)
            except Rejected as exc:
                problems.error(place, f"svaret på {question.id}: {exc}")
        inputs.responses.append(Response(name, answers, places, row.place("Kommun")))
    columns = {normalise_header(header) for header in table.open_headers}
    for question in inputs.questions:
        if normalise_header(question.id) not in columns:
            problems.warning(question.place, f"frågan {question.id} har ingen kolumn i bladet Svar")


def _energy(data: WorkbookData, inputs: SurveyInputs) -> None:
    for row in data.tables["Energi"].rows:
        v = row.values
        if not v["Kommun"] or not v["Kategori"]:
            continue
        inputs.energy.append(
            EnergyChange(
                v["Kommun"], v["Kategori"], v["Ökat"] or Decimal(0), v["Minskat"] or Decimal(0), row.place("Kategori")
            )
        )
