"""Measurements made inside one Python process; ``run.py`` starts this script once per workload.

    python benchmarks/inprocess.py compare INPUTS_ROOT SET [SET ...] [--runs N]
        plangen's build (warm process) with a per-stage breakdown, alternating with plain docxtpl
        rendering the same templates from contexts precomputed by plangen's own family code
        (charts drawn beforehand, images rebuilt for each baseline template); prints one JSON object.
    python benchmarks/inprocess.py profile INPUTS_ROOT SET [SET ...] [--top N]
        cProfile of one cold build (imports included), as a text listing of the hotspots.

Nothing here changes plangen: stages are timed by wrapping module attributes for the
duration of a run and restoring them afterwards.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import hashlib
import importlib
import io
import json
import pstats
import resource
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: (module or class path, attribute, stage).  Time is booked to the innermost stage running, so the
#: stages do not overlap: "context" is the context without the charts drawn while building it.
#: Attributes that do not exist (plangen is changing) are skipped.
STAGES = (
    ("generator.build", "fingerprint", "fingerprint inputs"),
    ("generator.build", "prepare_set", "read, validate, compute"),
    ("generator.families.plan:PlanFamily", "context", "context"),
    ("generator.families.survey:SurveyFamily", "context", "context"),
    ("generator.charts", "draw_all", "charts"),
    ("generator.charts", "draw", "charts"),
    ("generator.charts", "bar_chart", "charts"),
    ("generator.charts", "pie_chart", "charts"),
    ("docxtpl:DocxTemplate", "init_docx", "open template"),
    ("docxtpl:DocxTemplate", "render", "docxtpl render"),
    ("docxtpl:DocxTemplate", "save", "docxtpl save"),
    ("generator.docx.render", "normalise_package", "re-zip package"),
    ("generator.build", "figures_json", "figures sidecar"),
    ("generator.build", "ledger_figures", "figures sidecar"),
    ("generator.build", "load_figures", "figures sidecar"),
    ("generator.build", "compare_figures", "figures sidecar"),
    ("generator.build", "write_all_atomically", "write files"),
)
STAGE_ORDER = (
    "fingerprint inputs",
    "read, validate, compute",
    "context",
    "charts",
    "open template",
    "docxtpl render",
    "docxtpl save",
    "re-zip package",
    "figures sidecar",
    "write files",
)


def _resolve(path: str) -> object | None:
    module, _, name = path.partition(":")
    try:
        owner = importlib.import_module(module)
    except ImportError:
        return None
    return getattr(owner, name, None) if name else owner


class StageClock:
    """Wraps the functions in STAGES with timers while active (``with StageClock() as clock``).

    Each stage gets its exclusive time (time in nested stages is booked to those), like a
    profiler's own time, so the stages add up to at most the total.  Charts drawn in worker
    processes count as the parent's wall time waiting for them.
    """

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._stack: list[list[float]] = []  # [start, time spent in nested stages]
        self._undo: list[tuple[object, str, object]] = []

    def __enter__(self) -> StageClock:
        for path, attribute, stage in STAGES:
            owner = _resolve(path)
            if owner is None:
                continue
            original = owner.__dict__.get(attribute) if isinstance(owner, type) else getattr(owner, attribute, None)
            if not callable(original):
                continue
            setattr(owner, attribute, self._timed(original, stage))
            self._undo.append((owner, attribute, original))
        return self

    def __exit__(self, *exc: object) -> None:
        for owner, attribute, original in reversed(self._undo):
            setattr(owner, attribute, original)
        self._undo.clear()

    def reset(self) -> None:
        self.seconds.clear()
        self.calls.clear()

    def _timed(self, original: Callable, stage: str) -> Callable:
        @functools.wraps(original)
        def timed(*args, **kwargs):
            frame = [time.perf_counter(), 0.0]
            self._stack.append(frame)
            try:
                return original(*args, **kwargs)
            finally:
                self._stack.pop()
                elapsed = time.perf_counter() - frame[0]
                self.seconds[stage] += elapsed - frame[1]
                self.calls[stage] += 1
                if self._stack:
                    self._stack[-1][1] += elapsed

        return timed


def warm_up() -> float:
    """Build a tiny survey set and fee set once (imports, fonts, first chart), so timed runs are warm."""
    import workloads

    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="plangen-bench-warm-") as tmp:
        root = Path(tmp) / "inputs"
        workloads.write_survey_set(root / "survey", municipalities=12, questions=8, clusters=3)
        workloads.write_fee_set(root / "fees", members=5)
        plangen_build(root, ["survey", "fees"], Path(tmp) / "out")
    return time.perf_counter() - start


def _sets(inputs_root: Path, names: list[str]):
    from generator.inputset import resolve_sets

    return resolve_sets(names, inputs_root)


def plangen_build(inputs_root: Path, names: list[str], out: Path) -> tuple[float, int]:
    """plangen's whole build (``build_set(force=True)``) of the sets; (seconds, documents built)."""
    from generator.build import build_set

    start = time.perf_counter()
    built = 0
    for input_set in _sets(inputs_root, names):
        result = build_set(input_set, out, force=True)
        if result.failed:
            raise SystemExit(f"plangen failed on {input_set.name}: {[str(p) for p in result.problems.errors]}")
        built += sum(1 for d in result.documents if d.rebuilt)
    return time.perf_counter() - start, built


class _NoTemplate:
    """Stands in for the docxtpl template while contexts are precomputed (images are rebound later)."""


@dataclass(frozen=True)
class Png:
    """A precomputed image: the PNG bytes plangen drew and the width it placed them at."""

    data: bytes
    width: int


@dataclass
class Job:
    name: str
    template: Path
    context: dict


def _png_bytes(image) -> bytes:
    """The PNG of one of plangen's image objects (bytes, a function giving them, or a file-like)."""
    png = getattr(image, "png", None)
    if png is not None:
        return png() if callable(png) else png
    return image.image_descriptor.getvalue()


def _freeze_images(value: object, found: list[bytes]) -> object:
    """A copy of ``value`` whose docxtpl images are replaced by :class:`Png` (their charts drawn now)."""
    from docxtpl import InlineImage

    if isinstance(value, dict):
        return {k: _freeze_images(v, found) for k, v in value.items()}
    if isinstance(value, list):
        return [_freeze_images(v, found) for v in value]
    if isinstance(value, InlineImage):
        found.append(_png_bytes(value))
        return Png(found[-1], value.width)
    return value


def precompute_contexts(inputs_root: Path, names: list[str]) -> tuple[list[Job], list[bytes]]:
    """Contexts built once with plangen's own family code, charts drawn; (jobs, every image's PNG)."""
    from generator.build import prepare_set
    from generator.families import family_of
    from generator.ledger import Ledger
    from generator.problems import Problems

    jobs, images = [], []
    for input_set in _sets(inputs_root, names):
        problems = Problems()
        prepared = prepare_set(input_set, input_set.documents, problems)
        if problems.errors:
            raise SystemExit(f"plangen failed on {input_set.name}: {[str(p) for p in problems.errors]}")
        for doc in input_set.documents:
            context = family_of(doc).context(doc, prepared[doc], Ledger(), _NoTemplate())
            jobs.append(Job(f"{input_set.name}-{doc}", input_set.template_for(doc), _freeze_images(context, images)))
    return jobs, images


def _bind_images(value: object, template) -> object:
    """A copy of ``value`` whose :class:`Png` are plain docxtpl InlineImages of ``template``."""
    from docxtpl import InlineImage

    if isinstance(value, dict):
        return {k: _bind_images(v, template) for k, v in value.items()}
    if isinstance(value, list):
        return [_bind_images(v, template) for v in value]
    if isinstance(value, Png):
        return InlineImage(template, io.BytesIO(value.data), width=value.width)
    return value


def baseline_render(jobs: list[Job], out: Path) -> float:
    """Plain docxtpl: open each template, render the precomputed context, save."""
    from docxtpl import DocxTemplate

    start = time.perf_counter()
    for job in jobs:
        template = DocxTemplate(str(job.template))
        template.render(_bind_images(job.context, template), autoescape=True)
        template.save(str(out / f"{job.name}.docx"))
    return time.perf_counter() - start


def _maxrss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (chart workers), user + system."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def compare(inputs_root: Path, names: list[str], runs: int) -> dict:
    """plangen's build and the plain docxtpl baseline, alternately (so both see the same machine load)."""
    warm = warm_up()
    jobs, images = precompute_contexts(inputs_root, names)
    plangen_wall: list[float] = []
    plangen_cpu: list[float] = []
    baseline_wall: list[float] = []
    baseline_cpu: list[float] = []
    stage_runs: list[dict[str, float]] = []
    documents = 0
    with tempfile.TemporaryDirectory(prefix="plangen-bench-") as tmp:
        for run in range(runs):
            with StageClock() as clock:
                cpu = _cpu_seconds()
                seconds, documents = plangen_build(inputs_root, names, Path(tmp) / f"plangen-{run}")
                plangen_cpu.append(_cpu_seconds() - cpu)
            plangen_wall.append(seconds)
            stage_runs.append(dict(clock.seconds))
            out = Path(tmp) / f"baseline-{run}"
            out.mkdir()
            cpu = _cpu_seconds()
            baseline_wall.append(baseline_render(jobs, out))
            baseline_cpu.append(_cpu_seconds() - cpu)
    # The stages of the median run (not per-stage medians), so that they add up to its total.
    median_run = plangen_wall.index(statistics.median_low(plangen_wall))
    stages = {stage: stage_runs[median_run][stage] for stage in sorted(stage_runs[median_run], key=_stage_key)}
    return {
        "sets": names,
        "documents": documents,
        "runs": runs,
        "warm_up_s": warm,
        "plangen_s": plangen_wall[median_run],
        "plangen_runs_s": plangen_wall,
        "plangen_cpu_s": statistics.median_low(plangen_cpu),
        "baseline_s": statistics.median_low(baseline_wall),
        "baseline_runs_s": baseline_wall,
        "baseline_cpu_s": statistics.median_low(baseline_cpu),
        "stages_s": stages,
        "images": len(images),
        "distinct_images": len({hashlib.sha256(png).digest() for png in images}),
        "maxrss_mb": _maxrss_mb(),
    }


def _stage_key(stage: str) -> int:
    return STAGE_ORDER.index(stage) if stage in STAGE_ORDER else len(STAGE_ORDER)


def profile(inputs_root: Path, names: list[str], top: int) -> str:
    """A cold build under cProfile (imports included, as in ``plangen build``); the hotspot listing."""
    from generator import charts

    note = ""
    if hasattr(charts, "PARALLEL_FROM"):  # draw in this process, so the profile shows where chart time goes
        charts.PARALLEL_FROM = sys.maxsize
        note = " (charts drawn serially in this process, so that they show in the profile)"
    profiler = cProfile.Profile()
    with tempfile.TemporaryDirectory(prefix="plangen-bench-") as tmp:
        start = time.perf_counter()
        profiler.runcall(plangen_build, inputs_root, names, Path(tmp))
        wall = time.perf_counter() - start
    stats = pstats.Stats(profiler)
    rows = []
    for (filename, line, function), (_, calls, own, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        if filename.startswith("<frozen") or filename == "~" or function == "plangen_build":
            continue
        rows.append((cumulative, own, calls, _where(filename, line, function)))
    lines = [f"cProfile of a cold build of {', '.join(names)}: {wall:.2f} s under the profiler{note}", ""]
    for title, key in (("by cumulative time", 0), ("by own time", 1)):
        lines.append(f"  top {top} {title}:")
        lines.append(f"  {'cum s':>8} {'own s':>8} {'calls':>9}  function")
        for cumulative, own, calls, where in sorted(rows, key=lambda r: r[key], reverse=True)[:top]:
            lines.append(f"  {cumulative:8.3f} {own:8.3f} {calls:9d}  {where}")
        lines.append("")
    return "\n".join(lines)


def _where(filename: str, line: int, function: str) -> str:
    for marker in ("site-packages/", "/lib/python3", "/work/main/"):
        if marker in filename:
            filename = filename.split(marker, 1)[1]
            break
    root = str(Path(__file__).resolve().parent.parent) + "/"
    filename = filename.removeprefix(root)
    return f"{function} ({filename}:{line})" if line else function


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=("compare", "profile"))
    parser.add_argument("inputs_root", type=Path)
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    if args.mode == "compare":
        print(json.dumps(compare(args.inputs_root, args.sets, max(1, args.runs))))
    else:
        print(profile(args.inputs_root, args.sets, args.top))


if __name__ == "__main__":
    main()
