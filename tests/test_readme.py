"""The README's column tables are the contract's own (regenerate with python -m generator.schema.docs)."""

from generator.schema.docs import contract_markdown
from tests.helpers import ROOT


def test_readme_column_tables_match_the_contract():
    assert contract_markdown() in (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_names_the_two_setup_commands_and_ci_calls_the_test_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make examples" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
