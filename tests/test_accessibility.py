"""A document's accessibility faults, each located by its nearest heading and first words (issue 9, item 6)."""

from __future__ import annotations

import io

from docx import Document
from docx.oxml import OxmlElement
from PIL import Image

from generator.docx.accessibility import accessibility_findings


def png() -> io.BytesIO:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buffer, format="PNG")
    buffer.seek(0)
    return buffer


def mark_header(table) -> None:
    properties = table.rows[0]._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:tblHeader"))


def faulty_document() -> Document:
    document = Document()
    document.add_paragraph("Årsrapport", style="Title")
    document.add_paragraph("Inledning", style="Heading 1")
    document.add_paragraph("Den här rapporten beskriver året som gått i nätverket.")
    document.add_picture(png())  # no alternative text
    document.add_paragraph("Figur 1. Medlemmar per år.")
    document.add_paragraph("Detaljer om medlemmarna", style="Heading 3")  # skips level 2
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Kommun", "Invånare"
    document.add_paragraph("", style="Heading 2")
    document.add_paragraph("Budgeten för nästa år följer här.")
    return document


def test_each_fault_is_one_swedish_line_located_by_heading_and_words():
    findings = accessibility_findings(faulty_document())
    assert findings == [
        "bild utan alternativtext under rubriken ”Inledning”: före stycket ”Figur 1. Medlemmar per år.”",
        "rubriknivå hoppas över under rubriken ”Inledning”: ”Detaljer om medlemmarna” är nivå 3 efter nivå 1",
        "tabell utan rubrikrad under rubriken ”Detaljer om medlemmarna”: tabellen som börjar ”Kommun | Invånare” – "
        "markera första raden som rubrikrad som upprepas",
        "tom rubrik under rubriken ”Detaljer om medlemmarna”: före stycket ”Budgeten för nästa år följer här.”",
    ]
    assert not any("stycke " in line and line.split("stycke ")[1][:1].isdigit() for line in findings)


def test_a_document_without_faults_has_no_findings_and_bytes_are_accepted():
    document = Document()
    document.add_paragraph("Inledning", style="Heading 1")
    document.add_paragraph("Bakgrund", style="Heading 2")
    document.add_picture(png())
    document.inline_shapes[0]._inline.docPr.set("descr", "Stapeldiagram: 12 kommuner 2008, 15 kommuner 2009.")
    table = document.add_table(rows=2, cols=2)
    mark_header(table)
    document.add_paragraph("Resultat", style="Heading 1")
    buffer = io.BytesIO()
    document.save(buffer)
    assert accessibility_findings(document) == []
    assert accessibility_findings(buffer.getvalue()) == []


def test_decorative_images_need_no_alternative_text_and_long_paragraphs_are_shortened():
    document = Document()
    document.add_paragraph("Inledning", style="Heading 1")
    paragraph = document.add_paragraph("Ett mycket långt stycke med många ord som fortsätter länge ")
    paragraph.add_run().add_picture(png())
    findings = accessibility_findings(document)
    assert findings == [
        "bild utan alternativtext under rubriken ”Inledning”: i stycket ”Ett mycket långt stycke med många …”"
    ]
    doc_pr = document.inline_shapes[0]._inline.docPr
    extensions = OxmlElement("a:extLst")
    extension = OxmlElement("a:ext")
    extension.set("uri", "{C183D7F6-B498-43B3-948B-1728B52AA6E4}")
    decorative = extension.makeelement("{http://schemas.microsoft.com/office/drawing/2017/decorative}decorative",
                                       {"val": "1"})
    extension.append(decorative)
    extensions.append(extension)
    doc_pr.append(extensions)
    assert accessibility_findings(document) == []
