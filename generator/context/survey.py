"""The catalogue of the slutrapport: programme facts, survey results, charts, tables and lists.

Where a result is placed is the document's choice; this module only names
what can be placed.  Every sentence here states what the answers hold, so it
is true for any programme's data.
"""

from __future__ import annotations

from decimal import Decimal

from generator.blocks import (
    BulletList,
    Catalogue,
    Chart,
    ChartSeries,
    Column,
    Content,
    Heading,
    Paragraph,
    Row,
    Table,
    normalise_name,
)
from generator.compute.report import SurveyFigures
from generator.compute.rounding import percent
from generator.compute.survey import (
    EnergyTable,
    QuestionResult,
    Result,
    count_above,
    count_below,
    count_by_year,
    groups_of,
)
from generator.context.common import info_figures, join_swedish
from generator.formatting import long_date, number
from generator.formatting import percent as format_percent
from generator.ledger import Ledger
from generator.model import SurveyInputs

QUESTION_KINDS = {
    "val": "Ett svar per kommun.",
    "flerval": "Flera svar möjliga.",
    "skala": "Svar på en skala.",
    "tal": "Svar i tal.",
    "år": "Svar i årtal.",
    "text": "Svar i fritext.",
}
CHART_NAMES = {"stapel": "Stapeldiagram", "liggande stapel": "Liggande stapeldiagram", "cirkel": "Cirkeldiagram"}
MULTIPLE_NOTE = "Flera svar var möjliga; andelarna är av dem som svarat och kan tillsammans bli mer än 100 %."


def answered_text(count: int) -> str:
    return f"{count} kommun har svarat" if count == 1 else f"{count} kommuner har svarat"


#: Simple fractions a share may be written as in words: (numerator, denominator, words).
FRACTION_WORDS = ((1, 5, "en femtedel"), (1, 4, "en fjärdedel"), (1, 3, "en tredjedel"), (1, 2, "hälften"),
                  (2, 3, "två tredjedelar"), (3, 4, "tre fjärdedelar"))


def share_in_words(count: int, base: int) -> str:
    """``en tredjedel`` when exact, ``omkring en tredjedel`` within 2 percentage points, else ``33 %``."""
    if base <= 0:
        return ""
    if count == 0:
        return "ingen"
    if count == base:
        return "alla"
    for numerator, denominator, words in FRACTION_WORDS:
        if count * denominator == numerator * base:
            return words
    for numerator, denominator, words in FRACTION_WORDS:
        if abs(Decimal(count) / base - Decimal(numerator) / denominator) <= Decimal("0.02"):
            return f"omkring {words}"
    return format_percent(percent(count, base))


def per_group_caption(text: str, column: str) -> str:
    """``Fråga? Svaren per kluster.`` – a question's own punctuation is kept."""
    text = text.strip()
    if text.endswith(("?", "!", ".")):
        return f"{text} Svaren per {column.lower()}."
    return f"{text}, per {column.lower()}."


def plain_number(value: Decimal | None, unit: str | None = None) -> str:
    """``6 timmar per vecka``; a unit written ``timme per vecka|timmar per vecka`` gives its singular for 1."""
    if value is None:
        return "–"
    text = number(value, 0 if value == value.to_integral_value() else 1)
    if unit and "|" in unit:
        singular, _, plural = unit.partition("|")
        unit = (singular if value == 1 else plural).strip()
    return f"{text} {unit}" if unit else text


def survey_document_catalogue(prepared) -> Catalogue:
    """The slutrapport's catalogue: the survey's names and the user's own tables."""
    from generator.context.user_tables import user_table_blocks

    catalogue = survey_catalogue(prepared.inputs, prepared.figures)
    user_table_blocks(catalogue, prepared.inputs.user_tables)
    return catalogue


def survey_catalogue(inputs: SurveyInputs, figures: SurveyFigures) -> Catalogue:
    info = inputs.info
    assert info is not None, "slutrapport.xlsx › Uppgifter is validated before catalogues are built"
    catalogue = Catalogue()
    commissioned = str(info.commissioned) if info.commissioned else ""
    info_figures(catalogue, {}, info.extra, (
        ("titel", "Titel", "Rapportens titel", info.title),
        ("program", "Program", "Programmets namn", info.programme),
        ("etapp", "Etapp", "Programmets etapp", info.stage or ""),
        ("period", "Period", "Programperioden, t.ex. 2008–2011", info.period.display),
        ("första-år", "Period", "Programperiodens första år", str(info.period.first)),
        ("sista-år", "Period", "Programperiodens sista år", str(info.period.last)),
        ("myndighet", "Myndighet", "Myndigheten som ger ut rapporten", info.agency),
        ("ort", "Ort", "Ort för underskriften", info.town),
        ("datum", "Datum", "Rapportens datum", long_date(info.date)),
        ("undertecknare", "Undertecknare", "Den som undertecknar", info.signatory),
        ("undertecknarens-titel", "Undertecknarens titel", "Undertecknarens titel", info.signatory_title or ""),
        ("diarienummer", "Diarienummer", "Diarienummer", info.reference or ""),
        ("rapportnummer", "Rapportnummer", "Rapportserie och nummer", info.report_number or ""),
        ("antal-kommuner-enligt-uppdrag", "Antal kommuner enligt uppdrag", "Antal kommuner enligt uppdraget",
         commissioned),
    ))
    stage = (info.stage or "").strip()
    if stage and not stage.casefold().startswith("etapp"):
        stage = f"etapp {stage}"
    catalogue.figure("programrad", "Programmet, etappen och perioden, t.ex. ”Program etapp 2, 2008–2011”",
                     f"{info.programme}{' ' + stage if stage else ''}, {info.period.display}")
    catalogue.figure("sidhuvud", "Titeln och rapportnumret, för sidhuvudet",
                     info.title + (f" · {info.report_number}" if info.report_number else ""))
    _programme(catalogue, inputs, figures)
    for result in figures.results:
        _question(catalogue, result, len(figures.municipalities))
    _appendix(catalogue, figures)
    _energy(catalogue, figures.energy, inputs)
    _research(catalogue, inputs, figures)
    _activities(catalogue, inputs)
    return catalogue


def _slug(text: str) -> str:
    return normalise_name("".join(ch if ch.isalnum() else " " for ch in text))[:40].strip("-")


def _programme(catalogue: Catalogue, inputs: SurveyInputs, figures: SurveyFigures) -> None:
    ledger = Ledger()
    places = [m.place for m in inputs.municipalities]
    participating = len(figures.municipalities)
    answered = len(figures.respondents)
    ledger.count("Kommuner › Antal deltagande", participating, places, rule="antal olika kommuner i bladet Kommuner")
    ledger.count("Enkät › Antal svarande", answered, [r.place for r in inputs.responses],
                 rule="antal rader i bladet Svar")
    rate = ledger.percent("Enkät › Svarsfrekvens", percent(answered, participating),
                          rule="svarande / deltagande kommuner, halvt uppåt")
    catalogue.figure("antal-kommuner", "Antal deltagande kommuner (bladet Kommuner)", str(participating), ledger,
                     count=participating)
    catalogue.figure("antal-svarande", "Antal kommuner som besvarat enkäten (bladet Svar)", str(answered), ledger,
                     count=answered)
    catalogue.figure("svarsfrekvens", "Andel av de deltagande kommunerna som svarat", rate, ledger)
    missing = sorted(set(figures.municipalities) - set(figures.respondents))
    catalogue.figure("antal-ej-svarat", "Antal deltagande kommuner som inte svarat", str(len(missing)), ledger,
                     count=len(missing))
    catalogue.figure("kommuner-ej-svarat", "De kommuner som inte svarat", join_swedish(missing), ledger)
    doubles = sorted({m.name for m in inputs.municipalities
                      if sum(1 for n in inputs.municipalities if n.name == m.name) > 1})
    catalogue.figure("kommuner-i-två-kluster", "Kommuner som står i två kluster", join_swedish(doubles), ledger)
    catalogue.block("kommunlista", "Alla deltagande kommuner som punktlista",
                    [BulletList(tuple(figures.municipalities))], ledger)
    for column, values in groups_of(inputs.municipalities).items():
        _grouping(catalogue, inputs, column, values)


def _grouping(catalogue: Catalogue, inputs: SurveyInputs, column: str, values: dict[str, list[str]]) -> None:
    """Figures and tables of one grouping column of Kommuner (Kluster, Pilotlän, Nestor, …)."""
    key = _slug(column)
    ledger = Ledger()
    catalogue.figure(f"antal-{key}-värden", f"Antal olika värden i kolumnen {column}", str(len(values)), ledger,
                     count=len(values))
    if column == "Kluster":
        catalogue.figure("antal-kluster", "Antal kluster", str(len(values)), ledger, count=len(values))
    rows = []
    listing: list[Row] = []
    population = {m.name: m.population for m in inputs.municipalities}
    for value, names in values.items():
        places = [m.place for m in inputs.municipalities if (column, value) in m.groups]
        count = ledger.count(f"{column} › {value} › Antal kommuner", len(names), places,
                             rule=f"antal kommuner med {column} = {value}")
        slug = f"{key}-{_slug(value)}"
        catalogue.figure(f"antal-kommuner-{slug}", f"Antal kommuner med {column} = {value}", count, ledger,
                         count=len(names))
        catalogue.figure(f"kommuner-{slug}", f"Kommunerna med {column} = {value}", join_swedish(sorted(names)),
                         ledger)
        rows.append(Row((value, count, join_swedish(sorted(names)))))
        listing.append(Row((f"{value} ({count})", ""), "group"))
        listing.extend(Row((name, number(population.get(name)) if population.get(name) else ""))
                       for name in sorted(names))
    columns = (Column(column, 4.6), Column("Antal", 1.6, "right"), Column("Kommuner", 9.8))
    catalogue.block(f"{key}-tabell", f"Tabell: antal kommuner och deras namn per {column}",
                    [Table(f"Kommunerna per {column.lower()}.", columns, tuple(rows))], ledger)
    catalogue.block(f"kommuner-per-{key}", f"Tabell: kommunerna under en rubrikrad per {column}, med invånare",
                    [Table(f"Deltagande kommuner per {column.lower()}.",
                           (Column("Kommun", 11.0), Column("Invånare", 5.0, "right")), tuple(listing))], ledger)


class _QuestionParts:
    """One question's result as tables, charts, sentences and figures, recorded in its own ledger."""

    def __init__(self, result: QuestionResult):
        self.result = result
        self.question = result.question
        self.ledger = Ledger()
        self.sources = list(result.sources) or [result.question.place]
        self.key = _slug(self.question.id)

    @property
    def caption(self) -> str:
        return f"{self.question.text} ({answered_text(self.result.overall.answered)}.)"

    def count_table(self, caption: str | None) -> Table | None:
        question, overall = self.question, self.result.overall
        if not overall.counts:
            return None
        rows = []
        for count in overall.counts:
            label = f"Enkät › {question.text} › {count.label}"
            number_text = self.ledger.count(label + " › antal", count.count, self.sources,
                                            rule=f"antal svar ”{count.label}”")
            share = self.ledger.percent(label + " › andel", count.share, self.sources,
                                        rule=f"andel av {overall.answered} som svarat, halvt uppåt")
            rows.append(Row((count.label, number_text, share)))
        rows.append(Row(("Har svarat", str(overall.answered), ""), "total"))
        columns = (Column("Svar", 10.4), Column("Antal", 2.8, "right"), Column("Andel", 2.8, "right"))
        note = MULTIPLE_NOTE if question.type == "flerval" else None
        return Table(caption, columns, tuple(rows), note)

    def number_table(self, caption: str | None) -> Table | None:
        summary = self.result.overall.summary
        if summary is None:
            return None
        unit = self.question.unit
        rows = (
            Row(("Median", self.median_text)),
            Row(("Lägsta", plain_number(summary.lowest, unit))),
            Row(("Högsta", plain_number(summary.highest, unit))),
            Row(("Har svarat", str(self.result.overall.answered)), "total"),
        )
        return Table(caption, (Column("", 8.0), Column("Värde", 8.0, "right")), rows)

    @property
    def median_text(self) -> str:
        summary = self.result.overall.summary
        return self.ledger.record(
            f"Enkät › {self.question.text} › median", plain_number(summary.median if summary else None,
                                                                     self.question.unit),
            self.sources, rule="median av svaren",
        )

    def table(self, caption: str | None) -> Table | None:
        if self.question.type == "tal":
            return self.number_table(caption)
        return self.count_table(caption)

    def group_table(self, column: str, groups: tuple[tuple[str, Result], ...]) -> Table:
        rows = []
        for value, res in groups:
            if self.question.type == "tal":
                detail = f"median {plain_number(res.summary.median, self.question.unit)}" \
                    if res.summary and res.summary.median is not None else "–"
            elif self.question.type == "text":
                detail = f"{res.answered} svar"
            else:
                detail = ", ".join(f"{c.label} {format_percent(c.share)}" for c in res.counts if c.count)
            rows.append(Row((value, str(res.answered), detail or "–")))
        columns = (Column(column, 5.0), Column("Svarat", 1.8, "right"), Column("Fördelning", 9.2))
        return Table(per_group_caption(self.question.text, column), columns, tuple(rows))

    def chart(self) -> Chart | None:
        question, overall = self.question, self.result.overall
        if question.type == "text" or not overall.answered:
            return None
        horizontal = question.chart == "liggande stapel" or any(len(c.label) > 18 for c in overall.counts)
        kind_name = CHART_NAMES.get(question.chart, "Stapeldiagram")
        if question.type == "tal":
            from generator.compute.bins import number_bins

            bins = number_bins(overall.values)
            labels = tuple(label for label, _ in bins)
            counts = tuple(float(c) for _, c in bins)
            unit = f" ({question.unit.split('|')[-1].strip()})" if question.unit else ""
            alt = (f"Stapeldiagram, antal kommuner per svarsintervall{unit}: {question.text} "
                   + "; ".join(f"{label}: {int(c)}" for label, c in zip(labels, counts, strict=True))
                   + f". {answered_text(overall.answered)}.")
            return Chart(self.caption, alt, "bar", labels, (ChartSeries("Antal kommuner", counts),),
                         horizontal=horizontal, percent=False, value_axis="Antal kommuner")
        labels = tuple(c.label for c in overall.counts)
        if question.type == "år":
            counts = tuple(float(c.count) for c in overall.counts)
            alt = (f"{kind_name}: {question.text} " + "; ".join(f"{c.label}: {c.count}" for c in overall.counts)
                   + f". {answered_text(overall.answered)}.")
            return Chart(self.caption, alt, "bar", labels, (ChartSeries("Antal kommuner", counts),),
                         horizontal=horizontal, percent=False, value_axis="Antal kommuner")
        shares = tuple(float(c.share or 0) for c in overall.counts)
        alt = (f"{kind_name}: {question.text} "
               + "; ".join(f"{c.label} {format_percent(c.share)}" for c in overall.counts)
               + f". {answered_text(overall.answered)}.")
        if question.chart == "cirkel" and question.type != "flerval":
            from generator.compute.rounding import largest_remainder

            whole = tuple(float(v) for v in largest_remainder([c.count for c in overall.counts]))
            return Chart(self.caption, alt, "pie", labels, (ChartSeries("Andel", whole),))
        return Chart(self.caption, alt, "bar", labels, (ChartSeries("Andel", shares),), horizontal=horizontal,
                     value_axis="Andel av dem som svarat (%)")

    def group_chart(self, column: str, groups: tuple[tuple[str, Result], ...]) -> Chart | None:
        """Stacked 100 % bars per group (single choice, scale), or grouped bars (multiple choice), or medians."""
        from generator.compute.rounding import largest_remainder

        question = self.question
        answered = [(value, res) for value, res in groups if res.answered]
        if not answered or question.type == "text":
            return None
        categories = tuple(f"{value} (n = {res.answered})" for value, res in answered)
        caption = per_group_caption(question.text, column)
        if question.type == "tal":
            pairs = [(value, res.summary.median) for value, res in answered
                     if res.summary and res.summary.median is not None]
            alt = (f"Liggande stapeldiagram, median per {column.lower()}: {question.text} "
                   + "; ".join(f"{v} {plain_number(m, question.unit)}" for v, m in pairs) + ".")
            unit = f" ({question.unit.split('|')[-1].strip()})" if question.unit else ""
            return Chart(caption, alt, "bar", tuple(f"{v}" for v, _ in pairs),
                         (ChartSeries("Median", tuple(float(m) for _, m in pairs)),), horizontal=True,
                         percent=False, value_axis=f"Median{unit}", decimals=1)
        labels = [c.label for c in self.result.overall.counts]
        stacked = question.type != "flerval"
        per_group = []
        for _, res in answered:
            by_label = {c.label: c for c in res.counts}
            if stacked:
                per_group.append(largest_remainder([by_label[label].count for label in labels]))
            else:
                per_group.append([by_label[label].share or 0 for label in labels])
        series = tuple(
            ChartSeries(label, tuple(float(shares[index]) for shares in per_group))
            for index, label in enumerate(labels)
        )
        alt = (f"Liggande stapeldiagram per {column.lower()}: {question.text} "
               + "; ".join(f"{value}: " + ", ".join(f"{label} {shares[i]} %" for i, label in enumerate(labels))
                           for (value, _), shares in zip(answered, per_group, strict=True)) + ".")
        axis = f"Andel av dem som svarat per {column.lower()} (%)"
        return Chart(caption, alt, "bar", categories, series, horizontal=True, stacked=stacked,
                     ordered=question.type == "skala", value_axis=axis)

    def sentence(self) -> str:
        question, overall = self.question, self.result.overall
        if not overall.answered:
            return "Ingen kommun har besvarat frågan."
        if question.type == "tal":
            s = overall.summary
            unit = question.unit
            return (f"Medianen är {plain_number(s.median, unit)}; det lägsta svaret är "
                    f"{plain_number(s.lowest, unit)} och det högsta {plain_number(s.highest, unit)} "
                    f"({answered_text(overall.answered)}).")
        if question.type == "text":
            return f"{answered_text(overall.answered).capitalize()}; svaren återges i sin helhet."
        top = max(overall.counts, key=lambda c: c.count)
        tied = [c for c in overall.counts if c.count == top.count]
        if len(tied) > 1:
            names = join_swedish([c.label if question.type == "år" else f"”{c.label}”" for c in tied])
            verb = "angav" if question.type == "år" else "valde"
            return (f"Lika många kommuner {verb} {names}: {top.count} av {overall.answered} vardera "
                    f"({format_percent(top.share)}).")
        if question.type == "år":
            return f"Flest kommuner angav {top.label}: {top.count} av {overall.answered} ({format_percent(top.share)})."
        if question.type == "flerval":
            return (f"Flest kommuner valde ”{top.label}”: {top.count} av {overall.answered} "
                    f"({format_percent(top.share)}). Flera svar var möjliga.")
        return (f"Vanligast var svaret ”{top.label}”: {top.count} av {overall.answered} kommuner "
                f"({format_percent(top.share)}).")

    def main_contents(self) -> list[Content]:
        """What the question's column Diagram asks for: its chart, else its table."""
        chart = self.chart() if self.question.chart in CHART_NAMES else None
        if chart is not None:
            return [chart]
        if self.question.type == "text":
            return [self.answers_list()] if self.result.overall.texts else []
        table = self.table(self.caption)
        return [table] if table is not None else []

    def answers_list(self) -> BulletList:
        return BulletList(tuple(f"{name}: {text}" for name, text in self.result.overall.texts))


def _question(catalogue: Catalogue, result: QuestionResult, participating: int = 0) -> None:
    parts = _QuestionParts(result)
    question, overall, key, ledger = parts.question, result.overall, parts.key, parts.ledger
    about = f"frågan ”{_short(question.text)}”"
    ledger.count(f"Enkät › {question.text} › Antal svar", overall.answered, parts.sources,
                 rule="antal kommuner som besvarat frågan")
    catalogue.block(f"fråga-{key}", f"{about}: diagram eller tabell enligt kolumnen Diagram", parts.main_contents(),
                    ledger)
    table = parts.table(parts.caption)
    if table is not None:
        catalogue.block(f"fråga-{key}-tabell", f"{about}: tabell", [table], ledger)
    chart = parts.chart()
    if chart is not None:
        catalogue.block(f"fråga-{key}-diagram", f"{about}: diagram", [chart], ledger)
    if overall.texts:
        catalogue.block(f"fråga-{key}-svar", f"{about}: svaren som punktlista", [parts.answers_list()], ledger)
        answers = Table(parts.caption, (Column("Kommun", 4.0), Column("Svar", 12.0)),
                        tuple(Row((name, text)) for name, text in overall.texts))
        catalogue.block(f"fråga-{key}-svarstabell", f"{about}: svaren i en tabell med kommun och svar", [answers],
                        ledger)
    for column, groups in result.by_group.items():
        slug = _slug(column)
        catalogue.block(f"fråga-{key}-per-{slug}", f"{about}: tabell per {column}",
                        [parts.group_table(column, groups)], ledger)
        group_chart = parts.group_chart(column, groups)
        if group_chart is not None:
            catalogue.block(f"fråga-{key}-diagram-per-{slug}", f"{about}: diagram per {column}", [group_chart],
                            ledger)
    catalogue.figure(f"{key}-antal-svar", f"Antal som besvarat {about}", str(overall.answered), ledger,
                     count=overall.answered)
    catalogue.figure(f"{key}-sammanfattning", f"En mening om resultatet av {about}", parts.sentence(), ledger)
    _answer_figures(catalogue, parts, about, participating)
    _group_figures(catalogue, parts, about)


def _short(text: str, words: int = 8) -> str:
    split = text.split()
    return " ".join(split[:words]) + (" …" if len(split) > words else "")


def _share_figures(catalogue: Catalogue, parts: _QuestionParts, name: str, what: str, counted: int,
                   participating: int) -> None:
    """The share in words (``en tredjedel``) and, for a count, its share of every participating municipality."""
    answered, ledger = parts.result.overall.answered, parts.ledger
    catalogue.figure(f"{name}-andel-i-ord", f"Andelen i ord (t.ex. ”en tredjedel”) som {what}",
                     share_in_words(counted, answered), ledger)
    if participating:
        share = ledger.percent(f"Enkät › {parts.question.text} › {name} › andel av alla",
                               percent(counted, participating), parts.sources,
                               rule=f"andel av alla {participating} deltagande kommuner, halvt uppåt")
        catalogue.figure(f"{name}-andel-av-alla", f"Andel av alla deltagande kommuner som {what}", share, ledger)


def _group_figures(catalogue: Catalogue, parts: _QuestionParts, about: str) -> None:
    """Per group: the median of a number question; for a yes/no grouping's ”ja” group each answer's share."""
    question, ledger = parts.question, parts.ledger
    for column, groups in parts.result.by_group.items():
        yes_no = {value for value, _ in groups} <= {"ja", "nej"}
        for value, res in groups:
            slug = f"{_slug(column)}-{_slug(value)}"
            where = f"bland kommunerna med {column} = {value}"
            if res.summary is not None and res.summary.median is not None:
                text = ledger.record(f"Enkät › {question.text} › median › {column} {value}",
                                     plain_number(res.summary.median, question.unit), parts.sources,
                                     rule=f"median av svaren {where}")
                catalogue.figure(f"{parts.key}-median-{slug}", f"Medianen av svaren på {about} {where}", text,
                                 ledger)
            if not yes_no or value != "ja":
                continue
            for count in res.counts:
                share = ledger.percent(f"Enkät › {question.text} › {count.label} › andel › {column} {value}",
                                       count.share, parts.sources, rule=f"andel av {res.answered} {where}")
                catalogue.figure(f"{parts.key}-{_slug(count.label)}-andel-{slug}",
                                 f"Andel som svarat ”{count.label}” på {about} {where}", share, ledger,
                                 present=bool(count.count))


def _answer_figures(catalogue: Catalogue, parts: _QuestionParts, about: str, participating: int = 0) -> None:
    question, overall, key, ledger = parts.question, parts.result.overall, parts.key, parts.ledger
    answered = overall.answered
    for count in overall.counts:
        label = f"Enkät › {question.text} › {count.label}"
        slug = f"{key}-{_slug(count.label)}"
        text = ledger.count(label + " › antal", count.count, parts.sources, rule=f"antal svar ”{count.label}”")
        catalogue.figure(f"{slug}-antal", f"Antal som svarat ”{count.label}” på {about}", text, ledger,
                         count=count.count)
        share = ledger.percent(label + " › andel", count.share, parts.sources,
                               rule=f"andel av {answered} som svarat, halvt uppåt")
        catalogue.figure(f"{slug}-andel", f"Andel som svarat ”{count.label}” på {about}", share, ledger,
                         present=bool(count.count))
        catalogue.figure(f"{slug}-andel-i-ord", f"Andelen i ord som svarat ”{count.label}” på {about}",
                         share_in_words(count.count, answered), ledger)
    summary = overall.summary
    unit = question.unit
    if summary is not None:
        catalogue.figure(f"{key}-median", f"Medianen av svaren på {about}", parts.median_text, ledger)
        for name, value in (("lägsta", summary.lowest), ("högsta", summary.highest)):
            text = ledger.record(f"Enkät › {question.text} › {name}", plain_number(value, unit), parts.sources)
            catalogue.figure(f"{key}-{name}", f"Det {name} svaret på {about}", text, ledger)
        total = ledger.record(f"Enkät › {question.text} › summa", plain_number(sum(overall.values, Decimal(0)), unit),
                              parts.sources, rule="summa av svaren")
        catalogue.figure(f"{key}-summa", f"Summan av svaren på {about}", total, ledger)
        for limit in question.thresholds:
            limit_text = plain_number(limit, unit)
            for word, counted in (("över", count_above(overall.values, limit)),
                                  ("under", count_below(overall.values, limit))):
                name = f"{key}-{word}-{_slug(format(limit.normalize(), 'f'))}"
                label = f"Enkät › {question.text} › {word} {limit_text}"
                text = ledger.count(label + " › antal", counted, parts.sources,
                                    rule=f"antal svar {word} {limit_text}")
                catalogue.figure(f"{name}-antal", f"Antal som svarat {word} {limit_text} på {about}", text, ledger,
                                 count=counted)
                share = ledger.percent(label + " › andel", percent(counted, answered), parts.sources,
                                       rule=f"andel av {answered} som svarat, halvt uppåt")
                catalogue.figure(f"{name}-andel", f"Andel som svarat {word} {limit_text} på {about}", share, ledger)
                _share_figures(catalogue, parts, name, f"svarat {word} {limit_text} på {about}", counted,
                               participating)
    if question.type == "år":
        years = sorted({int(c.label) for c in overall.counts if c.label.isdigit()} | {
            int(t) for t in question.thresholds})
        for year in years:
            counted = count_by_year(overall.counts, year)
            label = f"Enkät › {question.text} › senast {year}"
            text = ledger.count(label + " › antal", counted, parts.sources, rule=f"antal svar med år ≤ {year}")
            catalogue.figure(f"{key}-senast-{year}-antal", f"Antal som angett {year} eller tidigare på {about}",
                             text, ledger, count=counted)
            share = ledger.percent(label + " › andel", percent(counted, answered), parts.sources,
                                   rule=f"andel av {answered} som svarat, halvt uppåt")
            catalogue.figure(f"{key}-senast-{year}-andel", f"Andel som angett {year} eller tidigare på {about}",
                             share, ledger)
            _share_figures(catalogue, parts, f"{key}-senast-{year}", f"angett {year} eller tidigare på {about}",
                           counted, participating)


def _appendix(catalogue: Catalogue, figures: SurveyFigures) -> None:
    """Every question in order with how many answered, its result and its chart: one block."""
    contents: list[Content] = []
    ledger = Ledger()
    for number_, result in enumerate(figures.results, start=1):
        parts = _QuestionParts(result)
        contents.append(Heading(f"Fråga {number_}. {result.question.text}"))
        contents.append(Paragraph(f"{QUESTION_KINDS[result.question.type]} {parts.sentence()}", "normal"))
        chart = parts.chart() if result.question.chart in CHART_NAMES else None
        if chart is not None:
            contents.append(chart)
        if result.question.type == "text":
            if result.overall.texts:
                contents.append(parts.answers_list())
        else:
            table = parts.table(None if chart is not None else parts.caption)
            if table is not None and result.overall.answered:
                contents.append(table)
        if result.question.per_cluster and result.by_cluster:
            contents.append(parts.group_table("Kluster", result.by_cluster))
        ledger.figures.update(parts.ledger.figures)
    catalogue.block("enkätsvar", "Bilagan: varje fråga i ordning med antal svar, resultat och diagram", contents,
                    ledger)


def _energy(catalogue: Catalogue, table: EnergyTable, inputs: SurveyInputs) -> None:
    if not table.rows:
        catalogue.lacks(("energi-ökat", "energi-minskat", "energi-förändring", "energi-antal-kommuner"),
                        "slutrapport.xlsx har inget blad Energi med rader", blocks=("energitabell",))
        return
    ledger = Ledger()
    places: dict[str, list] = {}
    for change in inputs.energy:
        places.setdefault(change.category, []).append(change.place)
    rows = []
    for row in table.rows:
        prefix = f"Energi › {row.category}"
        src = places.get(row.category, [])
        rows.append(Row((
            row.category,
            ledger.number(prefix + " › Ökat", row.increased, 1, src, rule="summa Ökat för kategorin"),
            ledger.number(prefix + " › Minskat", row.decreased, 1, src, rule="summa Minskat för kategorin"),
            ledger.number(prefix + " › Skillnad", row.difference, 1, src, rule="Ökat − Minskat"),
        )))
    total = table.total
    every = [c.place for c in inputs.energy]
    increased = ledger.number("Energi › Totalt › Ökat", total.increased, 1, every, rule="summa av alla Ökat")
    decreased = ledger.number("Energi › Totalt › Minskat", total.decreased, 1, every, rule="summa av alla Minskat")
    difference = ledger.number("Energi › Totalt › Skillnad", total.difference, 1, every,
                               rule="totalt Ökat − totalt Minskat")
    rows.append(Row(("Totalt", increased, decreased, difference), "total"))
    columns = (Column("Energibärare", 6.4), Column("Ökat (MWh)", 3.2, "right"), Column("Minskat (MWh)", 3.2, "right"),
               Column("Skillnad (MWh)", 3.2, "right"))
    caption = f"Förändrad energianvändning per energibärare, MWh ({table.municipalities} kommuner har svarat)."
    catalogue.block("energitabell", "Tabell: ökad och minskad energianvändning per energibärare",
                    [Table(caption, columns, tuple(rows))], ledger)
    catalogue.figure("energi-ökat", "Summa ökad energianvändning (MWh)", increased, ledger)
    catalogue.figure("energi-minskat", "Summa minskad energianvändning (MWh)", decreased, ledger)
    net = number(abs(total.difference), 1)
    if total.difference < 0:
        change = f"minskat med {net} MWh netto"
    elif total.difference > 0:
        change = f"ökat med {net} MWh netto"
    else:
        change = "varken ökat eller minskat netto"
    catalogue.figure("energi-förändring", "”minskat med … MWh netto”, ”ökat med … MWh netto” eller ”varken ökat "
                     "eller minskat netto”", change, ledger)
    catalogue.figure("energi-antal-kommuner", "Antal kommuner som redovisat energianvändning",
                     str(table.municipalities), ledger, count=table.municipalities)


def _research(catalogue: Catalogue, inputs: SurveyInputs, figures: SurveyFigures) -> None:
    if not inputs.research:
        catalogue.lacks(("forskning-summa", "forskning-summa-miljoner", "forskning-första-år", "forskning-sista-år"),
                        "slutrapport.xlsx har inget blad Forskning med rader", blocks=("forskningsbudget",))
        return
    ledger = Ledger()
    research = sorted(inputs.research, key=lambda r: r.year)
    rows = [Row((str(r.year), ledger.kronor(f"Forskning › {r.year}", r.amount, r.place))) for r in research]
    total = ledger.kronor("Forskning › Summa", figures.research_total, [r.place for r in research],
                          rule="summa av projektmedlen per år")
    rows.append(Row(("Summa", total), "total"))
    catalogue.block("forskningsbudget", "Tabell: forskningsprogrammets projektmedel per år",
                    [Table("Forskningsprogrammets projektmedel per år, kronor.",
                           (Column("År", 8.0), Column("Projektmedel (kr)", 8.0, "right")), tuple(rows))], ledger)
    catalogue.figure("forskning-summa", "Summa projektmedel för forskning (kr)", total, ledger)
    millions = figures.research_total / 1_000_000
    catalogue.figure("forskning-summa-miljoner", "Summa projektmedel i miljoner kronor",
                     number(millions, 0 if millions == millions.to_integral_value() else 1), ledger)
    catalogue.figure("forskning-första-år", "Första året med projektmedel", str(research[0].year))
    catalogue.figure("forskning-sista-år", "Sista året med projektmedel", str(research[-1].year))


def _activities(catalogue: Catalogue, inputs: SurveyInputs) -> None:
    kinds: dict[str, list] = {}
    for activity in sorted(inputs.activities, key=lambda a: a.year):
        kinds.setdefault(activity.kind, []).append(activity)
    ledger = Ledger()
    columns = (Column("År", 1.6), Column("Aktivitet", 6.4), Column("Beskrivning", 8.0))
    every: list[Row] = []
    for kind, activities in kinds.items():
        rows = tuple(Row((str(a.year), a.title, a.description or "")) for a in activities)
        ledger.count(f"Aktiviteter › {kind} › Antal", len(activities), [a.place for a in activities])
        slug = _slug(kind)
        catalogue.block(f"aktiviteter-{slug}", f"Tabell: aktiviteter av slaget {kind}",
                        [Table(f"{kind}.", columns, rows)], ledger)
        items = tuple(f"{a.year}: {a.title}" + (f" – {a.description}" if a.description else "") for a in activities)
        catalogue.block(f"aktiviteter-{slug}-lista", f"Punktlista: aktiviteter av slaget {kind}, med år",
                        [BulletList(items)], ledger)
        catalogue.figure(f"antal-aktiviteter-{slug}", f"Antal aktiviteter av slaget {kind}", str(len(activities)),
                         ledger, count=len(activities))
        every.append(Row((kind, "", ""), "group"))
        every.extend(rows)
    catalogue.block("aktiviteter", "Tabell: alla aktiviteter, per slag", [Table("Aktiviteter per slag.", columns,
                    tuple(every))] if every else [], ledger)
    catalogue.figure("antal-aktiviteter", "Antal aktiviteter (bladet Aktiviteter)", str(len(inputs.activities)),
                     ledger, count=len(inputs.activities))



