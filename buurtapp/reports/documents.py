"""Printed documents by name, for callers that know which one they want.

The documents of the File menu and ``buurtapp print`` are declared in
:mod:`buurtapp.reports.catalogue`; the functions here are short ways to make them. The
"Kleine parels" page (from the insights) and the inzage (from a participant's form) are made
here directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QObject

from buurtapp.core import formatting
from buurtapp.core.i18n import translate
from buurtapp.core.insights.bundle import Gem
from buurtapp.core.privacy.forgetting import PersonData, person_data
from buurtapp.core.storage.connection import Database
from buurtapp.reports.catalogue import Request, build
from buurtapp.reports.html import PrintJob, job_for, long_date, render_html
from buurtapp.reports.labels import enum_label
from buurtapp.reports.texts import texts


def _title(key: str, detail: str) -> str:
    return f"{texts()[key]} · {detail}"


def week_programme(
    database: Database, monday: date, place_id: int | None = None, large: bool = False
) -> PrintJob:
    """The week's sessions by day; ``large`` prints at 16 pt for the notice board."""
    return build("week", database, Request(week=monday, place=place_id, large=large))


def signin_sheet(database: Database, session_id: int, today: date | None = None) -> PrintJob:
    return build("signin", database, Request(session=session_id, today=today))


def participant_list(
    database: Database, initiative_id: int | None = None, activity_id: int | None = None
) -> PrintJob:
    return build("participants", database, Request(initiative=initiative_id, activity=activity_id))


def initiative_overview(
    database: Database, initiative_id: int, first: date, last: date
) -> PrintJob:
    return build("initiative", database, Request(initiative=initiative_id, first=first, last=last))


class _GemTexts(QObject):
    """Plural phrases of the spotlight (a class, so lupdate sees the plural forms)."""

    def running(self, begun: date | None, today: date) -> str:
        if begun is None:
            return self.tr("start date unknown")
        months = max(0, (today.year - begun.year) * 12 + today.month - begun.month)
        since = formatting.month(begun)  # "november 2026"
        return self.tr("running since %1 (%n month(s))", "", months).replace("%1", since)

    def rhythm(self, sessions: int, weeks: float) -> str:
        per_week = formatting.number(sessions / max(weeks, 1.0), 1)
        return self.tr("met %n time(s), %1 a week on average", "", sessions).replace("%1", per_week)

    def people(self, count: int) -> str:
        return self.tr("%n person(s)", "", count)


def small_gems(
    database: Database, gems: Sequence[Gem], first: date, last: date, today: date
) -> PrintJob:
    """The "Kleine parels" page (lesson 4): story, how long, how regular, how many people.

    ``gems`` are the small initiatives in spotlight order (``Bundle.gems()``); never sorted by
    reach.
    """
    words = _GemTexts()
    weeks = ((last - first).days + 1) / 7
    shown = [
        {
            "id": g.id,
            "name": g.name,
            "story": g.story,
            "running": words.running(g.started_on, today),
            "rhythm": words.rhythm(g.sessions, weeks),
            "people": words.people(g.participants),
        }
        for g in gems
    ]
    html = render_html(
        "small_gems.html",
        gems=shown,
        first_text=long_date(first, False),
        last_text=long_date(last, False),
    )
    return job_for(database, texts()["small_gems"], html)


def _shown(kind: str, name: str, value: Any, data: PersonData) -> Any:
    """A field's value as the inzage prints it: labels, marks and dates in the language."""
    if kind == "choice":
        return enum_label(name, value)
    if kind == "yes_no":
        return "✓" if value else "–"
    if kind == "reference" and name == "organisation_id":
        return data.organisation or ""
    if kind in ("date", "datetime"):
        return formatting.moment(value)
    return "" if value is None else value


def person_record(database: Database, participant_id: int) -> PrintJob:
    """Inzage: everything held about one person, printable."""
    data = person_data(database, participant_id)
    fields = [  # every personal field of the registry (not the id and uid)
        (translate(info.label), _shown(info.kind, info.name, value, data))
        for info, value in data.fields
        if info.personal
    ]
    roles = [
        {
            "initiative": r.initiative,
            "role_text": enum_label("role", r.role),
            "since": formatting.day(r.since),
        }
        for r in data.roles
    ]
    attendance = [
        {"when": formatting.day(a.starts_at), "activity": a.activity, "place": a.place}
        for a in data.attendance
    ]
    html = render_html(
        "person.html", person=data, fields=fields, roles=roles, attendance=attendance
    )
    return job_for(database, _title("person_title", data.name), html)
