"""Backups: made with the backup API, verified, rotated, listed, restored; forgotten people
stay forgotten after a restore."""

from datetime import datetime, timedelta

from buurtapp.core.model import records as r
from buurtapp.core.model.repository import Repositories
from buurtapp.core.privacy.forgetting import forget
from buurtapp.core.restoring import restore
from buurtapp.core.storage.backups import (
    erased_uids,
    folder_for,
    list_backups,
    make_backup,
    rotate,
)
from buurtapp.core.storage.database import open_database


def test_backup_is_verified_and_listed_with_counts(demo_path, tmp_path) -> None:
    with open_database(demo_path) as db:
        path = make_backup(db, "handmatig", folder=tmp_path)
        expected = {t: db.scalar(f"SELECT count(*) FROM {t}") for t in ("places", "sessions")}
    [info] = list_backups(tmp_path)
    assert info.path == path and info.reason == "handmatig" and info.size > 100_000
    counts = info.counts()
    assert counts["places"] == expected["places"] and counts["sessions"] == expected["sessions"]
    assert folder_for(demo_path).name.startswith("demo-")


def test_rotation_keeps_last_ten_daily_and_weekly(tmp_path) -> None:
    now = datetime(2026, 11, 25, 12, 0)
    made = []
    for hours in range(0, 24 * 60, 6):  # four a day for sixty days
        moment = now - timedelta(hours=hours)
        path = tmp_path / f"{moment.strftime('%Y%m%d-%H%M%S')}-auto.db"
        path.write_bytes(b"x")
        made.append(moment)
    rotate(tmp_path, now)
    kept = sorted((b.made for b in list_backups(tmp_path)), reverse=True)
    assert kept[:10] == sorted(made, reverse=True)[:10]
    days = {m.date() for m in kept}
    assert {(now - timedelta(days=d)).date() for d in range(7)} <= days
    assert len({m.isocalendar()[:2] for m in kept}) >= 5
    assert len(kept) < 30
    assert min(kept) >= now - timedelta(weeks=5, days=7)


def test_restore_keeps_the_current_file_and_replays_erasures(demo_path) -> None:
    with open_database(demo_path) as db:
        old = make_backup(db, "oud")
        repos = Repositories(db)
        person = repos.participants.add(r.Participant(name="Na de kopie"))
        forgotten = db.scalar("SELECT id FROM participants WHERE id = 20")
        name = repos.participants.get(forgotten).name
        forget(db, [forgotten])
        uid = repos.participants.get(forgotten).uid
    assert uid in erased_uids(demo_path)
    kept = restore(old, demo_path)
    assert "voor-terugzetten" in kept.name
    with open_database(demo_path) as db:
        assert db.scalar("SELECT count(*) FROM participants WHERE name = 'Na de kopie'") == 0
        again = Repositories(db).participants.get(forgotten)
        assert again.anonymised_on and again.name != name  # forgotten again after restore
    with open_database(kept) as before_restore:
        assert (
            before_restore.scalar("SELECT count(*) FROM participants WHERE id = ?", (person.id,))
            == 1
        )
