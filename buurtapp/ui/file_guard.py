"""One Buurtapp per file: a lock file beside the database (QLockFile, stale locks of a
crashed or killed app are taken over), and a warning for risky places such as cloud folders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

STALE_MS = 30_000
RISKY_PARTS = (
    "dropbox",
    "onedrive",
    "google drive",
    "googledrive",
    "icloud",
    "nextcloud",
    "owncloud",
    "/media/",
    "/mnt/",
    "/run/media/",
    "/volumes/",
)


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class FileGuard:
    """Holds the lock of the open database file."""

    def __init__(self) -> None:
        self.lock: QLockFile | None = None
        self.path: Path | None = None

    def try_lock(self, database: Path) -> tuple[QLockFile | None, str | None]:
        """(the lock, None) when ``database`` is free, (None, message) when another app has
        it. The file held so far stays locked until :meth:`hold` takes the new lock."""
        database = Path(database).resolve()
        if self.path == database:
            return self.lock, None
        lock = QLockFile(str(lock_path(database)))
        lock.setStaleLockTime(STALE_MS)
        if lock.tryLock(100):
            return lock, None
        if lock.error() != QLockFile.LockError.LockFailedError:
            return None, None  # a read-only folder: no lock possible, open anyway
        info = lock.getLockInfo()  # (pid, host, app), with a leading ok-flag in some versions
        ok, pid, host = (info[0], info[1], info[2]) if len(info) == 4 else (True, *info[:2])
        text = QCoreApplication.translate(
            "FileGuard",
            "%1 is already open in Buurtapp (process %2 on %3). Close it there "
            "first, so that no changes are lost.",
        )
        return None, (
            text.replace("%1", database.name)
            .replace("%2", str(pid if ok else "?"))
            .replace("%3", host if ok else "?")
        )

    def hold(self, lock: QLockFile | None, database: Path | None) -> None:
        """Keep ``lock`` for ``database``, releasing the one held before."""
        if lock is self.lock:
            return
        self.release()
        self.lock = lock
        self.path = Path(database).resolve() if database else None

    def release(self) -> None:
        if self.lock is not None:
            self.lock.unlock()
        self.lock, self.path = None, None


def risky_location(path: Path) -> bool:
    """Cloud-sync folders, network shares and removable drives: SQLite files get damaged
    there when two computers or a pulled stick meet an open file."""
    text = str(Path(path).resolve()).casefold().replace("\\", "/")
    return any(part in text for part in RISKY_PARTS) or text.startswith("//")
