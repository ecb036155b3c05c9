"""Automatic, verified, rotated backups (SQLite backup API, never a file copy), restoring one,
and the erasure log that keeps forgotten people forgotten after a restore."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from buurtapp.core import paths
from buurtapp.core.database import Database, connect_readonly
from buurtapp.core.errors import DatabaseError
from buurtapp.core.schema import TABLES

KEEP_LAST = 10
KEEP_DAILY = 7
KEEP_WEEKLY = 5
STAMP = "%Y%m%d-%H%M%S"


def folder_for(database_path: Path) -> Path:
    """Backups live beside the user data, one folder per database file."""
    resolved = Path(database_path).resolve()
    digest = hashlib.sha1(str(resolved).encode()).hexdigest()[:8]
    return paths.data_dir() / "backups" / f"{resolved.stem}-{digest}"


@dataclass
class BackupInfo:
    path: Path
    made: datetime
    reason: str
    size: int

    def counts(self) -> dict[str, int]:
        """Rows per table, read from the backup itself (read-only)."""
        conn = connect_readonly(self.path)
        try:
            return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        finally:
            conn.close()


def _verify(path: Path) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    if result != "ok":
        raise DatabaseError("db_damaged", reason=f"backup {path.name}: {result}")


def copy_verified(source: sqlite3.Connection, target: Path) -> None:
    """Copy an open database with the backup API into ``target`` (via a ``.part`` file) and
    check the copy with ``integrity_check``; shared by automatic and manual backups."""
    partial = target.with_name(target.name + ".part")
    try:
        dest = sqlite3.connect(str(partial))
    except sqlite3.Error as exc:
        raise DatabaseError("path_unwritable", path=str(target), reason=str(exc)) from exc
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.Error as exc:
        dest.close()
        partial.unlink(missing_ok=True)
        raise DatabaseError("db_write_failed", reason=str(exc)) from exc
    dest.close()
    try:
        _verify(partial)
    except DatabaseError:
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
    folder = folder or folder_for(database.path)
    moment = now or datetime.now()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{moment.strftime(STAMP)}-{reason}.db"
        n = 1
        while target.exists():
            n += 1
            target = folder / f"{moment.strftime(STAMP)}-{reason}-{n}.db"
        copy_verified(database.conn, target)
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
    now = now or datetime.now()
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
def erasure_log(database_path: Path) -> Path:
    return folder_for(database_path) / "erasures.jsonl"


def log_erasure(database_path: Path | None, uids: list[str], when: date | None = None) -> None:
    """Remember who was forgotten, so a restored older backup forgets them again."""
    if database_path is None or not uids:
        return
    log = erasure_log(database_path)
    log.parent.mkdir(parents=True, exist_ok=True)
    stamp = (when or date.today()).isoformat()
    with log.open("a", encoding="utf-8") as fh:
        for uid in uids:
            fh.write(json.dumps({"uid": uid, "on": stamp}) + "\n")


def erased_uids(database_path: Path) -> list[str]:
    log = erasure_log(database_path)
    if not log.exists():
        return []
    uids = []
    for line in log.read_text(encoding="utf-8").splitlines():
        try:
            uids.append(json.loads(line)["uid"])
        except (ValueError, KeyError):
            continue
    return uids


def restore(backup: Path, target: Path, keep_current: bool = True) -> Path | None:
    """Replace ``target`` by ``backup``; the current file is kept as a backup first (unless
    it is damaged and already set aside: ``keep_current=False``).

    The database must be closed by the caller. Returns the backup of the replaced file.
    """
    from buurtapp.core.database import open_database
    from buurtapp.core.privacy import forget

    _verify(backup)
    kept = None
    if keep_current:
        with open_database(target) as current:
            kept = make_backup(current, "voor-terugzetten")
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
    except sqlite3.Error as exc:
        raise DatabaseError("db_write_failed", reason=str(exc)) from exc
    finally:
        source.close()
        dest.close()
    with open_database(target) as restored:
        uids = set(erased_uids(target))
        if uids:
            rows = restored.query("SELECT id, uid FROM participants WHERE anonymised_on IS NULL")
            again = [r["id"] for r in rows if r["uid"] in uids]
            if again:
                forget(restored, again)
    return kept
