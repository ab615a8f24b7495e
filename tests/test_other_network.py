"""A second network: its own verksamhetsplan with its own headings, text and table, and the default documents.

Neither may carry a name, place or claim of the example organisations that the network's inputs don't hold.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
from lxml import etree

from tests.helpers import NBSP, document_lines, run, table_rows
from tests.other_sets import (
    FOREIGN_WORDS,
    MEETINGS,
    NETWORK_HEADINGS,
    ORGANISATION,
    write_other_network,
    write_other_organisation,
)


def all_text(path: Path) -> str:
    """Every text node of the package: body, tables, headers, footers, properties."""
    texts = []
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if name.endswith(".xml"):
                root = etree.fromstring(package.read(name))
                texts.extend(node.text or "" for node in root.iter() if isinstance(node.tag, str) and node.text)
    return "\n".join(texts)


def foreign_words(path: Path) -> list[str]:
    text = all_text(path)
    return [word for word in FOREIGN_WORDS if re.search(re.escape(word), text, re.I)]


def headings(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.style.name.startswith("Heading")]


def test_inputs_name_none_of_the_example_organisations(tmp_path: Path):
    """The check below is only meaningful if the network's own inputs don't say these words either."""
    folder = write_other_network(tmp_path / "inputs")
    for workbook in folder.glob("*.xlsx"):
        assert not foreign_words(workbook), workbook.name


def test_own_document_builds_with_its_own_headings_text_and_table(tmp_path: Path):
    folder = write_other_network(tmp_path / "inputs")
    out = tmp_path / "out"
    result = run("build", "--inputs", str(folder.parent), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    plan = out / ORGANISATION / "verksamhetsplan.docx"
    money = NETWORK_HEADINGS.index("Pengarna") + 1  # the block budget-per-år brings a heading per year
    assert headings(plan) == [*NETWORK_HEADINGS[:money], "Budget 2021", "Budget 2022", "Budget 2023",
                              *NETWORK_HEADINGS[money:]]
    lines = document_lines(plan)
    assert "Nätverket har i dag 2 medlemskommuner: Kiruna och Gällivare." in lines
    assert "Pajala har bestämt sig för att ansluta." in lines
    assert "Arjeplog har tackat nej." in lines
    assert "Vi planerar 3 träffar med sammanlagt 55 deltagare." in lines
    assert f"Budgeten för 2021 visar ett underskott på 14{NBSP}750 kronor." in lines
    assert "Alla skolor ska ha solel & laddplatser." in lines
    meetings = next(t for t in table_rows(plan) if t[0] == ["Ort", "Månad", "Tema", "Deltagare"])
    assert meetings[1:-1] == [[place, month, theme, str(count)] for place, month, theme, count in MEETINGS]
    assert meetings[-1] == ["Summa", "", "", str(sum(row[3] for row in MEETINGS))]
    caption = next(line for line in lines if line.endswith("Planerade träffar och väntat antal deltagare."))
    assert caption.startswith("Tabell ")
    text = all_text(plan)
    assert "[[" not in text and "]]" not in text
    assert not foreign_words(plan)
    assert not any("verksamhetsplan.docx" in line for line in result.stderr.splitlines()), result.stderr


def test_default_documents_claim_nothing_of_the_example_organisations(tmp_path: Path):
    folder = write_other_organisation(tmp_path / "inputs")
    assert not (folder / "verksamhetsplan.docx").exists()
    out = tmp_path / "out"
    result = run("build", "--inputs", str(folder.parent), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    for name in ("verksamhetsplan.docx", "budget.docx"):
        path = out / ORGANISATION / name
        assert not foreign_words(path), name
        assert "[[" not in all_text(path)
    # The default leaves the organisation's own text out, and says so.
    assert any("egen text" in line for line in result.stderr.splitlines() if line.startswith("varning:"))
