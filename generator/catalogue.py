"""The catalogue of a set: every block and figure name its documents can place, with value and source.

``plangen katalog`` prints it and writes it as a Word document beside the
built documents, for the person who writes the organisation's own document.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.blocks import Block, Catalogue, Figure


class CatalogueFailed(Exception):
    def __init__(self, problems):
        super().__init__("indata har fel")
        self.problems = problems


@dataclass(frozen=True)
class CatalogueRow:
    name: str
    kind: str
    """``siffra`` or ``block``."""
    value: str
    description: str
    source: str


def set_catalogues(input_set) -> list[tuple[str, Catalogue]]:
    """(document, its catalogue) for each document of the set; CatalogueFailed when the inputs have errors."""
    from generator.build import prepare_set
    from generator.documents import kind
    from generator.problems import Problems

    problems = Problems()
    prepared = prepare_set(input_set, input_set.documents, problems)
    if problems.errors:
        raise CatalogueFailed(problems)
    return [(doc, kind(doc).catalogue(ready)) for doc, ready in prepared.items() if not kind(doc).absent(ready)]


def _source(entry: Figure | Block) -> str:
    figures = list(entry.ledger.figures.values())
    if isinstance(entry, Block):
        return f"{len(figures)} siffror" if figures else ""
    if not figures:
        return ""
    figure = figures[-1]
    parts = [figure.rule] if figure.rule else []
    parts.extend(figure.sources[:2])
    if len(figure.sources) > 2:
        parts.append("…")
    return "; ".join(parts)


def rows(catalogue: Catalogue) -> list[CatalogueRow]:
    result = []
    for figure in catalogue.figures.values():
        value = figure.text if figure.text else "(tomt)"
        if figure.count is not None:
            value += "  (antal: ental och flertal ges som [[namn|ental|flertal]])"
        result.append(CatalogueRow(figure.name, "siffra", value, figure.description, _source(figure)))
    for block in catalogue.blocks.values():
        result.append(CatalogueRow(block.name, "block", block.summary, block.description, _source(block)))
    return result


def catalogue_document(input_set, catalogues: list[tuple[str, Catalogue]]) -> bytes:
    """The catalogue as a Word document: how to write markers, then a table of names per document."""
    import io

    from generator.blocks import Column, Heading, Paragraph, Row, Table
    from generator.docx.authoring import DocumentWriter
    from generator.docx.fill import render_contents
    from generator.docx.package import normalise_package

    writer = DocumentWriter()
    writer.heading(f"Katalog över namn för {input_set.name}", 1)
    writer.para("Skriv ett namn inom dubbla hakparenteser i dokumentet i Word. En siffra skrivs i en mening, "
                "t.ex. ”Nätverket har [[antal-medlemmar|medlem|medlemmar]].” Ett block står ensamt i ett eget "
                "stycke, t.ex. [[avgiftstabell]]; [[tabell avgiftstabell]] i en mening blir dess nummer. "
                "Med [[om namn]] först i ett stycke tas stycket bara med när "
                "namnet har ett värde; [[egen text: …]] markerar en plats för egen text.")
    contents: list = []
    for document, catalogue in catalogues:
        contents.append(Heading(f"{document}.docx"))
        table_rows = tuple(Row((r.name, r.kind, r.value, r.description)) for r in rows(catalogue))
        columns = (Column("Namn", 4.4), Column("Slag", 1.4), Column("Värde nu", 4.2), Column("Vad det är", 6.0))
        contents.append(Table(None, columns, table_rows))
        if catalogue.missing:
            contents.append(Paragraph("Namn som finns för dokumentet men saknas i den här mängden: "
                                      + ", ".join(sorted(catalogue.missing)) + ".", "note"))
    render_contents(writer.document, contents, heading_level=1)
    buffer = io.BytesIO()
    writer.document.save(buffer)
    return normalise_package(buffer.getvalue())
