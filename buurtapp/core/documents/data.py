"""What each printed document says, gathered from the database (no Qt, no layout).

Each function returns a frozen dataclass: the ``reports`` layer pours it into a template (by
attribute), and tests compare it with the PDF. The documents themselves are declared once, in
``buurtapp.reports.catalogue``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from buurtapp.core import clock, formatting
from buurtapp.core.errors import BuurtappError, ValidationError
from buurtapp.core.model.app_settings import signin_empty_rows
from buurtapp.core.model.core_group import core_group
from buurtapp.core.planning.week import SessionInfo, WeekSession, session_details, week_sessions
from buurtapp.core.storage.connection import Database

_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)
RECENT_SESSIONS = 4


def parse_week(text: str) -> date:
    """'2026-W49' -> the Monday of that ISO week."""
    match = _WEEK.match(text.strip())
    try:
        if not match or not 1900 <= int(match[1]) <= 2199:  # far from the calendar's ends
            raise ValueError
        return date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError:
        raise ValidationError("bad_week", field="week", value=text) from None


def iso_week(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def _not_found(table: str, record_id: int) -> BuurtappError:
    # the labels (and the field registry behind them) only when there is something to say:
    # ``buurtapp print`` of a list is a short command (issue 15)
    from buurtapp.core.model.labels import KIND_LABELS

    return BuurtappError("not_found", label=KIND_LABELS[table], id=record_id)


def _exists(database: Database, table: str, record_id: int) -> dict[str, Any]:
    rows = database.query(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
    if not rows:
        raise _not_found(table, record_id)
    return rows[0]


@dataclass(frozen=True)
class ProgrammeSession:
    id: int
    time: str
    title: str
    initiative: str | None
    place: str
    cancelled: bool


@dataclass(frozen=True)
class ProgrammeDay:
    date: date
    sessions: tuple[ProgrammeSession, ...]


@dataclass(frozen=True)
class WeekProgramme:
    week: str
    first: date
    last: date
    place: str | None
    days: tuple[ProgrammeDay, ...]
    count: int


@dataclass(frozen=True)
class SigninSheet:
    title: str
    initiative: str | None
    date: date
    time: str
    place: str
    names: tuple[str, ...]
    empty_rows: int
    cancelled: bool


@dataclass(frozen=True)
class ListedPerson:
    name: str
    phone: str | None
    email: str | None
    consent: bool


@dataclass(frozen=True)
class ParticipantList:
    title: str
    kind: str  # "initiative" or "activity"
    people: tuple[ListedPerson, ...]


@dataclass(frozen=True)
class InitiativeHeader:
    id: int
    name: str
    status: str
    story: str | None


@dataclass(frozen=True)
class RoleHeld:
    role: str
    holder: str | None
    holder_kind: str  # an organisation kind, "professional" or "resident"
    is_worker: bool
    since: str | None
    until: str | None


@dataclass(frozen=True)
class FundingLine:
    description: str | None
    amount_cents: int | None
    starts_on: str | None
    ends_on: str | None
    status: str
    funder: str | None


@dataclass(frozen=True)
class ActivityLine:
    title: str
    rrule: str | None


@dataclass(frozen=True)
class InitiativeOverview:
    initiative: InitiativeHeader
    first: date
    last: date
    roles: tuple[RoleHeld, ...]
    owner_kinds: tuple[str, ...]
    shared: bool
    community_workers: tuple[str, ...]
    places: tuple[str, ...]
    fundings: tuple[FundingLine, ...]
    activities: tuple[ActivityLine, ...]
    sessions_held: int
    sessions_cancelled: int
    walk_ins: int
    participants: int
    ages: dict[str, int]  # age group (or "unknown") -> distinct participants
    intergenerational: int
    pairs: int
    bridging_pairs: int


def _time(session: WeekSession | SessionInfo) -> str:
    return formatting.time_span(session.starts_at, session.ends_at)


def week_programme(database: Database, monday: date, place_id: int | None = None) -> WeekProgramme:
    """The sessions of one ISO week by day, cancelled ones included and marked."""
    place = _exists(database, "places", place_id)["name"] if place_id is not None else None
    sunday = monday + timedelta(days=6)
    sessions = week_sessions(database, monday, sunday, place_id)
    days = []
    for offset in range(7):
        day = monday + timedelta(days=offset)
        todays = [s for s in sessions if s.day == day]
        days.append(
            ProgrammeDay(
                day,
                tuple(
                    ProgrammeSession(
                        id=s.id,
                        time=_time(s),
                        title=s.title,
                        initiative=s.initiative,
                        place=s.place or "",
                        cancelled=s.cancelled,
                    )
                    for s in todays
                ),
            )
        )
    return WeekProgramme(
        week=iso_week(monday),
        first=monday,
        last=sunday,
        place=place,
        days=tuple(days),
        count=len(sessions),
    )


def signin_sheet(database: Database, session_id: int, today: date | None = None) -> SigninSheet:
    """A session's sign-in sheet: its core group and recent attendees, then empty rows.

    For a session ahead, "recent" means the last sessions where attendance was recorded.
    """
    if (info := session_details(database, session_id)) is None:
        raise _not_found("sessions", session_id)
    reference = min(info.starts_at.date() - timedelta(days=1), today or clock.today())
    initiative = database.scalar(
        "SELECT i.name FROM initiatives i JOIN activities a ON a.initiative_id = i.id "
        "WHERE a.id = ?",
        (info.activity_id,),
    )
    ids = set(core_group(database, info.activity_id, reference))
    recent = database.query(
        """SELECT DISTINCT t.participant_id FROM attendance t WHERE t.session_id IN (
               SELECT s.id FROM sessions s WHERE s.activity_id = :activity
               AND s.starts_at < (SELECT starts_at FROM sessions WHERE id = :session)
               AND s.cancelled = 0 AND EXISTS (SELECT 1 FROM attendance x WHERE x.session_id = s.id)
               ORDER BY s.starts_at DESC LIMIT :recent)""",
        {"activity": info.activity_id, "session": session_id, "recent": RECENT_SESSIONS},
    )
    ids |= {row["participant_id"] for row in recent}
    names: list[str] = []
    if ids:
        marks = ", ".join("?" for _ in ids)
        names = [
            r["name"]
            for r in database.query(
                f"SELECT name FROM participants WHERE id IN ({marks}) AND anonymised_on IS NULL "
                "ORDER BY name COLLATE NOCASE",
                tuple(ids),
            )
        ]
    return SigninSheet(
        title=info.title,
        initiative=str(initiative) if initiative is not None else None,
        date=info.starts_at.date(),
        time=_time(info),
        place=info.place or "",
        names=tuple(names),
        empty_rows=signin_empty_rows(database),
        cancelled=info.cancelled,
    )


def participant_list(
    database: Database, initiative_id: int | None = None, activity_id: int | None = None
) -> ParticipantList:
    """Who takes part: everyone who came to its sessions (and, for an initiative, who holds a
    role). Contact details only of people who consented to being contacted."""
    if (initiative_id is None) == (activity_id is None):
        raise ValueError("give an initiative or an activity")
    if initiative_id is not None:
        title = _exists(database, "initiatives", initiative_id)["name"]
        sessions = (
            "SELECT s.id FROM sessions s JOIN activities a ON a.id = s.activity_id "
            "WHERE a.initiative_id = :id"
        )
        extra = "UNION SELECT participant_id FROM roles WHERE initiative_id = :id"
        key = initiative_id
    else:
        title = _exists(database, "activities", activity_id)["title"]  # type: ignore[arg-type]
        sessions = "SELECT id FROM sessions WHERE activity_id = :id"
        extra = ""
        key = activity_id  # type: ignore[assignment]
    rows = database.query(
        f"""SELECT p.name, p.phone, p.email, p.consent_contact FROM participants p
            WHERE p.anonymised_on IS NULL AND p.id IN (
                SELECT participant_id FROM attendance WHERE session_id IN ({sessions}) {extra})
            ORDER BY p.name COLLATE NOCASE, p.id""",
        {"id": key},
    )
    people = tuple(
        ListedPerson(
            name=r["name"],
            phone=r["phone"] if r["consent_contact"] else None,
            email=r["email"] if r["consent_contact"] else None,
            consent=bool(r["consent_contact"]),
        )
        for r in rows
    )
    return ParticipantList(
        title=title, kind="initiative" if initiative_id else "activity", people=people
    )


def initiative_overview(
    database: Database, initiative_id: int, first: date, last: date
) -> InitiativeOverview:
    """One initiative over a period, in the language of policy (SCHEMA.md definitions)."""
    from buurtapp.core.insights import lessons as insights  # only this document needs them

    if last < first:
        raise ValidationError(
            "bad_period", field="period", first=first.isoformat(), last=last.isoformat()
        )
    initiative = _exists(database, "initiatives", initiative_id)
    period = {"id": initiative_id, "first": first.isoformat(), "last": last.isoformat()}
    roles = database.query(
        """SELECT r.role, coalesce(p.name, o.name) AS holder, p.is_worker, o.kind AS org_kind,
               r.since, r.until
           FROM roles r LEFT JOIN participants p ON p.id = r.participant_id
           LEFT JOIN organisations o ON o.id = r.organisation_id
           WHERE r.initiative_id = :id AND (p.id IS NULL OR p.anonymised_on IS NULL)
           ORDER BY CASE r.role WHEN 'lead' THEN 0 WHEN 'co_owner' THEN 1
               WHEN 'community_worker' THEN 2 WHEN 'supporter' THEN 3 ELSE 4 END,
               holder COLLATE NOCASE""",
        period,
    )
    owner = next(
        (o for o in insights.ownership(database, None) if o.initiative_id == initiative_id), None
    )
    sessions = database.query(
        """SELECT s.cancelled, count(*) AS n, coalesce(sum(s.walk_ins), 0) AS walk_ins
           FROM sessions s JOIN activities a ON a.id = s.activity_id
           WHERE a.initiative_id = :id AND date(s.starts_at) BETWEEN :first AND :last
           GROUP BY s.cancelled""",
        period,
    )
    held = next((r for r in sessions if r["cancelled"] == 0), {"n": 0, "walk_ins": 0})
    cancelled = next((r["n"] for r in sessions if r["cancelled"] == 1), 0)
    people = database.query(
        """SELECT p.age_group, count(DISTINCT p.id) AS n FROM attendance t
           JOIN participants p ON p.id = t.participant_id
           JOIN sessions s ON s.id = t.session_id JOIN activities a ON a.id = s.activity_id
           WHERE a.initiative_id = :id AND s.cancelled = 0
             AND date(s.starts_at) BETWEEN :first AND :last
           GROUP BY p.age_group ORDER BY p.age_group""",
        period,
    )
    ages = {r["age_group"] or "unknown": r["n"] for r in people}
    places = [
        r["name"]
        for r in database.query(
            """SELECT DISTINCT pl.name FROM places pl WHERE pl.id = (
               SELECT place_id FROM initiatives WHERE id = :id)
           OR pl.id IN (SELECT coalesce(s.place_id, a.place_id) FROM sessions s
               JOIN activities a ON a.id = s.activity_id WHERE a.initiative_id = :id
               AND date(s.starts_at) BETWEEN :first AND :last)
           ORDER BY pl.name COLLATE NOCASE""",
            period,
        )
    ]
    fundings = database.query(
        """SELECT f.description, f.amount_cents, f.starts_on, f.ends_on, f.status,
               o.name AS funder FROM fundings f LEFT JOIN organisations o
               ON o.id = f.organisation_id WHERE f.initiative_id = :id
           ORDER BY f.starts_on, f.id""",
        period,
    )
    activities = database.query(
        "SELECT title, rrule FROM activities WHERE initiative_id = :id "
        "ORDER BY title COLLATE NOCASE",
        period,
    )
    bridge = insights.bridging(database, first, last, initiative_id)
    return InitiativeOverview(
        initiative=InitiativeHeader(
            initiative_id, initiative["name"], initiative["status"], initiative["story"]
        ),
        first=first,
        last=last,
        roles=tuple(
            RoleHeld(
                role=r["role"],
                holder=r["holder"],
                holder_kind=r["org_kind"] or ("professional" if r["is_worker"] else "resident"),
                is_worker=bool(r["is_worker"]),
                since=r["since"],
                until=r["until"],
            )
            for r in roles
        ),
        owner_kinds=tuple(owner.owner_kinds) if owner else (),
        shared=owner.shared if owner else False,
        community_workers=tuple(
            r["holder"] for r in roles if r["role"] == "community_worker" and r["is_worker"]
        ),
        places=tuple(places),
        fundings=tuple(
            FundingLine(
                description=f["description"],
                amount_cents=f["amount_cents"],
                starts_on=f["starts_on"],
                ends_on=f["ends_on"],
                status=f["status"],
                funder=f["funder"],
            )
            for f in fundings
        ),
        activities=tuple(ActivityLine(a["title"], a["rrule"]) for a in activities),
        sessions_held=held["n"],
        sessions_cancelled=cancelled,
        walk_ins=held["walk_ins"],
        participants=sum(ages.values()),
        ages=ages,
        intergenerational=len(
            insights.intergenerational_sessions(database, first, last, initiative_id)
        ),
        pairs=bridge.pairs,
        bridging_pairs=bridge.bridging_pairs,
    )
