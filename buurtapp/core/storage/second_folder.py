"""The second backup folder (a USB stick, a network share): whether it can take copies now,
whether it protects much, and the verified copy of each backup there with the erasure log
beside it. The folder is a setting of one computer (the window passes it in); the core only
copies."""

from __future__ import annotations

import contextlib
import os
import re
import socket
import sqlite3
import uuid
from datetime import datetime
from pathlib import Path

from buurtapp.core.errors import DatabaseError
from buurtapp.core.storage.backup_paths import ERASURE_LOG_NAME, erasure_log, folder_for
from buurtapp.core.storage.backups import copy_verified, rotate, write_whole
from buurtapp.core.storage.connection import connect_readonly
from buurtapp.core.storage.interrupting import Interrupter

#: Why a second backup folder cannot be used now: not there (a stick not plugged in), a file
#: where the folder should be, or no writing allowed (a read-only share).
MISSING, NOT_A_FOLDER, UNWRITABLE = "missing", "not_a_folder", "unwritable"


def second_folder_problem(folder: Path) -> str | None:
    """``MISSING``, ``NOT_A_FOLDER`` or ``UNWRITABLE`` when ``folder`` cannot take copies now,
    None when it can. Writing is tried for real (a small file of a name no one else uses, made
    and removed): permission bits say little about a network share or a stick mounted
    read-only. A folder that cannot even be looked at (another user's mount, a failing stick)
    is unwritable, never an error."""
    try:
        if not folder.exists():
            return MISSING
        if not folder.is_dir():
            return NOT_A_FOLDER
    except OSError:
        return UNWRITABLE
    probe = folder / f".buurtapp-probe-{uuid.uuid4().hex}"
    try:
        # O_EXCL: whatever lies at the name (a pipe, a link) is never opened or written
        handle = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError:
        return UNWRITABLE
    try:
        os.write(handle, b"buurtapp")
    except OSError:
        return UNWRITABLE
    finally:
        os.close(handle)
        with contextlib.suppress(OSError):
            probe.unlink()
    return None


#: Why copies in a chosen second folder would not protect much: it is (inside) the main
#: backups folder, or on the same disk as the file itself.
INSIDE_BACKUPS, SAME_DISK = "inside_backups", "same_disk"


def second_folder_weakness(folder: Path, database_path: Path) -> str | None:
    """``INSIDE_BACKUPS`` or ``SAME_DISK`` when a copy in ``folder`` would be lost together
    with the file or its first backups (a broken laptop, a lost stick); None when it lies
    elsewhere, or cannot be looked at now (then :func:`second_folder_problem` says why)."""
    try:
        chosen = folder.resolve()
        main = folder_for(database_path).parent.resolve()
        if chosen == main or chosen.is_relative_to(main):
            return INSIDE_BACKUPS
        if chosen.stat().st_dev == database_path.resolve().parent.stat().st_dev:
            return SAME_DISK
    except OSError:
        return None
    return None


def second_folder_for(database_path: Path, second: Path) -> Path:
    """Where the copies of ``database_path`` go inside the chosen second folder: a folder of
    their own, named like the main one plus this computer's name, so pruning there only ever
    touches Buurtapp's own copies of this one file — also on a share two laptops use, where
    the same path (the default file) holds two different centres' data."""
    return second / f"{folder_for(database_path).name}-{_computer_name()}"


def _computer_name() -> str:
    """This computer's network name, as a folder name can hold it on any file system."""
    name = re.sub(r"[^A-Za-z0-9-]+", "-", socket.gethostname()).strip("-")
    return (name or "computer")[:40]


def copy_to_second(
    backup: Path,
    database_path: Path,
    second: Path,
    now: datetime | None = None,
    interrupter: Interrupter | None = None,
) -> Path:
    """Copy the verified ``backup`` of ``database_path`` into the ``second`` folder, checked
    the same way (backup API into a ``.part`` file, ``integrity_check``, then renamed: never a
    half file under a backup's name), and prune there as in the main folder.

    The chosen folder itself is never created: a stick that is not plugged in must not turn
    into a folder on the laptop's own disk. Raises ``DatabaseError`` (``path_unwritable``
    naming the second folder) when it cannot be done; the main backup stands either way."""
    problem = second_folder_problem(second)
    if problem is not None:
        raise DatabaseError("path_unwritable", path=str(second), reason=problem)
    if second_folder_weakness(second, database_path) == INSIDE_BACKUPS:
        return backup  # the main folder (or a folder in it): a copy there adds nothing
    folder = second_folder_for(database_path, second)
    try:
        folder.mkdir(exist_ok=True)
        target = folder / backup.name
        try:
            source = connect_readonly(backup)
        except sqlite3.Error as exc:
            raise DatabaseError("db_unreadable", path=str(backup), reason=str(exc)) from exc
        try:
            copy_verified(source, target, interrupter)
        finally:
            source.close()
    except OSError as exc:
        raise DatabaseError("path_unwritable", path=str(second), reason=exc.strerror) from exc
    with contextlib.suppress(OSError):  # the copy is there; an old one left over does no harm
        rotate(folder, now)
    _copy_erasure_log(database_path, folder)
    return target


def _copy_erasure_log(database_path: Path, folder: Path) -> None:
    """The erasure log beside the copies: opened from there (the laptop lost), a copy
    forgets again whoever was forgotten after it was made (:func:`read_erasure_log` reads a
    log beside the file too). Written whole or not at all; not being able to is not fatal."""
    try:
        text = erasure_log(database_path).read_bytes()
    except OSError:
        return
    write_whole(folder / ERASURE_LOG_NAME, text)
