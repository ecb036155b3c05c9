"""Automatic, verified, rotated backups (SQLite backup API, never a file copy), and the erasure
log that keeps forgotten people forgotten after a restore (restoring is :mod:`restoring`)."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from buurtapp.core import clock
from buurtapp.core.errors import DatabaseError
from buurtapp.core.storage.backup_paths import ERASURE_LOG_NAME, erasure_log, folder_for
from buurtapp.core.storage.connection import Database, connect_readonly, uri
from buurtapp.core.storage.interrupting import Interrupted, Interrupter, watching
from buurtapp.core.storage.schema import TABLES

KEEP_LAST = 10
KEEP_DAILY = 7
KEEP_WEEKLY = 5
STAMP = "%Y%m%d-%H%M%S"


@dataclass
class BackupInfo:
    path: Path
    made: datetime
    reason: str
    size: int

    def counts(self) -> dict[str, int]:
        """Rows per table, read from the backup itself (read-only); empty when the backup
        cannot be read (a truncated copy, a failing stick): listed, never an error."""
        try:
            conn = connect_readonly(self.path)
        except (DatabaseError, sqlite3.Error):
            return {}
        try:
            return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        except sqlite3.Error:
            return {}
        finally:
            conn.close()


def verify(path: Path, interrupter: Interrupter | None = None) -> None:
    """Raise ``db_damaged`` unless ``path`` is a whole, healthy SQLite file."""
    if not path.is_file():  # a backup on a stick that was pulled out, or deleted meanwhile
        raise DatabaseError("db_missing", path=str(path))
    try:
        conn = sqlite3.connect(uri(path, "ro"), uri=True)
        try:
            with watching(interrupter, conn):
                result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:  # not a database at all, or unreadable
        raise DatabaseError("db_damaged", reason=f"backup {path.name}: {exc}") from exc
    if result != "ok":
        raise DatabaseError("db_damaged", reason=f"backup {path.name}: {result}")


#: Pages copied per step of the backup API: a stop is noticed between steps (16 MB).
STEP_PAGES = 4096


def copy_verified(
    source: sqlite3.Connection, target: Path, interrupter: Interrupter | None = None
) -> None:
    """Copy an open database with the backup API into ``target`` (via a ``.part`` file) and
    check the copy with ``integrity_check``; shared by automatic and manual backups. A stop
    (``interrupter``) leaves no ``.part`` behind."""
    partial = target.with_name(target.name + ".part")
    try:
        dest = sqlite3.connect(str(partial))
    except sqlite3.Error as exc:
        raise DatabaseError("path_unwritable", path=str(target), reason=str(exc)) from exc

    def step(_status: int, _remaining: int, _total: int) -> None:
        if interrupter is not None:
            interrupter.check()

    try:
        source.backup(dest, pages=STEP_PAGES, progress=step)
        dest.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.Error as exc:
        dest.close()
        partial.unlink(missing_ok=True)
        raise DatabaseError("db_write_failed", reason=str(exc)) from exc
    except Interrupted:
        dest.close()
        partial.unlink(missing_ok=True)
        raise
    dest.close()
    try:
        verify(partial, interrupter)
    except (DatabaseError, Interrupted):
        partial.unlink(missing_ok=True)
        raise
    partial.replace(target)


def make_backup(
    database: Database,
    reason: str = "auto",
    folder: Path | None = None,
    now: datetime | None = None,
) -> Path:
    """Copy the open database with SQLite's backup API, verify the copy, then rotate."""
    if database.path is None:
        raise DatabaseError("db_unreadable", path="(geheugen)", reason="no file")
    return _back_up(database.conn, database.path, reason, folder, now, None)


def make_backup_of(path: Path, reason: str, interrupter: Interrupter | None = None) -> Path:
    """:func:`make_backup` on a read connection of its own, so another thread can make it
    while the window keeps working on its connection (the opening and automatic backups)."""
    try:
        conn = connect_readonly(path)
    except sqlite3.Error as exc:
        raise DatabaseError("db_unreadable", path=str(path), reason=str(exc)) from exc
    try:
        return _back_up(conn, path, reason, None, None, interrupter)
    finally:
        conn.close()


def _back_up(
    source: sqlite3.Connection,
    path: Path,
    reason: str,
    folder: Path | None,
    now: datetime | None,
    interrupter: Interrupter | None,
) -> Path:
    folder = folder or folder_for(path)
    moment = now or clock.now()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{moment.strftime(STAMP)}-{reason}.db"
        n = 1
        while target.exists():
            n += 1
            target = folder / f"{moment.strftime(STAMP)}-{reason}-{n}.db"
        copy_verified(source, target, interrupter)
    except OSError as exc:
        raise DatabaseError("path_unwritable", path=str(folder), reason=exc.strerror) from exc
    rotate(folder, moment)
    return target


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first."""
    found = []
    for path in Path(folder).glob("*.db"):
        try:
            made = datetime.strptime(path.name[:15], STAMP)
        except ValueError:
            continue
        reason = path.stem[16:] or "auto"
        found.append(BackupInfo(path, made, reason, path.stat().st_size))
    return sorted(found, key=lambda b: b.made, reverse=True)


def rotate(folder: Path, now: datetime | None = None) -> list[Path]:
    """Keep the last 10, the newest of each of the last 7 days and of the last 5 weeks."""
    now = now or clock.now()
    backups = list_backups(folder)
    keep = {b.path for b in backups[:KEEP_LAST]}
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for backup in backups:  # newest first: the first seen per day/week is kept
        day = backup.made.date()
        if now.date() - day < timedelta(days=KEEP_DAILY) and day not in days:
            days.add(day)
            keep.add(backup.path)
        week = day.isocalendar()[:2]
        if now.date() - day < timedelta(weeks=KEEP_WEEKLY) and week not in weeks:
            weeks.add(week)
            keep.add(backup.path)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


# -- the erasure log ---------------------------------------------------------------------------
def write_whole(target: Path, data: bytes) -> bool:
    """``data`` at ``target`` whole or not at all (temporary file, fsync, rename): a full disk
    or a crash never leaves half a log, the old one stays. False when it could not."""
    partial = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        partial.replace(target)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink()
        return False
    return True


def read_erasure_log(database_path: Path) -> dict[str, str]:
    """uid -> date of everyone in the log beside the backups, and in a log beside the file
    itself (a copy opened from the second backup folder carries its log along); unreadable
    lines are skipped."""
    found: dict[str, str] = {}
    for log in (erasure_log(database_path), database_path.parent / ERASURE_LOG_NAME):
        try:
            text = log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for line in text.splitlines():
            try:
                entry = json.loads(line)
                found.setdefault(str(entry["uid"]), str(entry.get("on", "")))
            except (ValueError, KeyError, TypeError):
                continue
    return found


def log_erasures(
    database_path: Path | None, entries: dict[str, str], withdrawn: Iterable[str] = ()
) -> bool:
    """Add ``entries`` (uid -> date) the log does not hold yet and drop the ``withdrawn``
    uids (an anonymisation undone); False when the log could not be written. It is rewritten
    whole (temporary file, fsync, rename), so a full disk or a crash never leaves half a line:
    the old log stays. Not being able to write it is not fatal: the ``erasures`` table in the
    database is the truth, and the log catches up at the next forgetting or opening."""
    if database_path is None:
        return True
    known = read_erasure_log(database_path)
    new = {uid: on for uid, on in entries.items() if uid and uid not in known}
    dropped = set(withdrawn) & set(known)
    if not new and not dropped:
        return True
    log = erasure_log(database_path)
    merged = {uid: on for uid, on in {**known, **new}.items() if uid not in dropped}
    lines = [json.dumps({"uid": uid, "on": on}) for uid, on in merged.items()]
    return write_whole(log, ("\n".join(lines) + "\n").encode("utf-8"))


def log_erasure(database_path: Path | None, uids: list[str], when: date | None = None) -> bool:
    """Remember who was forgotten, so a restored older backup forgets them again."""
    stamp = (when or clock.today()).isoformat()
    return log_erasures(database_path, {uid: stamp for uid in uids})


def erased_uids(database_path: Path) -> list[str]:
    return list(read_erasure_log(database_path))


def mirror_file(path: Path) -> None:
    """Copy the erasures of a file that is about to be replaced into the log, reading it only
    (a file older than the erasures table: its anonymised people; a damaged one: nothing)."""
    try:
        conn = connect_readonly(path)
        try:
            try:
                rows = conn.execute("SELECT uid, on_date, withdrawn FROM erasures").fetchall()
            except sqlite3.OperationalError:  # before version 5
                rows = conn.execute(
                    "SELECT uid, anonymised_on, 0 FROM participants WHERE anonymised_on IS NOT NULL"
                ).fetchall()
        finally:
            conn.close()
    except (sqlite3.Error, DatabaseError, OSError):
        return
    active = {str(uid): str(on) for uid, on, gone in rows if not gone}
    log_erasures(path, active, [str(uid) for uid, _, gone in rows if gone])
