"""``buurtapp settings``: show or change the settings of a file (in the database) and of this
computer (the same QSettings file the window uses), as Bewerken > Instellingen does.

Every value is checked before the file is opened: a wrong one is one line on stderr, exit 2,
and not a byte of the file (or of the computer's settings) changes. The file's settings are
written in one transaction, under the one-app-per-file lock.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from buurtapp.core.i18n import _

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from buurtapp.core.model.app_settings import FileSettings

#: The language choices on the command line; "system" is stored as '' (follow the system).
LANGUAGE_CHOICES = ("nl", "en", "system")


class SettingsError(Exception):
    """A value that cannot be stored, already phrased for the user."""


def _file_changes(args: argparse.Namespace) -> dict[str, object]:
    """The file's settings asked for, by field of :class:`FileSettings` (the logo read and
    made small already)."""
    changes: dict[str, object] = {}
    if args.centre_name is not None:
        changes["centre_name"] = args.centre_name
    if args.no_logo:
        changes["logo"] = None
    elif args.logo is not None:
        from buurtapp.core.i18n import language
        from buurtapp.qt_logo import LogoError, logo_from_file
        from buurtapp.qt_support import gui_application

        gui_application(language())  # a drawing with text in it needs fonts, so an application
        try:
            changes["logo"] = logo_from_file(args.logo)
        except LogoError as error:
            raise SettingsError(error.message()) from error
    if args.signin_rows is not None:
        changes["signin_empty_rows"] = args.signin_rows
    if args.retention_years is not None:
        changes["retention_years"] = args.retention_years
    return changes


def _check(changes: dict[str, object]) -> None:
    """Refuse a wrong value before the file is opened (so it stays byte for byte as it was)."""
    from buurtapp.core.model import app_settings

    base = app_settings.FileSettings("Buurthuis", None, 0, app_settings.RETENTION_MIN)
    wanted = replace(base, **changes)  # type: ignore[arg-type]
    fields = {"logo": "centre_logo"}
    asked = {fields.get(name, name) for name in changes}
    for problem in app_settings.problems(wanted):
        if problem.field in asked:
            raise problem


def _store() -> QSettings:
    from buurtapp.computer_settings import user_store

    return user_store()


def _computer_changes(args: argparse.Namespace) -> dict[str, object]:
    from buurtapp.computer_settings import LANGUAGE, SECOND_BACKUP_FOLDER, TEXT_SIZE

    changes: dict[str, object] = {}
    if args.no_backup_folder:
        changes[SECOND_BACKUP_FOLDER] = ""
    elif args.backup_folder is not None:
        from buurtapp.core.storage.second_folder import NOT_A_FOLDER, second_folder_problem

        if not args.backup_folder.strip():  # an empty $STICK in a script: not "here"
            raise SettingsError(
                _("the second backup folder is empty; to have none, use --no-backup-folder")
            )
        folder = Path(args.backup_folder).expanduser().absolute()
        if second_folder_problem(folder) == NOT_A_FOLDER:
            raise SettingsError(_("{path} is not a folder.").format(path=folder))
        changes[SECOND_BACKUP_FOLDER] = str(folder)
    if args.language is not None:
        changes[LANGUAGE] = "" if args.language == "system" else args.language
    if args.text_size is not None:
        changes[TEXT_SIZE] = args.text_size
    return changes


def _run(args: argparse.Namespace) -> int:
    from buurtapp.cli_open import open_database
    from buurtapp.core.model import app_settings

    changes = _file_changes(args)
    if changes and args.db is None:
        raise SettingsError(_("the settings of a file need --db FILE"))
    _check(changes)
    computer = _computer_changes(args)
    if args.db is not None:
        with open_database(args.db, writes=bool(changes)) as database:
            if changes:
                current = app_settings.file_settings(database)
                app_settings.save_file_settings(database, replace(current, **changes))  # type: ignore[arg-type]
            shown = app_settings.file_settings(database)
    store = _store()
    for key, value in computer.items():
        store.setValue(key, value)
    store.sync()
    from PySide6.QtCore import QSettings

    if computer and store.status() != QSettings.Status.NoError:
        raise SettingsError(
            _("the settings of this computer could not be saved in {path}").format(
                path=store.fileName()
            )
        )
    if changes or computer:
        print(_("Settings saved."))
    if args.db is not None:
        _print_file(shown)
    _print_computer(store)
    return 0


def _print_file(settings: FileSettings) -> None:
    logo = (
        _("PNG/JPEG, {size} kB").format(size=max(1, round(len(settings.logo) / 1024)))
        if settings.logo
        else _("none")
    )
    for label, value in (
        (_("Name of the centre"), settings.centre_name),
        (_("Logo"), logo),
        (_("Empty rows on a sign-in sheet"), str(settings.signin_empty_rows)),
        (_("Retention period in years"), str(settings.retention_years)),
    ):
        print(f"{label}: {value}")


def _print_computer(store: QSettings) -> None:
    from buurtapp.computer_settings import (
        DEFAULT_TEXT_SIZE,
        LANGUAGE,
        SECOND_BACKUP_FOLDER,
        TEXT_SIZE,
    )
    from buurtapp.core.storage.second_folder import second_folder_problem

    folder = str(store.value(SECOND_BACKUP_FOLDER, "") or "")
    shown_folder = folder or _("none")
    if folder and second_folder_problem(Path(folder)) is not None:
        shown_folder = _("{path} (not found or not writable)").format(path=folder)
    language = str(store.value(LANGUAGE, "") or "") or _("follow the system")
    size = str(store.value(TEXT_SIZE, DEFAULT_TEXT_SIZE))
    for label, value in (
        (_("Second backup folder (this computer)"), shown_folder),
        (_("Language (this computer)"), language),
        (_("Text size (this computer)"), f"{size}%"),
    ):
        print(f"{label}: {value}")


def _handler(args: argparse.Namespace) -> int:
    """As the other commands: a wrong value is one line on stderr and exit 2."""
    try:
        return _run(args)
    except SettingsError as error:
        print(f"buurtapp: {error}", file=sys.stderr)
        return 2


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register ``settings``."""
    from buurtapp.computer_settings import TEXT_SIZES

    text = _("show or change the settings of a file and of this computer")
    p = sub.add_parser("settings", help=text, description=text)
    # SUPPRESS: `buurtapp --db FILE settings` keeps the --db given before the command
    p.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=_("the database file"))
    p.add_argument("--centre-name", metavar=_("TEXT"), help=_("the name printed on every page"))
    logo = p.add_mutually_exclusive_group()
    logo.add_argument(
        "--logo", type=Path, help=_("a picture (PNG, JPEG, SVG, …) printed on every page")
    )
    logo.add_argument("--no-logo", action="store_true", help=_("no logo"))
    p.add_argument(
        "--signin-rows",
        type=int,
        metavar=_("NUMBER"),
        help=_("empty rows on a sign-in sheet (0 to 60)"),
    )
    p.add_argument(
        "--retention-years",
        type=int,
        metavar=_("NUMBER"),
        help=_("the retention period in years (1 to 20)"),
    )
    folder = p.add_mutually_exclusive_group()
    folder.add_argument(
        "--backup-folder",
        type=str,  # as typed: an empty value is refused, not taken as "this folder"
        metavar=_("FOLDER"),
        help=_("a second folder for every automatic backup (a USB stick, a network folder)"),
    )
    folder.add_argument(
        "--no-backup-folder", action="store_true", help=_("no second backup folder")
    )
    p.add_argument(
        "--language",
        choices=LANGUAGE_CHOICES,
        help=_("the window's language on this computer: nl, en or system"),
    )
    p.add_argument(
        "--text-size",
        type=int,
        choices=TEXT_SIZES,
        metavar=_("PERCENT"),
        help=_("the window's text size on this computer: {sizes}").format(
            sizes=", ".join(str(size) for size in TEXT_SIZES)
        ),
    )
    p.set_defaults(handler=_handler)
