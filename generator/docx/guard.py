"""The organisation's Word document is untrusted: check its package before python-docx reads it,
and strip what would make a reader's program fetch anything from elsewhere."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

from docx.opc.constants import RELATIONSHIP_TYPE as RT

#: Largest total uncompressed size accepted for one document (a real one with pictures is tens of MB).
MAX_UNCOMPRESSED_BYTES = 300 * 1024 * 1024
#: Largest compression ratio of a large entry (zip bombs reach thousands).
MAX_RATIO = 200
RATIO_CHECKED_FROM = 10_000_000
MAX_ENTRIES = 10_000
#: External relationships a reader's program would fetch by itself.
OFFICE_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
FETCHED = {
    RT.IMAGE: "en bild som hämtas från",
    OFFICE_RELATIONSHIPS + "attachedTemplate": "en bifogad mall som hämtas från",
    OFFICE_RELATIONSHIPS + "subDocument": "ett underdokument från",
    OFFICE_RELATIONSHIPS + "frame": "en ram som hämtas från",
    RT.OLE_OBJECT: "ett inbäddat objekt från",
}


def inspect_document_file(path: Path) -> None:
    """Raise ValueError (a Swedish sentence) unless ``path`` is a regular file holding a sane zip package."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise ValueError(f"dokumentet kan inte läsas ({exc.strerror})") from exc
    if not stat.S_ISREG(info.st_mode):
        raise ValueError("är ingen vanlig fil (en mapp, en pipe eller en enhet); väntade ett Word-dokument (.docx)")
    if not zipfile.is_zipfile(path):
        raise ValueError("är inget Word-dokument (.docx); spara det i Word som Word-dokument")
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        total = sum(i.file_size for i in infos)
        if len(infos) > MAX_ENTRIES or total > MAX_UNCOMPRESSED_BYTES or any(
            i.file_size > RATIO_CHECKED_FROM and i.file_size / max(i.compress_size, 1) > MAX_RATIO for i in infos
        ):
            raise ValueError(
                f"dokumentet blir orimligt stort när det packas upp ({total // (1 << 20)} MB ur "
                f"{info.st_size // (1 << 20)} MB; möjlig zip-bomb) och läses inte"
            )
        if "word/document.xml" not in archive.namelist():
            raise ValueError("är inget Word-dokument (.docx): delen word/document.xml saknas")


def strip_external_references(document) -> list[str]:
    """Remove external pictures, attached templates and the like; one warning each."""
    warnings = []
    parts = [document.part, *(rel.target_part for rel in document.part.rels.values() if not rel.is_external)]
    settings = document.settings.element
    for part in parts:
        rels = getattr(part, "rels", None)
        if rels is None:
            continue
        for rid, rel in list(rels.items()):
            if not rel.is_external:
                continue
            what = FETCHED.get(rel.reltype)
            if what is None:
                if rel.reltype == RT.HYPERLINK and rel.target_ref.lower().startswith("file:"):
                    warnings.append(f"dokumentet har en länk till en lokal fil ({rel.target_ref[:80]}); den "
                                    "fungerar bara på datorn där den skrevs")
                continue
            warnings.append(f"dokumentet har {what} {rel.target_ref[:80]}; hänvisningen togs bort")
            _remove_users(part, rid)
            del rels[rid]
            if rel.reltype.endswith("/attachedTemplate"):
                for element in settings.findall(
                    "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}attachedTemplate"
                ):
                    settings.remove(element)
    return warnings


R_NAMESPACE = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
W_NAMESPACE = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HOLDERS = {f"{W_NAMESPACE}drawing", f"{W_NAMESPACE}pict", f"{W_NAMESPACE}object"}


def _remove_users(part, rid: str) -> None:
    """Drop the drawings that point at a removed relationship, so no reference dangles."""
    root = getattr(part, "_element", None)
    if root is None:
        return
    for element in list(root.iter()):
        if not any(k.startswith(R_NAMESPACE) and v == rid for k, v in element.attrib.items()):
            continue
        holder = element
        while holder is not None and holder.tag not in HOLDERS:
            holder = holder.getparent()
        target = holder if holder is not None else element
        if target.getparent() is not None:
            target.getparent().remove(target)
