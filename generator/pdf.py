"""PDF through LibreOffice: PDF/A with the table of contents and fields updated when LibreOffice's
Python bridge is available, a plain headless conversion otherwise."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

INSTALL_HINT = "installera LibreOffice: sudo apt-get install libreoffice-writer-nogui"
SYSTEM_PYTHON = "/usr/bin/python3"
TIMEOUT_SECONDS = 300


class PdfUnavailable(Exception):
    """LibreOffice is not installed; the message says how to install it."""


def _has_uno_bridge() -> bool:
    if not Path(SYSTEM_PYTHON).exists():
        return False
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True, timeout=30)
    return probe.returncode == 0


def convert_to_pdf(documents: list[Path]) -> dict[Path, bytes | str]:
    """Each document → its PDF bytes, or a Swedish reason why it could not be converted."""
    if not documents:
        return {}
    if shutil.which("soffice") is None:
        raise PdfUnavailable(f"LibreOffice (soffice) finns inte; {INSTALL_HINT}")
    results: dict[Path, bytes | str] = {}
    with tempfile.TemporaryDirectory(prefix="plangen-pdf-") as work:
        profile = Path(work) / "profil"
        targets = {document: Path(work) / f"{number}.pdf" for number, document in enumerate(documents)}
        try:
            if _has_uno_bridge():
                pairs = [str(part) for document, target in targets.items() for part in (document, target)]
                subprocess.run(
                    [SYSTEM_PYTHON, str(Path(__file__).with_name("pdf_uno.py")), str(profile), *pairs],
                    capture_output=True,
                    timeout=TIMEOUT_SECONDS,
                    check=False,
                )
            else:
                for number, document in enumerate(documents):
                    out = Path(work) / f"plain{number}"
                    subprocess.run(
                        [
                            "soffice",
                            "--headless",
                            f"-env:UserInstallation={profile.as_uri()}",
                            "--convert-to",
                            "pdf",
                            "--outdir",
                            str(out),
                            str(document),
                        ],
                        capture_output=True,
                        timeout=TIMEOUT_SECONDS,
                        check=False,
                    )
                    produced = out / (document.stem + ".pdf")
                    if produced.is_file():
                        produced.rename(targets[document])
        except subprocess.TimeoutExpired:
            pass
        for document, pdf in targets.items():
            # soffice exits 0 even when it cannot load a file: the PDF itself is the evidence.
            if pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-":
                results[document] = pdf.read_bytes()
            else:
                results[document] = "LibreOffice kunde inte konvertera dokumentet"
    return results
