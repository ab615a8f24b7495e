"""The ``plangen`` command: a thin layer over :mod:`generator.build`.

Heavy libraries (python-docx, openpyxl, Babel) are imported inside
the commands so that ``plangen --help`` starts instantly.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from generator import __version__, click_sv

click_sv.install()

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2
#: ``diff``: the figures differ (like diff(1)); its troubles are EXIT_USAGE.
EXIT_DIFFERENT = 1
#: Stopped by Ctrl-C (SIGINT) or SIGTERM: 128 + the signal's number, as a shell reports it.
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143
#: Whoever read the output closed the pipe (``| head``): 128 + SIGPIPE.
EXIT_BROKEN_PIPE = 141


class Reporter:
    """One line per message; colours only on a terminal (click strips them otherwise)."""

    def __init__(self, quiet: bool = False, verbose: bool = False):
        self.quiet = quiet
        self.verbose = verbose

    def problems(self, set_name: str, problems) -> None:
        for problem in problems.errors:
            click.secho(f"fel: {self.where(set_name, problem)}", fg="red", err=True)
        if not self.quiet:
            for problem in problems.warnings:
                click.secho(f"varning: {self.where(set_name, problem)}", fg="yellow", err=True)

    @staticmethod
    def where(set_name: str, problem) -> str:
        """``set/file › sheet › cell: message``, or ``set: message`` for a problem without a place."""
        return f"{set_name}/{problem}" if problem.place else f"{set_name}: {problem}"

    def info(self, text: str, **style) -> None:
        if not self.quiet:
            click.secho(text, **style)

    def detail(self, text: str) -> None:
        if self.verbose and not self.quiet:
            click.echo(text)


def summary_line(set_name: str, errors: int, warnings: int) -> str:
    """``set: 2 fel, 1 varning`` – and that the cross-checks wait until the errors are fixed."""
    text = f"{set_name}: {errors} fel, {warnings} {'varning' if warnings == 1 else 'varningar'}"
    if errors:
        text += " (korskontrollerna, som kan ge fler varningar, görs när felen är rättade)"
    return text


def _quiet(ctx: click.Context, _param, value: bool) -> None:
    if value:
        ctx.ensure_object(dict).setdefault("flags", set()).add("quiet")


def _verbose(ctx: click.Context, _param, value: bool) -> None:
    if value:
        ctx.ensure_object(dict).setdefault("flags", set()).add("verbose")


def verbosity(command):
    """``-q``/``-v`` after the command name too (``plangen build -q``), not only before it."""
    command = click.option(
        "-q", "--quiet", is_flag=True, expose_value=False, callback=_quiet, help="Skriv bara ut fel."
    )(command)
    return click.option(
        "-v", "--verbose", is_flag=True, expose_value=False, callback=_verbose, help="Skriv ut mer om vad som görs."
    )(command)


def _reporter(ctx: click.Context) -> Reporter:
    reporter: Reporter = ctx.obj["reporter"]
    flags = ctx.obj.get("flags", set())
    reporter.quiet |= "quiet" in flags
    reporter.verbose |= "verbose" in flags
    return reporter


inputs_option = click.option(
    "--inputs",
    "inputs_root",
    type=click.Path(path_type=Path),
    metavar="MAPP",
    default=Path("inputs"),
    show_default=True,
    help="Mappen där indatamängderna ligger.",
)


def out_option(help_text: str):
    """``--out MAPP`` (standard output/): where a command writes, one subfolder per set."""
    return click.option(
        "--out",
        "out_dir",
        type=click.Path(file_okay=False, path_type=Path),
        metavar="MAPP",
        default=Path("output"),
        show_default=True,
        help=help_text,
    )


def _sets(names: tuple[str, ...], inputs_root: Path):
    from generator.inputset import UnknownSet, resolve_sets

    try:
        sets = resolve_sets(list(names), inputs_root)
    except UnknownSet as exc:
        raise click.UsageError(str(exc)) from exc
    if not sets:
        raise click.UsageError(f"inga indatamängder hittades under {inputs_root}/")
    return sets


def _refuse_output_among_inputs(out_dir: Path, sets, inputs_root: Path) -> None:
    """``--out`` inside an input set or inside inputs/ would write documents where the next build reads
    its workbooks and templates (an old ``budget.docx`` there becomes the set's template)."""
    out = out_dir.resolve()
    folders = [(s.folder.resolve(), f"indatamängden {s.name}") for s in sets]
    if inputs_root.is_dir():
        folders.append((inputs_root.resolve(), f"indatamappen {inputs_root}"))
    for folder, what in folders:
        if out.is_relative_to(folder) or any((out / s.name).resolve().is_relative_to(folder) for s in sets):
            raise click.UsageError(f"--out {out_dir} skulle skriva i {what}; välj en mapp utanför indata")


def _guard(debug: bool):
    """Turn unexpected failures into one line (``--debug`` shows the traceback)."""

    class Guard:
        def __enter__(self):
            return self

        def __exit__(self, kind, exc, tb):
            if exc is None or isinstance(exc, click.exceptions.Exit | click.ClickException | SystemExit):
                return False
            if isinstance(exc, KeyboardInterrupt):  # Ctrl-C, or SIGTERM (processes.Terminated)
                from generator.processes import Terminated, end_workers

                end_workers()
                click.secho("avbrutet; inga halvskrivna filer lämnades kvar", fg="red", err=True)
                sys.exit(EXIT_TERMINATED if isinstance(exc, Terminated) else EXIT_INTERRUPTED)
            if isinstance(exc, BrokenPipeError):
                _quiet_broken_pipe()
            if debug:
                return False
            click.secho(
                f"fel: oväntat fel ({type(exc).__name__}: {exc}); kör med --debug för detaljer", fg="red", err=True
            )
            sys.exit(EXIT_INPUT)

    return Guard()


class _Swedish:
    """Swedish metavars and help option (click's messages come from :mod:`generator.click_sv`)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("options_metavar", click_sv.OPTIONS_METAVAR)
        super().__init__(*args, **kwargs)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)  # type: ignore[misc]
        except click.UsageError as exc:
            if exc.ctx is None:  # click's parser leaves it out; the one-line error names the command's help
                exc.ctx = ctx
            raise

    def get_help_option(self, ctx: click.Context):
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = "Visa den här hjälpen och avsluta."
        return option


class SwedishCommand(_Swedish, click.Command):
    pass


class SwedishGroup(_Swedish, click.Group):
    command_class = SwedishCommand

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("subcommand_metavar", click_sv.SUBCOMMAND_METAVAR)
        super().__init__(*args, **kwargs)

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        """click's own main, but every error is one line ``fel: …`` and a closed pipe is quiet."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except click.exceptions.NoArgsIsHelpError as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            click.secho(click_sv.one_line(exc), fg="red", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            from generator.processes import end_workers

            end_workers()
            click.secho("avbrutet", fg="red", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            _quiet_broken_pipe()
        sys.exit(code if isinstance(code, int) else EXIT_OK)


def _quiet_broken_pipe() -> None:
    """The reader of our output went away (``plangen explain … | head -1``): stop without a word."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # the interpreter's final flush would fail again
    except (OSError, ValueError):
        pass
    sys.exit(EXIT_BROKEN_PIPE)


@click.group("plangen", cls=SwedishGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="plangen", help="Visa versionen och avsluta.")
@click.option("--debug", is_flag=True, help="Visa Python-spårning vid oväntade fel.")
@click.option("-q", "--quiet", is_flag=True, help="Skriv bara ut fel.")
@click.option("-v", "--verbose", is_flag=True, help="Skriv ut mer om vad som görs.")
@click.pass_context
def main(ctx: click.Context, debug: bool, quiet: bool, verbose: bool) -> None:
    """plangen – verksamhetsplan, budget och slutrapport ur Excel-arbetsböcker.

    Varje summa, andel, antal och median räknas om ur raderna; summor som står
    i arbetsböckerna jämförs bara och ger varningar.
    """
    from generator.processes import handle_signals

    handle_signals()
    ctx.obj = {"debug": debug, "reporter": Reporter(quiet, verbose)}


@main.command()
@click.argument("sets", nargs=-1, metavar="[MÄNGD]...")
@out_option("Mapp som dokumenten skrivs till (en undermapp per indatamängd).")
@click.option("--force", is_flag=True, help="Bygg om alla dokument även om inget har ändrats.")
@click.option("--pdf", is_flag=True, help="Skriv också PDF (PDF/A) genom LibreOffice, om det är installerat.")
@inputs_option
@verbosity
@click.pass_context
def build(ctx: click.Context, sets: tuple[str, ...], out_dir: Path, force: bool, pdf: bool, inputs_root: Path) -> None:
    """Bygg dokumenten för indatamängderna MÄNGD … (standard: alla under inputs/)."""
    reporter = _reporter(ctx)
    with _guard(ctx.obj["debug"]):
        from generator.build import build_sets
        from generator.progress import BuildProgress

        failed = False
        chosen = _sets(sets, inputs_root)
        _refuse_output_among_inputs(out_dir, chosen, inputs_root)
        bar = BuildProgress(sum(len(s.documents) for s in chosen), enabled=not reporter.quiet)

        def progress(message: str) -> None:
            reporter.detail(message)
            bar.step(message)

        try:
            results = build_sets(
                chosen,
                out_dir,
                force=force,
                pdf=pdf,
                progress=progress,
                finished=lambda done: bar.step(done.name, advance=len(done.documents)),
            )
        finally:
            bar.close()
        for input_set, result in zip(chosen, results, strict=False):
            reporter.problems(input_set.name, result.problems)
            if result.failed:
                failed = True
                click.secho(f"{input_set.name}: inga dokument skrevs på grund av fel", fg="red", err=True)
                continue
            for doc in result.documents:
                if not doc.rebuilt:
                    reporter.info(f"{input_set.name}: {doc.document}.docx oförändrad, hoppades över")
            for path in result.written:
                reporter.info(f"{input_set.name}: skrev {path}", fg="green")
            for path in result.removed:
                reporter.info(
                    f"{input_set.name}: tog bort {path} (gjord ur den tidigare {path.stem}.docx; "
                    "kör build --pdf för en ny)",
                    fg="yellow",
                )
            for doc in result.documents:
                if not doc.rebuilt or doc.first_build:
                    continue
                if not doc.changes:
                    reporter.info(f"  {doc.document}.docx: inga siffror ändrade")
                for change in doc.changes:
                    reporter.info(f"  {doc.document}.docx: {change}")
        ctx.exit(EXIT_INPUT if failed else EXIT_OK)


@main.command()
@click.argument("sets", nargs=-1, metavar="[MÄNGD]...")
@inputs_option
@verbosity
@click.pass_context
def check(ctx: click.Context, sets: tuple[str, ...], inputs_root: Path) -> None:
    """Läs och kontrollera indata; rapportera alla fel och varningar med fil › blad › cell."""
    reporter = _reporter(ctx)
    with _guard(ctx.obj["debug"]):
        from generator.build import check_set

        failed = False
        for input_set in _sets(sets, inputs_root):
            result = check_set(input_set)
            reporter.problems(input_set.name, result.problems)
            errors, warnings = len(result.problems.errors), len(result.problems.warnings)
            failed |= result.failed
            reporter.info(
                summary_line(input_set.name, errors, warnings),
                fg="red" if errors else ("yellow" if warnings else "green"),
            )
        ctx.exit(EXIT_INPUT if failed else EXIT_OK)


@main.command("new-year")
@click.argument("set_name", metavar="MÄNGD")
@click.option("--to", "target", metavar="NAMN", help="Namn på den nya mängden (standard: perioden flyttad ett år).")
@click.option(
    "--folkmangd",
    "population_file",
    metavar="FIL",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Folkmängd från SCB eller Kolada (CSV eller xlsx) som fyller i medlemmarnas invånare.",
)
@inputs_option
@verbosity
@click.pass_context
def new_year(
    ctx: click.Context, set_name: str, target: str | None, population_file: Path | None, inputs_root: Path
) -> None:
    """Gör ett utkast för nästa period som en ny mängd bredvid MÄNGD (MÄNGD ändras inte)."""
    reporter = _reporter(ctx)
    with _guard(ctx.obj["debug"]):
        from generator.workflows.new_year import REVIEW_FILE, NewYearRefused
        from generator.workflows.new_year import new_year as draft_new_year

        (input_set,) = _sets((set_name,), inputs_root)
        try:
            path, draft = draft_new_year(input_set.folder, target, population_file)
        except NewYearRefused as exc:
            reporter.problems(input_set.name, exc.problems)
            click.secho(f"fel: {input_set.name}: {exc}", fg="red", err=True)
            ctx.exit(EXIT_INPUT)
        reporter.info(f"skrev {path} (period {draft.period})", fg="green")
        reporter.info("Att granska:")
        for item in draft.review:
            reporter.info(f"  – {item}")
        reporter.info(f"Listan finns också i {path / REVIEW_FILE}; kryssa av punkterna där.")
        ctx.exit(EXIT_OK)


@main.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path), metavar="MAPP")
@click.option(
    "--kind",
    type=click.Choice(["verksamhetsplan", "slutrapport"]),
    default="verksamhetsplan",
    show_default=True,
    help="Vilka dokument mängden ska ge.",
)
@verbosity
@click.pass_context
def init(ctx: click.Context, folder: Path, kind: str) -> None:
    """Skapa en ny, tom indatamängd i MAPP med arbetsböcker att fylla i."""
    reporter = _reporter(ctx)
    with _guard(ctx.obj["debug"]):
        from generator.workflows.init import InitRefused, init_set

        try:
            written = init_set(folder, kind)
        except InitRefused as exc:
            click.secho(f"fel: {exc}", fg="red", err=True)
            ctx.exit(EXIT_INPUT)
        for path in written:
            reporter.info(f"skrev {path}", fg="green")
        reporter.info(
            f"Fyll i arbetsböckerna (bladet Instruktioner förklarar varje kolumn) och kör sedan plangen check {folder}"
        )
        ctx.exit(EXIT_OK)


@main.command()
@click.argument("old", type=click.Path(exists=True, file_okay=False, path_type=Path), metavar="GAMMAL")
@click.argument("new", type=click.Path(exists=True, file_okay=False, path_type=Path), metavar="NY")
@verbosity
@click.pass_context
def diff(ctx: click.Context, old: Path, new: Path) -> None:
    """Visa vilka siffror som skiljer mellan två utdatamappar GAMMAL och NY (status 1 om några skiljer)."""
    reporter = _reporter(ctx)
    with _guard(ctx.obj["debug"]):
        from generator.explain import diff_folders
        from generator.figures_file import BadSidecar

        try:
            report = diff_folders(old, new)
        except BadSidecar as exc:  # trouble, like diff(1)'s status 2
            click.secho(f"fel: {exc}", fg="red", err=True)
            ctx.exit(EXIT_USAGE)
        if not report:
            raise click.UsageError("inga byggda dokument (*.figures.json) hittades i mapparna")
        changed = 0
        for document, changes in report:
            if isinstance(changes, str):
                reporter.info(f"{document}: {changes}")
                changed += 1
                continue
            for change in changes:
                reporter.info(f"{document}: {change}")
                changed += 1
        if not changed:
            reporter.info("inga siffror skiljer")
        ctx.exit(EXIT_DIFFERENT if changed else EXIT_OK)


@main.command()
@click.argument("set_name", metavar="MÄNGD")
@click.argument("figure", metavar="SIFFRA")
@inputs_option
@verbosity
@click.pass_context
def explain(ctx: click.Context, set_name: str, figure: str, inputs_root: Path) -> None:
    """Visa hur SIFFRA beräknas och ur vilka celler (sök på en del av namnet)."""
    reporter = _reporter(ctx)
    with _guard(ctx.obj["debug"]):
        from generator.explain import ExplainFailed, explain_figures

        (input_set,) = _sets((set_name,), inputs_root)
        try:
            found = explain_figures(input_set, figure)
        except ExplainFailed as exc:
            reporter.problems(input_set.name, exc.problems)
            ctx.exit(EXIT_INPUT)
        if not found:
            click.secho(f"fel: ingen siffra i {input_set.name} heter något med ”{figure}”", fg="red", err=True)
            ctx.exit(EXIT_INPUT)
        for document, label, data in found:
            click.echo(f"{document}.docx: {label} = {data['text']}")
            if data.get("rule"):
                click.echo(f"  regel: {data['rule']}")
            for source in data.get("sources", []):
                click.echo(f"  källa: {source}")
        ctx.exit(EXIT_OK)


@main.command("årsmöte")
@click.argument("set_name", metavar="MÄNGD")
@out_option("Mapp som dokumenten och handlingarna skrivs till (i mängdens undermapp).")
@inputs_option
@verbosity
@click.pass_context
def annual_meeting(ctx: click.Context, set_name: str, out_dir: Path, inputs_root: Path) -> None:
    """Bygg MÄNGD och skriv årsmötets handlingar (verksamhetsberättelse, budget och
    verksamhetsplan) som ett dokument och en PDF med en innehållsförteckning."""
    reporter = _reporter(ctx)
    with _guard(ctx.obj["debug"]):
        from generator.build import build_set
        from generator.workflows.annual_meeting import NoPapers, write_papers

        (input_set,) = _sets((set_name,), inputs_root)
        _refuse_output_among_inputs(out_dir, [input_set], inputs_root)
        result = build_set(input_set, out_dir, progress=reporter.detail)
        reporter.problems(input_set.name, result.problems)
        if result.failed:
            click.secho(f"{input_set.name}: inga dokument skrevs på grund av fel", fg="red", err=True)
            ctx.exit(EXIT_INPUT)
        for path in result.written:
            reporter.info(f"{input_set.name}: skrev {path}", fg="green")
        try:
            papers = write_papers(input_set, out_dir)
        except NoPapers as exc:
            click.secho(f"fel: {input_set.name}: {exc}", fg="red", err=True)
            ctx.exit(EXIT_INPUT)
        for line in papers.missing:
            reporter.info(f"{input_set.name}: handlingarna har {line}", fg="yellow")
        reporter.problems(input_set.name, papers.problems)
        reporter.info(f"{input_set.name}: handlingarna: {'; '.join(papers.parts)}")
        for path in papers.written:
            reporter.info(f"{input_set.name}: skrev {path}", fg="green")
        ctx.exit(EXIT_OK)


@main.command("katalog")
@click.argument("set_name", metavar="MÄNGD")
@out_option("Mapp som katalog.docx skrivs till (i mängdens undermapp).")
@inputs_option
@verbosity
@click.pass_context
def catalogue(ctx: click.Context, set_name: str, out_dir: Path, inputs_root: Path) -> None:
    """Lista alla block och siffror som MÄNGD:s dokument kan placera, med värde och källa,
    och skriv listan till katalog.docx."""
    reporter = _reporter(ctx)
    with _guard(ctx.obj["debug"]):
        from generator.catalogue import CatalogueFailed, catalogue_document, rows, set_catalogues
        from generator.output import write_all_atomically

        (input_set,) = _sets((set_name,), inputs_root)
        _refuse_output_among_inputs(out_dir, [input_set], inputs_root)
        try:
            catalogues = set_catalogues(input_set)
        except CatalogueFailed as exc:
            reporter.problems(input_set.name, exc.problems)
            ctx.exit(EXIT_INPUT)
        for document, entries in catalogues:
            click.echo(f"{document}.docx")
            for row in rows(entries):
                line = f"  [[{row.name}]]  {row.kind}: {row.value}"
                click.echo(line if not reporter.verbose else f"{line}\n      {row.description}; {row.source}")
        target = out_dir / input_set.name / "katalog.docx"
        write_all_atomically({target: catalogue_document(input_set, catalogues)})
        reporter.info(f"{input_set.name}: skrev {target}")
        ctx.exit(EXIT_OK)


if __name__ == "__main__":  # pragma: no cover
    main()
