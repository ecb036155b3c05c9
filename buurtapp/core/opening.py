"""The one way a Buurtapp file is opened, by the window and by every command.

Judge the file without touching it (:mod:`file_judge`), take the one-app-per-file lock when
asked (the window), check its health when asked, then open it read-write (migrating an older
file after a backup) or read-only, and finish a forgetting that was interrupted. The lock is
released when the database is closed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from buurtapp.core import file_lock
from buurtapp.core.database import Database, create_database, open_database
from buurtapp.core.errors import DatabaseError
from buurtapp.core.file_judge import judge


def open_file(
    path: Path,
    *,
    create: bool = False,
    read_only: bool | None = None,
    lock: bool = False,
    health: bool = False,
    on_wait: Callable[[], None] | None = None,
    migrate_file: bool = True,
) -> Database:
    """Open ``path`` safely; raises :class:`DatabaseError` with a readable message.

    ``create``: make a new database, refusing a name that exists.
    ``health``: run the full integrity check first and raise ``db_damaged_file`` when the file
    is damaged (the window then sets it aside and offers a backup). ``lock``: refuse with
    ``db_in_use`` when another Buurtapp has the file open.
    """
    path = Path(path)
    held: file_lock.FileLock | None = None
    if lock:
        held = file_lock.acquire(path)
    try:
        if create:  # a new file, never over an existing one
            database = create_database(path)
        else:
            judge(path)
            if health:
                _require_healthy(path)
            database = open_database(path, read_only=read_only, migrate_file=migrate_file)
    except BaseException:
        if held is not None:
            held.release()
        raise
    database.on_wait = on_wait
    if held is not None:
        database._cleanup.append(held.release)
    if not database.read_only:
        from buurtapp.core.privacy import after_open

        # Finish what a crash or another program interrupted: forgetting is all or nothing.
        after_open(database)
    return database


def _require_healthy(path: Path) -> None:
    from buurtapp.core.health import check

    report = check(path)
    if any(p.startswith(("integriteit", "beschadigd")) for p in report.problems):
        raise DatabaseError("db_damaged_file", path=str(path), reason=report.problems[0])
