"""The command line: starts the window, or runs one job (init, demo, schedule, check, backup).

Every failure is one readable line on stderr and a non-zero exit, never a traceback. Qt is only
imported when the window is started, so jobs stay quick and work without a screen. Every line it
prints, its help and argparse's own words are in the language of ``BUURTAPP_LANG`` (Dutch by
default), through the one gettext catalogue of :mod:`buurtapp.core.i18n`.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, cast

from buurtapp import __version__
from buurtapp.cli_types import OneLineParser, argparse_language, cli_date
from buurtapp.core.errors import BuurtappError
from buurtapp.core.i18n import _, language, ngettext, set_language, user_language

EXIT_OK, EXIT_UNHEALTHY, EXIT_ERROR, EXIT_UNEXPECTED = 0, 1, 2, 3


class CliError(Exception):
    """A problem with the command's arguments, already phrased for the user."""


_date = cli_date

#: How many rows a table has, as words: "{n} places" in the user's language.
_COUNTED: dict[str, Callable[[int], str]] = {
    "places": lambda n: ngettext("{n} place", "{n} places", n),
    "organisations": lambda n: ngettext("{n} organisation", "{n} organisations", n),
    "participants": lambda n: ngettext("{n} participant", "{n} participants", n),
    "initiatives": lambda n: ngettext("{n} initiative", "{n} initiatives", n),
    "roles": lambda n: ngettext("{n} role", "{n} roles", n),
    "fundings": lambda n: ngettext("{n} funding", "{n} fundings", n),
    "activities": lambda n: ngettext("{n} activity", "{n} activities", n),
    "sessions": lambda n: ngettext("{n} session", "{n} sessions", n),
    "attendance": lambda n: ngettext("{n} attendance", "{n} attendances", n),
}


def _counted(counts: dict[str, int]) -> str:
    """The row counts of the tables as one readable line."""
    shown = [_COUNTED[t](n).format(n=n) if t in _COUNTED else f"{t} {n}" for t, n in counts.items()]
    return ", ".join(shown)


def _cmd_init(args: argparse.Namespace) -> int:
    from buurtapp.cli_open import open_database

    open_database(args.db, create=True).close()
    print(_("New, empty database made: {path}").format(path=args.db))
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    import time

    from buurtapp.core.demo.writer import write_demo
    from buurtapp.core.formatting import number
    from buurtapp.core.storage.schema import TABLES

    began = time.perf_counter()
    database = write_demo(
        args.db, size=args.size, seed=args.seed, today=args.today, scale=args.scale
    )
    counts = {t: int(cast(int, database.scalar(f"SELECT count(*) FROM {t}"))) for t in TABLES}
    database.close()
    took = time.perf_counter() - began
    print(
        _("Demo database ({size}) made in {seconds} s: {path}").format(
            size=args.size, seconds=number(took, 1), path=args.db
        )
    )
    print(_counted(counts))
    return EXIT_OK


def _cmd_schedule(args: argparse.Namespace) -> int:
    from buurtapp.cli_open import open_database
    from buurtapp.core import formatting
    from buurtapp.core.planning.schedule import regenerate_all

    with open_database(args.db) as database:
        result = regenerate_all(database, args.until)
    resized = (
        _(" ({n} of them with a new end time)").format(n=result.resized) if result.resized else ""
    )
    print(
        _(
            "Sessions up to and including {until}: {added} added, {moved} moved, "
            "{removed} removed, {kept} kept{resized}."
        ).format(
            until=formatting.day(args.until),
            added=result.added,
            moved=result.moved,
            removed=result.removed,
            kept=result.kept,
            resized=resized,
        )
    )
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from buurtapp.core.storage.health import check

    report = check(args.db)
    if report.healthy:
        counts = _counted(report.counts)
        print(
            _("In order: {path} (schema version {version}; {counts})").format(
                path=args.db, version=report.schema_version, counts=counts
            )
        )
        return EXIT_OK
    print(_("Problems in {path}:").format(path=args.db))
    for problem in report.problems:
        print(f"  - {problem}")
    return EXIT_UNHEALTHY


def _cmd_backup(args: argparse.Namespace) -> int:
    from buurtapp.core.storage.backup import backup
    from buurtapp.core.storage.file_judge import judge

    judge(args.db)  # a foreign, odd or missing file: one line, nothing touched, no hang
    target = backup(args.db, args.output)
    print(_("Backup made and checked: {path}").format(path=target))
    return EXIT_OK


def _cmd_insights(args: argparse.Namespace) -> int:
    import json

    from buurtapp.core.insights.report import as_json, compute_all, summary

    if args.to < args.from_:
        raise CliError(_("the period is wrong: --from is after --to"))
    on = args.date or args.to
    with open_database_for(args.db) as database:
        result = compute_all(database, args.from_, args.to, on)
    if args.json:
        print(json.dumps(as_json(result), ensure_ascii=False))
    else:
        print(summary(result, language()))
    return EXIT_OK


def open_database_for(path: Path):
    from buurtapp.cli_open import open_database

    return open_database(path, writes=False)


def _parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="buurtapp",
        description=_(
            "Buurtapp: initiatives, activities and participants of the community centre."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"buurtapp {__version__}",
        help=_("show the version number and exit"),
    )
    parser.add_argument("--db", type=Path, help=_("the database file to open"))
    parser.add_argument(
        "--demo", action="store_true", help=_("open a demo database with a made-up neighbourhood")
    )
    sub = parser.add_subparsers(dest="command", metavar=_("COMMAND"), parser_class=OneLineParser)

    def command(
        name: str, handler: Callable[[argparse.Namespace], int], text: str, db_required: bool = True
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=text, description=text)
        p.add_argument("--db", type=Path, required=db_required, help=_("the database file"))
        p.set_defaults(handler=handler)
        return p

    command("init", _cmd_init, _("make a new, empty database"))
    p = command("demo", _cmd_demo, _("make a database with a made-up neighbourhood"))
    p.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help=_("small: one community centre; large: a large welfare organisation"),
    )
    p.add_argument("--seed", type=int, default=1, help=_("same number, same data"))
    p.add_argument(
        "--scale",
        type=int,
        choices=range(1, 21),
        default=1,
        metavar="N",
        help=_("N times as big, to measure how the app grows (1 to 20)"),
    )
    p.add_argument(
        "--today",
        type=_date,
        default=None,
        help=_("the date the demo lies around (default: today)"),
    )
    p = command("schedule", _cmd_schedule, _("make the sessions of every activity"))
    p.add_argument("--until", type=_date, required=True, help=_("up to and including this date"))
    command("check", _cmd_check, _("check a database (integrity, references, version)"))
    p = command("backup", _cmd_backup, _("make a backup, also while Buurtapp is open"))
    p.add_argument("-o", "--output", type=Path, help=_("where the copy goes"))
    p = command("insights", _cmd_insights, _("the eight lessons of Wij in de wijk in numbers"))
    p.add_argument("--from", dest="from_", type=_date, required=True, help=_("YYYY-MM-DD"))
    p.add_argument("--to", type=_date, required=True, help=_("YYYY-MM-DD"))
    p.add_argument("--date", type=_date, help=_("reference date (default: the end of the period)"))
    p.add_argument("--json", action="store_true", help=_("one JSON object"))
    from buurtapp import cli_data, cli_documents, cli_settings

    export_formats = cli_documents.add_commands(sub, _date)
    cli_data.add_commands(sub, export_formats)
    cli_settings.add_commands(sub)
    return parser


def _start_gui(args: argparse.Namespace) -> int:
    import gc

    # Start-up makes many objects that live as long as the window: no collections while
    # they are made (the window enables them again and freezes what start-up made).
    gc.disable()
    from buurtapp.ui.app import run

    return run(db=args.db, demo=args.demo)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``buurtapp`` command; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):
        # A file name that is not valid UTF-8 (an old stick) prints with '?', not a crash.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    before = language()
    set_language(user_language())
    try:
        return _run(argv)
    finally:
        set_language(before)  # in-process callers (tests) keep their own language


def _window_only(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The arguments when only the window is asked for (``buurtapp``, ``--db X``, ``--demo``):
    then the commands' parser, which loads every document and format to describe them, is
    not built, and the window starts sooner. None for anything else (a command, help)."""
    quick = _Quiet(add_help=False, allow_abbrev=False)
    quick.add_argument("--db", type=Path)
    quick.add_argument("--demo", action="store_true")
    try:
        args, rest = quick.parse_known_args(argv)
    except argparse.ArgumentError:  # e.g. --db without a file: the full parser says so
        return None
    return None if rest else args


class _Quiet(argparse.ArgumentParser):
    """Raises instead of printing and exiting: the full parser words every error."""

    def error(self, message: str) -> NoReturn:
        raise argparse.ArgumentError(None, message)


def _run(argv: Sequence[str] | None) -> int:
    args = _window_only(argv)
    if args is None:
        with argparse_language():
            args = _parser().parse_args(argv)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            return _start_gui(args)
        return int(handler(args))
    except BuurtappError as exc:
        print(f"buurtapp: {exc.message()}", file=sys.stderr)
    except CliError as exc:
        print(f"buurtapp: {exc}", file=sys.stderr)
    except BrokenPipeError:  # output piped into `head`
        return EXIT_OK
    except (OSError, sqlite3.Error) as exc:
        print(f"buurtapp: {exc}", file=sys.stderr)
    except KeyboardInterrupt:
        print(_("buurtapp: interrupted"), file=sys.stderr)
    except Exception as exc:  # the last line of defence: one line, never a traceback
        print(
            _("buurtapp: unexpected error ({kind}): {reason}").format(
                kind=type(exc).__name__, reason=exc
            ),
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED
    return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
