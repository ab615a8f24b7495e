"""click's own texts – usage, help headings, defaults, parser errors – in Swedish.

click translates its messages with ``gettext`` bound as ``_`` (and ``ngettext``) in each of its
modules; :func:`install` puts this catalogue in their place, so every message click builds comes
out Swedish whatever the user's locale.  Errors are then printed as one line starting ``fel:``
(:func:`one_line`).  Only click is imported: ``plangen --help`` stays instant.
"""

from __future__ import annotations

import re
import sys

import click

#: click's message → Swedish.  ``{name!r}`` placeholders become ``”{name}”`` (the quotes Swedish uses).
CATALOGUE: dict[str, str] = {
    # help and usage
    "Usage:": "Användning:",
    "Options": "Flaggor",
    "Commands": "Kommandon",
    "Positional arguments": "Argument",
    "Show this message and exit.": "Visa den här hjälpen och avsluta.",
    "Show the version and exit.": "Visa versionen och avsluta.",
    "%(prog)s, version %(version)s": "%(prog)s, version %(version)s",
    "default: {default}": "standard: {default}",
    "env var: {var}": "miljövariabel: {var}",
    "required": "krävs",
    "(dynamic)": "(beräknas)",
    "deprecated": "föråldrad",
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}": (
        "varning: kommandot ”{name}” är föråldrat.{extra_message}"
    ),
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}": (
        "varning: {param_type} ”{name}” är föråldrad.{extra_message}"
    ),
    "Do you want to continue?": "Vill du fortsätta?",
    "Confirm the action without prompting.": "Bekräfta utan att fråga.",
    "Aborted!": "avbrutet",
    # errors
    "Error: {message}": "fel: {message}",
    "Try '{command} {option}' for help.": "Se ”{command} {option}”.",
    "Missing command.": "kommando saknas",
    "No such command {name!r}.": "okänt kommando ”{name}”",
    "No such option {name!r}.": "okänd flagga ”{name}”",
    "Missing argument": "saknar argumentet",
    "Missing option": "saknar flaggan",
    "Missing parameter": "saknar parametern",
    "Missing {param_type}": "saknar {param_type}",
    "Missing parameter: {param_name}": "saknar parametern {param_name}",
    "Invalid value for {param_hint}: {message}": "ogiltigt värde för {param_hint}: {message}",
    "Invalid value: {message}": "ogiltigt värde: {message}",
    "unknown error": "okänt fel",
    "Could not open file {filename!r}: {message}": "kan inte öppna filen ”{filename}”: {message}",
    "Value must be an iterable.": "värdet måste vara en följd av värden",
    "Invalid start character for option ({option})": "ogiltigt första tecken i flaggan ({option})",
    "Option {name!r} does not take a value.": "flaggan ”{name}” tar inget värde",
    "Argument {name!r} takes {nargs} values.": "argumentet ”{name}” tar {nargs} värden",
    "Choose from:\n\t{choices}": "välj bland: {choices}",
    "Choice({choices})": "Choice({choices})",
    "{value} is not in the range {range}.": "{value} ligger utanför {range}",
    "{value!r} is not a valid boolean. Recognized values: {states}": (
        "”{value}” är varken sant eller falskt; giltiga värden: {states}"
    ),
    "{value!r} is not a valid {number_type}.": "”{value}” är inget giltigt tal ({number_type})",
    "{value!r} is not a valid UUID.": "”{value}” är inget giltigt UUID",
    "file": "filen",
    "directory": "mappen",
    "path": "sökvägen",
    "{name} {filename!r} does not exist.": "{name} ”{filename}” finns inte",
    "{name} {filename!r} is a file.": "{name} ”{filename}” är en fil",
    "{name} {filename!r} is a directory.": "{name} ”{filename}” är en mapp",
    "{name} {filename!r} is not readable.": "{name} ”{filename}” går inte att läsa",
    "{name} {filename!r} is not writable.": "{name} ”{filename}” går inte att skriva till",
    "{name} {filename!r} is not executable.": "{name} ”{filename}” går inte att köra",
    # prompts (plangen does not prompt, but nothing English should be able to appear)
    "Repeat for confirmation": "Upprepa för att bekräfta",
    "Error: The two entered values do not match.": "fel: de två värdena är olika",
    "Error: invalid input": "fel: ogiltig inmatning",
    "Press any key to continue...": "Tryck på en tangent för att fortsätta …",
}

#: click's (singular, plural) → Swedish (singular, plural).
PLURALS: dict[tuple[str, str], tuple[str, str]] = {
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"): (
        "oväntat argument ({args})",
        "oväntade argument ({args})",
    ),
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"): (
        "(menade du {possibility}?)",
        "(menade du något av {possibilities}?)",
    ),
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."): (
        "flaggan ”{name}” kräver ett värde",
        "flaggan ”{name}” kräver {nargs} värden",
    ),
    ("Takes {nargs} values but 1 was given.", "Takes {nargs} values but {len} were given."): (
        "tar {nargs} värden men fick 1",
        "tar {nargs} värden men fick {len}",
    ),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."): (
        "”{value}” är inte {choice}",
        "”{value}” är inte något av {choices}",
    ),
    ("{value!r} does not match the format {format}.", "{value!r} does not match the formats {formats}."): (
        "”{value}” har inte formatet {format}",
        "”{value}” har inte något av formaten {formats}",
    ),
    (
        "{len_type} values are required, but {len_value} was given.",
        "{len_type} values are required, but {len_value} were given.",
    ): (
        "{len_type} värden krävs men fick {len_value}",
        "{len_type} värden krävs men fick {len_value}",
    ),
}

#: Metavars click writes itself (not through gettext).
OPTIONS_METAVAR = "[FLAGGOR]"
SUBCOMMAND_METAVAR = "KOMMANDO [ARGUMENT]..."


def gettext(message: str) -> str:
    return CATALOGUE.get(message, message)


def ngettext(singular: str, plural: str, count: int) -> str:
    one, many = PLURALS.get((singular, plural), (singular, plural))
    return one if count == 1 else many


def install() -> None:
    """Put the catalogue in place of gettext in every click module that translates."""
    import gettext as stdlib

    for name, module in list(sys.modules.items()):
        if name == "click" or name.startswith("click."):
            if getattr(module, "_", None) is stdlib.gettext:
                module._ = gettext  # type: ignore[attr-defined]
            if getattr(module, "ngettext", None) is stdlib.ngettext:
                module.ngettext = ngettext  # type: ignore[attr-defined]


_QUOTED = re.compile(r"'([^'\n]*)'")


def one_line(exc: click.ClickException) -> str:
    """``fel: …`` on one line; a usage error names the help to read (``se ”plangen build --help”``)."""
    text = exc.format_message()
    text = _QUOTED.sub(lambda m: f"”{m.group(1)}”", text)  # click quotes names with repr()
    text = re.sub(r"[ \t]*\n\s*", " ", text).strip().removesuffix(".")
    if isinstance(exc, click.UsageError) and exc.ctx is not None:
        help_names = exc.ctx.command.get_help_option_names(exc.ctx)
        if help_names:
            text += f" (se ”{exc.ctx.command_path} {max(help_names, key=len)}”)"
    return f"fel: {text}"
