"""The command line: starts the window, or runs one job (init, demo, schedule, check, backup).

Every failure is one readable line on stderr and a non-zero exit, never a traceback. Qt is only
imported when the window is started, so jobs stay quick and work without a screen.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from buurtapp import __version__
from buurtapp.cli_types import OneLineParser, cli_date
from buurtapp.core.errors import BuurtappError
from buurtapp.core.i18n import user_language

EXIT_OK, EXIT_UNHEALTHY, EXIT_ERROR, EXIT_UNEXPECTED = 0, 1, 2, 3


class CliError(Exception):
    """A problem with the command's arguments, already phrased for the user."""


_date = cli_date


def _cmd_init(args: argparse.Namespace) -> int:
    from buurtapp.cli_open import open_database

    open_database(args.db, create=True).close()
    print(f"Nieuwe, lege database gemaakt: {args.db}")
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    import time

    from buurtapp.core.demo.writer import write_demo
    from buurtapp.core.storage.schema import TABLES

    began = time.perf_counter()
    database = write_demo(args.db, size=args.size, seed=args.seed, today=args.today)
    counts = {t: database.scalar(f"SELECT count(*) FROM {t}") for t in TABLES}
    database.close()
    took = time.perf_counter() - began
    print(f"Demodatabase ({args.size}) gemaakt in {took:.1f} s: {args.db}")
    print(", ".join(f"{t} {n}" for t, n in counts.items()))
    return EXIT_OK


def _cmd_schedule(args: argparse.Namespace) -> int:
    from buurtapp.cli_open import open_database
    from buurtapp.core.planning.schedule import regenerate_all

    with open_database(args.db) as database:
        result = regenerate_all(database, args.until)
    resized = f" (waarvan {result.resized} met een nieuwe eindtijd)" if result.resized else ""
    print(
        f"Bijeenkomsten tot en met {args.until}: {result.added} toegevoegd, "
        f"{result.moved} verplaatst, {result.removed} verwijderd, "
        f"{result.kept} bewaard{resized}."
    )
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from buurtapp.core.storage.health import check

    report = check(args.db)
    if report.healthy:
        counts = ", ".join(f"{t} {n}" for t, n in report.counts.items())
        print(f"In orde: {args.db} (schemaversie {report.schema_version}; {counts})")
        return EXIT_OK
    print(f"Problemen in {args.db}:")
    for problem in report.problems:
        print(f"  - {problem}")
    return EXIT_UNHEALTHY


def _cmd_backup(args: argparse.Namespace) -> int:
    from buurtapp.core.storage.backup import backup
    from buurtapp.core.storage.file_judge import judge

    judge(args.db)  # a foreign, odd or missing file: one line, nothing touched, no hang
    target = backup(args.db, args.output)
    print(f"Reservekopie gemaakt en gecontroleerd: {target}")
    return EXIT_OK


def _cmd_insights(args: argparse.Namespace) -> int:
    import json

    from buurtapp.core.insights.report import compute, summary

    if args.to < args.from_:
        raise CliError("de periode klopt niet: --from ligt na --to")
    on = args.date or args.to
    with open_database_for(args.db) as database:
        result = compute(database, args.from_, args.to, on)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(summary(result, args.from_, args.to, on, user_language()))
    return EXIT_OK


def open_database_for(path: Path):
    from buurtapp.cli_open import open_database

    return open_database(path, writes=False)


def _parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="buurtapp",
        description="Buurtapp: initiatieven, activiteiten en deelnemers van het buurthuis.",
    )
    parser.add_argument("--version", action="version", version=f"buurtapp {__version__}")
    parser.add_argument("--db", type=Path, help="het databasebestand om te openen")
    parser.add_argument(
        "--demo", action="store_true", help="open een demodatabase met een verzonnen buurt"
    )
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=OneLineParser)

    def command(
        name: str, handler: Callable[[argparse.Namespace], int], text: str, db_required: bool = True
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=text, description=text)
        p.add_argument("--db", type=Path, required=db_required, help="het databasebestand")
        p.set_defaults(handler=handler)
        return p

    command("init", _cmd_init, "maak een nieuwe, lege database")
    p = command("demo", _cmd_demo, "maak een database met een verzonnen buurt")
    p.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help="small: een buurthuis; large: een grote welzijnsorganisatie",
    )
    p.add_argument("--seed", type=int, default=1, help="zelfde getal, zelfde data")
    p.add_argument(
        "--today",
        type=_date,
        default=None,
        help="de datum waar de demo omheen ligt (standaard vandaag)",
    )
    p = command("schedule", _cmd_schedule, "maak de bijeenkomsten van alle activiteiten aan")
    p.add_argument("--until", type=_date, required=True, help="tot en met deze datum")
    command("check", _cmd_check, "controleer een database (integriteit, verwijzingen, versie)")
    p = command("backup", _cmd_backup, "maak een reservekopie, ook terwijl Buurtapp open is")
    p.add_argument("-o", "--output", type=Path, help="waar de kopie komt")
    p = command("insights", _cmd_insights, "de acht lessen van Wij in de wijk in cijfers")
    p.add_argument("--from", dest="from_", type=_date, required=True, help="JJJJ-MM-DD")
    p.add_argument("--to", type=_date, required=True, help="JJJJ-MM-DD")
    p.add_argument("--date", type=_date, help="peildatum (standaard: het einde van de periode)")
    p.add_argument("--json", action="store_true", help="één JSON-object")
    from buurtapp import cli_data, cli_documents

    export_formats = cli_documents.add_commands(sub, _date)
    cli_data.add_commands(sub, export_formats)
    return parser


def _start_gui(args: argparse.Namespace) -> int:
    from buurtapp.ui.app import run

    return run(db=args.db, demo=args.demo)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``buurtapp`` command; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):
        # A file name that is not valid UTF-8 (an old stick) prints with '?', not a crash.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    args = _parser().parse_args(argv)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            return _start_gui(args)
        return int(handler(args))
    except BuurtappError as exc:
        print(f"buurtapp: {exc.message(user_language())}", file=sys.stderr)
    except CliError as exc:
        print(f"buurtapp: {exc}", file=sys.stderr)
    except BrokenPipeError:  # output piped into `head`
        return EXIT_OK
    except (OSError, sqlite3.Error) as exc:
        print(f"buurtapp: {exc}", file=sys.stderr)
    except KeyboardInterrupt:
        print("buurtapp: afgebroken", file=sys.stderr)
    except Exception as exc:  # the last line of defence: one line, never a traceback
        print(f"buurtapp: onverwachte fout ({type(exc).__name__}): {exc}", file=sys.stderr)
        return EXIT_UNEXPECTED
    return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
