"""User tables as blocks: ``tabell-<blad>`` and ``tabell-<blad>-med-summa``, and their totals as figures."""

from __future__ import annotations

from generator.blocks import Catalogue, Column, Row, Table, normalise_name
from generator.compute.user_tables import compute_user_table
from generator.formatting import value_text
from generator.ledger import Ledger
from generator.records.user_tables import UserTable

#: Printed width of a page's text, shared out between a user table's columns.
TEXT_WIDTH_CM = 16.0
#: About how wide one character of 10 pt Calibri is.
CM_PER_CHARACTER = 0.2


def _widths(table: UserTable) -> list[float]:
    """Columns shared out by the length of their texts, each at least as wide as its longest word,
    together the width of the page's text."""
    longest, words = [], []
    for index, header in enumerate(table.headers):
        texts = [header] + [str(row.cells[index].value or "") for row in table.rows]
        longest.append(min(max(len(t) for t in texts), 60) + 2)
        words.append(min(max((len(w) for t in texts for w in t.split()), default=1), 24) + 2)
    floor = [TEXT_WIDTH_CM * w / max(sum(words), 1) if sum(words) > 70 else w * CM_PER_CHARACTER for w in words]
    rest = TEXT_WIDTH_CM - sum(floor)
    extra = [max(n - w, 0) for n, w in zip(longest, words, strict=True)]
    total_extra = sum(extra) or 1
    return [round(f + max(rest, 0) * e / total_extra, 2) for f, e in zip(floor, extra, strict=True)]


def user_table_blocks(catalogue: Catalogue, tables: list[UserTable]) -> None:
    for table in tables:
        figures = compute_user_table(table)
        name = f"tabell-{normalise_name(table.sheet)}"
        ledger = Ledger()
        columns = tuple(
            Column(header, width, "right" if fmt.kind in ("kronor", "number") else "left")
            for header, width, fmt in zip(table.headers, _widths(table), figures.formats, strict=True)
        )
        rows = []
        for row in table.rows:
            if row.is_stated_total:
                continue
            texts = []
            for cell, fmt in zip(row.cells, figures.formats, strict=True):
                text = value_text(cell.value, fmt)
                if fmt.kind in ("kronor", "number") and cell.value is not None:
                    ledger.record(f"{table.sheet} › {row.label or cell.place.cell} › {cell.place.cell}", text,
                                  cell.place)
                texts.append(text)
            rows.append(Row(tuple(texts)))
        total_cells = ["Summa"]
        for index, (total, fmt) in enumerate(zip(figures.totals, figures.formats, strict=True)):
            if index == 0:
                continue
            if total is None:
                total_cells.append("")
                continue
            header = table.headers[index]
            text = ledger.record(
                f"{table.sheet} › Summa {header}", value_text(total, fmt),
                [row.cells[index].place for row in table.rows if not row.is_stated_total],
                rule=f"summa av kolumnen {header}",
            )
            total_cells.append(text)
            catalogue.figure(f"{name}-summa-{normalise_name(header)}", f"Summan av kolumnen {header} i bladet "
                             f"{table.sheet} ({table.workbook})", text, ledger)
        caption = table.sheet + "."
        where = f"bladet {table.sheet} i {table.workbook}"
        catalogue.block(name, f"Tabellen i {where}; bildtext: [[{name}|Egen bildtext]]",
                        [Table(caption, columns, tuple(rows))], ledger)
        if any(t is not None for t in figures.totals[1:]):
            totalled = Table(caption, columns, (*rows, Row(tuple(total_cells), "total")))
            catalogue.block(f"{name}-med-summa", f"Tabellen i {where} med en beräknad summarad", [totalled],
                            ledger)
        data_rows = [r for r in table.rows if not r.is_stated_total]
        catalogue.figure(f"{name}-antal-rader", f"Antal rader i {where}", str(len(data_rows)), ledger,
                         count=len(data_rows))
