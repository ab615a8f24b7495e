"""Write the corpus of bad inputs: one small file per case in ``tests/corpus/files/``.

Run:  .venv/bin/python -m tests.corpus.make_corpus  (from the project root)

Every file is written from scratch here with openpyxl, zipfile and the standard
library only – not from the example sets and not through plangen's own writer –
so the corpus stays the same when those change.  The output is byte-for-byte
identical between runs (fixed core properties, zip timestamps and entry order);
``tests/test_corpus.py`` checks that the committed files are what this script
writes.

Files too large to commit (100 000 formatted blank rows, a zip bomb) are made
at test time by :func:`blank_tail` and :func:`write_zip_bomb`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

FILES = Path(__file__).resolve().parent / "files"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FIXED_TIME = dt.datetime(2000, 1, 1)
SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

BUDGET_HEADERS = ("År", "Del", "Grupp", "Post", "Belopp", "Kommentar", "Status")
BUDGET_ROWS = (
    (2009, "Utgifter", "Kansli", "Lön och sociala avgifter", 520000, None, None),
    (2009, "Utgifter", "Kansli", "Lokaler", 60000, None, None),
    (2009, "Utgifter", "Projekt", "Resor och konferenser", 40000, None, None),
    (2009, "Inkomster", None, "Medlemsavgifter", 580000, None, None),
    (2009, "Inkomster", None, "Bidrag från Energimyndigheten", 40000, None, "beslutat"),
)
MEMBER_HEADERS = ("Kommun", "Invånare", "Status", "Kommentar")
MEMBER_ROWS = (
    ("Falköping", 31000, "Medlem", None),
    ("Lidköping", 38000, "Medlem", None),
    ("Skövde", 52000, "Ny", None),
    ("Mariestad", 24000, "Avböjt", None),
)
FEE_ROWS = (("Fast avgift", 3000), ("Per invånare", 0.2), ("Tak invånare", 150000), ("År", 2009))


# --- packaging -----------------------------------------------------------------------------------------------


def normalise_zip(data: bytes) -> bytes:
    """The same package with fixed entry times and attributes (entry order kept)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2000-01-01T00:00:00Z\g<2>", content
                )
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            target.writestr(info, content, compresslevel=6)
    return out.getvalue()


def zip_of(parts: dict[str, bytes | str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, content in parts.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            target.writestr(info, content.encode() if isinstance(content, str) else content)
    return out.getvalue()


def save(book: Workbook) -> bytes:
    book.properties.creator = "plangen corpus"
    book.properties.created = FIXED_TIME
    out = io.BytesIO()
    book.save(out)
    return normalise_zip(out.getvalue())


def edit_part(data: bytes, part: str, change: Callable[[bytes], bytes | None]) -> bytes:
    """The package with ``part`` replaced by ``change(content)`` (removed when it returns None)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    parts: dict[str, bytes | str] = {}
    for name in source.namelist():
        content = source.read(name)
        if name == part:
            content = change(content)
            if content is None:
                continue
        parts[name] = content
    return zip_of(parts)


# --- base workbooks ------------------------------------------------------------------------------------------


def _table(ws, headers, rows, first_row: int = 1) -> None:
    bold, fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="1F5C4A")
    for column, header in enumerate(headers, start=1):
        cell = ws.cell(row=first_row, column=column, value=header)
        cell.font, cell.fill = bold, fill
    for offset, row in enumerate(rows, start=first_row + 1):
        for column, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(row=offset, column=column, value=value)


def budget_book(rows=BUDGET_ROWS, headers=BUDGET_HEADERS) -> Workbook:
    book = Workbook()
    ws = book.active
    ws.title = "Budget"
    _table(ws, headers, rows)
    return book


def members_book(rows=MEMBER_ROWS, fee=FEE_ROWS) -> Workbook:
    book = Workbook()
    ws = book.active
    ws.title = "Medlemmar"
    _table(ws, MEMBER_HEADERS, rows)
    fee_sheet = book.create_sheet("Avgift")
    _table(fee_sheet, ("Nyckel", "Värde"), fee)
    return book


def survey_book(questions=None) -> Workbook:
    book = Workbook()
    info = book.active
    info.title = "Uppgifter"
    _table(
        info,
        ("Nyckel", "Värde"),
        (
            ("Titel", "Energilyftet – slutrapport"),
            ("Program", "Energilyftet"),
            ("Period", "2019-2022"),
            ("Myndighet", "Länsstyrelsen i Exempellän"),
            ("Ort", "Umeå"),
            ("Datum", dt.datetime(2022, 12, 15)),
            ("Undertecknare", "Eva Exempelsson"),
        ),
    )
    info["B7"].number_format = "yyyy-mm-dd"
    _table(
        book.create_sheet("Kommuner"),
        ("Kommun", "Kluster", "Pilotlän", "Nestor", "Invånare"),
        (
            ("Umeå", "Norr", "ja", "ja", 130000),
            ("Skellefteå", "Norr", "ja", "nej", 73000),
            ("Lycksele", "Inland", "nej", "nej", 12000),
        ),
    )
    _table(
        book.create_sheet("Frågor"),
        ("Id", "Fråga", "Typ", "Alternativ", "Diagram", "Per kluster"),
        questions
        or (
            ("F01", "Har kommunen en energiplan?", "val", "ja; nej", "stapel", "nej"),
            ("F02", "Hur många anställda arbetar med energi?", "tal", None, "tabell", "nej"),
        ),
    )
    _table(
        book.create_sheet("Svar"),
        ("Kommun", "F01", "F02"),
        (("Umeå", "ja", 4), ("Skellefteå", "nej", 2), ("Lycksele", "ja", 1)),
    )
    return book


def _with(book: Workbook, sheet: str, **cells) -> Workbook:
    for coordinate, value in cells.items():
        book[sheet][coordinate] = value
    return book


def _date_in(book: Workbook, sheet: str, coordinate: str, value: dt.datetime) -> Workbook:
    book[sheet][coordinate] = value
    book[sheet][coordinate].number_format = "yyyy-mm-dd"
    return book


# --- containers that are not workbooks -----------------------------------------------------------------------

DOCX_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>',
    "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    "<w:p><w:r><w:t>Budget 2009 (skriven i Word)</w:t></w:r></w:p></w:body></w:document>",
}

FREESECT, ENDOFCHAIN, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _stream_bytes(seed: str, size: int) -> bytes:
    """Deterministic bytes that look random (stand-in for ciphertext)."""
    out = bytearray()
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(f"{seed}:{counter}".encode()).digest()
        counter += 1
    return bytes(out[:size])


def compound_file(streams: list[tuple[str, bytes]]) -> bytes:
    """A minimal but well-formed OLE compound file (CFB v3, 512-byte sectors) holding ``streams``.

    Every stream is padded to at least 4096 bytes so that all live in regular
    sectors (no mini stream).  Streams must be given in directory order
    (shorter names first, then by upper-case name).
    """
    sector = 512
    streams = [(name, data + bytes(max(0, 4096 - len(data)))) for name, data in streams]
    fat: list[int] = [FATSECT, ENDOFCHAIN]  # sector 0: the FAT, sector 1: the directory
    starts: list[int] = []
    body = b""
    for _, data in streams:
        count = -(-len(data) // sector)
        start = len(fat)
        starts.append(start)
        fat.extend(range(start + 1, start + count))
        fat.append(ENDOFCHAIN)
        body += data + bytes(count * sector - len(data))
    assert len(fat) <= sector // 4, "the corpus's compound files fit one FAT sector"
    fat_sector = b"".join(struct.pack("<I", v) for v in fat) + struct.pack("<I", FREESECT) * (sector // 4 - len(fat))

    def entry(name: str, kind: int, left: int, right: int, child: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le") if name else b""
        return (
            encoded.ljust(64, b"\0")
            + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", left, right, child)
            + bytes(16 + 4 + 16)
            + struct.pack("<IQ", start, size)
        )

    entries = [entry("Root Entry", 5, NOSTREAM, NOSTREAM, 1, ENDOFCHAIN, 0)]
    for index, (name, data) in enumerate(streams, start=1):
        right = index + 1 if index < len(streams) else NOSTREAM
        entries.append(entry(name, 2, NOSTREAM, right, NOSTREAM, starts[index - 1], len(data)))
    while len(entries) % 4:
        entries.append(entry("", 0, NOSTREAM, NOSTREAM, NOSTREAM, 0, 0))
    assert len(entries) == 4, "one directory sector"
    header = (
        bytes.fromhex("D0CF11E0A1B11AE1")
        + bytes(16)
        + struct.pack("<HHHHH", 0x003E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, ENDOFCHAIN, 0, ENDOFCHAIN, 0)
        + struct.pack("<I", 0)
        + struct.pack("<I", FREESECT) * 108
    )
    assert len(header) == 512
    return header + fat_sector + b"".join(entries) + body


ENCRYPTION_INFO = (
    struct.pack("<HHI", 4, 4, 0x40) + b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    b'<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" '
    b'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
    b'<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
    b'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>'
    b"<keyEncryptors><keyEncryptor "
    b'uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password"/></keyEncryptors></encryption>'
)


def encrypted_workbook() -> bytes:
    """How Excel stores a workbook saved with a password: an OLE container with the encrypted package."""
    package = struct.pack("<Q", 8192) + _stream_bytes("EncryptedPackage", 8192)
    return compound_file([("EncryptionInfo", ENCRYPTION_INFO), ("EncryptedPackage", package)])


def old_xls_workbook() -> bytes:
    """An Excel 97-2003 (.xls) file: an OLE container with a Workbook stream (starts with a BIFF8 BOF)."""
    bof = struct.pack("<HHHHHHII", 0x0809, 16, 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 0x06)
    return compound_file([("Workbook", bof)])


# --- hostile XML ---------------------------------------------------------------------------------------------

XXE_DOCTYPE = b'<!DOCTYPE sst [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
LAUGHS_DOCTYPE = (
    b"<!DOCTYPE lolz [\n"
    b'<!ENTITY lol "lol">\n'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'.encode() for i in range(1, 10)
    )
    + b"]>"
)


DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'


def _with_doctype(xml: bytes, doctype: bytes) -> bytes:
    body = xml[xml.index(b"?>") + 2 :].lstrip() if xml.startswith(b"<?xml") else xml
    return DECLARATION + b"\n" + doctype + b"\n" + body


def with_shared_string(data: bytes, cell: str, strings_xml: bytes) -> bytes:
    """The package with a shared-strings part ``strings_xml`` (one string) that ``cell`` of sheet1 refers to.

    openpyxl writes inline strings; Excel writes shared strings, the part the XML attacks below sit in.
    """
    source = zipfile.ZipFile(io.BytesIO(data))
    parts: dict[str, bytes | str] = {name: source.read(name) for name in source.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = re.sub(
        rb'<c r="%s"([^>]*) t="inlineStr"><is><t>[^<]*</t></is></c>' % cell.encode(),
        rb'<c r="%s"\1 t="s"><v>0</v></c>' % cell.encode(),
        sheet,
        count=1,
    )
    assert parts["xl/worksheets/sheet1.xml"] != sheet, cell
    parts["xl/_rels/workbook.xml.rels"] = bytes(parts["xl/_rels/workbook.xml.rels"]).replace(
        b"</Relationships>",
        b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        b'Target="sharedStrings.xml" Id="rId9"/></Relationships>',
    )
    parts["[Content_Types].xml"] = bytes(parts["[Content_Types].xml"]).replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    parts["xl/sharedStrings.xml"] = strings_xml
    return zip_of(parts)


def _strings(doctype: bytes, text: bytes) -> bytes:
    return _with_doctype(
        b'<sst xmlns="%s" count="1" uniqueCount="1"><si><t>%s</t></si></sst>' % (SHEET_NS.encode(), text), doctype
    )


def _xxe_sheet(xml: bytes) -> bytes:
    xml = _with_doctype(xml, XXE_DOCTYPE.replace(b"sst", b"worksheet"))
    changed = re.sub(rb'(<c r="E3".*?</c>)', rb'\1<c r="F3" t="inlineStr"><is><t>&e;</t></is></c>', xml, count=1)
    assert changed != xml
    return changed


def _xxe_workbook(xml: bytes) -> bytes:
    xml = _with_doctype(xml, XXE_DOCTYPE.replace(b"sst", b"workbook"))
    return xml.replace(b'name="Budget"', b'name="&e;"', 1)


def _corrupt_entry(data: bytes, part: str) -> bytes:
    """Flip bytes inside the compressed data of ``part`` (a damaged copy or download)."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(part)
    name_length, extra_length = struct.unpack("<HH", data[info.header_offset + 26 : info.header_offset + 30])
    start = info.header_offset + 30 + name_length + extra_length
    middle = start + info.compress_size // 2
    damaged = bytearray(data)
    for offset in range(middle, middle + 8):
        damaged[offset] ^= 0xFF
    return bytes(damaged)


# --- the cases -----------------------------------------------------------------------------------------------

CASES: dict[str, Callable[[], bytes]] = {}


def case(name: str):
    def register(make: Callable[[], bytes]) -> Callable[[], bytes]:
        CASES[name] = make
        return make

    return register


# Controls: the bases of the cases; a set with them builds.
case("budget-ok.xlsx")(lambda: save(budget_book()))
case("medlemmar-ok.xlsx")(lambda: save(members_book()))
case("slutrapport-ok.xlsx")(lambda: save(survey_book()))


def _formula_with_cached_value(xml: bytes) -> bytes:
    """E3 as Excel saves a formula: the formula and its cached value (openpyxl can write only the formula)."""
    plain = b'<c r="E3" t="n"><v>60000</v></c>'
    assert plain in xml
    return xml.replace(plain, b'<c r="E3"><f>50000+10000</f><v>60000</v></c>')


case("budget-formula-ok.xlsx")(
    lambda: edit_part(save(budget_book()), "xl/worksheets/sheet1.xml", _formula_with_cached_value)
)

# Not an .xlsx at all.
case("word-document.xlsx")(lambda: zip_of(DOCX_PARTS))
case("text-file.xlsx")(lambda: "År;Del;Post;Belopp\n2009;Utgifter;Lokaler;60000\n".encode())
case("empty-file.xlsx")(lambda: b"")
case("truncated-zip.xlsx")(lambda: (lambda data: data[: len(data) // 2])(save(budget_book())))
case("password-protected.xlsx")(encrypted_workbook)
case("old-xls-format.xlsx")(old_xls_workbook)
case("ole-header-only.xlsx")(lambda: bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
case("opendocument.xlsx")(
    lambda: zip_of(
        {
            "mimetype": "application/vnd.oasis.opendocument.spreadsheet",
            "content.xml": '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
        }
    )
)
case("binary-xlsb.xlsx")(
    lambda: zip_of({"[Content_Types].xml": DOCX_PARTS["[Content_Types].xml"], "xl/workbook.bin": b"\x83\x01\x00"})
)

# Damaged packages.
case("corrupt-entry.xlsx")(lambda: _corrupt_entry(save(budget_book()), "xl/worksheets/sheet1.xml"))
case("malformed-sheet-xml.xlsx")(
    lambda: edit_part(save(budget_book()), "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b"</row>", b"</rad>", 2))
)
case("missing-sheet-part.xlsx")(lambda: edit_part(save(budget_book()), "xl/worksheets/sheet1.xml", lambda _: None))

# Sheets and headers.
case("missing-sheet.xlsx")(lambda: save((lambda b: (b.remove(b["Avgift"]), b)[1])(members_book())))
case("missing-column.xlsx")(
    lambda: save(
        budget_book(
            headers=tuple(h for h in BUDGET_HEADERS if h != "Post"),
            rows=tuple(r[:3] + r[4:] for r in BUDGET_ROWS),
        )
    )
)
case("misspelt-column.xlsx")(lambda: save(_with(budget_book(), "Budget", E1="Belop")))
case("merged-header.xlsx")(lambda: save((lambda b: (b["Budget"].merge_cells("D1:E1"), b)[1])(budget_book())))


def _title_above_headers() -> bytes:
    book = Workbook()
    ws = book.active
    ws.title = "Budget"
    ws["A1"] = "Budget 2009 för Klimatkommunerna"
    ws["A1"].font = Font(bold=True, size=14)
    _table(ws, BUDGET_HEADERS, BUDGET_ROWS, first_row=3)
    return save(book)


case("header-on-row-3.xlsx")(_title_above_headers)
case("empty-sheet.xlsx")(lambda: save((lambda b: (b["Budget"].delete_rows(1, 20), b)[1])(budget_book())))


def _empty_fee_sheet() -> bytes:
    book = members_book()
    book.remove(book["Avgift"])
    book.create_sheet("Avgift")
    return save(book)


case("empty-fee-sheet.xlsx")(_empty_fee_sheet)

# Wrong values in number cells (Belopp in E, Invånare in B).
case("text-in-number-cell.xlsx")(lambda: save(_with(budget_book(), "Budget", E3="cirka 60 000 kr")))
case("date-in-number-cell.xlsx")(lambda: save(_date_in(budget_book(), "Budget", "E3", dt.datetime(2009, 3, 1))))
case("boolean-in-number-cell.xlsx")(lambda: save(_with(budget_book(), "Budget", E3=True)))
case("error-in-number-cell.xlsx")(lambda: save(_with(budget_book(), "Budget", E3="#REF!")))
case("formula-without-cached-value.xlsx")(lambda: save(_with(budget_book(), "Budget", E3="=50000+10000")))
case("negative-population.xlsx")(lambda: save(_with(members_book(), "Medlemmar", B3=-38000)))
case("fractional-population.xlsx")(lambda: save(_with(members_book(), "Medlemmar", B3=38000.5)))

case("huge-amount.xlsx")(lambda: save(_with(budget_book(), "Budget", E3=1e30)))
case("invisible-in-number-cell.xlsx")(lambda: save(_with(budget_book(), "Budget", E3="60\u200b000")))


def _formula_with_zero_placeholder(xml: bytes) -> bytes:
    """E3 as xlsxwriter saves a formula: the formula and the placeholder 0 (the workbook asks for fullCalcOnLoad)."""
    plain = b'<c r="E3" t="n"><v>60000</v></c>'
    assert plain in xml
    return xml.replace(plain, b'<c r="E3"><f>50000+10000</f><v>0</v></c>')


case("formula-with-uncalculated-zero.xlsx")(
    lambda: edit_part(save(budget_book()), "xl/worksheets/sheet1.xml", _formula_with_zero_placeholder)
)

# Numbers typed as text the Swedish way: read, each with a warning (the set builds as from budget-ok/medlemmar-ok).
case("budget-numbers-as-text.xlsx")(
    lambda: save(_with(budget_book(), "Budget", E2="520\u00a0000", E3="60 000 kr", E4="40\u202f000"))
)
case("medlemmar-numbers-as-text.xlsx")(
    lambda: save(_with(_with(members_book(), "Medlemmar", B2="31 000"), "Avgift", B3="0,20", B2="3 000 kr"))
)

# Sheets whose names differ only in what cannot be seen.


def _hidden_twin_sheet() -> bytes:
    """A visible "Budget" and a hidden "Budget " (trailing space) holding other figures."""
    book = budget_book()
    twin = book.create_sheet("Budget ")
    _table(twin, BUDGET_HEADERS, tuple((*row[:4], row[4] * 2, *row[5:]) for row in BUDGET_ROWS))
    twin.sheet_state = "hidden"
    return save(book)


def _hidden_budget_sheet() -> bytes:
    book = budget_book()
    book["Budget"].sheet_state = "hidden"
    book.create_sheet("Anteckningar")["A1"] = "Budgeten ligger i ett dolt blad."
    book.active = 1
    return save(book)


case("hidden-twin-sheet.xlsx")(_hidden_twin_sheet)
case("hidden-budget-sheet.xlsx")(_hidden_budget_sheet)

# Text in decomposed Unicode (as macOS writes file names) and with invisible characters.
case("decomposed-duplicate-municipality.xlsx")(
    lambda: save(_with(members_book(), "Medlemmar", A2="Falko\u0308ping", A4="Falköping"))
)
case("decomposed-status.xlsx")(lambda: save(_with(members_book(), "Medlemmar", C5="Avbo\u0308jt")))
case("invisible-duplicate-municipality.xlsx")(
    lambda: save(_with(members_book(), "Medlemmar", A4="Lidköping\u200b"))
)

# Other ways a workbook is saved.
STRICT_NAMESPACES = (
    (b"http://schemas.openxmlformats.org/spreadsheetml/2006/main", b"http://purl.oclc.org/ooxml/spreadsheetml/main"),
    (
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
    ),
    (b"http://schemas.openxmlformats.org/drawingml/2006/main", b"http://purl.oclc.org/ooxml/drawingml/main"),
)


def strict_open_xml(data: bytes) -> bytes:
    """The package as Excel saves it as *Strict Open XML Spreadsheet*: the ISO namespaces throughout."""
    source = zipfile.ZipFile(io.BytesIO(data))
    parts: dict[str, bytes | str] = {}
    for name in source.namelist():
        content = source.read(name)
        for transitional, strict in STRICT_NAMESPACES:
            content = content.replace(transitional, strict)
        parts[name] = content
    return zip_of(parts)


def macro_enabled(data: bytes) -> bytes:
    """The package as Excel saves an .xlsm (the workbook's content type says so; no macros needed)."""
    return edit_part(
        data,
        "[Content_Types].xml",
        lambda xml: xml.replace(
            b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        ),
    )


case("strict-open-xml.xlsx")(lambda: strict_open_xml(save(budget_book())))
case("medlemmar-macro-enabled.xlsx")(lambda: macro_enabled(save(members_book())))

# Duplicate keys.
case("duplicate-municipality.xlsx")(lambda: save(_with(members_book(), "Medlemmar", A4="falköping ")))
case("duplicate-question-id.xlsx")(lambda: save(_with(survey_book(), "Frågor", A3="F01")))

# Hostile XML.
case("xxe-shared-strings.xlsx")(lambda: with_shared_string(save(budget_book()), "D3", _strings(XXE_DOCTYPE, b"&e;")))
case("xxe-sheet.xlsx")(lambda: edit_part(save(budget_book()), "xl/worksheets/sheet1.xml", _xxe_sheet))
case("xxe-workbook.xlsx")(lambda: edit_part(save(budget_book()), "xl/workbook.xml", _xxe_workbook))
case("xxe-after-long-comment.xlsx")(
    lambda: with_shared_string(
        save(budget_book()), "D3", _strings(b"<!-- " + b"utfyllnad " * 8000 + b"-->\n" + XXE_DOCTYPE, b"&e;")
    )
)
case("billion-laughs.xlsx")(lambda: with_shared_string(save(budget_book()), "D3", _strings(LAUGHS_DOCTYPE, b"&lol9;")))


def write_all(folder: Path = FILES) -> list[Path]:
    """Write every case into ``folder`` (stale corpus files there are removed)."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.xlsx"):
        if old.name not in CASES:
            old.unlink()
    written = []
    for name, make in CASES.items():
        path = folder / name
        path.write_bytes(make())
        written.append(path)
    return written


# --- large files, made at test time --------------------------------------------------------------------------


def blank_tail(data: bytes, rows: int, sheet_part: str = "xl/worksheets/sheet1.xml", style: int = 1) -> bytes:
    """The package with ``rows`` formatted but empty rows (style ``style`` in A:G) after the data."""

    def extend(xml: bytes) -> bytes:
        last = max(int(n) for n in re.findall(rb'<row r="(\d+)"', xml))
        columns = (b"A", b"B", b"C", b"D", b"E", b"F", b"G")
        tail = b"".join(
            b'<row r="%d">' % r + b"".join(b'<c r="%s%d" s="%d"/>' % (c, r, style) for c in columns) + b"</row>"
            for r in range(last + 1, last + 1 + rows)
        )
        xml = re.sub(rb'<dimension ref="A1:[A-Z]+\d+"', b'<dimension ref="A1:G%d"' % (last + rows), xml, count=1)
        return xml.replace(b"</sheetData>", tail + b"</sheetData>", 1)

    return edit_part(data, sheet_part, extend)


def _deflate_block(data: bytes, final: bool = False) -> bytes:
    """Raw deflate of ``data`` as self-contained blocks (no back-references), ending byte-aligned."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH)


def write_zip_bomb(path: Path, base: bytes, expanded_mib: int, sheet_part: str = "xl/worksheets/sheet1.xml") -> None:
    """``base`` with its sheet part replaced by a real, valid entry that expands to ``expanded_mib`` MiB of blanks.

    The compressed data is one deflated MiB of blanks repeated (each copy is a
    self-contained deflate block), so the file is about 1 kB per MiB and is
    written without ever holding the expansion in memory.  Sizes stay below
    4 GiB so that no zip64 records are needed.
    """
    assert expanded_mib < 4000
    source = zipfile.ZipFile(io.BytesIO(base))
    chunk = b" " * (1 << 20)
    head = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{SHEET_NS}"><sheetData>'
    tail = b"</sheetData></worksheet>"
    block = _deflate_block(chunk)
    dos_time, dos_date = 0, (1 << 5) | 1  # 1980-01-01 00:00
    central = b""
    with path.open("wb") as out:
        for name in source.namelist():
            offset = out.tell()
            encoded = name.encode()
            if name == sheet_part:
                crc = zlib.crc32(head.encode())
                for _ in range(expanded_mib):
                    crc = zlib.crc32(chunk, crc)
                crc = zlib.crc32(tail, crc)
                pieces = [_deflate_block(head.encode())] + [block] * expanded_mib + [_deflate_block(tail, final=True)]
                size = len(head.encode()) + expanded_mib * len(chunk) + len(tail)
            else:
                content = source.read(name)
                crc, size = zlib.crc32(content), len(content)
                pieces = [_deflate_block(content, final=True)]
            packed = sum(len(piece) for piece in pieces)
            fields = (20, 0, 8, dos_time, dos_date, crc, packed, size, len(encoded))
            out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + encoded)
            for piece in pieces:
                out.write(piece)
            central += (
                struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, 0o644 << 16, offset) + encoded
            )
        start = out.tell()
        out.write(central)
        count = len(source.namelist())
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), start, 0))


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else FILES
    for path in write_all(target):
        print(f"{path.stat().st_size:>7} {path}")
