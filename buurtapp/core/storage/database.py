"""Opening, creating and migrating a Buurtapp database file safely.

An existing file is first judged (``file_judge.judge``: header and committed ``-wal`` frames,
read with plain file reads), so a foreign, newer or odd file is refused byte-identical, and only
then opened with ``mode=rw``, so a vanished file (a USB stick pulled out) is never silently
recreated. A new file is built beside its name and renamed into place when complete, so an
interrupted ``init`` or ``demo`` leaves no half database behind.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from buurtapp.core.errors import DatabaseError
from buurtapp.core.storage.connection import (
    BUSY_SECONDS,
    Database,
    configure,
    connect,
    is_busy,
    uri,
    write_error,
)
from buurtapp.core.storage.file_judge import Verdict, judge, name_fits
from buurtapp.core.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION


def create_database(path: Path, fill: Callable[[Database], None] | None = None) -> Database:
    """Create a new database at ``path`` (refusing an existing name), filled by ``fill``.

    The file is built under a hidden temporary name in the same folder and renamed into place
    only when it is complete, so an interrupted creation (kill -9, full disk) leaves no file at
    ``path``.
    """
    path = Path(path)
    if os.path.lexists(path):
        raise DatabaseError("db_exists", path=str(path))
    if not path.parent.is_dir():
        raise DatabaseError("folder_missing", path=str(path))
    name_fits(path)
    _remove_stale_builds(path)
    building = path.with_name(f".{_short(path.name)}.{os.getpid()}-{uuid.uuid4().hex[:8]}.creating")
    try:
        conn = connect(uri(building, "rwc"))
        configure(conn)
    except sqlite3.Error as exc:
        _remove_build(building)
        raise DatabaseError("path_unwritable", path=str(path), reason=str(exc)) from exc
    database = Database(conn, path)
    try:
        migrate(database)
        if fill is not None:
            fill(database)
        conn.execute("PRAGMA optimize")
        conn.close()  # the last connection: SQLite checkpoints and removes the WAL
        try:
            os.link(building, path)  # never replaces a file that appeared meanwhile
        except FileExistsError:
            raise DatabaseError("db_exists", path=str(path)) from None
        except OSError:  # a file system without hard links (FAT stick): rename, after a check
            if os.path.lexists(path):
                raise DatabaseError("db_exists", path=str(path)) from None
            os.rename(building, path)
    except sqlite3.Error as exc:
        raise write_error(exc, path) if isinstance(
            exc, sqlite3.OperationalError
        ) else DatabaseError("db_write_failed", reason=str(exc)) from exc
    except OSError as exc:
        raise DatabaseError("path_unwritable", path=str(path), reason=exc.strerror) from exc
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
        _remove_build(building)
    return open_database(path)


def _remove_build(building: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            os.unlink(f"{building}{suffix}")


def _remove_stale_builds(path: Path) -> None:
    """Leftovers of a creation that was killed: their process is gone."""
    prefix = _short(path.name)
    for leftover in path.parent.glob(f".{glob_escape(prefix)}.*.creating"):
        pid = leftover.name[len(prefix) + 2 :].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            _remove_build(leftover)


def _short(name: str) -> str:
    """At most 150 bytes of a name, so temporary names and ``-wal`` fit in 255 bytes."""
    return os.fsencode(name)[:150].decode("utf-8", errors="ignore") or "buurtapp"


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def open_database(
    path: Path,
    *,
    create: bool = False,
    read_only: bool | None = None,
    migrate_file: bool = True,
    verdict: Verdict | None = None,
) -> Database:
    """Open an existing Buurtapp database (migrating it if older), or create one if asked.

    The file is judged first without writing anything (see :mod:`file_judge`). A file that
    cannot be written (read-only file, folder or medium) is opened read-only rather than
    failing at the first save; ``read_only=True`` never writes a byte, and gives a migrated
    in-memory copy of an older file (as does ``migrate_file=False``, for commands that only
    read). Raises :class:`DatabaseError` for a missing, foreign, odd, damaged or newer file,
    leaving it as it was. ``verdict``: the judgement just made by the caller.
    """
    path = Path(path)
    if create and not os.path.lexists(path):
        return create_database(path)
    verdict = verdict or judge(path)
    if read_only is None:
        read_only = not verdict.writable or (not migrate_file and verdict.version < SCHEMA_VERSION)
    if read_only:
        return _open_read_only(verdict)
    try:
        conn = connect(uri(path, "rw"))
        configure(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        with contextlib.suppress(Exception):
            conn.close()
        raise _open_error(exc, path) from exc
    database = Database(conn, path)
    if version < SCHEMA_VERSION:
        from buurtapp.core.storage.backups import make_backup

        try:
            if version > 0:
                make_backup(database, f"voor-migratie-v{version}")
            migrate(database)
        except BaseException:
            database.close()
            raise
    return database


def _open_error(exc: Exception, path: Path) -> DatabaseError:
    text = str(exc)
    if "malformed" in text:
        return DatabaseError("db_damaged", reason=text)
    if "not a database" in text:
        return DatabaseError("db_not_sqlite", path=str(path))
    if isinstance(exc, sqlite3.OperationalError) and is_busy(exc):
        return DatabaseError("db_busy", path=str(path), seconds=BUSY_SECONDS)
    return DatabaseError("db_unreadable", path=str(path), reason=text)


def read_connection(verdict: Verdict) -> tuple[sqlite3.Connection, Callable[[], None] | None]:
    """A connection that reads what SQLite would see and writes nothing at all.

    While another connection has the file open (it holds its ``-shm``), plain ``mode=ro`` in
    a folder that can be written, so both see each other's commits. Otherwise, so that no byte
    changes and no ``-wal``/``-shm`` is left behind: ``immutable`` when no WAL holds data,
    else a private copy of the file and its WAL in a temporary folder (removed on close).
    """
    path = verdict.path
    if verdict.wal_in_use and os.access(path.parent, os.W_OK):
        return connect(uri(path, "ro")), None
    if not verdict.wal_pending:
        return connect(uri(path, "ro") + "&immutable=1"), None
    folder = tempfile.mkdtemp(prefix="buurtapp-read-")
    copy = Path(folder) / "copy.db"
    try:
        shutil.copyfile(path, copy)
        shutil.copyfile(f"{path}-wal", f"{copy}-wal")
    except OSError as exc:  # no room for the copy: leave no half copy of personal data behind
        shutil.rmtree(folder, ignore_errors=True)
        raise DatabaseError("db_unreadable", path=str(path), reason=exc.strerror) from exc
    return connect(uri(copy, "ro")), lambda: shutil.rmtree(folder, ignore_errors=True)


def _open_read_only(verdict: Verdict) -> Database:
    """Read-only: no WAL switch, no write of any kind; an older file is migrated in memory."""
    path = verdict.path
    try:
        conn, cleanup = read_connection(verdict)
        conn.execute("PRAGMA foreign_keys = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version < SCHEMA_VERSION:
            memory = connect("file::memory:")
            conn.backup(memory)
            conn.close()
            if cleanup is not None:
                cleanup()
                cleanup = None
            conn = memory
            conn.execute("PRAGMA foreign_keys = ON")
            migrate(Database(conn, None))
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise _open_error(exc, path) from exc
    except OSError as exc:
        raise DatabaseError("db_unreadable", path=str(path), reason=exc.strerror) from exc
    database = Database(conn, path)
    database.read_only = True
    if cleanup is not None:
        database._cleanup.append(cleanup)
    return database


def migrate(
    database: Database,
    migrations: list[tuple[int, Callable[[sqlite3.Connection], None]]] = MIGRATIONS,
) -> None:
    """Apply the migrations newer than the file's version, in order, each in one transaction."""
    conn = database.conn
    for version, step in sorted(migrations, key=lambda m: m[0]):
        if version <= database.user_version:
            continue
        with database.atomic():
            step(conn)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {version}")
