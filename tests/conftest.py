from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import EXAMPLES, run, tool_missing


def pytest_configure(config) -> None:
    # Page numbers in the table of contents cost a LibreOffice layout per document (seconds): the tests of
    # that step turn it on themselves (tests/test_contents_pages.py); every other build leaves it out.
    import os

    os.environ["PLANGEN_CONTENTS_PAGES"] = "0"
    config.addinivalue_line("markers", "needs_tool(reason, missing): the test needs a program (see tests.helpers)")


def pytest_runtest_setup(item) -> None:
    """A test marked with a missing tool is skipped with the reason, or fails under CI=true."""
    for mark in item.iter_markers("needs_tool"):
        if mark.kwargs.get("missing"):
            tool_missing(mark.args[0])


@pytest.fixture
def example_set(tmp_path: Path) -> Path:
    """A private copy of the Klimatkommunerna example set."""
    target = tmp_path / "inputs" / "klimatkommunerna-2008-2009"
    shutil.copytree(EXAMPLES / "klimatkommunerna-2008-2009", target)
    return target


@pytest.fixture(scope="session")
def built_examples(tmp_path_factory) -> Path:
    """The example sets built once into a temporary output folder."""
    out = tmp_path_factory.mktemp("output")
    result = run("build", "--inputs", str(EXAMPLES), "--out", str(out), "--force")
    assert result.exit_code == 0, result.output + result.stderr
    return out
