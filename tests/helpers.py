"""Helpers for tests: write input sets with the contract's writer, run the CLI, read documents back."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
from decimal import Decimal
from pathlib import Path
from typing import NoReturn

import docx
import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.schema.contract import BUDGET, MEMBERS, PLAN
from generator.xlsx.writer import write_workbook

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "inputs"
NBSP = "\u00a0"
#: Under CI=true every tool the tests use (LibreOffice, poppler, the OOXML validator) must be installed:
#: a test whose tool is missing fails instead of being skipped, so CI cannot stay green without them.
TOOLS_REQUIRED = os.environ.get("CI", "").strip().casefold() in ("true", "1", "yes")


def tool_missing(reason: str) -> NoReturn:
    """Skip the running test because a tool it needs is missing – or fail it under CI=true."""
    if TOOLS_REQUIRED:
        pytest.fail(f"{reason} – CI=true requires it", pytrace=False)
    pytest.skip(reason)


def needs_tool(*programs: str, reason: str) -> pytest.MarkDecorator:
    """Mark a test that needs one of ``programs`` on PATH: skipped without it, failed under CI=true."""
    return pytest.mark.needs_tool(reason, missing=not any(shutil.which(program) for program in programs))


def run(*args: str):
    """Run ``plangen`` in-process; returns click's result (exit_code, stdout, stderr)."""
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def document_lines(path: Path) -> list[str]:
    """Every paragraph and every table row (cells joined by ' | ') in body order."""
    document = docx.Document(str(path))
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = "".join(t.text or "" for t in child.iter() if t.tag.endswith("}t"))
            lines.append(text)
        elif tag == "tbl":
            table = docx.table.Table(child, document)
            for row in table.rows:
                lines.append(" | ".join(cell.text for cell in row.cells))
    return lines


def table_rows(path: Path) -> list[list[list[str]]]:
    """Tables of the document as lists of rows of cell texts."""
    document = docx.Document(str(path))
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]


def parse_kronor(text: str) -> int:
    """``758 000`` → 758000 (non-breaking spaces as printed); ``−5 000`` → -5000."""
    cleaned = text.replace(NBSP, "").replace(" ", "").replace("−", "-")
    if not re.fullmatch(r"-?\d+", cleaned):
        raise ValueError(f"not a whole-kronor figure: {text!r}")
    return int(cleaned)


def tree_digest(folder: Path) -> dict[str, str]:
    """Name → sha256 of every file under ``folder`` (to prove nothing changed)."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def write_plan_set(
    folder: Path,
    *,
    organisation: str = "Energinätverket Norr",
    period: str = "2021-2023",
    budget_rows: list[dict] | None = None,
    members: list[dict] | None = None,
    fee: dict | None = None,
    projects: list[dict] | None = None,
    goals: list[str] | None = None,
) -> Path:
    """An input set of another organisation, written through the contract's own writer."""
    write_workbook(
        PLAN,
        folder / "plan.xlsx",
        rows={
            "Mål": [{"Mål": g, "Kategori": "Övergripande"} for g in (goals or ["Halvera utsläppen till 2030."])],
            "Projekt": projects
            if projects is not None
            else [
                {
                    "Projekt": "Solel på skolor",
                    "Start": "2021-03",
                    "Slut": "2022-12",
                    "Belopp": 480000,
                    "Status": "pågående",
                    "Beskrivning": "Solceller på tio skolor.",
                },
            ],
        },
        values={
            "Uppgifter": {
                "Organisation": organisation,
                "Period": period,
                "Dokumenttitel": "Verksamhetsplan och budget",
                "Datum": dt.date(2020, 11, 3),
                "Författare": "Kansliet",
            }
        },
    )
    if budget_rows is not None:
        write_workbook(BUDGET, folder / "budget.xlsx", rows={"Budget": budget_rows})
    if members is not None:
        write_workbook(
            MEMBERS,
            folder / "medlemmar.xlsx",
            rows={"Medlemmar": members},
            values={"Avgift": fee or {"Fast avgift": 5000, "Per invånare": Decimal("0.5"), "År": 2022}},
        )
    return folder


def budget_row(year: int, part: str, item: str, amount, group: str | None = None, **extra) -> dict:
    return {"År": year, "Del": part, "Grupp": group, "Post": item, "Belopp": amount, **extra}


def edit_workbook(path: Path, edit) -> None:
    """Open ``path`` with openpyxl, let ``edit(book)`` change it, save it back (test inputs only)."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    edit(book)
    book.save(path)


def error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("fel:")]


def write_survey_set(
    folder: Path,
    *,
    questions: list[dict],
    answers: list[dict],
    municipalities: list[dict],
    energy: list[dict] | None = None,
    research: list[dict] | None = None,
    extra_sheets: dict | None = None,
) -> Path:
    """A slutrapport input set of another programme, through the contract's writer."""
    from generator.schema.contract import SURVEY

    write_workbook(
        SURVEY,
        folder / "slutrapport.xlsx",
        rows={
            "Kommuner": municipalities,
            "Frågor": questions,
            "Svar": answers,
            "Energi": energy or [],
            "Forskning": research or [],
            "Aktiviteter": [],
        },
        values={
            "Uppgifter": {
                "Titel": "Energilyftet – slutrapport",
                "Program": "Energilyftet",
                "Period": "2019-2022",
                "Myndighet": "Länsstyrelsen i Exempellän",
                "Ort": "Umeå",
                "Datum": dt.date(2022, 12, 15),
                "Undertecknare": "Eva Exempelsson",
                "Undertecknarens titel": "Landshövding",
            }
        },
        extra_sheets=extra_sheets,
    )
    return folder
