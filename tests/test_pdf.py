"""build --pdf: PDF/A through LibreOffice, table of contents updated; a clear message without it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.helpers import EXAMPLES, TOOLS_REQUIRED, needs_tool, run, tool_missing

SET = "klimatkommunerna-2008-2009"
needs_libreoffice = needs_tool("soffice", reason="LibreOffice (soffice) is not installed; CI installs it")


@needs_libreoffice
def test_build_pdf_writes_pdfa_with_updated_contents(tmp_path: Path):
    out = tmp_path / "out"
    result = run("build", "--pdf", "--inputs", str(EXAMPLES), "--out", str(out), SET)
    assert result.exit_code == 0, result.stderr
    for document in ("verksamhetsplan", "budget"):
        pdf = out / SET / f"{document}.pdf"
        assert pdf.is_file(), document
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF-")
    plan = (out / SET / "verksamhetsplan.pdf").read_bytes()
    if shutil.which("pdftotext") is None:
        if TOOLS_REQUIRED:
            tool_missing("pdftotext is not installed (apt-get install poppler-utils)")
    else:
        text = subprocess.run(["pdftotext", "-layout", str(out / SET / "verksamhetsplan.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
        assert "758 000" in text.replace("\u00a0", " ")
        contents = text.split("Innehåll", 1)[1].split("Förord", 2)
        assert len(contents) == 3, "the table of contents lists Förord with its page"
        assert "uppdateras när dokumentet öppnas" not in text, "the table of contents was updated"
    assert b"pdfaid" in plan or b"PDF/A" in plan  # PDF/A identification in the XMP metadata


def test_pdf_without_libreoffice_says_how_to_install(tmp_path: Path, monkeypatch):
    import generator.pdf

    monkeypatch.setattr(generator.pdf.shutil, "which", lambda name: None)
    out = tmp_path / "out"
    result = run("build", "--pdf", "--inputs", str(EXAMPLES), "--out", str(out), SET)
    assert result.exit_code == 0
    assert "apt-get install libreoffice-writer-nogui" in result.stderr
    assert (out / SET / "budget.docx").is_file() and not (out / SET / "budget.pdf").exists()
