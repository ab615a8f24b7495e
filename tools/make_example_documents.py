"""Write the example sets' own Word documents (run: ``python tools/make_example_documents.py``).

Each example set in ``inputs/`` carries its organisation's own document, the
way a kansli would keep it after editing plangen's default in Word: its own
headings, order and prose, with plangen's markers where figures and blocks
go.  One function per document; ``__main__`` writes every one defined here.

The prose is written for these examples in our own words.  Facts and figures
come from the seeds, and every figure that the survey or the other inputs
hold is a live marker (``[[namn]]``), so a changed cell changes the sentence.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.docx.authoring import DocumentWriter, unnumbered  # noqa: E402
from generator.docx.package import normalise_package  # noqa: E402

SLUTRAPPORT_SET = ROOT / "inputs" / "uthallig-kommun-etapp2"


def save(writer: DocumentWriter, path: Path) -> None:
    buffer = io.BytesIO()
    writer.document.save(buffer)
    path.write_bytes(normalise_package(buffer.getvalue()))
    print("skrev", path)


# ---------------------------------------------------------------------------
# Uthållig kommun etapp 2 – slutrapport (seed 004)
# ---------------------------------------------------------------------------


def slutrapport() -> DocumentWriter:
    """Energimyndighetens slutrapport för Uthållig kommun etapp 2, chapters 1–11 and bilagor 1–6."""
    w = DocumentWriter(numbered=True)
    h, p, b = w.heading, w.para, w.bullets

    w.title_page(("[[myndighet]]", "accent"), ("[[titel]]", "title"), ("[[programrad]]", "subtitle"), None,
                 ("[[om rapportnummer]][[rapportnummer]]", ""),
                 ("[[om diarienummer]]Diarienummer [[diarienummer]]", ""), ("[[ort]], [[datum]]", ""))

    h("Förord", 1, numbered=False)
    p("Sedan länge har kommunerna en särskild plats i det svenska politiska systemet. Det är i kommunerna som "
      "många av de åtgärder genomförs som ska leda till de globala miljömålen, och det är där klimatfrågan möter "
      "invånarnas vardag.")
    p("Under [[period]] har [[antal-kommuner]] kommuner arbetat tillsammans i [[program]], och i pilotlänet "
      "Kalmar har också länets regionala aktörer deltagit. Arbetet har gällt kommunernas egen energianvändning, "
      "men också hur invånare, hushåll och lokala företag kan engageras. Det kräver en levande process, goda "
      "kanaler för kommunikation och politiker och tjänstemän som driver frågorna.")
    p("Den nationella politiken ger ramarna, men det är kommunerna som visar hur det går till i praktiken. "
      "Genom att dela med sig av sina erfarenheter har de deltagande kommunerna blivit förebilder för andra.")
    p("Rapporten redovisar hela programperioden [[period]].")
    p("[[ort]], [[datum]]")
    p("[[undertecknare]]", bold=True)
    p("[[om undertecknarens-titel]][[undertecknarens-titel]]")
    w.page_break()
    w.contents(levels=3)
    # The "TOC Heading" style inherits Heading 1's chapter numbering; the contents is no chapter.
    unnumbered(next(q for q in reversed(w.document.paragraphs) if q.style.name == "TOC Heading"))

    # 1 -----------------------------------------------------------------------
    h("Sammanfattning", 1)
    p("Rapporten svarar på återrapporteringskravet i Energimyndighetens regleringsbrev. Den beskriver vad som "
      "har gjorts för kunskapsspridning, samverkan och nätverksbyggande, vilka mål för energieffektivisering "
      "kommuner och regioner har satt upp och hur långt de har nått. Många effekter visar sig först efter flera "
      "år, och de kan följas vidare med uppgifterna från energieffektiviseringsstödet.")
    p("Etapp 2 började den 26 juni 2008 och avslutades den 30 juni 2011. [[antal-kommuner|kommun|kommuner]] har "
      "deltagit, varav [[antal-kommuner-pilotlän-ja]] i pilotlänet Kalmar, där en modell för regional samverkan "
      "har prövats. Kommunerna har delats in i [[antal-kluster|kluster|kluster]], oftast efter var de ligger. "
      "Storstadsklustret är undantaget: där ingår de [[antal-kommuner-kluster-storstad]] kommuner som har flest "
      "invånare.")
    p("Rapportens bild av kommunernas arbete bygger på en webbenkät som också är en modell för kommunernas "
      "årliga rapportering. [[antal-svarande]] av [[antal-kommuner]] kommuner besvarade den, en svarsfrekvens "
      "på [[svarsfrekvens]].")
    p("Det kommunerna själva lyfter fram som programmets styrka är nätverken: den politiska förankring som har "
      "vuxit fram, de enskilda personernas engagemang och kontakterna mellan kommunerna. Genom nätverken delar "
      "kommunerna erfarenheter och driver projekt tillsammans. De temaområden som flest kommuner har arbetat med "
      "är energieffektivisering i fastigheter, transporter, fysisk planering, belysning och näringsliv.")
    p("Klustren har arbetat på olika sätt och med olika innehåll. De flesta kommuner är nöjda med klusterarbetet, "
      "men i några kluster har det behövts förändringar. Erfarenheten är att klustret behöver en eller flera "
      "gemensamma inriktningar och någon som tar initiativ och samordnar.")
    p("En processledarutbildning i två steg har varit en av de viktigaste utbildningarna under 2010 och 2011. Alla "
      "kommuner och klustersamordnare erbjöds att delta, och deltagarna var mycket nöjda. Det nationella "
      "arbetsmötet 2010 samlade omkring 350 personer. År 2011 ersattes det av regionala avslutningar i klustren "
      "och en gemensam avslutningskonferens på Norra Latin i Stockholm den 26 maj 2011.")
    p("Varje kommun har åtagit sig att ta fram en energi- och klimatstrategi, så att arbetet har en tydlig "
      "riktning även när programmet är slut. Enligt enkäten har [[f02-senast-2011-andel-av-alla]] av de "
      "deltagande kommunerna en strategi som är fastställd eller ska fastställas senast under 2011. Antalet har "
      "ökat år för år: [[f02-2008-antal]] strategier fastställdes 2008, [[f02-2009-antal]] år 2009 och "
      "[[f02-2010-antal]] år 2010, och för [[f02-2011-antal]] kommuner är beslutet planerat till 2011. Exempel på "
      "kommunernas mål finns i bilaga 6.")
    p("En strategi blir verklighet först när den har en handlingsplan, en ansvarsfördelning, en uppföljning och en "
      "budget. Där återstår arbete: [[f06-ja-andel-i-ord]] av de kommuner som har en handlingsplan beskriver hur "
      "åtgärderna ska finansieras. Att inte alla kommuner har en strategi vid etappens slut förklaras bland annat "
      "med omorganisationer, brist på personal och strategier som nyss har gått ut.")
    p("För att delta i en kommande etapp bör en kommun ha en politiskt beslutad energi- och klimatstrategi för "
      "både den egna verksamheten och hela kommunen, och en organisation och resurser som är säkrade.")

    # 2 -----------------------------------------------------------------------
    h("Uppdraget enligt regleringsbrev", 1)
    p("Energimyndigheten startade Uthållig kommun 2003 med en pilotetapp där fem kommuner deltog under fem år. "
      "Den andra etappen pågick från sommaren 2008 till den 30 juni 2011 med [[antal-kommuner]] kommuner, varav "
      "[[antal-kommuner-pilotlän-ja]] i pilotlänet Kalmar.")
    p("Enligt regleringsbrevet för 2011 (N2009/9725/E) ska en slutrapport om etapp 2 lämnas senast den 30 juni "
      "2011. Den ska beskriva de viktigaste insatserna för kunskapsspridning, samverkan och nätverksbyggande. Den "
      "ska också redovisa vilka kvalitativa och kvantitativa mål för energieffektivisering som har satts på "
      "kommunal eller regional nivå, i vilken mån de har nåtts och vilka effekter arbetet har gett. Uppdraget "
      "kräver därför att rapporten ser både på samordningen och på effekterna i energisystemet.")
    h("Frågor som besvaras i rapporten", 2)
    p("Den första delen av uppdraget har brutits ned i frågor som rapporten försöker besvara:")
    b(["Vad är de övergripande målen med etapp 2?",
       "Vad har de medverkande aktörerna åtagit sig?",
       "Hur organiseras en process med många aktörer och breda mål?",
       "Hur sprids kunskap mellan aktörerna, och med vilka verktyg för kommunikation?",
       "Hur många kommuner tar fram en energi- och klimatstrategi under etappen?",
       "Kan kommunerna uppskatta hur mycket energi de har sparat och räknar med att spara?",
       "Hur fungerar klusterarbetet enligt kommunerna, och vilka är deras viktigaste samarbetspartner?",
       "Vilka temaområden har kommunerna prioriterat?",
       "Vilka kommuner och vilka goda exempel inspirerar andra?",
       "Vilka styrkor, svagheter, möjligheter och hot ser kommunerna?",
       "Vilka mål för energieffektivisering har kommunerna satt, och hur kan de följas upp?"])
    p("Rapporten redovisar också slutsatser om pilotlänet Kalmar.")
    h("Metod, material och centrala begrepp", 3)
    p("Underlaget är kommunernas årliga rapportering, material från projekten i etappen, kommunernas energi- och "
      "klimatstrategier och delar av återrapporteringen i stödet för energieffektivisering i kommuner och "
      "landsting. Rapporteringen gjordes de två sista åren som en webbenkät med öppna frågor, flervalsfrågor och "
      "skalfrågor, som besvarades i februari–april 2011. Svaren är kommunernas egna bedömningar, och öppna svar "
      "har ibland grupperats för hand.")
    p("I diagrammen står frågan i bildtexten, tillsammans med hur många kommuner som har svarat. "
      "[[antal-svarande]] av [[antal-kommuner]] kommuner besvarade enkäten. Med så få kommuner görs ingen "
      "statistisk analys.")
    p("Med temaområde menas ett av de sakområden som programmet har prioriterat. Ett kluster är en grupp av "
      "programmets kommuner som arbetar tillsammans.")
    h("Avgränsningar", 3)
    p("Rapporten handlar om hur de deltagande kommunerna och de regionala aktörerna har arbetat med "
      "energieffektivisering i den egna verksamheten. Besparingar hos hushåll och företag som programmets "
      "temaområden kan ha lett till fångas inte av siffrorna.")
    p("Sedan 2010 kan kommuner och landsting söka energieffektiviseringsstödet, som sköts av samma enhet som "
      "Uthållig kommun. Någon analys av hur stödet och programmet samverkar görs inte här.")
    p("Föreningen Sveriges regionala energikontor (FSEK) har samordnat sex av klustren under hela etappen och "
      "Storstadsklustret sedan 2010. FSEK:s egen utvärdering av klustersamordningen nämns i bilaga 5. Analysen i "
      "rapporten bygger på kommunernas svar på myndighetens enkät.")
    h("Disposition", 3)
    p("Kapitel 3 ger en kort bakgrund till programmet. Kapitel 4–9 handlar om den första delen av uppdraget, "
      "kapitel 10 om den andra. Kapitel 11 beskriver forskningen som är knuten till programmet.")

    # 3 -----------------------------------------------------------------------
    h("En idé om samordning och kunskapsspridning som styrmedel", 1)
    p("Staten påverkar kommunernas energiarbete med flera styrmedel: lagen om kommunal energiplanering, bidrag "
      "till energi- och klimatrådgivning och sedan 2010 energieffektiviseringsstödet. Uthållig kommun skiljer sig "
      "från dem. Deltagandet är frivilligt och ger inga pengar; i stället ska programmet förbättra samordningen "
      "mellan aktörerna och på så sätt leda till effektivare energianvändning.")
    p("Ett sådant styrmedel brukar kallas nätverksstyrning. Det används när problemet är att aktörer och sektorer "
      "inte samordnar sig tillräckligt.")
    h("Pilotetappen 2003-2007", 2)
    p("Av de 21 kommuner som anmälde intresse till den första etappen valdes Borås, Solna, Ulricehamn, Vingåker "
      "och Örnsköldsvik ut. Arbetet skulle komplettera det kommunerna redan gjorde inom energi och klimat. Det "
      "handlade om att skapa mötesplatser för samarbete och erfarenhetsutbyte och att öka de lokala aktörernas "
      "kunskap om energi, bland annat genom aktionsforskning om fysisk planering och energianalyser.")

    # 4 -----------------------------------------------------------------------
    h("Uthållig kommun 2008-2011", 1)
    p("Med erfarenheterna från pilotetappen gjorde Energimyndigheten 2007 en ny utlysning till landets kommuner. "
      "Mer än 60 kommuner ansökte, och alla fick vara med.")
    h("Avsiktsförklaringen mellan aktörerna", 2)
    p("Etappen inleddes formellt den 26 juni 2008, då kommunerna skrev under sina avsiktsförklaringar "
      "(dnr 481-08-2457). Nästan alla kommuner var där med både politiker och kontaktpersoner, och även bland "
      "andra Näringsdepartementet och Sveriges Kommuner och Landsting deltog. Avsiktsförklaringen gällde till den "
      "30 juni 2011, men med den åtog sig kommunen att arbeta långsiktigt.")
    p("Fyra av de fem kommunerna från pilotetappen, [[kommuner-nestor-ja]], fortsatte som nestorer och stöd "
      "för de [[antal-kommuner-nestor-nej]] nya kommunerna. Totalt deltog därmed [[antal-kommuner]] kommuner "
      "(bilaga 1).")
    p("Den 7 oktober 2008 skrev Energimyndigheten, alla [[antal-kommuner-pilotlän-ja]] kommuner i Kalmar län, "
      "Regionförbundet, Länsstyrelsen och Landstinget i Kalmar län under en särskild avsiktsförklaring om "
      "pilotlänet. Linnéuniversitetet anslöt 2009 på samma villkor.")
    h("Målet med andra etappen", 2)
    p("Enligt avsiktsförklaringarna ska programmet bidra till en hållbar energianvändning i ett energisystem som "
      "är tryggt och kostnadseffektivt och som påverkar hälsa, miljö och klimat så lite som möjligt. Målen "
      "sträcker sig bortom 2011. Kommunerna ska, både under och efter programmet:")
    b(["genomföra de lönsamma åtgärder för energieffektivisering som finns i verksamheter och fastigheter,",
       "lyfta fram, prioritera och hantera energifrågorna i sina ansvarsområden enligt en energi- och "
       "klimatstrategi,",
       "uppmuntra invånare och företag att genomföra lönsamma åtgärder."])
    p("Resultaten och de goda exemplen ska också nå och inspirera aktörer utanför programmet, och effekterna ska "
      "nås med så små resurser som möjligt.")
    h("Energimyndighetens åtaganden", 2)
    p("Med avsiktsförklaringen åtog sig också Energimyndigheten att bidra till konkreta resultat: att leda "
      "programmet, utse kontaktpersoner för kommunerna och göra myndighetens samlade kunskap tillgänglig. "
      "Myndigheten skulle skapa nätverk, mötesplatser och kommunikationsverktyg, ta fram verktyg som en handbok "
      "och ordna aktiviteter inom temaområdena.")
    h("Mål och prestationer", 3)
    p("Handboken för Uthållig kommun beskriver vilka prestationer som ska leda till målen. Energimyndigheten ska:")
    b(["driva programmet genom att bygga upp organisation, riktlinjer och verktyg och goda relationer med "
       "intressenter i olika sektorer,",
       "ge förutsättningar för ett strategiskt energiarbete som fortsätter efter 2011, genom stöd till "
       "strategin, till genomförandet och till kommunens arbetsformer,",
       "sprida kunskap, resultat och goda exempel inom programmet och göra det lätt för deltagarna att tala med "
       "varandra och med myndigheten,",
       "bevara och sprida resultaten till aktörer utanför programmet genom goda exempel, extern information och "
       "publicitet."])
    h("Energimyndighetens strategiska arbete", 3)
    p("Myndighetens strategiska plan för 2006–2010 sammanfattar uppdraget. De mål som ligger närmast programmet "
      "är att göra energifrågorna till en del av samhällsutvecklingen, att bidra till klimatmålen, att verka för "
      "ett resurseffektivt energisystem med mer förnybar energi och att verka för en trygg energiförsörjning.")
    p("Programmet riktar sig till kommunala fastighetsförvaltare, samhällsplanerare och energi- och "
      "klimatrådgivare, men också till företag, hushåll och konsumenter. Med de kontakter och den kunskap om "
      "kommunerna som byggs upp blir programmet ett verktyg för hela myndighetens mål.")
    h("Myndighetens interna organisering av arbetet", 2)
    p("Sedan januari 2009 är Uthållig kommun en egen enhet på avdelningen för främjande, med tio medarbetare. "
      "Enheten fick 2009 också ansvar för det nya energieffektiviseringsstödet. En intern referensgrupp och en "
      "myndighetsövergripande grupp för insatser mot regional och lokal nivå samordnar programmet med "
      "myndighetens övriga arbete, bland annat med energieffektivisering, rådgivning, vindkraft, "
      "affärsutveckling, energistatistik, trygg energiförsörjning, kommunal energiplanering och forskning.")

    # 5 -----------------------------------------------------------------------
    h("Kommunernas arbete och åtaganden", 1)
    p("Avsiktsförklaringarna beskriver också vad kommunerna har åtagit sig.")
    h("Energi- och klimatstrategier", 2)
    p("Det viktigaste åtagandet är att förankra och fastställa en energi- och klimatstrategi med mål och en "
      "tidsatt handlingsplan för den egna verksamheten, utgående från läget före etappen. Hur många kommuner har "
      "klarat det?")
    h("Kommunala energi- och klimatstrategier", 3)
    p("Strategin knyter ihop planering, genomförande och uppföljning. En del kommuner hade redan en strategi när "
      "etappen började och använde programmet för att genomföra den; andra tog fram sin under etappen. En kommun "
      "som svarar att den inte har tagit fram en strategi inom programmet kan ändå ha en som är äldre.")
    p("[[f03-antal-svar|kommun|kommuner]] har angett hur länge strategin gäller: från [[f03-lägsta]] till "
      "[[f03-högsta]], med en median på [[f03-median]]. Tabell 1 visar när strategierna fastställdes eller ska "
      "fastställas.")
    p("[[fråga-F02-tabell|Energi- och klimatstrategier efter det år de fastställdes eller ska fastställas.]]")
    p("Av de [[f04-antal-svar]] kommuner som svarade på frågan om handlingsplan har [[f04-ja-andel]] en "
      "handlingsplan med konkreta åtgärder i strategin (figur 1). I pilotlänet Kalmar är andelen "
      "[[f04-ja-andel-pilotlän-ja]]. I [[f05-ja-antal]] av de [[f05-antal-svar]] kommunerna med handlingsplan är "
      "åtgärderna fördelade på förvaltningar och bolag, och [[f06-ja-andel-i-ord]] av dem beskriver hur "
      "åtgärderna ska finansieras.")
    p("[[fråga-F04-diagram]]")
    p("Alla kommuner fick frågan om strategin också är kommunens energiplan enligt lagen om kommunal "
      "energiplanering (SFS 1977:439). [[f07-ja-antal]] kommuner ([[f07-ja-andel]]) svarade ja, men svaren "
      "skiljer sig mellan klustren (figur 2).")
    p("[[fråga-F07-diagram-per-kluster]]")
    p("Strategierna har mål både för kommunens egen verksamhet och för kommunen som geografiskt område, oftast i "
      "procent, mängd energi eller för enskilda energibärare. För den egna verksamheten gäller målen ofta "
      "fastigheternas energianvändning, att fasa ut eldningsolja och fossila drivmedel, fler miljöbilar, "
      "effektivare transporter, mindre energi till gatubelysning och VA, förnybar el, egen vindkraft och biogas, "
      "energikrav vid exploatering, ekologiska livsmedel och utbildning av personalen. För det geografiska "
      "området handlar målen om mindre eldningsolja, bränslena i fjärrvärmen, ett större fjärrvärmenät, mer "
      "kollektivtrafik och cykling och om invånarnas vanor.")
    h("Kommunernas organisering och resurser", 2)
    p("Kommunerna har åtagit sig att utse en kontaktperson, att rapportera varje år och att ta fram en strategi. "
      "Avsnittet visar hur de har organiserat sig och vilka resurser de har satt av.")
    h("Ansvarsfördelning och förankring", 3)
    p("Programmet lyckas bäst när ansvaret delas av många och många känner sig delaktiga. Vanligast är en "
      "politisk styrgrupp med en arbetsgrupp av tjänstemän under sig. I en del kommuner är den politiska gruppen "
      "i stället referensgrupp, i andra driver en enskild person eller en projektledare arbetet.")
    p("Kontaktpersonerna bedömde förankringen som måttlig i organisationen som helhet men hög i både den "
      "politiska och den administrativa ledningen. [[f11-kommunledningen-tjänstemannanivå-andel]] av kommunerna "
      "anger att programmet är väl förankrat i kommunledningen på tjänstemannanivå. Därefter kommer den tekniska "
      "förvaltningen, bygg och stadsplanering och miljötillsynen, medan skola, kultur och fritid och social "
      "omsorg mer sällan är med (figur 3).")
    p("[[fråga-F11-diagram]]")
    p("Där energi- och klimatarbetet redan var etablerat har programmet troligen stärkt och breddat förankringen, "
      "särskilt bland politikerna.")
    h("Kommunerna om tiden efter etapp 2", 3)
    p("[[f12-antal-svar]] kommuner beskrev hur de ska behålla den politiska förankringen när programmet är slut. "
      "[[f12-styrdokument-som-binder-politiska-beslut-antal]] har styrdokument som binder de politiska besluten "
      "flera år framåt, och [[f12-politisk-grupp-med-ansvar-för-frågorna-antal]] har en politisk grupp med ansvar "
      "för frågorna. [[f12-frågorna-integreras-i-verksamheten-på-tj-antal]] låter frågorna ingå i verksamheten på "
      "tjänstemannanivå, och [[f12-ingen-plan-ännu-eller-arbetet-förs-över-antal]] har ännu ingen plan eller för "
      "över arbetet till energieffektiviseringsstödet.")
    h("Arbetet i kommunerna", 3)
    p("Var de ansvariga tjänstemännen sitter i organisationen påverkar hur lätt de kan driva arbetet. Myndigheten "
      "har inte krävt mer än en kontaktperson, men handboken beskriver flera sätt att organisera arbetet. I de "
      "första enkäterna beskrev många kommuner en lång startsträcka; i årets enkät är det bara ett fåtal som "
      "fortfarande har problem.")
    p("I [[f13-miljö-energi-eller-klimatstrateg-eller-e-antal]] av de [[f13-antal-svar]] kommunerna är "
      "kontaktpersonen miljö-, energi- eller klimatstrateg eller energi- och klimatrådgivare. I "
      "[[f13-ansvarig-för-miljötillsynen-antal]] kommuner ansvarar kontaktpersonen för miljötillsynen, och i "
      "[[f13-strategisk-funktion-under-kommunledninge-antal]] har hen en strategisk funktion direkt under "
      "kommunledningen.")
    p("Kontaktpersonerna lägger i median [[f14-median]] på programmet. I pilotlänet Kalmar är medianen "
      "[[f14-median-pilotlän-ja]]. [[f14-över-6-antal|kommun|kommuner]] lägger mer än sex timmar i veckan "
      "(figur 4).")
    p("[[fråga-F14-diagram]]")
    p("Räknas hela organisationens tid blir medianen [[f15-median]], med svar från [[f15-lägsta]] till "
      "[[f15-högsta]]. I många kommuner är programmet en del av det löpande arbetet, och då är tiden svår att "
      "skilja ut.")
    p("Också pengarna varierar: [[f16-över-100000-andel-i-ord]] av kommunerna satsar mer än 100 000 kronor om "
      "året på programmet, medan [[f16-under-20000-andel-i-ord]] satsar mindre än 20 000 kronor (figur 5). "
      "Flera kommuner har svårt att ange ett belopp, eftersom pengarna hör till en verksamhet och inte till "
      "programmet.")
    p("[[fråga-F16-diagram]]")
    p("Utöver arbetstid har kommunerna använt pengar till konsulter för utredningar och strategiarbete "
      "([[f17-konsultstöd-för-utredningar-och-strategi-antal]] kommuner), information och utbildning "
      "([[f17-information-och-utbildning-antal]]), fysiska investeringar ([[f17-fysiska-investeringar-antal]]), "
      "resor och möten ([[f17-resor-och-möten-antal]]) och annonser och trycksaker "
      "([[f17-annonsering-och-trycksaker-antal]]). Några kommuner påpekar att energi- och klimatarbetet inte bär "
      "programmets namn hos dem, och att tid och pengar därför inte kan räknas fram för just programmet.")
    h("Kommunernas uppföljning av arbetet", 2)
    p("Kommunerna ska dokumentera sina aktiviteter och resultat och rapportera dem till Energimyndigheten varje "
      "år. En del av detta är att beskriva goda exempel, så att kunskapen kan spridas.")
    h("Goda exempel inom Uthållig kommun", 3)
    p("Goda exempel ger ett direkt utbyte av erfarenheter mellan kommunerna. De hjälper andra kommuner att se "
      "behov och möjligheter, och internt kan kommunen använda dem för att visa vad den har åstadkommit.")
    h("Vad är ett gott exempel?", 4, numbered=False)
    p("I programmet är ett gott exempel en konkret aktivitet eller förändring inom energiområdet som ger mer "
      "nytta än den vanliga lösningen. Exemplet ska bidra till en hållbar energianvändning, till ett långsiktigt "
      "och systematiskt arbete och till konkreta resultat som är värda kostnaden. Det ska gå att göra efter och "
      "kunna inspirera andra. Exemplen sprids via programmets extranät och myndighetens webbplats, och en gång "
      "om året trycks ett urval.")
    h("Publicerade Goda exempel", 4, numbered=False)
    p("Kommunerna har lämnat underlag till drygt 35 publicerade goda exempel. I enkäten fick de ange vilka av "
      "dem de har hämtat inspiration från. [[f18-antal-svar]] kommuner har redan gjort det, och "
      "[[f19-antal-svar]] tänker göra det framöver. Flest har redan inspirerats av Piteås rutin för att spara el "
      "vid datoranvändning ([[f18-piteå-ny-rutin-för-att-spara-el-vid-dato-antal]] kommuner), Åres modell för "
      "klimatsmarta tjänsteresor ([[f18-åre-modell-för-klimatsmarta-tjänsteresor-antal]]), MiljöVarDag i "
      "Karlstad ([[f18-karlstad-miljövardag-111-familjer-lever-antal]]), Jönköpings biogas av matavfall "
      "([[f18-jönköping-matavfall-blir-biogas-och-biog-antal]]) och Trosas information om elmätaren "
      "([[f18-trosa-elmätaren-som-hjälp-att-minska-ene-antal]]).")
    p("Framöver vill flest kommuner ta efter Piteås rutin "
      "([[f19-piteå-ny-rutin-för-att-spara-el-vid-dato-antal]]), Kils klimatdagar för personalen "
      "([[f19-kil-klimatdagar-för-kommunens-personal-antal]]), Åres tjänsteresor "
      "([[f19-åre-modell-för-klimatsmarta-tjänsteresor-antal]]) och Trosas två exempel med elmätaren "
      "([[f19-trosa-elmätaren-visar-effektbehovet-antal]] och "
      "[[f19-trosa-elmätaren-som-hjälp-att-minska-ene-antal]]). Figur 6 visar hur mycket programmet har bidragit "
      "till kommunernas egna goda exempel; svaren är spridda.")
    p("[[fråga-F20-diagram]]")
    h("Effektivisering i kWh genom Goda exempel", 4, numbered=False)
    p("Två exempel visar vad spridningen skulle kunna ge. Fastighetsägarknappen på en högstadieskola i Västerås "
      "sparar 40 000 kWh om året; om varje deltagande kommun gjorde samma sak på en skola skulle det bli "
      "omkring 2,6 GWh om året. Energieffektiva företag i Eskilstuna sparar 2 300 000 kWh om året; samma resultat "
      "i de tio största kommunerna skulle ge omkring 23 GWh. Hur mycket exemplen faktiskt har spridits är ännu "
      "inte dokumenterat.")
    h("Kommunernas val av temaområde", 2)
    p("Kommunerna ska prioritera det som ger bäst resultat hos dem. Därför har de stor frihet att utgå från sin "
      "egen kunskap, sina tidigare resultat, sitt pågående arbete och sina resurser när de väljer mål och "
      "arbetssätt.")

    # 6 -----------------------------------------------------------------------
    h("Pilotlänet Kalmar", 1)
    p("Pilotlänet Kalmar har varit ett eget projekt inom programmet och slutredovisas separat den 30 juni 2011. "
      "Kalmar valdes eftersom alla länets kommuner hade sökt till programmet och de regionala aktörerna ville "
      "samarbeta. De [[antal-kommuner-pilotlän-ja]] kommunerna och de fyra regionala parterna – Länsstyrelsen, "
      "Landstinget, Linnéuniversitetet och Regionförbundet – har varit pilotlän i etapp 2, med stöd från "
      "Energimyndigheten och Regionala fonden.")
    h("Pilotlänsprojektet", 2)
    p("Projektets mål var att utveckla Kalmar län till ett nationellt pilotlän i programmet.")
    h("Mål", 3)
    b(["Effektivare energianvändning och mindre utsläpp av växthusgaser.",
       "Samverkan med näringslivet som på sikt ger affärsnytta.",
       "En modell för strukturerat regionalt samarbete mellan offentlig sektor, näringsliv och andra.",
       "Pröva programmets arbetssätt också i regionala organisationer.",
       "Sprida programmets idé till internationella samarbetsparter.",
       "Vara klustersamordnare för länets kommuner."])
    h("Organisation", 3)
    b(["En referensgrupp med kontaktpersoner från kommunerna och parterna, som har mötts tre gånger om året.",
       "En styrgrupp med politiker som Regionförbundet har utsett och företrädare för de regionala parterna, "
       "också med tre möten om året.",
       "En länssamordnare på heltid, som också har varit klustersamordnare."])
    p("Varje kommun har gjort det den lovade i sin avsiktsförklaring, och därutöver har länet arbetat med "
      "gemensamma projekt och temadagar som länssamordnaren har organiserat.")
    h("Prestationer", 3)
    h("Länsgemensamma projekt", 4, numbered=False)
    p("Under etappen har länet genomfört [[antal-aktiviteter-länsgemensamt-projekt|länsgemensamt projekt|"
      "länsgemensamma projekt]]:")
    p("[[aktiviteter-länsgemensamt-projekt-lista]]")
    h("Temadagar", 4, numbered=False)
    p("Temadagarna har handlat om solenergi, energieffektivisering i fastigheter, transporter, upphandling och "
      "biogas:")
    p("[[aktiviteter-temadag-lista]]")
    h("Andra aktiviteter", 4, numbered=False)
    p("Pilotlänet har också ordnat eller medverkat i seminarier, föreläsningar och studieresor:")
    p("[[aktiviteter-seminarium-lista]]")
    p("[[aktiviteter-föreläsning-lista]]")
    p("[[aktiviteter-studieresa-lista]]")
    p("Till detta kommer en handlingsplan för energi i skolan med ett pilotprojekt i Oskarshamn, en solenergigrupp "
      "som växte fram ur temadagen, informationsinsatser mot arbetsplatser i cykelprojektet Sydost Trampar, stöd "
      "till hemtjänsten för smartare tjänsteresor och föredrag på en turismkonferens. Två gemensamma broschyrer "
      "och en rollup för varje part har tagits fram. Länssamordnaren har berättat om programmet vid "
      "[[antal-aktiviteter-informationstillfälle]] tillfällen:")
    p("[[aktiviteter-informationstillfälle-lista]]")
    p("Projektet har också presenterats internationellt, bland annat i Bryssel och Köpenhamn och för partner i "
      "Östersjösamarbetet. I september 2011 ska en klimatresa avsluta arbetet.")
    h("Preliminära resultat", 3)
    p("En modell för regionalt energi- och klimatsamarbete har tagits fram: arbete i varje kommun enligt "
      "avsiktsförklaringen och gemensamma projekt och temadagar. Länssamordnaren har stöttat kommunerna och "
      "parterna med möten för kontaktpersonerna omkring tre gånger om året, besök, två politikermöten, spridning "
      "av information och svar på frågor. Projekten och temadagarna har valts av referensgruppen och beslutats av "
      "styrgruppen.")
    p("Resultatet är [[antal-aktiviteter-länsgemensamt-projekt]] länsgemensamma projekt och temadagar på fem "
      "teman, en energi- och klimatstrategi med handlingsprogram för landstinget, länsstyrelsen och "
      "regionförbundet och medverkan från företag och organisationer i flera projekt. Fram till januari 2011 hade "
      "omkring 200 personer deltagit i pilotlänets aktiviteter, varav 37 % kvinnor. Varje delprojekt utvärderas "
      "av sin arbetsgrupp, och projektet tar fram nyckeltal för att följa utvecklingen.")
    h("Reflexioner", 3)
    p("Programmets genomslag har varierat mellan kommunerna. I några kom en organisation på plats direkt, i andra "
      "dröjde det, och ofta har det hängt på hur inflytelserik kontaktpersonen är. Forskare, lärare och studenter "
      "har medverkat, och intresset för samarbete om utbildning och forskning har ökat.")

    # 7 -----------------------------------------------------------------------
    h("Klustersamarbetet", 1)
    p("Med omkring 70 organisationer kan programmet inte drivas som under pilotetappen. Processen måste respektera "
      "det kommunala självstyret och varje aktörs ansvar. Den har organiserats på två sätt: i kluster och i "
      "temaområden. Här beskriver kommunerna hur det har fungerat.")
    h("Kluster – funktionella regioner", 2)
    p("För att hålla en regelbunden dialog med alla kommuner och stödja dem i planering, uppföljning och "
      "rapportering har myndigheten delat in dem i [[antal-kluster]] kluster (bilaga 1). Storstadsklustret samlar "
      "de största kommunerna, och Kalmarklustret är också pilotlän.")
    h("Klustren som fora för regional samverkan", 3)
    p("Klustren har blivit drivande regionala forum. Där möts kommunernas kontaktpersoner, som har en krävande "
      "uppgift, och stöttar varandra.")
    h("Kommunerna om klustersamarbetet", 2)
    p("Klustren skiljer sig åt. Norrlandsklustret har [[antal-kommuner-kluster-norrland]] kommuner, några 50–60 "
      "mil från varandra, medan Kalmarklustret har [[antal-kommuner-kluster-kalmar]]. Figur 7 visar hur mycket "
      "kommunerna har sökt stöd hos klustersamordnaren.")
    p("[[fråga-F22-diagram]]")
    p("Klustersamordnarna har kompletterat myndighetens egna kontakter med kommunerna. De har ordnat klustermöten, "
      "stöttat kontaktpersonerna, följt strategiarbetet, förmedlat kunskap och varit länken till myndigheten. I "
      "sju av de åtta klustren har samordnarna arbetat i ett projekt som FSEK har drivit; Kalmarklustret har haft "
      "en egen lösning genom pilotlänet.")
    h("Organiseringen av arbetet i klustren", 3)
    p("Klustermötena, i genomsnitt fyra om året, har varit kärnan i klusterarbetet. Sedan hösten 2008 har varje "
      "kluster haft två kontaktpersoner på myndigheten. Figur 8 visar hur viktiga kommunerna tycker att mötena "
      "har varit.")
    p("[[fråga-F23-diagram]]")
    p("Några kommuner tycker att mötena gav mest i början och att temaseminarier blev intressantare senare, och "
      "flera betonar hur viktigt det är att samordnaren inte byts ut. Figur 9 visar hur mycket stöd kommunerna "
      "har fått av klustersamordnaren, per kluster.")
    p("[[fråga-F24-diagram-per-kluster]]")
    p("Kommunerna i Storstadsklustret och Värmland/Bergslagen anser sig ha fått mer stöd än de andra, medan "
      "Mälardalen och Dalarna/Gävleborg anser sig ha fått mindre.")
    h("Uthållig kommun – myndighetens länk till kommunerna?", 3)
    p("Programmet ska göra det lättare för kommunerna att ta del av myndighetens kunskap. Figur 10 och 11 visar "
      "hur mycket kommunerna har sökt och fått stöd av Energimyndigheten, per kluster. Kommunerna i "
      "Dalarna/Gävleborg och Värmland/Bergslagen har sökt stöd mindre än andra, och i pilotlänet Kalmar är det "
      "flest som inte har sökt stöd alls. Mälardalen och Storstadsklustret har sökt stöd mest.")
    p("[[fråga-F25-diagram-per-kluster]]")
    p("Mest stöd anser sig Västra Götaland och Storstadsklustret ha fått, minst Dalarna/Gävleborg, "
      "Värmland/Bergslagen och Norrland. Svaret ”varken eller” kan dock tolkas på flera sätt.")
    p("[[fråga-F26-diagram-per-kluster]]")
    h("Kommunernas bild av Energimyndigheten", 3)
    p("Programmet har gett fler kontakter mellan kommunerna och myndigheten, och det har påverkat "
      "kontaktpersonernas bild av myndigheten (figur 12).")
    p("[[fråga-F27-diagram]]")

    # 8 -----------------------------------------------------------------------
    h("Temaområden inom Uthållig kommun", 1)
    p("Kommunernas ansvar inom energiområdet spänner över många sakfrågor. Därför har programmet erbjudit "
      "temaområden som kommunerna har kunnat välja mellan efter sina behov.")
    h("Kommunernas val av temaområden", 2)
    p("Temaområdena var belysning, biogas, energi- och klimatstrategier, energieffektivisering i kommunala "
      "fastigheter, fysisk planering, näringslivsutveckling, skola och beteende, transporter, trygg "
      "värmeförsörjning, upphandling och vindkraft. Flest kommuner har arbetat med energieffektivisering i "
      "fastigheter ([[f28-energieffektivisering-inom-kommunala-fas-antal]]), transporter "
      "([[f28-transporter-antal]]) och fysisk planering ([[f28-fysisk-planering-antal]]). Valen skiljer sig "
      "mellan klustren; i Norrland har alla kommuner valt transporter. De som svarat annat nämner regionala "
      "teman som uthållig handel, upphandling, solenergi och klimatfrågor i krisberedskapen (figur 13).")
    p("[[fråga-F28-diagram]]")
    h("Motiv till val av temaområde", 3)
    p("Tabell 2 visar varför kommunerna har valt sina temaområden.")
    p("[[tabell-temaområden|Temaområdena och kommunernas skäl att prioritera dem.]]")
    p("Även aktörerna i ett temaområde har påverkat valen. Inom fysisk planering nämner flera kommuner forskarna "
      "och konsulterna som ett skäl, och andra nämner andra kommuner, myndigheten, klustersamordnarna och "
      "företag.")
    h("Belysning", 2)
    p("Belysningen i Sverige använder uppskattningsvis 14 TWh om året, och med känd teknik kan omkring hälften "
      "sparas utan sämre ljus. Forskningsprogrammet har avsatt 4 040 000 kronor och ytterligare 500 000 kronor "
      "till ett projekt om inomhus- och utomhusbelysning, med en handbok och en licentiatavhandling.")
    p("I enkäten anger [[f28-belysning-andel]] av kommunerna att de har arbetat med belysning, och "
      "[[f32-belysning-andel]] att nya processer eller projekt har startat inom området tack vare programmet. "
      "[[f31-plan-för-belysningsåtgärder-andel]] har tagit fram eller planerar en plan för belysningsåtgärder. "
      "Åtta kommuner deltar i projektet med ett tjugotal belysningsprojekt, och konsulten WSP har stöttat dem som "
      "beställare. Belysningen hade 80 deltagare på det nationella arbetsmötet 2010.")
    h("Biogas", 2)
    p("Många kommuner var från början intresserade av biogas, och temat delades in i fem delområden från "
      "insamling och substrat till användning. Det var svårt att samla deltagare: ett seminarium om insamling "
      "lockade ett tiotal, men sessionerna på de nationella arbetsmötena 2008 och 2009 hade över 30 deltagare "
      "var. Från 2010 prioriterade myndigheten ned temat, eftersom de regionala biogasnätverken erbjuder mycket "
      "av samma sak.")
    h("Energi- och klimatstrategier samt uppföljning", 2)
    p("Myndigheten har arbetat på flera sätt för att stödja kommunernas strategiarbete och uppföljning.")
    h("Avsiktsförklaring", 3)
    p("Alla kommuner åtog sig i avsiktsförklaringen att förankra och fastställa en energi- och klimatstrategi med "
      "mål och en tidsatt handlingsplan som omfattar programmets aktiviteter.")
    h("Handbok för Uthållig kommun", 3)
    p("Handboken kom tidigt i etappen, och första delen är ett stöd för strategiarbetet. Den utgår från att varje "
      "kommun redan har början till en strategi, utspridd i planer och policyer.")
    h("Återrapportering av energi- och klimatstrategier", 3)
    p("Den första årsrapporten innehöll kommunens befintliga strategi, och läget har sedan följts upp på "
      "klustermötena och av klustersamordnarna. Våren 2011 samlade myndigheten åter in strategierna och försökte "
      "sammanställa målen; ett urval finns i bilaga 6. Antalet kommuner med en strategi har ökat för varje år, "
      "och i årets enkät har [[f02-senast-2011-antal]] kommuner en strategi som är fastställd eller fastställs "
      "senast 2011.")
    h("Bättre kommunal och regional energistatistik", 3)
    p("Kommunerna har länge varit missnöjda med SCB:s energistatistik på kommunnivå, och programmet gav dem "
      "ytterligare en kanal att säga det. SCB förbättrar statistiken under 2010 och 2011.")
    h("Energi- och klimatstrategier för större kommuner", 3)
    p("Storstadsklustret ville ha särskilt stöd för sina strategier, eftersom stora och växande kommuner har en "
      "komplicerad planering. Konsultföretaget Profu ledde åtta träffar med ett tiotal deltagare om kartläggning "
      "av energisystemet, lokala mål, metoder för analys, effektiva åtgärder och hur strategiprocessen "
      "organiseras. Deltagarna uppskattade särskilt utbytet med varandra.")
    h("Effektiva energi- och klimatstrategier med scenarioanalys", 3)
    p("I maj och juni 2011 hölls fyra träffar om scenarioanalys för ett tiotal kommuner, varav tre utanför "
      "programmet. De flesta deltagare tyckte att de fått verktyg de kan använda.")
    h("Kommunala energiindikatorer", 3)
    p("Hösten 2010 publicerades en handbok om kommunala energiindikatorer, som hjälper kommunerna att följa upp "
      "sina mål.")
    h("Processledarutbildning", 3)
    p("Processledarutbildningen har getts i två steg för kommunernas kontaktpersoner och klustersamordnarna. "
      "Grundkursen hölls vid tolv tillfällen, och fortsättningskursen vid fem. Deltagarna lärde sig leda "
      "förändringsprocesser i den egna organisationen.")
    h("Energieffektivisering inom kommunala fastigheter", 2)
    p("Lokaler använder omkring 8,5 TWh om året för värme och el, och det finns mycket att spara. Mellan januari "
      "2009 och juni 2011 ordnades ett tjugotal aktiviteter i temat: seminarier, nätverksträffar om beteende, "
      "utbildningar om livscykelkostnader, webbinarier och sessioner på de nationella mötena. "
      "[[f28-energieffektivisering-inom-kommunala-fas-andel]] av kommunerna har arbetat med temat.")
    h("Energispartävling", 3, numbered=False)
    p("Våren 2011 tävlade 24 kommuner i att spara energi i sina fastigheter, och Trosa vann med 7,1 kWh per "
      "kvadratmeter.")
    h("StoppSladd", 3, numbered=False)
    p("I projektet StoppSladd har 102 av landets 341 ishallar besiktigats för att hitta besparingar.")
    h("Fysisk planering", 2)
    p("Fysisk planering avgör för lång tid framåt hur mycket energi ett samhälle behöver.")
    h("Bakgrund", 3)
    p("Projektet bygger på aktionsforskningen från pilotetappen, där fem licentiatavhandlingar och en "
      "doktorsavhandling skrevs. KTH fick 2009 4,3 miljoner kronor för att leda projektet i etapp 2.")
    h("Projektets uppläggning och organisation", 3)
    p("Kommunerna delades in i fem temagrupper, oftast efter region: Norrland, Mälardalen, Kalmar och Sydost, "
      "Västra Götaland och Värmland samt storstadskommunerna. [[f28-fysisk-planering-antal]] kommuner anger i "
      "enkäten att de har arbetat med temat.")
    h("Genomförda aktiviteter", 3)
    p("Sedan maj 2009 har varje grupp haft workshoppar om processmetodik, om energi för värme, kyla och el i "
      "planeringen och om hårda och mjuka styrmedel. En avslutande workshop om utvärdering hölls i Stockholm i "
      "maj 2011. Varje kommun har arbetat med ett eget planeringsfall, oftast en översiktsplan eller fördjupad "
      "översiktsplan.")
    h("Preliminära resultat", 4, numbered=False)
    p("Projektet slutredovisas den 31 december 2011. Redan nu syns att kommunerna har tagit till sig "
      "processmetodiken och använt den i sina planer och i samråd med invånarna, medan verktygen för energi "
      "och transporter har varit svårare att använda.")
    h("Fortsatt arbete – slutförande av projektet", 3)
    p("Kommunerna ska sammanfatta sina erfarenheter, och tillsammans med projektets dokumentation ska det bli en "
      "slutrapport.")
    h("Näringslivsutveckling", 2)
    p("Temat ger kommunerna ett nätverk av kommuner och experter för samarbetet med det lokala näringslivet. "
      "[[f28-näringslivsutveckling-andel]] av kommunerna har arbetat med temat, och "
      "[[f32-näringslivsutveckling-andel]] har startat nya processer eller projekt inom det. "
      "[[f31-informationsträffar-för-näringslivet-med-andel]] har ordnat eller planerar informationsträffar för "
      "företagen om energieffektivisering, och [[f31-energieffektiviseringsnätverk-för-företa-andel]] ett "
      "nätverk för energieffektivisering bland företagare.")
    h("Uthålligt näringsliv", 3)
    p("I projektet Energieffektiva Eskilstuna 2009 arbetade nio företag tillsammans med kommunen och "
      "energiexperter och minskade sin elanvändning utanför arbetstid med en tredjedel. Från oktober 2010 till "
      "juni 2011 har arbetssättet spridits till fem grupper av kommuner.")
    h("Energy Spin-off Contest", 3)
    p("Från november 2008 till mars 2009 kunde företag i programmets kommuner tävla med idéer som sparar energi "
      "och kan bli nya affärer.")
    h("Uthålliga energisystem i praktiken - implementering av energieffektivitet inom industrier", 3)
    p("Linköpings universitet studerade 2009–2010 varför företag genomför eller avstår från åtgärder som "
      "energikartläggningar har föreslagit.")
    h("Skola / beteende", 2)
    p("Få kommuner svarade på erbjudandet om aktiviteter för skolan, så temat prioriterades ned. Flera kommuner "
      "har ändå arbetat med skolan på egen hand eller i pilotlänet, och myndigheten hänvisar till webbplatsen "
      "energikunskap.se.")
    h("Transporter", 2)
    p("Transporterna står för omkring en tredjedel av Sveriges utsläpp av växthusgaser, och vägtrafikens utsläpp "
      "av koldioxid ökade med 15 procent mellan 1990 och 2007. Därför blev transporter tidigt ett temaområde. "
      "Arbetet har skett i fem delprojekt, och därtill har en idébok för kommunalt transportarbete tagits fram. "
      "Figur 14 visar vilka åtgärder kommunerna har genomfört eller planerar under 2011.")
    p("[[fråga-F30-diagram]]")
    h("Trafikstrategier i små och medelstora kommuner", 3)
    p("Sju kommuner fick stöd att börja ta fram en trafikstrategi enligt modellen TRAST: Lindesberg, Strängnäs, "
      "Ulricehamn, Västervik, Mönsterås, Alvesta och Sunne. Trafikverket var med och finansierade och använder "
      "erfarenheterna i en ny TRAST-guide.")
    h("Enkla tillgänglighetsmått för resor i tätort", 3)
    p("Tillsammans med Trafikverket tog myndigheten fram sju mått på tillgänglighet från kommunernas GIS-data, "
      "med Piteå, Norrköping och Lund som pilotkommuner.")
    h("CERO och resepolicys", 3)
    p("En bra resepolicy minskar kommunens egna resor. Österåker, Kalmar, Haninge, Huddinge, Sala, Örebro och "
      "landstinget i Kalmar har gjort CERO-analyser med förslag till handlingsplan. "
      "[[f30-rese-och-mötespolicy-andel]] av kommunerna har en rese- och mötespolicy eller planerar en.")
    h("Hållbara transporter i Norrland", 3)
    p("Alla fem kommunerna i Norrlandsklustret och två kommuner från Dalarna/Gävleborg deltog. Efter fyra "
      "workshoppar planerade varje kommun ett eget projekt med utvärderingsmodellen SUMO.")
    h("Nätverk för transportstrategerna i Storstadsklustret", 3)
    p("Storstadsklustrets transportstrateger har utbytt erfarenheter i ett eget nätverk, bland annat om "
      "parkeringspolicy.")
    h("Trygg värmeförsörjning", 2)
    p("Kommunerna har en viktig roll när energiförsörjningen störs. Alla kommuner erbjöds ett seminarium om "
      "värmeavbrott och individuell rådgivning; tre kommuner tog emot erbjudandet.")
    h("Upphandling", 2)
    p("Den offentliga upphandlingen omsätter omkring en femtedel av Sveriges BNP, så energikrav i upphandlingar "
      "kan ge mycket.")
    h("Upphandlingsprojekt för Västra Götalandsklustret", 3)
    p("Under 2010 utvecklade kommunerna i Västra Götalandsklustret och Kommunnätverket för hållbar utveckling ett "
      "sätt för miljöstrateger och upphandlare att samarbeta i upphandlingarna.")
    h("Resultat", 4, numbered=False)
    p("Projektet gav en metod för samarbetet, gemensamma krav och bättre uppföljning av avtal. En "
      "livsmedelsupphandling i en av kommunerna gav mer närproducerat och kortare transporter.")
    h("Vindkraft", 2)
    p("Myndigheten har delat med sig av kunskap om vindkraft och kopplat ihop kommunerna med forskare och "
      "branschen. Efter tre möten hänvisades ett femtontal kommuner till Nätverket för vindbruk.")
    h("Kommunernas syn på genomförandet i stort", 2)
    p("Kommunerna beskriver utbudet av teman och projekt som brett och flexibelt och myndigheten som lyhörd. "
      "Långa resor till mötena och brist på resurser har gjort det svårt för en del kommuner att delta. "
      "Samarbetet med myndigheten, klustren och de nationella mötena har fungerat bra, enligt nestorkommunerna "
      "mycket bra.")

    # 9 -----------------------------------------------------------------------
    h("Kunskapsspridning, samverkan och nätverksbyggande", 1)
    p("Många aktörer och breda mål kräver goda kanaler för kunskap och samverkan.")
    h("Arenor för samverkan och nätverksbyggande", 2)
    p("Programmet har skapat både mötesplatser och elektroniska verktyg.")
    h("Nationella arbetsmötet", 3)
    p("Det nationella arbetsmötet har hållits en gång om året: i Stockholm i november 2008 med omkring 270 "
      "deltagare, i Linköping 2009 med 350 och i Örebro i november 2010 med omkring 350.")
    h("Politikerworkshop", 3)
    p("I januari 2011 samlade en workshop om hållbart politiskt ledarskap 29 politiker. Deltagarna gav dagen 7,9 "
      "av 10 i utvärderingen.")
    h("Energiutblick", 3)
    p("Programmet har sedan 2003 funnits med på myndighetens konferens Energiutblick, tidigare Energitinget.")
    h("Mötesplatser för programutveckling", 2)
    p("För att utveckla programmet har myndigheten samlat klustersamordnare, nestorer och andra aktörer.")
    h("Arbetsmöten med klustersamordnare och nestorer", 3)
    p("Klustersamordnarna och myndighetens programgrupp har träffats regelbundet. Nestorkommunerna och "
      "programgruppen möttes första gången i november 2008, och gemensamma arbetsmöten hölls i Eskilstuna i "
      "februari 2009, februari 2010 och februari 2011.")
    h("Extern referensgrupp", 3)
    p("En extern referensgrupp har tillfört sakkunskap och perspektiv utifrån. Medlemmarna finns i bilaga 2. "
      "Gruppen träffades två gånger om året, senast i mars 2010.")
    h("Elektroniska kommunikationskanaler", 3)
    p("Myndigheten har informerat genom ett nyhetsbrev och sin webbplats. Ett extranät för programmet lanserades "
      "hösten 2009 och flyttades till en ny plattform våren 2011.")

    # 10 ----------------------------------------------------------------------
    h("Prestationer, resultat och effekter i kommunerna", 1)
    p("Vad har etappen gett kommunerna? Här beskriver de själva vad de har åstadkommit.")
    h("Kommunernas SWOT-analys", 2)
    p("Som styrkor nämner kommunerna oftast en bättre förankring, ett större engagemang, en genomarbetad strategi "
      "och metoder för uppföljning.")
    h("Kommunernas svagheter", 3)
    p("Den största svagheten är risken att arbetet stannar av när personal eller pengar saknas, något som "
      "framför allt mindre kommuner nämner.")
    h("Kommunernas största möjligheter/potential", 3)
    p("Möjligheterna ligger i projekt som redan har startat, till exempel biogas, vindkraft och ny teknik, och i "
      "de nätverk som har byggts upp.")
    h("De största hoten i det framtida arbetet", 3)
    p("Kommunerna oroar sig för minskade resurser och att frågorna prioriteras ned, både i kommunen och hos "
      "staten.")
    h("Prestationer", 2)
    p("Kommunerna fick ange vilka konkreta åtgärder de har genomfört eller planerar tack vare programmet "
      "(tabell 3). [[f31-föp-eller-öp-med-tydligare-energifokus-andel]] har en översiktsplan eller fördjupad "
      "översiktsplan med tydligare energifokus, [[f31-informationsträffar-för-näringslivet-med-andel]] "
      "informationsträffar för näringslivet och [[f31-kampanj-för-att-påverka-kommuninnevånarn-andel]] en "
      "kampanj för invånarnas energianvändning. Färre har satsat på trafikstrategier "
      "([[f31-trafikstrategi-andel]]), utbildning av upphandlare "
      "([[f31-utbildning-av-upphandlare-i-lcc-livscyke-andel]]) och klimatkompensation "
      "([[f31-klimatkompensationssystem-andel]]).")
    p("[[fråga-F31-tabell]]")
    p("Det kan vara svårt att skilja programmets bidrag från kommunens övriga arbete.")
    h("Resultat", 2)
    p("Kommunerna har startat nya processer och projekt tack vare programmet inom samma områden som de har "
      "arbetat mest med (figur 15). [[f32-biogas-antal]] kommuner anger biogas och [[f32-vindkraft-antal]] "
      "vindkraft, [[f32-belysning-antal]] belysning och [[f32-näringslivsutveckling-antal]] näringslivet. "
      "Kommunernas beskrivningar finns i bilaga 3.")
    p("[[fråga-F32-diagram]]")
    h("Effekter", 2)
    p("Det är för tidigt för de flesta kommuner att redovisa effekter i kWh eller ton koldioxid. Lättare är att "
      "ange vad projekten ska leda till: fastigheter nära passivhusnivå, mindre fossila bränslen och ett "
      "transportarbete som minskar med 5–10 procent.")
    h("Effekter på kommunernas energianvändning", 2)
    p("[[energi-antal-kommuner|kommun|kommuner]] har redovisat hur energianvändningen i den egna organisationen "
      "förändrades mellan 2008 och 2010 (tabell 4). Sammantaget har den [[energi-förändring]]; några kommuner "
      "kan ha svarat i kWh i stället för MWh.")
    p("[[energitabell]]")
    p("[[f34-ja-antal|kommun|kommuner]] ([[f34-ja-andel]]) har investerat i egen produktion av förnybar energi, "
      "till exempel biogas eller vindkraft, som tillsammans ger [[f35-summa]].")
    h("Mål och måluppfyllelse inom energieffektivisering", 2)
    p("Den andra delen av uppdraget är svår att besvara, eftersom programmet har velat så snarare än skörda: "
      "effekterna kommer när kommunernas förmåga och ambitioner har vuxit. Målen i strategierna är formulerade "
      "på många olika sätt (bilaga 6). Bara [[energi-antal-kommuner]] av [[antal-kommuner]] kommuner har kunnat "
      "redovisa sin förändrade energianvändning.")

    # 11 ----------------------------------------------------------------------
    h("Forskning", 1)
    p("Forskningen kopplad till programmet ska ge kunskap som kommunerna kan använda.")
    h("Forskningsprogrammet Uthållig kommun", 2)
    p("Forskningsprogrammet har en budget på sammanlagt [[forskning-summa-miljoner]] miljoner kronor för "
      "[[forskning-första-år]]–[[forskning-sista-år]].")
    p("[[forskningsbudget]]")
    h("Beviljade projekt", 3)
    p("Två utlysningar har gjorts, hösten 2009 och våren 2010. Av 35 ansökningar beviljades "
      "[[tabell-forskningsprojekt-antal-rader]] projekt.")
    p("[[tabell-forskningsprojekt|Beviljade projekt i forskningsprogrammet.]]")
    h("Samordnad stadsutveckling – en förutsättning för hållbarhet", 2)
    p("Tillsammans med Formas, Naturvårdsverket, Riksantikvarieämbetet och Trafikverket finansierar "
      "Energimyndigheten ett forskningsprogram om samordnad stadsutveckling för 2010–2012, med en budgetram på "
      "33 miljoner kronor.")

    # Bilagor -----------------------------------------------------------------
    def appendix(text: str) -> None:
        """An appendix starts its page by its heading: an empty paragraph holding a page break, laid out
        at the foot of a full page, would leave a blank page in LibreOffice."""
        h(text, 1, numbered=False).paragraph_format.page_break_before = True

    appendix("Bilaga 1. Deltagande kommuner och klusterindelning")
    p("[[kommuner-per-kluster]]")
    p("[[om kommuner-i-två-kluster]][[kommuner-i-två-kluster]] står i två kluster och räknas i båda.")
    p("[[om antal-ej-svarat]]Enkäten har inte besvarats av [[kommuner-ej-svarat]].")
    appendix("Bilaga 2. Medlemmar i extern referensgrupp")
    p("[[tabell-referensgrupp|Den externa referensgruppens medlemmar.]]")
    appendix("Bilaga 3. Kommunernas beskrivning av processer och projekt som startats genom deras deltagande i "
             "Uthållig kommun")
    p("Kommunernas svar återges här med kommunens namn.")
    p("[[fråga-F33-svar]]")
    appendix("Bilaga 4. Kommunernas goda exempel ur egen verksamhet")
    p("[[fråga-F21-svarstabell|Kommunernas bästa exempel från programperioden.]]")
    appendix("Bilaga 5. Utvärdering av klustersamordningen gjord av Föreningen Sveriges Energikontor")
    p("FSEK:s utvärdering av klustersamordningen är en egen rapport och återges inte i det här dokumentet.")
    appendix("Bilaga 6. Mål i kommunernas energi- och klimatstrategier")
    p("Målen är ett urval från kommuner som hade en gällande strategi vintern 2010/2011, så som kommunerna har "
      "rapporterat dem. Basåret är 1990 om inget annat anges.")
    p("[[tabell-mål-i-strategierna|Mål i kommunernas energi- och klimatstrategier.]]")

    w.running_header("[[sidhuvud]]")
    w.page_numbers()
    return w


# ---------------------------------------------------------------------------
# Klimatkommunerna – verksamhetsplan och budget 2008–2009 (seed 000)
# ---------------------------------------------------------------------------

KLIMATKOMMUNERNA_SET = ROOT / "inputs" / "klimatkommunerna-2008-2009"


def _lead(w: DocumentWriter, text: str) -> None:
    """A paragraph that introduces the block below it: kept on the page of the block's first lines."""
    w.para(text).paragraph_format.keep_with_next = True


def _chapter(w: DocumentWriter, text: str) -> None:
    """A heading that starts a new page (no empty paragraph with a break left at the top of it)."""
    w.heading(text, 1).paragraph_format.page_break_before = True


def _kk_foreword(w: DocumentWriter) -> None:
    w.heading("Förord", 1)
    w.para("Den 14 november 2008 samlas medlemmarna i Stockholm för att bilda föreningen [[organisation]]. "
           "Att nätverket skulle bli en ideell förening bestämde interimsstyrelsen redan den 18 april 2008. "
           "Från 2009 betalar medlemmarna en årlig avgift; hur hög den blir avgör föreningens första ordinarie "
           "årsmöte, som hålls tidigt under 2009.")
    w.para("[[om årsmöte-text]][[årsmöte-text]]")
    w.para("Här lägger kansliet fram sitt förslag till vad nätverket ska arbeta med under [[period]]: syftet "
           "och målen, verksamheten och organisationen, budgeten och hur arbetet ska följas upp. Mycket känns "
           "igen från nätverkets tidigare verksamhetsplaner. Det nya gäller pengarna: från och med 2009 står "
           "medlemsavgifterna för en del av finansieringen.")
    w.para("Verksamhetsplanen drar upp de stora linjerna. Hur nätverket ska nå sina målgrupper och vilka "
           "metoder det ska använda står i en särskild kommunikationsplan, som ses över varje år och som styr "
           "det dagliga arbetet i detalj.")
    w.para("[[ort]], [[datum]]")
    w.para("[[författare]]", italic=True)


def _kk_background(w: DocumentWriter) -> None:
    w.heading("Bakgrund", 1)
    w.para("Att minska utsläppen av växthusgaser hör till de största uppgifter samhället står inför, och "
           "kommunerna har en nyckelroll i det arbetet. De känner sina invånare och sitt näringsliv, de kan "
           "finansiera åtgärder på flera sätt och de kan pröva nya idéer i liten skala innan de sprids. Många "
           "av nätverkets medlemmar har arbetat strategiskt med klimatfrågan i många år. Ändå räcker "
           "kommunernas insatser inte för att nå de nationella klimatmålen: det behövs också statliga "
           "åtgärder och ett stöd till det lokala arbetet.")
    w.para("[[organisation]] bildades hösten [[bildat]] för att hjälpa kommuner med det lokala "
           "klimatarbetet. Värd för nätverket är [[värdorganisation]], där också kansliet finns.")
    w.para("När föreningen bildas har nätverket [[antal-medlemmar|medlem|medlemmar]]: [[medlemmar]].")
    w.para("[[om antal-nya-medlemmar]]Dessutom har [[nya-medlemmar]] beslutat att gå med.")
    w.para("[[om antal-avböjt]][[avböjt]] har valt att stå utanför föreningen.")
    w.para("[[om antal-intresserade]]Även [[intresserade]] har visat intresse men ännu inte fattat något beslut.")
    w.para("Nätverket har med avsikt sökt medlemmar bland kommuner av alla slag, stora som små, för att visa "
           "att klimatarbete går att bedriva oavsett en kommuns storlek och förutsättningar.")
    w.para("Från 2003 till och med 2008 har Naturvårdsverket bidragit till nätverkets drift. Till enskilda "
           "aktiviteter har nätverket dessutom fått projektmedel från flera andra bidragsgivare.")
    w.para("Nätverket är i dag välkänt och arbetar tillsammans med många andra, bland dem Naturvårdsverket, "
           "Energimyndigheten, Vägverket, Naturskyddsföreningen, Stiftelsen Ekocentrum, Hållbar utveckling "
           "Skåne och Hållbar utveckling Väst, Sveriges Ekokommuner, de regionala energikontoren, "
           "regionförbund, länsstyrelser och BLICC. Sveriges Kommuner och Landsting deltar i nätverkets möten "
           "och uppvaktningar och lånar ut lokaler till dem.")
    w.para("Intresset syns också på nätet. I juni 2005 gav en sökning på nätverkets namn omkring 400 träffar; "
           "i dag ger samma sökning 12 300. Hemsidan har 25–30 unika besökare om dagen.")


def _kk_purpose_goals_members(w: DocumentWriter) -> None:
    w.heading("Syfte med nätverket", 1)
    w.para("Det yttersta syftet är att utsläppen av växthusgaser i Sverige ska minska. Nätverket stöttar "
           "kommuner som vill ta itu med klimatfrågan och driver på det nationella klimatarbetet genom att "
           "visa vad som hjälper och vad som hindrar det lokala arbetet. Det för ut kunskap och erfarenheter "
           "från kommunernas klimatarbete och ökar förståelsen för klimatproblemet. Nätverket söker också "
           "samarbete internationellt och håller kontakt med liknande nätverk i andra länder.")
    w.heading("Mål för nätverket", 1)
    w.para("[[om antal-mål]]För [[period]] har nätverket [[antal-mål|övergripande mål|övergripande mål]]:")
    w.para("[[mål]]")
    w.para("Under 2009 ska målen brytas ned i mer detaljerade mål för verksamheten.")
    w.heading("Klimatkommunernas målgrupper", 1)
    w.para("Verksamheten vänder sig i första hand till tjänstemän och politiker i kommunerna. I andra hand "
           "riktar den sig till sektorsmyndigheterna, riksdagen och regeringen. Genom det medlemmarna gör på "
           "hemmaplan når arbetet till sist också invånarna i hela landet.")
    w.heading("Medlemskap", 1)
    w.para("Fram till nu har det inte kostat något att vara med i nätverket. När föreningen bildas införs en "
           "medlemsavgift, som årsmötet 2009 beslutar om.")
    w.para("[[om avgift-år]]Kansliets förslag för [[avgift-år]] är [[avgift-fast]] kronor per medlem och "
           "[[avgift-per-invånare]] kronor för varje invånare[[avgift-tak-text]]. Vad det blir för varje "
           "medlem står i avsnittet Förslag till medlemsavgift.")
    w.para("Utöver avgiften krävs att kommunen genom ett politiskt beslut åtar sig att")
    w.bullets((
        "regelbundet inventera sina utsläpp av växthusgaser,",
        "sätta mål för utsläppen,",
        "anta en handlingsplan och genomföra åtgärder som minskar utsläppen och",
        "fortlöpande rapportera om arbetet till nätverket.",
    ))
    w.para("Med utsläpp menas här i första hand koldioxid, eftersom underlag för de andra växthusgaserna – "
           "metan, lustgas, svavelhexafluorid och de fluorerade gaserna – ofta är svåra att få fram. På sikt "
           "ska även de ingå i klimatarbetet.", italic=True, size=9.5)
    w.para("Kommunen bestämmer själv i vilken politisk instans beslutet fattas. Nätverket bjuder in nya "
           "medlemmar, men en kommun kan också själv anmäla sitt intresse. Även landsting och regioner kan bli "
           "medlemmar.")


def _kk_activities(w: DocumentWriter) -> None:
    w.heading("Verksamhet", 1)
    w.para("Nätverket bygger på att medlemmarna själva bidrar, med politisk vilja och med tjänstemän som kan "
           "lägga tid på arbetet. Hur aktiv en medlem är skiftar därför över tid och med vilka frågor som står "
           "på dagordningen. Mycket av verksamheten står öppen även för kommuner som inte är medlemmar: "
           "hemsidan, veckobreven, seminarierna, workshopparna, utbildningarna och projekten. "
           "Nätverksträffarna och de politiska uppvaktningarna är däremot främst till för medlemmarna, "
           "eftersom de kräver ett engagemang över lång tid.")
    w.para("Kärnan i verksamheten är att sprida kunskap och erfarenheter om lokalt klimatarbete. Arbetet kan "
           "sammanfattas i fem ord – inspiration, kompetensutveckling, projekt, opinionsbildning och "
           "samverkan – som förklaras i avsnitten nedan. Kommunikationsplanen beskriver arbetssätten närmare "
           "och hur nätverket ska föra ut klimatfrågan till andra än medlemmarna; den uppdateras varje år.")
    w.heading("Inspiration", 2)
    w.para("Nätverket ska ge kommunerna lust, motivation och verktyg att arbeta med klimatfrågan. Det sker "
           "bland annat på nätverksträffar, seminarier och workshoppar och genom hemsidan, nyhetsbrevet och "
           "veckobreven, där kommunerna delar erfarenheter, idéer och material med varandra. Kansliet är ett "
           "extra stöd för kommunerna och uppmärksammar dem på nyheter och möjligheter. Med nyckeltal som tas "
           "fram och redovisas kan både medlemmarna och andra följa hur arbetet utvecklas.")
    w.para("Varje medlem ska ha en klimatstrategi som uppfyller medlemskraven. Den kan vara politiskt antagen "
           "eller ett arbetsdokument, men den ska användas och hållas levande.")
    w.heading("Kompetensutveckling", 2)
    w.para("Nätverket ska öka kunskapen om klimatfrågan, framför allt bland kommunernas tjänstemän och "
           "politiker; invånarna nås sedan genom kommunernas egna aktiviteter. Tillsammans med andra nätverk "
           "och organisationer ordnar nätverket utbildningar, seminarier och workshoppar om aktuella frågor. "
           "Hittills har de bland annat handlat om klimatkommunikation, om klimatstrategier, om hur man söker "
           "EU-medel till lokala klimatprojekt och om oljeberoendet, i workshoppen ”Och hur gör vi nu?”. "
           "Klimatcoachningen sprider dessutom erfarenheter av hur ett lokalt klimatarbete kan drivas.")
    w.heading("Projekt", 2)
    w.para("När flera kommuner har behov av och intresse för samma sak samordnar nätverket konkreta lokala "
           "åtgärder, till exempel informations- och cykelkampanjer eller energiinventeringar. Att göra saker "
           "tillsammans gör det lättare att söka pengar, planera, genomföra och följa upp. Till de projekt som "
           "redan genomförts hör en informationskampanj med Klimatkampanjen och Klimat-X, som bland annat "
           "vände sig till lärarutbildningen. Klimatcoachningen, för kommuner med färre än 15 000 invånare, "
           "pågår fortfarande; den beskrivs i avsnittet om projekten.")
    w.heading("Opinionsbildning", 2)
    w.para("Nätverket ska driva på det nationella klimatarbetet. Kommunernas erfarenheter visar vad som får "
           "arbetet att lyckas och vad som står i vägen, och den kunskapen ska nätverket föra fram till dem "
           "som beslutar regionalt och nationellt, till exempel sektorsmyndigheter och riksdagsledamöter. Det "
           "görs genom uppvaktningar, remissvar, personliga kontakter och nätverkets årsrapport. Att utgå från "
           "regionerna har visat sig fungera väl i opinionsarbetet, och det arbetssättet ska byggas ut.")
    w.heading("Samverkan", 2)
    w.para("Nätverket gör ofta sina aktiviteter tillsammans med andra, och erfarenheterna av det är goda. Fler "
           "samarbeten, både regionalt och nationellt, ska inledas under [[period]]. Bland "
           "samarbetspartnerna finns Vägverkets regionkontor, energikontoren, Hållbar utveckling Skåne, "
           "Hållbar utveckling Väst och Sveriges Ekokommuner.")


def _kk_follow_up_and_organisation(w: DocumentWriter) -> None:
    w.heading("Uppföljning", 1)
    w.para("Varje år redovisas verksamheten i en verksamhetsberättelse. Den ska visa, med siffror och i ord, "
           "hur arbetet har fört nätverket närmare målen, och den ska innehålla en ekonomisk redovisning. När "
           "verksamhetsperioden är slut ska en extern utvärderare granska arbetet. Vilka indikatorer som "
           "används och hur uppföljningen går till beskrivs i kommunikationsplanen.")
    w.heading("Organisation", 1)
    w.para("Så här är nätverket organiserat i dag:")
    w.bullets((
        "[[värdorganisation]] är värd för nätverket.",
        "[[värdorganisation]] tar emot bidragen till verksamheten och redovisar dem till bidragsgivarna.",
        "Kommunstyrelsens miljöutskott i [[värdorganisation]] är nätverkets styrgrupp.",
        "[[värdorganisation]] är arbetsgivare för kansliet och leder projekten.",
    ))
    w.para("Frågan om en förening har diskuterats under 2007 och 2008, och under hösten 2008 bildas "
           "föreningen. Medlemsavgifterna ska betala föreningens basverksamhet: medlemsträffar, hemsida, "
           "interna utbildningar, politiska uppvaktningar, nyhetsbrev och administrationen av medlemmarna. Hur "
           "föreningen ska organiseras, med styrelse, arbetsgrupper och annat, diskuteras under hösten.")
    w.heading("Kansliet", 2)
    w.para("Kansliets arbete styrs av verksamhetsplanen och kommunikationsplanen. Kansliet har hand om "
           "administrationen och samordnar nätverkets aktiviteter.")


def _kk_budget_section(w: DocumentWriter, new_page: bool = True) -> None:
    if new_page:
        _chapter(w, "Budgetförslag [[organisation]] [[period]]")
    else:
        w.heading("Budgetförslag [[organisation]] [[period]]", 1)
    _lead(w, "Budgeten här gäller kansliet och basverksamheten. Under perioden kan mer pengar tillkomma genom "
           "ansökningar för särskilda aktiviteter, till exempel klimatcoachningen. Sådana medel går inte att "
           "räkna med i förväg, eftersom de beror på om varje enskild ansökan beviljas. Summorna i tabellerna "
           "är räknade ur de enskilda posterna.")
    w.para("[[budgetsammanställning]]")
    w.heading("Budget [[budget-första-år]]", 2)
    _lead(w, "Under 2008 har kansliet 1,1 tjänster. Utgifterna är [[budget-2008-utgifter]] kronor och "
           "inkomsterna [[budget-2008-inkomster]] kronor, så att inkomsterna minus utgifterna blir "
           "[[budget-2008-resultat]] kronor. Inkomsterna är pengar som förts över från 2007 och bidrag från "
           "Naturvårdsverket, varav ett ännu inte är beslutat.")
    w.para("[[budget-2008]]")
    w.heading("Budget [[budget-sista-år]]", 2)
    _lead(w, "För 2009 delas utgifterna i två delar. Kansliets basverksamhet, med en halv tjänst, ska bäras av "
           "medlemsavgifterna, som i budgeten är beräknade till [[budgeterade-medlemsavgifter]] kronor. Den "
           "utåtriktade verksamheten, med ytterligare en halv tjänst, temaseminarier och internationellt "
           "samarbete, betalas med statsbidrag och står öppen för alla landets kommuner. Utgifterna är "
           "sammanlagt [[budget-2009-utgifter]] kronor och inkomsterna [[budget-2009-inkomster]] kronor.")
    w.para("[[budget-2009]]")


def _kk_fee_section(w: DocumentWriter) -> None:
    _chapter(w, "Förslag till medlemsavgift [[avgift-år]]")
    w.para("[[avgiftstabell]]")
    w.para("Avgiften föreslås bli [[avgift-fast]] kronor per medlem och [[avgift-per-invånare]] kronor för "
           "varje invånare[[avgift-tak-text]]. Varje avgift avrundas till hela kronor, och summorna i tabellen "
           "är summor av de avrundade avgifterna.")
    w.para("[[om avgifter-medlemmar]]Dagens medlemmar skulle tillsammans betala [[avgifter-medlemmar]] kronor.")
    w.para("[[om avgifter-nya-medlemmar]]Räknas de som beslutat att gå med in blir de förväntade "
           "avgiftsintäkterna för [[avgift-år]] [[förväntade-avgiftsintäkter]] kronor.")
    w.para("[[om budgeterade-medlemsavgifter]]Budgeten räknar med [[budgeterade-medlemsavgifter]] kronor i "
           "medlemsavgifter, vilket [[medlemsavgifter-jämfört]]. Hur mycket avgifterna till slut ger beror på "
           "hur många som blir medlemmar.")


def _kk_projects(w: DocumentWriter) -> None:
    _chapter(w, "Kort sammanställning av pågående och kommande projekt")
    _lead(w, "Utöver basverksamheten har nätverket [[antal-projekt|projekt|projekt]] som pågår eller är på väg. "
           "I tabellen summeras beloppen för varje läge för sig, så att beviljade och sökta medel inte blandas.")
    w.para("[[projekt]]")

    w.heading("Klimatcoachning – stöd till lokalt klimatarbete i små kommuner", 2)
    w.para("I Naturvårdsverkets regleringsbrev för 2006 och 2007 avsattes pengar för att hjälpa små kommuner "
           "att ta fram lokala klimatstrategier. Ur den potten sökte och fick nätverket medel till "
           "klimatcoachningen. Projektet löper under perioden [[projekt-1-period]] och har två delprojekt. "
           "Sammanlagt har det beviljats omkring 3,5 miljoner kronor, varav [[projekt-1-belopp]] kronor går "
           "genom nätverket. Regionala aktörer har medverkat under arbetets gång, och material från "
           "seminarierna, processguider och annat finns fritt tillgängligt på hemsidan under Klimatcoachning.")
    w.heading("Delprojekt I: stöd till 23 kommuner (avslutat)", 3)
    w.para("Delprojekt I skulle lägga grunden för ett långsiktigt klimatarbete i 23 kommuner som saknade en "
           "klimatstrategi eller en liknande plan, som en energiplan, en Agenda 21-plan eller en miljöplan. "
           "Kommunerna skulle få ett kvalificerat kunskapsstöd som engagerar och håller över tid, och som "
           "leder fram till att kommunfullmäktige antar en klimatstrategi med ett handlingsprogram. "
           "Handlingsprogrammet bör peka ut konkreta investeringar inom trafik, energi eller boende och "
           "åtgärder som får bestämda målgrupper att ändra sina vanor.")
    w.para("Delprojektet avslutades den 30 september 2008 med goda resultat. Tre kommuner har antagit en "
           "klimatstrategi och tio har skickat sin på remiss; i de övriga är arbetet i gång.")
    _lead(w, "[[om tabell-klimatcoachningens-aktiviteter]]De 23 kommunerna har kunnat delta i det här:")
    w.para("[[tabell-klimatcoachningens-aktiviteter|Aktiviteter för kommunerna i delprojekt I.]]")
    w.para("Delprojektet har utvärderats med en enkät till kommunerna. De uppskattade stödet från "
           "klimatcoachen, och de svårigheter de mött handlade om brist på tid och resurser. På frågan hur "
           "långt de hade kommit utan nätverkets stöd svarade de flesta att de inte hade kommit lika långt: "
           "nio kommuner trodde att de inte hade kommit i gång alls, och tio att arbetet hade gått långsammare. "
           "I nästan alla kommunerna har stödet alltså varit avgörande för att klimatarbetet kommit i gång på "
           "allvar.")
    w.heading("Delprojekt II: fördjupat stöd till små kommuner (pågår)", 3)
    w.para("Delprojekt II ska föra vidare erfarenheter och idéer från framför allt små kommuners klimatarbete "
           "till kommuner som ännu inte har börjat, som står i startgroparna eller som har kommit en bit och "
           "behöver mer stöd. För dem ska nätverket vara en resurs och ett bollplank. Delprojektet bygger "
           "vidare på arbetssätten från delprojekt I, pågår från den 1 januari 2008 till den 30 juni 2009 och "
           "har fem delar:")
    w.bullets((
        "Handledningar i hur en kommun tar fram en klimatstrategi, byggda på erfarenheterna från delprojekt I, "
        "läggs ut på hemsidan och marknadsförs till alla kommuner.",
        "Regionala workshoppar tar upp både det som lyckats och det som gått trögt.",
        "Erfarenheterna från delprojekt I presenteras på seminarier, konferenser och liknande.",
        "”Ring klimatcoachen!”: en klimatcoach svarar på frågor och ger råd per telefon och e-post.",
        "Kunskaperna från klimatcoachningen förs fram vid politiska uppvaktningar som nätverket tar initiativ "
        "till.",
    ))

    w.heading("KEMB – kommunala energikrav för ett miljöanpassat byggande", 2)
    w.para("KEMB ska öka kunskapen om hur kommuner kan ställa krav på energisnåla byggnader och på "
           "energiförsörjningen när nya områden byggs ut. Projektet ska också låta kommunerna lära av "
           "varandra och skapa en mötesplats där byggföretag, kommuner och myndigheter kan diskutera frågorna. "
           "Tekniken för energisnåla hus finns, men den används mindre än man kunde vänta sig: i de flesta "
           "byggprojekt stannar ambitionen vid kraven i Boverkets byggregler. Det upplever många kommuner som "
           "frustrerande, samtidigt som de vet för lite om vilka krav de själva kan ställa, och de efterfrågar "
           "ett forum för frågorna.")
    w.para("Miljömålsrådet har beviljat [[projekt-2-belopp]] kronor till projektet, som löper under perioden "
           "[[projekt-2-period]]. En rapport med goda exempel tas fram, och fem workshoppar planeras: i "
           "Helsingborg den 5 december, i Östersund, Södertälje och Luleå och möjligen i Karlstad. För de flesta "
           "är datum ännu inte bestämt.")

    w.heading("Klimatcoachning – fas tre: stöd till regionalt och lokalt klimatarbete i ett pilotlän", 2)
    w.para("Naturvårdsverket har bett nätverket söka mer pengar för stöd till lokalt klimatarbete. Kansliet "
           "har tagit fram ett förslag till projektplan, som ska lämnas till Naturvårdsverket senast den "
           "17 november. Förslaget bygger på erfarenheterna från klimatcoachningen men vänder sig också till "
           "länsstyrelserna, en viktig aktör på regional nivå.")
    w.para("Regeringen har gett länsstyrelserna i uppgift att ta fram regionala energi- och klimatstrategier, "
           "en roll som för många av dem är ny. Nätverkets erfarenhet är att många kommuner, särskilt små, "
           "saknar någon som tar emot nationella och regionala styrdokument på energi- och klimatområdet – "
           "någon som läser den regionala strategin och omsätter den i den egna kommunen. Då når strategin "
           "inte alla länets kommuner, och åtgärder som borde göras lokalt blir inte av. Till det kommer att "
           "man på regional nivå ofta vet för lite om hur kommunerna har det.")
    w.para("Genom att förena erfarenheterna från klimatcoachningen med länsstyrelsernas uppgift vill nätverket "
           "bygga upp en fungerande coachning på regional nivå, så att stödet till de små kommunerna finns kvar "
           "också på lång sikt.")
    w.para("Förslaget är ett tvåårigt projekt där nätverket i ett pilotlän arbetar tillsammans med "
           "länsstyrelsen och andra regionala aktörer, till exempel energikontor eller regionförbund. "
           "Projektet ska")
    w.bullets((
        "förankra den regionala energi- och klimatstrategin hos länets kommuner,",
        "sprida kunskap och erfarenheter om lokalt klimatarbete till de regionala aktörerna i länet,",
        "ge ett urval av länets kommuner fördjupad klimatcoachning,",
        "låta alla kommuner i länet delta i delar av projektet och",
        "föra erfarenheterna vidare till andra län och regioner.",
    ))
    w.para("Ansökan gäller omkring [[projekt-3-belopp]] kronor för perioden [[projekt-3-period]].")


def verksamhetsplan() -> DocumentWriter:
    """Klimatkommunerna's verksamhetsplan 2008–2009: every section of seed 000, in our own words."""
    w = DocumentWriter()
    w.title_page(("[[organisation]]", "accent"), ("Verksamhetsplan", "title"), ("[[period]]", "subtitle"),
                 ("[[dokumenttitel]]", "italic"), None, ("[[författare]]", ""), ("[[ort]], [[datum]]", ""))
    w.contents()
    _kk_foreword(w)
    _kk_background(w)
    _kk_purpose_goals_members(w)
    _kk_activities(w)
    _kk_follow_up_and_organisation(w)
    _kk_budget_section(w)
    _kk_fee_section(w)
    _kk_projects(w)
    w.page_numbers()
    return w


def budget() -> DocumentWriter:
    """Klimatkommunerna's budget proposal 2008–2009 with the fee proposal: seed 000's budget pages."""
    w = DocumentWriter()
    w.para("[[organisation]]", size=14, bold=True)
    w.para("[[dokumenttitel]] · [[ort]], [[datum]]", italic=True)
    _kk_budget_section(w, new_page=False)
    _kk_fee_section(w)
    w.page_numbers()
    return w


def verksamhetsberattelse() -> DocumentWriter:
    """Klimatkommunerna's verksamhetsberättelse for the year with outcomes (2008, invented for the example).

    Written after the year has ended: members at the start and the end and who joined and left, the
    activities per goal, the goals' follow-up and the ekonomisk redovisning.  Every number is a marker."""
    w = DocumentWriter()
    w.title_page(("[[organisation]]", "accent"), ("Verksamhetsberättelse", "title"), ("[[berättelseår]]", "subtitle"),
                 None, ("[[författare]]", ""), ("[[ort]]", ""))
    w.contents()

    w.heading("Inledning", 1)
    w.para("För [[organisation]] var [[berättelseår]] året då nätverket blev en förening. Interimsstyrelsen "
           "bestämde under våren att föreningen skulle bildas, och i november möttes medlemmarna i Stockholm "
           "och bildade den. Därmed har nätverket fått en egen organisation, och från och med nästa år bär "
           "medlemsavgifterna basverksamheten, medan den utåtriktade verksamheten även fortsättningsvis "
           "finansieras med statsbidrag.")
    w.para("Samtidigt fortsatte det vanliga arbetet. Medlemmarna träffades för att utbyta erfarenheter, "
           "kansliet höll kommunerna underrättade om nyheter på klimatområdet, och nätverket förde fram "
           "kommunernas erfarenheter till riksdagen. Klimatcoachningens första delprojekt avslutades med goda "
           "resultat, och projektet om energikrav vid nybyggnad kom i gång med sin första regionala workshop.")
    w.para("Verksamhetsberättelsen redovisar vad som har gjorts under året och hur det har fört nätverket "
           "närmare målen i verksamhetsplanen, både i siffror och i ord. Den avslutas med den ekonomiska "
           "redovisningen, där budgeten ställs mot utfallet post för post.")
    w.para("Om exemplet: utfallet, uppföljningen av målen, aktiviteterna och datumen då medlemmar gick med "
           "eller lämnade är påhittade för att visa hur en verksamhetsberättelse byggs. De är inte "
           "Klimatkommunernas verkliga siffror.", italic=True, size=9.5)

    w.heading("Medlemmar", 1)
    w.para("När året började hade nätverket [[antal-medlemmar-vid-årets-början|medlem|medlemmar]], och när det "
           "slutade hade det [[antal-medlemmar-vid-årets-slut|medlem|medlemmar]].")
    w.para("[[om antal-anslutna-under-året]]Under året gick [[antal-anslutna-under-året|ny medlem|nya medlemmar]] "
           "med: [[anslutna-under-året]].")
    w.para("[[om antal-utträdda-under-året]]Under samma tid lämnade [[antal-utträdda-under-året|medlem|medlemmar]] "
           "nätverket: [[utträdda-under-året]].")
    _lead(w, "[[om medlemsförändringar]]Tabellen visar när medlemmarna gick med eller lämnade.")
    w.para("[[medlemsförändringar]]")
    w.para("Vid årets slut var medlemmarna [[medlemmar-vid-årets-slut]].")

    _chapter(w, "Verksamheten under året")
    w.para("Kärnan i arbetet var som tidigare att sprida kunskap och erfarenheter om lokalt klimatarbete. "
           "Nätverksträffarna gav medlemmarna tillfälle att lära av varandra, och på seminariet om hinder och "
           "möjligheter beskrev de vad som hjälper och vad som bromsar arbetet i deras kommuner. Den kunskapen "
           "lade nätverket sedan fram för riksdagsledamöter.")
    w.para("I klimatcoachningen avslutades det första delprojektet vid utgången av september. Flera av "
           "kommunerna har redan antagit en klimatstrategi, och i de övriga pågår arbetet. Det andra "
           "delprojektet, som sprider erfarenheterna vidare till fler kommuner, startade vid årets början. "
           "Projektet om kommunala energikrav vid nybyggnad höll sin första regionala workshop i Helsingborg i "
           "december, och i november lämnade kansliet en ansökan till Naturvårdsverket om ett nytt projekt "
           "tillsammans med en länsstyrelse.")
    _lead(w, "[[om antal-aktiviteter-under-året]]Under [[berättelseår]] höll nätverket "
             "[[antal-aktiviteter-under-året|aktivitet|aktiviteter]] med sammanlagt "
             "[[antal-deltagare-under-året|deltagare|deltagare]]. Här redovisas de under det mål de hörde till.")
    w.para("[[aktiviteter-per-mål]]")

    _chapter(w, "Uppföljning av målen")
    w.para("[[om antal-uppföljda-mål]]Kansliet har följt upp vart och ett av nätverkets "
           "[[antal-uppföljda-mål|mål|mål]]. Av dem har [[antal-mål-uppnått]] uppnåtts och "
           "[[antal-mål-delvis-uppnått]] delvis uppnåtts, medan [[antal-mål-ej-uppnått]] inte har uppnåtts. "
           "För [[antal-mål-pågår]] pågår arbetet fortfarande.")
    _lead(w, "[[om måluppföljning]]Tabellen visar hur det gick med varje mål.")
    w.para("[[måluppföljning]]")
    w.para("Målen ska brytas ned i mer detaljerade mål för verksamheten, så att de blir lättare att följa upp "
           "kommande år.")

    _chapter(w, "Ekonomisk redovisning")
    w.para("Redovisningen ställer budgeten för [[berättelseår]] mot utfallet. [[avvikelse-not]]")
    w.para("Utgifterna blev [[utfall-utgifter]] kronor, en avvikelse från budgeten på [[avvikelse-utgifter]] "
           "kronor ([[avvikelse-utgifter-procent]]). Inkomsterna blev [[utfall-inkomster]] kronor, en "
           "avvikelse på [[avvikelse-inkomster]] kronor ([[avvikelse-inkomster-procent]]). Budgeten räknade "
           "med ett resultat på [[budget-2008-resultat]] kronor; utfallet [[utfall-resultat-text]].")
    _lead(w, "Sammanställningen visar utgifter, inkomster och resultat.")
    w.para("[[resultatsammanställning]]")
    _lead(w, "Tabellen nedan visar varje post.")
    _lead(w, "[[om antal-poster-utan-motsvarighet]]I den finns [[antal-poster-utan-motsvarighet|post|poster]] som "
             "bara har budget eller bara utfall; där räknas det belopp som saknas som noll.")
    w.para("[[ekonomisk-redovisning]]")
    w.heading("Medlemsavgifter", 2)
    w.para("[[om avgiftsintäkter-utfall]]Medlemmarna betalade in [[avgiftsintäkter-utfall]] kronor i avgifter "
           "under [[berättelseår]].")
    w.para("[[om avgiftsintäkter-förväntade]]Enligt avgiftstabellen väntades avgifterna ge "
           "[[avgiftsintäkter-förväntade]] kronor, så det inbetalda [[avgiftsintäkter-jämfört]].")
    w.para("[[avgiftsintäkter]]")
    w.para("[[om inte avgiftsintäkter-utfall]]Under [[berättelseår]] var det ännu avgiftsfritt att vara med i "
           "nätverket, så redovisningen har inga inbetalda medlemsavgifter. Avgiften tas ut första gången för "
           "[[avgift-år]], och enligt avgiftstabellen väntas den ge [[förväntade-avgiftsintäkter]] kronor.")

    _chapter(w, "Underskrifter")
    w.para("Verksamhetsberättelsen och den ekonomiska redovisningen har tagits fram av [[författare]] och "
           "läggs fram för årsmötet.")
    w.para("[[ort]] den ____________________")
    for role in ("Ordförande", "Ledamot", "Ledamot"):
        w.para()
        w.para("______________________________")
        w.para(role, italic=True)
    w.page_numbers()
    return w


#: Where each document function's output goes; a function missing here or not (yet) defined is skipped.
DOCUMENTS: dict[str, Path] = {
    "slutrapport": SLUTRAPPORT_SET / "slutrapport.docx",
    "verksamhetsplan": KLIMATKOMMUNERNA_SET / "verksamhetsplan.docx",
    "budget": KLIMATKOMMUNERNA_SET / "budget.docx",
    "verksamhetsberattelse": KLIMATKOMMUNERNA_SET / "verksamhetsberattelse.docx",
}


if __name__ == "__main__":
    for name in sys.argv[1:] or list(DOCUMENTS):
        make = globals().get(name)
        if callable(make):
            save(make(), DOCUMENTS[name])
