"""Convert .docx files to PDF/A through a headless LibreOffice, updating indexes and fields first.

Run by the system Python that carries LibreOffice's ``uno`` module (not the
project's virtual environment):  python3 pdf_uno.py PROFILE_DIR SOURCE.docx TARGET.pdf [SOURCE TARGET ...]
Prints one line per file: ``ok <pdf>`` or ``fel <docx>: <reason>``.
"""

import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path

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
        target = Path(target)
        filter_data = uno.Any(
            "[]com.sun.star.beans.PropertyValue",
            (
                prop("SelectPdfVersion", 2),  # PDF/A-2b
                prop("UseTaggedPDF", True),
                prop("ExportBookmarks", True),
            ),
        )
        document.storeToURL(
            target.resolve().as_uri(), (prop("FilterName", "writer_pdf_Export"), prop("FilterData", filter_data))
        )
        return target
    finally:
        document.close(True)


def main(argv):
    profile, *pairs = argv
    office, desktop = connect(f"plangen{os.getpid()}", profile)
    try:
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
