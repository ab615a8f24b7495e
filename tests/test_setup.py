"""Set-up that is true on a bare Debian: every install carries the templates; make says what is missing;
under CI=true a missing tool fails its tests instead of skipping them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import tests.helpers as helpers
from tests.helpers import ROOT

TEMPLATES = sorted(p.name for p in (ROOT / "templates").glob("*.docx"))


def test_a_built_package_carries_the_templates_and_finds_them(tmp_path: Path):
    """What `pip install .` and `pip install --user .` lay out: generator/ with its package data, anywhere."""
    source = tmp_path / "src"
    source.mkdir()
    shutil.copy2(ROOT / "setup.py", source)
    shutil.copytree(ROOT / "templates", source / "templates")
    shutil.copytree(ROOT / "generator", source / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    lib = tmp_path / "site"
    built = subprocess.run(
        [sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(lib)],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    assert sorted(p.name for p in (lib / "generator" / "_templates").glob("*.docx")) == TEMPLATES
    shutil.rmtree(source)  # no checkout to fall back on
    probe = "import generator.inputset as i; print(i.__file__); print(i.DEFAULT_TEMPLATES)"
    found = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(lib)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert found.returncode == 0, found.stderr
    module, templates = found.stdout.splitlines()
    assert Path(module).is_relative_to(lib)
    assert Path(templates) == lib / "generator" / "_templates"


def test_a_checkout_uses_the_top_level_templates():
    from generator.inputset import DEFAULT_TEMPLATES

    assert DEFAULT_TEMPLATES == ROOT / "templates"


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize(
    ("python", "message"),
    [
        ("/no/such/python3", "fel: /no/such/python3 saknas; plangen behöver Python 3.11 eller senare"),
        ("no-venv", "fel: modulen venv (med ensurepip) saknas för"),
    ],
)
def test_make_says_what_is_missing(tmp_path: Path, python: str, message: str):
    if python == "no-venv":  # a Python whose venv module is missing, as on Debian without python3-venv
        fake = tmp_path / "python3"
        fake.write_text(f'#!/bin/sh\ncase "$2" in *ensurepip*) exit 1;; esac\nexec {sys.executable} "$@"\n')
        fake.chmod(0o755)
        python = str(fake)
    venv = tmp_path / "venv"
    done = subprocess.run(
        ["make", "-s", "-C", str(ROOT), f"PYTHON={python}", f"VENV={venv}", f"{venv}/.installed"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0
    assert message in done.stderr
    assert "sudo apt-get install" in done.stderr
    assert not venv.exists()


def test_make_test_shows_why_tests_were_skipped():
    recipe = (ROOT / "Makefile").read_text(encoding="utf-8").split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "pytest -q -rs" in recipe


def test_a_missing_tool_skips_or_fails_under_ci(monkeypatch):
    monkeypatch.setattr(helpers, "TOOLS_REQUIRED", False)
    with pytest.raises(pytest.skip.Exception, match="LibreOffice"):
        helpers.tool_missing("LibreOffice is not installed")
    monkeypatch.setattr(helpers, "TOOLS_REQUIRED", True)
    with pytest.raises(pytest.fail.Exception, match="LibreOffice is not installed – CI=true requires it"):
        helpers.tool_missing("LibreOffice is not installed")
    mark = helpers.needs_tool("no-such-program-plangen", reason="it is missing")
    assert mark.mark.kwargs == {"missing": True}
    assert helpers.needs_tool("sh", reason="sh").mark.kwargs == {"missing": False}


def test_ci_run_fails_when_a_tool_cannot_be_installed(tmp_path: Path):
    """.ci/run with CI=true on a machine without LibreOffice and without apt-get exits non-zero before testing."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for command in ("bash", "env", "dirname", "cat"):
        if found := shutil.which(command):
            (bin_dir / command).symlink_to(found)
    repo = tmp_path / "repo"
    (repo / ".ci").mkdir(parents=True)
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8").replace("\nmake test\n", "\necho TESTS RAN\n")
    (repo / ".ci" / "run").write_text(script)
    runs = {
        ci: subprocess.run(
            [str(bin_dir / "bash"), str(repo / ".ci" / "run")],
            env={"PATH": str(bin_dir), "CI": ci},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        for ci in ("true", "")
    }
    assert runs["true"].returncode == 1 and "TESTS RAN" not in runs["true"].stdout
    assert runs["true"].stderr == "fel: LibreOffice (soffice) could not be installed; CI=true requires it\n"
    assert runs[""].returncode == 0 and "TESTS RAN" in runs[""].stdout
    assert "LibreOffice (soffice) could not be installed; its tests will be skipped" in runs[""].stderr
