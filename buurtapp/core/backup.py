"""Consistent copies of a database with SQLite's backup API, safe while the app writes."""

from __future__ import annotations

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
    from buurtapp.core.backups import copy_verified

    src = connect_readonly(source)
    try:
        copy_verified(src, target)
    finally:
        src.close()
    return target
