"""Argument types and the parser class of the command line: every bad argument is one
readable line and exit 2, before any file is touched, in the user's language.

argparse makes its own words ("usage:", "options", "the following arguments are required")
through Python's gettext domain, which has no Dutch. :func:`argparse_language` lets argparse
take them from our catalogue while the command line builds and parses its arguments; the
texts are listed in :data:`ARGPARSE_TEXTS` (argparse's own msgids) so the catalogue keeps them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from buurtapp.core.i18n import N_, _, ngettext

#: SQLite's largest integer: a larger "number" can never name a record.
MAX_ID = 2**63 - 1
#: The years a date on the command line may lie in: wide for history and planning, yet far
#: from the ends of the calendar where date arithmetic overflows.
FIRST_YEAR, LAST_YEAR = 1900, 2199


#: argparse's own texts, exactly as Python 3.11 writes them, with their Dutch in our catalogue.
ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("options"),
    N_("positional arguments"),
    N_("show this help message and exit"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
)


@contextmanager
def argparse_language() -> Iterator[None]:
    """While inside, argparse's own words come from our catalogue in the chosen language."""
    ours: dict[str, Callable[..., str]] = {"_": _, "ngettext": ngettext}
    saved = {name: getattr(argparse, name) for name in ours}
    for name, function in ours.items():
        setattr(argparse, name, function)
    try:
        yield
    finally:
        for name, function in saved.items():
            setattr(argparse, name, function)


class Formatter(argparse.HelpFormatter):
    """Help whose placeholders are words in the user's language: ``--db FILE``, not ``DB``."""

    def _get_default_metavar_for_optional(self, action: argparse.Action) -> str:
        if action.type is Path:
            return _("FILE")
        if action.type in (record_id, int):
            return _("NUMBER")
        if action.type is cli_date:
            return _("DATE")
        return super()._get_default_metavar_for_optional(action)


class OneLineParser(argparse.ArgumentParser):
    """argparse, but an error is one line (argparse prints the usage first), and the help's
    placeholders are words (:class:`Formatter`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        # An argument may hold a line break or a control character: shown escaped, one line.
        shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)
        see = _("see: {command} --help").format(command=self.prog)
        self.exit(2, f"{self.prog}: {shown} ({see})\n")


def record_id(text: str) -> int:
    """A record number: a whole number from 1 up to SQLite's largest."""
    stripped = text.strip()
    if not stripped.isdigit() or not 0 < int(stripped) <= MAX_ID:
        raise argparse.ArgumentTypeError(
            _("{text!r} is not the number of a record").format(text=text[:40])
        )
    return int(stripped)


def cli_date(text: str) -> date:
    """A date as YYYY-MM-DD."""
    try:
        if len(text) != 10:
            raise ValueError
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("invalid date {text!r} (expected YYYY-MM-DD)").format(text=text[:40])
        ) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            _("date {text!r} is outside {first} to {last}").format(
                text=text, first=FIRST_YEAR, last=LAST_YEAR
            )
        )
    return day
