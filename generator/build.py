"""Build and check input sets: the pipeline read → validate → compute → context → render → write."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator import __version__
from generator.documents import kind as document_kind
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
from generator.output import remove_stale_temporaries, write_all_atomically
from generator.problems import Place, Problem, Problems, Severity

MANIFEST = ".plangen-manifest.json"
#: Held (flock) while a build writes into an output folder: two builds of one set write one at a time.
LOCK = ".plangen.lock"


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
    written: list[Path] = field(default_factory=list)
    """Every file this build wrote, in the order written."""
    removed: list[Path] = field(default_factory=list)
    """PDFs removed because the .docx they were made from was replaced (and no new PDF was made)."""

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
    """Read, validate and recompute; fill each document once in memory (nothing written), report its
    accessibility faults, and confirm that a figure printed in several documents reads the same in each."""
    from generator.docx.accessibility import accessibility_findings

    result = SetResult(input_set)
    documents = input_set.documents
    if not documents:
        result.problems.error(None, _no_workbooks_message())
        return result
    prepared = prepare_set(input_set, documents, result.problems)
    printed: dict[str, tuple[str, str]] = {}  # ledger label → (document, text) where first printed
    for doc in documents:
        template = input_set.template_for(doc, templates)
        if not template.is_file():
            result.problems.error(Place(template.name), f"mallen för {doc} finns inte ({template})")
            continue
        if doc not in prepared or document_kind(doc).absent(prepared[doc]):
            continue
        outcome = render(doc, template, prepared[doc], result.problems)
        if outcome.data is None:
            continue
        for finding in accessibility_findings(outcome.data):
            result.problems.warning(Place(template.name), finding)
        for label, figure in outcome.ledger.figures.items():
            first = printed.setdefault(label, (doc, figure.text))
            if first[1] != figure.text:
                result.problems.error(Place(template.name), f"”{label}” är {figure.text} här men {first[1]} i "
                                      f"{first[0]}.docx; samma siffra ska vara lika i alla dokument")
    return result


def render(document: str, template: Path, prepared: Prepared, problems: Problems):
    """Fill the set's document with its catalogue; what filling finds is added to ``problems``
    at the document's name.  The rendered bytes are None when it found errors."""
    from generator.docx.render import render_document

    kind = document_kind(document)
    catalogue = kind.catalogue(prepared)
    properties = kind.family().properties(kind.title, prepared, catalogue.period, catalogue.date)
    rendered = render_document(template, catalogue, properties)
    for message in rendered.errors:
        problems.error(Place(template.name), message)
    for message in rendered.warnings:
        problems.warning(Place(template.name), message)
    return rendered


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


@dataclass
class Manifest:
    """What an output folder holds and what it was made from: per document the fingerprint of its
    inputs (``fingerprint``) and a hash of the .docx its PDF was converted from (``pdf_from``); the
    warnings found when the set was last read, and those each document's rendering gave: a build that
    finds a document up to date prints them again."""

    documents: dict[str, dict[str, str]] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    rendering: dict[str, list[Problem]] = field(default_factory=dict)

    FORMAT = 2

    def fingerprint(self, document: str) -> str | None:
        return self.documents.get(document, {}).get("fingerprint")

    def absent(self, document: str) -> str | None:
        """Why the set did not call for the document when it was last read (e.g. no outcomes), or None."""
        return self.documents.get(document, {}).get("absent")

    def pdf_is_current(self, document: str, docx: bytes) -> bool:
        """True if the document's PDF was converted from exactly this .docx."""
        return self.documents.get(document, {}).get("pdf_from") == _digest(docx)

    @classmethod
    def load(cls, folder: Path) -> Manifest:
        try:
            data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        if data.get("format") != cls.FORMAT:  # plangen ≤ 0.1: {document: fingerprint}
            return cls({doc: {"fingerprint": value} for doc, value in data.items() if isinstance(value, str)})
        try:
            documents = {
                str(doc): {str(k): str(v) for k, v in entry.items()} for doc, entry in data["documents"].items()
            }
            warnings = [_warning(item) for item in data["warnings"]]
            rendering = {str(doc): [_warning(i) for i in items] for doc, items in data.get("rendering", {}).items()}
        except (KeyError, TypeError, AttributeError):
            return cls()
        return cls(documents, warnings, rendering)

    def to_bytes(self) -> bytes:
        data = {
            "format": self.FORMAT,
            "documents": self.documents,
            "warnings": [_warning_json(p) for p in self.warnings],
            "rendering": {doc: [_warning_json(p) for p in items] for doc, items in self.rendering.items()},
        }
        return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _warning(item: dict) -> Problem:
    return Problem(Severity.WARNING, Place(*item["place"]) if item["place"] else None, str(item["message"]))


def _warning_json(problem: Problem) -> dict:
    place = problem.place
    return {"place": [place.file, place.sheet, place.cell] if place else None, "message": problem.message}


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold the output folder's lock: a second build of the same set waits here until the first has written."""
    import errno
    import fcntl

    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / LOCK, "a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX)
        except OSError as exc:  # a file system without locks: write unlocked, as before
            if exc.errno not in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL):
                raise
        yield


def _orphans(input_set: InputSet, out_folder: Path) -> list[Problem]:
    """Documents in the output folder whose workbook has left the set: they are no longer rebuilt."""
    return [
        Problem(
            Severity.WARNING,
            None,
            f"{doc}.docx i {out_folder} byggdes ur {workbook}, som inte längre finns i mängden; "
            "dokumentet byggs inte om – ta bort det eller lägg tillbaka arbetsboken",
        )
        for doc, workbook in DOCUMENT_WORKBOOKS.items()
        if doc not in input_set.documents and (out_folder / f"{doc}.docx").is_file()
    ]


def _stale(
    documents: list[str], prints: dict[str, str], manifest: Manifest, out_folder: Path, force: bool
) -> list[str]:
    """Documents whose inputs, template or engine changed since they were written (or that are missing)."""
    return [
        doc
        for doc in documents
        if force
        or manifest.fingerprint(doc) != prints[doc]
        or not ((out_folder / f"{doc}.docx").is_file() or manifest.absent(doc))
    ]


def _outdated(input_set: InputSet, out_root: Path, force: bool, templates: Path) -> list[tuple[str, bool]]:
    """(document, its inputs changed) for each document a build of the set would write."""
    documents = [d for d in input_set.documents if input_set.template_for(d, templates).is_file()]
    prints = {d: fingerprint(input_set, d, input_set.template_for(d, templates)) for d in documents}
    out_folder = out_root / input_set.name
    manifest = Manifest.load(out_folder)
    stale = _stale(documents, prints, manifest, out_folder, force)
    return [(doc, manifest.fingerprint(doc) != prints[doc]) for doc in stale]


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
    manifest = Manifest.load(out_folder)
    template_paths = {doc: input_set.template_for(doc, templates) for doc in documents}
    for doc, path in template_paths.items():
        if not path.is_file():
            result.problems.error(Place(path.name), f"mallen för {doc} finns inte ({path})")
    if result.failed:
        return result
    prints = {doc: fingerprint(input_set, doc, template_paths[doc]) for doc in documents}
    stale = _stale(documents, prints, manifest, out_folder, force)
    result.problems.items.extend(_orphans(input_set, out_folder))
    kept = {
        doc: (out_folder / f"{doc}.docx").read_bytes()
        for doc in documents
        if pdf and doc not in stale and not manifest.absent(doc)
    }
    missing_pdf = [  # a PDF is stale when the .docx it was made from has been replaced
        doc
        for doc, docx in kept.items()
        if not (out_folder / f"{doc}.pdf").is_file() or not manifest.pdf_is_current(doc, docx)
    ]
    for doc in documents:
        if doc not in stale and not manifest.absent(doc):
            result.documents.append(DocumentResult(doc, out_folder / f"{doc}.docx", rebuilt=False))
    read = Problems()  # what reading the set finds; kept in the manifest for the builds that do not read it
    if stale:  # every document's family, so that the set's warnings are all found and kept
        prepared = prepare_set(input_set, documents, read)
        result.problems.extend(read)
    else:
        prepared = {}
        result.problems.items.extend(manifest.warnings)
    for doc in documents:
        if doc not in stale:
            result.problems.items.extend(manifest.rendering.get(doc, []))
    if (not stale and not missing_pdf) or result.failed:
        return result
    files: dict[Path, bytes] = {}
    rendered: list[DocumentResult] = []
    rendering: dict[str, list[Problem]] = {}  # each document's own warnings, kept in the manifest
    absent: dict[str, str] = {}  # documents the set does not call for, with why
    for doc in stale:
        if doc in prepared and (reason := document_kind(doc).absent(prepared[doc])):
            absent[doc] = reason
            rendering[doc] = []
            continue
        progress(f"{input_set.name}: {doc}")
        seen = len(result.problems.items)
        outcome = render(doc, template_paths[doc], prepared[doc], result.problems)
        rendering[doc] = [p for p in result.problems.items[seen:] if p.severity is Severity.WARNING]
        if outcome.data is None:
            continue
        data = outcome.data
        path = out_folder / f"{doc}.docx"
        new_figures = ledger_figures(outcome.ledger)
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
    from generator.docx.pagenumbers import number_contents

    files.update(number_contents({p: d for p, d in files.items() if p.suffix == ".docx"}))
    docx_files = {path: data for path, data in files.items() if path.suffix == ".docx"}
    if pdf:
        docx_files.update({out_folder / f"{doc}.docx": kept[doc] for doc in missing_pdf})
        progress(f"{input_set.name}: PDF")
        files.update(_pdfs(docx_files, result.problems))
    try:
        with _locked(out_folder):
            remove_stale_temporaries(out_folder)  # under the lock, only killed builds' temporaries are left
            current = Manifest.load(out_folder)  # another build may have written since this one started
            files[out_folder / MANIFEST] = _next_manifest(
                current, out_folder, prints, docx_files, files, read.warnings, rendering, absent
            )
            write_all_atomically(files)
            result.written.extend(files)
            for path, data in docx_files.items():
                doc = path.stem
                pdf_file = path.with_suffix(".pdf")
                if pdf_file not in files and pdf_file.is_file() and not current.pdf_is_current(doc, data):
                    pdf_file.unlink()
                    result.removed.append(pdf_file)
    except OSError as exc:
        where = exc.filename or out_folder
        result.problems.error(None, f"kan inte skriva till {where}: {exc.strerror or exc}; inget dokument ändrades")
        return result
    result.documents.extend(rendered)
    result.documents.sort(key=lambda d: list(DOCUMENT_WORKBOOKS).index(d.document))
    return result


def _next_manifest(
    current: Manifest,
    out_folder: Path,
    prints: dict[str, str],
    docx_files: dict[Path, bytes],
    files: dict[Path, bytes],
    warnings: list[Problem],
    rendering: dict[str, list[Problem]],
    absent: dict[str, str],
) -> bytes:
    """The manifest after this build's writes: the rebuilt documents' fingerprints and warnings, which
    .docx each PDF written now was made from, and (if the set was read) its warnings; the rest as it was."""
    stale = list(rendering)
    for doc in stale:
        entry = current.documents.setdefault(doc, {})
        entry["fingerprint"] = prints[doc]
        entry.pop("absent", None)
        if doc in absent:
            entry["absent"] = absent[doc]
        current.rendering[doc] = rendering[doc]
    for path, data in docx_files.items():
        entry = current.documents.setdefault(path.stem, {"fingerprint": prints[path.stem]})
        if path.with_suffix(".pdf") in files:
            entry["pdf_from"] = _digest(data)
        elif not current.pdf_is_current(path.stem, data):
            entry.pop("pdf_from", None)
    current.documents = {
        doc: entry
        for doc, entry in current.documents.items()
        if (out_folder / f"{doc}.docx").is_file() or doc in stale or entry.get("absent")
    }
    current.rendering = {doc: items for doc, items in current.rendering.items() if doc in current.documents}
    if stale:
        current.warnings = warnings
    return current.to_bytes()


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
        results = []
        for input_set in sets:
            results.append(build_set(input_set, out_root, force=force, pdf=pdf, progress=progress))
            finished(input_set)
        return results
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from generator.processes import worker_started

    with ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("fork"), initializer=worker_started, initargs=(os.getpid(),)
    ) as pool:
        futures = [pool.submit(_build_in_worker, input_set, out_root, force) for input_set in sets]
        results = []
        try:
            for input_set, future in zip(sets, futures, strict=True):
                results.append(future.result())
                finished(input_set)
        except BaseException:  # Ctrl-C or SIGTERM: the workers end now, not when their sets are built
            from generator.processes import end_workers

            end_workers()
            raise
    return results


def _build_in_worker(input_set: InputSet, out_root: Path, force: bool) -> SetResult:
    return build_set(input_set, out_root, force=force)
