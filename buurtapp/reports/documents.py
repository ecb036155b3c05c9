"""Printed documents by name, for callers that know which one they want.

The documents of the File menu and ``buurtapp print`` are declared in
:mod:`buurtapp.reports.catalogue`; the functions here are short ways to make them. The
"Kleine parels" page (from the insights) and the inzage (from a participant's form) are made
here directly.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QObject

from buurtapp.core.model.app_settings import centre_name
from buurtapp.core.storage.connection import Database
from buurtapp.reports.catalogue import Request, build
from buurtapp.reports.labels import enum_label
from buurtapp.reports.render import PrintJob, long_date, render_html, short_date
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
    return build(
        "participants", database, Request(initiative=initiative_id, activity=activity_id)
    )


def initiative_overview(
    database: Database, initiative_id: int, first: date, last: date
) -> PrintJob:
    return build("initiative", database, Request(initiative=initiative_id, first=first, last=last))


class _GemTexts(QObject):
    """Plural phrases of the spotlight (a class, so lupdate sees the plural forms)."""

    def running(self, started: str | None, today: date) -> str:
        if not started:
            return self.tr("start date unknown")
        begun = date.fromisoformat(started)
        months = max(0, (today.year - begun.year) * 12 + today.month - begun.month)
        since = long_date(begun, False).split(" ", 1)[1]
        return self.tr("running since %1 (%n month(s))", "", months).replace("%1", since)

    def rhythm(self, sessions: int, weeks: float) -> str:
        per_week = QLocale().toString(sessions / max(weeks, 1.0), "f", 1)
        return self.tr("met %n time(s), %1 a week on average", "", sessions).replace("%1", per_week)

    def people(self, count: int) -> str:
        return self.tr("%n person(s)", "", count)


def small_gems(
    database: Database, gems: list[dict], first: date, last: date, today: date
) -> PrintJob:
    """The "Kleine parels" page (lesson 4): story, how long, how regular, how many people.

    ``gems`` are the small initiatives in spotlight order, each with ``story`` and
    ``started_on``; never sorted by reach.
    """
    words = _GemTexts()
    weeks = ((last - first).days + 1) / 7
    shown = [
        {
            "id": g["id"],
            "name": g["name"],
            "story": g.get("story"),
            "running": words.running(g.get("started_on"), today),
            "rhythm": words.rhythm(g["sessions"], weeks),
            "people": words.people(g["participants"]),
        }
        for g in gems
    ]
    html = render_html(
        "small_gems.html",
        gems=shown,
        first_text=long_date(first, False),
        last_text=long_date(last, False),
    )
    return PrintJob(texts()["small_gems"], html, centre_name(database))


def person_record(database: Database, participant_id: int) -> PrintJob:
    """Inzage: everything held about one person, printable."""
    from buurtapp.core.model.fields import personal_fields
    from buurtapp.core.model.labels import FIELD_LABELS
    from buurtapp.core.privacy.forgetting import person_data

    data = person_data(database, participant_id)
    person = data["participant"]
    language = "en" if QLocale().language() == QLocale.Language.English else "nl"
    fields = []
    for info in personal_fields("participants"):  # every personal field of the registry
        value = person.get(info.name)
        if info.kind == "choice":
            value = enum_label(info.name, value)
        elif info.kind == "yes_no":
            value = "✓" if value else "–"
        elif info.kind == "reference":
            value = data["organisation"] if info.name == "organisation_id" else value
        fields.append((FIELD_LABELS[info.name][language], "" if value is None else value))
    roles = [{**r, "role_text": enum_label("role", r["role"])} for r in data["roles"]]
    attendance = [{**a, "when": short_date(a["starts_at"])} for a in data["attendance"]]
    html = render_html(
        "person.html", person=person, fields=fields, roles=roles, attendance=attendance
    )
    return PrintJob(_title("person_title", person["name"]), html, centre_name(database))
