"""Values are escaped; undefined names and sandbox escapes are errors naming the template."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from tests.helpers import document_lines, error_lines, run, table_rows, tree_digest, write_plan_set


def _own_template(folder: Path, text: str) -> None:
    """Give the set its own verksamhetsplan template holding ``text``."""
    document = docx.Document()
    document.add_paragraph("{{ dokument.organisation }}")
    document.add_paragraph(text)
    document.save(folder / "verksamhetsplan.docx")


def test_ampersand_and_angle_brackets_print_as_written(tmp_path: Path):
    name = 'Kött & potatis <script>alert("x")</script> – "A&O"'
    folder = write_plan_set(
        tmp_path / "inputs" / "tecken",
        organisation="Smått & gott <AB>",
        projects=[
            {"Projekt": name, "Start": "2021-01", "Slut": "2021-12", "Belopp": 1000, "Beskrivning": "R&D > allt"},
        ],
    )
    out = tmp_path / "out"
    result = run("build", "--inputs", str(folder.parent), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    path = out / "tecken" / "verksamhetsplan.docx"
    projects = next(t for t in table_rows(path) if t[0][0] == "Projekt")
    assert projects[1][0] == f"1. {name}"
    lines = document_lines(path)
    assert "Smått & gott <AB>" in lines
    assert "R&D > allt" in lines


def test_undefined_name_is_an_error_naming_template_and_name(tmp_path: Path):
    folder = write_plan_set(tmp_path / "inputs" / "egen")
    _own_template(folder, "Ordförande: {{ dokument.ordforande }}")
    out = tmp_path / "out"
    result = run("build", "--inputs", str(folder.parent), "--out", str(out))
    assert result.exit_code == 1
    errors = error_lines(result)
    assert len(errors) == 1
    assert errors[0].startswith("fel: egen/verksamhetsplan.docx: namnet ”ordforande” är inte definierat i mallen")
    assert tree_digest(out) == {}


@pytest.mark.parametrize(
    "attack",
    [
        "{{ dokument.__class__.__mro__[1].__subclasses__() }}",
        "{{ dokument.organisation.__class__.__init__.__globals__ }}",
        "{{ ''.__class__.__base__.__subclasses__() }}",
        "{{ dokument.ovrigt.clear() }}",
        "{% for x in range(10) %}{{ x }}{% endfor %}",
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    ],
)
def test_sandbox_refuses_escape_attempts(tmp_path: Path, attack: str):
    folder = write_plan_set(tmp_path / "inputs" / "elak")
    _own_template(folder, attack)
    out = tmp_path / "out"
    result = run("build", "--inputs", str(folder.parent), "--out", str(out))
    assert result.exit_code == 1, result.output
    errors = error_lines(result)
    assert len(errors) == 1 and errors[0].startswith("fel: elak/verksamhetsplan.docx: "), errors
    assert "Traceback" not in result.stderr
    assert tree_digest(out) == {}
