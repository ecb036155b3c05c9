"""The command line: exit codes and one readable line per error, never a traceback."""

import sqlite3
import subprocess
import sys

import pytest

from buurtapp.cli import main
from buurtapp.core.storage.database import open_database


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_then_check(capsys, db_path) -> None:
    code, out, _ = run(capsys, "init", "--db", str(db_path))
    assert code == 0 and "lege database" in out
    code, out, _ = run(capsys, "check", "--db", str(db_path))
    assert code == 0 and out.startswith("In orde")


def test_init_refuses_existing_file(capsys, db_path) -> None:
    db_path.write_text("mijn lijstje")
    code, _, err = run(capsys, "init", "--db", str(db_path))
    assert code == 2
    assert err.count("\n") == 1 and "bestaat al" in err
    assert db_path.read_text() == "mijn lijstje"


def test_demo_check_schedule_backup(capsys, tmp_path) -> None:
    db = tmp_path / "x.db"
    code, out, _ = run(capsys, "demo", "--db", str(db), "--seed", "3", "--today", "2026-11-25")
    assert code == 0 and "300 deelnemers" in out
    assert run(capsys, "check", "--db", str(db))[0] == 0
    code, out, _ = run(capsys, "schedule", "--db", str(db), "--until", "2027-12-31")
    assert code == 0 and "toegevoegd" in out
    with open_database(db) as database:
        assert database.scalar("SELECT max(starts_at) FROM sessions") > "2027-11-01"
    target = tmp_path / "kopie.db"
    code, out, _ = run(capsys, "backup", "--db", str(db), "-o", str(target))
    assert code == 0 and target.exists()
    with open_database(target) as copy, open_database(db) as original:
        for table in ("participants", "sessions", "attendance"):
            assert copy.scalar(f"SELECT count(*) FROM {table}") == original.scalar(
                f"SELECT count(*) FROM {table}"
            )
    code, _, err = run(capsys, "backup", "--db", str(db), "-o", str(target))
    assert code == 2 and "bestaat al" in err


def test_default_backup_name_is_beside_the_file(capsys, demo_path) -> None:
    code, out, _ = run(capsys, "backup", "--db", str(demo_path))
    assert code == 0
    copies = [p for p in demo_path.parent.iterdir() if "-backup-" in p.name]
    assert len(copies) == 1 and copies[0].name in out


def test_check_reports_damage_with_exit_1(capsys, demo_path) -> None:
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO attendance VALUES (999999, 999999)")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "check", "--db", str(demo_path))
    assert code == 1
    assert "verwijzing: attendance" in out


def test_check_reports_corruption(capsys, demo_path) -> None:
    data = bytearray(demo_path.read_bytes())
    page = 4096
    for offset in range(page * 20, page * 20 + 64):  # scribble over an index/table page
        data[offset] ^= 0x5A
    demo_path.write_bytes(bytes(data))
    code, out, err = run(capsys, "check", "--db", str(demo_path))
    assert code == 1
    assert "beschadigd" in out
    code, out, err = run(capsys, "schedule", "--db", str(demo_path), "--until", "2027-01-01")
    assert code == 2
    assert err.count("\n") == 1 and "beschadigd" in err, err


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["check", "--db", "{tmp}/weg.db"], "bestaat niet"),
        (["schedule", "--db", "{tmp}/weg.db", "--until", "2027-01-01"], "bestaat niet"),
        (["check", "--db", "{tmp}/tekst.db"], "geen database-bestand"),
        (["backup", "--db", "{tmp}/weg.db"], "bestaat niet"),
        (["demo", "--db", "{tmp}/nomap/sub/x.db"], "de map bestaat niet"),
    ],
)
def test_errors_are_one_line(capsys, tmp_path, argv, needle) -> None:
    (tmp_path / "tekst.db").write_text("naam;telefoon\n")
    code, _, err = run(capsys, *[a.format(tmp=tmp_path) for a in argv])
    assert code == 2
    assert err.count("\n") == 1 and needle in err, err
    assert not (tmp_path / "weg.db").exists()


def test_bad_date_argument_is_refused(capsys, db_path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["schedule", "--db", str(db_path), "--until", "31-12-2026"])
    assert exc.value.code == 2
    assert "ongeldige datum" in capsys.readouterr().err


def test_english_messages_when_asked(capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("BUURTAPP_LANG", "en")
    code, _, err = run(capsys, "check", "--db", str(tmp_path / "gone.db"))
    assert code == 2 and "does not exist" in err


def test_module_entry_point_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "buurtapp", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert "demo" in result.stdout and "schedule" in result.stdout
