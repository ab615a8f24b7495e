"""Static checks of a Word template: Jinja tags that Word has split across runs, or left unfinished.

Word splits text into runs when formatting, spelling marks or revisions
change inside it; a tag split that way is fragile and is reported with the
paragraph it is in.  Unknown names, filters and unbalanced blocks are found
by a trial render (see :func:`generator.build.check_set`).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from defusedxml import ElementTree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TAG = re.compile(r"\{[{%#].*?[}%#]\}")
OPENERS = re.compile(r"\{[{%#]")


def _paragraph_runs(paragraph) -> list[str]:
    runs = []
    for run in paragraph.iter(f"{W}r"):
        runs.append("".join(t.text or "" for t in run.iter(f"{W}t")))
    return runs


def lint_template(path: Path) -> list[str]:
    """Swedish messages, each naming the paragraph (1-based, body order) of a fragile or broken tag."""
    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read("word/document.xml"))
    findings = []
    for number, paragraph in enumerate(root.iter(f"{W}p"), start=1):
        runs = _paragraph_runs(paragraph)
        text = "".join(runs)
        if "{" not in text:
            continue
        boundaries, offset = set(), 0
        for run in runs[:-1]:
            offset += len(run)
            boundaries.add(offset)
        for match in TAG.finditer(text):
            if any(match.start() < b < match.end() for b in boundaries):
                findings.append(
                    f"stycke {number}: taggen ”{match[0]}” är uppdelad på flera textavsnitt i Word; "
                    "skriv om den i ett svep utan formatbyten"
                )
        remainder = TAG.sub("", text)
        for match in OPENERS.finditer(remainder):
            findings.append(f"stycke {number}: ofullständig tagg ”{remainder[match.start() : match.start() + 30]}”")
    return findings
