"""Cells of the CSV files we write, safe to open in a spreadsheet program."""

from __future__ import annotations

# Spreadsheets run a cell that starts like a formula (CSV injection); such cells get a leading quote.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """The text as a spreadsheet shows it, never run as a formula: a leading quote where it starts like one."""
    return "'" + text if text.startswith(FORMULA_START) else text
