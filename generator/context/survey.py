"""The render context of the slutrapport: programme facts, survey results, charts, tables, appendices."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from generator import charts
from generator.compute.report import SurveyFigures
from generator.compute.rounding import percent
from generator.compute.survey import EnergyTable, QuestionResult, Result
from generator.context.common import join_swedish
from generator.formatting import long_date, number
from generator.formatting import percent as format_percent
from generator.ledger import Ledger
from generator.model import Question, SurveyInputs
from generator.schema.contract import REPORT_SECTIONS

PlaceChart = Callable[[charts.ChartSpec, str, str], object]
"""(chart, alt text, title) → what the template prints; the caller decides when charts are drawn."""
QUESTION_KINDS = {
    "val": "Ett svar per kommun.",
    "flerval": "Flera svar möjliga.",
    "skala": "Svar på en skala.",
    "tal": "Svar i tal.",
    "år": "Svar i årtal.",
    "text": "Svar i fritext.",
}
CHART_NAMES = {"stapel": "Stapeldiagram", "liggande stapel": "Liggande stapeldiagram", "cirkel": "Cirkeldiagram"}


@dataclass
class Numbering:
    """Running numbers of tables and figures, in the order the template places them."""

    tables: int = 0
    figures: int = 0

    def table(self) -> str:
        self.tables += 1
        return f"Tabell {self.tables}"

    def figure(self) -> str:
        self.figures += 1
        return f"Figur {self.figures}"


def answered_text(count: int) -> str:
    return f"{count} kommun har svarat" if count == 1 else f"{count} kommuner har svarat"


def plain_number(value: Decimal | None) -> str:
    if value is None:
        return "–"
    return number(value, 0 if value == value.to_integral_value() else 1)


def survey_context(inputs: SurveyInputs, figures: SurveyFigures, ledger: Ledger, make_image: PlaceChart) -> dict:
    info = inputs.info
    assert info is not None, "slutrapport.xlsx › Uppgifter is validated before contexts are built"
    numbering = Numbering()
    presenter = _Presenter(ledger, make_image, numbering)
    results = {r.question.id: r for r in figures.results}
    # Chapters in the template's order, so tables and figures are numbered as they appear.
    sections = {
        name: [presenter.present(r, narrative=True) for r in figures.results if r.question.section == name]
        for name in REPORT_SECTIONS
    }
    energy = _energy(figures.energy, ledger, numbering, inputs)
    research = _research(inputs, figures, ledger, numbering)
    appendix = [presenter.present(r, narrative=False) for r in figures.results]
    unique = figures.municipalities
    answered = len(figures.respondents)
    rate = percent(answered, len(unique))
    pilot = sorted({m.name for m in inputs.municipalities if m.pilot_county})
    doubles = sorted(
        {m.name for m in inputs.municipalities if sum(1 for n in inputs.municipalities if n.name == m.name) > 1}
    )
    kommun_places = [m.place for m in inputs.municipalities]
    return {
        "rapport": {
            "titel": info.title,
            "program": info.programme,
            "etapp": info.stage or "",
            "period": info.period.display,
            "programrad": _programme_line(info),
            "forsta_ar": info.period.first,
            "sista_ar": info.period.last,
            "myndighet": info.agency,
            "ort": info.town,
            "datum": long_date(info.date),
            "undertecknare": info.signatory,
            "undertecknarens_titel": info.signatory_title or "",
            "diarienummer": info.reference or "",
            "rapportnummer": info.report_number or "",
            "ovrigt": dict(info.extra),
        },
        "kommuner": {
            "antal": ledger.count(
                "Kommuner › Antal deltagande", len(unique), kommun_places, rule="antal olika kommuner i bladet Kommuner"
            ),
            "uppdrag": str(info.commissioned) if info.commissioned else "",
            "uppdrag_text": f"Enligt uppdraget skulle {info.commissioned} kommuner delta. "
            if info.commissioned
            else "",
            "svarande": ledger.count(
                "Enkät › Antal svarande",
                answered,
                [r.place for r in inputs.responses],
                rule="antal rader i bladet Svar",
            ),
            "svarsfrekvens": ledger.percent("Enkät › Svarsfrekvens", rate, rule="svarande / deltagande kommuner"),
            "ej_svarat": join_swedish(sorted(set(unique) - set(figures.respondents))),
            "antal_kluster": str(len(figures.clusters)),
            "kluster": [
                {
                    "namn": name,
                    "antal": ledger.count(
                        f"Kluster › {name} › Antal kommuner",
                        len(members),
                        [m.place for m in inputs.municipalities if m.cluster == name],
                    ),
                    "kommuner": join_swedish(sorted(members)),
                }
                for name, members in figures.clusters.items()
            ],
            "pilotlan": {"antal": str(len(pilot)), "kommuner": join_swedish(pilot)},
            "nestorer": join_swedish(sorted({m.name for m in inputs.municipalities if m.nestor})),
            "dubbla": join_swedish(doubles),
        },
        "avsnitt": {_key(name): items for name, items in sections.items()},
        "energi": energy,
        "forskning": research,
        "aktiviteter": _activities(inputs),
        "bilaga": appendix,
        "fragor": {qid: {"fraga": r.question.text, "svarat": str(r.overall.answered)} for qid, r in results.items()},
    }


def _programme_line(info) -> str:
    """``Uthållig kommun etapp 2, 2008–2011`` for the title page."""
    stage = (info.stage or "").strip()
    if stage and not stage.casefold().startswith("etapp"):
        stage = f"etapp {stage}"
    return f"{info.programme}{' ' + stage if stage else ''}, {info.period.display}"


def _key(section: str) -> str:
    return {
        "Kommunernas arbete": "kommunernas_arbete",
        "Pilotlän": "pilotlan",
        "Kluster": "kluster",
        "Temaområden": "temaomraden",
        "Kunskapsspridning": "kunskapsspridning",
        "Resultat": "resultat",
    }[section]


class _Presenter:
    """Turns one question's result into what a template shows: caption, table rows, chart, summary."""

    def __init__(self, ledger: Ledger, make_image: PlaceChart, numbering: Numbering):
        self.ledger = ledger
        self.make_image = make_image
        self.numbering = numbering

    def present(self, result: QuestionResult, *, narrative: bool) -> dict:
        question, overall = result.question, result.overall
        sources = list(result.sources) or [question.place]
        rows = [self._count_row(question, count, overall.answered, sources, result) for count in overall.counts]
        is_chart = question.chart in CHART_NAMES and question.type != "text"
        is_table = question.chart == "tabell" or (not is_chart and bool(rows))
        item = {
            "id": question.id,
            "fraga": question.text,
            "typ": question.type,
            "typ_text": QUESTION_KINDS[question.type],
            "svarat": answered_text(overall.answered),
            "antal_svar": self.ledger.count(
                f"Enkät › {question.id} › Antal svar",
                overall.answered,
                sources,
                rule="antal kommuner som besvarat frågan",
            ),
            "rader": rows,
            "har_rader": bool(rows) and (is_table or not narrative),
            "kluster": self._cluster_rows(result),
            "texter": [{"kommun": name, "text": text} for name, text in overall.texts],
            "tal": self._number_summary(result, sources),
            "sammanfattning": self._sentence(question, overall),
            "flerval": question.type == "flerval",
            "nummer": "",
            "bild": "",
            "alt": "",
            "ar_figur": False,
            "ar_tabell": False,
        }
        if is_chart and overall.answered:
            item["nummer"] = self.numbering.figure()
            spec, alt = self._chart(result)
            item["alt"] = alt
            item["bild"] = self.make_image(spec, alt, f"{item['nummer']}. {question.text}")
            item["ar_figur"] = True
        elif item["har_rader"] and (is_table or narrative):
            item["nummer"] = self.numbering.table()
            item["ar_tabell"] = True
        return item

    def _count_row(self, question: Question, count, answered: int, sources, result: QuestionResult) -> dict:
        label = f"Enkät › {question.id} › {count.label}"
        text = self.ledger.count(
            label + " › antal", count.count, sources, rule=f"antal svar ”{count.label}” på {question.id}"
        )
        share = self.ledger.percent(
            label + " › andel",
            count.share,
            sources,
            rule=f"andel av {answered} som besvarat {question.id}, halvt uppåt",
        )
        return {"etikett": count.label, "antal": text, "andel": share}

    def _cluster_rows(self, result: QuestionResult) -> list[dict]:
        rows = []
        for cluster, res in result.by_cluster:
            if result.question.type == "tal":
                summary = res.summary
                detail = f"median {plain_number(summary.median)}" if summary and summary.median is not None else "–"
            else:
                detail = ", ".join(f"{c.label} {format_percent(c.share)}" for c in res.counts if c.count)
            rows.append({"kluster": cluster, "svarat": str(res.answered), "fordelning": detail or "–"})
        return rows

    def _number_summary(self, result: QuestionResult, sources) -> dict:
        summary = result.overall.summary
        if summary is None:
            return {}
        qid = result.question.id
        return {
            "median": self.ledger.record(
                f"Enkät › {qid} › median", plain_number(summary.median), sources, rule=f"median av svaren på {qid}"
            ),
            "lagsta": self.ledger.record(f"Enkät › {qid} › lägsta", plain_number(summary.lowest), sources),
            "hogsta": self.ledger.record(f"Enkät › {qid} › högsta", plain_number(summary.highest), sources),
        }

    def _sentence(self, question: Question, overall: Result) -> str:
        if not overall.answered:
            return "Ingen kommun har besvarat frågan."
        if question.type == "tal":
            s = overall.summary
            return (
                f"Medianen är {plain_number(s.median)}; det lägsta svaret är {plain_number(s.lowest)} och det "
                f"högsta {plain_number(s.highest)} ({answered_text(overall.answered)})."
            )
        if question.type == "text":
            return f"{answered_text(overall.answered).capitalize()}; svaren återges i sin helhet."
        top = max(overall.counts, key=lambda c: c.count)
        tied = [c for c in overall.counts if c.count == top.count]
        if len(tied) > 1:
            names = join_swedish([c.label if question.type == "år" else f"”{c.label}”" for c in tied])
            verb = "angav" if question.type == "år" else "valde"
            return (f"Lika många kommuner {verb} {names}: {top.count} av {overall.answered} var "
                    f"({format_percent(top.share)}).")
        if question.type == "år":
            return (
                f"Flest kommuner angav {top.label} – {top.count} av {overall.answered} ({format_percent(top.share)})."
            )
        if question.type == "flerval":
            return (
                f"Flest kommuner valde ”{top.label}” – {top.count} av {overall.answered} "
                f"({format_percent(top.share)}). Flera svar var möjliga, så andelarna kan tillsammans "
                "bli mer än 100 %."
            )
        return (
            f"Vanligast var svaret ”{top.label}”, som {top.count} av {overall.answered} kommuner "
            f"({format_percent(top.share)}) gav."
        )

    def _chart(self, result: QuestionResult) -> tuple[charts.ChartSpec, str]:
        """The chart of a question and its alt text, which carries every value the chart shows."""
        question, overall = result.question, result.overall
        spec, what, items = _chart_data(result, horizontal=question.chart == "liggande stapel")
        alt = (
            f"{CHART_NAMES[question.chart]}{what}: {question.text} "
            + "; ".join(items)
            + f". {answered_text(overall.answered)}."
        )
        return spec, alt


def _count_bars(labels: list[str], counts: list[int], horizontal: bool) -> charts.ChartSpec:
    return charts.bar_spec(
        labels,
        [charts.Series("Antal", tuple(float(c) for c in counts))],
        horizontal=horizontal,
        unit="",
        value_axis="Antal kommuner",
    )


def _chart_data(result: QuestionResult, horizontal: bool) -> tuple[charts.ChartSpec, str, list[str]]:
    """(chart, what it shows beyond its kind, one text per value) for a question's result."""
    question, overall = result.question, result.overall
    answered_clusters = [(c, r) for c, r in result.by_cluster if r.answered]
    if answered_clusters and question.type != "tal":
        series = [
            charts.Series(
                alternative,
                tuple(
                    float(next((c.share for c in r.counts if c.label == alternative), 0) or 0)
                    for _, r in answered_clusters
                ),
            )
            for alternative in [c.label for c in overall.counts]
        ]
        spec = charts.bar_spec(
            [f"{c} (n={r.answered})" for c, r in answered_clusters],
            series,
            horizontal=True,
            stacked=question.type != "flerval",
            ordered=question.type == "skala",
            value_axis="Andel av dem som svarat i klustret (%)",
        )
        items = [
            f"{c}: " + ", ".join(f"{x.label} {format_percent(x.share)}" for x in r.counts) for c, r in answered_clusters
        ]
        return spec, " per kluster", items
    if question.type == "tal" and result.by_cluster:
        pairs = [(c, r.summary.median) for c, r in result.by_cluster if r.summary and r.summary.median is not None]
        spec = charts.bar_spec(
            [c for c, _ in pairs],
            [charts.Series("Median", tuple(float(v) for _, v in pairs))],
            horizontal=True,
            unit="",
            value_axis="Median",
        )
        return spec, ", median per kluster", [f"{c} {plain_number(v)}" for c, v in pairs]
    if question.type == "tal":
        labels, counts = histogram(overall.values)
        items = [f"{label}: {count}" for label, count in zip(labels, counts, strict=True)]
        return _count_bars(labels, counts, horizontal), ", antal kommuner per svarsintervall", items
    labels = [c.label for c in overall.counts]
    if question.type == "år":
        counts = [c.count for c in overall.counts]
        return _count_bars(labels, counts, horizontal), "", [f"{c.label}: {c.count}" for c in overall.counts]
    shares = [float(c.share or 0) for c in overall.counts]
    if question.chart == "cirkel":
        spec = charts.pie_spec(labels, shares)
    else:
        spec = charts.bar_spec(
            labels,
            [charts.Series("Andel", tuple(shares))],
            horizontal=horizontal,
            value_axis="Andel av dem som svarat (%)",
        )
    return spec, "", [f"{c.label} {format_percent(c.share)}" for c in overall.counts]


def histogram(values: tuple[Decimal, ...]) -> tuple[list[str], list[int]]:
    """Counts per value when there are few distinct values, else per interval of a round width."""
    distinct = sorted(set(values))
    if len(distinct) <= 12:
        return [plain_number(v) for v in distinct], [values.count(v) for v in distinct]
    low, high = min(values), max(values)
    raw = (high - low) / 8 or Decimal(1)
    magnitude = Decimal(10) ** (len(str(int(raw))) - 1)
    width = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    start = (low // width) * width
    whole = all(v == v.to_integral_value() for v in values) and width == width.to_integral_value()
    labels, counts = [], []
    edge = start
    while edge <= high:
        upper = edge + width
        counts.append(sum(1 for v in values if edge <= v < upper))
        last = plain_number(upper - 1) if whole else f"under {plain_number(upper)}"
        labels.append(f"{plain_number(edge)}–{last}")
        edge = upper
    return labels, counts


def _energy(table: EnergyTable, ledger: Ledger, numbering: Numbering, inputs: SurveyInputs) -> dict:
    if not table.rows:
        return {"finns": False}
    places = {}
    for change in inputs.energy:
        places.setdefault(change.category, []).append(change.place)
    rows = []
    for row in table.rows:
        prefix = f"Energi › {row.category}"
        src = places.get(row.category, [])
        rows.append(
            {
                "kategori": row.category,
                "okat": ledger.number(prefix + " › Ökat", row.increased, 1, src, rule="summa Ökat för kategorin"),
                "minskat": ledger.number(prefix + " › Minskat", row.decreased, 1, src, rule="summa Minskat"),
                "skillnad": ledger.number(prefix + " › Skillnad", row.difference, 1, src, rule="Ökat − Minskat"),
            }
        )
    total = table.total
    every = [c.place for c in inputs.energy]
    return {
        "finns": True,
        "nummer": numbering.table(),
        "rader": rows,
        "okat": ledger.number("Energi › Totalt › Ökat", total.increased, 0, every, rule="summa av alla Ökat"),
        "minskat": ledger.number("Energi › Totalt › Minskat", total.decreased, 0, every, rule="summa av alla Minskat"),
        "skillnad": ledger.number(
            "Energi › Totalt › Skillnad", total.difference, 0, every, rule="totalt Ökat − totalt Minskat"
        ),
        "antal_kommuner": str(table.municipalities),
        "riktning": "ökat" if total.difference > 0 else "minskat",
    }


def _research(inputs: SurveyInputs, figures: SurveyFigures, ledger: Ledger, numbering: Numbering) -> dict:
    if not inputs.research:
        return {"finns": False}
    rows = [
        {"ar": str(r.year), "belopp": ledger.kronor(f"Forskning › {r.year}", r.amount, r.place)}
        for r in sorted(inputs.research, key=lambda r: r.year)
    ]
    return {
        "finns": True,
        "nummer": numbering.table(),
        "rader": rows,
        "summa": ledger.kronor(
            "Forskning › Summa",
            figures.research_total,
            [r.place for r in inputs.research],
            rule="summa av projektmedlen per år",
        ),
        "summa_miljoner": number(
            figures.research_total / 1_000_000, 0 if figures.research_total % 1_000_000 == 0 else 1
        ),
        "forsta_ar": str(min(r.year for r in inputs.research)),
        "sista_ar": str(max(r.year for r in inputs.research)),
    }


def _activities(inputs: SurveyInputs) -> dict:
    kinds: dict[str, list[dict]] = {}
    for activity in sorted(inputs.activities, key=lambda a: a.year):
        kinds.setdefault(activity.kind, []).append(
            {"ar": str(activity.year), "titel": activity.title, "beskrivning": activity.description or ""}
        )
    return {
        "finns": bool(kinds),
        "antal": str(len(inputs.activities)),
        "typer": [{"typ": kind, "antal": str(len(rows)), "rader": rows} for kind, rows in kinds.items()],
    }
