"""Consistent copies of a database with SQLite's backup API, safe while the app writes."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from buurtapp.core.database import connect_readonly
from buurtapp.core.errors import DatabaseError


def default_backup_path(source: Path, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return source.with_name(f"{source.stem}-backup-{stamp}{source.suffix or '.db'}")


def backup(source: Path, target: Path | None = None) -> Path:
    """Copy ``source`` to ``target`` (refusing to overwrite) and verify the copy."""
    source = Path(source)
    target = Path(target) if target else default_backup_path(source)
    if target.exists():
        raise DatabaseError("db_exists", path=str(target))
    src = connect_readonly(source)
    try:
        try:
            dest = sqlite3.connect(str(target))
        except sqlite3.Error as exc:
            raise DatabaseError("path_unwritable", path=str(target), reason=str(exc)) from exc
        try:
            src.backup(dest)
            result = dest.execute("PRAGMA integrity_check").fetchone()[0]
        except sqlite3.Error as exc:
            dest.close()
            target.unlink(missing_ok=True)
            raise DatabaseError("path_unwritable", path=str(target), reason=str(exc)) from exc
        dest.close()
    finally:
        src.close()
    if result != "ok":
        target.unlink(missing_ok=True)
        raise DatabaseError("db_unreadable", path=str(source), reason=result)
    return target
