"""The command line's ``print`` and ``export ics`` jobs (Qt is only started for printing)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from buurtapp.cli_open import open_database
from buurtapp.cli_types import record_id
from buurtapp.core.i18n import user_language
from buurtapp.core.storage.connection import Database

EXIT_OK = 0


def _print(args: argparse.Namespace, build: Callable[[Database], object]) -> int:
    from buurtapp.core.storage.outputs import check_output
    from buurtapp.qt_support import gui_application

    check_output(args.output, args.db)  # before the database is opened: not a byte changes
    gui_application(user_language())
    from buurtapp.reports.render import write_pdf

    with open_database(args.db, writes=False) as database:
        job = build(database)
    pages = write_pdf(job, args.output, database_path=args.db)  # type: ignore[arg-type]
    print(f"{args.output} ({pages} blz.)")
    return EXIT_OK


def _week(args: argparse.Namespace) -> int:
    from buurtapp.core.documents.data import parse_week
    from buurtapp.reports import documents

    monday = parse_week(args.week)
    return _print(args, lambda db: documents.week_programme(db, monday, args.place, args.large))


def _signin(args: argparse.Namespace) -> int:
    from buurtapp.reports import documents

    return _print(args, lambda db: documents.signin_sheet(db, args.session))


def _initiative(args: argparse.Namespace) -> int:
    from buurtapp.reports import documents

    return _print(
        args, lambda db: documents.initiative_overview(db, args.initiative, args.from_, args.to)
    )


def _participants(args: argparse.Namespace) -> int:
    from buurtapp.reports import documents

    return _print(args, lambda db: documents.participant_list(db, args.initiative, args.activity))


def _ics(args: argparse.Namespace) -> int:
    from buurtapp.core.exchange.ics import write_ics
    from buurtapp.core.storage.outputs import check_output

    check_output(args.output, args.db)  # before the database is opened: not a byte changes
    with open_database(args.db, writes=False) as database:
        events = write_ics(
            database,
            args.output,
            args.from_,
            args.to,
            args.initiative,
            with_notes=args.with_notes,
        )
    print(f"{args.output} ({events} afspraken)")
    return EXIT_OK


def add_commands(
    sub: argparse._SubParsersAction, date_type: Callable[[str], date]
) -> argparse._SubParsersAction:
    """Register ``print …`` and ``export ics`` on the main parser's subcommands."""
    printing = sub.add_parser(
        "print",
        help="maak een PDF om af te drukken",
        description="Maak een PDF (A4) om af te drukken.",
    )
    kinds = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)

    def document(
        name: str, handler: Callable[[argparse.Namespace], int], text: str
    ) -> argparse.ArgumentParser:
        p = kinds.add_parser(name, help=text, description=text)
        p.add_argument("--db", type=Path, required=True, help="het databasebestand")
        p.add_argument("-o", "--output", type=Path, required=True, help="het PDF-bestand")
        p.set_defaults(handler=handler)
        return p

    p = document("week", _week, "weekprogramma van één week")
    p.add_argument("--week", required=True, help="de week, bijvoorbeeld 2026-W49")
    p.add_argument("--place", type=record_id, help="alleen deze plek (nummer)")
    p.add_argument("--large", action="store_true", help="grote letters voor het prikbord")
    p = document("signin", _signin, "presentielijst van één bijeenkomst")
    p.add_argument("--session", type=record_id, required=True, help="nummer van de bijeenkomst")
    p = document("initiative", _initiative, "overzicht van één initiatief over een periode")
    p.add_argument("--initiative", type=record_id, required=True, help="nummer van het initiatief")
    p.add_argument("--from", dest="from_", type=date_type, required=True, help="JJJJ-MM-DD")
    p.add_argument("--to", type=date_type, required=True, help="JJJJ-MM-DD")
    p = document("participants", _participants, "deelnemerslijst")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--initiative", type=record_id, help="nummer van het initiatief")
    group.add_argument("--activity", type=record_id, help="nummer van de activiteit")

    export = sub.add_parser(
        "export",
        help="gegevens naar een ander formaat",
        description="Gegevens naar een ander formaat.",
    )
    formats = export.add_subparsers(dest="what", metavar="FORMAAT", required=True)
    p = formats.add_parser(
        "ics",
        help="agenda (.ics) met de bijeenkomsten",
        description="Agenda (.ics) met de bijeenkomsten.",
    )
    p.add_argument("--db", type=Path, required=True, help="het databasebestand")
    p.add_argument("--from", dest="from_", type=date_type, required=True, help="JJJJ-MM-DD")
    p.add_argument("--to", type=date_type, required=True, help="JJJJ-MM-DD")
    p.add_argument("--initiative", type=record_id, help="alleen dit initiatief")
    p.add_argument("-o", "--output", type=Path, required=True, help="het .ics-bestand")
    p.add_argument(
        "--with-notes",
        action="store_true",
        help="ook de notities van de bijeenkomsten (kunnen namen en telefoonnummers bevatten;"
        " de agenda is bedoeld om te delen)",
    )
    p.set_defaults(handler=_ics)
    return formats
