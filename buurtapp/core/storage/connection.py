"""A connection to a Buurtapp database: one writer at a time, every write one transaction.

:class:`Database` wraps the ``sqlite3`` connection: ``atomic()`` is ``BEGIN IMMEDIATE`` with a
patient wait for another writer, and errors become one readable :class:`DatabaseError`. Opening
and creating files safely is :mod:`database`'s work.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from buurtapp.core.errors import BuurtappError, DatabaseError

if TYPE_CHECKING:
    import sqlite_utils

    from buurtapp.core.storage.file_lock import FileLock

#: How long a write waits for another program that is writing the same file.
BUSY_SECONDS = 5


def uri(path: Path, mode: str) -> str:
    """An SQLite URI for ``path``: percent-encoded, so ``#``, ``?`` and ``%`` in a name work."""
    return f"{Path(os.path.abspath(path)).as_uri()}?mode={mode}"


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def connect(address: str) -> sqlite3.Connection:
    """A connection whose text reads never fail: a damaged byte becomes '�', not a crash."""
    conn = sqlite3.connect(address, uri=True, check_same_thread=False)
    conn.text_factory = _text
    return conn


def configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
    # Deleted and anonymised text must not linger in free pages of the file.
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a laptop lid closed right after a save must not lose that save.
    conn.execute("PRAGMA synchronous = FULL")


def is_busy(exc: sqlite3.Error) -> bool:
    text = str(exc)
    return "locked" in text or "busy" in text


class Database:
    """An open Buurtapp database: a sqlite-utils handle plus one way to write (``atomic``)."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self.path = path
        self.conn = conn
        self.read_only = False
        #: Called once when a write has to wait for another program (the CLI prints a line).
        self.on_wait: Callable[[], None] | None = None
        #: The one-app-per-file lock, released on close (see :mod:`file_lock`).
        self.lock: FileLock | None = None
        self._cleanup: list[Callable[[], None]] = []

    @functools.cached_property
    def db(self) -> sqlite_utils.Database:
        """The sqlite-utils handle (savepoints of nested transactions), made when first
        needed: importing sqlite-utils costs a twentieth of a second at every start."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn, execute_plugins=False)

    def take_lock(self) -> FileLock | None:
        """Hand the lock to the caller, so it outlives this connection (a restore)."""
        lock, self.lock = self.lock, None
        return lock

    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite3.Connection]:
        """One transaction: everything inside commits together or not at all.

        The outermost level starts with ``BEGIN IMMEDIATE``, waiting up to
        :data:`BUSY_SECONDS` for another writer. SQLite errors are turned into a
        :class:`DatabaseError` the user can read; a :class:`BuurtappError` raised inside passes
        through after the rollback.
        """
        if self.read_only:
            raise DatabaseError("db_read_only")
        try:
            if self.conn.in_transaction:
                with self.db.atomic():
                    yield self.conn
                return
            self._begin()
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
        except BuurtappError:
            raise
        except sqlite3.IntegrityError as exc:
            raise DatabaseError("constraint", value=str(exc)) from exc
        except sqlite3.OperationalError as exc:
            raise write_error(exc, self.path) from exc
        except sqlite3.DatabaseError as exc:
            raise DatabaseError("db_damaged", reason=str(exc)) from exc

    def _begin(self) -> None:
        """``BEGIN IMMEDIATE``; when another program is writing, say so once, then wait."""
        conn = self.conn
        conn.execute("PRAGMA busy_timeout = 200")
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if not is_busy(exc):
                raise
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
        if self.on_wait is not None:
            self.on_wait()
        conn.execute("BEGIN IMMEDIATE")

    def query(
        self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()
    ) -> list[dict[str, Any]]:
        """Rows of a read-only query as dicts."""
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> object:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    @property
    def user_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        try:
            changed = self.conn.total_changes
        except sqlite3.ProgrammingError:  # closed already
            return
        if not self.read_only and changed:  # reading leaves the bytes alone
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA optimize")
        self.conn.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        for cleanup in self._cleanup:
            with contextlib.suppress(OSError):
                cleanup()
        self._cleanup.clear()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_error(exc: sqlite3.OperationalError, path: Path | None) -> DatabaseError:
    text = str(exc)
    if "readonly" in text:
        return DatabaseError("db_read_only")
    if is_busy(exc):
        return DatabaseError("db_busy", path=str(path or ""), seconds=BUSY_SECONDS)
    if "full" in text:
        return DatabaseError("disk_full", reason=text)
    return DatabaseError("db_write_failed", reason=text)


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A second, read-only connection to a file already judged (checks, backups, the insights
    thread); never creates a file. ``immutable`` while nobody has the file open (no ``-wal``),
    so no empty ``-wal``/``-shm`` is left beside it."""
    path = Path(path)
    if not path.exists():
        raise DatabaseError("db_missing", path=str(path))
    if os.path.exists(f"{path}-wal") and os.access(path.parent, os.W_OK):
        return connect(uri(path, "ro"))
    return connect(uri(path, "ro") + "&immutable=1")
