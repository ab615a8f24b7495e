"""Turn read workbooks into typed records (one module per document family)."""
