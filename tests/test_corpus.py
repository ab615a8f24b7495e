"""The corpus of bad inputs: each file gives exactly its one-line error, exit 1, nothing written, inputs untouched.

The files are in ``tests/corpus/files/`` and are written by
``tests/corpus/make_corpus.py``; each replaces one workbook of a copy of an
example set.  Files too large to commit (100 000 formatted blank rows, a zip
bomb) are made here at test time.  Cases that are not one spoilt file – a
workbook saved under another name or format, a pipe, folder or device link
named like a workbook, a lock file – are set up here by :data:`SET_CASES`.
No test here measures time: speed belongs to the benchmarks (a case that
would hang is caught by its own watchdog).
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.corpus import make_corpus
from tests.helpers import EXAMPLES, document_lines, error_lines, run, tree_digest

FILES = make_corpus.FILES
PLAN_SET = "klimatkommunerna-2008-2009"
SURVEY_SET = "uthallig-kommun-etapp2"


@dataclass(frozen=True)
class Case:
    file: str
    """The corpus file."""
    workbook: str
    """The workbook of the example set it replaces."""
    errors: tuple[str, ...]
    """The expected error lines after ``fel: <set>/``."""

    @property
    def set(self) -> str:
        return SURVEY_SET if self.workbook == "slutrapport.xlsx" else PLAN_SET


def case(file: str, workbook: str, *errors: str) -> Case:
    return Case(file, workbook, errors)


B, M = "budget.xlsx", "medlemmar.xlsx"
NBSP = "\u00a0"
CASES = [
    # Not an .xlsx at all.
    case("word-document.xlsx", B, "budget.xlsx: filen är ett Word-dokument, inte en Excel-arbetsbok (.xlsx)"),
    case(
        "text-file.xlsx",
        B,
        "budget.xlsx: filen är inte en Excel-arbetsbok (.xlsx); den kan vara trasig eller av annat slag",
    ),
    case("empty-file.xlsx", B, "budget.xlsx: filen är tom; väntade en Excel-arbetsbok (.xlsx)"),
    case(
        "truncated-zip.xlsx",
        B,
        "budget.xlsx: filen är ofullständig (slutet av zip-arkivet saknas, t.ex. efter en avbruten kopiering "
        "eller nedladdning); väntade en Excel-arbetsbok (.xlsx)",
    ),
    case(
        "password-protected.xlsx",
        B,
        "budget.xlsx: filen är lösenordsskyddad (krypterad) och kan inte läsas; öppna den i Excel, "
        "ta bort lösenordet och spara den igen",
    ),
    case(
        "old-xls-format.xlsx",
        B,
        "budget.xlsx: filen är i det gamla Excel-formatet (.xls); öppna den i Excel och spara den som "
        "Excel-arbetsbok (.xlsx)",
    ),
    case(
        "ole-header-only.xlsx",
        B,
        "budget.xlsx: filen är lösenordsskyddad eller i det gamla .xls-formatet; spara den som .xlsx utan lösenord",
    ),
    case(
        "opendocument.xlsx",
        B,
        "budget.xlsx: filen är ett OpenDocument-kalkylark (.ods), inte en Excel-arbetsbok (.xlsx); "
        "spara den som Excel-arbetsbok (.xlsx)",
    ),
    case(
        "binary-xlsb.xlsx",
        B,
        "budget.xlsx: filen är en binär Excel-arbetsbok (.xlsb); spara den som Excel-arbetsbok (.xlsx)",
    ),
    # Damaged packages.
    case(
        "corrupt-entry.xlsx",
        B,
        "budget.xlsx: filen är skadad (zip-arkivet kan inte packas upp); väntade en Excel-arbetsbok (.xlsx)",
    ),
    case(
        "malformed-sheet-xml.xlsx",
        B,
        "budget.xlsx › Budget: filen är skadad (felaktig XML) och kan inte läsas; öppna och spara den i Excel "
        "eller be om en ny kopia",
    ),
    case(
        "missing-sheet-part.xlsx",
        B,
        "budget.xlsx › Budget: bladet finns i arbetsboken men dess innehåll saknas i filen; filen är skadad",
    ),
    # Sheets and headers.
    case(
        "missing-sheet.xlsx",
        M,
        "medlemmar.xlsx: bladet ”Avgift” saknas (filen har bladet ”Medlemmar”); det ska innehålla: "
        "Avgiftsregeln: fast avgift + avgift per invånare × invånare upp till taket.",
    ),
    case(
        "missing-column.xlsx",
        B,
        "budget.xlsx › Budget › rad 1: kolumnen ”Post” saknas i rubrikraden (Budgetpostens namn. "
        "Medlemsavgifter jämförs med avgiftstabellen.)",
    ),
    case(
        "misspelt-column.xlsx",
        B,
        "budget.xlsx › Budget › rad 1: kolumnen ”Belopp” saknas i rubrikraden (Belopp i hela kronor; tomt för en post "
        "som bara har utfall.); "
        "rubriken ”Belop” i E1 är kanske felstavad",
    ),
    case(
        "merged-header.xlsx",
        B,
        "budget.xlsx › Budget › rad 1: kolumnen ”Belopp” saknas i rubrikraden (Belopp i hela kronor; tomt för en post "
        "som bara har utfall.); "
        "rubrikraden har sammanfogade celler (D1:E1) – dela upp dem så att varje kolumn får en egen rubrik",
    ),
    case(
        "header-on-row-3.xlsx",
        B,
        "budget.xlsx › Budget › A1: väntade rubrikraden År | Del | Post | Belopp på rad 1, men rubrikerna står "
        "på rad 3; ta bort raderna ovanför dem",
    ),
    case(
        "empty-sheet.xlsx",
        B,
        "budget.xlsx › Budget: bladet är tomt; väntade rubrikraden År | Del | Grupp | Post | Belopp | Utfall | "
        "Kommentar | Status | Granska på rad 1",
    ),
    case(
        "empty-fee-sheet.xlsx",
        M,
        "medlemmar.xlsx › Avgift: bladet är tomt; väntade nycklarna Fast avgift, Per invånare, År i kolumn A "
        "och deras värden i kolumn B",
    ),
    # Wrong values in number cells.
    case(
        "text-in-number-cell.xlsx",
        B,
        "budget.xlsx › Budget › E3: väntade ett tal ≥ 0 (kr), fann texten ”cirka 60 000 kr”",
    ),
    case(
        "invisible-in-number-cell.xlsx",
        B,
        "budget.xlsx › Budget › E3: väntade ett tal ≥ 0 (kr), fann texten ”60⟨U+200B⟩000”",
    ),
    case(
        "huge-amount.xlsx",
        B,
        "budget.xlsx › Budget › E3: väntade ett tal ≥ 0 (kr), fann det orimligt stora talet 1 · 10^30 "
        f"(högst 1{NBSP}000{NBSP}000{NBSP}000{NBSP}000 godtas); kontrollera cellen",
    ),
    case(
        "date-in-number-cell.xlsx",
        B,
        "budget.xlsx › Budget › E3: väntade ett tal ≥ 0 (kr), fann datumet 2009-03-01",
    ),
    case(
        "boolean-in-number-cell.xlsx",
        B,
        "budget.xlsx › Budget › E3: väntade ett tal ≥ 0 (kr), fann sanningsvärdet SANT",
    ),
    case(
        "error-in-number-cell.xlsx",
        B,
        "budget.xlsx › Budget › E3: väntade ett tal ≥ 0 (kr), fann felvärdet #REF!",
    ),
    case(
        "formula-without-cached-value.xlsx",
        B,
        "budget.xlsx › Budget › E3: väntade ett tal ≥ 0 (kr), fann formeln =50000+10000 utan sparat värde "
        "(öppna och spara filen i Excel)",
    ),
    case(
        "formula-with-uncalculated-zero.xlsx",
        B,
        "budget.xlsx › Budget › E3: väntade ett tal ≥ 0 (kr), fann formeln =50000+10000 med värdet 0, som aldrig "
        "räknats ut (filen ber om omräkning när den öppnas; öppna och spara filen i Excel)",
    ),
    case(
        "negative-population.xlsx",
        M,
        "medlemmar.xlsx › Medlemmar › B3: väntade ett heltal ≥ 0 (invånare), fann det negativa talet \u221238000",
    ),
    case(
        "fractional-population.xlsx",
        M,
        "medlemmar.xlsx › Medlemmar › B3: väntade ett heltal ≥ 0 (invånare), fann 38000,5",
    ),
    # Duplicate keys.
    case(
        "duplicate-municipality.xlsx",
        M,
        "medlemmar.xlsx › Medlemmar › A4: Kommun ”falköping” finns redan på A2",
    ),
    case(
        "decomposed-duplicate-municipality.xlsx",
        M,
        "medlemmar.xlsx › Medlemmar › A4: Kommun ”Falköping” finns redan på A2",
    ),
    case(
        "invisible-duplicate-municipality.xlsx",
        M,
        "medlemmar.xlsx › Medlemmar › A4: Kommun ”Lidköping⟨U+200B⟩” finns redan på A3",
    ),
    # Sheets whose names differ only in what cannot be seen: which one is meant is not guessed.
    case(
        "hidden-twin-sheet.xlsx",
        B,
        "budget.xlsx: bladen ”Budget” och ”Budget ” (dolt) har samma namn när mellanslag, stora och små bokstäver "
        "och osynliga tecken inte räknas; plangen vet inte vilket som ska läsas – ta bort eller byt namn på alla "
        "utom ett",
    ),
    # Saved in a way plangen does not read.
    case(
        "strict-open-xml.xlsx",
        B,
        "budget.xlsx: filen är sparad som Strikt Open XML-kalkylblad, som plangen inte läser; öppna den i Excel "
        "och välj Spara som › Excel-arbetsbok (.xlsx)",
    ),
    case(
        "duplicate-question-id.xlsx",
        "slutrapport.xlsx",
        "slutrapport.xlsx › Frågor › A3: Id ”F01” finns redan på A2",
    ),
    # Hostile XML: never resolved, never expanded.
    *(
        case(name, B, "budget.xlsx: filen innehåller otillåtna XML-konstruktioner (DTD/entiteter) och läses inte")
        for name in (
            "xxe-shared-strings.xlsx",
            "xxe-sheet.xlsx",
            "xxe-workbook.xlsx",
            "xxe-after-long-comment.xlsx",
            "billion-laughs.xlsx",
        )
    ),
]
CONTROLS = {"budget-ok.xlsx": B, "budget-formula-ok.xlsx": B, "medlemmar-ok.xlsx": M}


@dataclass(frozen=True)
class WarningCase:
    """A file that is read, with warnings: the documents are those of its control, ``same_as``."""

    file: str
    workbook: str
    same_as: str
    warnings: tuple[str, ...]


TEXT_NOTE = "skriv in det som ett tal i Excel"
WARNING_CASES = [
    WarningCase(
        "budget-numbers-as-text.xlsx",
        B,
        "budget-ok.xlsx",
        (
            f"budget.xlsx › Budget › E2: talet står som text (”520{NBSP}000”) och läses som 520000; {TEXT_NOTE}",
            f"budget.xlsx › Budget › E3: talet står som text (”60 000 kr”) och läses som 60000; {TEXT_NOTE}",
            f"budget.xlsx › Budget › E4: talet står som text (”40\u202f000”) och läses som 40000; {TEXT_NOTE}",
        ),
    ),
    WarningCase(
        "medlemmar-numbers-as-text.xlsx",
        M,
        "medlemmar-ok.xlsx",
        (
            f"medlemmar.xlsx › Medlemmar › B2: talet står som text (”31 000”) och läses som 31000; {TEXT_NOTE}",
            f"medlemmar.xlsx › Avgift › B2: talet står som text (”3 000 kr”) och läses som 3000; {TEXT_NOTE}",
            f"medlemmar.xlsx › Avgift › B3: talet står som text (”0,20”) och läses som 0,20; {TEXT_NOTE}",
        ),
    ),
    WarningCase(
        "hidden-budget-sheet.xlsx",
        B,
        "budget-ok.xlsx",
        (
            "budget.xlsx › Budget: bladet är dolt i Excel men läses ändå; visa det (högerklicka på en bladflik › "
            "Visa) och kontrollera att det är rätt blad",
        ),
    ),
    WarningCase("decomposed-status.xlsx", M, "medlemmar-ok.xlsx", ()),
    WarningCase("medlemmar-macro-enabled.xlsx", M, "medlemmar-ok.xlsx", ()),
]


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> Path:
    """Both example sets and their documents, built once for the module."""
    base = tmp_path_factory.mktemp("corpus-baseline")
    for name in (PLAN_SET, SURVEY_SET):
        shutil.copytree(EXAMPLES / name, base / "inputs" / name, ignore=shutil.ignore_patterns("*.docx"))
    result = run("build", "--inputs", str(base / "inputs"), "--out", str(base / "out"), PLAN_SET, SURVEY_SET)
    assert result.exit_code == 0, result.stderr
    return base


@pytest.fixture
def workspace(baseline: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A private copy of the baseline: (inputs folder, output folder with built documents)."""
    shutil.copytree(baseline / "inputs", tmp_path / "inputs")
    shutil.copytree(baseline / "out", tmp_path / "out")
    return tmp_path / "inputs", tmp_path / "out"


def _fails_with(workspace: tuple[Path, Path], set_name: str, command: str = "build") -> list[str]:
    """Run plangen on a spoiled set; asserts exit 1, one line per message, no traceback, nothing changed."""
    inputs, out = workspace
    before_inputs, before_out = tree_digest(inputs / set_name), tree_digest(out)
    args = ["build", "--force", "--out", str(out)] if command == "build" else ["check"]
    result = run(*args, "--inputs", str(inputs), set_name)
    output = result.output + result.stderr
    assert result.exit_code == 1, output
    assert "Traceback" not in output
    assert "root:" not in output, "file contents must never reach the output"
    for line in result.stderr.splitlines():
        assert line.startswith(("fel: ", "varning: ", f"{set_name}: ")), f"a message spans lines: {line!r}"
    assert tree_digest(out) == before_out, "a failed build must not write or change any output"
    assert tree_digest(inputs / set_name) == before_inputs, "inputs are never modified"
    return error_lines(result)


@pytest.mark.parametrize("case", CASES, ids=[c.file.removesuffix(".xlsx") for c in CASES])
def test_bad_input_gives_its_one_line_error(case: Case, workspace):
    inputs, _ = workspace
    shutil.copyfile(FILES / case.file, inputs / case.set / case.workbook)
    expected = [f"fel: {case.set}/{line}" for line in case.errors]
    assert _fails_with(workspace, case.set) == expected
    assert _fails_with(workspace, case.set, "check") == expected


def test_every_corpus_file_has_a_case():
    covered = {c.file for c in CASES} | {c.file for c in WARNING_CASES} | set(CONTROLS) | {"slutrapport-ok.xlsx"}
    assert covered == set(make_corpus.CASES)


def _warnings(result, set_name: str) -> list[str]:
    prefix = f"varning: {set_name}/"
    return [line.removeprefix(prefix) for line in result.stderr.splitlines() if line.startswith(prefix)]


def _new_warnings(result, control, set_name: str, renamed: dict[str, str] | None = None) -> list[str]:
    """The warnings of ``result`` that its control did not give (the example set's cross-checks left out);
    ``renamed`` maps a workbook's name in ``result`` to its name in the control."""

    def as_in_control(line: str) -> str:
        for name, original in (renamed or {}).items():
            line = line.replace(f"{name} › ", f"{original} › ")
        return line

    known = set(_warnings(control, set_name))
    return [line for line in _warnings(result, set_name) if as_in_control(line) not in known]


@pytest.mark.parametrize("case", WARNING_CASES, ids=[c.file.removesuffix(".xlsx") for c in WARNING_CASES])
def test_what_a_swede_types_is_read_with_a_warning(case: WarningCase, workspace):
    """Each file builds, warns exactly as listed, and gives the documents of its control."""
    inputs, out = workspace
    folder = inputs / PLAN_SET
    shutil.copyfile(FILES / case.same_as, folder / case.workbook)
    control = run("build", "--inputs", str(inputs), "--out", str(out / "control"), PLAN_SET)
    assert control.exit_code == 0, control.stderr
    shutil.copyfile(FILES / case.file, folder / case.workbook)
    result = run("build", "--inputs", str(inputs), "--out", str(out / "case"), PLAN_SET)
    assert result.exit_code == 0, result.stderr
    assert error_lines(result) == []
    assert _new_warnings(result, control, PLAN_SET) == list(case.warnings)
    for document in ("budget.docx", "verksamhetsplan.docx"):
        control = document_lines(out / "control" / PLAN_SET / document)
        assert document_lines(out / "case" / PLAN_SET / document) == control


# --- cases made in the set's folder ------------------------------------------------------------------------


def _replace(name: str, content: str | None = None) -> Callable[[Path], None]:
    """budget.xlsx is removed and ``name`` holds the corpus file ``content`` (or the example's budget)."""

    def setup(folder: Path) -> None:
        source = FILES / content if content else folder / B
        data = source.read_bytes()
        (folder / B).unlink()
        (folder / name).write_bytes(data)

    return setup


def _special(make: Callable[[Path], None]) -> Callable[[Path], None]:
    """budget.xlsx is removed and ``make`` puts something that is no file in its place."""

    def setup(folder: Path) -> None:
        (folder / B).unlink()
        make(folder / B)

    return setup


def _beside(name: str, content: str, *, newer: bool) -> Callable[[Path], None]:
    """``name`` (a corpus file) is put beside budget.xlsx, saved before or after it."""

    def setup(folder: Path) -> None:
        other = folder / name
        other.write_bytes((FILES / content).read_bytes())
        stamp = (folder / B).stat().st_mtime + (3600 if newer else -3600)
        os.utime(other, (stamp, stamp))

    return setup


@dataclass(frozen=True)
class SetCase:
    id: str
    setup: Callable[[Path], None]
    errors: tuple[str, ...]
    """Expected error lines after ``fel: <set>/``; none means the set builds."""
    warnings: tuple[str, ...] = ()
    """Expected warning lines about the set's workbooks after ``varning: <set>/``."""


OPEN_IN_EXCEL = (
    "budget.xlsx: arbetsboken är öppen i Excel (låsfilen ~$budget.xlsx finns); ändringar som inte har sparats "
    "kommer inte med – spara och stäng den i Excel först"
)
SET_CASES = [
    SetCase(
        "ods-instead-of-xlsx",
        _replace("budget.ods", "opendocument.xlsx"),
        (
            "budget.ods: filen är ett OpenDocument-kalkylark (.ods), inte en Excel-arbetsbok (.xlsx); "
            "spara den som Excel-arbetsbok (.xlsx)",
        ),
    ),
    SetCase(
        "xls-instead-of-xlsx",
        _replace("budget.xls", "old-xls-format.xlsx"),
        (
            "budget.xls: filen är i det gamla Excel-formatet (.xls); öppna den i Excel och spara den som "
            "Excel-arbetsbok (.xlsx)",
        ),
    ),
    SetCase(
        "newer-ods-beside-xlsx",
        _beside("budget.ods", "opendocument.xlsx", newer=True),
        (
            "budget.ods: filen är nyare än budget.xlsx, som är den plangen läser; spara ändringarna som "
            "Excel-arbetsbok i budget.xlsx och ta bort budget.ods",
        ),
    ),
    SetCase(
        "fifo-named-like-the-budget",
        _special(os.mkfifo),
        (
            "budget.xlsx: namnet hör till en namngiven rörledning (fifo), inte en Excel-arbetsbok; "
            "ersätt den med arbetsboken",
        ),
    ),
    SetCase(
        "folder-named-like-the-budget",
        _special(lambda path: path.mkdir()),
        ("budget.xlsx: namnet hör till en mapp, inte en Excel-arbetsbok; ersätt den med arbetsboken",),
    ),
    SetCase(
        "link-to-dev-zero-named-like-the-budget",
        _special(lambda path: path.symlink_to("/dev/zero")),
        (
            "budget.xlsx: namnet är en länk till /dev/zero, som är en enhetsfil, inte en Excel-arbetsbok; "
            "ersätt länken med arbetsboken",
        ),
    ),
    SetCase(
        "dangling-link-named-like-the-budget",
        _special(lambda path: path.symlink_to(path.parent / "finns-inte.xlsx")),
        ("budget.xlsx: namnet är en länk till {folder}/finns-inte.xlsx, som inte finns eller inte kan läsas",),
    ),
    # Read, perhaps with a warning.
    SetCase("capitalised-name", _replace("Budget.xlsx"), ()),
    SetCase("upper-case-suffix", _replace("budget.XLSX"), ()),
    SetCase("macro-enabled-workbook", _replace("budget.xlsm"), ()),
    SetCase(
        "older-ods-beside-xlsx",
        _beside("budget.ods", "opendocument.xlsx", newer=False),
        (),
        (
            "budget.ods: filen läses inte, eftersom plangen läser budget.xlsx; ta bort den om budget.xlsx är den "
            "som gäller",
        ),
    ),
    SetCase(
        "open-in-excel",
        lambda folder: (folder / "~$budget.xlsx").write_bytes(b"\x05Kalle" + bytes(160)),
        (),
        (OPEN_IN_EXCEL,),
    ),
    SetCase("folder-named-like-a-workbook", lambda folder: (folder / "arkiv.xlsx").mkdir(), ()),
    SetCase("fifo-named-like-a-workbook", lambda folder: os.mkfifo(folder / "arkiv.xlsx"), ()),
    SetCase("link-to-dev-zero-named-like-a-workbook", lambda f: (f / "noll.xlsx").symlink_to("/dev/zero"), ()),
]


class _Watchdog:
    """Fail instead of hanging: SIGALRM after ``seconds``."""

    def __init__(self, seconds: int):
        self.seconds = seconds

    def __enter__(self) -> None:
        def expire(signum, frame):
            raise TimeoutError(f"plangen did not finish within {self.seconds} s")

        self.previous = signal.signal(signal.SIGALRM, expire)
        signal.alarm(self.seconds)

    def __exit__(self, *exc) -> None:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, self.previous)


@pytest.mark.parametrize("case", SET_CASES, ids=[c.id for c in SET_CASES])
def test_every_workbook_a_user_may_save(case: SetCase, workspace):
    """Found in any case and format, refused in one line when it cannot be read; never opened when it is no file."""
    inputs, out = workspace
    folder = inputs / PLAN_SET
    control = run("check", "--inputs", str(inputs), PLAN_SET)
    case.setup(folder)
    renamed = {p.name: B for p in folder.iterdir() if p.name.casefold().startswith("budget.")}
    with _Watchdog(60):
        if case.errors:
            expected = [f"fel: {PLAN_SET}/{line.format(folder=folder)}" for line in case.errors]
            assert _fails_with(workspace, PLAN_SET) == expected
            assert _fails_with(workspace, PLAN_SET, "check") == expected
            return
        result = run("build", "--force", "--inputs", str(inputs), "--out", str(out), PLAN_SET)
    assert result.exit_code == 0, result.stderr
    assert error_lines(result) == []
    assert _new_warnings(result, control, PLAN_SET, renamed) == list(case.warnings)
    assert (out / PLAN_SET / "budget.docx").is_file()


@pytest.mark.parametrize("control", [*CONTROLS, "slutrapport-ok.xlsx"])
def test_the_bases_of_the_cases_build(control: str, workspace):
    """Each bad file is its base with one defect, so each base must build cleanly."""
    inputs, out = workspace
    workbook = CONTROLS.get(control, "slutrapport.xlsx")
    set_name = SURVEY_SET if workbook == "slutrapport.xlsx" else PLAN_SET
    shutil.copyfile(FILES / control, inputs / set_name / workbook)
    result = run("build", "--inputs", str(inputs), "--out", str(out), set_name)
    assert result.exit_code == 0, result.stderr
    assert error_lines(result) == []


def test_committed_corpus_is_what_the_script_writes(tmp_path: Path):
    written = {path.name: path.read_bytes() for path in make_corpus.write_all(tmp_path)}
    again = {path.name: path.read_bytes() for path in make_corpus.write_all(tmp_path / "again")}
    assert written == again, "make_corpus.py must be deterministic"
    committed = {path.name: path.read_bytes() for path in FILES.glob("*.xlsx")}
    stale = sorted(set(written) ^ set(committed) | {n for n in written if committed.get(n) != written[n]})
    assert not stale, f"tests/corpus/files is stale ({', '.join(stale)}); run: python -m tests.corpus.make_corpus"


def test_openpyxl_parses_with_defusedxml():
    import openpyxl.xml
    import openpyxl.xml.functions

    assert openpyxl.xml.DEFUSEDXML is True
    assert openpyxl.xml.functions.iterparse.__module__.startswith("defusedxml")


def test_100000_formatted_blank_rows_after_the_data(workspace):
    """A formatted blank tail is read correctly (the reader stops after a run of blank rows; no timing here)."""
    inputs, out = workspace
    budget = inputs / PLAN_SET / "budget.xlsx"
    base = (FILES / "budget-formula-ok.xlsx").read_bytes()
    budget.write_bytes(base)
    assert run("build", "--inputs", str(inputs), "--out", str(out / "plain"), PLAN_SET).exit_code == 0
    tailed = make_corpus.blank_tail(base, 100_000)
    budget.write_bytes(tailed)
    result = run("build", "--inputs", str(inputs), "--out", str(out / "tailed"), PLAN_SET)
    assert result.exit_code == 0, result.stderr
    assert error_lines(result) == []
    for document in ("budget.docx", "verksamhetsplan.docx"):
        plain = document_lines(out / "plain" / PLAN_SET / document)
        assert document_lines(out / "tailed" / PLAN_SET / document) == plain
        assert any("60 000" in line.replace("\u00a0", " ") for line in plain), "the formula's cached value is used"


def test_zip_bomb_is_refused_before_it_is_unpacked(workspace):
    inputs, _ = workspace
    budget = inputs / PLAN_SET / "budget.xlsx"
    make_corpus.write_zip_bomb(budget, (FILES / "budget-ok.xlsx").read_bytes(), expanded_mib=2048)
    assert budget.stat().st_size < 3 * 1024 * 1024
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux
    errors = _fails_with(workspace, PLAN_SET)
    growth_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert errors == [
        f"fel: {PLAN_SET}/budget.xlsx: filen blir orimligt stor när den packas upp (2,0 GB ur 2 MB; "
        "möjlig zip-bomb) och läses inte"
    ]
    assert growth_mb < 200, f"memory grew by {growth_mb:.0f} MB"
