"""Write plangen's default documents in ``templates/`` (run: ``python tools/make_templates.py``).

A default document is a starting point: its headings are suggestions, its
sentences are neutral and true for any inputs, and every place for the
organisation's own words is marked ``[[egen text: …]]``, which a build leaves
out (with a warning) until it is replaced.  ``plangen init`` copies these into
a new set, where the organisation edits them in Word.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.docx.authoring import DocumentWriter  # noqa: E402
from generator.docx.package import normalise_package  # noqa: E402


def own(writer: DocumentWriter, what: str) -> None:
    writer.para(f"[[egen text: {what}]]")


def verksamhetsplan() -> DocumentWriter:
    w = DocumentWriter()
    w.title_page(("[[organisation]]", "accent"), ("Verksamhetsplan", "title"), ("[[period]]", "subtitle"),
                 ("[[dokumenttitel]]", "italic"), None, ("[[författare]]", ""), ("[[datum]]", ""))
    w.contents()
    w.heading("Förord", 1)
    own(w, "skriv förordet: vad planen är till för och vem som står bakom den")
    w.para("[[om årsmöte-text]][[årsmöte-text]]")
    w.para("[[författare]]", italic=True)
    w.heading("Bakgrund", 1)
    own(w, "beskriv varför nätverket finns och hur det har vuxit fram")
    w.para("[[om antal-medlemmar]][[organisation]] har [[antal-medlemmar|medlem|medlemmar]]: [[medlemmar]].")
    w.para("[[om antal-nya-medlemmar]]Dessutom har [[antal-nya-medlemmar|ny medlem|nya medlemmar]] beslutat "
           "att gå med: [[nya-medlemmar]].")
    w.heading("Syfte", 1)
    own(w, "beskriv nätverkets syfte")
    w.heading("Mål", 1)
    w.para("[[om antal-mål]]Målen för perioden [[period]] är:")
    w.para("[[mål]]")
    w.heading("Målgrupper", 1)
    own(w, "beskriv vilka verksamheten vänder sig till")
    w.heading("Medlemskap", 1)
    own(w, "beskriv vad ett medlemskap innebär och vad det kräver av medlemmen")
    w.para("[[om avgift-år]]För [[avgift-år]] föreslås en avgift på [[avgift-fast]] kronor plus "
           "[[avgift-per-invånare]] kronor per invånare[[avgift-tak-text]]. Avgiften för varje medlem står i "
           "avsnittet om medlemsavgift.")
    w.heading("Verksamhet", 1)
    own(w, "beskriv verksamhetens delar och hur arbetet bedrivs")
    w.heading("[[om antal-projekt]]Projekt", 1)
    w.para("[[om antal-projekt]][[organisation]] har [[antal-projekt|projekt|projekt]] i projektlistan. "
           "Beloppen summeras för varje läge för sig.")
    w.para("[[projekt]]")
    w.para("[[projektbeskrivningar]]")
    w.heading("Uppföljning", 1)
    own(w, "beskriv hur verksamheten följs upp")
    w.heading("Organisation", 1)
    own(w, "beskriv hur nätverket är organiserat och vad kansliet gör")
    w.heading("[[om budget-per-år]]Budget [[period]]", 1)
    w.para("[[om budget-per-år]]Alla delsummor, summor och resultat är beräknade ur budgetens rader.")
    w.para("[[budgetsammanställning]]")
    w.para("[[budget-per-år]]")
    fee_section(w)
    w.page_numbers()
    return w


def fee_section(w: DocumentWriter) -> None:
    w.heading("[[om avgiftstabell]]Förslag till medlemsavgift [[avgift-år]]", 1)
    w.para("[[om avgiftstabell]]Avgiften är [[avgift-fast]] kronor plus [[avgift-per-invånare]] kronor per "
           "invånare[[avgift-tak-text]], avrundad till hela kronor. Summorna är summor av de avrundade avgifterna.")
    w.para("[[avgiftstabell]]")
    w.para("[[om avgiftstabell]]De förväntade avgiftsintäkterna för [[avgift-år]], från medlemmar och nya "
           "medlemmar, är [[förväntade-avgiftsintäkter]] kronor.")
    w.para("[[om budgeterade-medlemsavgifter]]I budgeten för [[avgift-år]] är medlemsavgifterna "
           "[[budgeterade-medlemsavgifter]] kronor, vilket [[medlemsavgifter-jämfört]].")


def budget() -> DocumentWriter:
    w = DocumentWriter()
    w.title_page(("[[organisation]]", "accent"), ("Budgetförslag", "title"), ("[[period]]", "subtitle"), None,
                 ("[[författare]]", ""), ("[[datum]]", ""))
    w.heading("Budgetförslag [[period]]", 1)
    own(w, "beskriv vad budgeten omfattar")
    w.para("Alla delsummor, summor och resultat är beräknade ur budgetens rader.")
    w.para("[[budgetsammanställning]]")
    w.para("[[budget-per-år]]")
    fee_section(w)
    w.page_numbers()
    return w


def slutrapport() -> DocumentWriter:
    w = DocumentWriter(numbered=True)
    w.title_page(("[[myndighet]]", "accent"), ("[[titel]]", "title"), ("[[programrad]]", "subtitle"), None,
                 ("[[om rapportnummer]][[rapportnummer]]", ""),
                 ("[[om diarienummer]]Diarienummer [[diarienummer]]", ""), ("[[ort]], [[datum]]", ""))
    w.heading("Förord", 1, numbered=False)
    own(w, "skriv förordet")
    w.para("[[ort]], [[datum]]")
    w.para("[[undertecknare]]", bold=True)
    w.para("[[om undertecknarens-titel]][[undertecknarens-titel]]")
    w.page_break()
    w.contents(levels=3)
    w.heading("Sammanfattning", 1)
    own(w, "sammanfatta rapporten")
    w.para("[[antal-kommuner|kommun|kommuner]] har deltagit i [[program]] under perioden [[period]], "
           "fördelade på [[antal-kluster|kluster|kluster]]. Av dem har [[antal-svarande]] besvarat enkäten, en "
           "svarsfrekvens på [[svarsfrekvens]].")
    w.para("[[om energitabell]][[energi-antal-kommuner|kommun|kommuner]] har redovisat hur energianvändningen i "
           "den egna organisationen har förändrats; sammantaget har den [[energi-förändring]].")
    w.heading("Uppdraget", 1)
    own(w, "beskriv uppdraget och vem som gett det")
    w.heading("Deltagande kommuner", 1)
    w.para("[[kluster-tabell]]")
    w.heading("Resultat", 1)
    own(w, "beskriv resultaten; placera frågornas tabeller och diagram här med deras namn ur katalogen "
           "(plangen katalog)")
    w.heading("[[om energitabell]]Förändrad energianvändning", 2)
    w.para("[[energitabell]]")
    w.heading("[[om forskningsbudget]]Forskning", 1)
    w.para("[[om forskningsbudget]]Forskningsprogrammets projektmedel uppgår till [[forskning-summa]] kronor "
           "för åren [[forskning-första-år]]–[[forskning-sista-år]].")
    w.para("[[forskningsbudget]]")
    w.heading("[[om aktiviteter]]Aktiviteter", 1)
    w.para("[[aktiviteter]]")
    w.page_break()
    w.heading("Bilaga 1. Deltagande kommuner", 1, numbered=False)
    w.para("[[kommuner-per-kluster]]")
    w.para("[[om antal-ej-svarat]]Enkäten har inte besvarats av [[kommuner-ej-svarat]].")
    w.page_break()
    w.heading("Bilaga 2. Enkätsvar i sammandrag", 1, numbered=False)
    w.para("Bilagan redovisar varje fråga i den ordning den ställdes. Andelarna är av dem som besvarat frågan, "
           "avrundade till hela procent. [[antal-svarande]] av [[antal-kommuner]] kommuner har besvarat enkäten.")
    w.para("[[enkätsvar]]")
    w.running_header("[[sidhuvud]]")
    w.page_numbers()
    return w


def verksamhetsberattelse() -> DocumentWriter:
    w = DocumentWriter()
    w.title_page(("[[organisation]]", "accent"), ("Verksamhetsberättelse", "title"), ("[[berättelseår]]", "subtitle"),
                 None, ("[[författare]]", ""), ("[[datum]]", ""))
    w.contents()
    w.heading("Inledning", 1)
    own(w, "sammanfatta året med egna ord")
    w.heading("Medlemmar", 1)
    w.para("Vid början av [[berättelseår]] hade [[organisation]] [[antal-medlemmar-vid-årets-början|medlem|"
           "medlemmar]] och vid årets slut [[antal-medlemmar-vid-årets-slut|medlem|medlemmar]].")
    w.para("[[om antal-anslutna-under-året]]Under året gick [[anslutna-under-året]] med.")
    w.para("[[om antal-utträdda-under-året]]Under året lämnade [[utträdda-under-året]] nätverket.")
    w.para("[[medlemsförändringar]]")
    w.heading("Verksamheten under året", 1)
    own(w, "beskriv årets verksamhet och vad den har betytt för målen")
    w.para("[[om antal-aktiviteter-under-året]]Aktivitetslistan för [[berättelseår]] har "
           "[[antal-aktiviteter-under-året|aktivitet|aktiviteter]] med sammanlagt "
           "[[antal-deltagare-under-året|deltagare|deltagare]]. Aktiviteterna redovisas under det mål de hör till.")
    w.para("[[aktiviteter-per-mål]]")
    w.heading("Uppföljning av målen", 1)
    w.para("[[om antal-uppföljda-mål]][[antal-uppföljda-mål|mål|mål]] har följts upp.")
    w.para("[[måluppföljning-per-status]]")
    w.para("[[måluppföljning]]")
    w.heading("Ekonomisk redovisning", 1)
    w.para("Redovisningen jämför budget och utfall för [[berättelseår]]. [[avvikelse-not]] Enligt utfallet "
           "[[utfall-resultat-text]].")
    w.para("[[resultatsammanställning]]")
    w.para("[[ekonomisk-redovisning]]")
    w.heading("[[om avgiftsintäkter]]Medlemsavgifter", 2)
    w.para("[[om avgiftsintäkter-utfall]]De inbetalda medlemsavgifterna för [[berättelseår]] är "
           "[[avgiftsintäkter-utfall]] kronor.")
    w.para("[[om avgiftsintäkter-förväntade]]Avgiftstabellen gav förväntade intäkter på "
           "[[avgiftsintäkter-förväntade]] kronor; det inbetalda [[avgiftsintäkter-jämfört]].")
    w.para("[[avgiftsintäkter]]")
    w.heading("Underskrifter", 1)
    own(w, "ort, datum och underskrifter")
    w.page_numbers()
    return w


def save(writer: DocumentWriter, name: str, folder: Path = ROOT / "templates") -> None:
    buffer = io.BytesIO()
    writer.document.save(buffer)
    (folder / name).write_bytes(normalise_package(buffer.getvalue()))
    print("skrev", folder / name)


if __name__ == "__main__":
    save(verksamhetsplan(), "verksamhetsplan.docx")
    save(budget(), "budget.docx")
    save(verksamhetsberattelse(), "verksamhetsberattelse.docx")
    save(slutrapport(), "slutrapport.docx")
