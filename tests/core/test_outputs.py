"""The output guard and atomic writing (buurtapp/core/outputs.py) on real files.

Why: an output must never land on the database or anything that belongs to it, whatever path
leads there, and a failed write must leave the previous file byte-identical with no temporary
file behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from buurtapp.core.errors import DatabaseError
from buurtapp.core.exchange.exporting import export
from buurtapp.core.exchange.tabular import write_csv
from buurtapp.core.storage.backups import erasure_log, folder_for, make_backup
from buurtapp.core.storage.database import open_database
from buurtapp.core.storage.outputs import (
    TEMP_PREFIX,
    atomic_output,
    check_output,
    shown,
    translate,
    write_bytes,
)


def code_of(target: Path, database: Path | None, **kwargs: object) -> str | None:
    try:
        check_output(target, database, **kwargs)  # type: ignore[arg-type]
    except DatabaseError as error:
        return error.code
    return None


def listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


@pytest.fixture
def db(demo_path: Path) -> Iterator[Path]:
    """The demo with a backup, an erasure log, a lock file and an open WAL."""
    with open_database(demo_path) as database:
        make_backup(database, "test")
    erasure_log(demo_path).write_text('{"uid": "uid-1", "on": "2026-11-25"}\n')
    demo_path.with_name(demo_path.name + ".lock").write_text("1\nbuurtapp\nhost\n")
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE places SET notes = 'in de wal' WHERE id = 1")
    conn.commit()
    assert demo_path.with_name(demo_path.name + "-wal").stat().st_size > 0
    yield demo_path
    conn.close()


def test_the_database_and_everything_beside_it_is_refused(db: Path, tmp_path: Path) -> None:
    backup = next(folder_for(db).glob("*.db"))
    names = ["", "-wal", "-shm", "-journal", ".lock"]
    for suffix in names:
        assert code_of(db.with_name(db.name + suffix), db) == "output_is_data", suffix
    assert code_of(backup, db) == "output_is_data"
    assert code_of(folder_for(db) / "nieuw.csv", db) == "output_is_data"
    assert code_of(erasure_log(db), db) == "output_is_data"
    # other paths to the same files
    (tmp_path / "sub").mkdir()
    assert code_of(tmp_path / "sub" / ".." / db.name, db) == "output_is_data"
    os.symlink(db.with_name(db.name + "-journal"), tmp_path / "journal.csv")  # dangling
    assert code_of(tmp_path / "journal.csv", db) == "output_is_data"
    os.symlink(folder_for(db), tmp_path / "kopieen")
    assert code_of(tmp_path / "kopieen" / "x.csv", db) == "output_is_data"
    os.link(db.with_name(db.name + "-wal"), tmp_path / "wal-link.csv")
    assert code_of(tmp_path / "wal-link.csv", db) == "output_is_data"
    os.link(backup, tmp_path / "backup-link.csv")
    assert code_of(tmp_path / "backup-link.csv", db) == "output_is_data"
    # the database given by another path
    os.symlink(db, tmp_path / "alias.db")
    assert code_of(db.with_name(db.name + "-shm"), tmp_path / "alias.db") == "output_is_data"
    # an ordinary name beside it is fine, and nothing was created by checking
    before = listing(tmp_path)
    assert code_of(tmp_path / "deelnemers.csv", db) is None
    assert listing(tmp_path) == before


def test_a_database_given_relative_is_recognised(db: Path, monkeypatch) -> None:
    monkeypatch.chdir(db.parent)
    assert code_of(Path(db.name + "-wal"), Path(db.name)) == "output_is_data"
    assert code_of(db.with_name(db.name + "-wal"), Path(db.name)) == "output_is_data"


def test_folders_devices_fifos_long_names_and_missing_folders(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo")
    os.symlink(tmp_path, tmp_path / "map-link")
    assert code_of(tmp_path, None) == "output_is_folder"
    assert code_of(tmp_path / "map-link", None) == "output_is_folder"
    assert code_of(tmp_path / "fifo", None) == "output_special"
    assert code_of(Path("/dev/null"), None) == "output_special"
    assert code_of(tmp_path / "weg" / "x.csv", None) == "folder_missing"
    (tmp_path / "bestand").write_text("x")
    assert code_of(tmp_path / "bestand" / "x.csv", None) == "folder_missing"
    assert code_of(tmp_path / ("a" * 256), None) == "output_name_too_long"
    assert code_of(tmp_path / ("é" * 128), None) == "output_name_too_long"  # 256 bytes
    assert code_of(tmp_path / ("a" * 255), None) is None
    os.symlink("lus", tmp_path / "lus")
    assert code_of(tmp_path / "lus", None) is not None  # a symlink loop: a readable error


def test_any_sqlite_file_and_existing_targets_without_overwrite(db: Path, tmp_path: Path) -> None:
    other = tmp_path / "ander-buurthuis.db"
    other.write_bytes(db.read_bytes())
    assert code_of(other, db) == "output_is_database"
    (tmp_path / "oud.csv").write_text("oud")
    assert code_of(tmp_path / "oud.csv", db) is None
    assert code_of(tmp_path / "oud.csv", db, overwrite=False) == "db_exists"


def test_atomic_output_replaces_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "lijst.csv"
    target.write_bytes(b"de vorige versie")
    os.chmod(target, 0o640)
    with pytest.raises(RuntimeError), atomic_output(target) as temporary:
        assert temporary.parent == tmp_path and temporary.name.startswith(TEMP_PREFIX)
        temporary.write_bytes(b"half")
        raise RuntimeError("de schrijver crasht")
    assert target.read_bytes() == b"de vorige versie"
    assert listing(tmp_path) == ["lijst.csv"]
    write_bytes(target, b"nieuw")
    assert target.read_bytes() == b"nieuw"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the old file's permissions kept
    assert listing(tmp_path) == ["lijst.csv"]


def test_new_files_get_ordinary_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_bytes(tmp_path / "nieuw.ics", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "nieuw.ics").stat().st_mode) == 0o644


def test_through_a_symlink_the_link_stays_and_its_target_is_written(tmp_path: Path) -> None:
    (tmp_path / "echt").mkdir()
    real = tmp_path / "echt" / "lijst.csv"
    real.write_text("oud")
    os.symlink(real, tmp_path / "snelkoppeling.csv")
    write_bytes(tmp_path / "snelkoppeling.csv", b"nieuw")
    assert (tmp_path / "snelkoppeling.csv").is_symlink()
    assert real.read_bytes() == b"nieuw"
    assert listing(tmp_path / "echt") == ["lijst.csv"]


def test_no_overwrite_even_when_the_target_appears_meanwhile(tmp_path: Path) -> None:
    target = tmp_path / "kopie.db"
    with pytest.raises(DatabaseError) as err, atomic_output(target, overwrite=False) as temp:
        temp.write_bytes(b"nieuw")
        target.write_bytes(b"iemand anders")
    assert err.value.code == "db_exists"
    assert target.read_bytes() == b"iemand anders"
    assert listing(tmp_path) == ["kopie.db"]


def test_a_writer_failing_half_way_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "deelnemers.csv"
    target.write_bytes(b"oude export")

    def rows() -> Iterator[list[object]]:
        for n in range(10_000):
            if n == 5_000:
                raise ValueError("kapot")
            yield [f"naam {n}", n]

    with pytest.raises(ValueError):
        write_csv(target, ["naam", "nummer"], rows())  # type: ignore[arg-type]
    assert target.read_bytes() == b"oude export"
    assert listing(tmp_path) == ["deelnemers.csv"]


def test_os_errors_become_one_readable_line(tmp_path: Path) -> None:
    cases = {
        errno.ENOSPC: "output_disk_full",
        errno.EROFS: "output_read_only",
        errno.EACCES: "output_read_only",
        errno.ENAMETOOLONG: "output_name_too_long",
        errno.ENOENT: "folder_missing",
        errno.EIO: "output_failed",
    }
    for number, code in cases.items():
        error = translate(OSError(number, os.strerror(number)), tmp_path / "x\ny.csv")
        assert error.code == code
        for lang in ("nl", "en"):
            assert "\n" not in error.message(lang) and "{" not in error.message(lang)


def test_names_people_really_use(demo_path: Path, tmp_path: Path) -> None:
    names = ["lijst #1?.csv", "100% zeker.csv", "Café de Linde.xlsx", "é" * 120 + ".csv"]
    names.append("x" * 251 + ".csv")  # exactly 255 bytes: the temporary name stays short
    with open_database(demo_path) as database:
        for name in names:
            assert export(database, "places", tmp_path / name) > 0
    assert sorted(set(listing(tmp_path)) - {"demo.db", "demo.db-wal", "demo.db-shm", "data"}) == (
        sorted(names)
    )


@contextlib.contextmanager
def tmpfs(folder: Path, size: str = "1m") -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("a small tmpfs needs root")
    folder.mkdir()
    if (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
            capture_output=True,
        ).returncode
        != 0
    ):
        pytest.skip("mounting a tmpfs is not possible here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path, leave: int = 0) -> None:
    """Fill the file system of ``folder``, then free ``leave`` bytes again."""
    filler = folder / "vulling"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for chunk in (65536, 4096, 512):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * chunk)
    finally:
        os.close(fd)
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))


@pytest.mark.parametrize("leave", [0, 8192])
def test_full_disk_keeps_the_old_file(tmp_path: Path, leave: int) -> None:
    with tmpfs(tmp_path / "klein") as folder:
        target = folder / "lijst.csv"
        target.write_bytes(b"de vorige versie")
        fill(folder, leave)
        before = listing(folder)
        with pytest.raises(DatabaseError) as err:
            write_csv(target, ["naam"], [["x" * 100] for _ in range(2_000)])
        assert err.value.code == "output_disk_full"
        assert target.read_bytes() == b"de vorige versie"
        assert listing(folder) == before


def test_names_that_are_no_names(tmp_path: Path) -> None:
    assert code_of("", None) == "output_bad_name"  # type: ignore[arg-type]
    assert code_of(tmp_path / "a\0b.csv", None) == "output_bad_name"
    odd = tmp_path / os.fsdecode(b"\xff-niet-utf8.csv")  # bytes that are no UTF-8: fine
    write_bytes(odd, b"x")
    assert os.listdir(tmp_path) == [odd.name]
    assert shown(odd).encode("utf-8").endswith(b"?-niet-utf8.csv")  # printable in a message
    assert shown("regel\nnog een") == "regel?nog een"
