"""The command line's data jobs: ``import``, ``export KIND`` and ``person export|anonymise``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from buurtapp.cli_open import open_database
from buurtapp.cli_types import record_id
from buurtapp.core.i18n import user_language

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

    language = user_language()
    sheet = read_table(args.file, args.sheet)
    if args.dry_run:  # never a byte changed, also not for an older file (read in memory)
        with open_database(args.db, read_only=True, writes=False) as database:
            plan = plan_import(database, args.kind, sheet)
        _report(plan, language)
        _say(
            f"Proef: {len(plan.chosen(args.include_duplicates))} rijen zouden worden ingelezen "
            f"({len(plan.problems)} met fouten, {len(plan.duplicates)} mogelijke dubbelen); "
            "er is niets veranderd."
        )
        return 0
    with open_database(args.db) as database:
        plan = plan_import(database, args.kind, sheet)
        _report(plan, language)
        if plan.chosen(args.include_duplicates):
            from buurtapp.core.storage.backups import make_backup

            make_backup(database, "voor-import")
        written = apply_import(database, plan, include_duplicates=args.include_duplicates)
    doubles = len(plan.duplicates)
    what = "toch ingelezen" if args.include_duplicates else "overgeslagen"
    _say(
        f"{written} rijen ingelezen, {len(plan.problems)} met fouten overgeslagen"
        + (f", {doubles} mogelijke dubbelen {what}" if doubles else "")
        + "."
    )
    return 0


def _report(plan: ImportPlan, language: str) -> None:
    """Each refused row and each likely duplicate on its own line, in file order."""
    lines = [(n, error.message(language)) for n, error in plan.problems]
    lines += [(n, f"dubbel? {error.message(language)}") for n, error in plan.duplicates]
    for line, text in sorted(lines, key=lambda item: item[0]):
        _say(f"regel {line}: {text}")


def _export(args: argparse.Namespace) -> int:
    from buurtapp.core.exchange.exporting import export
    from buurtapp.core.storage.outputs import check_output

    check_output(args.output, args.db)  # before the database is opened: not a byte changes
    with open_database(args.db, writes=False) as database:
        count = export(database, args.kind, args.output, args.format, user_language())
    print(f"{args.output} ({count} rijen)")
    return 0


def _person_export(args: argparse.Namespace) -> int:
    from buurtapp.core.privacy.forgetting import write_person_json
    from buurtapp.core.storage.outputs import check_output

    check_output(args.output, args.db)  # before the database is opened: not a byte changes
    with open_database(args.db, writes=False) as database:
        path = write_person_json(database, args.id, args.output)
    print(f"Alle gegevens van deelnemer {args.id} staan in {path}")
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
            raise DatabaseError(
                "forget_backup_failed", reason=exc.message(user_language())
            ) from exc
        done = forget(database, [args.id])
    if not done.scrubbed:  # forgotten, but not yet gone from the file: no success message
        raise not_scrubbed(participant_id=args.id)
    if done.deleted:  # no history: nothing to keep counting, so everything is gone
        print(
            f"Deelnemer {args.id} had geen geschiedenis en is helemaal verwijderd. "
            "Let op: oudere reservekopieën bevatten de gegevens nog."
        )
    else:
        print(
            f"Deelnemer {args.id} is geanonimiseerd; de aanwezigheid blijft meetellen. "
            "Let op: oudere reservekopieën bevatten de gegevens nog."
        )
    return 0


def add_commands(sub: argparse._SubParsersAction, formats: argparse._SubParsersAction) -> None:
    """Register ``import``, the list kinds under ``export`` and ``person``."""
    p = sub.add_parser(
        "import",
        help="lees een CSV- of Excelbestand in",
        description="Lees een CSV- of Excelbestand in.",
    )
    p.add_argument(
        "kind",
        choices=IMPORT_KINDS,
        metavar="SOORT",
        help="participants, places, organisations, initiatives of activities",
    )
    p.add_argument("file", type=Path, metavar="BESTAND")
    p.add_argument("--db", type=Path, required=True, help="het databasebestand")
    p.add_argument(
        "--sheet",
        metavar="NAAM_OF_NUMMER",
        help="het werkblad van een Excelbestand (naam, of nummer vanaf 1; standaard het eerste)",
    )
    p.add_argument("--dry-run", action="store_true", help="alleen laten zien, niets inlezen")
    p.add_argument(
        "--include-duplicates", action="store_true", help="ook mogelijke dubbelen inlezen"
    )
    p.set_defaults(handler=_import)

    for kind in LIST_KINDS:
        q = formats.add_parser(kind, help=f"de lijst {kind} als CSV of Excel")
        q.add_argument("--db", type=Path, required=True, help="het databasebestand")
        q.add_argument(
            "--format", choices=("csv", "xlsx"), default=None, help="csv (standaard) of xlsx"
        )
        q.add_argument("-o", "--output", type=Path, required=True, help="het bestand")
        q.set_defaults(handler=_export, kind=kind)

    person = sub.add_parser(
        "person", help="inzage en vergeten (AVG)", description="Inzage en vergeten (AVG)."
    )
    actions = person.add_subparsers(dest="action", metavar="ACTIE", required=True)

    def action(
        name: str, handler: Callable[[argparse.Namespace], int], text: str
    ) -> argparse.ArgumentParser:
        q = actions.add_parser(name, help=text, description=text)
        q.add_argument("--db", type=Path, required=True, help="het databasebestand")
        q.add_argument("--id", type=record_id, required=True, help="nummer van de deelnemer")
        q.set_defaults(handler=handler)
        return q

    action("export", _person_export, "alle gegevens van één persoon naar JSON").add_argument(
        "-o", "--output", type=Path, required=True, help="het JSON-bestand"
    )
    action("anonymise", _person_anonymise, "een persoon anonimiseren (vergeten)")
