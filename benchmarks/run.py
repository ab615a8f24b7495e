"""plangen benchmarks: print each measured figure beside its target.

This is a report, not a test: nothing asserts, and the exit status is 0 whatever
the figures are (unless the benchmark itself cannot run).

    .venv/bin/python benchmarks/run.py            # or: make benchmark
    .venv/bin/python benchmarks/run.py --quick    # one run of everything (a rough look)
    .venv/bin/python benchmarks/run.py --profile  # also cProfile the 290×60 and example builds

Every scenario runs in its own child process: command-line scenarios run the
venv's ``plangen`` console script, the rest run ``benchmarks/inprocess.py``.
Peak memory is each child's maximum resident set size, read from the rusage
that ``os.wait4`` returns for exactly that child; because plangen may draw
charts in worker processes, the whole process tree's proportional set size
is also sampled from /proc every 50 ms ("tree … PSS").  Times are wall-clock
(``time.perf_counter``), the median of several runs where a run is cheap; the
CPU time beside them tells a loaded machine (wall ≫ CPU) from slow code.
The synthetic sets (290 municipalities × 60 questions; 290 members) are
written by ``benchmarks/workloads.py`` with a fixed seed.
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
SURVEY_SET, FEE_SET = "rapport-290x60", "avgifter-290"

TARGET_FULL_BUILD_S = 2.0
TARGET_NO_CHANGE_S = 0.5
TARGET_HELP_S = 0.3
TARGET_SURVEY_S = 10.0
TARGET_SURVEY_MB = 400.0
TARGET_RATIO = 1.3


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


def run_child(argv: Sequence[str | Path], cwd: Path = ROOT) -> Child:
    """Run ``argv`` and wait for it with ``os.wait4``, which gives that child's own rusage."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen([str(a) for a in argv], stdout=out, stderr=err, cwd=cwd)
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
    breakdowns: dict[str, dict] = field(default_factory=dict)
    profiles: list[str] = field(default_factory=list)

    def add(self, scenario: str, measured: str, target: str = "—", verdict: str = "") -> None:
        self.rows.append(Row(scenario, measured, target, verdict))

    def check(self, scenario: str, value: float, target: float, unit: str, detail: str = "") -> None:
        measured = _fmt(value, unit) + (f" {detail}" if detail else "")
        self.add(scenario, measured, f"≤ {_fmt(target, unit)}", "ok" if value <= target else "NOT OK")

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


def _peak(children: list[Child]) -> float:
    """The larger of the biggest single process and the sampled whole process tree."""
    return max(max(c.maxrss_mb, c.tree_mb) for c in children)


def _memory(children: list[Child]) -> str:
    process = max(c.maxrss_mb for c in children)
    tree = max(c.tree_mb for c in children)
    return f"{process:.0f} MB max RSS" + (f", tree {tree:.0f} MB PSS" if tree else "")


def _runs(children: list[Child]) -> str:
    """How the time was taken, with the CPU time beside it (CPU > wall: parallel; CPU << wall: waiting, load)."""
    cpu = _fmt(statistics.median(c.cpu_seconds for c in children), "s")
    return f"(median of {len(children)}, CPU {cpu})" if len(children) > 1 else f"(1 run, CPU {cpu})"


def bench_examples(report: Report, plangen: Path, tmp: Path, runs: int, fast_runs: int) -> None:
    progress(f"1. full build of the example sets, {runs} cold runs")
    full = tmp / "full"
    children = repeat([plangen, "-q", "build", "--force", "--out", "{out}", "--inputs", EXAMPLES], runs, full)
    scenario = "1. Full build, all example sets (plangen build --force)"
    if children[-1].returncode != 0:
        report.fail(scenario, children[-1])
        return
    report.check(scenario, _median(children), TARGET_FULL_BUILD_S, "s", _runs(children))
    report.add("   peak memory", _memory(children))

    progress(f"1b. full build again into the same folder (charts from the cache), {runs} runs")
    out = full / "run-0"
    children = repeat([plangen, "-q", "build", "--force", "--out", out, "--inputs", EXAMPLES], runs)
    scenario = "1b. Full build, --force, charts cached by earlier build"
    if children[-1].returncode != 0:
        report.fail(scenario, children[-1])
        return
    report.check(scenario, _median(children), TARGET_FULL_BUILD_S, "s", _runs(children))

    progress(f"2. no-change rebuild, {fast_runs} runs")
    children = repeat([plangen, "build", "--out", out, "--inputs", EXAMPLES], fast_runs)
    scenario = "2. No-change rebuild (second plangen build)"
    if children[-1].returncode != 0:
        report.fail(scenario, children[-1])
        return
    skipped = children[-1].stdout.count("oförändrad")
    report.check(scenario, _median(children), TARGET_NO_CHANGE_S, "s", _runs(children))
    if "skrev" in children[-1].stdout or not skipped:
        report.add("   (it rebuilt documents, so this is not a no-change figure)", "", verdict="NOT OK")
    report.add("   peak memory", _memory(children))


def bench_startup(report: Report, plangen: Path, fast_runs: int) -> None:
    progress(f"3. plangen --help start-up, {fast_runs} runs")
    children = repeat([plangen, "--help"], fast_runs)
    scenario = "3. plangen --help start-up (fresh process)"
    if children[-1].returncode != 0:
        report.fail(scenario, children[-1])
        return
    report.check(scenario, _median(children), TARGET_HELP_S, "s", _runs(children))
    report.add("   peak memory", _memory(children))
    bare = repeat([sys.executable, "-c", "pass"], fast_runs)
    report.add("   (bare Python start-up, for reference)", f"{_fmt(_median(bare), 's')} {_runs(bare)}")


def bench_synthetic(report: Report, plangen: Path, tmp: Path, synthetic: Path, heavy_runs: int, runs: int) -> None:
    progress(f"4. slutrapport 290 municipalities × 60 questions, {heavy_runs} cold run(s)")
    argv = [plangen, "-q", "build", SURVEY_SET, "--force", "--out", "{out}", "--inputs", synthetic]
    children = repeat(argv, heavy_runs, tmp / "survey")
    scenario = "4. Slutrapport 290 kommuner × 60 frågor, charts"
    if children[-1].returncode != 0:
        report.fail(scenario, children[-1])
    else:
        report.check(scenario, _median(children), TARGET_SURVEY_S, "s", _runs(children))
        report.check("   peak memory", _peak(children), TARGET_SURVEY_MB, "MB", f"({_memory(children)})")

    progress(f"5. member fee table of 290 municipalities, {runs} cold runs")
    argv = [plangen, "-q", "build", FEE_SET, "--force", "--out", "{out}", "--inputs", synthetic]
    children = repeat(argv, runs, tmp / "fees")
    scenario = "5. Fee table 290 members (verksamhetsplan + budget)"
    if children[-1].returncode != 0:
        report.fail(scenario, children[-1])
    else:
        report.add(scenario, f"{_fmt(_median(children), 's')} {_runs(children)}", "(none)")
        report.add("   peak memory", _memory(children), "(none)")


def bench_baseline(report: Report, label: str, inputs_root: Path, sets: list[str], runs: int) -> None:
    progress(f"7. plangen vs plain docxtpl, {label}, {runs} warm run(s) each")
    child = run_child([sys.executable, BENCH / "inprocess.py", "compare", inputs_root, *sets, "--runs", str(runs)])
    scenario = f"7. plangen ÷ plain docxtpl: {label}"
    if child.returncode != 0:
        report.fail(scenario, child)
        return
    data = json.loads(child.stdout.strip().splitlines()[-1])
    data["child_maxrss_mb"] = child.maxrss_mb
    report.breakdowns[label] = data
    plangen, baseline = data["plangen_s"], data["baseline_s"]
    charts = data["stages_s"].get("charts", 0.0)
    runs_text = f"median of {runs}" if runs > 1 else "1 run"
    detail = f"({_fmt(plangen, 's')} vs {_fmt(baseline, 's')}, {runs_text})"
    report.check(scenario, plangen / baseline, TARGET_RATIO, "x", detail)
    if data["images"]:
        share = f"{_fmt(charts, 's')} = {100 * charts / plangen:.0f} % of plangen's build"
        report.add(f"   chart drawing ({data['images']} images, {data['distinct_images']} distinct)", share)
        report.add("   ratio without chart drawing", _fmt((plangen - charts) / baseline, "x"))
    cpu = f"{_fmt(data['plangen_cpu_s'] / data['baseline_cpu_s'], 'x')} "
    cpu += f"({_fmt(data['plangen_cpu_s'], 's')} vs {_fmt(data['baseline_cpu_s'], 's')})"
    report.add("   same ratio in CPU time (incl. chart workers)", cpu)
    report.add("   peak memory (plangen and baseline runs)", _memory([child]))


def bench_profiles(report: Report, synthetic: Path, top: int) -> None:
    for label, inputs_root, sets in (
        ("290×60 slutrapport", synthetic, [SURVEY_SET]),
        ("example sets", EXAMPLES, example_sets()),
    ):
        progress(f"profiling the {label} build")
        child = run_child([sys.executable, BENCH / "inprocess.py", "profile", inputs_root, *sets, "--top", str(top)])
        text = child.stdout if child.returncode == 0 else f"profiling failed:\n{child.stderr[-2000:]}"
        report.profiles.append(f"== Profile: {label} ==\n{text}")


def print_report(report: Report, header: list[str]) -> None:
    print("\n".join(header))
    print()
    widths = [max(len(getattr(r, f)) for r in report.rows) for f in ("scenario", "measured", "target")]
    widths = [max(w, len(h)) for w, h in zip(widths, ("Scenario", "Measured", "Target"), strict=True)]
    line = f"{'Scenario':<{widths[0]}}  {'Measured':<{widths[1]}}  {'Target':<{widths[2]}}  Result"
    print(line)
    print("-" * (len(line) + 2))
    for row in report.rows:
        print(f"{row.scenario:<{widths[0]}}  {row.measured:<{widths[1]}}  {row.target:<{widths[2]}}  {row.verdict}")
    if report.breakdowns:
        print_breakdowns(report.breakdowns)
    for failure in report.failures:
        print(f"\nFAILED {failure}")
    for text in report.profiles:
        print(f"\n{text}")


def print_breakdowns(breakdowns: dict[str, dict]) -> None:
    print("\nWhere plangen's build time goes (warm process, imports excluded; exclusive seconds in the median run)")
    labels = list(breakdowns)
    width = max(12, *(len(label) for label in labels))

    def line(name: str, values: list[str]) -> None:
        print(f"{name:<36}" + "".join(f"{v:>{width + 2}}" for v in values))

    line("stage", labels)
    stages = list(dict.fromkeys(stage for data in breakdowns.values() for stage in data["stages_s"]))
    names = {"context": "context (charts excluded)", "charts": "chart drawing (matplotlib)"}
    for stage in stages:
        line(names.get(stage, stage), [f"{d['stages_s'].get(stage, 0.0):.3f}" for d in breakdowns.values()])
    line("other (build glue)", [f"{d['plangen_s'] - sum(d['stages_s'].values()):.3f}" for d in breakdowns.values()])
    line("= plangen build_set total", [f"{d['plangen_s']:.3f}" for d in breakdowns.values()])
    line("plain docxtpl, same templates", [f"{d['baseline_s']:.3f}" for d in breakdowns.values()])
    line("documents", [str(d["documents"]) for d in breakdowns.values()])
    line("images / distinct images", [f"{d['images']} / {d['distinct_images']}" for d in breakdowns.values()])
    line("warm-up: imports + tiny build", [f"{d['warm_up_s']:.3f}" for d in breakdowns.values()])


def _load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="runs of each build scenario (default 3)")
    parser.add_argument("--fast-runs", type=int, default=9, help="runs of the sub-second scenarios (default 9)")
    parser.add_argument("--heavy-runs", type=int, default=1, help="runs of the 290×60 scenarios (default 1)")
    parser.add_argument("--quick", action="store_true", help="one run of everything, three of the fast ones")
    parser.add_argument("--profile", action="store_true", help="also cProfile the 290×60 and example builds")
    parser.add_argument("--top", type=int, default=25, help="hotspots listed per profile (default 25)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder with inputs and outputs")
    args = parser.parse_args(argv)
    if args.quick:
        args.runs, args.fast_runs, args.heavy_runs = 1, 3, 1
    runs, fast_runs, heavy_runs = max(1, args.runs), max(1, args.fast_runs), max(1, args.heavy_runs)

    plangen = plangen_command()
    tmp = Path(tempfile.mkdtemp(prefix="plangen-bench-"))
    report = Report()
    started = time.perf_counter()
    load_before = _load()
    try:
        synthetic = tmp / "inputs"
        progress("writing the synthetic input sets (290×60 slutrapport, 290-member fee table)")
        workloads.write_survey_set(synthetic / SURVEY_SET, municipalities=290, questions=60, clusters=10)
        workloads.write_fee_set(synthetic / FEE_SET, members=290)
        bench_examples(report, plangen, tmp, runs, fast_runs)
        bench_startup(report, plangen, fast_runs)
        bench_synthetic(report, plangen, tmp, synthetic, heavy_runs, runs)
        bench_baseline(report, "example sets", EXAMPLES, example_sets(), runs)
        bench_baseline(report, "290×60 slutrapport", synthetic, [SURVEY_SET], heavy_runs)
        bench_baseline(report, "290-member fees", synthetic, [FEE_SET], runs)
        if args.profile:
            bench_profiles(report, synthetic, args.top)
    finally:
        if args.keep:
            progress(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    header = [
        "plangen benchmarks",
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs; "
        f"load average {load_before} before, {_load()} after; the benchmark took {time.perf_counter() - started:.0f} s",
        f"plangen: {plangen}",
    ]
    print_report(report, header)
    return 0


if __name__ == "__main__":
    sys.exit(main())
