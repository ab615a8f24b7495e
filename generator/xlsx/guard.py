"""Refuse files that are not workbooks, or that would expand beyond reason, before openpyxl sees them."""

from __future__ import annotations

import zipfile
from pathlib import Path

#: Largest total uncompressed size accepted for one workbook.  A real input is a few MB.
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
#: Largest compression ratio accepted for one zip entry (zip bombs reach thousands).
MAX_RATIO = 200


class NotAWorkbook(Exception):
    """The file cannot be read as an .xlsx workbook; the message is Swedish."""


def inspect_workbook_file(path: Path) -> None:
    """Raise :class:`NotAWorkbook` unless ``path`` looks like a sane .xlsx package."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise NotAWorkbook(f"kan inte läsa filen ({exc.strerror})") from exc
    if size == 0:
        raise NotAWorkbook("filen är tom; väntade en Excel-arbetsbok (.xlsx)")
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise NotAWorkbook(
            "filen är lösenordsskyddad eller i det gamla .xls-formatet; spara den som .xlsx utan lösenord"
        )
    if not zipfile.is_zipfile(path):
        raise NotAWorkbook("filen är inte en Excel-arbetsbok (.xlsx); den kan vara trasig eller av annat slag")
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            total = 0
            for info in archive.infolist():
                total += info.file_size
                ratio = info.file_size / max(info.compress_size, 1)
                if total > MAX_UNCOMPRESSED_BYTES or (info.file_size > 10_000_000 and ratio > MAX_RATIO):
                    raise NotAWorkbook("filen packas upp till orimligt stor storlek (möjlig zip-bomb); den läses inte")
    except zipfile.BadZipFile as exc:
        raise NotAWorkbook("filen är en trasig zip-fil; väntade en Excel-arbetsbok (.xlsx)") from exc
    if "xl/workbook.xml" not in names:
        if "word/document.xml" in names:
            raise NotAWorkbook("filen är ett Word-dokument, inte en Excel-arbetsbok (.xlsx)")
        raise NotAWorkbook("filen är en zip-fil men ingen Excel-arbetsbok (.xlsx)")
