"""Convert .docx files to PDF/A through a headless LibreOffice, updating indexes and fields first;
or tell on which page LibreOffice lays out each heading.

Run by the system Python that carries LibreOffice's ``uno`` module (not the
project's virtual environment):

    python3 pdf_uno.py PROFILE_DIR SOURCE.docx TARGET.pdf [SOURCE TARGET ...]
        prints one line per file: ``ok <pdf>`` or ``fel <docx>: <reason>``.
    python3 pdf_uno.py --pages PROFILE_DIR
        reads one .docx path a line from standard input and answers each with one JSON line:
        ``{"headings": [[outline level, text, page], ...]}`` or ``{"error": reason}``.
        The document is laid out as it stands (its indexes are not updated); pages are counted
        from the first, as the documents' PAGE fields count them.
"""

import contextlib
import functools
import json
import os
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    item = PropertyValue()
    item.Name, item.Value = name, value
    return item


def connect(pipe, profile):
    office = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            f"-env:UserInstallation={Path(profile).as_uri()}",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + 60
    while True:
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            break
        except Exception:
            if time.monotonic() > deadline or office.poll() is not None:
                office.kill()
                raise RuntimeError("LibreOffice startade inte") from None
            time.sleep(0.2)
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    return office, desktop


WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
GRAPHIC_DATA = "{http://schemas.openxmlformats.org/drawingml/2006/main}graphicData"
CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart"


def chart_descriptions(source):
    """The alternative text (wp:docPr descr) of each chart in the .docx, in document order."""
    with zipfile.ZipFile(source) as package:
        root = ElementTree.fromstring(package.read("word/document.xml"))
    descriptions = []
    for drawing in root.iter():
        if drawing.tag not in (WP + "inline", WP + "anchor"):
            continue
        data = drawing.find(".//" + GRAPHIC_DATA)
        if data is not None and data.get("uri") == CHART_URI:
            doc_pr = drawing.find(WP + "docPr")
            descriptions.append(doc_pr.get("descr", "") if doc_pr is not None else "")
    return descriptions


def describe_charts(document, source):
    """LibreOffice 7.4 drops a chart's alternative text when it reads a .docx, and the PDF's Figure
    then has no /Alt; give each chart object its text back (charts in document order)."""
    descriptions = chart_descriptions(source)
    objects = document.getEmbeddedObjects()
    charts = [objects.getByName(name) for name in objects.getElementNames()]
    if not descriptions or len(charts) != len(descriptions):
        return
    text = document.getText()

    def before(a, b):
        return -text.compareRegionStarts(a.getAnchor(), b.getAnchor())

    try:
        charts.sort(key=functools.cmp_to_key(before))
    except Exception:  # anchors in different texts (e.g. a table): LibreOffice names objects in reading order
        charts.sort(key=lambda chart: int(re.sub(r"\D", "", chart.getName()) or 0))
    for chart, description in zip(charts, descriptions, strict=True):
        if description and not chart.Description:
            chart.Description = description


def convert(desktop, source, target):
    document = desktop.loadComponentFromURL(
        Path(source).resolve().as_uri(), "_blank", 0, (prop("Hidden", True), prop("UpdateDocMode", 0))
    )
    if document is None:
        raise RuntimeError("dokumentet kunde inte öppnas")
    try:
        indexes = document.getDocumentIndexes()
        for index in range(indexes.getCount()):
            indexes.getByIndex(index).update()
        document.getTextFields().refresh()
        document.refresh()
        for index in range(indexes.getCount()):  # page numbers settle after the first update
            indexes.getByIndex(index).update()
        describe_charts(document, source)
        target = Path(target)
        filter_data = uno.Any(
            "[]com.sun.star.beans.PropertyValue",
            (
                prop("SelectPdfVersion", 2),  # PDF/A-2b
                prop("UseTaggedPDF", True),
                prop("PDFUACompliance", True),  # PDF/UA-1 with PDF/A-2b: see finish_accessible_pdf in pdf.py
                prop("ExportBookmarks", True),
            ),
        )
        document.storeToURL(
            target.resolve().as_uri(), (prop("FilterName", "writer_pdf_Export"), prop("FilterData", filter_data))
        )
        return target
    finally:
        document.close(True)


def heading_pages(desktop, source):
    """[outline level, text, page] of every heading paragraph in the body, in document order."""
    document = desktop.loadComponentFromURL(
        Path(source).resolve().as_uri(), "_blank", 0, (prop("Hidden", True), prop("UpdateDocMode", 0))
    )
    if document is None:
        raise RuntimeError("dokumentet kunde inte öppnas")
    try:
        cursor = document.getCurrentController().getViewCursor()
        headings = []
        paragraphs = document.getText().createEnumeration()
        while paragraphs.hasMoreElements():
            paragraph = paragraphs.nextElement()
            if not paragraph.supportsService("com.sun.star.text.Paragraph") or not paragraph.OutlineLevel:
                continue
            cursor.gotoRange(paragraph.getStart(), False)
            headings.append([paragraph.OutlineLevel, paragraph.getString(), cursor.getPage()])
        return headings
    finally:
        document.close(True)


def serve_pages(desktop):
    for line in sys.stdin:
        source = line.rstrip("\n")
        if not source:
            continue
        try:
            answer = {"headings": heading_pages(desktop, source)}
        except Exception as exc:
            answer = {"error": str(exc) or type(exc).__name__}
        print(json.dumps(answer, ensure_ascii=False), flush=True)


def main(argv):
    pages = argv[:1] == ["--pages"]
    profile, *pairs = argv[1:] if pages else argv
    office, desktop = connect(f"plangen{os.getpid()}", profile)
    try:
        if pages:
            serve_pages(desktop)
        for source, target in zip(pairs[::2], pairs[1::2], strict=True):
            try:
                print("ok", convert(desktop, source, target), flush=True)
            except Exception as exc:
                print(f"fel {source}: {exc}", flush=True)
    finally:
        with contextlib.suppress(Exception):
            desktop.terminate()
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main(sys.argv[1:])
