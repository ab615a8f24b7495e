"""The rules: pure functions from typed records to computed figures. No I/O here."""
