"""Consistent copies of a database with SQLite's backup API, safe while the app writes.

The manual backup (``buurtapp backup``, Bestand > Reservekopie maken) goes through
:mod:`outputs`: never over the database, its ``-wal``/``-shm``, its lock or its
backups folder, never over an existing file, and written via a temporary file in the target's
own folder, so a full disk leaves nothing half-written behind.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from buurtapp.core import clock
from buurtapp.core.errors import DatabaseError
from buurtapp.core.storage.database import read_connection
from buurtapp.core.storage.file_judge import judge
from buurtapp.core.storage.outputs import atomic_output, check_output, shown


def default_backup_path(source: Path, now: datetime | None = None) -> Path:
    stamp = (now or clock.now()).strftime("%Y%m%d-%H%M%S")
    return source.with_name(f"{source.stem}-backup-{stamp}{source.suffix or '.db'}")


def backup(source: Path, target: Path | None = None) -> Path:
    """Copy ``source`` to ``target`` (refusing to overwrite) and verify the copy."""
    from buurtapp.core.storage.backups import copy_verified

    source = Path(source)
    target = Path(target) if target else default_backup_path(source)
    check_output(target, source, overwrite=False)  # before the source is even opened
    src, cleanup = read_connection(judge(source))  # what SQLite sees, also from a stick
    try:
        with atomic_output(target, source, overwrite=False) as temporary:
            try:
                copy_verified(src, temporary)  # via its own .part file beside the temporary
            except DatabaseError as exc:
                raise _about(exc, target) from exc
    finally:
        src.close()
        if cleanup is not None:
            cleanup()
    return target


def _about(error: DatabaseError, target: Path) -> DatabaseError:
    """The copy's error told about the target the user chose, not the temporary file."""
    reason = str(error.params.get("reason", ""))
    if "full" in reason or "No space" in reason:
        return DatabaseError("output_disk_full", path=shown(target))
    if error.code in ("path_unwritable", "db_write_failed"):
        return DatabaseError("output_failed", path=shown(target), reason=reason)
    return error
