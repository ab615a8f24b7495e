"""Year-to-year workflows: drafting the next period, starting a new set."""
