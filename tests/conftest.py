from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import EXAMPLES, run


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
