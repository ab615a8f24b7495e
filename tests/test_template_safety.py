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


def test_check_lints_templates_naming_template_and_paragraph(tmp_path: Path):
    folder = write_plan_set(tmp_path / "inputs" / "lint")
    document = docx.Document()
    document.add_paragraph("{{ dokument.organisation }}")
    split = document.add_paragraph()
    split.add_run("{{ dokument.")
    split.add_run("period }}").bold = True  # Word split the tag when the formatting changed
    document.add_paragraph("{{ dokument.titel|versaler }}")
    document.save(folder / "verksamhetsplan.docx")
    result = run("check", "--inputs", str(folder.parent), "lint")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert ("varning: lint/verksamhetsplan.docx: stycke 2: taggen ”{{ dokument.period }}” är uppdelad på flera "
            "textavsnitt i Word; skriv om den i ett svep utan formatbyten") in lines
    assert any(line.startswith("fel: lint/verksamhetsplan.docx: fel i mallens syntax: No filter named 'versaler'")
               for line in lines), lines


def test_check_reports_unbalanced_blocks_and_unknown_names(tmp_path: Path):
    folder = write_plan_set(tmp_path / "inputs" / "block")
    _own_template(folder, "{% if dokument.organisation %}Öppet block utan slut")
    result = run("check", "--inputs", str(folder.parent), "block")
    assert result.exit_code == 1
    assert "fel: block/verksamhetsplan.docx: fel i mallens syntax: Unexpected end of template" in result.stderr
    folder = write_plan_set(tmp_path / "inputs" / "namn")
    _own_template(folder, "Ordförande: {{ dokument.ordforande }}")
    result = run("check", "--inputs", str(folder.parent), "namn")
    assert ("fel: namn/verksamhetsplan.docx: namnet ”ordforande” är inte definierat i mallen ('dict object' has no "
            "attribute 'ordforande') (stycke 2: ”Ordförande: {{ dokument.ordforande }}”)") in result.stderr
