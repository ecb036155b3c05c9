"""The command line's data jobs: ``import``, ``export KIND`` and ``person export|anonymise``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from buurtapp.cli_open import open_database
from buurtapp.cli_types import record_id
from buurtapp.core.i18n import _, language, ngettext

if TYPE_CHECKING:
    from buurtapp.core.exchange.importing import ImportPlan

LIST_KINDS = ("participants", "places", "organisations", "activities", "initiatives")
IMPORT_KINDS = ("participants", "places", "organisations", "initiatives", "activities")


def _say(text: str) -> None:
    """Print one line even when the terminal cannot show every character of a name."""
    encoding = sys.stdout.encoding or "utf-8"
    print(text.encode(encoding, "replace").decode(encoding, "replace"))


def _import(args: argparse.Namespace) -> int:
    """Plan, report every refused row and likely duplicate by line, then (unless --dry-run)
    make a verified backup and add the rows in one transaction."""
    from buurtapp.core.exchange.importing import apply_import, plan_import
    from buurtapp.core.exchange.tabular import read_table

    sheet = read_table(args.file, args.sheet)
    if args.dry_run:  # never a byte changed, also not for an older file (read in memory)
        with open_database(args.db, read_only=True, writes=False) as database:
            plan = plan_import(database, args.kind, sheet)
        _report(plan)
        chosen = len(plan.chosen(args.include_duplicates))
        _say(
            ngettext(
                "Trial: {n} row would be imported ({errors} with errors, {doubles} possible "
                "duplicates); nothing was changed.",
                "Trial: {n} rows would be imported ({errors} with errors, {doubles} possible "
                "duplicates); nothing was changed.",
                chosen,
            ).format(n=chosen, errors=len(plan.problems), doubles=len(plan.duplicates))
        )
        return 0
    with open_database(args.db) as database:
        plan = plan_import(database, args.kind, sheet)
        _report(plan)
        if plan.chosen(args.include_duplicates):
            from buurtapp.core.storage.backups import make_backup

            make_backup(database, "voor-import")
        written = apply_import(database, plan, include_duplicates=args.include_duplicates)
    doubles = len(plan.duplicates)
    head = ngettext("{n} row imported", "{n} rows imported", written).format(n=written)
    if not doubles:
        tail = _("{errors} with errors skipped.")
    elif args.include_duplicates:
        tail = _("{errors} with errors skipped, {doubles} possible duplicates imported anyway.")
    else:
        tail = _("{errors} with errors skipped, {doubles} possible duplicates skipped.")
    _say(f"{head}, {tail.format(errors=len(plan.problems), doubles=doubles)}")
    return 0


def _report(plan: ImportPlan) -> None:
    """Each refused row and each likely duplicate on its own line, in file order."""
    lines = [(n, error.message()) for n, error in plan.problems]
    duplicate = _("duplicate? {reason}")
    lines += [(n, duplicate.format(reason=error.message())) for n, error in plan.duplicates]
    for line, text in sorted(lines, key=lambda item: item[0]):
        _say(_("line {line}: {text}").format(line=line, text=text))


def _export(args: argparse.Namespace) -> int:
    from buurtapp.core.exchange.exporting import export
    from buurtapp.core.storage.outputs import check_output

    check_output(args.output, args.db)  # before the database is opened: not a byte changes
    with open_database(args.db, writes=False) as database:
        count = export(database, args.kind, args.output, args.format, language())
    shown = ngettext("{path} ({n} row)", "{path} ({n} rows)", count)
    print(shown.format(path=args.output, n=count))
    return 0


def _person_export(args: argparse.Namespace) -> int:
    from buurtapp.core.privacy.forgetting import write_person_json
    from buurtapp.core.storage.outputs import check_output

    check_output(args.output, args.db)  # before the database is opened: not a byte changes
    with open_database(args.db, writes=False) as database:
        path = write_person_json(database, args.id, args.output)
    print(_("All data of participant {id} are in {path}").format(id=args.id, path=path))
    return 0


def _person_anonymise(args: argparse.Namespace) -> int:
    from buurtapp.core.errors import BuurtappError, DatabaseError
    from buurtapp.core.model.repository import Repositories
    from buurtapp.core.privacy.forgetting import forget, not_scrubbed
    from buurtapp.core.storage.backups import make_backup

    with open_database(args.db) as database:
        Repositories(database).participants.get(args.id)  # a readable error if unknown
        if database.read_only:
            raise DatabaseError("db_read_only")
        try:  # a verified copy first; without it nobody is forgotten
            make_backup(database, "voor-vergeten")
        except BuurtappError as exc:
            raise DatabaseError("forget_backup_failed", reason=exc) from exc
        done = forget(database, [args.id])
    if not done.scrubbed:  # forgotten, but not yet gone from the file: no success message
        raise not_scrubbed(participant_id=args.id)
    if done.deleted:  # no history: nothing to keep counting, so everything is gone
        print(
            _(
                "Participant {id} had no history and has been deleted completely. Note: older "
                "backups still hold the data."
            ).format(id=args.id)
        )
    else:
        print(
            _(
                "Participant {id} has been anonymised; the attendance still counts. Note: older "
                "backups still hold the data."
            ).format(id=args.id)
        )
    return 0


def add_commands(sub: argparse._SubParsersAction, formats: argparse._SubParsersAction) -> None:
    """Register ``import``, the list kinds under ``export`` and ``person``."""
    p = sub.add_parser(
        "import",
        help=_("import a CSV or Excel file"),
        description=_("Import a CSV or Excel file."),
    )
    p.add_argument(
        "kind",
        choices=IMPORT_KINDS,
        metavar=_("KIND"),
        help=_("participants, places, organisations, initiatives or activities"),
    )
    p.add_argument("file", type=Path, metavar=_("FILE"))
    p.add_argument("--db", type=Path, required=True, help=_("the database file"))
    p.add_argument(
        "--sheet",
        metavar=_("NAME_OR_NUMBER"),
        help=_("the sheet of an Excel file (name, or number from 1; default: the first)"),
    )
    p.add_argument("--dry-run", action="store_true", help=_("only show, import nothing"))
    p.add_argument(
        "--include-duplicates", action="store_true", help=_("import possible duplicates too")
    )
    p.set_defaults(handler=_import)

    for kind in LIST_KINDS:
        q = formats.add_parser(kind, help=_("the list {kind} as CSV or Excel").format(kind=kind))
        q.add_argument("--db", type=Path, required=True, help=_("the database file"))
        q.add_argument(
            "--format", choices=("csv", "xlsx"), default=None, help=_("csv (default) or xlsx")
        )
        q.add_argument("-o", "--output", type=Path, required=True, help=_("the file"))
        q.set_defaults(handler=_export, kind=kind)

    person = sub.add_parser(
        "person",
        help=_("access and forgetting (GDPR)"),
        description=_("Access and forgetting (GDPR)."),
    )
    actions = person.add_subparsers(dest="action", metavar=_("ACTION"), required=True)

    def action(
        name: str, handler: Callable[[argparse.Namespace], int], text: str
    ) -> argparse.ArgumentParser:
        q = actions.add_parser(name, help=text, description=text)
        q.add_argument("--db", type=Path, required=True, help=_("the database file"))
        q.add_argument("--id", type=record_id, required=True, help=_("number of the participant"))
        q.set_defaults(handler=handler)
        return q

    action("export", _person_export, _("all data of one person as JSON")).add_argument(
        "-o", "--output", type=Path, required=True, help=_("the JSON file")
    )
    action("anonymise", _person_anonymise, _("anonymise a person (forget)"))
