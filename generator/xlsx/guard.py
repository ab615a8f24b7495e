"""Refuse files that are not workbooks, or that would expand beyond reason, before openpyxl sees them.

Every refusal is a :class:`NotAWorkbook` whose message is one Swedish sentence
that says what the file is instead and, where there is one, what to do.  The
checks read only the start of the file, the zip directory (declared sizes) and
the first bytes of each XML part, so a hostile file is refused quickly and in
bounded memory.
"""

from __future__ import annotations

import os
import re
import stat
import struct
import zipfile
from pathlib import Path

from generator.xlsx.files import not_a_file

#: Largest total uncompressed size accepted for one workbook.  A real input is a few MB.
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
#: Largest compression ratio accepted for one large zip entry (zip bombs reach thousands).
MAX_RATIO = 200
#: Entries larger than this are checked against :data:`MAX_RATIO`.
RATIO_CHECKED_FROM = 10_000_000
#: How much of each XML part is searched for a DTD before its root element.
PROLOG_BYTES = 64 * 1024

CFB_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
XML_SUFFIXES = (".xml", ".rels", ".vml")

FORBIDDEN_XML = "filen innehåller otillåtna XML-konstruktioner (DTD/entiteter) och läses inte"
NOT_A_WORKBOOK = "filen är inte en Excel-arbetsbok (.xlsx); den kan vara trasig eller av annat slag"
TRUNCATED_ZIP = (
    "filen är ofullständig (slutet av zip-arkivet saknas, t.ex. efter en avbruten kopiering eller nedladdning); "
    "väntade en Excel-arbetsbok (.xlsx)"
)
STRICT = (
    "filen är sparad som Strikt Open XML-kalkylblad, som plangen inte läser; öppna den i Excel och välj "
    "Spara som › Excel-arbetsbok (.xlsx)"
)
#: The main namespace of a workbook saved as Strict Open XML (ISO/IEC 29500 Strict).
STRICT_NAMESPACE = b"http://purl.oclc.org/ooxml/spreadsheetml/main"
CSV = "filen är en textfil (CSV), inte en Excel-arbetsbok; öppna den i Excel och spara den som Excel-arbetsbok (.xlsx)"
DAMAGED_ZIP = "filen är skadad (zip-arkivet kan inte packas upp); väntade en Excel-arbetsbok (.xlsx)"


class NotAWorkbook(Exception):
    """The file cannot be read as an .xlsx workbook; the message is Swedish."""


def inspect_workbook_file(path: Path) -> None:
    """Raise :class:`NotAWorkbook` unless ``path`` looks like a sane .xlsx package.

    A folder, a named pipe, a device or a link to one is refused from
    :func:`os.stat` alone, before anything is opened (opening a pipe would wait
    for a writer, reading ``/dev/zero`` would never end).
    """
    if (what := not_a_file(path)) is not None:
        raise NotAWorkbook(what)
    try:
        size, head = _head(path)
    except OSError as exc:
        raise NotAWorkbook(f"filen kan inte läsas ({exc.strerror})") from exc
    if size == 0:
        raise NotAWorkbook("filen är tom; väntade en Excel-arbetsbok (.xlsx)")
    if head.startswith(CFB_SIGNATURE):
        raise NotAWorkbook(_compound_file_message(path))
    if head.startswith(b"%PDF"):
        raise NotAWorkbook("filen är en PDF, inte en Excel-arbetsbok (.xlsx)")
    if not zipfile.is_zipfile(path):
        if head.startswith(b"PK\x03\x04"):
            raise NotAWorkbook(TRUNCATED_ZIP)
        raise NotAWorkbook(CSV if path.suffix.casefold() == ".csv" else NOT_A_WORKBOOK)
    try:
        with zipfile.ZipFile(path) as archive:
            _refuse_bombs(archive, size)
            _refuse_other_kinds(archive)
            for info in archive.infolist():
                if info.filename.lower().endswith(XML_SUFFIXES) and _has_dtd(archive, info):
                    raise NotAWorkbook(FORBIDDEN_XML)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError) as exc:
        raise NotAWorkbook(DAMAGED_ZIP) from exc
    except RuntimeError as exc:  # an encrypted zip entry
        raise NotAWorkbook("filen är ett lösenordsskyddat zip-arkiv, inte en Excel-arbetsbok (.xlsx)") from exc


def _head(path: Path) -> tuple[int, bytes]:
    """The size and first bytes of a regular file, opened so that it can never block."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):  # replaced since it was looked at
            raise NotAWorkbook("namnet hör inte till en vanlig fil, utan har bytts ut medan plangen läste")
        return status.st_size, os.read(descriptor, 8)
    finally:
        os.close(descriptor)


def _size(count: int) -> str:
    """``1073741824`` → ``1,0 GB``; ``2048`` → ``2 kB`` (Swedish decimal comma)."""
    if count >= 1 << 30:
        return f"{count / (1 << 30):.1f} GB".replace(".", ",")
    if count >= 1 << 20:
        return f"{count // (1 << 20)} MB"
    return f"{max(1, count // 1024)} kB"


def _refuse_bombs(archive: zipfile.ZipFile, packed: int) -> None:
    """Refuse a package whose declared sizes are beyond reason (zipfile never reads past them)."""
    infos = archive.infolist()
    total = sum(info.file_size for info in infos)
    bomb = total > MAX_UNCOMPRESSED_BYTES or any(
        info.file_size > RATIO_CHECKED_FROM and info.file_size / max(info.compress_size, 1) > MAX_RATIO
        for info in infos
    )
    if bomb:
        raise NotAWorkbook(
            f"filen blir orimligt stor när den packas upp ({_size(total)} ur {_size(packed)}; möjlig zip-bomb) "
            "och läses inte"
        )


def _refuse_other_kinds(archive: zipfile.ZipFile) -> None:
    names = set(archive.namelist())
    if "xl/workbook.xml" in names:
        with archive.open("xl/workbook.xml") as part:
            if STRICT_NAMESPACE in part.read(PROLOG_BYTES):
                raise NotAWorkbook(STRICT)
        return
    if "xl/workbook.bin" in names:
        raise NotAWorkbook("filen är en binär Excel-arbetsbok (.xlsb); spara den som Excel-arbetsbok (.xlsx)")
    if "word/document.xml" in names:
        raise NotAWorkbook("filen är ett Word-dokument, inte en Excel-arbetsbok (.xlsx)")
    if "ppt/presentation.xml" in names:
        raise NotAWorkbook("filen är en PowerPoint-presentation, inte en Excel-arbetsbok (.xlsx)")
    if "mimetype" in names:
        kind = archive.read("mimetype")[:100]
        if kind.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
            raise NotAWorkbook(
                "filen är ett OpenDocument-kalkylark (.ods), inte en Excel-arbetsbok (.xlsx); "
                "spara den som Excel-arbetsbok (.xlsx)"
            )
        if kind.startswith(b"application/vnd.oasis.opendocument"):
            raise NotAWorkbook("filen är ett OpenDocument-dokument, inte en Excel-arbetsbok (.xlsx)")
    if any(name.startswith("Index/") for name in names):  # Apple Numbers keeps its document in Index/*.iwa
        raise NotAWorkbook(
            "filen är ett Numbers-kalkylark, inte en Excel-arbetsbok (.xlsx); exportera den i Numbers till "
            "Excel (.xlsx)"
        )
    raise NotAWorkbook("filen är en zip-fil men ingen Excel-arbetsbok (.xlsx)")


def _decode_head(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace")
    if head.startswith(b"<\x00"):
        return head.decode("utf-16-le", errors="replace")
    if head.startswith(b"\x00<"):
        return head.decode("utf-16-be", errors="replace")
    return head.decode("utf-8", errors="replace")


def _has_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whether the part declares a DTD (the door to external entities and entity bombs) before its root.

    Office never writes one.  A DTD further in than :data:`PROLOG_BYTES` is
    still refused by defusedxml when openpyxl parses the part.
    """
    with archive.open(info) as handle:
        text = _decode_head(handle.read(PROLOG_BYTES))
    root = re.search(r"<[^?!]", text)
    prolog = text[: root.start()] if root else text
    return "<!DOCTYPE" in prolog or "<!ENTITY" in prolog


# --- OLE compound files (.xls, encrypted .xlsx, .doc) -----------------------------------------------------------

_END_OF_CHAIN = 0xFFFFFFFA  # values from here up are markers, not sector numbers
_MAX_DIRECTORY_SECTORS = 1024


def _compound_file_message(path: Path) -> str:
    names = _compound_file_streams(path)
    if "EncryptedPackage" in names or "EncryptionInfo" in names:
        return (
            "filen är lösenordsskyddad (krypterad) och kan inte läsas; öppna den i Excel, ta bort lösenordet "
            "och spara den igen"
        )
    if "Workbook" in names or "Book" in names:
        return "filen är i det gamla Excel-formatet (.xls); öppna den i Excel och spara den som Excel-arbetsbok (.xlsx)"
    if "WordDocument" in names:
        return "filen är ett Word-dokument i det gamla formatet (.doc), inte en Excel-arbetsbok (.xlsx)"
    return "filen är lösenordsskyddad eller i det gamla .xls-formatet; spara den som .xlsx utan lösenord"


def _compound_file_streams(path: Path) -> set[str]:
    """Names in the directory of an OLE compound file (empty if it cannot be followed)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(512)
            (shift,) = struct.unpack_from("<H", header, 30)
            if shift not in (9, 12):
                return set()
            sector = 1 << shift
            fat_count, first_directory = struct.unpack_from("<II", header, 44)
            fat_sectors = [s for s in struct.unpack_from("<109I", header, 76)[:fat_count] if s < _END_OF_CHAIN]

            def read_sector(number: int) -> bytes:
                handle.seek((number + 1) * sector)
                return handle.read(sector)

            fat: list[int] = []
            for number in fat_sectors:
                data = read_sector(number)
                fat.extend(struct.unpack(f"<{len(data) // 4}I", data[: len(data) // 4 * 4]))
            names: set[str] = set()
            current, seen = first_directory, set()
            while current < _END_OF_CHAIN and current not in seen and len(seen) < _MAX_DIRECTORY_SECTORS:
                seen.add(current)
                data = read_sector(current)
                for offset in range(0, len(data) - 127, 128):
                    length, kind = struct.unpack_from("<HB", data, offset + 64)
                    if kind in (1, 2) and 2 <= length <= 64:
                        names.add(data[offset : offset + length - 2].decode("utf-16-le", errors="replace"))
                current = fat[current] if current < len(fat) else _END_OF_CHAIN
            return names
    except (OSError, struct.error):
        return set()
