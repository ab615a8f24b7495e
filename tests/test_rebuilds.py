"""Incremental, reproducible, atomic builds and the change report."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import docx
import openpyxl

from tests.helpers import EXAMPLES, NBSP, ROOT, edit_workbook, run, table_rows, tree_digest

SET = "klimatkommunerna-2008-2009"


def _build(inputs: Path, out: Path, *args: str):
    result = run("build", "--inputs", str(inputs), "--out", str(out), *args)
    assert result.exit_code == 0, result.stderr
    return result


def test_second_build_without_changes_rebuilds_nothing(tmp_path: Path):
    out = tmp_path / "out"
    _build(EXAMPLES, out)
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    digest = tree_digest(out)
    result = _build(EXAMPLES, out)
    assert "skrev" not in result.output
    assert result.output.count("oförändrad, hoppades över") == len(list(out.rglob("*.docx"))) >= 3
    assert tree_digest(out) == digest
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*")} == before


def test_force_rebuilds_and_template_change_rebuilds(tmp_path: Path, example_set: Path):
    out = tmp_path / "out"
    _build(example_set.parent, out)
    documents = len(list((out / SET).glob("*.docx")))
    assert _build(example_set.parent, out, "--force").output.count(".docx\n") == documents  # "skrev …/x.docx"
    own = docx.Document(str(ROOT / "templates" / "budget.docx"))
    own.add_paragraph("Beslutat av styrelsen.")
    own.save(str(example_set / "budget.docx"))
    result = _build(example_set.parent, out)
    assert "budget.docx oförändrad" not in result.output and "skrev" in result.output


def test_same_inputs_give_byte_identical_documents(tmp_path: Path):
    first, second = tmp_path / "a", tmp_path / "b"
    _build(EXAMPLES, first)
    time.sleep(1.1)  # a clock-dependent timestamp would now differ
    _build(EXAMPLES, second)
    documents = sorted(p.relative_to(first) for p in first.rglob("*.docx"))
    assert len(documents) == 4  # verksamhetsplan, budget, verksamhetsberättelse and slutrapport
    for document in documents:
        assert (first / document).read_bytes() == (second / document).read_bytes(), document


def _budget_cells(path: Path, year: int) -> list[dict]:
    """The budget's data rows of one year, with the Belopp cell of each (read here, not by plangen)."""
    sheet = openpyxl.load_workbook(path)["Budget"]
    header = [c.value for c in sheet[1]]
    column = openpyxl.utils.get_column_letter(header.index("Belopp") + 1)
    rows = []
    for number, values in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
        record = dict(zip(header, values, strict=False))
        if record["År"] == year and record["Belopp"] is not None and not str(record["Post"]).startswith("Summa"):
            rows.append({**record, "cell": f"{column}{number}"})
    return rows


def _span(rows: list[dict]) -> str:
    cells = [r["cell"] for r in rows]
    return f"budget.xlsx › Budget › {cells[0]} … {cells[-1]} ({len(cells)} celler)" if len(cells) > 3 else \
        ", ".join(f"budget.xlsx › Budget › {c}" for c in cells)


def test_change_report_lists_exactly_the_dependent_figures(tmp_path: Path, example_set: Path):
    out = tmp_path / "out"
    _build(example_set.parent, out)
    rows = _budget_cells(example_set / "budget.xlsx", 2009)
    line = next(r for r in rows if r["Post"] == "Administration, lokal, utrustning")
    group = [r for r in rows if r["Grupp"] == line["Grupp"] and r["Del"] == "Utgifter"]
    expenses = [r for r in rows if r["Del"] == "Utgifter"]
    edit_workbook(example_set / "budget.xlsx", lambda b: b["Budget"].__setitem__(line["cell"], line["Belopp"] + 15000))
    result = _build(example_set.parent, out)
    changes = [line.strip() for line in result.output.splitlines() if line.startswith("  budget.docx:")]

    def kr(value) -> str:
        sign = "\u2212" if value < 0 else ""
        return sign + f"{abs(int(value)):,}".replace(",", NBSP)

    prefix = f"Budget 2009 › Utgifter › {line['Grupp']}"
    total_group = sum(r["Belopp"] for r in group)
    total_expenses = sum(r["Belopp"] for r in expenses)
    result_before = sum(r["Belopp"] for r in rows if r["Del"] == "Inkomster") - total_expenses
    assert sorted(changes) == sorted([
        f"budget.docx: {prefix} › Administration, lokal, utrustning: {kr(line['Belopp'])} → "
        f"{kr(line['Belopp'] + 15000)} (budget.xlsx › Budget › {line['cell']})",
        f"budget.docx: {prefix} › Summa: {kr(total_group)} → {kr(total_group + 15000)} ({_span(group)})",
        f"budget.docx: Budget 2009 › Summa utgifter: {kr(total_expenses)} → {kr(total_expenses + 15000)} "
        f"({_span(expenses)})",
        f"budget.docx: Budget 2009 › Resultat: {kr(result_before)} → {kr(result_before - 15000)} ({_span(rows)})",
    ])
    summary = next(t for t in table_rows(out / example_set.name / "budget.docx") if t[0][0] == "År")
    assert summary[2][:2] == ["2009", kr(total_expenses + 15000)]


def test_diff_compares_two_output_folders(tmp_path: Path, example_set: Path):
    old, new = tmp_path / "old", tmp_path / "new"
    _build(example_set.parent, old)
    edit_workbook(example_set / "medlemmar.xlsx", lambda b: b["Medlemmar"].__setitem__("B2", 41316))  # Falköping
    _build(example_set.parent, new)
    result = run("diff", str(old), str(new))
    assert result.exit_code == 1  # figures differ, like diff(1)
    lines = [line for line in result.output.splitlines() if line.startswith(f"{example_set.name}/budget.docx")]
    labels = [line.split(": ")[1] for line in lines]
    assert labels[:3] == ["Avgift 2009 › Falköping", "Avgift 2009 › Summa medlemmar",
                          "Avgift 2009 › Förväntade avgiftsintäkter"]
    # the sentence of the example's own document that compares the budget with the fee table changed too
    assert labels[3:] == ["Text › medlemsavgifter-jämfört"]
    assert f"Avgift 2009 › Falköping: 9{NBSP}263 → 11{NBSP}263" in lines[0]


def test_explain_names_rule_and_cells():
    result = run("explain", "--inputs", str(EXAMPLES), SET, "2008 › Summa inkomster")
    assert result.exit_code == 0
    assert result.output.splitlines()[:5] == [
        f"verksamhetsplan.docx: Budget 2008 › Summa inkomster = 758{NBSP}000",
        "  regel: summa av inkomster 2008",
        "  källa: budget.xlsx › Budget › E8",
        "  källa: budget.xlsx › Budget › E9",
        "  källa: budget.xlsx › Budget › E10",
    ]


def test_killed_build_leaves_earlier_documents_intact(tmp_path: Path, example_set: Path):
    out = tmp_path / "out"
    _build(example_set.parent, out)
    before = tree_digest(out)
    edit_workbook(example_set / "budget.xlsx", lambda b: b["Budget"].__setitem__("E13", 35000))
    marker = tmp_path / "writing"
    script = textwrap.dedent(f"""
        import os, pathlib, time, sys
        real_fsync = os.fsync
        def slow_fsync(fd):
            real_fsync(fd)
            pathlib.Path({str(marker)!r}).touch()
            time.sleep(30)
        os.fsync = slow_fsync
        from generator.cli import main
        sys.argv = ["plangen", "build", "--inputs", {str(example_set.parent)!r}, "--out", {str(out)!r}]
        main()
    """)
    process = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
    deadline = time.monotonic() + 60
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), "the build never reached its write"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    leftovers = {k: v for k, v in tree_digest(out).items() if not Path(k).name.startswith(".")}
    assert leftovers == {k: v for k, v in before.items() if not Path(k).name.startswith(".")}
    for name, digest in before.items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest
    result = _build(example_set.parent, out)  # the next build completes and cleans up
    assert "skrev" in result.output
    assert not list((out / example_set.name).glob(".*.tmp"))


def test_init_then_fill_then_build(tmp_path: Path):
    folder = tmp_path / "inputs" / "nytt-natverk"
    assert run("init", str(folder)).exit_code == 0
    book = openpyxl.load_workbook(folder / "budget.xlsx")
    assert [c.value for c in book["Budget"][1]] == [
        "År", "Del", "Grupp", "Post", "Belopp", "Utfall", "Kommentar", "Status", "Granska"
    ]
    assert book.sheetnames[0] == "Instruktioner"
    assert book["Budget"].freeze_panes == "A2"
    assert any("Utgifter,Inkomster" in (v.formula1 or "") for v in book["Budget"].data_validations.dataValidation)
    check = run("check", "--inputs", str(folder.parent), folder.name)
    assert check.exit_code == 1
    assert "fel: nytt-natverk/plan.xlsx › Uppgifter › B2: Organisation är tomt; väntade en text" in check.stderr

    def fill_plan(book):
        sheet = book["Uppgifter"]
        for row, value in zip(range(2, 7), ["Nätverket Väst", "2025-2026", "Verksamhetsplan", "2024-11-01",
                                            "Kansliet"], strict=True):
            sheet.cell(row=row, column=2, value=value)
        book["Mål"].append(["Alla medlemmar har en klimatplan 2026."])

    def fill_budget(book):
        book["Budget"].append([2025, "Utgifter", None, "Samordnare", 400000])
        book["Budget"].append([2025, "Inkomster", None, "Medlemsavgifter", 400000])

    edit_workbook(folder / "plan.xlsx", fill_plan)
    edit_workbook(folder / "budget.xlsx", fill_budget)
    (folder / "medlemmar.xlsx").unlink()
    out = tmp_path / "out"
    result = run("build", "--inputs", str(folder.parent), "--out", str(out), folder.name)
    assert result.exit_code == 0, result.stderr
    summary = next(t for t in table_rows(out / folder.name / "budget.docx") if t[0][0] == "År")
    assert summary[1] == ["2025", f"400{NBSP}000", f"400{NBSP}000", "0"]
    assert run("init", str(folder)).exit_code == 1  # never over an existing set


def test_native_charts_are_rebuilt_byte_identical(tmp_path: Path):
    out = tmp_path / "out"
    _build(EXAMPLES, out, "uthallig-kommun-etapp2")
    report = out / "uthallig-kommun-etapp2" / "slutrapport.docx"
    first = report.read_bytes()
    with zipfile.ZipFile(report) as package:
        assert len([n for n in package.namelist() if n.startswith("word/charts/chart")]) >= 15
    _build(EXAMPLES, out, "--force", "uthallig-kommun-etapp2")
    assert report.read_bytes() == first


def test_unwritable_output_is_one_clear_error(tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    (out / SET).write_text("en fil där mappen ska ligga\n", encoding="utf-8")
    result = run("build", "--inputs", str(EXAMPLES), "--out", str(out), SET)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("fel:")]
    assert len(errors) == 1 and errors[0].startswith(f"fel: {SET}: kan inte skriva till "), errors
    assert "Traceback" not in result.stderr
