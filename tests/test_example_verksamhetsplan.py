"""The example set's own verksamhetsplan and budget (seed 000), built and read back as a reader would.

Expected values are computed here from the workbooks with openpyxl, never with plangen's own code.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import openpyxl
import pytest

from tests.helpers import EXAMPLES, NBSP, document_lines, run, table_rows, tree_digest

SET = "klimatkommunerna-2008-2009"

#: Every section of seed 000, in the seed's order (numbers and years as the set's inputs give them).
SEED_000_HEADINGS = [
    "Förord",
    "Bakgrund",
    "Syfte med nätverket",
    "Mål för nätverket",
    "Klimatkommunernas målgrupper",
    "Medlemskap",
    "Verksamhet",
    "Inspiration",
    "Kompetensutveckling",
    "Projekt",
    "Opinionsbildning",
    "Samverkan",
    "Uppföljning",
    "Organisation",
    "Kansliet",
    "Budgetförslag Klimatkommunerna 2008–2009",
    "Budget 2008",
    "Budget 2009",
    "Förslag till medlemsavgift 2009",
    "Kort sammanställning av pågående och kommande projekt",
    "Klimatcoachning – stöd till lokalt klimatarbete i små kommuner",
    "Delprojekt I: stöd till 23 kommuner (avslutat)",
    "Delprojekt II: fördjupat stöd till små kommuner (pågår)",
    "KEMB – kommunala energikrav för ett miljöanpassat byggande",
    "Klimatcoachning – fas tre: stöd till regionalt och lokalt klimatarbete i ett pilotlän",
]
BUDGET_HEADINGS = ["Budgetförslag Klimatkommunerna 2008–2009", "Budget 2008", "Budget 2009",
                   "Förslag till medlemsavgift 2009"]
COACHING_SHEET = "Klimatcoachningens aktiviteter"


def headings(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.style.name.startswith("Heading")]


def all_text(path: Path) -> str:
    """Every text node of the document, its headers and footers included."""
    import zipfile

    from lxml import etree

    texts = []
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                root = etree.fromstring(package.read(name))
                texts.extend(t.text or "" for t in root.iter("{*}t"))
    return "\n".join(texts)


def sheet_rows(path: Path, sheet: str) -> list[dict]:
    book = openpyxl.load_workbook(path, data_only=True)
    rows = list(book[sheet].iter_rows(values_only=True))
    header = rows[0]
    return [dict(zip(header, row, strict=False)) for row in rows[1:] if any(v is not None for v in row)]


def members(folder: Path) -> list[str]:
    """The members (Status Medlem) of medlemmar.xlsx, in sheet order."""
    return [row["Kommun"] for row in sheet_rows(folder / "medlemmar.xlsx", "Medlemmar") if row["Status"] == "Medlem"]


def swedish_list(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " och " + names[-1] if len(names) > 1 else "".join(names)


def build(inputs: Path, out: Path, *extra: str):
    return run("build", SET, "--inputs", str(inputs), "--out", str(out), *extra)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("example-plan")
    result = build(EXAMPLES, out, "--force")
    assert result.exit_code == 0, result.stderr
    return out / SET


def test_set_has_its_own_documents():
    for name in ("verksamhetsplan.docx", "budget.docx"):
        assert (EXAMPLES / SET / name).is_file()


def test_every_seed_000_section_is_there_in_order(built: Path):
    found = headings(built / "verksamhetsplan.docx")
    positions = [found.index(heading) for heading in SEED_000_HEADINGS]
    assert positions == sorted(positions)


def test_budget_document_holds_the_budget_pages(built: Path):
    found = headings(built / "budget.docx")
    assert [h for h in found if h in BUDGET_HEADINGS] == BUDGET_HEADINGS
    tables = table_rows(built / "budget.docx")
    firsts = [table[0][0] for table in tables]
    assert firsts == ["År", "Post", "Post", "Medlem"]
    years = {row[0]: row[1] for row in tables[0][1:]}
    budget = sheet_rows(EXAMPLES / SET / "budget.xlsx", "Budget")
    for year in (2008, 2009):
        expenses = sum(r["Belopp"] for r in budget if r["År"] == year and r["Del"] == "Utgifter"
                       and not str(r["Post"]).casefold().startswith("summa"))
        assert years[str(year)] == f"{expenses:,}".replace(",", NBSP)


def test_no_marker_is_left(built: Path):
    for name in ("verksamhetsplan.docx", "budget.docx"):
        assert "[[" not in all_text(built / name)
        assert "]]" not in all_text(built / name)


def test_member_count_sentence_reads_the_workbook(built: Path):
    names = members(EXAMPLES / SET)
    assert len(names) == 22
    sentence = f"När föreningen bildas har nätverket {len(names)} medlemmar: {swedish_list(names)}."
    assert sentence in document_lines(built / "verksamhetsplan.docx")


def test_klimatcoachning_schedule_is_a_captioned_table(built: Path):
    rows = sheet_rows(EXAMPLES / SET / "plan.xlsx", COACHING_SHEET)
    expected = [["Aktivitet", "Tid"]] + [[row["Aktivitet"], row["Tid"]] for row in rows]
    assert len(expected) == 10
    path = built / "verksamhetsplan.docx"
    assert expected in table_rows(path)
    lines = document_lines(path)
    caption = next(line for line in lines if line.endswith("Aktiviteter för kommunerna i delprojekt I."))
    assert caption.startswith("Tabell ")
    assert lines[lines.index(caption) + 1] == "Aktivitet | Tid"


def test_project_amounts_are_live_in_the_prose(built: Path):
    projects = sheet_rows(EXAMPLES / SET / "plan.xlsx", "Projekt")
    text = "\n".join(document_lines(built / "verksamhetsplan.docx"))
    kemb = next(p for p in projects if p["Projekt"].startswith("KEMB"))
    amount = f"{kemb['Belopp']:,}".replace(",", NBSP)
    assert f"Miljömålsrådet har beviljat {amount} kronor till projektet" in text


def test_sentences_follow_the_document_date(built: Path):
    """3 November 2008: the founding meeting (14 November) is ahead, delprojekt I (30 September) is over."""
    text = "\n".join(document_lines(built / "verksamhetsplan.docx"))
    assert "Lund, 3 november 2008" in text
    assert "Den 14 november 2008 samlas medlemmarna" in text
    assert "Delprojektet avslutades den 30 september 2008" in text


def copy_set(tmp_path: Path) -> Path:
    inputs = tmp_path / "inputs"
    shutil.copytree(EXAMPLES / SET, inputs / SET)
    return inputs


def set_cell(path: Path, sheet: str, match: dict, column: str, value) -> str:
    """Change one cell with openpyxl: in the row whose columns hold ``match``; returns its coordinate."""
    book = openpyxl.load_workbook(path)
    ws = book[sheet]
    header = [c.value for c in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1)
               if all(ws.cell(r, header.index(k) + 1).value == v for k, v in match.items()))
    cell = ws.cell(row, header.index(column) + 1)
    cell.value = value
    book.save(path)
    return cell.coordinate


def changed_build(tmp_path: Path, edit) -> tuple[Path, Path, Path, object, str]:
    """Build a copy of the set, keep that output as old, apply ``edit(inputs)``, rebuild into the same folder."""
    inputs = copy_set(tmp_path)
    out, old = tmp_path / "out", tmp_path / "old"
    assert build(inputs, out).exit_code == 0
    shutil.copytree(out, old)
    where = edit(inputs / SET)
    result = build(inputs, out)
    assert result.exit_code == 0, result.stderr
    return inputs, out, old, result, where


def report_lines(result, document: str = "verksamhetsplan.docx") -> list[str]:
    return [line.strip() for line in result.stdout.splitlines() if line.strip().startswith(document + ":")]


def test_changed_status_changes_the_member_sentences_and_is_reported(tmp_path: Path):
    inputs, out, old, result, cell = changed_build(
        tmp_path, lambda folder: set_cell(folder / "medlemmar.xlsx", "Medlemmar", {"Kommun": "Lund"}, "Status",
                                          "Avböjt"))
    after = members(inputs / SET)
    declined = [r["Kommun"] for r in sheet_rows(inputs / SET / "medlemmar.xlsx", "Medlemmar")
                if r["Status"] == "Avböjt"]
    assert len(after) == 21 and declined == ["Lund", "Umeå"]
    lines = document_lines(out / SET / "verksamhetsplan.docx")
    assert f"När föreningen bildas har nätverket 21 medlemmar: {swedish_list(after)}." in lines
    assert not any(line.startswith("När föreningen bildas har nätverket 22") for line in lines)
    assert f"{swedish_list(declined)} har valt att stå utanför föreningen." in lines

    where = f"medlemmar.xlsx › Medlemmar › {cell}"
    report = report_lines(result)
    assert any(line.startswith("verksamhetsplan.docx: Medlemmar › Antal Medlem: 22 → 21") for line in report)
    # the document names those who declined (it does not count them): the names are what changed
    assert any(line.startswith("verksamhetsplan.docx: Medlemmar › Avböjt › namn: Umeå → Lund och Umeå")
               and where in line for line in report), result.stdout

    diff = run("diff", str(old), str(out))
    assert diff.exit_code == 1
    assert any("Avböjt › namn: Umeå → Lund och Umeå" in line and where in line
               for line in diff.stdout.splitlines()), diff.stdout

    explain = run("explain", SET, "antal-avböjt", "--inputs", str(inputs))
    assert explain.exit_code == 0, explain.stderr
    assert "antal-avböjt (Medlemmar › Antal Avböjt) = 2" in explain.stdout
    assert f"källa: {where}" in explain.stdout


def test_changed_budget_amount_changes_the_sentence_and_is_reported_with_its_cell(tmp_path: Path):
    inputs, out, old, result, cell = changed_build(
        tmp_path, lambda folder: set_cell(folder / "budget.xlsx", "Budget", {"År": 2009, "Post": "Medlemsavgifter"},
                                          "Belopp", 400000))
    where = f"budget.xlsx › Budget › {cell}"
    lines = document_lines(out / SET / "verksamhetsplan.docx")
    assert any(line.startswith(f"Budgeten räknar med 400{NBSP}000 kronor i medlemsavgifter, vilket är") for line in
               lines)
    assert not any(f"390{NBSP}000 kronor i medlemsavgifter" in line for line in lines)
    change = f"Budget 2009 › Inkomster › Medlemsavgifter: 390{NBSP}000 → 400{NBSP}000 ({where})"
    for document in ("verksamhetsplan.docx", "budget.docx"):
        assert f"{document}: {change}" in report_lines(result, document), result.stdout

    diff = run("diff", str(old), str(out))
    assert diff.exit_code == 1
    assert f"{SET}/verksamhetsplan.docx: {change}" in diff.stdout.splitlines(), diff.stdout

    explain = run("explain", SET, "budgeterade-medlemsavgifter", "--inputs", str(inputs))
    assert explain.exit_code == 0, explain.stderr
    assert f"= 400{NBSP}000" in explain.stdout and f"källa: {where}" in explain.stdout, explain.stdout


def test_misspelt_name_gives_one_swedish_line_and_writes_nothing(tmp_path: Path):
    inputs = copy_set(tmp_path)
    out = tmp_path / "out"
    assert build(inputs, out).exit_code == 0
    before = tree_digest(out)

    path = inputs / SET / "verksamhetsplan.docx"
    document = docx.Document(str(path))
    paragraph = next(p for p in document.paragraphs if "[[antal-medlemmar|" in p.text)
    # Typed in Word: the marker split over runs, one letter missing.
    text = paragraph.text.replace("[[antal-medlemmar|", "[[antal-medlemar|")
    for run_ in paragraph.runs:
        run_.text = ""
    cut = text.index("medlemar")
    paragraph.runs[0].text = text[:cut]
    paragraph.add_run(text[cut:])
    document.save(str(path))

    result = build(inputs, out, "--force")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("fel:")]
    assert len(errors) == 1, result.stderr
    line = errors[0]
    assert "verksamhetsplan.docx" in line
    assert "under rubriken ”Bakgrund”" in line
    assert "i stycket ”När föreningen bildas har nätverket" in line
    assert "okänt namn ”antal-medlemar”" in line
    assert "menade du" in line and "”antal-medlemmar”" in line
    assert tree_digest(out) == before
