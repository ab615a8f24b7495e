"""The organisation's document is untrusted and runs no code: markers are names looked up in plain data.

Values from the workbooks print as written (never read as markers), an unknown name is one error that a
Word user can find, and a document that tries to compute, loop or reach Python prints its text as written
with a warning, within a bounded time.
"""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import docx
import pytest

from tests.helpers import document_lines, error_lines, run, table_rows, tree_digest, write_plan_set


def _own_document(folder: Path, *paragraphs: str | list[str], heading: str = "Bakgrund") -> None:
    """Give the set its own verksamhetsplan: a heading, then paragraphs (a list is one paragraph in runs)."""
    document = docx.Document()
    document.add_heading(heading, level=1)
    for text in paragraphs:
        paragraph = document.add_paragraph()
        for index, run_text in enumerate([text] if isinstance(text, str) else text):
            paragraph.add_run(run_text).bold = bool(index % 2)  # formatting changes split runs, as in Word
    document.save(folder / "verksamhetsplan.docx")


def test_ampersand_angle_brackets_and_markers_in_data_print_as_written(tmp_path: Path):
    name = 'Kött & potatis <script>alert("x")</script> – "A&O" [[antal-mål]]'
    folder = write_plan_set(
        tmp_path / "inputs" / "tecken",
        organisation="Smått & gott <AB>",
        projects=[
            {"Projekt": name, "Start": "2021-01", "Slut": "2021-12", "Belopp": 1000, "Beskrivning": "R&D > allt"},
        ],
    )
    _own_document(folder, "[[organisation]]", "[[projekt]]", "[[projektbeskrivningar]]")
    out = tmp_path / "out"
    result = run("build", "--inputs", str(folder.parent), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    path = out / "tecken" / "verksamhetsplan.docx"
    projects = next(t for t in table_rows(path) if t[0][0] == "Projekt")
    assert projects[1][0] == name, "a cell holding [[…]] is text, not a marker"
    lines = document_lines(path)
    assert "Smått & gott <AB>" in lines
    assert "R&D > allt" in lines


def test_a_marker_split_into_runs_by_word_is_filled(tmp_path: Path):
    folder = write_plan_set(tmp_path / "inputs" / "delad")
    _own_document(folder, ["Nätverket har ", "[[antal-", "mål", "|mål|", "mål]]", " för perioden."])
    out = tmp_path / "out"
    result = run("build", "--inputs", str(folder.parent), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    lines = document_lines(out / "delad" / "verksamhetsplan.docx")
    assert any(line.startswith("Nätverket har ") and line.endswith(" mål för perioden.") and "[[" not in line
               for line in lines), lines


def test_a_misspelt_name_is_one_error_with_heading_words_and_suggestions(tmp_path: Path):
    folder = write_plan_set(tmp_path / "inputs" / "egen")
    _own_document(folder, "Vi har [[antal-medlemar]] medlemmar i dag och fler på väg.", heading="Om nätverket")
    out = tmp_path / "out"
    result = run("build", "--inputs", str(folder.parent), "--out", str(out))
    assert result.exit_code == 1
    errors = error_lines(result)
    assert errors == [
        "fel: egen/verksamhetsplan.docx: under rubriken ”Om nätverket”, i stycket ”Vi har [[antal-medlemar]] "
        "medlemmar i dag …”: okänt namn ”antal-medlemar”; menade du ”antal-medlemmar”, ”antal-nya-medlemmar” "
        "eller ”nya-medlemmar”?"
    ], errors
    assert tree_digest(out) == {}


def test_a_block_inside_a_sentence_is_an_error(tmp_path: Path):
    folder = write_plan_set(tmp_path / "inputs" / "block")
    _own_document(folder, "Målen är [[mål]] för oss.")
    result = run("check", "--inputs", str(folder.parent), "block")
    assert result.exit_code == 1
    assert ("fel: block/verksamhetsplan.docx: under rubriken ”Bakgrund”, i stycket ”Målen är [[mål]] för oss.”: "
            "blocket ”mål” ska stå ensamt i ett eget stycke i dokumentets brödtext (inte i en mening, tabell, "
            "sidhuvud eller sidfot)") in result.stderr


@pytest.mark.parametrize(
    "attack",
    [
        "{{ dokument.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
        "{% for x in range(10**9) %}{% for y in range(10**9) %}{{ x }}{% endfor %}{% endfor %}",
        "{{ 9 ** (9 ** 9) }}",
        "{{ 'a' * 10**9 }}",
        "[[__class__]]",
        "[[organisation.__class__.__init__.__globals__]]",
    ],
)
def test_template_code_is_never_run(tmp_path: Path, attack: str):
    folder = write_plan_set(tmp_path / "inputs" / "elak")
    _own_document(folder, attack)
    out = tmp_path / "out"
    started = time.monotonic()
    result = run("build", "--inputs", str(folder.parent), "--out", str(out))
    assert time.monotonic() - started < 20, "nothing is evaluated, so nothing can exhaust the machine"
    assert "Traceback" not in result.stderr
    if attack.startswith("[["):  # a marker naming something else than a catalogue name
        assert result.exit_code == 1 and tree_digest(out) == {}
        assert "okänt namn" in result.stderr
    else:  # old template code prints as the text it is, with a warning saying so
        assert result.exit_code == 0, result.stderr
        assert "som plangen inte längre tolkar" in result.stderr
        assert attack in document_lines(out / "elak" / "verksamhetsplan.docx")


def test_own_text_places_are_left_out_with_a_warning(tmp_path: Path):
    folder = write_plan_set(tmp_path / "inputs" / "plats")
    _own_document(folder, "[[egen text: skriv bakgrunden här]]", "Nätverket har [[antal-mål|mål|mål]].")
    out = tmp_path / "out"
    result = run("build", "--inputs", str(folder.parent), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert ("varning: plats/verksamhetsplan.docx: under rubriken ”Bakgrund”, i stycket ”[[egen text: skriv "
            "bakgrunden här]]”: här ska organisationens egen text stå") in result.stderr
    lines = document_lines(out / "plats" / "verksamhetsplan.docx")
    assert not any("egen text" in line or "[[" in line for line in lines)


def test_an_external_picture_is_stripped_with_a_warning(tmp_path: Path):
    folder = write_plan_set(tmp_path / "inputs" / "bild")
    _own_document(folder, "[[organisation]]")
    path = folder / "verksamhetsplan.docx"
    document = docx.Document(str(path))
    rid = document.part.relate_to("http://angripare.example/spåra.png",
                                  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image",
                                  is_external=True)
    document.save(str(path))
    result = run("build", "--inputs", str(folder.parent), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    assert "en bild som hämtas från http://angripare.example/spåra.png; hänvisningen togs bort" in result.stderr
    with zipfile.ZipFile(tmp_path / "out" / "bild" / "verksamhetsplan.docx") as package:
        rels = package.read("word/_rels/document.xml.rels").decode()
    assert "angripare.example" not in rels and rid not in rels


def test_a_document_that_unpacks_to_gigabytes_is_refused_at_once(tmp_path: Path):
    folder = write_plan_set(tmp_path / "inputs" / "bomb")
    _own_document(folder, "[[organisation]]")
    path = folder / "verksamhetsplan.docx"
    with (
        zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as package,
        package.open("word/media/image1.png", "w", force_zip64=True) as entry,
    ):
        block = b"\0" * (1 << 20)
        for _ in range(1024):  # 1 GiB of zeros, a few MB packed
            entry.write(block)
    before = path.read_bytes()
    started = time.monotonic()
    result = run("build", "--inputs", str(folder.parent), "--out", str(tmp_path / "out"))
    assert time.monotonic() - started < 30
    assert result.exit_code == 1
    errors = error_lines(result)
    assert len(errors) == 1 and "möjlig zip-bomb" in errors[0], errors
    assert path.read_bytes() == before
