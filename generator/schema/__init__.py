"""The input contract, declared once.

Every workbook, sheet and column a user fills in is declared in
:mod:`generator.schema.contract` with its type, closed list and Swedish help
text.  Reading, validation, ``plangen init`` and the README's column tables
are all derived from that one declaration.
"""

from generator.schema.contract import WORKBOOKS, workbook_spec
from generator.schema.model import Column, Key, KeyValueSheet, TableSheet, WorkbookSpec

__all__ = ["WORKBOOKS", "Column", "Key", "KeyValueSheet", "TableSheet", "WorkbookSpec", "workbook_spec"]
