"""The command line's ``print`` and ``export ics`` jobs (Qt is only started for printing).

``print`` has one sub-command per document of ``buurtapp.reports.catalogue``, with the
arguments its needs ask for: a document added there is printable here without a change.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from buurtapp.cli_open import open_database
from buurtapp.cli_types import record_id
from buurtapp.core.i18n import gettext, ngettext, user_language

if TYPE_CHECKING:
    from buurtapp.reports.catalogue import Request

EXIT_OK = 0


def _request(args: argparse.Namespace) -> Request:
    """The catalogue's request from the arguments of ``print <key>``."""
    from buurtapp.core import clock
    from buurtapp.core.documents.data import parse_week
    from buurtapp.reports.catalogue import Request

    week = getattr(args, "week", None)
    return Request(
        week=parse_week(week) if week is not None else None,
        place=getattr(args, "place", None),
        large=getattr(args, "large", False),
        session=getattr(args, "session", None),
        activity=getattr(args, "activity", None),
        initiative=getattr(args, "initiative", None),
        person=getattr(args, "participant", None),
        first=getattr(args, "from_", None),
        last=getattr(args, "to", None),
        today=clock.today(),
    )


def _print(args: argparse.Namespace) -> int:
    """``buurtapp print <key> …``: the document of the catalogue named ``key`` as a PDF."""
    from buurtapp.core.storage.outputs import check_output
    from buurtapp.qt_support import gui_application

    request = _request(args)  # a bad week is reported before anything else happens
    check_output(args.output, args.db)  # before the database is opened: not a byte changes
    gui_application(user_language())
    from buurtapp.reports.catalogue import build
    from buurtapp.reports.render import write_pdf

    with open_database(args.db, writes=False) as database:
        job = build(args.document, database, request)
    pages = write_pdf(job, args.output, database_path=args.db)
    shown = ngettext("{path} ({n} page)", "{path} ({n} pages)", pages)
    print(shown.format(path=args.output, n=pages))
    return EXIT_OK


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
    shown = ngettext("{path} ({n} appointment)", "{path} ({n} appointments)", events)
    print(shown.format(path=args.output, n=events))
    return EXIT_OK


def _arguments(p: argparse.ArgumentParser, need: str, date_type: Callable[[str], date]) -> None:
    """The arguments that give a document what it needs (see ``catalogue.Need``)."""
    lang = user_language()
    if need == "week":
        p.add_argument(
            "--week", required=True, help=gettext("the week, for example 2026-W49", lang)
        )
    elif need == "place":
        p.add_argument("--place", type=record_id, help=gettext("only this place (number)", lang))
    elif need == "large":
        p.add_argument(
            "--large", action="store_true", help=gettext("large print, for the notice board", lang)
        )
    elif need == "session":
        p.add_argument(
            "--session", type=record_id, required=True, help=gettext("number of the session", lang)
        )
    elif need in ("initiative", "activity", "person"):
        option = "--participant" if need == "person" else f"--{need}"
        p.add_argument(option, type=record_id, required=True, help=_number_of(need, lang))
    elif need == "initiative_or_activity":
        group = p.add_mutually_exclusive_group(required=True)
        group.add_argument("--initiative", type=record_id, help=_number_of("initiative", lang))
        group.add_argument("--activity", type=record_id, help=_number_of("activity", lang))
    elif need == "period":
        day = gettext("YYYY-MM-DD", lang)
        p.add_argument("--from", dest="from_", type=date_type, required=True, help=day)
        p.add_argument("--to", type=date_type, required=True, help=day)
    else:
        raise ValueError(f"the command line does not know the need {need!r}")


def _number_of(what: str, lang: str) -> str:
    texts = {
        "initiative": gettext("number of the initiative", lang),
        "activity": gettext("number of the activity", lang),
        "person": gettext("number of the participant", lang),
    }
    return texts[what]


def add_commands(
    sub: argparse._SubParsersAction, date_type: Callable[[str], date]
) -> argparse._SubParsersAction:
    """Register ``print …`` and ``export ics`` on the main parser's subcommands."""
    printing = sub.add_parser(
        "print",
        help=gettext("make a PDF to print"),
        description=gettext("Make a PDF (A4) to print."),
    )
    kinds = printing.add_subparsers(dest="document", metavar=gettext("DOCUMENT"), required=True)
    from buurtapp.reports.catalogue import entries

    for document in entries():
        text = gettext(document.help, user_language())
        p = kinds.add_parser(document.key, help=text, description=text)
        p.add_argument("--db", type=Path, required=True, help=gettext("the database file"))
        p.add_argument("-o", "--output", type=Path, required=True, help=gettext("the PDF file"))
        for need in document.needs:
            _arguments(p, need.value, date_type)
        p.set_defaults(handler=_print)

    export = sub.add_parser(
        "export",
        help=gettext("data in another format"),
        description=gettext("Data in another format."),
    )
    formats = export.add_subparsers(dest="what", metavar=gettext("FORMAT"), required=True)
    p = formats.add_parser(
        "ics",
        help=gettext("calendar (.ics) with the sessions"),
        description=gettext("Calendar (.ics) with the sessions."),
    )
    p.add_argument("--db", type=Path, required=True, help=gettext("the database file"))
    day = gettext("YYYY-MM-DD")
    p.add_argument("--from", dest="from_", type=date_type, required=True, help=day)
    p.add_argument("--to", type=date_type, required=True, help=day)
    p.add_argument("--initiative", type=record_id, help=gettext("only this initiative"))
    p.add_argument("-o", "--output", type=Path, required=True, help=gettext("the .ics file"))
    p.add_argument(
        "--with-notes",
        action="store_true",
        help=gettext(
            "the notes of the sessions too (they may hold names and phone numbers; the calendar"
            " is meant to be shared)"
        ),
    )
    p.set_defaults(handler=_ics)
    return formats
