"""File > New, Open, Open recent and Backup: the dialogs around ``core.database`` and backups."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog

from buurtapp.core import formatting
from buurtapp.core.errors import BuurtappError, DatabaseError
from buurtapp.core.model import app_settings
from buurtapp.core.opening import open_file
from buurtapp.core.storage import backup, file_lock, paths
from buurtapp.core.storage.backup_paths import folder_for
from buurtapp.core.storage.backups import BackupInfo, list_backups, verify
from buurtapp.core.storage.connection import Database
from buurtapp.qt_text import arg
from buurtapp.ui.ask import confirm, ui_language, warn
from buurtapp.ui.file_guard import risky_location
from buurtapp.ui.window_protocol import Window, widget_of

if TYPE_CHECKING:
    from buurtapp.ui.new_centre_dialog import NewCentreDialog

translate = QCoreApplication.translate


def _filter() -> str:
    return translate("FileActions", "Buurtapp database (*.db *.sqlite);;All files (*)")


def new_database(window: Window, then_import: bool = False) -> NewCentreDialog:
    """Bestand > Nieuwe database, and the welcome page's new centre: the same two questions
    (the centre's name, printed on every page; where the file goes, the standard place
    unless another is chosen), then the file is made with that name and opened."""
    from buurtapp.ui.new_centre_dialog import NewCentreDialog

    def create(path: Path, name: str) -> bool:
        return open_path(window, path, create=True, centre_name=name)

    dialog = NewCentreDialog(create, widget_of(window), then_import)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_database(window: Window) -> None:
    path, _ = QFileDialog.getOpenFileName(
        widget_of(window), translate("FileActions", "Open database"), "", _filter()
    )
    if path:
        open_path(window, Path(path))


def example_file() -> Path:
    """The example (the demo with its made-up neighbourhood), written the first time it is
    asked for (a second or two) beside the default file; later starts open it at once."""
    target = paths.demo_database()
    if not target.exists():
        from buurtapp.core.demo.writer import write_demo

        target.parent.mkdir(parents=True, exist_ok=True)
        write_demo(target).close()
    return target


def open_path(
    window: Window, path: Path, create: bool = False, centre_name: str | None = None
) -> bool:
    """Open (or create) ``path`` in the window; a readable message when that is not possible.

    The core's one opening function judges the file, takes the one-app-per-file lock (held
    by the open database, so it lasts as long as the file is open) and checks its health; a
    damaged file is set aside and the newest backup offered. A new file gets ``centre_name``
    (checked by the caller first) as part of being made: should naming fail (a full disk),
    there is no file, and the coordinator can simply try again.
    """
    current = window.workspace.database.path if window.workspace is not None else None
    if not create and current is not None and _same_file(current, path):
        window.statusBar().showMessage(
            translate("FileActions", "%1 is already open.").replace("%1", path.name), 8000
        )
        return True
    held: file_lock.FileLock | None = None
    try:
        if create:
            name = centre_name

            def named(made: Database) -> None:
                if name is not None:
                    app_settings.set_centre_name(made, name)

            opened = open_file(path, create=True, lock=True, fill=named)
        else:
            # Held from here on, also while a damaged file is set aside and a backup restored.
            held = file_lock.acquire(path)
            try:
                # The full check runs in the background once the window shows the file
                # (BackupController); first only when opening would write to it.
                opened = open_file(path, lock=held, check_later=True)
            except BuurtappError as error:
                if not _damaged(path, error):
                    raise
                if not _replaced_by_backup(window, path):
                    held.release()
                    return False
                opened = open_file(path, lock=held)
    except BuurtappError as error:
        if held is not None:
            held.release()
        warn(widget_of(window), error)
        if (
            error.code == "db_missing"
            and str(path) in window.settings.recent_files
            and confirm(
                widget_of(window),
                translate("FileActions", "Forget this file?"),
                translate("FileActions", "Remove %1 from the recent files?").replace(
                    "%1", str(path)
                ),
                translate("FileActions", "Remove from list"),
            )
        ):
            window.settings.forget_recent(str(path))
        return False
    window.set_database(opened)
    _warn_risky(window, path)
    return True


def _damaged(path: Path, error: BuurtappError) -> bool:
    """Whether opening failed because the file itself is damaged (not locked, missing, …)."""
    if error.code not in ("db_damaged", "db_unreadable", "db_damaged_file"):
        return False
    from buurtapp.core.storage.health import check

    try:
        return check(path).damaged
    except BuurtappError:
        return False


def damaged_while_open(window: Window, problem: str) -> None:
    """The background check found the open file damaged: show it read-only at once (nothing
    more is written to it; ``problem`` in the status bar) and offer the newest healthy backup,
    as at opening. The file stays locked throughout: one app per file."""
    if window.workspace is None or window.workspace.database.path is None:
        return
    path = window.workspace.database.path
    unsaved = _take_unsaved(window)  # typed notes: never into the damaged file
    held = window.workspace.database.take_lock() or file_lock.acquire(path)
    window.set_database(None)
    with contextlib.suppress(BuurtappError):  # not readable: the question is all there is
        window.set_database(open_file(path, read_only=True, lock=held), checked=True)
    window.statusBar().showMessage(problem)
    if unsaved:
        warn(
            widget_of(window),
            translate(
                "FileActions",
                "Not saved, because the file is damaged (copy it if you need it): %1",
            ).replace("%1", unsaved),
        )
    if not _replaced_by_backup(window, path):
        if window.workspace is None:
            held.release()
            window.show_welcome(problem)  # no file to show: the ways to go on
        return
    if window.workspace is not None:
        window.workspace.database.take_lock()  # kept for the file put back
    window.set_database(None)
    try:
        window.set_database(open_file(path, lock=held))
    except BuurtappError as error:
        held.release()
        warn(widget_of(window), error)
        window.show_welcome(error.message(ui_language()))
        return
    window.statusBar().showMessage(translate("FileActions", "Backup put back."), 8000)


def _take_unsaved(window: Window) -> str:
    """What was typed in the session panel and not saved yet, as text to show, taken off the
    panel (closing the page would otherwise save it)."""
    week = window.week_page
    values = week.panel.take_pending() if week is not None else {}
    parts = []
    if "walk_ins" in values:
        parts.append(
            translate("FileActions", "walk-ins: %1").replace("%1", str(values["walk_ins"]))
        )
    if values.get("notes"):
        parts.append(translate("FileActions", "notes: %1").replace("%1", str(values["notes"])))
    return "; ".join(parts)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def make_backup(window: Window) -> None:
    if window.workspace is None or window.workspace.database.path is None:
        return
    source = window.workspace.database.path
    path, _ = QFileDialog.getSaveFileName(
        widget_of(window),
        translate("FileActions", "Make a backup"),
        str(backup.default_backup_path(source)),
        _filter(),
    )
    if not path:
        return
    try:
        target = backup.backup(source, Path(path))
    except BuurtappError as error:
        warn(widget_of(window), error)
        return
    window.statusBar().showMessage(
        translate("FileActions", "Backup made: %1").replace("%1", str(target)), 8000
    )


def _replaced_by_backup(window: Window, path: Path) -> bool:
    """A damaged file is kept as ``.damaged`` and the newest healthy backup offered in its
    place."""
    damaged = path.with_name(path.name + ".damaged")
    n = 1
    while damaged.exists():  # an earlier damaged copy is kept too
        n += 1
        damaged = path.with_name(f"{path.name}.{n}.damaged")
    try:
        shutil.copyfile(path, damaged)
    except OSError as exc:
        warn(
            widget_of(window),
            DatabaseError("path_unwritable", path=str(damaged), reason=exc.strerror),
        )
        return False
    newest = _newest_healthy(path)
    text = arg(
        translate("FileActions", "%1 is damaged. A copy is kept as %2."), path.name, damaged.name
    )
    if newest is None:
        warn(
            widget_of(window),
            text + " " + translate("FileActions", "There is no backup to put back."),
        )
        return False
    if not confirm(
        widget_of(window),
        translate("FileActions", "Damaged file"),
        text,
        translate("FileActions", "Put back the backup of %1").replace(
            "%1", formatting.moment(newest.made)
        ),
    ):
        return False
    from buurtapp.core.restoring import restore

    restore(newest.path, path, keep_current=False)  # the damaged file is kept already
    return True


def _newest_healthy(path: Path) -> BackupInfo | None:
    """The newest backup that passes the full check (a backup made just before the damage
    was noticed may carry it too)."""
    for candidate in list_backups(folder_for(path))[:_BACKUPS_TRIED]:
        try:
            verify(candidate.path)
        except BuurtappError:
            continue
        return candidate
    return None


#: How many backups, newest first, are checked for a healthy one before giving up.
_BACKUPS_TRIED = 10


def _warn_risky(window: Window, path: Path) -> None:
    key = f"warned/{path.resolve()}"
    if risky_location(path) and not window.settings.store.value(key, False, type=bool):
        window.settings.store.setValue(key, True)
        warn(
            widget_of(window),
            translate(
                "FileActions",
                "%1 is in a cloud, network or removable folder. A database can get "
                "damaged there when the connection drops or two computers use it. Keep it on this "
                "computer if you can; Buurtapp makes backups either way.",
            ).replace("%1", path.name),
        )
