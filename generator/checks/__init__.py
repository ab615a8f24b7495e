"""Cross-checks between inputs and recomputed figures; they produce warnings, never change figures."""
