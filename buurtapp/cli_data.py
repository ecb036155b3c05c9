"""The command line's data jobs: ``import``, ``export KIND`` and ``person export|anonymise``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from buurtapp.core.database import open_database
from buurtapp.core.i18n import user_language

LIST_KINDS = ("participants", "places", "organisations", "activities", "initiatives")
IMPORT_KINDS = ("participants", "places", "organisations", "activities")


def _import(args: argparse.Namespace) -> int:
    from buurtapp.core.importing import apply_import, plan_import
    from buurtapp.core.tabular import read_table

    language = user_language()
    sheet = read_table(args.file)
    with open_database(args.db) as database:
        plan = plan_import(database, args.kind, sheet)
        for line, error in plan.problems:
            print(f"regel {line}: {error.message(language)}")
        for line, error in plan.duplicates:
            print(f"regel {line}: dubbel? {error.message(language)}")
        if args.dry_run:
            print(
                f"Proef: {len(plan.records)} rijen zouden worden ingelezen "
                f"({len(plan.problems)} met fouten); er is niets veranderd."
            )
            return 0
        written = apply_import(database, plan, include_duplicates=args.include_duplicates)
    skipped = len(plan.records) - written
    print(
        f"{written} rijen ingelezen, {len(plan.problems)} met fouten overgeslagen"
        + (f", {skipped} mogelijke dubbelen overgeslagen" if skipped else "")
        + "."
    )
    return 0


def _export(args: argparse.Namespace) -> int:
    from buurtapp.core.exporting import export

    with open_database(args.db) as database:
        count = export(database, args.kind, args.output, args.format, user_language())
    print(f"{args.output} ({count} rijen)")
    return 0


def _person_export(args: argparse.Namespace) -> int:
    from buurtapp.core.privacy import write_person_json

    with open_database(args.db) as database:
        path = write_person_json(database, args.id, args.output)
    print(f"Alle gegevens van deelnemer {args.id} staan in {path}")
    return 0


def _person_anonymise(args: argparse.Namespace) -> int:
    from buurtapp.core.privacy import forget
    from buurtapp.core.repository import Repositories

    with open_database(args.db) as database:
        Repositories(database).participants.get(args.id)  # a readable error if unknown
        forget(database, [args.id])
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
        help="participants, places, organisations of activities",
    )
    p.add_argument("file", type=Path, metavar="BESTAND")
    p.add_argument("--db", type=Path, required=True, help="het databasebestand")
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
        q.add_argument("--id", type=int, required=True, help="nummer van de deelnemer")
        q.set_defaults(handler=handler)
        return q

    action("export", _person_export, "alle gegevens van één persoon naar JSON").add_argument(
        "-o", "--output", type=Path, required=True, help="het JSON-bestand"
    )
    action("anonymise", _person_anonymise, "een persoon anonimiseren (vergeten)")
