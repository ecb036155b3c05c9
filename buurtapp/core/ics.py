"""The programme as an iCalendar file (.ics) for phones and shared agendas.

One VEVENT per session in the period: held ones as CONFIRMED, cancelled ones as CANCELLED, so
a calendar that imported them earlier learns of the cancellation. The UID comes from the
session's uid, so importing again updates rather than doubles.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from buurtapp import __version__
from buurtapp.core.database import Database
from buurtapp.core.errors import BuurtappError, DatabaseError, ValidationError
from buurtapp.core.labels import KIND_LABELS

ZONE = ZoneInfo("Europe/Amsterdam")
UID_DOMAIN = "buurtapp.local"


def calendar(
    database: Database,
    first: date,
    last: date,
    initiative_id: int | None = None,
    name: str = "Buurtapp",
) -> Calendar:
    """The sessions starting in [first, last] (optionally of one initiative)."""
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
               i.name AS initiative, p.name AS place, p.address
           FROM sessions s JOIN activities a ON a.id = s.activity_id
           JOIN initiatives i ON i.id = a.initiative_id
           LEFT JOIN places p ON p.id = coalesce(s.place_id, a.place_id)
           WHERE s.starts_at >= :first AND s.starts_at < :after
             AND (:initiative IS NULL OR a.initiative_id = :initiative)
           ORDER BY s.starts_at, s.id""",
        {
            "first": first.isoformat(),
            "after": (last + timedelta(days=1)).isoformat(),
            "initiative": initiative_id,
        },
    )
    cal = Calendar()
    cal.add("prodid", f"-//Buurtapp//{__version__}//NL")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/Amsterdam")
    stamp = datetime.now(tz=ZONE).replace(microsecond=0)
    for row in rows:
        event = Event()
        event.add("uid", f"{row['uid']}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("summary", row["title"])
        event.add("dtstart", datetime.fromisoformat(row["starts_at"]).replace(tzinfo=ZONE))
        event.add("dtend", datetime.fromisoformat(row["ends_at"]).replace(tzinfo=ZONE))
        if row["place"]:
            location = row["place"] + (f", {row['address']}" if row["address"] else "")
            event.add("location", location)
        description = row["initiative"] + (f"\n{row['notes']}" if row["notes"] else "")
        event.add("description", description)
        event.add("status", "CANCELLED" if row["cancelled"] else "CONFIRMED")
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal


def write_ics(
    database: Database, path: Path, first: date, last: date, initiative_id: int | None = None
) -> int:
    """Write the calendar to ``path``; returns the number of events."""
    cal = calendar(database, first, last, initiative_id)
    data = cal.to_ical()
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        raise DatabaseError("path_unwritable", path=str(path), reason=exc.strerror) from exc
    return len(cal.walk("VEVENT"))
