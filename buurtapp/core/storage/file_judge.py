"""Judging a database file before anything opens it: is it Buurtapp's, of a known version,
writable, and does the ``-wal`` beside it belong to it?

Everything here is plain ``stat`` and ``read``: no SQLite connection, no lock, no journal, so a
file that is refused keeps every byte (and its ``-wal`` and ``-shm``) as it was. A FIFO or a
device is recognised by ``stat`` before it is opened, so it never hangs a command.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

from buurtapp.core.errors import DatabaseError
from buurtapp.core.storage.schema import APPLICATION_ID, SCHEMA_VERSION
from buurtapp.core.storage.wal import WalState, read_wal, wal_path

SQLITE_MAGIC = b"SQLite format 3\x00"
#: A database's name must leave room for SQLite's ``-wal``/``-shm`` and the ``.lock`` beside it
#: within the 255 bytes file systems allow.
NAME_MAX = 250


@dataclass(frozen=True)
class Verdict:
    """What SQLite would see in ``path`` (main file plus committed WAL frames)."""

    path: Path  # the real file, symlinks followed: SQLite keeps its -wal beside that one
    version: int
    writable: bool
    wal: WalState
    wal_in_use: bool = False

    @property
    def wal_pending(self) -> bool:
        """The WAL holds committed changes not yet in the main file."""
        return self.wal.frames > 0


def _header_fields(header: bytes) -> tuple[int, int, int]:
    """(page size, user_version, application_id) from the 100-byte database header."""
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    user_version, _, application_id = struct.unpack(">iii", header[60:72])
    return page_size, user_version, application_id


def writable(path: Path) -> bool:
    """Whether the file and its folder (for the WAL) can be written; ``access`` also knows a
    read-only medium (EROFS), for root too."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _stat(path: Path) -> os.stat_result:
    try:
        return path.stat()
    except FileNotFoundError as exc:
        raise DatabaseError("db_missing", path=str(path)) from exc
    except OSError as exc:  # a name too long, a folder we may not enter, ...
        raise DatabaseError("db_unreadable", path=str(path), reason=exc.strerror) from exc


def name_fits(path: Path) -> None:
    """Refuse a database name too long for its ``-wal`` to exist beside it."""
    if len(os.fsencode(Path(path).name)) > NAME_MAX:
        raise DatabaseError("db_name_too_long", path=str(path), max=NAME_MAX)


def judge(path: Path) -> Verdict:
    """Judge ``path`` without writing anything; raises :class:`DatabaseError` for a file that
    Buurtapp must not open, with a message that says what to do."""
    given = Path(path)
    info = _stat(given)
    path = Path(os.path.realpath(given))  # where SQLite looks for the -wal
    name_fits(path)
    if stat.S_ISDIR(info.st_mode):
        raise DatabaseError("db_is_folder", path=str(path))
    if not stat.S_ISREG(info.st_mode):
        raise DatabaseError("db_special", path=str(path))
    try:
        wal_is_odd = not stat.S_ISREG(os.stat(wal_path(path)).st_mode)
    except FileNotFoundError:
        wal_is_odd = False
    except OSError:
        wal_is_odd = True
    if wal_is_odd:  # a folder or a pipe named like the log: never read it
        raise DatabaseError("wal_foreign", path=str(path), wal=wal_path(path).name)
    wal = read_wal(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise DatabaseError("db_unreadable", path=str(path), reason=exc.strerror) from exc
    if not wal.valid:
        raise DatabaseError("wal_foreign", path=str(path), wal=wal_path(path).name)
    if not head and wal.page_one is None:
        raise DatabaseError("db_empty", path=str(path))
    if head and (len(head) < 100 or not head.startswith(SQLITE_MAGIC)):
        raise DatabaseError("db_not_sqlite", path=str(path))
    main_fields = _header_fields(head) if head else None
    if main_fields and main_fields[2] not in (APPLICATION_ID, 0):
        raise DatabaseError("db_foreign", path=str(path))
    effective = head
    if wal.page_one is not None:
        if not wal.page_one.startswith(SQLITE_MAGIC):
            raise DatabaseError("wal_foreign", path=str(path), wal=wal_path(path).name)
        if main_fields and _header_fields(wal.page_one)[0] != main_fields[0]:
            raise DatabaseError("wal_foreign", path=str(path), wal=wal_path(path).name)
        effective = wal.page_one
    elif wal.frames and main_fields and wal.page_size != main_fields[0]:
        raise DatabaseError("wal_foreign", path=str(path), wal=wal_path(path).name)
    _, version, application_id = _header_fields(effective)
    if application_id != APPLICATION_ID:
        if main_fields and main_fields[2] == APPLICATION_ID:
            raise DatabaseError("wal_foreign", path=str(path), wal=wal_path(path).name)
        raise DatabaseError("db_foreign", path=str(path))
    if version > SCHEMA_VERSION:
        raise DatabaseError("db_newer", path=str(path), found=version, known=SCHEMA_VERSION)
    in_use = wal_in_use(path)
    if wal.frames and in_use is False:
        _replay_privately(path)
    return Verdict(path, version, writable(path), wal, bool(in_use) if in_use is not None else True)


def wal_in_use(path: Path) -> bool | None:
    """Whether a live SQLite connection (of any process) holds a lock on the file's ``-shm``:
    then its ``-wal`` is the one that connection writes, so it belongs to the file. Read from
    Linux's /proc/locks, without opening the ``-shm`` (closing a file descriptor would drop
    this process's own SQLite locks on it). None where the system does not tell."""
    try:
        info = os.stat(f"{path}-shm")
    except OSError:
        return False  # no index: no connection has the file open
    key = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
    try:
        with open("/proc/locks", encoding="ascii", errors="replace") as fh:
            return any(key in line.split() for line in fh)
    except OSError:
        return None


def _quick_check(address: str) -> str:
    conn = sqlite3.connect(address, uri=True)
    try:
        return str(conn.execute("PRAGMA quick_check").fetchone()[0])
    finally:
        conn.close()


def _replay_privately(path: Path) -> None:
    """A log left by a crash (nobody has the file open) is replayed on a private copy first:
    a log of another database replays into a malformed file, while the file alone is fine.
    Then it is refused, and file and log stay as they were."""
    folder = tempfile.mkdtemp(prefix="buurtapp-judge-")
    try:
        copy = Path(folder) / "copy.db"
        shutil.copyfile(path, copy)
        shutil.copyfile(wal_path(path), wal_path(copy))
        try:
            replayed = _quick_check(f"{copy.as_uri()}?mode=rw")
        except sqlite3.DatabaseError as exc:
            replayed = str(exc)
        if replayed == "ok":
            return
        try:
            alone = _quick_check(f"{path.as_uri()}?mode=ro&immutable=1")
        except sqlite3.DatabaseError as exc:
            alone = str(exc)
        if alone == "ok":
            raise DatabaseError("wal_foreign", path=str(path), wal=wal_path(path).name)
    except OSError:
        return  # no room for a copy: the health check will still look at the file
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(folder)
