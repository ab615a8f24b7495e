"""plangen benchmarks: print each measured figure beside its target (issue 9, item 7 "Speed").

This is a report, not a test: nothing asserts, and the exit status is 0 whatever
the figures are (unless the benchmark itself cannot run).

    .venv/bin/python benchmarks/run.py            # or: make benchmark
    .venv/bin/python benchmarks/run.py --quick    # one run of everything (a rough look)
    .venv/bin/python benchmarks/run.py --no-profile

Every scenario runs in its own child process: builds run the venv's ``plangen``
console script, the floor, the page-number step and the profile run
``benchmarks/inprocess.py``.  Builds run with ``PLANGEN_CONTENTS_PAGES=0``: the
table of contents' page numbers through LibreOffice (generator/docx/pagenumbers.py)
cost seconds per build where LibreOffice is installed, so that step is measured
once on its own, without a target.

The floor.  plangen no longer renders with docxtpl, so the issue's "plain-docxtpl
floor" is replaced by its honest equivalent: the same documents made with the least
work python-docx needs (``inprocess.py floor``): open each set's template with
python-docx, put in the XML and the parts (native charts with their workbooks)
that plangen's own build placed there, precomputed before the timing from
plangen's built documents, and save.  It runs as a fresh process, like ``plangen
build``, so the ratio measures plangen's own overhead: its start-up beyond
python-docx's, reading workbooks with openpyxl, validating, computing, building
catalogues, filling, charts' XML and workbooks, the ledger, sidecars, manifest,
fingerprints, atomic writes and re-zipping.  The floor builds one document after
the other in one process; plangen may build sets side by side in worker processes
(CPU times are printed beside the wall times).  Cold builds, floor and ``--force``
rebuilds alternate run by run, so all see the same machine load.

Peak memory is each child's maximum resident set size, read from the rusage
that ``os.wait4`` returns for exactly that child, and the whole process tree's
proportional set size sampled from /proc every 50 ms ("tree … PSS"); the figure
checked against a target is the larger.  Times are wall-clock
(``time.perf_counter``), medians where several runs are made; the CPU time
beside them tells a loaded machine (wall ≫ CPU) from slow code.  The synthetic
sets (290 municipalities × 60 questions with a chart per question; 290 members)
are written by ``benchmarks/workloads.py`` with a fixed seed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import workloads

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
EXAMPLES = ROOT / "inputs"
#: The 290×60 slutrapport with its own document (every question's chart block) and with the default
#: document ([[enkätsvar]]: each question's chart and table); the 290-member fee table.
SURVEY_SET, SURVEY_DEFAULT_SET, FEE_SET = "rapport-290x60", "rapport-290x60-standard", "avgifter-290"
#: Every build runs without the table of contents' page numbers through LibreOffice (measured apart).
BUILD_ENV = {**os.environ, "PLANGEN_CONTENTS_PAGES": "0"}

# Issue 9, item 7.
TARGET_COLD_S = 1.5
TARGET_COLD_RATIO = 1.5
TARGET_FORCE_RATIO = 1.3
TARGET_SURVEY_S = 3.0
TARGET_SURVEY_MB = 300.0
# Earlier benchmarks' targets, kept.
TARGET_NO_CHANGE_S = 0.5
TARGET_HELP_S = 0.3


@dataclass
class Child:
    """One finished child process: wall time, peak memory, exit status and output."""

    seconds: float
    cpu_seconds: float
    """User + system CPU time of the child and its waited-for descendants."""
    maxrss_mb: float
    """Largest resident set of the child or any of its waited-for descendants (``os.wait4``)."""
    tree_mb: float
    """Largest sampled sum of proportional set sizes of the child and all its descendants (0 if not sampled)."""
    returncode: int
    stdout: str
    stderr: str


def _descendants(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    todo += [int(p) for p in handle.read().split()]
        except OSError:
            continue
    return pids


def _memory_kb(pid: int) -> int:
    """Proportional set size (shared pages split between processes), else resident set size."""
    for path, key in ((f"/proc/{pid}/smaps_rollup", "Pss:"), (f"/proc/{pid}/status", "VmRSS:")):
        try:
            with open(path) as handle:
                for line in handle:
                    if line.startswith(key):
                        return int(line.split()[1])
        except (OSError, ValueError):
            continue
    return 0


class TreeSampler(threading.Thread):
    """Samples the memory of a process tree every ``interval`` seconds (Linux /proc; else nothing)."""

    def __init__(self, pid: int, interval: float = 0.05):
        super().__init__(daemon=True)
        self.pid, self.interval, self.peak_kb = pid, interval, 0
        self.done = threading.Event()

    def run(self) -> None:
        if not os.path.isdir(f"/proc/{self.pid}"):
            return
        while not self.done.is_set():
            self.peak_kb = max(self.peak_kb, sum(_memory_kb(p) for p in _descendants(self.pid)))
            self.done.wait(self.interval)


def run_child(argv: Sequence[str | Path], cwd: Path = ROOT, env: dict[str, str] | None = None) -> Child:
    """Run ``argv`` and wait for it with ``os.wait4``, which gives that child's own rusage.
    The environment is BUILD_ENV (no page numbers through LibreOffice) unless ``env`` is given."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(
            [str(a) for a in argv], stdout=out, stderr=err, cwd=cwd, env=BUILD_ENV if env is None else env
        )
        sampler = TreeSampler(process.pid)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        sampler.done.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    rss = usage.ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else usage.ru_maxrss / 1024
    cpu = usage.ru_utime + usage.ru_stime
    return Child(seconds, cpu, rss, sampler.peak_kb / 1024, process.returncode, stdout, stderr)


@dataclass
class Row:
    scenario: str
    measured: str
    target: str = "—"
    verdict: str = ""


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    profile: str = ""

    def add(self, scenario: str, measured: str, target: str = "—", verdict: str = "") -> None:
        self.rows.append(Row(scenario, measured, target, verdict))

    def check(self, scenario: str, value: float, target: float, unit: str, detail: str = "") -> None:
        measured = _fmt(value, unit) + (f" {detail}" if detail else "")
        self.add(scenario, measured, f"≤ {_fmt(target, unit)}", "met" if value <= target else "not met")

    def fail(self, scenario: str, child: Child) -> None:
        self.add(scenario, f"failed (exit {child.returncode})", verdict="FAILED")
        tail = "\n".join((child.stderr or child.stdout).strip().splitlines()[-6:])
        self.failures.append(f"{scenario}:\n{tail}")


def _fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.3f} s" if value < 1 else f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "x":
        return f"{value:.2f}×"
    return f"{value:g} {unit}"


def progress(text: str) -> None:
    print(f"… {text}", file=sys.stderr, flush=True)


def example_sets() -> list[str]:
    return sorted(p.name for p in EXAMPLES.iterdir() if p.is_dir() and any(p.glob("*.xlsx")))


def plangen_command() -> Path:
    """The venv's ``plangen`` console script (next to this interpreter), else the one on PATH."""
    beside = Path(sys.executable).parent / "plangen"
    if beside.is_file():
        return beside
    found = shutil.which("plangen")
    if not found:
        raise SystemExit("plangen is not installed; run `make examples` first")
    return Path(found)


def repeat(argv: Sequence[str | Path], runs: int, fresh_out: Path | None = None) -> list[Child]:
    """``runs`` runs of ``argv``; with ``fresh_out``, ``{out}`` in argv is a new folder each run."""
    children = []
    for index in range(runs):
        args = [str(a).replace("{out}", str(fresh_out / f"run-{index}")) if fresh_out else a for a in argv]
        child = run_child(args)
        children.append(child)
        if child.returncode != 0:
            break
    return children


def _median(children: list[Child]) -> float:
    return statistics.median(c.seconds for c in children)


def _cpu(children: list[Child]) -> float:
    return statistics.median(c.cpu_seconds for c in children)


def _peak(children: list[Child]) -> float:
    """The larger of the biggest single process and the sampled whole process tree."""
    return max(max(c.maxrss_mb, c.tree_mb) for c in children)


def _memory(children: list[Child]) -> str:
    process = max(c.maxrss_mb for c in children)
    tree = max(c.tree_mb for c in children)
    return f"{process:.0f} MB max RSS" + (f", tree {tree:.0f} MB PSS" if tree else "")


def _runs(children: list[Child]) -> str:
    """How the time was taken, with the CPU time beside it (CPU > wall: parallel; CPU << wall: waiting, load)."""
    cpu = _fmt(_cpu(children), "s")
    return f"(median of {len(children)}, CPU {cpu})" if len(children) > 1 else f"(1 run, CPU {cpu})"


def _failed(children: list[Child]) -> Child | None:
    return next((c for c in children if c.returncode != 0), None)


def bench_examples(report: Report, plangen: Path, tmp: Path, runs: int, fast_runs: int) -> Path | None:
    """Cold build, the floor and --force rebuild, alternating run by run; then the no-change rebuild.
    Returns the folder of a finished build of the example sets (for the page-number step)."""
    sets = example_sets()
    build = [plangen, "-q", "build", "--inputs", EXAMPLES]
    progress("0. a first build of the example sets (not timed): the floor's material and the rebuilds' folder")
    built = tmp / "built"
    first = run_child([*build, "--out", built])
    if first.returncode != 0:
        report.fail("Build of the example sets", first)
        return None
    material = tmp / "floor.pickle"
    prepared = run_child([sys.executable, BENCH / "inprocess.py", "floor-prepare", built, EXAMPLES, material, *sets])
    if prepared.returncode != 0:
        report.fail("Floor material from the built documents", prepared)
        return None

    progress(f"1. cold build, floor and --force rebuild of the example sets, {runs} runs each, alternating")
    cold, floor, force = [], [], []
    for index in range(runs):
        cold.append(run_child([*build, "--out", tmp / "cold" / f"run-{index}"]))
        floor.append(run_child([sys.executable, BENCH / "inprocess.py", "floor", material, tmp / "floor" / f"{index}"]))
        force.append(run_child([*build, "--force", "--out", built]))
        if _failed(cold + floor + force):
            break
    for scenario, children in (("1. Cold build, example sets", cold), ("Floor", floor), ("2. --force", force)):
        if (bad := _failed(children)) is not None:
            report.fail(scenario, bad)
            return None
    documents = json.loads(floor[0].stdout.strip().splitlines()[-1])
    floor_s = _median(floor)
    sets_text = " + ".join(sets)
    report.add(f"1. Cold build, example sets ({sets_text}; {documents['documents']} documents)", "")
    report.check("   plangen build, fresh output folder", _median(cold), TARGET_COLD_S, "s", _runs(cold))
    report.check("   ÷ floor", _median(cold) / floor_s, TARGET_COLD_RATIO, "x",
                 f"(CPU {_fmt(_cpu(cold) / _cpu(floor), 'x')})")
    report.add("   peak memory", _memory(cold))
    report.add("2. --force rebuild, same folder", "")
    report.add("   plangen build --force", f"{_fmt(_median(force), 's')} {_runs(force)}")
    report.check("   ÷ floor", _median(force) / floor_s, TARGET_FORCE_RATIO, "x",
                 f"(CPU {_fmt(_cpu(force) / _cpu(floor), 'x')})")
    work = statistics.median(json.loads(c.stdout.strip().splitlines()[-1])["work_s"] for c in floor)
    imports = statistics.median(json.loads(c.stdout.strip().splitlines()[-1])["imports_s"] for c in floor)
    report.add("   floor: python-docx open + insert + save", f"{_fmt(floor_s, 's')} {_runs(floor)}",
               "(the denominator)")
    report.add("     of which python start-up + import docx", f"≈ {_fmt(floor_s - work, 's')} "
               f"(imports alone {_fmt(imports, 's')}); open, insert, save {_fmt(work, 's')}")
    same = run_child([sys.executable, BENCH / "inprocess.py", "same", built, tmp / "floor" / "0", material])
    if same.returncode == 0:
        data = json.loads(same.stdout.strip().splitlines()[-1])
        differing = sorted({name.split(":", 1)[1] for name in data["differing"]})
        report.add("     floor's documents equal plangen's",
                   f"{data['equal']} of {data['parts']} parts byte for byte"
                   + (f" (not: {', '.join(differing)})" if differing else ""))

    progress(f"3. no-change rebuild, {fast_runs} runs")
    run_child([*build, "--out", built])  # anything the last --force left to do (none, as a rule)
    children = repeat([plangen, "build", "--out", built, "--inputs", EXAMPLES], fast_runs)
    scenario = "3. No-change rebuild (plangen build again)"
    if (bad := _failed(children)) is not None:
        report.fail(scenario, bad)
    else:
        report.check(scenario, _median(children), TARGET_NO_CHANGE_S, "s", _runs(children))
        if "skrev" in children[-1].stdout or "oförändrad" not in children[-1].stdout:
            report.add("   (it rebuilt documents, so this is not a no-change figure)", "", verdict="not met")
        report.add("   peak memory", _memory(children))
    return built


def bench_startup(report: Report, plangen: Path, fast_runs: int) -> None:
    progress(f"4. plangen --help start-up, {fast_runs} runs")
    children = repeat([plangen, "--help"], fast_runs)
    scenario = "4. plangen --help (fresh process)"
    if (bad := _failed(children)) is not None:
        report.fail(scenario, bad)
        return
    report.check(scenario, _median(children), TARGET_HELP_S, "s", _runs(children))
    bare = repeat([sys.executable, "-c", "pass"], fast_runs)
    report.add("   (bare Python start-up, for reference)", f"{_fmt(_median(bare), 's')} {_runs(bare)}")


def _charts(folder: Path) -> int:
    import zipfile

    with zipfile.ZipFile(folder / "slutrapport.docx") as package:
        return sum(1 for n in package.namelist() if n.startswith("word/charts/chart") and n.endswith(".xml"))


def bench_synthetic(report: Report, plangen: Path, tmp: Path, synthetic: Path, heavy_runs: int, runs: int) -> None:
    for number, name, what in (
        ("5", SURVEY_SET, "own document: every question's chart block"),
        ("6", SURVEY_DEFAULT_SET, "default document: [[enkätsvar]], chart and table per question"),
    ):
        progress(f"{number}. slutrapport 290 municipalities × 60 questions ({what}), {heavy_runs} cold run(s)")
        argv = [plangen, "-q", "build", name, "--out", "{out}", "--inputs", synthetic]
        children = repeat(argv, heavy_runs, tmp / name)
        scenario = f"{number}. Slutrapport 290 kommuner × 60 frågor, {what}"
        if (bad := _failed(children)) is not None:
            report.fail(scenario, bad)
            continue
        report.add(scenario, f"({_charts(tmp / name / 'run-0' / name)} native charts)")
        report.check("   time", _median(children), TARGET_SURVEY_S, "s", _runs(children))
        report.check("   peak memory, process tree", _peak(children), TARGET_SURVEY_MB, "MB", f"({_memory(children)})")

    progress(f"7. member fee table of 290 municipalities, {runs} cold runs")
    argv = [plangen, "-q", "build", FEE_SET, "--out", "{out}", "--inputs", synthetic]
    children = repeat(argv, runs, tmp / "fees")
    scenario = "7. Fee table 290 members (verksamhetsplan + budget)"
    if (bad := _failed(children)) is not None:
        report.fail(scenario, bad)
    else:
        report.add(scenario, f"{_fmt(_median(children), 's')} {_runs(children)}", "(none)")
        report.add("   peak memory", _memory(children), "(none)")


def bench_pages(report: Report, built: Path) -> None:
    progress("8. table-of-contents page numbers through LibreOffice, once")
    child = run_child([sys.executable, BENCH / "inprocess.py", "pages", built], env=dict(os.environ))
    scenario = "8. TOC page numbers via LibreOffice (pagenumbers.number_contents), example sets"
    if child.returncode != 0:
        report.fail(scenario, child)
        return
    data = json.loads(child.stdout.strip().splitlines()[-1])
    if not data["available"]:
        report.add(scenario, "not measured: no LibreOffice with its Python bridge here", "(none)")
        return
    report.add(scenario, f"{_fmt(data['seconds'], 's')} (1 run; {data['numbered']} of {data['with_contents']} "
               "documents with a TOC numbered)", "(none)")


def bench_profile(report: Report, top: int) -> None:
    progress("9. where the cold build's time goes (stages, cProfile)")
    child = run_child([sys.executable, BENCH / "inprocess.py", "profile", EXAMPLES, *example_sets(), "--top", str(top)])
    report.profile = child.stdout if child.returncode == 0 else f"profiling failed:\n{child.stderr[-2000:]}"


def print_report(report: Report, header: list[str]) -> None:
    print("\n".join(header))
    print()
    widths = [max(len(getattr(r, f)) for r in report.rows) for f in ("scenario", "measured", "target")]
    widths = [max(w, len(h)) for w, h in zip(widths, ("Scenario", "Figure", "Target"), strict=True)]
    line = f"{'Scenario':<{widths[0]}}  {'Figure':<{widths[1]}}  {'Target':<{widths[2]}}  Result"
    print(line)
    print("-" * (len(line) + 2))
    for row in report.rows:
        print(f"{row.scenario:<{widths[0]}}  {row.measured:<{widths[1]}}  {row.target:<{widths[2]}}  {row.verdict}"
              .rstrip())
    for note in report.notes:
        print(f"\n{note}")
    for failure in report.failures:
        print(f"\nFAILED {failure}")
    if report.profile:
        print(f"\n{report.profile}")


NOTES = (
    "All builds ran with PLANGEN_CONTENTS_PAGES=0 (no TOC page numbers through LibreOffice; scenario 8 times "
    "that step alone).",
    "Cold = a fresh `plangen build` process into a new output folder (nothing to skip); the OS file cache is warm.",
    "Floor = the same documents made with the least python-docx work, as a fresh process: open each template, "
    "parse in the XML plangen placed (body, headers, footers, properties) and add its new parts (native charts "
    "with their workbooks) as bytes, save. Precomputed from plangen's built documents before the timing. It "
    "replaces the issue's plain-docxtpl floor, as plangen no longer uses docxtpl; plangen ÷ floor is plangen's own "
    "overhead (workbooks, validation, computation, catalogues, filling, charts' XML, ledger, sidecars, manifest, "
    "atomic writes, re-zip, start-up). The floor builds one document after the other; plangen builds sets side "
    "by side in worker processes when there are CPUs for it.",
)


def _load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="runs of the example-set builds and floor (default 5)")
    parser.add_argument("--fast-runs", type=int, default=9, help="runs of the sub-second scenarios (default 9)")
    parser.add_argument("--heavy-runs", type=int, default=3, help="runs of the 290×60 scenarios (default 3)")
    parser.add_argument("--quick", action="store_true", help="one run of everything, three of the fast ones")
    parser.add_argument("--no-profile", action="store_true", help="leave out the stages and the profile")
    parser.add_argument("--top", type=int, default=10, help="functions listed in the profile (default 10)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder with inputs and outputs")
    args = parser.parse_args(argv)
    if args.quick:
        args.runs, args.fast_runs, args.heavy_runs = 1, 3, 1
    runs, fast_runs, heavy_runs = max(1, args.runs), max(1, args.fast_runs), max(1, args.heavy_runs)

    plangen = plangen_command()
    tmp = Path(tempfile.mkdtemp(prefix="plangen-bench-"))
    report = Report(notes=list(NOTES))
    started = time.perf_counter()
    load_before = _load()
    try:
        synthetic = tmp / "inputs"
        progress("writing the synthetic input sets (290×60 slutrapport twice, 290-member fee table)")
        workloads.write_survey_set(synthetic / SURVEY_SET, municipalities=290, questions=60, clusters=10)
        workloads.write_survey_set(
            synthetic / SURVEY_DEFAULT_SET, municipalities=290, questions=60, clusters=10, document=False
        )
        workloads.write_fee_set(synthetic / FEE_SET, members=290)
        built = bench_examples(report, plangen, tmp, runs, fast_runs)
        bench_startup(report, plangen, fast_runs)
        bench_synthetic(report, plangen, tmp, synthetic, heavy_runs, runs)
        if built is not None:
            bench_pages(report, built)
        if not args.no_profile:
            bench_profile(report, args.top)
    finally:
        if args.keep:
            progress(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    header = [
        "plangen benchmarks (issue 9, item 7: each figure with its target)",
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs; "
        f"load average {load_before} before, {_load()} after; the benchmark took {time.perf_counter() - started:.0f} s",
        f"plangen: {plangen}",
    ]
    print_report(report, header)
    return 0


if __name__ == "__main__":
    sys.exit(main())
