"""Every output command (and the window's save actions) never writes over the data.

Why: issue 10 found `buurtapp export participants --db a.db -o a.db` exiting 0 with the database
turned into a CSV. Here every command that writes a file is aimed at the database, its WAL and
shared memory, its lock, its backups folder, and at other paths to them (symlink, hard link,
``..``); each must exit 2 with one line and leave every byte of every file as it was. Failed
writes (full disk, read-only folder) keep an older output byte-identical, and odd but legal
names work.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from buurtapp.cli import main
from buurtapp.core.storage.backups import erasure_log, folder_for, make_backup
from buurtapp.core.storage.database import open_database

DEMO_MONDAY = date(2026, 11, 30)

# name -> (arguments without --db/-o, file suffix, first bytes of a good output)
COMMANDS: dict[str, tuple[list[str], str, bytes]] = {
    **{
        f"export-{kind}-{fmt}": (["export", kind, "--format", fmt], f".{fmt}", magic)
        for kind in ("participants", "places", "organisations", "activities", "initiatives")
        for fmt, magic in (("csv", b"\xef\xbb\xbf"), ("xlsx", b"PK"))
    },
    "person-export": (["person", "export", "--id", "1"], ".json", b"{"),
    "export-ics": (
        ["export", "ics", "--from", "2026-12-01", "--to", "2026-12-31"],
        ".ics",
        b"BEGIN:VCALENDAR",
    ),
    "print-week": (["print", "week", "--week", "2026-W49"], ".pdf", b"%PDF"),
    "print-signin": (["print", "signin", "--session", "5"], ".pdf", b"%PDF"),
    "print-participants": (["print", "participants", "--initiative", "1"], ".pdf", b"%PDF"),
    "print-initiative": (
        ["print", "initiative", "--initiative", "1", "--from", "2026-01-01", "--to", "2026-11-25"],
        ".pdf",
        b"%PDF",
    ),
    "backup": (["backup"], ".db", b"SQLite format 3\x00"),
}
#: One command per kind of writer, for the slower failure experiments.
WRITERS = [
    "export-participants-csv",
    "export-participants-xlsx",
    "person-export",
    "export-ics",
    "print-week",
    "backup",
]


def run(capsys, name: str, db: Path, output: Path | str) -> tuple[int, str, str]:
    argv, _, _ = COMMANDS[name]
    code = main([*argv, "--db", str(db), "-o", str(output)])
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(*folders: Path) -> dict[str, str]:
    """Every file under ``folders`` (symlinks as their text) with a hash of its bytes."""
    state = {}
    for folder in folders:
        for root, dirs, files in os.walk(folder):
            for name in dirs + files:
                path = Path(root) / name
                if path.is_symlink():
                    state[str(path)] = "-> " + os.readlink(path)
                elif path.is_file():
                    state[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
                elif not path.is_dir():
                    state[str(path)] = "special"
    return state


@pytest.fixture
def live(demo_path: Path) -> Iterator[Path]:
    """The demo as it is while in use: a WAL with unsaved pages, shared memory, a lock, a
    backups folder with a backup and an erasure log."""
    with open_database(demo_path) as database:
        make_backup(database, "test")
    erasure_log(demo_path).write_text('{"uid": "uid-1", "on": "2026-11-25"}\n')
    demo_path.with_name(demo_path.name + ".lock").write_text("4242\nbuurtapp\nlaptop\n")
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE places SET notes = 'nog in de wal' WHERE id = 1")
    conn.commit()
    for suffix in ("-wal", "-shm"):
        assert demo_path.with_name(demo_path.name + suffix).stat().st_size > 0
    yield demo_path
    conn.close()


def hostile_targets(db: Path, tmp_path: Path) -> list[Path | str]:
    """The database, what belongs to it, and other paths to them."""
    wal, shm = (db.with_name(db.name + s) for s in ("-wal", "-shm"))
    lock = db.with_name(db.name + ".lock")
    folder = folder_for(db)
    backup = next(folder.glob("*.db"))
    links = tmp_path / "links"
    links.mkdir(exist_ok=True)
    made: dict[str, Path] = {}
    for name, make in {
        "db-symlink.csv": lambda p: os.symlink(db, p),
        "wal-symlink.csv": lambda p: os.symlink(wal, p),
        "journal-dangling.csv": lambda p: os.symlink(db.with_name(db.name + "-journal"), p),
        "db-hardlink.csv": lambda p: os.link(db, p),
        "wal-hardlink.csv": lambda p: os.link(wal, p),
        "shm-hardlink.csv": lambda p: os.link(shm, p),
        "backup-hardlink.csv": lambda p: os.link(backup, p),
        "backups-symlink": lambda p: os.symlink(folder, p),
    }.items():
        path = links / name
        if not os.path.lexists(path):
            make(path)
        made[name] = path
    (tmp_path / "sub").mkdir(exist_ok=True)
    return [
        db,
        wal,
        shm,
        lock,
        db.with_name(db.name + "-journal"),
        backup,
        folder / "nieuw.csv",
        erasure_log(db),
        *(made[n] for n in made if n != "backups-symlink"),
        made["backups-symlink"] / "nieuw.csv",
        tmp_path / "sub" / ".." / db.name,
        tmp_path / "sub" / ".." / wal.name,
        os.path.relpath(shm),  # relative to the working folder
    ]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_outputs_never_hit_the_data(capsys, qapp, live, tmp_path, name) -> None:
    targets = hostile_targets(live, tmp_path)
    before = snapshot(tmp_path)
    for target in targets:
        code, out, err = run(capsys, name, live, target)
        assert code == 2, (target, out, err)
        assert err.count("\n") == 1 and err.startswith("buurtapp: "), err
        assert "hoort bij de database" in err, (target, err)
        assert snapshot(tmp_path) == before, target
    # the same command to an ordinary name works (so the refusals above were the guard's)
    (tmp_path / "uit").mkdir()
    _, suffix, magic = COMMANDS[name]
    good = tmp_path / "uit" / f"goed{suffix}"
    code, _, err = run(capsys, name, live, good)
    assert code == 0, err
    assert good.read_bytes().startswith(magic)
    assert os.listdir(tmp_path / "uit") == [good.name]


def test_english_message(capsys, live, monkeypatch) -> None:
    monkeypatch.setenv("BUURTAPP_LANG", "en")
    code, _, err = run(capsys, "export-places-csv", live, live.with_name(live.name + "-wal"))
    assert code == 2 and "belongs to the database" in err and err.count("\n") == 1


@pytest.mark.parametrize("name", WRITERS)
def test_legal_names_work(capsys, qapp, demo_path, tmp_path, name) -> None:
    _, suffix, magic = COMMANDS[name]
    folder = tmp_path / "uit"
    folder.mkdir()
    stem = "lijst #1 ?%é & co "
    names = [stem + suffix, stem + "x" * (200 - len(stem) - len(suffix)) + suffix]
    names.append("é" * ((255 - len(suffix)) // 2) + suffix)  # near the 255-byte limit
    for file_name in names:
        code, _, err = run(capsys, name, demo_path, folder / file_name)
        assert code == 0, err
        assert (folder / file_name).read_bytes().startswith(magic)
    assert sorted(os.listdir(folder)) == sorted(names)
    too_long = folder / ("x" * 256 + suffix)
    code, _, err = run(capsys, name, demo_path, too_long)
    assert code == 2 and err.count("\n") == 1 and "te lang" in err
    assert sorted(os.listdir(folder)) == sorted(names)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("name", WRITERS)
def test_folders_fifos_devices_and_missing_folders(capsys, qapp, demo_path, tmp_path, name):
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "map").mkdir()
    before, dev_before = snapshot(tmp_path), sorted(os.listdir("/dev"))
    for target, needle in [
        (tmp_path / "map", "is een map"),
        (tmp_path / "fifo", "geen gewoon bestand"),
        ("/dev/null", "geen gewoon bestand"),
        (tmp_path / "weg" / "x.out", "map bestaat niet"),
    ]:
        code, _, err = run(capsys, name, demo_path, target)
        assert code == 2 and err.count("\n") == 1 and needle in err, (target, err)
    assert snapshot(tmp_path) == before
    assert sorted(os.listdir("/dev")) == dev_before


# -- failures while writing ---------------------------------------------------------------
def outcome(folder: Path, db: Path) -> dict[str, str]:
    """The output folder and the database file itself. (Its -wal/-shm are left out here: a
    backup reads through SQLite's read-only mode, which may leave an empty -wal beside it.)"""
    return {**snapshot(folder), "db": hashlib.sha256(db.read_bytes()).hexdigest()}


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@contextlib.contextmanager
def small_disk(folder: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("a 1 MB tmpfs needs root")
    folder.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)):
        pytest.skip("mounting a tmpfs is not possible here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@contextlib.contextmanager
def read_only_view(source: Path, view: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("a read-only bind mount needs root")
    view.mkdir()
    if not _mount("--bind", str(source), str(view)):
        pytest.skip("bind mounts are not possible here")
    try:
        if not _mount("-o", "remount,ro,bind", str(view)):
            pytest.skip("a read-only remount is not possible here")
        yield view
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)


def fill(folder: Path) -> None:
    fd = os.open(folder / "vulling", os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for chunk in (65536, 4096, 512):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * chunk)
    finally:
        os.close(fd)


@pytest.mark.parametrize("name", WRITERS)
def test_full_disk_keeps_the_previous_output(capsys, qapp, demo_path, tmp_path, name) -> None:
    _, suffix, _ = COMMANDS[name]
    with small_disk(tmp_path / "stick") as stick:
        previous = stick / f"vorige{suffix}"
        if name != "backup":  # a backup never overwrites: it gets a new name
            previous.write_bytes(b"de vorige versie, die heel moet blijven")
        target = previous if name != "backup" else stick / "nieuw.db"
        fill(stick)
        before = outcome(stick, demo_path)
        code, _, err = run(capsys, name, demo_path, target)
        assert code == 2 and err.count("\n") == 1, err
        assert "schijf is vol" in err, err
        assert outcome(stick, demo_path) == before


@pytest.mark.parametrize("name", WRITERS)
def test_read_only_folder_keeps_the_previous_output(capsys, qapp, demo_path, tmp_path, name):
    _, suffix, _ = COMMANDS[name]
    source = tmp_path / "gedeeld"
    source.mkdir()
    (source / f"vorige{suffix}").write_bytes(b"de vorige versie")
    with read_only_view(source, tmp_path / "alleen-lezen") as view:
        target = view / (f"vorige{suffix}" if name != "backup" else "nieuw.db")
        before = outcome(source, demo_path)
        code, _, err = run(capsys, name, demo_path, target)
        assert code == 2 and err.count("\n") == 1, err
        assert "mag niet worden geschreven" in err, err
        assert outcome(source, demo_path) == before


# -- the window ---------------------------------------------------------------------------
class _Answer:
    """Clicks OK in the next warning (warn() runs its own modal loop)."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def ok(self) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMessageBox

        def attempt(tries: int = 0) -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                if tries < 200:
                    QTimer.singleShot(20, lambda: attempt(tries + 1))
                return
            self.texts.append(box.text())
            box.accept()

        QTimer.singleShot(0, attempt)


@pytest.fixture
def window(qtbot, live, tmp_path):
    from PySide6.QtCore import QSettings

    from buurtapp.ui.main_window import MainWindow
    from buurtapp.ui.settings import Settings
    from tests.conftest import DEMO_TODAY

    settings = Settings(QSettings(str(tmp_path / "buurtapp.ini"), QSettings.Format.IniFormat))
    win = MainWindow(open_database(live), settings, today=DEMO_TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_window_outputs_never_hit_the_data(window, live, tmp_path) -> None:
    wal = live.with_name(live.name + "-wal")
    answer = _Answer()
    for target in (live, wal, folder_for(live) / "x.pdf"):
        before = {
            p: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in (live, wal, live.with_name(live.name + ".lock"))
        }
        answer.ok()
        assert window.export_list("csv", Path(target)) is None
        answer.ok()
        assert window.printing.save_pdf("week", Path(target)) is None
        answer.ok()
        assert window.printing.export_ics(Path(target)) is None
        after = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in before}
        assert after == before, target
    assert len(answer.texts) == 9
    assert all("hoort bij de database" in text for text in answer.texts), answer.texts
    # and an ordinary name still works
    assert window.printing.save_pdf("week", tmp_path / "week.pdf") == tmp_path / "week.pdf"
    assert (tmp_path / "week.pdf").read_bytes().startswith(b"%PDF")


def test_a_cancelled_pdf_writes_nothing(qapp, demo_path, tmp_path) -> None:
    from buurtapp.reports import documents
    from buurtapp.reports.render import write_pdf

    target = tmp_path / "uit" / "week.pdf"
    target.parent.mkdir()
    target.write_bytes(b"de vorige versie")
    with open_database(demo_path) as db:
        job = documents.week_programme(db, DEMO_MONDAY)
    assert write_pdf(job, target, lambda page, pages: False, database_path=demo_path) == 0
    assert target.read_bytes() == b"de vorige versie"
    assert os.listdir(target.parent) == ["week.pdf"]
    assert write_pdf(job, target, lambda page, pages: True, database_path=demo_path) >= 1
    assert target.read_bytes().startswith(b"%PDF")


def test_print_to_file_from_the_preview_never_hits_the_data(window, live, tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    job = window.printing.job("week")
    wal = live.with_name(live.name + "-wal")
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (live, wal)}
    answer = _Answer()
    for target in (live, wal, tmp_path / "links-naar-db.pdf"):
        if target.name == "links-naar-db.pdf":
            os.symlink(live, target)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        answer.ok()
        assert window.printing._paint_checked(job, printer) is False
        del printer
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in before} == before
    assert len(answer.texts) == 3 and all("hoort bij de database" in t for t in answer.texts)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "papier.pdf"))
    assert window.printing._paint_checked(job, printer) is True
    del printer
    assert (tmp_path / "papier.pdf").read_bytes().startswith(b"%PDF")


def test_the_log_of_another_database_is_never_an_output(tmp_path, capsys) -> None:
    """Writing over ``b.db-wal`` would destroy b.db's last changes, whoever's it is."""
    from buurtapp.cli import main
    from buurtapp.core.demo.writer import write_demo

    a, b = tmp_path / "a.db", tmp_path / "b.db"
    write_demo(a).close()
    write_demo(b, seed=2).close()
    wal = tmp_path / "b.db-wal"
    wal.write_bytes(b"stand-in for b's log")
    code = main(["export", "places", "--db", str(a), "-o", str(wal)])
    _, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1
    assert wal.read_bytes() == b"stand-in for b's log"


def test_the_same_folder_through_a_bind_mount_is_the_same_folder(tmp_path, capsys) -> None:
    import os
    import subprocess

    from buurtapp.cli import main
    from buurtapp.core.demo.writer import write_demo

    if os.geteuid() != 0:
        pytest.skip("a bind mount needs root")
    data = tmp_path / "data-folder"
    data.mkdir()
    write_demo(data / "d.db").close()
    mount = tmp_path / "bm"
    mount.mkdir()
    if subprocess.run(["mount", "--bind", str(data), str(mount)]).returncode != 0:
        pytest.skip("cannot bind mount")
    try:
        for name in ("d.db-wal", "d.db-journal", "d.db.lock"):
            code = main(["backup", "--db", str(data / "d.db"), "-o", str(mount / name)])
            _, err = capsys.readouterr()
            assert code == 2, (name, err)
            assert not (data / name).exists()
    finally:
        subprocess.run(["umount", str(mount)], check=False)
