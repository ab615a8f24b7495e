"""Page numbers in the table of contents of a built .docx, read back from LibreOffice's layout.

LibreOffice lays the rendered document out as it stands (pdf_uno.py --pages) and says on which page
each heading begins; those pages go into the TOC field's cached result (entry, dot leader, page) and the
document stops asking Word to update its fields at opening. A table with page numbers can lay out a
little differently from one without, so the numbered document is laid out again until the pages agree
(twice, as a rule). Where LibreOffice or its Python bridge is missing, a document LibreOffice cannot lay
out, or pages that do not settle, the document stays as rendered: headings without page numbers, and
Word's prompt to update them.

Pages are counted from the first page, as the documents' footers (a PAGE field, never restarted) count
them. Equal inputs give byte-identical documents on a machine with the same LibreOffice and fonts.
"""

from __future__ import annotations

import io
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
import zipfile
from pathlib import Path

from generator.docx.contents import contents_headings, fill_table_of_contents, settle_table_of_contents
from generator.docx.package import normalise_package

#: Set to 0 to leave the page numbers out (and keep Word's prompt) even where LibreOffice is installed.
ENV_SWITCH = "PLANGEN_CONTENTS_PAGES"
#: Layouts of one document at most before giving up on pages that do not settle.
ROUNDS = 3
TIMEOUT_SECONDS = 120

Layout = list[tuple[int, str, int]]  # (outline level from 1, text, page) of each heading LibreOffice sees


def layout_available() -> bool:
    from generator.pdf import has_uno_bridge

    if os.environ.get(ENV_SWITCH, "").strip() == "0":
        return False
    return shutil.which("soffice") is not None and has_uno_bridge()


class LayoutSession:
    """One headless LibreOffice that lays out document after document (``pdf_uno.py --pages``)."""

    def __init__(self, profile: Path) -> None:
        from generator.pdf import SYSTEM_PYTHON

        script = Path(__file__).resolve().parent.parent / "pdf_uno.py"
        self.process = subprocess.Popen(
            [SYSTEM_PYTHON, str(script), "--pages", str(profile)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
        )

    def layout(self, path: Path) -> Layout | None:
        """Where LibreOffice puts each heading of ``path``; None if it could not say in time."""
        process = self.process
        if process.poll() is not None:
            return None
        try:
            process.stdin.write(f"{path}\n")
            process.stdin.flush()
        except OSError:
            return None
        deadline = time.monotonic() + TIMEOUT_SECONDS  # the first answer includes LibreOffice's start
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                self.close()
                return None
            ready, _, _ = select.select([process.stdout], [], [], left)
            if ready:
                break
        line = process.stdout.readline()
        try:
            answer = json.loads(line)
            return [(int(level), str(text), int(page)) for level, text, page in answer["headings"]]
        except (ValueError, KeyError, TypeError):
            return None

    def close(self) -> None:
        process = self.process
        if process.poll() is None:
            try:
                process.stdin.close()  # pdf_uno.py ends LibreOffice and itself at the end of its input
                process.wait(timeout=30)
            except (OSError, subprocess.TimeoutExpired):
                process.kill()
                process.wait()

    def __enter__(self) -> LayoutSession:
        return self

    def __exit__(self, *_) -> None:
        self.close()


def _normal(text: str) -> str:
    return " ".join(text.split())


def match_pages(headings: list[tuple[str, int]], layout: Layout) -> list[int] | None:
    """The page of each of the contents' ``headings`` (text, level from 0) in LibreOffice's ``layout``,
    matched in order by text and level; None unless every heading is found."""
    pages: list[int] = []
    for level, text, page in layout:
        if len(pages) == len(headings):
            break
        wanted_text, wanted_level = headings[len(pages)]
        if level == wanted_level + 1 and _normal(text) == _normal(wanted_text):
            pages.append(page)
    return pages if len(pages) == len(headings) else None


def has_contents(data: bytes) -> bool:
    """Whether the .docx holds a TOC field (cheap: no XML parsing)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return b" TOC " in package.read("word/document.xml")
    except (KeyError, zipfile.BadZipFile):
        return False


def with_page_numbers(data: bytes, pages: list[int]) -> bytes:
    """The .docx ``data`` with ``pages`` in its table of contents and no prompt to update fields."""
    from docx import Document

    document = Document(io.BytesIO(data))
    fill_table_of_contents(document, pages)
    settle_table_of_contents(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_package(buffer.getvalue())


def _number(session: LayoutSession, scratch: Path, data: bytes) -> bytes | None:
    from docx import Document

    headings = contents_headings(Document(io.BytesIO(data)))
    if not headings:
        return None
    current, pages = data, None
    for _ in range(ROUNDS):
        scratch.write_bytes(current)
        layout = session.layout(scratch)
        found = match_pages(headings, layout) if layout is not None else None
        if found is None:
            return None
        if found == pages:
            return current
        pages = found
        current = with_page_numbers(data, pages)
    return None


def number_contents(documents: dict[Path, bytes]) -> dict[Path, bytes]:
    """The documents (of ``documents``: path → .docx bytes) whose tables of contents got page numbers
    from LibreOffice, with those numbers; empty without LibreOffice. Never raises for a document."""
    wanted = {path: data for path, data in documents.items() if has_contents(data)}
    if not wanted or not layout_available():
        return {}
    numbered: dict[Path, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="plangen-toc-") as work, LayoutSession(Path(work) / "profil") as session:
        for number, (path, data) in enumerate(wanted.items()):
            result = _number(session, Path(work) / f"{number}.docx", data)
            if result is not None:
                numbered[path] = result
    return numbered
