"""The programme as an iCalendar file (.ics) for phones and shared agendas.

One VEVENT per session in the period: held ones as CONFIRMED, cancelled ones as CANCELLED, so
a calendar that imported them earlier learns of the cancellation. The UID comes from the
session's uid, so importing again updates rather than doubles (planning moves a session
rather than replacing it, so its uid stays). SEQUENCE and LAST-MODIFIED come from the
session's ``sequence`` and ``changed_at``, which database triggers raise whenever its time,
cancellation or place changes (migration 6), so calendars accept the newer version. A
session made by another tool or an older Buurtapp and not changed since has no LAST-MODIFIED.

The file is meant to be shared, so it holds the public programme only: title, time, place,
initiative and whether the session is cancelled. Session notes can hold names and phone
numbers; they go in only when the caller asks (``with_notes``), which the window and the
command line leave to the user.

Times are written as Europe/Amsterdam with a VTIMEZONE generated from zoneinfo for the whole
years the sessions span: icalendar's default stops at 2038 and would put a session in July
2040 an hour off in a calendar that reads the VTIMEZONE.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from buurtapp import __version__
from buurtapp.core import clock
from buurtapp.core.errors import BuurtappError, ValidationError
from buurtapp.core.model.labels import KIND_LABELS
from buurtapp.core.storage.connection import Database

ZONE = ZoneInfo("Europe/Amsterdam")
UID_DOMAIN = "buurtapp.local"


def calendar(
    database: Database,
    first: date,
    last: date,
    initiative_id: int | None = None,
    name: str = "Buurtapp",
    with_notes: bool = False,
) -> Calendar:
    """The sessions starting in [first, last] (optionally of one initiative); session notes
    only with ``with_notes``."""
    if last < first:
        raise ValidationError(
            "bad_period", field="period", first=first.isoformat(), last=last.isoformat()
        )
    if (
        initiative_id is not None
        and database.scalar("SELECT count(*) FROM initiatives WHERE id = ?", (initiative_id,)) == 0
    ):
        raise BuurtappError("not_found", label=KIND_LABELS["initiatives"], id=initiative_id)
    rows = database.query(
        """SELECT s.uid, s.starts_at, s.ends_at, s.cancelled, s.notes, a.title,
               s.sequence, s.changed_at,
               i.name AS initiative, p.name AS place, p.address
           FROM sessions s JOIN activities a ON a.id = s.activity_id
           JOIN initiatives i ON i.id = a.initiative_id
           LEFT JOIN places p ON p.id = coalesce(s.place_id, a.place_id)
           WHERE s.starts_at >= :first AND s.starts_at <= :last_minute
             AND (:initiative IS NULL OR a.initiative_id = :initiative)
           ORDER BY s.starts_at, s.id""",
        {
            "first": first.isoformat(),
            "last_minute": f"{last.isoformat()}T23:59",  # no day after 9999-12-31
            "initiative": initiative_id,
        },
    )
    cal = Calendar()
    cal.add("prodid", f"-//Buurtapp//{__version__}//NL")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/Amsterdam")
    stamp = clock.now().astimezone(ZONE)
    span: list[datetime] = []
    for row in rows:
        try:
            start = datetime.fromisoformat(row["starts_at"]).replace(tzinfo=ZONE)
            end = datetime.fromisoformat(row["ends_at"]).replace(tzinfo=ZONE)
        except ValueError:
            continue  # a time another tool wrote that no calendar could read
        span += [start, end]
        event = Event()
        event.add("uid", f"{row['uid']}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("sequence", _sequence(row["sequence"]))
        modified = _changed_at(row["changed_at"])
        if modified is not None:
            event.add("last-modified", modified)
        event.add("summary", row["title"])
        event.add("dtstart", start)
        event.add("dtend", end)
        if row["place"]:
            location = row["place"] + (f", {row['address']}" if row["address"] else "")
            event.add("location", location)
        notes = row["notes"] if with_notes else None
        description = row["initiative"] + (f"\n{notes}" if notes else "")
        event.add("description", description)
        event.add("status", "CANCELLED" if row["cancelled"] else "CONFIRMED")
        cal.add_component(event)
    if span:
        # Whole years around the sessions (zoneinfo knows the rules after 2037 as well).
        years = (min(span).year, min(max(span).year + 1, 9999))
        try:
            cal.add_missing_timezones(date(years[0], 1, 1), date(years[1], 1, 1))
        except (OverflowError, ValueError):  # at the very ends of the calendar
            cal.add_missing_timezones()
    return cal


def _sequence(value: object) -> int:
    """The stored counter; anything odd another tool wrote counts as 0."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def _changed_at(value: object) -> datetime | None:
    """The stored UTC change moment (``YYYY-MM-DDTHH:MM:SSZ``), or None when unknown."""
    try:
        return datetime.strptime(str(value), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def notes_in_period(
    database: Database, first: date, last: date, initiative_id: int | None = None
) -> int:
    """How many sessions in the period carry a note (what ``with_notes`` would add)."""
    count = database.scalar(
        """SELECT count(*) FROM sessions s JOIN activities a ON a.id = s.activity_id
           WHERE s.starts_at >= :first AND s.starts_at <= :last_minute
             AND (:initiative IS NULL OR a.initiative_id = :initiative)
             AND trim(coalesce(s.notes, '')) != ''""",
        {
            "first": first.isoformat(),
            "last_minute": f"{last.isoformat()}T23:59",
            "initiative": initiative_id,
        },
    )
    return count if isinstance(count, int) else 0


def write_ics(
    database: Database,
    path: Path,
    first: date,
    last: date,
    initiative_id: int | None = None,
    with_notes: bool = False,
) -> int:
    """Write the calendar to ``path`` (atomically, never over the database or its
    companions); returns the number of events. Session notes only with ``with_notes``."""
    from buurtapp.core.storage.outputs import check_output, write_bytes

    check_output(Path(path), database.path)
    cal = calendar(database, first, last, initiative_id, with_notes=with_notes)
    write_bytes(Path(path), cal.to_ical(), database.path)
    return len(cal.walk("VEVENT"))
