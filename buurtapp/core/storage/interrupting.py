"""Stopping long reads (the full check, a backup, its verification) from another thread.

The window runs the opening check and backups on a connection of their own while the
coordinator works; closing the file or the window must not wait for them. :meth:`stop` sets a
flag and interrupts the query that runs (SQLite's ``interrupt``), and the work raises
:class:`Interrupted` instead of reporting an interrupted query as damage.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator


class Interrupted(Exception):
    """The work was stopped on request; nothing it would have reported is true or false."""


class Interrupter:
    """One per piece of background work; safe to stop from any thread, more than once."""

    def __init__(self) -> None:
        self._stopped = threading.Event()
        self._guard = threading.Lock()
        self._connections: list[sqlite3.Connection] = []

    @property
    def stopped(self) -> bool:
        return self._stopped.is_set()

    def stop(self) -> None:
        self._stopped.set()
        with self._guard:
            for conn in self._connections:
                conn.interrupt()

    def check(self) -> None:
        """Raise :class:`Interrupted` when stopped (between steps of the work)."""
        if self._stopped.is_set():
            raise Interrupted

    @contextlib.contextmanager
    def watching(self, conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        """Queries on ``conn`` inside the block are interrupted by :meth:`stop`; an error
        they raise after a stop becomes :class:`Interrupted`."""
        with self._guard:
            self.check()
            self._connections.append(conn)
        # ``interrupt`` is lost when it falls between two statements (SQLite clears it when
        # the next one starts): the progress handler asks the flag itself, every 1,000 steps.
        conn.set_progress_handler(self._stopped.is_set, 1000)
        try:
            yield conn
        except sqlite3.Error as exc:
            if self.stopped:
                raise Interrupted from exc
            raise
        finally:
            conn.set_progress_handler(None, 0)
            with self._guard:
                self._connections.remove(conn)


def watching(
    interrupter: Interrupter | None, conn: sqlite3.Connection
) -> contextlib.AbstractContextManager[sqlite3.Connection]:
    """:meth:`Interrupter.watching`, or nothing to watch for when there is no interrupter."""
    if interrupter is None:
        return contextlib.nullcontext(conn)
    return interrupter.watching(conn)
