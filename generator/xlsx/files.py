"""Find a set's workbooks as users save them, and say what a path is when it is not a file.

A user may save ``budget.xlsx`` as ``Budget.xlsx``, ``budget.XLSX``,
``budget.xlsm``, or in another program's format (``budget.ods``,
``budget.xls``).  Every such file is found here, so that it is either read or
refused with a message – never silently left out.  Nothing here opens a file:
a named pipe or a link to a device named like a workbook is told apart with
:func:`os.stat` alone.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path

#: Suffixes read as Office Open XML workbooks (matched without regard to case).
READ_SUFFIXES = (".xlsx", ".xlsm")
#: Other spreadsheet formats: found, so they are refused by name rather than ignored.
REFUSED_SUFFIXES = (".xls", ".ods", ".xlsb", ".fods", ".numbers", ".csv")
SPREADSHEET_SUFFIXES = READ_SUFFIXES + REFUSED_SUFFIXES
#: Prefixes of the lock files Excel (``~$``) and LibreOffice (``.~lock.``) keep beside an open workbook.
LOCK_PREFIXES = ("~$", ".~lock.")


def name_key(name: str) -> str:
    """How two file names are compared: Unicode NFC, case ignored."""
    return unicodedata.normalize("NFC", name).casefold()


def is_lock_file(name: str) -> bool:
    return name.startswith(LOCK_PREFIXES)


def _entries(folder: Path) -> list[Path]:
    """The folder's entries whose names end like a spreadsheet (lock files left out), by name."""
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    return [
        folder / name
        for name in names
        if not is_lock_file(name) and name_key(os.path.splitext(name)[1]) in SPREADSHEET_SUFFIXES
    ]


def candidates(folder: Path, filename: str) -> list[Path]:
    """Every entry of ``folder`` that may be the workbook ``filename``, the one to read first.

    The exact name comes first, then other spellings of the name with a read
    suffix (``.xlsx`` before ``.xlsm``), then the refused formats.
    """
    stem = name_key(os.path.splitext(filename)[0])
    found = [path for path in _entries(folder) if name_key(os.path.splitext(path.name)[0]) == stem]

    def rank(path: Path) -> tuple[int, int, str]:
        suffix = SPREADSHEET_SUFFIXES.index(name_key(os.path.splitext(path.name)[1]))
        return (path.name != filename, suffix, path.name)

    return sorted(found, key=rank)


def find_workbook(folder: Path, filename: str) -> Path | None:
    """The file a set holds for the contract's workbook ``filename``, in whatever case and format it was saved."""
    found = candidates(folder, filename)
    return found[0] if found else None


def spreadsheet_files(folder: Path) -> list[Path]:
    """The regular files of ``folder`` named like spreadsheets (links followed; pipes, devices, folders left out)."""
    return [path for path in _entries(folder) if not_a_file(path) is None]


def has_spreadsheets(folder: Path) -> bool:
    """Whether ``folder`` holds anything named like a spreadsheet (what makes a folder an input set)."""
    return bool(_entries(folder))


def not_a_file(path: Path) -> str | None:
    """``None`` for a regular file (or a link to one); otherwise what the path is, in Swedish, for a message."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if os.path.islink(path):
            return f"namnet är en länk till {os.readlink(path)}, som inte finns eller inte kan läsas"
        return f"filen kan inte läsas ({_os_error(exc)})"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        what = "en mapp"
    elif stat.S_ISFIFO(mode):
        what = "en namngiven rörledning (fifo)"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        what = "en enhetsfil"
    elif stat.S_ISSOCK(mode):
        what = "en socket"
    else:
        what = "ingen vanlig fil"
    if os.path.islink(path):
        return (
            f"namnet är en länk till {os.readlink(path)}, som är {what}, inte en Excel-arbetsbok; "
            "ersätt länken med arbetsboken"
        )
    return f"namnet hör till {what}, inte en Excel-arbetsbok; ersätt den med arbetsboken"


def _os_error(exc: OSError) -> str:
    import errno

    known = {
        errno.ENOENT: "den finns inte",
        errno.EACCES: "behörighet saknas",
        errno.EPERM: "behörighet saknas",
        errno.ELOOP: "länkarna pekar på varandra i en slinga",
        errno.EISDIR: "det är en mapp",
    }
    return known.get(exc.errno or 0, exc.strerror or type(exc).__name__)


def lock_file_of(path: Path) -> tuple[Path, str] | None:
    """The lock file that says ``path`` is open in a program, and that program's name, if there is one."""
    name = path.name
    for lock, program in ((f"~${name}", "Excel"), (f".~lock.{name}#", "LibreOffice")):
        candidate = path.parent / lock
        if os.path.lexists(candidate):
            return candidate, program
    return None
