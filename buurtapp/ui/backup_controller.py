"""Automatic backups while the window is open: when a file is opened (after the full check,
both in the background), every 30 minutes while it changes (in the background too), and
before imports and bulk forgetting (at once, before the write); the status bar tells what is
going on and when the last backup was. Each backup is copied to the second backup folder too
when one is set (Bewerken > Instellingen); when that folder cannot be reached the status bar
says so once, and the backup in the main folder stands."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from buurtapp.core import clock, formatting
from buurtapp.core.errors import BuurtappError
from buurtapp.core.opening import AfterOpening
from buurtapp.core.storage.backup_paths import folder_for
from buurtapp.core.storage.backups import make_backup
from buurtapp.core.storage.second_folder import copy_to_second
from buurtapp.qt_text import arg
from buurtapp.ui.background_work import BackgroundWork
from buurtapp.ui.settings import Settings
from buurtapp.ui.workspace import Workspace

INTERVAL_MS = 30 * 60 * 1000


class BackupController(QObject):
    #: The full check found a file damaged: its first problem (in the user's language) and
    #: its path (the window may show another file by the time it hears of it).
    damaged = Signal(str, object)
    #: The full check of a file found no damage (its path).
    healthy = Signal(object)

    def __init__(self, label: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.workspace: Workspace | None = None
        self.dirty = False
        self.last: datetime | None = None
        self.work: BackgroundWork | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        # The window's settings (its parent's): where the second backup folder is.
        settings = getattr(parent, "settings", None)
        self.settings = settings if isinstance(settings, Settings) else None
        #: The second folder last reported as unreachable: said once, not every 30 minutes.
        self.reported: str | None = None
        #: The last copy made in the second folder (tests and Help > Over look at it).
        self.last_second: Path | None = None
        #: The last backup did not reach the second folder: the status bar says so beside it.
        self.second_missed = False

    @property
    def second_folder(self) -> Path | None:
        """The second backup folder chosen on this computer, or None."""
        chosen = self.settings.second_backup_folder if self.settings is not None else ""
        return Path(chosen) if chosen else None

    def attach(self, workspace: Workspace | None) -> None:
        """Watch ``workspace``: check it and back it up in the background (once per opened
        file: a workspace handed to a rebuilt window was checked already)."""
        self.stop()
        self.workspace = workspace
        self.dirty = False
        self.last = None
        self.label.clear()
        if workspace is None:
            self.timer.stop()
            return
        writable = not workspace.database.read_only
        if writable:
            workspace.changed.connect(self._changed)
            self.timer.start()
        else:
            self.timer.stop()
        if not workspace.checked:
            self._start(check=True, back_up=writable, reason="openen")

    def stop(self) -> None:
        """Stop the background work (the file or the window closes); nothing it found is
        reported afterwards."""
        work, self.work = self.work, None
        if work is not None:
            work.finished_work.disconnect()
            work.failed.disconnect()
            work.stop()
            work.deleteLater()

    def recheck(self) -> None:
        """Check the file shown again (something read it as damaged); a check that runs
        already answers this too."""
        if self.work is not None and self.work.check:
            return
        self._start(check=True, back_up=False, reason="")

    @property
    def busy(self) -> bool:
        return self.work is not None

    def back_up_soon(self) -> None:
        """A backup in the background now (a second folder was just chosen: it gets a copy
        at once, not only after the next change and half an hour); after the work that runs."""
        if self.workspace is None or self.workspace.database.read_only:
            return
        if self.work is None:
            self._start(check=False, back_up=True, reason="auto")
        else:
            self.dirty = True  # the next tick makes it

    def _start(self, *, check: bool, back_up: bool, reason: str) -> None:
        if self.workspace is None or self.workspace.database.path is None:
            return
        self.stop()
        work = BackgroundWork(
            self.workspace.database.path,
            check=check,
            back_up=back_up,
            reason=reason,
            second_folder=self.second_folder if back_up else None,
        )
        work.finished_work.connect(self._finished)
        work.failed.connect(self._failed)
        self.work = work
        self.label.setText(self.tr("Checking the file…") if check else self.tr("Making a backup…"))
        work.start(QThread.Priority.LowPriority)

    def _finished(self, outcome: AfterOpening) -> None:
        if self.work is None or self.sender() is not self.work:
            return  # the work of a file shown before: too late
        path, checked, second = self.work.path, self.work.check, self.work.second_folder
        self._done()
        if self.workspace is not None:
            self.workspace.checked = True
        if outcome.damaged:
            self.label.setText(self.tr("The file is damaged"))
            self.damaged.emit(outcome.problems[0] if outcome.problems else "", path)
            return
        if checked:
            self.healthy.emit(path)
        if outcome.backup_error is not None:
            self.dirty = True  # the next tick tries again
            self._show_failure(outcome.backup_error)
        elif outcome.backup is not None:
            self._made()
            if outcome.second_error is not None:
                self._second_failed(second, outcome.second_error)
            elif outcome.second is not None:
                self._second_made(outcome.second)
        else:
            self._show_last()

    def _failed(self, message: str) -> None:
        if self.work is None or self.sender() is not self.work:
            return
        checking = self.work.check
        self._done()
        text = self.tr("Check failed: %1") if checking else self.tr("Backup failed: %1")
        self.label.setText(text.replace("%1", message))

    def _done(self) -> None:
        work, self.work = self.work, None
        if work is not None:
            work.wait()
            work.deleteLater()

    def _changed(self, _tables: set) -> None:
        self.dirty = True

    def _tick(self) -> None:
        if self.dirty and self.work is None:
            self.dirty = False  # changes from now on count for the next one
            self._start(check=False, back_up=True, reason="auto")

    def backup_now(self, reason: str) -> bool:
        """Make a verified backup now (before an import or bulk forgetting); the status bar
        says when, or that it failed."""
        if self.workspace is None or self.workspace.database.read_only:
            return False
        try:
            made = make_backup(self.workspace.database, reason)
        except BuurtappError as error:
            self._show_failure(error)
            return False
        self.dirty = False
        self._made()
        self.copy_to_second(made)
        return True

    def copy_to_second(self, backup: Path) -> bool:
        """Copy ``backup`` (of the file shown) to the second backup folder, if one is set;
        False when it could not (the status bar says so, once)."""
        second = self.second_folder
        path = self.workspace.database.path if self.workspace is not None else None
        if second is None or path is None:
            return False
        try:
            copied = copy_to_second(backup, path, second)
        except BuurtappError as error:
            self._second_failed(second, error)
            return False
        self._second_made(copied)
        return True

    def _second_made(self, copied: Path) -> None:
        self.last_second = copied
        self.reported = None
        self.second_missed = False
        self.label.setToolTip("")
        self._show_last()

    def _second_failed(self, second: Path | None, error: BuurtappError) -> None:
        """One calm line: the copy could not go to ``second`` (the folder tried, which the
        settings may have changed since), and where it is."""
        path = self.workspace.database.path if self.workspace is not None else None
        if second is None or path is None:
            return
        text = arg(
            self.tr("Second backup folder not reachable: %1 — the copy is only in %2"),
            str(second),
            str(folder_for(path)),
        )
        # why, for whoever looks closer: a full stick, a read-only share, a missing one
        from buurtapp.ui.ask import ui_language

        self.label.setToolTip(f"{text}\n{error.message(ui_language())}")
        self.second_missed = True  # said beside the last backup's time while it lasts
        self._show_last()
        if self.reported == str(second):
            return
        self.reported = str(second)
        window = self.parent()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 30_000)

    def _made(self) -> None:
        self.last = clock.now()
        self._show_last()

    def _show_last(self) -> None:
        if self.last is None:
            self.label.clear()
            return
        text = self.tr("Last backup: %1").replace("%1", formatting.time_of_day(self.last))
        if self.second_missed:
            text += " · " + self.tr("not in the second folder")
        self.label.setText(text)

    def _show_failure(self, error: BuurtappError) -> None:
        from buurtapp.ui.ask import ui_language

        self.label.setText(self.tr("Backup failed: %1").replace("%1", error.message(ui_language())))
