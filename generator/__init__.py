"""plangen: Swedish activity plans, budgets and final reports from spreadsheets."""

__version__ = "0.1.0"
