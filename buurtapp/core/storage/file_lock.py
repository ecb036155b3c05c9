"""One Buurtapp per file: a ``<file>.lock`` beside the database, held with an OS lock.

The operating system releases the lock when the process ends (also after kill -9 or a power
cut), so a crashed app never leaves a lock that has to be guessed stale. The file itself says
who holds it (process, computer), for a message. Qt-free, so the window and the command line
share it.
"""

from __future__ import annotations

import contextlib
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from buurtapp.core.errors import DatabaseError

try:  # POSIX
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

except ImportError:  # pragma: no cover - Windows
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


@dataclass
class FileLock:
    """A held lock; :meth:`release` (or closing the process) frees it."""

    path: Path
    fd: int | None

    def release(self) -> None:
        if self.fd is None:
            return
        with contextlib.suppress(OSError):
            # Only remove the file while it is still ours (same inode), then let go.
            if os.fstat(self.fd).st_ino == os.stat(self.path).st_ino:
                self.path.unlink()
        with contextlib.suppress(OSError):
            os.close(self.fd)
        self.fd = None


def acquire(database: Path) -> FileLock:
    """Lock ``database`` for this process; raises ``db_in_use`` when another app holds it.

    In a folder that cannot be written no lock file can be made: the file is opened read-only
    anyway, so an unheld lock (``fd`` None) is returned.
    """
    path = lock_path(Path(database).resolve())
    for _attempt in range(5):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return FileLock(path, None)
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            raise DatabaseError(
                "db_in_use", path=str(Path(database).name), pid=holder[0], host=holder[1]
            )
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except OSError:
            same = False
        if not same:  # the previous holder removed the file while we waited: try again
            os.close(fd)
            continue
        text = f"{os.getpid()}\nbuurtapp\n{socket.gethostname()}\n".encode()
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.pwrite(fd, text, 0)
        return FileLock(path, fd)
    return FileLock(path, None)


def _read_holder(fd: int) -> tuple[str, str]:
    try:
        lines = os.pread(fd, 200, 0).decode("utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    pid = lines[0] if lines else "?"
    host = lines[2] if len(lines) > 2 else "?"
    return pid, host
