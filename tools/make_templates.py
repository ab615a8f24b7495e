"""Write the Word templates in ``templates/`` (run: ``python tools/make_templates.py``).

The templates are committed; this script is how they were made and how they
are remade after a change to their layout.  Users may also edit the .docx
files in Word directly.  Jinja tags are written one per run so Word cannot
split them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.docx.authoring import (  # noqa: E402
    ACCENT,
    HEADER_FILL,
    SUBTOTAL_FILL,
    add_page_number_footer,
    add_table_of_contents,
    repeat_as_header,
    set_cell_text,
    shade,
    style_document,
)
from generator.docx.package import normalise_package  # noqa: E402

WHITE = RGBColor(0xFF, 0xFF, 0xFF)


def new_document():
    document = docx.Document()
    style_document(document)
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    return document


def para(
    document,
    text: str = "",
    style: str | None = None,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
    align=None,
    color=None,
):
    paragraph = document.add_paragraph(style=style)
    if text:
        run = paragraph.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if color is not None:
            run.font.color.rgb = color
    if align is not None:
        paragraph.alignment = align
    return paragraph


def tag(document, text: str):
    """A paragraph holding only a docxtpl paragraph tag (``{%p … %}``); removed when rendered."""
    return document.add_paragraph(text)


def title_page(document, kind: str) -> None:
    for _ in range(6):
        para(document)
    para(document, "{{ dokument.organisation }}", size=14, bold=True, color=ACCENT)
    para(document, kind, style="Title")
    para(document, "{{ dokument.period }}", size=20, color=ACCENT)
    para(document)
    para(document, "{{ dokument.titel }}", italic=True, size=12)
    for _ in range(10):
        para(document)
    para(document, "{{ dokument.forfattare }}", size=11)
    para(document, "{{ dokument.datum }}", size=11)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def new_table(document, headers: list[str], widths_cm: list[float], right: set[int]):
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for index, header in enumerate(headers):
        cell = table.rows[0].cells[index]
        set_cell_text(cell, header, bold=True, right=index in right, color=WHITE)
        shade(cell, HEADER_FILL)
    repeat_as_header(table.rows[0])
    table._widths = widths_cm
    return table


def row(
    table,
    texts: list[str],
    *,
    right: set[int] = frozenset(),
    bold: bool = False,
    italic: bool = False,
    fill: str | None = None,
    background: str | None = None,
):
    """A table row; ``background`` is a context expression giving each cell's fill (docxtpl's cellbg)."""
    cells = table.add_row().cells
    for index, text in enumerate(texts):
        compact(cells[index])
        if background:
            cells[index].paragraphs[0].add_run(f"{{% cellbg {background} %}}")
        if text:
            set_cell_text(cells[index], text, bold=bold, italic=italic, right=index in right)
        if fill:
            shade(cells[index], fill)
    return cells


def compact(cell) -> None:
    """No spacing around an empty cell's paragraph, so rows are as tall as their text."""
    paragraph_format = cell.paragraphs[0].paragraph_format
    paragraph_format.space_after = paragraph_format.space_before = Pt(0)
    paragraph_format.line_spacing = 1.0


def control(table, text: str) -> None:
    """A row holding a docxtpl row tag (``{%tr … %}``); removed when rendered."""
    table.add_row().cells[0].paragraphs[0].add_run(text)


def fix_widths(table, keep_together: bool = False) -> None:
    """Column widths in the grid (LibreOffice reads these) and in every cell (Word reads these)."""
    widths = table._widths
    for index, column in enumerate(table.columns):
        column.width = Cm(widths[index])
    for table_row in table.rows:
        for index, cell in enumerate(table_row.cells):
            cell.width = Cm(widths[index])
            if keep_together:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True


def budget_tables(document, heading_level: int) -> None:
    """One table per budget year: groups with subtotals, totals per part and the result."""
    tag(document, "{%p for ar in budget.ar %}")
    document.add_heading("Budget {{ ar.ar }}", level=heading_level)
    table = new_table(document, ["Post", "Belopp (kr)", "Kommentar"], [7.4, 2.8, 5.8], right={1})
    control(table, "{%tr for del in ar.delar %}")
    row(table, ["{{ del.namn }}", "", ""], bold=True)
    control(table, "{%tr for grupp in del.grupper %}")
    control(table, "{%tr if grupp.namn %}")
    row(table, ["{{ grupp.namn }}", "", "{{ grupp.kommentar }}"], italic=True)
    control(table, "{%tr endif %}")
    control(table, "{%tr for rad in grupp.rader %}")
    row(table, ["{{ rad.post }}", "{{ rad.belopp }}", "{{ rad.kommentar }}"], right={1},
        background="rad.bakgrund")
    control(table, "{%tr endfor %}")
    control(table, "{%tr if grupp.namn %}")
    row(table, ["Summa {{ grupp.namn }}", "{{ grupp.summa }}", ""], right={1}, italic=True, fill=SUBTOTAL_FILL)
    control(table, "{%tr endif %}")
    control(table, "{%tr endfor %}")
    row(table, ["Summa {{ del.namn|lower }}", "{{ del.summa }}", ""], right={1}, bold=True, fill=SUBTOTAL_FILL)
    control(table, "{%tr endfor %}")
    row(table, ["Resultat (inkomster − utgifter)", "{{ ar.resultat }}", "{{ ar.resultat_text }}"], right={1}, bold=True)
    fix_widths(table)
    para(document, "{{ ar.granskning }}", italic=True, size=9.5)
    tag(document, "{%p endfor %}")


def budget_summary(document) -> None:
    table = new_table(
        document, ["År", "Utgifter (kr)", "Inkomster (kr)", "Resultat (kr)"], [3, 4.3, 4.3, 4.3], right={1, 2, 3}
    )
    control(table, "{%tr for ar in budget.ar %}")
    row(table, ["{{ ar.ar }}", "{{ ar.utgifter }}", "{{ ar.inkomster }}", "{{ ar.resultat }}"], right={1, 2, 3})
    control(table, "{%tr endfor %}")
    fix_widths(table)


def fee_section(document, heading_level: int) -> None:
    tag(document, "{%p if avgifter.finns %}")
    document.add_heading("Förslag till medlemsavgift {{ avgifter.ar }}", level=heading_level)
    para(
        document,
        "Avgiften är en fast del på {{ avgifter.fast }} kronor plus {{ avgifter.per_invanare }} kronor "
        "per invånare{{ avgifter.tak_text }}. Varje avgift avrundas till hela kronor, och summorna "
        "nedan är summor av de avrundade avgifterna. Medlemmar som avböjt betalar ingen avgift.",
    )
    table = new_table(document, ["Medlem", "Invånare", "Avgift (kr)", "Anmärkning"], [5.6, 2.8, 2.8, 4.8], right={1, 2})
    control(table, "{%tr for sektion in avgifter.sektioner %}")
    row(table, ["{{ sektion.rubrik }}", "", "", ""], bold=True)
    control(table, "{%tr for rad in sektion.rader %}")
    row(table, ["{{ rad.kommun }}", "{{ rad.invanare }}", "{{ rad.avgift }}", "{{ rad.kommentar }}"], right={1, 2})
    control(table, "{%tr endfor %}")
    control(table, "{%tr if sektion.summa %}")
    row(table, ["{{ sektion.summarubrik }}", "", "{{ sektion.summa }}", ""], right={2}, bold=True, fill=SUBTOTAL_FILL)
    control(table, "{%tr endif %}")
    control(table, "{%tr endfor %}")
    row(
        table,
        [
            "Förväntade avgiftsintäkter {{ avgifter.ar }}",
            "",
            "{{ avgifter.forvantat }}",
            "{{ avgifter.forvantat_text }}",
        ],
        right={2},
        bold=True,
    )
    fix_widths(table)
    tag(document, "{%p if avgifter.tillkommande %}")
    prospective = para(document, "{{ avgifter.tillkommande_text }}")
    prospective.paragraph_format.space_before = Pt(10)
    tag(document, "{%p endif %}")
    tag(document, "{%p if avgifter.budgeterat %}")
    para(
        document,
        "I budgeten för {{ avgifter.ar }} är medlemsavgifterna upptagna till {{ avgifter.budgeterat }} "
        "kronor. {{ avgifter.jamforelse }}",
    )
    tag(document, "{%p endif %}")
    tag(document, "{%p endif %}")


def projects_section(document, heading_level: int) -> None:
    tag(document, "{%p if projekt.rader %}")
    para(
        document,
        "Utöver basverksamheten driver eller planerar {{ dokument.organisation }} {{ projekt.antal_text }}. "
        "De sammanlagda projektmedlen uppgår till {{ projekt.summa }} kronor.",
    )
    table = new_table(document, ["Projekt", "Period", "Belopp (kr)", "Läge"], [6.6, 4.4, 2.6, 2.4], right={2})
    control(table, "{%tr for p in projekt.rader %}")
    row(table, ["{{ p.nummer }}. {{ p.namn }}", "{{ p.period }}", "{{ p.belopp }}", "{{ p.status }}"], right={2})
    control(table, "{%tr endfor %}")
    row(table, ["Summa projektmedel", "", "{{ projekt.summa }}", ""], right={2}, bold=True, fill=SUBTOTAL_FILL)
    fix_widths(table)
    tag(document, "{%p for p in projekt.rader %}")
    tag(document, "{%p if p.beskrivning %}")
    document.add_heading("{{ p.nummer }}. {{ p.namn }}", level=heading_level)
    para(document, "{{ p.beskrivning }}")
    para(document, "Period: {{ p.period }}. Budget: {{ p.belopp }} kronor.", italic=True)
    tag(document, "{%p endif %}")
    tag(document, "{%p endfor %}")
    tag(document, "{%p endif %}")


def bullets(document, lines: list[str]) -> None:
    for line in lines:
        para(document, line, style="List Bullet")


def verksamhetsplan() -> docx.Document:
    document = new_document()
    title_page(document, "Verksamhetsplan")
    add_table_of_contents(document)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    document.add_heading("Förord", level=1)
    para(
        document,
        "Det här dokumentet är ett förslag till verksamhetsplan för {{ dokument.organisation }} under "
        "perioden {{ dokument.period }}. Planen beskriver varför nätverket finns, vad det vill uppnå, "
        "hur arbetet bedrivs och följs upp samt hur verksamheten finansieras.",
    )
    para(
        document,
        "Planen styr arbetet i stora drag. Hur nätverket når sina målgrupper i detalj beskrivs i en "
        "kommunikationsplan som uppdateras varje år.",
    )
    tag(document, "{%p if dokument.arsmote %}")
    para(document, "Förslaget behandlas vid årsmötet den {{ dokument.arsmote }}.")
    tag(document, "{%p endif %}")
    para(document, "{{ dokument.forfattare }}", italic=True)

    document.add_heading("Bakgrund", level=1)
    para(
        document,
        "Minskade utsläpp av växthusgaser hör till samhällets största utmaningar, och mycket av det "
        "praktiska arbetet sker i kommunerna: i den fysiska planeringen, i energiförsörjningen, i "
        "transporterna och i de egna verksamheterna. Kommunerna kan ändå inte nå de nationella "
        "klimatmålen på egen hand – det krävs också statliga beslut och stöd.",
    )
    tag(document, "{%p if dokument.bildat %}")
    para(
        document,
        "{{ dokument.organisation }} bildades {{ dokument.bildat }} för att stödja kommuner i det lokala "
        "klimatarbetet.{{ dokument.vard_text }}",
    )
    tag(document, "{%p endif %}")
    tag(document, "{%p if medlemmar.finns %}")
    para(
        document,
        "Inför perioden har nätverket {{ medlemmar.antal_text }}: {{ medlemmar.namnlista }}. "
        "Medlemmarna är kommuner av olika storlek och med olika förutsättningar – ett medvetet val som "
        "visar att klimatarbete går att bedriva oavsett storlek.",
    )
    tag(document, "{%p if medlemmar.nya %}")
    para(document, "Dessutom har {{ medlemmar.nya }} beslutat att gå med.")
    tag(document, "{%p endif %}")
    tag(document, "{%p endif %}")

    document.add_heading("Syfte med nätverket", level=1)
    para(
        document,
        "Nätverkets övergripande syfte är att bidra till minskade utsläpp av växthusgaser. Det sker "
        "genom att stödja kommuner som vill arbeta med klimatfrågan, sprida kunskap och erfarenheter "
        "från det lokala arbetet och föra fram vilka möjligheter och hinder kommunerna möter till dem "
        "som beslutar på regional och nationell nivå. Nätverket söker också samarbete med liknande "
        "nätverk i andra länder.",
    )

    document.add_heading("Mål för nätverket", level=1)
    para(document, "Nätverkets övergripande mål för perioden {{ dokument.period }} är:")
    tag(document, "{%p for kategori in mal %}")
    tag(document, "{%p if kategori.namn %}")
    para(document, "{{ kategori.namn }}", bold=True)
    tag(document, "{%p endif %}")
    tag(document, "{%p for m in kategori.mal %}")
    para(document, "{{ m }}", style="List Bullet")
    tag(document, "{%p endfor %}")
    tag(document, "{%p endfor %}")

    document.add_heading("Målgrupper", level=1)
    para(
        document,
        "Den främsta målgruppen är förtroendevalda och tjänstepersoner i kommunerna. Därefter kommer "
        "myndigheter med sektorsansvar, riksdag och regering. Invånarna nås indirekt, genom det arbete "
        "som medlemmarna gör i sina egna kommuner.",
    )

    document.add_heading("Medlemskap", level=1)
    para(
        document,
        "Kommuner och regioner kan bli medlemmar. Ett medlemskap förutsätter ett politiskt beslut om att",
    )
    bullets(
        document,
        [
            "regelbundet inventera utsläppen av växthusgaser,",
            "sätta upp mål för hur utsläppen ska minska,",
            "ha en handlingsplan och genomföra åtgärder som minskar utsläppen, och",
            "återkommande berätta för nätverket hur arbetet går.",
        ],
    )
    para(
        document,
        "Varje medlem avgör själv i vilken politisk församling beslutet fattas. Nya medlemmar kommer "
        "till genom inbjudan från nätverket eller på egen begäran.",
    )
    tag(document, "{%p if avgifter.finns %}")
    para(
        document,
        "Medlemmarna betalar en årlig avgift som finansierar basverksamheten. För {{ avgifter.ar }} "
        "föreslås en fast avgift på {{ avgifter.fast }} kronor plus {{ avgifter.per_invanare }} kronor "
        "per invånare{{ avgifter.tak_text }}; avgiften för varje medlem redovisas i avsnittet om "
        "medlemsavgift.",
    )
    tag(document, "{%p endif %}")

    document.add_heading("Verksamhet", level=1)
    para(
        document,
        "Verksamheten bygger på att medlemmarna själva bidrar med politisk vilja och med tjänstepersoner "
        "som deltar aktivt. Webbplats, nyhetsbrev, seminarier, utbildningar och projekt är i stor "
        "utsträckning öppna även för kommuner som inte är medlemmar, medan nätverksträffar och politiska "
        "uppvaktningar i första hand är till för medlemmarna.",
    )
    for heading, text in (
        (
            "Inspiration",
            "Nätverket ger kommunerna idéer, motivation och verktyg genom nätverksträffar, seminarier, "
            "workshoppar, webbplats och nyhetsbrev där medlemmarna delar erfarenheter och material. "
            "Kansliet fungerar som ett extra stöd och bevakar nyheter på området. Nyckeltal för "
            "medlemmarnas klimatarbete tas fram så att utvecklingen kan följas.",
        ),
        (
            "Kompetensutveckling",
            "Nätverket höjer kunskapen om klimatfrågan hos förtroendevalda och tjänstepersoner, "
            "ofta tillsammans med andra organisationer, genom utbildningar, seminarier och "
            "workshoppar om aktuella frågor.",
        ),
        (
            "Projekt",
            "När flera kommuner har samma behov samordnar nätverket gemensamma projekt, till exempel "
            "kampanjer eller energikartläggningar. Samordningen ger vinster vid ansökan om medel, "
            "planering, genomförande och uppföljning.",
        ),
        (
            "Opinionsbildning",
            "Erfarenheterna från det lokala arbetet förs fram till regionala och nationella "
            "beslutsfattare genom uppvaktningar, remissvar, personliga kontakter och nätverkets "
            "årliga rapport.",
        ),
        (
            "Samverkan",
            "Aktiviteterna genomförs gärna tillsammans med andra aktörer – myndigheter, energikontor, "
            "regionala organisationer och andra nätverk – för att nå fler och använda resurserna väl.",
        ),
    ):
        document.add_heading(heading, level=2)
        para(document, text)

    tag(document, "{%p if projekt.rader %}")
    document.add_heading("Pågående och kommande projekt", level=1)
    tag(document, "{%p endif %}")
    projects_section(document, heading_level=2)

    document.add_heading("Uppföljning", level=1)
    para(
        document,
        "Verksamheten följs upp varje år i en verksamhetsberättelse som visar, i siffror och i ord, hur "
        "arbetet har bidragit till nätverkets mål. Verksamhetsberättelsen innehåller också en ekonomisk "
        "redovisning. I slutet av perioden utvärderas verksamheten av en extern utvärderare.",
    )

    document.add_heading("Organisation", level=1)
    tag(document, "{%p if dokument.vard %}")
    para(
        document,
        "{{ dokument.vard }} är värd för nätverket, har arbetsgivaransvar för kansliet och ansvarar för "
        "redovisningen gentemot bidragsgivarna.",
    )
    tag(document, "{%p endif %}")
    para(
        document,
        "Kansliet sköter nätverkets administration och samordnar aktiviteterna. Dess uppgifter styrs av "
        "verksamhetsplanen och kommunikationsplanen.",
    )

    tag(document, "{%p if budget.ar %}")
    document.add_heading("Budget {{ dokument.period }}", level=1)
    para(
        document,
        "Budgeten avser kansliet och basverksamheten. Under perioden kan ytterligare medel tillkomma "
        "genom ansökningar för särskilda aktiviteter; de går inte att uppskatta i förväg. Alla summor "
        "är beräknade ur budgetens rader.",
    )
    budget_summary(document)
    budget_tables(document, heading_level=2)
    tag(document, "{%p endif %}")
    fee_section(document, heading_level=1)
    add_page_number_footer(document.sections[0])
    return document


def budget() -> docx.Document:
    document = new_document()
    title_page(document, "Budgetförslag")
    document.add_heading("Budgetförslag {{ dokument.organisation }} {{ dokument.period }}", level=1)
    para(
        document,
        "Budgeten nedan avser kansliet och basverksamheten under perioden {{ dokument.period }}. Under "
        "perioden kan ytterligare medel tillkomma genom ansökningar för särskilda aktiviteter; de går "
        "inte att uppskatta i förväg eftersom de beror på beslut om enskilda ansökningar.",
    )
    para(
        document,
        "Alla delsummor, summor och resultat är beräknade ur budgetens rader. Kommentarerna bredvid "
        "posterna anger till exempel beslutsläget för sökta bidrag.",
    )
    document.add_heading("Sammanställning", level=2)
    budget_summary(document)
    budget_tables(document, heading_level=2)
    fee_section(document, heading_level=1)
    add_page_number_footer(document.sections[0])
    return document


def caption(document, text: str):
    return para(document, text, style="Caption")


def question_block(document, loop: str, *, appendix: bool) -> None:
    """One survey question as the report shows it: summary, figure or table, cluster breakdown, answers."""
    tag(document, f"{{%p for q in {loop} %}}")
    if appendix:
        document.add_heading("{{ q.id }}. {{ q.fraga }}", level=3)
        para(document, "{{ q.typ_text }}", italic=True, size=9.5)
    summary = para(document, "{{ q.sammanfattning }}")
    summary.paragraph_format.space_before = Pt(10)
    tag(document, "{%p if q.ar_figur %}")
    picture = para(document, "{{ q.bild }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    picture.paragraph_format.keep_with_next = True  # the caption stays with its chart
    caption(document, "{{ q.nummer }}. {{ q.fraga }} ({{ q.svarat }}.)")
    tag(document, "{%p endif %}")
    tag(document, "{%p if q.har_rader %}")
    tag(document, "{%p if q.ar_tabell %}")
    caption(document, "{{ q.nummer }}. {{ q.fraga }} ({{ q.svarat }}.)")
    tag(document, "{%p endif %}")
    table = new_table(document, ["Svar", "Antal", "Andel"], [10.4, 2.8, 2.8], right={1, 2})
    control(table, "{%tr for r in q.rader %}")
    row(table, ["{{ r.etikett }}", "{{ r.antal }}", "{{ r.andel }}"], right={1, 2})
    control(table, "{%tr endfor %}")
    row(table, ["Har svarat", "{{ q.antal_svar }}", ""], right={1}, bold=True, fill=SUBTOTAL_FILL)
    fix_widths(table)
    tag(document, "{%p if q.flerval %}")
    para(document, "Flera svar var möjliga; andelarna är av dem som svarat och kan tillsammans bli mer än 100 %.",
         italic=True, size=9)
    tag(document, "{%p endif %}")
    tag(document, "{%p endif %}")
    tag(document, "{%p if q.kluster %}")
    para(document, "Per kluster:", bold=True)
    table = new_table(document, ["Kluster", "Svarat", "Fördelning"], [5.0, 1.8, 9.2], right={1})
    control(table, "{%tr for k in q.kluster %}")
    row(table, ["{{ k.kluster }}", "{{ k.svarat }}", "{{ k.fordelning }}"], right={1})
    control(table, "{%tr endfor %}")
    fix_widths(table)
    tag(document, "{%p endif %}")
    if appendix:
        tag(document, "{%p for t in q.texter %}")
        para(document, "{{ t.kommun }}: {{ t.text }}", style="List Bullet")
        tag(document, "{%p endfor %}")
    tag(document, "{%p endfor %}")


def slutrapport() -> docx.Document:
    document = new_document()
    for _ in range(4):
        para(document)
    para(document, "{{ rapport.myndighet }}", size=14, bold=True, color=ACCENT)
    para(document, "{{ rapport.titel }}", style="Title")
    para(document, "{{ rapport.programrad }}", size=18, color=ACCENT)
    for _ in range(12):
        para(document)
    tag(document, "{%p if rapport.rapportnummer %}")
    para(document, "{{ rapport.rapportnummer }}")
    tag(document, "{%p endif %}")
    tag(document, "{%p if rapport.diarienummer %}")
    para(document, "Diarienummer {{ rapport.diarienummer }}")
    tag(document, "{%p endif %}")
    para(document, "{{ rapport.ort }}, {{ rapport.datum }}")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    document.add_heading("Förord", level=1)
    para(document, "Den här rapporten redovisar programmet {{ rapport.program }} under perioden "
                   "{{ rapport.period }}: vad som gjorts, vad kommunerna själva säger om arbetet och vilka "
                   "resultat som kan ses. Underlaget är kommunernas svar på en enkät, programmets egen "
                   "uppföljning och redovisningar från dem som deltagit.")
    para(document, "Kommunerna har en nyckelroll i omställningen av energisystemet. De planerar, äger fastigheter "
                   "och verksamheter, upphandlar och möter invånare och företag varje dag. Ett långsiktigt och "
                   "strategiskt energiarbete i kommunerna gör därför skillnad långt utanför den egna "
                   "organisationen.")
    para(document, "Ett stort tack till alla kommuner, klustersamordnare och andra som bidragit till programmet "
                   "och till rapporten.")
    para(document, "{{ rapport.ort }}, {{ rapport.datum }}")
    para(document, "{{ rapport.undertecknare }}", bold=True)
    para(document, "{{ rapport.undertecknarens_titel }}")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    add_table_of_contents(document)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    document.add_heading("Sammanfattning", level=1)
    para(document, "I {{ rapport.program }} har {{ kommuner.antal }} kommuner, indelade i "
                   "{{ kommuner.antal_kluster }} kluster, arbetat med att ta fram och genomföra energi- och "
                   "klimatstrategier under perioden {{ rapport.period }}. Av dem har {{ kommuner.svarande }} "
                   "besvarat programmets enkät, vilket ger en svarsfrekvens på {{ kommuner.svarsfrekvens }}.")
    tag(document, "{%p if energi.finns %}")
    para(document, "De {{ energi.antal_kommuner }} kommuner som redovisat sin energianvändning anger att den sedan "
                   "programstarten har ökat med {{ energi.okat }} MWh och minskat med {{ energi.minskat }} MWh "
                   "inom olika energibärare; nettot är {{ energi.skillnad }} MWh.")
    tag(document, "{%p endif %}")
    tag(document, "{%p if forskning.finns %}")
    para(document, "Till programmet hör ett forskningsprogram med en budget på sammanlagt {{ forskning.summa }} "
                   "kronor för åren {{ forskning.forsta_ar }}–{{ forskning.sista_ar }}.")
    tag(document, "{%p endif %}")
    para(document, "Alla siffror i rapporten är beräknade direkt ur kommunernas svar. Andelar anges av dem som "
                   "besvarat respektive fråga och avrundas till hela procent.")

    document.add_heading("Uppdraget", level=1)
    para(document, "{{ rapport.myndighet }} har haft regeringens uppdrag att stödja kommuner i ett strategiskt "
                   "arbete med energieffektivisering och förnybar energi inom ramen för {{ rapport.program }}. "
                   "{{ kommuner.uppdrag_text }}Rapporten är programmets slutredovisning.")

    document.add_heading("Bakgrund", level=1)
    para(document, "Kommunerna ansvarar för den fysiska planeringen, äger en stor del av lokalerna, driver "
                   "verksamheter med betydande energianvändning och påverkar invånarnas och företagens val. "
                   "Programmet har gett kommunerna stöd att arbeta strategiskt: att ta fram en energi- och "
                   "klimatstrategi med mål och handlingsplan, att förankra den politiskt och att genomföra "
                   "konkreta åtgärder.")
    para(document, "Kommunerna har arbetat i kluster med en samordnare, ofta vid ett regionalt energikontor. "
                   "Klustren har gett tillfällen att utbyta erfarenheter, lära av varandra och samverka om "
                   "gemensamma aktiviteter.")

    document.add_heading("Kommunernas arbete", level=1)
    para(document, "Det här kapitlet beskriver hur långt kommunerna har kommit med sina energi- och "
                   "klimatstrategier, hur arbetet är förankrat och vilka resurser det har fått.")
    question_block(document, "avsnitt.kommunernas_arbete", appendix=False)

    document.add_heading("Pilotlänet", level=1)
    tag(document, "{%p if kommuner.pilotlan.kommuner %}")
    para(document, "I pilotlänet deltar {{ kommuner.pilotlan.antal }} kommuner: {{ kommuner.pilotlan.kommuner }}. "
                   "Här har programmet prövat hur länsgemensamma insatser kan stärka de enskilda kommunernas "
                   "arbete.")
    tag(document, "{%p endif %}")
    tag(document, "{%p if aktiviteter.finns %}")
    para(document, "Under perioden har {{ aktiviteter.antal }} länsgemensamma aktiviteter genomförts. De "
                   "redovisas nedan efter slag och år.")
    tag(document, "{%p for typ in aktiviteter.typer %}")
    document.add_heading("{{ typ.typ }} ({{ typ.antal }})", level=2)
    table = new_table(document, ["År", "Aktivitet", "Beskrivning"], [1.6, 6.4, 8.0], right=set())
    control(table, "{%tr for a in typ.rader %}")
    row(table, ["{{ a.ar }}", "{{ a.titel }}", "{{ a.beskrivning }}"])
    control(table, "{%tr endfor %}")
    fix_widths(table)
    tag(document, "{%p endfor %}")
    tag(document, "{%p endif %}")
    question_block(document, "avsnitt.pilotlan", appendix=False)

    document.add_heading("Klustren", level=1)
    para(document, "Kommunerna har varit indelade i {{ kommuner.antal_kluster }} kluster. Varje kluster har haft "
                   "en samordnare som ordnat träffar, stöttat kommunerna och förmedlat kontakter.")
    table = new_table(document, ["Kluster", "Antal", "Kommuner"], [4.6, 1.6, 9.8], right={1})
    control(table, "{%tr for k in kommuner.kluster %}")
    row(table, ["{{ k.namn }}", "{{ k.antal }}", "{{ k.kommuner }}"], right={1})
    control(table, "{%tr endfor %}")
    fix_widths(table)
    tag(document, "{%p if kommuner.dubbla %}")
    para(document, "Observera: {{ kommuner.dubbla }} står i två kluster i underlaget och räknas därför i båda "
                   "klustren men en gång i programmets total.", italic=True, size=9.5)
    tag(document, "{%p endif %}")
    question_block(document, "avsnitt.kluster", appendix=False)

    document.add_heading("Temaområden", level=1)
    para(document, "Utöver strategiarbetet har kommunerna valt temaområden att fördjupa sig i, ofta tillsammans "
                   "med andra kommuner som prioriterat samma område.")
    question_block(document, "avsnitt.temaomraden", appendix=False)

    document.add_heading("Kunskapsspridning", level=1)
    para(document, "Programmet har samlat och spridit goda exempel från kommunerna och ordnat nationella träffar "
                   "där erfarenheter har utbytts.")
    question_block(document, "avsnitt.kunskapsspridning", appendix=False)

    document.add_heading("Resultat", level=1)
    para(document, "Här redovisas vad kommunerna har tagit fram och genomfört tack vare programmet och hur "
                   "energianvändningen i den egna organisationen har förändrats.")
    question_block(document, "avsnitt.resultat", appendix=False)
    tag(document, "{%p if energi.finns %}")
    document.add_heading("Förändrad energianvändning", level=2)
    para(document, "{{ energi.antal_kommuner }} kommuner har redovisat hur energianvändningen i den egna "
                   "organisationen har förändrats sedan programmets start, per energibärare och i MWh. Sammantaget "
                   "har användningen {{ energi.riktning }}; skillnaden mellan ökning och minskning är "
                   "{{ energi.skillnad }} MWh. Några kommuner kan ha svarat i kWh i stället för MWh, så siffrorna "
                   "bör läsas med försiktighet.")
    caption(document, "{{ energi.nummer }}. Förändrad energianvändning i kommunernas egna organisationer, MWh "
                      "({{ energi.antal_kommuner }} kommuner har svarat).")
    table = new_table(document, ["Energibärare", "Ökat", "Minskat", "Skillnad"], [6.4, 3.2, 3.2, 3.2],
                      right={1, 2, 3})
    control(table, "{%tr for r in energi.rader %}")
    row(table, ["{{ r.kategori }}", "{{ r.okat }}", "{{ r.minskat }}", "{{ r.skillnad }}"], right={1, 2, 3})
    control(table, "{%tr endfor %}")
    row(table, ["Totalt", "{{ energi.okat }}", "{{ energi.minskat }}", "{{ energi.skillnad }}"], right={1, 2, 3},
        bold=True, fill=SUBTOTAL_FILL)
    fix_widths(table)
    tag(document, "{%p endif %}")

    tag(document, "{%p if forskning.finns %}")
    document.add_heading("Forskning", level=1)
    para(document, "Forskningsprogrammet har finansierat projekt som studerar kommunernas energiarbete. "
                   "Budgetramen är sammanlagt {{ forskning.summa }} kronor.")
    caption(document, "{{ forskning.nummer }}. Forskningsprogrammets projektmedel per år, kronor.")
    table = new_table(document, ["År", "Projektmedel (kr)"], [8.0, 8.0], right={1})
    control(table, "{%tr for r in forskning.rader %}")
    row(table, ["{{ r.ar }}", "{{ r.belopp }}"], right={1})
    control(table, "{%tr endfor %}")
    row(table, ["Summa", "{{ forskning.summa }}"], right={1}, bold=True, fill=SUBTOTAL_FILL)
    fix_widths(table)
    tag(document, "{%p endif %}")

    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("Bilaga 1. Deltagande kommuner och klusterindelning", level=1)
    tag(document, "{%p for k in kommuner.kluster %}")
    para(document, "{{ k.namn }} ({{ k.antal }} kommuner)", bold=True)
    para(document, "{{ k.kommuner }}")
    tag(document, "{%p endfor %}")
    tag(document, "{%p if kommuner.ej_svarat %}")
    para(document, "Alla kommuner utom {{ kommuner.ej_svarat }} har besvarat enkäten.", italic=True)
    tag(document, "{%p endif %}")

    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("Bilaga 2. Enkätsvar i sammandrag", level=1)
    para(document, "Bilagan redovisar varje fråga i enkäten i den ordning den ställdes: hur många som svarat och "
                   "resultatet. Andelar är av dem som besvarat frågan, avrundade till hela procent. "
                   "{{ kommuner.svarande }} av {{ kommuner.antal }} kommuner har besvarat enkäten.")
    question_block(document, "bilaga", appendix=True)
    add_page_number_footer(document.sections[0])
    return document


def save(document, name: str) -> None:
    import io

    buffer = io.BytesIO()
    document.core_properties.title = ""
    document.core_properties.author = "plangen"
    document.save(buffer)
    (ROOT / "templates" / name).write_bytes(normalise_package(buffer.getvalue()))
    print("skrev", ROOT / "templates" / name)


if __name__ == "__main__":
    save(verksamhetsplan(), "verksamhetsplan.docx")
    save(budget(), "budget.docx")
    save(slutrapport(), "slutrapport.docx")
