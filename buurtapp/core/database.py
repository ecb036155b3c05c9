"""Opening, creating and migrating a Buurtapp database file safely.

An existing file is inspected from its 100-byte SQLite header before SQLite touches it, so a
foreign or newer file is refused byte-identical, and it is then opened with ``mode=rw`` so a
vanished file (a USB stick pulled out) is never silently recreated as an empty database.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from buurtapp.core.errors import BuurtappError, DatabaseError
from buurtapp.core.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Header:
    """What the SQLite file header says about a file, read without opening it in SQLite."""

    is_sqlite: bool
    user_version: int = 0
    application_id: int = 0
    empty: bool = False


def read_header(path: Path) -> Header:
    """Read the header bytes directly; an empty (0-byte) file counts as SQLite and empty."""
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except FileNotFoundError as exc:
        raise DatabaseError("db_missing", path=str(path)) from exc
    except OSError as exc:
        raise DatabaseError("db_unreadable", path=str(path), reason=exc.strerror) from exc
    if not head:
        return Header(is_sqlite=True, empty=True)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        return Header(is_sqlite=False)
    user_version, _, application_id = struct.unpack(">iii", head[60:72])
    return Header(True, user_version=user_version, application_id=application_id)


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(path.resolve()))}?mode={mode}"


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def connect(uri: str) -> sqlite3.Connection:
    """A connection whose text reads never fail: a damaged byte becomes '�', not a crash."""
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.text_factory = _text
    return conn


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    # Deleted and anonymised text must not linger in free pages of the file.
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a laptop lid closed right after a save must not lose that save.
    conn.execute("PRAGMA synchronous = FULL")


class Database:
    """An open Buurtapp database: a sqlite-utils handle plus one way to write (``atomic``)."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self.path = path
        self.conn = conn
        self.read_only = False
        self.db = sqlite_utils.Database(conn, execute_plugins=False)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite3.Connection]:
        """One transaction: everything inside commits together or not at all.

        SQLite errors are turned into a :class:`DatabaseError` the user can read; a
        :class:`BuurtappError` raised inside passes through after the rollback.
        """
        try:
            with self.db.atomic():
                yield self.conn
        except BuurtappError:
            raise
        except sqlite3.IntegrityError as exc:
            raise DatabaseError("constraint", value=str(exc)) from exc
        except sqlite3.OperationalError as exc:
            if "readonly" in str(exc):
                raise DatabaseError("db_read_only") from exc
            raise DatabaseError("db_write_failed", reason=str(exc)) from exc
        except sqlite3.DatabaseError as exc:
            raise DatabaseError("db_damaged", reason=str(exc)) from exc

    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        """Rows of a read-only query as dicts."""
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: tuple | dict = ()) -> object:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    @property
    def user_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA optimize")
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def create_database(path: Path) -> Database:
    """Create a new database at ``path``; refuses to overwrite an existing file."""
    path = Path(path)
    if path.exists():
        raise DatabaseError("db_exists", path=str(path))
    try:
        conn = connect(_uri(path, "rwc"))
        _configure(conn)
    except sqlite3.Error as exc:
        raise DatabaseError("path_unwritable", path=str(path), reason=str(exc)) from exc
    database = Database(conn, path)
    migrate(database)
    return database


def writable(path: Path) -> bool:
    """Whether the file and its folder (for the WAL) can be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def open_database(path: Path, *, create: bool = False, read_only: bool | None = None) -> Database:
    """Open an existing Buurtapp database (migrating it if older), or create one if asked.

    A file that cannot be written (read-only file, folder or medium) is opened read-only
    rather than failing at the first save. Raises :class:`DatabaseError` for a missing,
    foreign, non-SQLite, damaged or newer file, leaving the file as it was.
    """
    path = Path(path)
    if not path.exists():
        if create:
            return create_database(path)
        raise DatabaseError("db_missing", path=str(path))
    header = read_header(path)
    _refuse_unless_ours(path, header)
    if read_only is None:
        read_only = not writable(path)
    if read_only:
        return _open_read_only(path)
    try:
        conn = connect(_uri(path, "rw"))
        # The WAL may hold a newer header than the file: check again through SQLite.
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if header.empty:
            has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if has_tables:
                raise DatabaseError("db_foreign", path=str(path))
        else:
            _refuse_unless_ours(path, Header(True, version, app_id))
        _configure(conn)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        with contextlib.suppress(Exception):
            conn.close()
        if "malformed" in str(exc):
            raise DatabaseError("db_damaged", reason=str(exc)) from exc
        if "not a database" in str(exc):
            raise DatabaseError("db_not_sqlite", path=str(path)) from exc
        raise DatabaseError("db_unreadable", path=str(path), reason=str(exc)) from exc
    except DatabaseError:
        conn.close()
        raise
    database = Database(conn, path)
    if database.user_version < SCHEMA_VERSION:
        if database.user_version > 0:
            from buurtapp.core.backups import make_backup

            make_backup(database, f"voor-migratie-v{database.user_version}")
        migrate(database)
    return database


def _open_read_only(path: Path) -> Database:
    """Read-only: no WAL switch, no migration; ``immutable`` when even the -shm cannot be made."""
    mode = "ro" if os.access(path.parent, os.W_OK) else "ro&immutable=1"
    try:
        conn = connect(_uri(path, mode))
        conn.execute("PRAGMA foreign_keys = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("db_unreadable", path=str(path), reason=str(exc)) from exc
    if version < SCHEMA_VERSION:
        conn.close()
        raise DatabaseError("db_readonly_old", path=str(path))
    database = Database(conn, path)
    database.read_only = True
    return database


def _refuse_unless_ours(path: Path, header: Header) -> None:
    if not header.is_sqlite:
        raise DatabaseError("db_not_sqlite", path=str(path))
    if header.empty:
        return
    if header.application_id != APPLICATION_ID:
        raise DatabaseError("db_foreign", path=str(path))
    if header.user_version > SCHEMA_VERSION:
        raise DatabaseError(
            "db_newer", path=str(path), found=header.user_version, known=SCHEMA_VERSION
        )


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


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection for checks and backups; never creates a file."""
    path = Path(path)
    if not path.exists():
        raise DatabaseError("db_missing", path=str(path))
    return connect(_uri(path, "ro"))
