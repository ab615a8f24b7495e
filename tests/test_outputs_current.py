"""Outputs are never stale: PDFs follow their .docx, warnings survive up-to-date builds, every write is reported."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import edit_workbook, run

SET = "klimatkommunerna-2008-2009"
FEE_WARNING = "Medlemsavgifter 2009 är 390"


def _build(inputs: Path, out: Path, *args: str):
    result = run("build", "--inputs", str(inputs), "--out", str(out), *args)
    assert result.exit_code == 0, result.stderr
    return result


def _written(result) -> set[Path]:
    return {Path(line.split(": skrev ", 1)[1]) for line in result.output.splitlines() if ": skrev " in line}


def _snapshot(folder: Path) -> dict[Path, tuple[int, str]]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return {p: (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest()) for p in files}


@pytest.fixture
def fake_libreoffice(monkeypatch):
    """A converter whose 'PDF' names the .docx it was made from, so staleness can be seen without LibreOffice."""
    import generator.pdf

    def convert(documents: list[Path]) -> dict[Path, bytes | str]:
        return {doc: b"%PDF-fake " + hashlib.sha256(doc.read_bytes()).hexdigest().encode() for doc in documents}

    monkeypatch.setattr(generator.pdf, "convert_to_pdf", convert)


def _made_from(pdf: Path) -> str:
    return pdf.read_bytes().removeprefix(b"%PDF-fake ").decode()


def test_pdf_follows_its_docx_through_a_docx_only_rebuild(tmp_path: Path, example_set: Path, fake_libreoffice):
    out, folder = tmp_path / "out", tmp_path / "out" / SET
    _build(example_set.parent, out, "--pdf")
    budget, pdf = folder / "budget.docx", folder / "budget.pdf"
    assert _made_from(pdf) == hashlib.sha256(budget.read_bytes()).hexdigest()
    edit_workbook(example_set / "budget.xlsx", lambda b: b["Budget"].__setitem__("E13", 35000))
    rebuilt = _build(example_set.parent, out)  # .docx only: the old PDF would now be stale
    assert not pdf.exists()
    assert f"{SET}: tog bort {pdf} (gjord ur den tidigare budget.docx; kör build --pdf för en ny)" in rebuilt.output
    converted = _build(example_set.parent, out, "--pdf")
    assert "budget.docx oförändrad, hoppades över" in converted.output
    assert _written(converted) == {folder / f for f in ("budget.pdf", "verksamhetsplan.pdf", ".plangen-manifest.json")}
    assert _made_from(pdf) == hashlib.sha256(budget.read_bytes()).hexdigest()
    again = _build(example_set.parent, out, "--pdf")
    assert _written(again) == set()


def test_a_rebuild_to_identical_bytes_keeps_the_pdf(tmp_path: Path, example_set: Path, fake_libreoffice):
    out = tmp_path / "out"
    _build(example_set.parent, out, "--pdf")
    pdf = out / SET / "budget.pdf"
    before = pdf.read_bytes()
    result = _build(example_set.parent, out, "--force")
    assert pdf.read_bytes() == before and "tog bort" not in result.output
    assert _written(_build(example_set.parent, out, "--pdf")) == set()


def test_a_pdf_from_an_older_plangen_is_converted_again(tmp_path: Path, example_set: Path, fake_libreoffice):
    """A manifest of the first format knew nothing of PDFs: their source is unknown, so they are redone."""
    out, folder = tmp_path / "out", tmp_path / "out" / SET
    _build(example_set.parent, out, "--pdf")
    manifest = json.loads((folder / ".plangen-manifest.json").read_text(encoding="utf-8"))
    old_format = {doc: entry["fingerprint"] for doc, entry in manifest["documents"].items()}
    (folder / ".plangen-manifest.json").write_text(json.dumps(old_format), encoding="utf-8")
    (folder / "budget.pdf").write_bytes(b"%PDF-fake stale")
    result = _build(example_set.parent, out, "--pdf")
    assert "budget.docx oförändrad" in result.output and folder / "budget.pdf" in _written(result)
    assert _made_from(folder / "budget.pdf") == hashlib.sha256((folder / "budget.docx").read_bytes()).hexdigest()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed; CI installs it")
def test_real_pdf_has_the_new_figure_after_build_pdf_edit_build_build_pdf(tmp_path: Path, example_set: Path):
    out = tmp_path / "out"
    _build(example_set.parent, out, "--pdf", SET)
    edit_workbook(example_set / "budget.xlsx", lambda b: b["Budget"].__setitem__("E13", 35000))  # 890 000 → 905 000
    _build(example_set.parent, out, SET)
    _build(example_set.parent, out, "--pdf", SET)
    pdf = out / SET / "budget.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "905\u00a0000" in text or "905 000" in text


def test_warnings_are_printed_by_every_build(tmp_path: Path, example_set: Path):
    out = tmp_path / "out"
    first = _build(example_set.parent, out)
    second = _build(example_set.parent, out)
    assert "oförändrad, hoppades över" in second.output
    warnings = [line for line in first.stderr.splitlines() if line.startswith("varning:")]
    assert any(FEE_WARNING in line for line in warnings)
    assert [line for line in second.stderr.splitlines() if line.startswith("varning:")] == warnings
    assert "varning" not in run("build", "-q", "--inputs", str(example_set.parent), "--out", str(out)).stderr


def test_every_file_written_is_reported(tmp_path: Path, example_set: Path):
    out = tmp_path / "out"
    first = _build(example_set.parent, out)
    assert _written(first) == {p for p in (out / SET).iterdir() if p.name != ".plangen.lock"}
    before = _snapshot(out / SET)
    edit_workbook(example_set / "budget.xlsx", lambda b: b["Budget"].__setitem__("E13", 35000))
    second = _build(example_set.parent, out)
    after = _snapshot(out / SET)
    assert _written(second) == {p for p in after if after[p] != before.get(p)}


def test_a_document_whose_workbook_left_the_set_is_reported(tmp_path: Path, example_set: Path):
    out = tmp_path / "out"
    _build(example_set.parent, out)
    (example_set / "budget.xlsx").unlink()
    for _ in range(2):  # on every build, not only the first after the removal
        result = run("build", "--inputs", str(example_set.parent), "--out", str(out))
        assert (
            f"varning: {SET}: budget.docx i {out / SET} byggdes ur budget.xlsx, som inte längre finns i mängden; "
            "dokumentet byggs inte om – ta bort det eller lägg tillbaka arbetsboken"
        ) in result.stderr.splitlines()
    assert (out / SET / "budget.docx").is_file()  # reported, not deleted: the user decides
