"""Opening files safely: refuse what is not ours, never create what was expected to exist."""

import sqlite3
import struct
from pathlib import Path

import pytest

from buurtapp.core.errors import DatabaseError
from buurtapp.core.storage.database import create_database, migrate, open_database
from buurtapp.core.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_new_file_is_created_and_reopened(db_path) -> None:
    create_database(db_path).close()
    with open_database(db_path) as db:
        assert db.user_version == SCHEMA_VERSION


def test_missing_file_is_not_created(tmp_path) -> None:
    path = tmp_path / "stick" / "buurthuis.db"
    with pytest.raises(DatabaseError) as err:
        open_database(path)
    assert err.value.code == "db_missing"
    assert "USB-stick" in err.value.message("nl")
    assert "USB stick" in err.value.message("en")
    assert not path.exists()


def test_file_vanishing_after_check_is_not_recreated(tmp_path) -> None:
    """mode=rw: SQLite itself refuses to create the file."""
    from buurtapp.core.storage.connection import uri as _uri

    path = tmp_path / "gone.db"
    with pytest.raises(sqlite3.OperationalError):
        sqlite3.connect(_uri(path, "rw"), uri=True).execute("SELECT 1")
    assert not path.exists()


def test_newer_schema_is_refused_untouched(db_path) -> None:
    create_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = _files(db_path.parent)
    with pytest.raises(DatabaseError) as err:
        open_database(db_path)
    assert err.value.code == "db_newer"
    assert "nieuwere Buurtapp" in str(err.value)
    assert _files(db_path.parent) == before


def test_foreign_sqlite_file_is_refused_untouched(tmp_path) -> None:
    path = tmp_path / "adressen.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Piet')")
    conn.commit()
    conn.close()
    before = _files(tmp_path)
    with pytest.raises(DatabaseError) as err:
        open_database(path)
    assert err.value.code == "db_foreign"
    assert _files(tmp_path) == before


@pytest.mark.parametrize(
    "content",
    [b"naam;telefoon\nPiet;06-1\n", b"\x00" * 4096, b"SQLite format 3\x00" + b"\xff" * 50],
)
def test_non_sqlite_file_is_refused_untouched(tmp_path, content) -> None:
    path = tmp_path / "lijst.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseError) as err:
        open_database(path)
    assert err.value.code == "db_not_sqlite"
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lijst.db"]


def test_create_refuses_existing_file(db_path) -> None:
    db_path.write_text("belangrijk")
    with pytest.raises(DatabaseError) as err:
        create_database(db_path)
    assert err.value.code == "db_exists"
    assert db_path.read_text() == "belangrijk"


def test_migrations_run_in_order_once_each(db_path) -> None:
    calls: list[int] = []

    def step(version: int):
        def run(conn: sqlite3.Connection) -> None:
            calls.append(version)
            conn.execute(f"CREATE TABLE extra_{version} (id INTEGER PRIMARY KEY)")

        return run

    db = create_database(db_path)
    extra = [*MIGRATIONS, (SCHEMA_VERSION + 2, step(2)), (SCHEMA_VERSION + 1, step(1))]
    migrate(db, extra)
    assert calls == [1, 2]
    assert db.user_version == SCHEMA_VERSION + 2
    migrate(db, extra)
    assert calls == [1, 2]
    db.close()


def test_failed_migration_leaves_file_at_old_version(db_path) -> None:
    db = create_database(db_path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (id INTEGER)")
        raise sqlite3.OperationalError("disk I/O error")

    with pytest.raises(DatabaseError):
        migrate(db, [*MIGRATIONS, (SCHEMA_VERSION + 1, broken)])
    assert db.user_version == SCHEMA_VERSION
    assert "half_done" not in db.db.table_names()
    db.close()


def test_older_file_is_backed_up_before_migrating(db_path) -> None:
    from buurtapp.core.storage.backups import folder_for, list_backups
    from buurtapp.core.storage.connection import Database, configure

    conn = sqlite3.connect(db_path)
    configure(conn)
    old = Database(conn, db_path)
    migrate(old, MIGRATIONS[:1])  # a file as the first release wrote it
    conn.execute("INSERT INTO places (name) VALUES ('Buurthuis')")
    conn.commit()
    conn.close()
    with open_database(db_path) as db:
        assert db.user_version == SCHEMA_VERSION
        assert db.scalar("SELECT count(*) FROM search WHERE text = 'Buurthuis'") == 1
    backups = list_backups(folder_for(db_path))
    assert [b.reason for b in backups] == ["voor-migratie-v1"]
    head = backups[0].path.read_bytes()[:100]
    assert struct.unpack(">i", head[60:64])[0] == 1
    assert struct.unpack(">i", head[68:72])[0] == APPLICATION_ID


def test_empty_file_is_refused_not_turned_into_a_database(tmp_path) -> None:
    """A zero-byte file is not silently made into a database (issue 10)."""
    path = tmp_path / "leeg.db"
    path.touch()
    with pytest.raises(DatabaseError) as err:
        open_database(path)
    assert err.value.code == "db_empty"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["leeg.db"]
    assert path.stat().st_size == 0


def test_read_only_file_opens_for_reading_and_says_so_on_save(demo_path) -> None:
    from buurtapp.core.model import records as r
    from buurtapp.core.model.repository import Repositories

    before = demo_path.read_bytes()
    with open_database(demo_path, read_only=True) as db:
        assert db.read_only
        repos = Repositories(db)
        assert repos.places.count() > 0
        with pytest.raises(DatabaseError) as err:
            repos.places.add(r.Place(name="Nieuw"))
        assert err.value.code == "db_read_only"
        assert "alleen te lezen" in err.value.message("nl")
    assert demo_path.read_bytes() == before


def test_damaged_file_is_called_damaged(demo_path) -> None:
    data = bytearray(demo_path.read_bytes())
    for offset in range(4096 * 3, 4096 * 3 + 200):
        data[offset] = 0xFF
    demo_path.write_bytes(bytes(data))
    from buurtapp.core.storage.health import check

    report = check(demo_path)
    assert not report.healthy
