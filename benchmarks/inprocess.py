"""Measurements made inside one Python process; ``run.py`` starts this script once per measurement.

    python benchmarks/inprocess.py floor-prepare BUILT_ROOT INPUTS_ROOT MATERIAL SET [SET ...]
        Outside any timing: from plangen's built documents under BUILT_ROOT, the XML and the parts
        each document needs beyond its template (see "The floor" below), pickled to MATERIAL.
    python benchmarks/inprocess.py floor MATERIAL OUT
        The floor itself, timed by run.py as a whole process like ``plangen build``: open each
        template with python-docx, insert the precomputed XML and parts, save into OUT.
    python benchmarks/inprocess.py same BUILT_ROOT FLOOR_OUT MATERIAL
        Whether the floor's documents hold the same parts with the same bytes as plangen's (JSON).
    python benchmarks/inprocess.py pages BUILT_ROOT
        The table-of-contents page numbers through LibreOffice (generator/docx/pagenumbers.py) on
        the built documents, timed once (JSON).
    python benchmarks/inprocess.py profile INPUTS_ROOT SET [SET ...] [--top N]
        A cold build (imports included, one set after the other in this process) timed by stage,
        then one under cProfile: the top N of plangen's own functions.

The floor
---------
plangen no longer renders with docxtpl, so the issue's "plain-docxtpl floor" has no literal
equivalent.  Its honest successor is the least work python-docx needs to produce the same
documents: open each set's own template with python-docx, put in the XML that plangen's build
placed there and the parts it added (both taken from plangen's own built documents before the
timing starts), and save.  Inserting is the parse of that XML into the template's parts (the
body, headers and footers and the properties plangen rewrote); added parts (native charts with
their embedded workbooks, images) go in as bytes with their relationships.  Saving is
python-docx's own (no re-zipping).  Everything else plangen does is its overhead, which the
ratio measures: start-up beyond python-docx's, reading and validating the workbooks with
openpyxl, computing, the catalogues, filling, the ledger, the charts' XML and workbooks, the
figures sidecars, the manifest, fingerprints, atomic writes and the reproducible re-zip.  The
floor runs in one process, one document after the other; plangen may build sets side by side
in worker processes, so run.py prints the CPU times beside the wall times.

Nothing here changes plangen: stages are timed by wrapping module attributes for the duration
of a run and restoring them afterwards.
"""

from __future__ import annotations

import argparse
import time

STARTED = time.perf_counter()

import cProfile  # noqa: E402  (the floor's clock starts before any import)
import functools  # noqa: E402
import json  # noqa: E402
import pickle  # noqa: E402
import pstats  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import zipfile  # noqa: E402
from collections import defaultdict  # noqa: E402
from collections.abc import Callable  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PACKAGE = "/"  # the package itself as the source of relationships (_rels/.rels)


# -- the floor -------------------------------------------------------------------------------------


@dataclass
class Rel:
    rid: str
    reltype: str
    target: str
    """Part name of the target, or the external address."""
    external: bool


@dataclass
class FloorJob:
    """One document: its template, where the floor writes it, and what plangen's build put in."""

    template: str
    out: str
    xml: dict[str, bytes] = field(default_factory=dict)
    """Template parts whose XML the build changed → the built XML (inserted by parsing it)."""
    added: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    """Parts the build added (charts, their workbooks, images) → (content type, bytes)."""
    rels: dict[str, list[Rel]] = field(default_factory=dict)
    """Every source part's (and the package's) relationships as built."""


def _rels_of(source) -> list[Rel]:
    return [
        Rel(r.rId, r.reltype, r.target_ref if r.is_external else str(r.target_part.partname), r.is_external)
        for r in source.rels.values()
    ]


def floor_prepare(built_root: Path, inputs_root: Path, material: Path, names: list[str]) -> None:
    """Read plangen's built documents and their templates (no timing here) into floor jobs."""
    from docx.opc.package import OpcPackage

    from generator.inputset import resolve_sets

    jobs = []
    for input_set in resolve_sets(names, inputs_root):
        for doc in input_set.documents:
            built_path = built_root / input_set.name / f"{doc}.docx"
            if not built_path.is_file():  # a document the set does not call for
                continue
            template = input_set.template_for(doc)
            built, original = OpcPackage.open(str(built_path)), OpcPackage.open(str(template))
            before = {str(p.partname): p for p in original.iter_parts()}
            job = FloorJob(str(template), f"{input_set.name}/{doc}.docx")
            job.rels[PACKAGE] = _rels_of(built)
            for part in built.iter_parts():
                name = str(part.partname)
                job.rels[name] = _rels_of(part)
                if name not in before:
                    job.added[name] = (part.content_type, part.blob)
                elif part.blob != before[name].blob:
                    job.xml[name] = part.blob
            jobs.append(job)
    material.write_bytes(pickle.dumps(jobs))


def floor(material: Path, out: Path) -> dict:
    """Open each template with python-docx, insert the built XML and parts, save: the least work."""
    import docx
    from docx.opc.oxml import parse_xml
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    imported = time.perf_counter()
    jobs: list[FloorJob] = pickle.loads(material.read_bytes())
    loaded = time.perf_counter()
    for job in jobs:
        document = docx.Document(job.template)
        package = document.part.package
        parts = {str(p.partname): p for p in package.iter_parts()}
        for name, xml in job.xml.items():
            part = parts[name]
            if hasattr(part, "_element"):
                part._element = parse_xml(xml)
            else:  # a part python-docx keeps as bytes (docProps/app.xml)
                part._blob = xml
        for name, (content_type, blob) in job.added.items():
            parts[name] = Part(PackURI(name), content_type, blob, package)
        for source_name, rels in job.rels.items():
            source = package if source_name == PACKAGE else parts[source_name]
            wanted = {r.rid for r in rels}
            for rid in [rid for rid in source.rels if rid not in wanted]:
                del source.rels[rid]
            for rel in rels:
                current = source.rels.get(rel.rid)
                if current is not None and not rel.external and not current.is_external \
                        and str(current.target_part.partname) == rel.target:
                    continue
                target = rel.target if rel.external else parts[rel.target]
                source.rels.add_relationship(rel.reltype, target, rel.rid, rel.external)
        path = out / job.out
        path.parent.mkdir(parents=True, exist_ok=True)
        document.save(str(path))
    done = time.perf_counter()
    return {
        "documents": len(jobs),
        "imports_s": imported - STARTED,
        "load_material_s": loaded - imported,
        "work_s": done - loaded,
    }


def same(built_root: Path, floor_out: Path, material: Path) -> dict:
    """Part for part, whether the floor's documents equal plangen's (zip order and times aside)."""
    jobs: list[FloorJob] = pickle.loads(material.read_bytes())
    parts = equal = 0
    differing: list[str] = []
    for job in jobs:
        with zipfile.ZipFile(built_root / job.out) as built, zipfile.ZipFile(floor_out / job.out) as made:
            names = set(built.namelist()) | set(made.namelist())
            for name in sorted(names):
                parts += 1
                try:
                    if built.read(name) == made.read(name):
                        equal += 1
                        continue
                except KeyError:
                    pass
                differing.append(f"{job.out}:{name}")
    return {"parts": parts, "equal": equal, "differing": differing[:8]}


# -- table-of-contents page numbers ----------------------------------------------------------------


def pages(built_root: Path) -> dict:
    """generator.docx.pagenumbers.number_contents on every built .docx, timed once."""
    import os

    from generator.docx import pagenumbers

    os.environ.pop(pagenumbers.ENV_SWITCH, None)
    documents = {path: path.read_bytes() for path in sorted(built_root.glob("*/*.docx"))}
    available = pagenumbers.layout_available()
    with_contents = sum(1 for data in documents.values() if pagenumbers.has_contents(data))
    start = time.perf_counter()
    numbered = pagenumbers.number_contents(documents) if available else {}
    return {
        "available": available,
        "documents": len(documents),
        "with_contents": with_contents,
        "numbered": len(numbered),
        "seconds": time.perf_counter() - start,
    }


# -- stages and profile ----------------------------------------------------------------------------

#: (module or class path, attribute, stage).  Time is booked to the innermost stage running, so the
#: stages do not overlap.  Attributes that do not exist (plangen is changing) are skipped.
STAGES = (
    ("generator.build", "fingerprint", "fingerprints"),
    ("generator.build", "prepare_set", "validate, compute (families)"),
    ("generator.xlsx.reader", "_read", "read workbooks (openpyxl, its import included)"),
    ("generator.documents:DocumentKind", "catalogue", "catalogue (context builder)"),
    ("generator.docx.render", "open_document", "open document (python-docx)"),
    ("generator.docx.fill", "fill_document", "fill markers and blocks"),
    ("generator.docx.layout", "table", "tables (layout.table, python-docx cells)"),
    ("generator.docx.native_chart", "add_chart", "native charts (XML + workbook)"),
    ("generator.docx.contents", "fill_table_of_contents", "table of contents"),
    ("docx.document:Document", "save", "save (python-docx)"),
    ("generator.docx.render", "normalise_package", "re-zip package"),
    ("generator.build", "figures_json", "figures sidecar"),
    ("generator.build", "ledger_figures", "figures sidecar"),
    ("generator.build", "load_figures", "figures sidecar"),
    ("generator.build", "compare_figures", "figures sidecar"),
    ("generator.build", "_next_manifest", "manifest"),
    ("generator.build", "write_all_atomically", "write files"),
)


def _resolve(path: str) -> object | None:
    import importlib

    module, _, name = path.partition(":")
    try:
        owner = importlib.import_module(module)
    except ImportError:
        return None
    return getattr(owner, name, None) if name else owner


class StageClock:
    """Wraps the functions in STAGES with timers while active (``with StageClock() as clock``).

    Each stage gets its exclusive time (time in nested stages is booked to those), so the stages
    add up to at most the total."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
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
                if self._stack:
                    self._stack[-1][1] += elapsed

        return timed


def plangen_build(inputs_root: Path, names: list[str], out: Path) -> int:
    """plangen's build of the sets, one after the other in this process; the documents built."""
    from generator.build import build_set
    from generator.inputset import resolve_sets

    built = 0
    for input_set in resolve_sets(names, inputs_root):
        result = build_set(input_set, out)
        if result.failed:
            raise SystemExit(f"plangen failed on {input_set.name}: {[str(p) for p in result.problems.errors]}")
        built += sum(1 for d in result.documents if d.rebuilt)
    return built


def profile(inputs_root: Path, names: list[str], top: int) -> str:
    """A cold build by stage (imports apart), then one under cProfile; plangen's own top functions."""
    import os

    os.environ.setdefault("PLANGEN_CONTENTS_PAGES", "0")
    start = time.perf_counter()
    import generator.build
    import generator.cli  # noqa: F401  (what `plangen build` imports before it builds)

    imports = time.perf_counter() - start
    with tempfile.TemporaryDirectory(prefix="plangen-bench-") as tmp, StageClock() as clock:
        start = time.perf_counter()
        documents = plangen_build(inputs_root, names, Path(tmp) / "stages")
        wall = time.perf_counter() - start
    lines = [
        f"Stages of a cold build of {', '.join(names)} in one process, one set after the other "
        f"({documents} documents; exclusive seconds):",
        f"  {imports:7.3f}  imports of generator.build and generator.cli (before the clock below)",
    ]
    for stage, seconds in sorted(clock.seconds.items(), key=lambda item: -item[1]):
        lines.append(f"  {seconds:7.3f}  {stage}")
    lines.append(f"  {wall - sum(clock.seconds.values()):7.3f}  other (build glue, lookups, sorting)")
    lines.append(f"  {wall:7.3f}  = build, imports excluded")
    profiler = cProfile.Profile()
    with tempfile.TemporaryDirectory(prefix="plangen-bench-") as tmp:
        start = time.perf_counter()
        profiler.runcall(plangen_build, inputs_root, names, Path(tmp) / "profile")
        profiled = time.perf_counter() - start
    stats = pstats.Stats(profiler)
    rows = []
    own_code = str(ROOT / "generator") + "/"
    for (filename, line, function), (_, calls, own, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        if filename.startswith(own_code):
            rows.append((cumulative, own, calls, f"{function} ({filename.removeprefix(str(ROOT) + '/')}:{line})"))
    lines += ["", f"cProfile of a second build of the same sets in the same process: {profiled:.2f} s under the "
              "profiler; plangen's own functions (generator/) only"]
    for title, key in (("by own time (time in the function itself)", 1), ("by cumulative time", 0)):
        lines.append(f"  top {top} {title}:")
        lines.append(f"  {'own s':>7} {'cum s':>7} {'calls':>8}  function")
        for cumulative, own, calls, where in sorted(rows, key=lambda r: r[key], reverse=True)[:top]:
            lines.append(f"  {own:7.3f} {cumulative:7.3f} {calls:8d}  {where}")
        lines.append("")
    return "\n".join(lines).rstrip()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="mode", required=True)
    command = commands.add_parser("floor-prepare")
    command.add_argument("built_root", type=Path)
    command.add_argument("inputs_root", type=Path)
    command.add_argument("material", type=Path)
    command.add_argument("sets", nargs="+")
    command = commands.add_parser("floor")
    command.add_argument("material", type=Path)
    command.add_argument("out", type=Path)
    command = commands.add_parser("same")
    command.add_argument("built_root", type=Path)
    command.add_argument("floor_out", type=Path)
    command.add_argument("material", type=Path)
    command = commands.add_parser("pages")
    command.add_argument("built_root", type=Path)
    command = commands.add_parser("profile")
    command.add_argument("inputs_root", type=Path)
    command.add_argument("sets", nargs="+")
    command.add_argument("--top", type=int, default=10)
    args = parser.parse_args(argv)
    if args.mode == "floor-prepare":
        floor_prepare(args.built_root, args.inputs_root, args.material, args.sets)
    elif args.mode == "floor":
        print(json.dumps(floor(args.material, args.out)))
    elif args.mode == "same":
        print(json.dumps(same(args.built_root, args.floor_out, args.material)))
    elif args.mode == "pages":
        print(json.dumps(pages(args.built_root)))
    else:
        print(profile(args.inputs_root, args.sets, args.top))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
