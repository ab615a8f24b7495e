"""Build and check input sets: the pipeline read → validate → compute → context → render → write."""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from generator import __version__
from generator.families import Prepared, family_of
from generator.figures_file import (
    FigureChange,
    compare_figures,
    figures_json,
    ledger_figures,
    load_figures,
    sidecar_path,
)
from generator.inputset import DEFAULT_TEMPLATES, DOCUMENT_WORKBOOKS, InputSet
from generator.ledger import Ledger
from generator.output import remove_stale_temporaries, write_all_atomically
from generator.problems import Place, Problems, TemplateFailure

MANIFEST = ".plangen-manifest.json"
#: Charts drawn by earlier builds, by a hash of their data (see generator.charts.draw_all).
CHART_CACHE = Path(".cache") / "charts"


@dataclass
class DocumentResult:
    document: str
    path: Path
    rebuilt: bool
    changes: list[FigureChange] = field(default_factory=list)
    first_build: bool = False


@dataclass
class SetResult:
    input_set: InputSet
    problems: Problems = field(default_factory=Problems)
    documents: list[DocumentResult] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.problems.errors)


def prepare_set(input_set: InputSet, documents: list[str], problems: Problems) -> dict[str, Prepared]:
    """Read, validate, compute and cross-check every family the documents need."""
    prepared: dict[str, Prepared] = {}
    families: dict[int, tuple[object, list[str]]] = {}
    for document in documents:
        family = family_of(document)
        families.setdefault(id(family), (family, []))[1].append(document)
    for family, docs in families.values():
        result = family.prepare(input_set.folder, docs, problems)  # type: ignore[attr-defined]
        if result is not None:
            problems.extend(result.warnings)
            for doc in docs:
                prepared[doc] = result
    return prepared


def check_set(input_set: InputSet, templates: Path = DEFAULT_TEMPLATES) -> SetResult:
    """Read, validate and recompute; lint each template and render it once in memory (nothing written)."""
    from generator.docx.lint import lint_template
    from generator.docx.render import render_document

    result = SetResult(input_set)
    documents = input_set.documents
    if not documents:
        result.problems.error(None, _no_workbooks_message())
        return result
    prepared = prepare_set(input_set, documents, result.problems)
    for doc in documents:
        template = input_set.template_for(doc, templates)
        if not template.is_file():
            result.problems.error(Place(template.name), f"mallen för {doc} finns inte ({template})")
            continue
        try:
            findings = lint_template(template)
        except Exception as exc:  # not a Word file at all
            result.problems.error(
                Place(template.name), f"mallen kan inte läsas som Word-dokument ({type(exc).__name__})"
            )
            continue
        for finding in findings:
            result.problems.warning(Place(template.name), finding)
        if doc not in prepared:
            continue
        family = family_of(doc)
        try:
            render_document(
                template,
                partial(family.context, doc, prepared[doc], Ledger(), draw=False),
                family.properties(doc, prepared[doc]),
            )
        except TemplateFailure as exc:
            result.problems.error(Place(exc.template), exc.message)
    return result


def _no_workbooks_message() -> str:
    names = ", ".join(sorted(set(DOCUMENT_WORKBOOKS.values())))
    return f"mappen innehåller ingen av arbetsböckerna {names}"


@functools.cache
def engine_digest() -> str:
    """plangen's version and code: an upgrade or a local change to the engine rebuilds every document."""
    digest = hashlib.sha256(f"plangen {__version__}\n".encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def fingerprint(input_set: InputSet, document: str, template: Path) -> str:
    """What a document depends on: the engine, its template and every workbook of the set."""
    digest = hashlib.sha256(engine_digest().encode())
    for path in [template, *input_set.workbooks()]:
        digest.update(path.name.encode() + b"\0")
        with path.open("rb") as stream:
            digest.update(hashlib.file_digest(stream, "sha256").digest())
    return digest.hexdigest()


def _pdfs(documents: dict[Path, bytes], problems: Problems) -> dict[Path, bytes]:
    """PDFs of the rendered documents (converted from temporary copies, written with the rest)."""
    import tempfile

    from generator.pdf import PdfUnavailable, convert_to_pdf

    with tempfile.TemporaryDirectory(prefix="plangen-docx-") as work:
        copies = {}
        for number, (path, data) in enumerate(documents.items()):
            copy = Path(work) / str(number) / path.name
            copy.parent.mkdir()
            copy.write_bytes(data)
            copies[copy] = path
        try:
            converted = convert_to_pdf(list(copies))
        except PdfUnavailable as exc:
            problems.warning(None, f"ingen PDF skrevs: {exc}")
            return {}
    pdfs = {}
    for copy, outcome in converted.items():
        target = copies[copy].with_suffix(".pdf")
        if isinstance(outcome, bytes):
            pdfs[target] = outcome
        else:
            problems.warning(Place(target.name), outcome)
    return pdfs


def _load_manifest(folder: Path) -> dict[str, str]:
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _stale(
    documents: list[str], prints: dict[str, str], manifest: dict[str, str], out_folder: Path, force: bool
) -> list[str]:
    """Documents whose inputs, template or engine changed since they were written (or that are missing)."""
    return [
        doc
        for doc in documents
        if force or manifest.get(doc) != prints[doc] or not (out_folder / f"{doc}.docx").is_file()
    ]


def _outdated(input_set: InputSet, out_root: Path, force: bool, templates: Path) -> list[tuple[str, bool]]:
    """(document, its inputs changed) for each document a build of the set would write."""
    documents = [d for d in input_set.documents if input_set.template_for(d, templates).is_file()]
    prints = {d: fingerprint(input_set, d, input_set.template_for(d, templates)) for d in documents}
    out_folder = out_root / input_set.name
    manifest = _load_manifest(out_folder)
    return [(doc, manifest.get(doc) != prints[doc]) for doc in _stale(documents, prints, manifest, out_folder, force)]


def warm_up(sets: list[InputSet], out_root: Path, *, force: bool = False, templates: Path = DEFAULT_TEMPLATES) -> None:
    """Before building several sets: start what their stale documents will need (e.g. chart processes),
    so it gets ready while the first sets are read and rendered."""
    for input_set in sets:
        for doc, changed in _outdated(input_set, out_root, force, templates):
            if changed:  # unchanged inputs rebuilt by --force find their charts cached
                family_of(doc).warm_up()


def build_set(
    input_set: InputSet,
    out_root: Path,
    *,
    force: bool = False,
    pdf: bool = False,
    templates: Path = DEFAULT_TEMPLATES,
    progress: Callable[[str], None] = lambda _: None,
) -> SetResult:
    """Build the set's documents into ``out_root/<set>``; nothing is written if any error is found."""
    result = SetResult(input_set)
    documents = input_set.documents
    if not documents:
        result.problems.error(None, _no_workbooks_message())
        return result
    out_folder = out_root / input_set.name
    manifest = _load_manifest(out_folder)
    template_paths = {doc: input_set.template_for(doc, templates) for doc in documents}
    for doc, path in template_paths.items():
        if not path.is_file():
            result.problems.error(Place(path.name), f"mallen för {doc} finns inte ({path})")
    if result.failed:
        return result
    prints = {doc: fingerprint(input_set, doc, template_paths[doc]) for doc in documents}
    stale = _stale(documents, prints, manifest, out_folder, force)
    missing_pdf = [doc for doc in documents if pdf and doc not in stale and not (out_folder / f"{doc}.pdf").is_file()]
    for doc in documents:
        if doc not in stale:
            result.documents.append(DocumentResult(doc, out_folder / f"{doc}.docx", rebuilt=False))
    if not stale and not missing_pdf:
        return result
    prepared = prepare_set(input_set, stale, result.problems) if stale else {}
    if result.failed:
        return result
    from generator.docx.render import render_document

    files: dict[Path, bytes] = {}
    rendered: list[DocumentResult] = []
    for doc in stale:
        progress(f"{input_set.name}: {doc}")
        family = family_of(doc)
        ledger = Ledger()
        try:
            data = render_document(
                template_paths[doc],
                partial(family.context, doc, prepared[doc], ledger, cache=out_root / CHART_CACHE),
                family.properties(doc, prepared[doc]),
            )
        except TemplateFailure as exc:
            result.problems.error(Place(exc.template), exc.message)
            continue
        path = out_folder / f"{doc}.docx"
        new_figures = ledger_figures(ledger)
        old_figures = load_figures(sidecar_path(path))
        files[path] = data
        files[sidecar_path(path)] = figures_json(doc, new_figures)
        rendered.append(
            DocumentResult(
                doc, path, rebuilt=True, changes=compare_figures(old_figures, new_figures), first_build=not old_figures
            )
        )
    if result.failed:
        return result
    if pdf:
        docx_files = {path: data for path, data in files.items() if path.suffix == ".docx"}
        docx_files.update(
            {out_folder / f"{doc}.docx": (out_folder / f"{doc}.docx").read_bytes() for doc in missing_pdf}
        )
        progress(f"{input_set.name}: PDF")
        files.update(_pdfs(docx_files, result.problems))
    new_manifest = {doc: prints[doc] for doc in documents if doc in manifest or doc in stale}
    files[out_folder / MANIFEST] = (json.dumps(new_manifest, indent=1, sort_keys=True) + "\n").encode()
    try:
        remove_stale_temporaries(out_folder)
        write_all_atomically(files)
    except OSError as exc:
        where = exc.filename or out_folder
        result.problems.error(None, f"kan inte skriva till {where}: {exc.strerror or exc}; inget dokument ändrades")
        return result
    result.documents.extend(rendered)
    result.documents.sort(key=lambda d: list(DOCUMENT_WORKBOOKS).index(d.document))
    return result


def build_sets(
    sets: list[InputSet],
    out_root: Path,
    *,
    force: bool = False,
    pdf: bool = False,
    progress: Callable[[str], None] = lambda _: None,
    finished: Callable[[InputSet], None] = lambda _: None,
) -> list[SetResult]:
    """Build several sets: side by side in worker processes when there are cores for it (sets share
    nothing), else one after the other. Results come back in the order of ``sets``."""
    import os

    busy = [s for s in sets if _outdated(s, out_root, force, DEFAULT_TEMPLATES)]
    workers = min(len(busy), os.cpu_count() or 1)
    if workers < 2 or pdf:  # nothing to share out, or LibreOffice conversions, which run one at a time
        warm_up(sets, out_root, force=force)
        results = []
        for input_set in sets:
            results.append(build_set(input_set, out_root, force=force, pdf=pdf, progress=progress))
            finished(input_set)
        return results
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("fork"), initializer=_fresh_worker
    ) as pool:
        futures = [pool.submit(_build_in_worker, input_set, out_root, force) for input_set in sets]
        results = []
        for input_set, future in zip(sets, futures, strict=True):
            results.append(future.result())
            finished(input_set)
    return results


def _fresh_worker() -> None:
    """A set worker draws its charts itself: the cores already build sets side by side, and forking
    chart processes from a worker process can deadlock on locks it inherited."""
    from generator import charts

    charts.WORKERS.pool = None
    charts.WORKERS.allowed = False


def _build_in_worker(input_set: InputSet, out_root: Path, force: bool) -> SetResult:
    warm_up([input_set], out_root, force=force)
    return build_set(input_set, out_root, force=force)
