"""Argument types and the parser class of the command line: every bad argument is one
readable line and exit 2, before any file is touched."""

from __future__ import annotations

import argparse
from datetime import date
from typing import NoReturn

#: SQLite's largest integer: a larger "number" can never name a record.
MAX_ID = 2**63 - 1
#: The years a date on the command line may lie in: wide for history and planning, yet far
#: from the ends of the calendar where date arithmetic overflows.
FIRST_YEAR, LAST_YEAR = 1900, 2199


class OneLineParser(argparse.ArgumentParser):
    """argparse, but an error is one line (argparse prints the usage first)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (zie: {self.prog} --help)\n")


def record_id(text: str) -> int:
    """A record number: a whole number from 1 up to SQLite's largest."""
    stripped = text.strip()
    if not stripped.isdigit() or not 0 < int(stripped) <= MAX_ID:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is geen nummer van een record")
    return int(stripped)


def cli_date(text: str) -> date:
    """A date as JJJJ-MM-DD."""
    try:
        if len(text) != 10:
            raise ValueError
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"ongeldige datum {text[:40]!r} (verwacht JJJJ-MM-DD)"
        ) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"datum {text!r} ligt buiten {FIRST_YEAR} t/m {LAST_YEAR}"
        )
    return day
