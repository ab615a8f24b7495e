"""Page numbers in the .docx's table of contents, read back from LibreOffice's layout (issue 9, item 5)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from generator.docx import pagenumbers
from generator.docx.authoring import add_table_of_contents
from generator.docx.contents import contents_headings, fill_table_of_contents, settle_table_of_contents
from generator.pdf import has_uno_bridge
from tests.helpers import EXAMPLES, run

needs_libreoffice = pytest.mark.needs_tool(
    "LibreOffice (soffice), its Python bridge (python3-uno) and pdftotext are needed; CI installs them",
    missing=not (shutil.which("soffice") and shutil.which("pdftotext") and has_uno_bridge()),
)


def small_document() -> Document:
    document = Document()
    add_table_of_contents(document)
    for text, style in [("Inledning", "Heading 1"), ("Bakgrund", "Heading 2"), ("Resultat", "Heading 1")]:
        document.add_paragraph(text, style=style)
        document.add_paragraph("Text.")
    return document


def entries(document) -> list[tuple[str, str | None, list]]:
    """(text, page, tab stops) of each entry in the TOC field's result."""
    body = document.element.body
    rows, inside = [], False
    for paragraph in body.iter(qn("w:p")):
        chars = [c.get(qn("w:fldCharType")) for c in paragraph.iter(qn("w:fldChar"))]
        if "separate" in chars:
            inside = True
        if inside:
            texts = [t.text for t in paragraph.iter(qn("w:t"))]
            tabs = [(t.get(qn("w:val")), t.get(qn("w:leader"))) for t in paragraph.iter(qn("w:tab"))
                    if t.getparent().tag == qn("w:tabs")]
            has_tab = any(t.getparent().tag == qn("w:r") for t in paragraph.iter(qn("w:tab")))
            rows.append((texts[0], texts[1] if has_tab and len(texts) > 1 else None, tabs))
        if "end" in chars:
            break
    return rows


def test_entries_get_dot_leader_and_page_and_refill_replaces_them():
    document = small_document()
    fill_table_of_contents(document)
    assert entries(document) == [("Inledning", None, []), ("Bakgrund", None, []), ("Resultat", None, [])]
    fill_table_of_contents(document, [3, 3, 5])
    assert entries(document) == [
        ("Inledning", "3", [("right", "dot")]),
        ("Bakgrund", "3", [("right", "dot")]),
        ("Resultat", "5", [("right", "dot")]),
    ]
    fill_table_of_contents(document, [4, 5, 6])
    assert [(text, page) for text, page, _ in entries(document)] == [("Inledning", "4"), ("Bakgrund", "5"),
                                                                     ("Resultat", "6")]
    assert len(document.element.body.findall(qn("w:p"))) == 2 + 3 + 6 - 1, "no entries left over"


def test_settled_contents_do_not_ask_to_update():
    document = small_document()
    assert document.settings.element.find(qn("w:updateFields")) is not None
    fill_table_of_contents(document, [2, 2, 3])
    settle_table_of_contents(document)
    assert document.settings.element.find(qn("w:updateFields")) is None
    assert not any(c.get(qn("w:dirty")) for c in document.element.body.iter(qn("w:fldChar")))


def test_pages_are_matched_by_text_and_level_in_order():
    headings = [("Inledning", 0), ("Bakgrund", 1), ("Resultat", 0)]
    layout = [(1, "Inledning", 3), (3, "Bakgrund", 3), (2, "Bakgrund", 4), (1, "Resultat ", 6), (1, "Bilaga", 7)]
    assert pagenumbers.match_pages(headings, layout) == [3, 4, 6]
    assert pagenumbers.match_pages(headings, layout[:3]) is None


def test_without_libreoffice_documents_stay_as_rendered(monkeypatch):
    monkeypatch.setenv(pagenumbers.ENV_SWITCH, "0")
    buffer = io.BytesIO()
    small_document().save(buffer)
    assert pagenumbers.number_contents({Path("a.docx"): buffer.getvalue()}) == {}


def pdf_pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")


@needs_libreoffice
def test_contents_page_numbers_match_the_pdf_pages(tmp_path: Path, monkeypatch):
    monkeypatch.setenv(pagenumbers.ENV_SWITCH, "1")
    out = tmp_path / "out"
    result = run("build", "--inputs", str(EXAMPLES), "--out", str(out), "--force")
    assert result.exit_code == 0, result.stderr
    built = {path: path.read_bytes() for path in sorted(out.rglob("*.docx"))}
    numbered = pagenumbers.number_contents(built)
    assert {p.stem for p in numbered} >= {"verksamhetsplan", "slutrapport"}
    assert pagenumbers.number_contents(built) == numbered, "equal inputs give byte-identical documents"
    folder = tmp_path / "numbered"
    folder.mkdir()
    for path, data in numbered.items():
        (folder / path.name).write_bytes(data)
        document = Document(io.BytesIO(data))
        assert document.settings.element.find(qn("w:updateFields")) is None, "no prompt to update"
        listed = entries(document)
        assert [text for text, _, _ in listed] == [text for text, _ in contents_headings(document)]
        assert all(page is not None for _, page, _ in listed)
    # A plain conversion shows the cached result as it is: the pages written into the .docx.
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={(tmp_path / 'profil').as_uri()}", "--convert-to", "pdf",
         "--outdir", str(folder), *[str(folder / p.name) for p in numbered]],
        capture_output=True, timeout=300, check=False,
    )
    for path, data in numbered.items():
        pages = pdf_pages(folder / f"{path.stem}.pdf")
        listed = entries(Document(io.BytesIO(data)))
        contents_page = next(i for i, page in enumerate(pages) if re.search(r"^\s*(\S+\s+)?Innehåll\s*$", page, re.M))
        contents = "\n".join(pages[contents_page : contents_page + 3])  # a long table runs on
        for text, page, _ in listed:
            words = r"\s+".join(re.escape(word) for word in text.split())  # an entry may wrap
            shown = re.search(words + r"\s*\.*\s*(\d+)\s*$", contents, re.M)  # the leader may be one dot
            assert shown and shown.group(1) == page, f"{path.stem}: {text} is listed with page {page}"
            heading = " ".join(text.split())  # a long heading wraps over lines
            assert heading in " ".join(pages[int(page) - 1].split()), f"{path.stem}: {text} is not on page {page}"
