"""The one way a Buurtapp file is opened, by the window and by every command.

Judge the file without touching it (:mod:`file_judge`), take the one-app-per-file lock when
asked (the window and the commands that write), check its health when asked, then open it
read-write (migrating an older file after a backup) or read-only, and finish a forgetting
that was interrupted. The lock is released when the database is closed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from buurtapp.core.errors import BuurtappError, DatabaseError
from buurtapp.core.storage import file_lock
from buurtapp.core.storage.connection import Database
from buurtapp.core.storage.database import create_database, open_database
from buurtapp.core.storage.file_judge import Verdict, judge
from buurtapp.core.storage.interrupting import Interrupter
from buurtapp.core.storage.schema import SCHEMA_VERSION


def open_file(
    path: Path,
    *,
    create: bool = False,
    read_only: bool | None = None,
    lock: bool | file_lock.FileLock = False,
    health: bool = False,
    check_later: bool = False,
    on_wait: Callable[[], None] | None = None,
    migrate_file: bool = True,
    fill: Callable[[Database], None] | None = None,
) -> Database:
    """Open ``path`` safely; raises :class:`DatabaseError` with a readable message.

    ``create``: make a new database, refusing a name that exists; ``fill`` writes its first
    content (a new centre's name) before the file appears under its name, so a failure leaves
    no file at all. ``health``: run the full
    integrity check first and raise ``db_damaged_file`` when the file is damaged (the window
    then sets it aside and offers a backup). ``lock``: True to take the one-app-per-file lock
    (``db_in_use`` when another Buurtapp has the file open), or a lock already held (the
    window keeps it across a restore); on failure a lock taken here is released, a lock
    passed in is not. ``check_later``: the caller checks the health in the background (the
    window); the check still runs first whenever opening would write to the file (a
    migration, a switch to WAL, forgetting to catch up), so a damaged file is never written.
    """
    path = Path(path)
    held: file_lock.FileLock | None = None
    taken_here = lock is True
    if lock is True:
        held = file_lock.acquire(path)
    elif isinstance(lock, file_lock.FileLock):
        held = lock
    database: Database | None = None
    try:
        if create:  # a new file, never over an existing one
            database = create_database(path, fill)
        else:
            verdict = judge(path)
            if check_later and not health and _writes_when_opened(verdict):
                health = True
            if health:
                _require_healthy(path, verdict)
            database = open_database(
                path, read_only=read_only, migrate_file=migrate_file, verdict=verdict
            )
        database.on_wait = on_wait
        if not database.read_only:
            from buurtapp.core.privacy.forgetting import after_open, catch_up_needed

            if check_later and not health and catch_up_needed(database):
                _require_healthy(path, judge(path))

            # Finish what a crash or another program interrupted: forgetting is all or nothing.
            after_open(database)
    except BaseException:
        if database is not None:
            database.close()
        if held is not None and taken_here:
            held.release()
        raise
    database.lock = held
    return database


def _writes_when_opened(verdict: Verdict) -> bool:
    """Whether opening read-write changes the file itself: an older schema is migrated, and
    a file not in WAL mode (a copied backup, another tool's file) is switched to it."""
    if not verdict.writable:
        return False
    if verdict.version < SCHEMA_VERSION:
        return True
    try:
        with open(verdict.path, "rb") as file:
            header = file.read(20)
    except OSError:
        return True
    return len(header) < 20 or header[18] != 2  # 2: the file is in WAL mode


def _require_healthy(path: Path, verdict: Verdict) -> None:
    from buurtapp.core.storage.health import check

    report = check(path, verdict)
    if report.damaged:
        raise DatabaseError("db_damaged_file", path=str(path), reason=report.problems[0])


@dataclass(frozen=True)
class AfterOpening:
    """What the background work after opening found: the file's health and its backup."""

    #: The problems of the full check (empty: healthy); ``damaged`` decides what happens.
    problems: tuple[str, ...] = ()
    damaged: bool = False
    #: The backup made (None when none was asked, or it failed: then ``backup_error``).
    backup: Path | None = None
    backup_error: BuurtappError | None = None
    #: Its copy in the second backup folder (None when none is set, or it failed: then
    #: ``second_error``; the backup above stands either way).
    second: Path | None = None
    second_error: BuurtappError | None = None


def check_and_back_up(
    path: Path,
    *,
    check: bool,
    back_up: bool,
    reason: str = "openen",
    interrupter: Interrupter | None = None,
    second_folder: Path | None = None,
) -> AfterOpening:
    """The full integrity check, then (only for a healthy file) the verified backup, each on a
    read connection of its own: the window runs this in the background while the coordinator
    already works. The backup is copied to ``second_folder`` too when one is set. Raises
    ``Interrupted`` when stopped (the file or the window closed)."""
    from buurtapp.core.storage.backups import make_backup_of
    from buurtapp.core.storage.health import check as full_check
    from buurtapp.core.storage.second_folder import copy_to_second

    problems: tuple[str, ...] = ()
    if check:
        report = full_check(path, interrupter=interrupter)
        problems = tuple(report.problems)
        if report.damaged:
            return AfterOpening(problems, damaged=True)
    if not back_up:
        return AfterOpening(problems)
    try:
        made = make_backup_of(path, reason, interrupter)
    except BuurtappError as error:
        return AfterOpening(problems, backup_error=error)
    if second_folder is None:
        return AfterOpening(problems, backup=made)
    try:
        copied = copy_to_second(made, path, second_folder, interrupter=interrupter)
    except BuurtappError as error:
        return AfterOpening(problems, backup=made, second_error=error)
    return AfterOpening(problems, backup=made, second=copied)
