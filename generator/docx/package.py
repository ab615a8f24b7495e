"""Make a .docx package reproducible: fixed zip entry times and order, fixed core properties."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

#: Every entry gets this timestamp so that equal inputs give byte-identical files.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


THUMBNAIL = "docProps/thumbnail.jpeg"


def _app_properties() -> bytes:
    """Extended properties naming plangen as the application (python-docx's default names Word for Mac)."""
    from generator import __version__

    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        f"<Application>plangen {__version__}</Application><DocSecurity>0</DocSecurity>"
        "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
    ).encode()


def _own_parts(name: str, content: bytes) -> bytes | None:
    """plangen's own app properties; no thumbnail (python-docx's shows a blank page); None drops the part."""
    if name == THUMBNAIL:
        return None
    if name == "docProps/app.xml":
        return _app_properties()
    if name == "_rels/.rels":
        return re.sub(rb"<Relationship [^>]*Target=\"docProps/thumbnail\.jpeg\"/>", b"", content)
    return content


def normalise_package(data: bytes) -> bytes:
    """Rewrite a zip package with entries in a stable order and a fixed timestamp."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = [n for n in source.namelist() if n != THUMBNAIL]
    first = [n for n in ("[Content_Types].xml", "_rels/.rels") if n in names]
    ordered = first + sorted(n for n in names if n not in first)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for name in ordered:
            info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            target.writestr(info, _own_parts(name, source.read(name)), compresslevel=6)
    return out.getvalue()


def set_core_properties(
    document, *, title: str, author: str, subject: str, when: dt.date, language: str = "sv-SE", keywords: str = ""
) -> None:
    """Document properties from the inputs, never from the clock."""
    props = document.core_properties
    moment = dt.datetime(when.year, when.month, when.day, 12, 0, 0)
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.subject = subject
    props.language = language
    props.keywords = keywords
    props.created = moment
    props.modified = moment
    props.revision = 1
