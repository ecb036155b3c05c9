"""Putting a backup back in place of a database file, keeping forgotten people forgotten.

Above storage and privacy: the current file is backed up first, the erasure log is brought up to
date, and everyone in it is forgotten again in the restored file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from buurtapp.core.errors import DatabaseError
from buurtapp.core.privacy.forgetting import forget_logged
from buurtapp.core.storage.backups import make_backup, mirror_file, verify
from buurtapp.core.storage.connection import uri
from buurtapp.core.storage.database import open_database


def restore(backup: Path, target: Path, keep_current: bool = True) -> Path | None:
    """Replace ``target`` by ``backup``; the current file is kept as a backup first (unless
    it is damaged and already set aside: ``keep_current=False``).

    The database must be closed by the caller. Returns the backup of the replaced file.
    """
    verify(backup)
    kept = None
    # Who was forgotten in the file being replaced must be in the log before it goes.
    mirror_file(target)
    if keep_current:
        with open_database(target) as current:
            kept = make_backup(current, "voor-terugzetten")
    source = sqlite3.connect(uri(backup, "ro"), uri=True)
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
    except sqlite3.Error as exc:
        raise DatabaseError("db_write_failed", reason=str(exc)) from exc
    finally:
        source.close()
        dest.close()
    with open_database(target) as restored:
        forget_logged(restored)  # forgotten people are forgotten again, and logged in the file
    return kept
