"""Writing outputs (exports, agendas, PDFs, backups) without ever hurting the data.

Why: an export written over the database, its ``-wal`` or its backups destroys the very data it
came from, and a full disk half-way through a write must not leave a truncated file where a
good one was. Every writer therefore goes through :func:`atomic_output`: the target is checked
first (:func:`check_output`), then written to a temporary file in the same folder, flushed to
disk and renamed into place in one step. On any failure the temporary file is removed and the
previous file (if any) is exactly as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path

from buurtapp.core.errors import DatabaseError
from buurtapp.core.storage.backup_paths import erasure_log, folder_for

SQLITE_MAGIC = b"SQLite format 3\x00"
#: Files beside a database ``x.db`` that belong to it: ``x.db-wal``, ``x.db.lock``, ...
COMPANION_SUFFIXES = ("", "-wal", "-shm", "-journal", ".lock", ".damaged")
TEMP_PREFIX = ".buurtapp-"
TEMP_SUFFIX = ".tmp"
_DEFAULT_NAME_MAX = 255


def _real(path: Path | str) -> str:
    """The absolute path with every symlink followed, also a dangling one."""
    return os.path.realpath(os.path.abspath(path))


def shown(path: Path | str) -> str:
    """A path for a one-line message: control characters (a newline in a name) as '?'."""
    text = "".join("?" if ord(c) < 32 or ord(c) == 127 else c for c in str(path))
    return text.encode("utf-8", "replace").decode("utf-8")  # undecodable bytes as '?'


def _same_name(a: str, b: str) -> bool:
    return os.path.normcase(a) == os.path.normcase(b)


def _identity(path: Path | str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def protected(database_path: Path) -> tuple[list[Path], list[Path]]:
    """The files and folders an output may never be or go into: the database and the files
    SQLite and Buurtapp keep beside it, its backups folder and the erasure log."""
    database_path = Path(database_path)
    # SQLite and the lock follow a symlinked database: its -wal lies beside the real file.
    bases = {database_path, Path(_real(database_path))}
    files = [base.with_name(base.name + s) for base in bases for s in COMPANION_SUFFIXES]
    folders = [folder_for(database_path)]
    files.append(erasure_log(database_path))
    return files, folders


def _inside(real: str, folder_real: str) -> bool:
    try:
        return _same_name(os.path.commonpath([real, folder_real]), folder_real)
    except ValueError:  # different drives
        return False


def _hits_data(real: str, database_path: Path) -> bool:
    files, folders = protected(database_path)
    mine = _identity(real)
    parent = _identity(os.path.dirname(real))
    name = os.path.normcase(os.path.basename(real))
    for path in files:
        if _same_name(real, _real(path)):
            return True
        if mine is not None and mine == _identity(path):
            return True  # a hard link, or another path to the same file
        if (
            parent is not None
            and name == os.path.normcase(os.path.basename(_real(path)))
            and parent == _identity(os.path.dirname(_real(path)))
        ):
            return True  # a file still to come, in the same folder reached another way
    if _belongs_to_a_database(real):
        return True
    for folder in folders:
        folder_real = _real(folder)
        if _inside(real, folder_real):
            return True
        if parent is not None and parent == _identity(folder_real):
            return True  # the same folder reached another way (a bind mount)
        if mine is not None and os.path.isdir(folder_real):
            with contextlib.suppress(OSError), os.scandir(folder_real) as entries:
                if any(_identity(entry.path) == mine for entry in entries):
                    return True  # a hard link to a backup
    return False


def _belongs_to_a_database(real: str) -> bool:
    """``x-wal``, ``x-shm`` or ``x-journal`` beside an SQLite file ``x``: that database's
    own log, whichever database it is (writing there destroys its last changes)."""
    for suffix in ("-wal", "-shm", "-journal"):
        if real.endswith(suffix) and _starts_like_sqlite(real[: -len(suffix)]):
            return True
    return False


def _name_max(folder: str) -> int:
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (AttributeError, OSError, ValueError):
        return _DEFAULT_NAME_MAX


def _starts_like_sqlite(path: str) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def check_output(
    target: Path, database_path: Path | None = None, *, overwrite: bool = True
) -> Path:
    """Refuse an output ``target`` that is (part of) the data, a folder, a device or FIFO, in a
    missing folder or with a name too long; returns the real path to write to.

    Another path to the same file counts as the same file: relative or with ``..``, through a
    symlink (also one whose target does not exist yet), or a hard link. Nothing is created.
    """
    name_shown = shown(target)
    if not str(target) or "\0" in str(target):
        raise DatabaseError("output_bad_name", path=name_shown)
    real = _real(target)
    if database_path is not None and _hits_data(real, Path(database_path)):
        raise DatabaseError("output_is_data", path=name_shown)
    try:
        info: os.stat_result | None = os.stat(real)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise translate(exc, Path(target)) from exc
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise DatabaseError("output_is_folder", path=name_shown)
        if not stat.S_ISREG(info.st_mode):
            raise DatabaseError("output_special", path=name_shown)
        if not overwrite:
            raise DatabaseError("db_exists", path=name_shown)
        if _starts_like_sqlite(real):
            raise DatabaseError("output_is_database", path=name_shown)
    folder = os.path.dirname(real)
    if not os.path.isdir(folder):
        raise DatabaseError("folder_missing", path=name_shown)
    name = os.path.basename(real)
    if len(os.fsencode(name)) > _name_max(folder):
        raise DatabaseError("output_name_too_long", path=name_shown)
    return Path(real)


def translate(exc: OSError, target: Path) -> DatabaseError:
    """One readable error for an operating-system error while writing ``target``."""
    name_shown = shown(target)
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
        return DatabaseError("output_disk_full", path=name_shown)
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return DatabaseError("output_read_only", path=name_shown)
    if code == errno.ENAMETOOLONG:
        return DatabaseError("output_name_too_long", path=name_shown)
    if code in (errno.ENOENT, errno.ENOTDIR):
        return DatabaseError("folder_missing", path=name_shown)
    if code == errno.EISDIR:
        return DatabaseError("output_is_folder", path=name_shown)
    reason = exc.strerror or str(exc) or type(exc).__name__
    return DatabaseError("output_failed", path=name_shown, reason=reason)


def _create_temporary(real: Path, given: Path) -> Path:
    """An empty new file with a short, unique name in the target's folder (the umask applies,
    so the result gets the same permissions as a file written directly)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        candidate = real.with_name(f"{TEMP_PREFIX}{secrets.token_hex(6)}{TEMP_SUFFIX}")
        try:
            fd = os.open(candidate, flags, 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise translate(exc, given) from exc
        os.close(fd)
        with contextlib.suppress(OSError):
            os.chmod(candidate, stat.S_IMODE(os.stat(real).st_mode))  # keep an old file's mode
        return candidate
    raise DatabaseError("output_failed", path=shown(given), reason="no temporary name")


def _sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every system or file system allows this."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _put_in_place(temporary: Path, real: Path, given: Path, overwrite: bool) -> None:
    if overwrite:
        os.replace(temporary, real)
        return
    try:
        os.link(temporary, real)  # fails if the target appeared meanwhile: never overwritten
    except FileExistsError as exc:
        raise DatabaseError("db_exists", path=shown(given)) from exc
    except OSError:  # no hard links here (FAT on a USB stick): check, then rename
        if os.path.lexists(real):
            raise DatabaseError("db_exists", path=shown(given)) from None
        os.replace(temporary, real)
        return
    os.unlink(temporary)


@contextlib.contextmanager
def atomic_output(
    target: Path, database_path: Path | None = None, *, overwrite: bool = True
) -> Iterator[Path]:
    """Check ``target``, then yield a temporary path in its folder to write the output to.

    When the block ends normally the temporary file is fsync'ed and renamed to ``target``
    (``overwrite=False`` refuses an existing target, also one that appears meanwhile). When it
    raises, the temporary file is removed and ``target`` is untouched; an ``OSError`` (full
    disk, read-only medium, name too long, ...) becomes one readable :class:`DatabaseError`.
    """
    given = Path(target)
    real = check_output(given, database_path, overwrite=overwrite)
    temporary = _create_temporary(real, given)
    finished = False
    try:
        yield temporary
        _sync_file(temporary)
        _put_in_place(temporary, real, given, overwrite)
        finished = True
        _sync_folder(real.parent)
    except OSError as exc:
        raise translate(exc, given) from exc
    finally:
        if not finished:
            with contextlib.suppress(OSError):
                temporary.unlink()


def write_bytes(
    target: Path, data: bytes, database_path: Path | None = None, *, overwrite: bool = True
) -> Path:
    """Write ``data`` to ``target`` through :func:`atomic_output`; returns ``target``."""
    with (
        atomic_output(target, database_path, overwrite=overwrite) as temporary,
        open(temporary, "wb") as fh,
    ):
        fh.write(data)
    return Path(target)
