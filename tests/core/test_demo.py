"""The demo neighbourhood: deterministic, complete, and shaped so every insight shows."""

from datetime import date

import pytest

from buurtapp.core.demo.writer import write_demo
from buurtapp.core.storage.database import open_database
from buurtapp.core.storage.health import check
from buurtapp.core.storage.schema import TABLES
from tests.conftest import DEMO_TODAY

D = DEMO_TODAY.isoformat()


def _dump(path) -> list[str]:
    with open_database(path) as db:
        return list(db.conn.iterdump())


def test_same_seed_same_data(tmp_path) -> None:
    a, b, c = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    write_demo(a, seed=7, today=date(2026, 11, 25)).close()
    write_demo(b, seed=7, today=date(2026, 11, 25)).close()
    write_demo(c, seed=8, today=date(2026, 11, 25)).close()
    assert _dump(a) == _dump(b)
    assert _dump(a) != _dump(c)


def test_small_demo_is_healthy_and_fills_every_table(demo_path) -> None:
    report = check(demo_path)
    assert report.healthy, report.problems
    assert set(report.counts) == set(TABLES)
    assert all(n > 0 for n in report.counts.values()), report.counts
    assert report.counts["initiatives"] == 30
    assert report.counts["participants"] == 300


@pytest.fixture
def demo(demo_path):
    db = open_database(demo_path)
    yield db
    db.close()


def _one(db, sql: str, params: tuple = ()) -> int:
    return int(db.scalar(sql, params) or 0)


def test_every_status_age_group_and_organisation_kind(demo) -> None:
    statuses = {r["status"] for r in demo.query("SELECT DISTINCT status FROM initiatives")}
    assert statuses == {"idea", "active", "paused", "stopped"}
    ages = {r["age_group"] for r in demo.query("SELECT DISTINCT age_group FROM participants")}
    assert ages == {"child", "youth", "adult", "senior"}
    kinds = {r["kind"] for r in demo.query("SELECT DISTINCT kind FROM organisations")}
    assert kinds == {"residents", "municipality", "civil_society", "business", "other"}
    assert _one(demo, "SELECT count(DISTINCT neighbourhood) FROM participants") >= 5
    assert _one(demo, "SELECT count(*) FROM participants WHERE is_worker = 1") >= 3
    assert _one(demo, "SELECT count(*) FROM initiatives WHERE length(story) > 40") >= 25


def test_sessions_cover_past_year_and_coming_months(demo) -> None:
    first, last = demo.query("SELECT min(starts_at) a, max(starts_at) b FROM sessions")[0].values()
    assert first < "2026-01-01" and last > "2027-02-01"
    assert _one(demo, "SELECT count(*) FROM sessions WHERE cancelled = 1") > 0
    assert (
        _one(
            demo,
            "SELECT count(*) FROM attendance a JOIN sessions s ON s.id = a.session_id "
            "WHERE s.starts_at >= ?",
            (D + "T12:00",),
        )
        == 0
    )


def test_insights_have_something_to_show(demo) -> None:
    # Funding running out within 90 days without a follow-up (lesson 8).
    assert (
        _one(
            demo,
            """
        SELECT count(*) FROM fundings f WHERE f.status = 'granted'
        AND f.ends_on BETWEEN ? AND date(?, '+90 days')
        AND NOT EXISTS (SELECT 1 FROM fundings g WHERE g.initiative_id = f.initiative_id
            AND g.id <> f.id AND g.status IN ('granted', 'requested') AND g.ends_on > f.ends_on)
    """,
            (D, D),
        )
        >= 1
    )
    # Fallen silent: active, held sessions long ago, none in the last 56 days.
    assert (
        _one(
            demo,
            """
        SELECT count(*) FROM initiatives i WHERE i.status = 'active'
        AND EXISTS (SELECT 1 FROM sessions s JOIN activities a ON a.id = s.activity_id
            WHERE a.initiative_id = i.id AND s.cancelled = 0 AND s.starts_at < date(?, '-56 days'))
        AND NOT EXISTS (SELECT 1 FROM sessions s JOIN activities a ON a.id = s.activity_id
            WHERE a.initiative_id = i.id AND s.cancelled = 0
            AND date(s.starts_at) BETWEEN date(?, '-56 days') AND date(?, '-1 day'))
    """,
            (D, D, D),
        )
        >= 1
    )
    # Place conflicts: overlapping held sessions of different activities at one place.
    assert (
        _one(
            demo,
            """
        SELECT count(*) FROM sessions a JOIN sessions b ON a.id < b.id
        JOIN activities aa ON aa.id = a.activity_id JOIN activities ab ON ab.id = b.activity_id
        WHERE a.activity_id <> b.activity_id AND a.cancelled = 0 AND b.cancelled = 0
        AND coalesce(a.place_id, aa.place_id) = coalesce(b.place_id, ab.place_id)
        AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at
    """,
        )
        >= 1
    )
    # Intergenerational sessions: child/youth and senior together.
    assert (
        _one(
            demo,
            """
        SELECT count(*) FROM sessions s WHERE s.cancelled = 0
        AND EXISTS (SELECT 1 FROM attendance a JOIN participants p ON p.id = a.participant_id
            WHERE a.session_id = s.id AND p.age_group IN ('child', 'youth'))
        AND EXISTS (SELECT 1 FROM attendance a JOIN participants p ON p.id = a.participant_id
            WHERE a.session_id = s.id AND p.age_group = 'senior')
    """,
        )
        >= 5
    )
    # Bridging: two residents from different neighbourhoods in one session.
    assert (
        _one(
            demo,
            """
        SELECT count(*) FROM attendance a JOIN attendance b
            ON a.session_id = b.session_id AND a.participant_id < b.participant_id
        JOIN participants p ON p.id = a.participant_id
        JOIN participants q ON q.id = b.participant_id
        WHERE p.is_worker = 0 AND q.is_worker = 0 AND p.neighbourhood <> q.neighbourhood
    """,
        )
        >= 10
    )
    # Active initiatives without a community worker, and shared ownership.
    assert (
        _one(
            demo,
            """
        SELECT count(*) FROM initiatives i WHERE i.status = 'active' AND NOT EXISTS (
            SELECT 1 FROM roles r JOIN participants p ON p.id = r.participant_id
            WHERE r.initiative_id = i.id AND r.role = 'community_worker' AND p.is_worker = 1)
    """,
        )
        >= 1
    )
    assert (
        _one(
            demo,
            """
        SELECT count(*) FROM initiatives i
        WHERE EXISTS (SELECT 1 FROM roles r JOIN participants p ON p.id = r.participant_id
            WHERE r.initiative_id = i.id AND r.role IN ('lead', 'co_owner') AND p.is_worker = 0)
        AND EXISTS (SELECT 1 FROM roles r JOIN organisations o ON o.id = r.organisation_id
            WHERE r.initiative_id = i.id AND r.role IN ('lead', 'co_owner')
            AND o.kind IN ('municipality', 'civil_society'))
    """,
        )
        >= 1
    )
    # A neighbourhood whose residents attend but that has no place (lesson 1).
    assert (
        _one(
            demo,
            """
        SELECT count(DISTINCT p.neighbourhood) FROM participants p
        JOIN attendance a ON a.participant_id = p.id
        WHERE p.neighbourhood NOT IN (SELECT neighbourhood FROM places
                                      WHERE neighbourhood IS NOT NULL)
    """,
        )
        >= 1
    )


def test_core_groups_exist(demo) -> None:
    # At least half of the held sessions in the last 84 days, and at least 3.
    assert (
        _one(
            demo,
            """
        WITH recent AS (
            SELECT s.id, s.activity_id FROM sessions s WHERE s.cancelled = 0
            AND date(s.starts_at) BETWEEN date(?, '-83 days') AND ?),
        held AS (SELECT activity_id, count(*) n FROM recent GROUP BY activity_id),
        came AS (SELECT r.activity_id, a.participant_id, count(*) n FROM recent r
                 JOIN attendance a ON a.session_id = r.id GROUP BY 1, 2)
        SELECT count(*) FROM came JOIN held USING (activity_id)
        WHERE came.n >= 3 AND 2 * came.n >= held.n
    """,
            (D, D),
        )
        >= 20
    )
