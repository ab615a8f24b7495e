"""PDF through LibreOffice: PDF/A-2b and PDF/UA-1 together (tagged, with the document's language and
title), with the table of contents and fields updated when LibreOffice's Python bridge is available,
a plain headless conversion with the same export options otherwise; then mended where LibreOffice 7.4
falls short of the two standards (see finish_accessible_pdf)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

INSTALL_HINT = "installera LibreOffice: sudo apt-get install libreoffice-writer-nogui"
SYSTEM_PYTHON = "/usr/bin/python3"
TIMEOUT_SECONDS = 300
#: writer_pdf_Export's options for the plain conversion, the same as pdf_uno.py's (JSON form, LibreOffice ≥ 7.4).
EXPORT_OPTIONS = (
    '{"SelectPdfVersion":{"type":"long","value":"2"},"UseTaggedPDF":{"type":"boolean","value":"true"},'
    '"PDFUACompliance":{"type":"boolean","value":"true"},"ExportBookmarks":{"type":"boolean","value":"true"}}'
)


class PdfUnavailable(Exception):
    """LibreOffice is not installed; the message says how to install it."""


def has_uno_bridge() -> bool:
    if not Path(SYSTEM_PYTHON).exists():
        return False
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True, timeout=30)
    return probe.returncode == 0


def _run_office(args: list[str], *, capture_output: bool, timeout: float, check: bool) -> None:
    """Run a LibreOffice conversion in a process group of its own, and end the whole group – soffice
    starts soffice.bin, which outlives its parent – when it is done, times out, or plangen is
    interrupted (Ctrl-C, SIGTERM)."""
    import contextlib
    import os
    import signal

    process = subprocess.Popen(
        args,
        stdout=subprocess.PIPE if capture_output else None,
        stderr=subprocess.PIPE if capture_output else None,
        start_new_session=True,
    )
    try:
        process.communicate(timeout=timeout)
    finally:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    if check and process.returncode:
        raise subprocess.CalledProcessError(process.returncode, args)


def convert_to_pdf(documents: list[Path]) -> dict[Path, bytes | str]:
    """Each document → its PDF bytes, or a Swedish reason why it could not be converted."""
    if not documents:
        return {}
    if shutil.which("soffice") is None:
        raise PdfUnavailable(f"LibreOffice (soffice) finns inte; {INSTALL_HINT}")
    results: dict[Path, bytes | str] = {}
    with tempfile.TemporaryDirectory(prefix="plangen-pdf-") as work:
        profile = Path(work) / "profil"
        targets = {document: Path(work) / f"{number}.pdf" for number, document in enumerate(documents)}
        try:
            if has_uno_bridge():
                pairs = [str(part) for document, target in targets.items() for part in (document, target)]
                _run_office(
                    [SYSTEM_PYTHON, str(Path(__file__).with_name("pdf_uno.py")), str(profile), *pairs],
                    capture_output=True,
                    timeout=TIMEOUT_SECONDS,
                    check=False,
                )
            else:
                for number, document in enumerate(documents):
                    out = Path(work) / f"plain{number}"
                    _run_office(
                        [
                            "soffice",
                            "--headless",
                            f"-env:UserInstallation={profile.as_uri()}",
                            "--convert-to",
                            f"pdf:writer_pdf_Export:{EXPORT_OPTIONS}",
                            "--outdir",
                            str(out),
                            str(document),
                        ],
                        capture_output=True,
                        timeout=TIMEOUT_SECONDS,
                        check=False,
                    )
                    produced = out / (document.stem + ".pdf")
                    if produced.is_file():
                        produced.rename(targets[document])
        except subprocess.TimeoutExpired:
            pass
        for document, pdf in targets.items():
            # soffice exits 0 even when it cannot load a file: the PDF itself is the evidence.
            if pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-":
                results[document] = finish_accessible_pdf(pdf.read_bytes())
            else:
                results[document] = "LibreOffice kunde inte konvertera dokumentet"
    return results


#: LibreOffice 7.4 writes pdfuaid:part into a PDF/A's XMP without the extension schema PDF/A requires
#: for a namespace outside its predefined ones; this is that declaration (ISO 14289-1, annex).
PDFUA_EXTENSION_SCHEMA = """<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <pdfaExtension:schemas>
    <rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>part</pdfaProperty:name>
         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
         <pdfaProperty:category>internal</pdfaProperty:category>
         <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
        </rdf:li>
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>
  </rdf:Description>
 """
#: Operators that build, paint or style a path (and nothing else): drawn outside any marked content,
#: such a run is a border or rule, which PDF/UA wants marked as an artifact.
PAINT_OPERATORS = frozenset({"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"})
PATH_OPERATORS = (
    PAINT_OPERATORS
    | {"m", "l", "c", "v", "y", "h", "re", "W", "W*"}
    | {
        *("w", "J", "j", "M", "d", "ri", "i", "gs"),  # line style and graphics state
        *("CS", "cs", "SC", "SCN", "sc", "scn", "G", "g", "RG", "rg", "K", "k"),  # colour
    }
)


#: PDF 1.7's standard structure types (ISO 32000-1, 14.8.4), which PDF/UA-1 forbids the RoleMap to remap.
_STANDARD_TYPES = (
    "Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 "
    "L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot "
    "Ruby RB RT RP Warichu WT WP Figure Formula Form"
)
STANDARD_STRUCTURE_TYPES = frozenset(_STANDARD_TYPES.split())


def _unmap_standard_types(pdf) -> bool:
    """Drop RoleMap entries for standard types (LibreOffice 7.4 maps /H6 to /H for headings below level 6):
    an element tagged with a standard type is then that type. True if any was dropped."""
    role_map = pdf.Root.get("/StructTreeRoot", {}).get("/RoleMap")
    if role_map is None:
        return False
    standard = [key for key in role_map if key[1:] in STANDARD_STRUCTURE_TYPES]
    for key in standard:
        del role_map[key]
    return bool(standard)


def _declare_pdfua_schema(pdf) -> bool:
    """Add the pdfuaid extension schema to the XMP of a PDF/A that claims PDF/UA; True if added."""
    metadata = pdf.Root.get("/Metadata")
    if metadata is None:
        return False
    xmp = metadata.read_bytes().decode("utf-8")
    if "pdfuaid" not in xmp or "pdfaid" not in xmp or "pdfua/ns/id/</pdfaSchema:namespaceURI>" in xmp:
        return False
    metadata.write(xmp.replace("</rdf:RDF>", PDFUA_EXTENSION_SCHEMA + "</rdf:RDF>", 1).encode("utf-8"))
    return True


def _mark_untagged_paths(pdf, page) -> bool:
    """Wrap runs of path operators outside marked content in ``/Artifact BMC … EMC``; True if any."""
    import pikepdf

    instructions = pikepdf.parse_content_stream(page)
    result: list = []
    run: list = []
    depth = 0
    changed = False
    for instruction in instructions:
        operator = str(instruction.operator)
        if depth == 0 and operator in PATH_OPERATORS:
            run.append(instruction)
            if operator in PAINT_OPERATORS:
                result.append(pikepdf.ContentStreamInstruction([pikepdf.Name.Artifact], pikepdf.Operator("BMC")))
                result.extend(run)
                result.append(pikepdf.ContentStreamInstruction([], pikepdf.Operator("EMC")))
                run = []
                changed = True
            continue
        result.extend(run)
        run = []
        if operator in ("BMC", "BDC"):
            depth += 1
        elif operator == "EMC":
            depth = max(depth - 1, 0)
        result.append(instruction)
    result.extend(run)
    if changed:
        page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(result))
    return changed


def finish_accessible_pdf(data: bytes) -> bytes:
    """Mend what LibreOffice 7.4 leaves short of PDF/A-2b together with PDF/UA-1: the XMP extension schema
    for pdfuaid, borders drawn outside the structure tree (made artifacts), standard structure types
    remapped in the RoleMap, and the tab order of pages with links (/Tabs /S). A PDF that needs none of
    it is returned unchanged."""
    import io

    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            changed = _declare_pdfua_schema(pdf)
            changed = _unmap_standard_types(pdf) or changed
            for page in pdf.pages:
                if "/Annots" in page and page.get("/Tabs") != pikepdf.Name.S:
                    page.Tabs = pikepdf.Name.S
                    changed = True
                changed = _mark_untagged_paths(pdf, page) or changed
            if not changed:
                return data
            out = io.BytesIO()
            pdf.save(out, deterministic_id=True)
            return out.getvalue()
    except pikepdf.PdfError:  # LibreOffice's PDF as it is rather than none at all
        return data
