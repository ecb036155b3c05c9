"""What the window does when the file it shows may be damaged.

Two sources: the background check (``BackupController.damaged`` / ``healthy``), and errors
that look like damage reaching the error catcher (a page that read a broken part, but also a
broken backup read by the backups dialog). Only the check decides: a suspicion has the file
checked again, and either the damage is handled (read-only, a backup offered) or the error
is shown as it was. Everything is tied to the path it concerns, so what was found in one
file never lands on another opened meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt

from buurtapp.ui import file_actions
from buurtapp.ui.ask import warn
from buurtapp.ui.backup_controller import BackupController
from buurtapp.ui.window_protocol import Window, widget_of


class DamageWatch(QObject):
    def __init__(self, window: Window, backups: BackupController) -> None:
        super().__init__(widget_of(window))
        self.window = window
        self.backups = backups
        self.told: set[Path] = set()  # files whose damage the user has been told of
        self.suspected: str | None = None  # an error that may be damage, until checked
        # queued: the question about a backup is asked after the check's signal returned
        backups.damaged.connect(self._damaged, Qt.ConnectionType.QueuedConnection)
        backups.healthy.connect(self._healthy, Qt.ConnectionType.QueuedConnection)

    def _current(self) -> Path | None:
        workspace = self.window.workspace
        return workspace.database.path if workspace is not None else None

    def file_opened(self) -> None:
        """A file opened afresh: what was told or suspected before is old news."""
        self.told.clear()
        self.suspected = None

    def seen(self, problem: str, path: Path | None) -> bool:
        """An error that looks like damage reached the error catcher while ``path`` was
        shown: the file is checked (again). True when handled here."""
        if path is None:
            return False
        if path != self._current() or path in self.told:
            return True  # another file by now, or the damage was told: logged only
        self.suspected = problem
        self.backups.recheck()
        return True

    def _damaged(self, problem: str, path: Path | None) -> None:
        """The check found ``path`` damaged: when it is still the file shown, show it
        read-only and offer a backup (a file read-only from the start: say so, once)."""
        workspace = self.window.workspace
        if workspace is None or path is None or path != self._current() or path in self.told:
            return  # found in a file shown before (closed already), or told already
        self.told.add(path)
        self.suspected = None
        if not workspace.database.read_only:
            file_actions.damaged_while_open(self.window, problem)
        else:
            warn(widget_of(self.window), problem)

    def _healthy(self, path: Path | None) -> None:
        """The check found nothing: an error that looked like damage came from elsewhere
        (a damaged backup, another file): shown as it was."""
        suspected, self.suspected = self.suspected, None
        if suspected and path is not None and path == self._current():
            warn(widget_of(self.window), suspected)
