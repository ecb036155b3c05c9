"""Nothing escapes: an uncaught exception is written to a log file in the user data folder and
shown to the user as a calm message in their language, never a silent failure.

:class:`ErrorCatcher` replaces ``sys.excepthook`` and ``threading.excepthook`` (see
:func:`buurtapp.ui.app.run`). The message is shown from the event loop (a queued signal), so
an exception in a background thread or deep inside a Qt call never opens a box there, and
only one box is open at a time.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from buurtapp.core.errors import BuurtappError, DatabaseError
from buurtapp.core.storage import paths

LOGGER = "buurtapp"
LOG_BYTES = 512 * 1024
LOG_COUNT = 3

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_path() -> Path:
    """The log file: ``buurtapp.log`` in the user data folder."""
    return paths.data_dir() / "buurtapp.log"


def logger(path: Path | None = None) -> logging.Logger:
    """The application's logger, writing to ``path`` (default :func:`log_path`), rotated at
    512 kB with three old files kept. When the file cannot be written, it logs to stderr."""
    log = logging.getLogger(LOGGER)
    target = str(path or log_path())
    for handler in log.handlers:
        if getattr(handler, "baseFilename", None) == target:
            return log
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()
    new: logging.Handler
    try:
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        # only when something is to be logged: not at every start
        from logging.handlers import RotatingFileHandler

        new = RotatingFileHandler(
            target, maxBytes=LOG_BYTES, backupCount=LOG_COUNT, encoding="utf-8"
        )
    except OSError:
        new = logging.StreamHandler(sys.stderr)
    new.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(new)
    log.setLevel(logging.INFO)
    log.propagate = False
    return log


def message_for(error: BaseException) -> str:
    """What the user reads about ``error``: the core's own message for a
    :class:`BuurtappError`, a plain sentence for anything else (details go to the log)."""
    from buurtapp.ui.ask import ui_language

    if isinstance(error, sqlite3.OperationalError) and "readonly" in str(error):
        error = DatabaseError("db_read_only")
    if isinstance(error, BuurtappError):
        return error.message(ui_language())
    text = str(
        QCoreApplication.translate(
            "ErrorCatcher",
            "Something went wrong and the last action was not finished. What was saved "
            "before is safe. The details are in %1.",
        )
    )
    return text.replace("%1", str(log_path()))


def is_damage(error: BaseException) -> bool:
    """Whether ``error`` says the file itself is damaged (a page that cannot be read), as
    opposed to a busy, read-only or full disk (those are ``OperationalError``)."""
    if isinstance(error, BuurtappError):
        return error.code in ("db_damaged", "db_damaged_file")
    return type(error) is sqlite3.DatabaseError


class ErrorCatcher(QObject):
    """Catches what nobody else caught: logs it and shows it (one message box at a time).

    A damaged page read anywhere (the window shows a file before its full check has ended)
    goes to ``on_damage`` first: the window then shows the file read-only and offers a backup,
    instead of a message per page that could not be read."""

    #: A message to show; emitted from any thread, shown in the window's thread.
    caught = Signal(str)
    #: The same for damage, with the file open when it was read (``file_of``): handled by
    #: ``on_damage`` in the window's thread, which may show another file by then.
    damage_found = Signal(str, object)

    def __init__(
        self,
        parent_widget: Callable[[], QWidget | None] | None = None,
        log_file: Path | None = None,
        on_damage: Callable[[str, Path | None], bool] | None = None,
        file_of: Callable[[], Path | None] | None = None,
    ) -> None:
        super().__init__()
        self.parent_widget = parent_widget or QApplication.activeWindow
        self.log_file = log_file
        self.shown: list[str] = []
        self.showing = False
        self.on_damage = on_damage
        self.file_of = file_of or (lambda: None)
        self.previous: tuple[object, object] | None = None
        self.caught.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.damage_found.connect(self._damage, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Become ``sys.excepthook`` and ``threading.excepthook``."""
        if self.previous is None:
            self.previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self.previous is not None:
            sys.excepthook, threading.excepthook = self.previous  # type: ignore[assignment]
            self.previous = None

    def handle(
        self,
        exc_type: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        """Log ``error`` with its traceback and ask the window to show it."""
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, error, trace)
            return
        with contextlib.suppress(Exception):
            logger(self.log_file).error(
                "Uncaught %s", exc_type.__name__, exc_info=(exc_type, error, trace)
            )
        if self.on_damage is not None and is_damage(error):
            if not isinstance(error, BuurtappError):
                error = DatabaseError("db_damaged", reason=str(error))
            with contextlib.suppress(Exception):
                self.damage_found.emit(message_for(error), self.file_of())
                return
        try:
            text = message_for(error)
        except Exception:  # never let the hook itself fail
            text = str(error)
        self.caught.emit(text)

    def _damage(self, text: str, path: Path | None) -> None:
        if self.on_damage is None or not self.on_damage(text, path):
            self._show(text)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, text: str) -> None:
        self.shown.append(text)
        if self.showing:  # one box at a time; the rest is in the log
            return
        from buurtapp.ui.ask import warn

        self.showing = True
        try:
            warn(self.parent_widget(), text)
        finally:
            self.showing = False
