"""The command line speaks Swedish throughout: click's own texts, one-line errors, exit statuses."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest

from generator import click_sv
from tests.helpers import EXAMPLES, ROOT, run

SET = "klimatkommunerna-2008-2009"
#: Words of click's English that must never reach a user.
ENGLISH = re.compile(
    r"\b(Usage|Options|Commands|Error|Try|Missing|No such|Show|default|required|help\b for|Did you mean|"
    r"Invalid|Got unexpected|argument|option|does not exist|TEXT|PATH|DIRECTORY|COMMAND|ARGS|OPTIONS)\b"
)
COMMANDS = ["build", "check", "new-year", "init", "diff", "explain"]


def _plangen(*args: str, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    """The real program in its own process, as a shell runs it."""
    script = "import sys; from generator.cli import main; sys.argv[0] = 'plangen'; main()"
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "args, message",
    [
        (["nosuchcmd"], "fel: okänt kommando ”nosuchcmd” (se ”plangen --help”)"),
        (["biuld"], "fel: okänt kommando ”biuld” (menade du ”build”?) (se ”plangen --help”)"),
        (["new-year"], "fel: saknar argumentet ”MÄNGD” (se ”plangen new-year --help”)"),
        (["explain", SET], "fel: saknar argumentet ”SIFFRA” (se ”plangen explain --help”)"),
        (["build", "--wrong"], "fel: okänd flagga ”--wrong” (se ”plangen build --help”)"),
        (["build", "--out"], "fel: flaggan ”--out” kräver ett värde (se ”plangen build --help”)"),
        (
            ["init", "--kind", "budget", "x"],
            "fel: ogiltigt värde för ”--kind”: ”budget” är inte något av ”verksamhetsplan”, ”slutrapport” "
            "(se ”plangen init --help”)",
        ),
        (["diff", "/finns/inte", "."], "fel: ogiltigt värde för ”GAMMAL”: Mappen ”/finns/inte” finns inte "
                                        "(se ”plangen diff --help”)"),
        (["check", "x", "--inputs"], "fel: flaggan ”--inputs” kräver ett värde (se ”plangen check --help”)"),
    ],
)
def test_command_line_errors_are_one_swedish_line(args: list[str], message: str):
    result = _plangen(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [message]
    assert not ENGLISH.search(result.stderr), result.stderr


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_is_swedish(command: str | None):
    result = run(*([command] if command else []), "--help")
    assert result.exit_code == 0
    assert result.output.startswith(f"Användning: plangen {command + ' ' if command else ''}[FLAGGOR]")
    assert "Flaggor:" in result.output
    assert not ENGLISH.search(result.output), result.output


def test_default_values_in_help_are_swedish():
    output = run("build", "--help").output
    assert "[standard: output]" in output and "[standard: inputs]" in output
    assert "--out MAPP" in output and "--inputs MAPP" in output


def test_bare_plangen_shows_the_swedish_help():
    result = _plangen()
    assert result.returncode == 2
    assert "Användning: plangen [FLAGGOR] KOMMANDO [ARGUMENT]..." in result.stdout + result.stderr
    assert not ENGLISH.search(result.stdout + result.stderr)


def test_argument_names_in_help_match_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        row = next(line for line in readme.splitlines() if line.startswith(f"| `plangen {command} "))
        in_readme = set(re.findall(r"\b[A-ZÅÄÖ]{2,}\b", row.split("|")[1]))
        output = run(command, "--help").output
        usage = output.splitlines()[0].removeprefix(f"Användning: plangen {command} [FLAGGOR]")
        options = [line.strip().split("  ")[0] for line in output.splitlines() if line.strip().startswith("-")]
        in_help = set(re.findall(r"\b[A-ZÅÄÖ]{2,}\b", usage + " ".join(options)))
        assert in_readme == in_help, command


def test_the_catalogue_covers_every_message_click_can_show():
    """Each gettext message in the click modules plangen uses is translated (guards a click upgrade)."""
    developer_only = {  # raised only for a programming mistake in plangen's own declarations
        "Name '{name}' defined twice",
        "Boolean option {decl!r} cannot use the same flag for true/false.",
        "Could not determine name for option with declarations {decls!r}",
        "No options defined but a name was passed ({name}). Did you mean to declare an argument instead? "
        "Did you mean to pass '--{name}'?",
        "Arguments take exactly one parameter declaration, got {length}: {decls}.",
        "Unknown color {colour!r}",
        "Unknown standard stream '{name}'",
    }
    folder = Path(click.__file__).parent
    singles, plurals = set(), set()
    for name in ["core", "exceptions", "formatting", "parser", "types", "decorators", "termui", "utils"]:
        for node in ast.walk(ast.parse((folder / f"{name}.py").read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                texts = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                if node.func.id == "_" and texts:
                    singles.add(texts[0])
                elif node.func.id == "ngettext":
                    plurals.add(tuple(texts[:2]))
    assert singles - developer_only - set(click_sv.CATALOGUE) == set()
    assert plurals - set(click_sv.PLURALS) == set()


def test_every_exit_status_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("Slutstatus"):]
    for status in ["0", "1", "2", "130", "141", "143"]:
        assert re.search(rf"\b{status}\b =", section), status


def test_a_closed_pipe_is_quiet():
    """``plangen explain … | head -1``: the reader has gone when plangen writes."""
    import os

    reader, writer = os.pipe()
    os.close(reader)
    try:
        result = _plangen("explain", "--inputs", str(EXAMPLES), SET, "Budget", stdout=writer)
    finally:
        os.close(writer)
    assert result.stderr == ""
    assert result.returncode == 141


def test_diff_exits_1_when_figures_differ_and_0_when_they_do_not(built_examples: Path, tmp_path: Path):
    same = run("diff", str(built_examples), str(built_examples))
    assert same.exit_code == 0 and "inga siffror skiljer" in same.output
    changed = tmp_path / "changed"
    (changed / SET).mkdir(parents=True)
    sidecar = json.loads((built_examples / SET / "budget.figures.json").read_text(encoding="utf-8"))
    label = next(iter(sidecar["figures"]))
    sidecar["figures"][label]["text"] = "1"
    (changed / SET / "budget.figures.json").write_text(json.dumps(sidecar), encoding="utf-8")
    old = tmp_path / "old"
    (old / SET).mkdir(parents=True)
    (old / SET / "budget.figures.json").write_bytes((built_examples / SET / "budget.figures.json").read_bytes())
    result = run("diff", str(old), str(changed))
    assert result.exit_code == 1
    assert f"{SET}/budget.docx: {label}: " in result.output


@pytest.mark.parametrize(
    "content, reason",
    [
        (b'{"figures": {"a": 3}}', "siffran ”a” saknar sin text"),
        (b'{"figures": {"a": {"text": "1", "sources": 5}}}', "siffran ”a” har trasiga källor"),
        (b"[1, 2]", "saknar ”figures” (är det en fil som plangen skrev?)"),
        (b'{"figures": ', "är ingen giltig JSON (rad 1)"),
        (b"\xff\xfe", "är inte UTF-8-text"),
    ],
)
def test_a_malformed_sidecar_is_named(tmp_path: Path, content: bytes, reason: str):
    for side in ("old", "new"):
        (tmp_path / side / SET).mkdir(parents=True)
        (tmp_path / side / SET / "budget.figures.json").write_bytes(b'{"figures": {}}')
    bad = tmp_path / "new" / SET / "budget.figures.json"
    bad.write_bytes(content)
    result = run("diff", str(tmp_path / "old"), str(tmp_path / "new"))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"fel: {bad}: {reason}"]


def test_a_sidecar_that_is_huge_or_not_a_file_is_refused_unread(tmp_path: Path, monkeypatch):
    import os

    import generator.figures_file

    for side in ("old", "new"):
        (tmp_path / side / SET).mkdir(parents=True)
        (tmp_path / side / SET / "budget.figures.json").write_bytes(b'{"figures": {}}')
    big = tmp_path / "new" / SET / "budget.figures.json"
    big.write_bytes(b" " * 2000)
    monkeypatch.setattr(generator.figures_file, "MAX_SIDECAR_BYTES", 1000)
    monkeypatch.setattr(generator.figures_file.read_figures, "__defaults__", (1000,))
    result = run("diff", str(tmp_path / "old"), str(tmp_path / "new"))
    assert result.exit_code == 2 and result.stderr == f"fel: {big}: är för stor (2000 byte; högst 1000)\n"
    big.unlink()
    os.mkfifo(big)  # would block a plain open() for ever
    result = run("diff", str(tmp_path / "old"), str(tmp_path / "new"))
    assert result.exit_code == 2 and result.stderr == f"fel: {big}: är ingen vanlig fil\n"
    big.unlink()
    big.symlink_to("/dev/zero")
    result = run("diff", str(tmp_path / "old"), str(tmp_path / "new"))
    assert result.exit_code == 2 and result.stderr == f"fel: {big}: är ingen vanlig fil\n"


@pytest.mark.parametrize("out", ["inputs", f"inputs/{SET}", f"inputs/{SET}/ut"])
def test_output_inside_the_inputs_is_refused(tmp_path: Path, example_set: Path, out: str):
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    result = run("build", "--inputs", str(tmp_path / "inputs"), "--out", str(tmp_path / out))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"fel: --out {tmp_path / out} skulle skriva i indatamängden {SET}; välj en mapp utanför indata "
        "(se ”plangen build --help”)"
    ]
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_output_beside_a_set_given_by_path_is_refused(tmp_path: Path, example_set: Path):
    """``plangen build inputs/x --out inputs`` would write inputs/x/… too: the set's own folder."""
    result = run("build", str(example_set), "--out", str(example_set.parent), "--inputs", str(tmp_path / "none"))
    assert result.exit_code == 2 and "skulle skriva i indatamängden" in result.stderr
