"""Render contexts: computed figures → the names templates use, every figure formatted through a ledger."""
