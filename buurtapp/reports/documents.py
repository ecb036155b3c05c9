"""The four printed documents: from core data to a :class:`PrintJob`."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QObject

from buurtapp.core.documents import data as report_data
from buurtapp.core.model.app_settings import centre_name
from buurtapp.core.parsing import format_money
from buurtapp.core.storage.connection import Database
from buurtapp.reports.labels import describe_rrule, enum_label
from buurtapp.reports.render import BASE_PT, LARGE_PT, PrintJob, long_date, render_html, short_date
from buurtapp.reports.texts import texts


def _title(key: str, detail: str) -> str:
    return f"{texts()[key]} · {detail}"


def week_programme(
    database: Database, monday: date, place_id: int | None = None, large: bool = False
) -> PrintJob:
    """The week's sessions by day; ``large`` prints at 16 pt for the notice board."""
    data = report_data.week_programme(database, monday, place_id)
    base = LARGE_PT if large else BASE_PT
    for day in data["days"]:
        text = long_date(day["date"], with_weekday=True).rsplit(" ", 1)[0]
        day["label"] = text[:1].upper() + text[1:]
    week_number = data["week"].split("W")[1]
    html = render_html(
        "week.html",
        base_pt=base,
        week_number=int(week_number),
        first_text=long_date(data["first"], False),
        last_text=long_date(data["last"], False),
        **data,
    )
    return PrintJob(_title("week_programme", data["week"]), html, centre_name(database), base)


def signin_sheet(database: Database, session_id: int, today: date | None = None) -> PrintJob:
    data = report_data.signin_sheet(database, session_id, today)
    html = render_html("signin.html", base_pt=12.0, date_text=long_date(data["date"]), **data)
    return PrintJob(_title("signin", short_date(data["date"])), html, centre_name(database), 12.0)


def participant_list(
    database: Database, initiative_id: int | None = None, activity_id: int | None = None
) -> PrintJob:
    data = report_data.participant_list(database, initiative_id, activity_id)
    html = render_html("participants.html", **data)
    return PrintJob(_title("participants", data["title"]), html, centre_name(database))


def initiative_overview(
    database: Database, initiative_id: int, first: date, last: date
) -> PrintJob:
    data = report_data.initiative_overview(database, initiative_id, first, last)
    for role in data["roles"]:
        role["role_text"] = enum_label("role", role["role"])
        role["kind_text"] = enum_label("holder_kind", role["holder_kind"])
    for funding in data["fundings"]:
        funding["amount_text"] = format_money(funding["amount_cents"] or 0)
        funding["period_text"] = (
            f"{short_date(funding['starts_on'])} – {short_date(funding['ends_on'])}"
        )
        funding["status_text"] = enum_label("funding_status", funding["status"])
    unknown = texts()["unknown"]
    ages = ", ".join(
        f"{enum_label('age_group', group).split(' (')[0] if group != 'unknown' else unknown}: "
        f"{count}"
        for group, count in data["ages"].items()
    )
    activities = "; ".join(
        f"{a['title']} ({describe_rrule(a['rrule'])})" for a in data["activities"]
    )
    owner_kinds = ", ".join(enum_label("owner_kind", k) for k in data["owner_kinds"])
    html = render_html(
        "initiative.html",
        first_text=long_date(first, False),
        last_text=long_date(last, False),
        status=enum_label("status", data["initiative"]["status"]),
        ages_text=ages or "–",
        activities_text=activities or "–",
        **{**data, "owner_kinds": owner_kinds},
    )
    return PrintJob(_title("overview", data["initiative"]["name"]), html, centre_name(database))


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
    from buurtapp.core.model.labels import FIELD_LABELS
    from buurtapp.core.privacy.forgetting import person_data

    data = person_data(database, participant_id)
    person = data["participant"]
    language = "en" if QLocale().language() == QLocale.Language.English else "nl"
    shown = (
        "name",
        "phone",
        "email",
        "neighbourhood",
        "circle",
        "age_group",
        "is_worker",
        "consent_contact",
        "consent_contact_on",
        "consent_photo",
        "consent_photo_on",
        "guardian_name",
        "guardian_phone",
        "notes",
        "created_on",
        "anonymised_on",
    )
    fields = []
    for key in shown:
        value = person.get(key)
        if key == "age_group":
            value = enum_label("age_group", value)
        elif key in ("is_worker", "consent_contact", "consent_photo"):
            value = "✓" if value else "–"
        fields.append((FIELD_LABELS[key][language], "" if value is None else value))
    if data["organisation"]:
        fields.append((FIELD_LABELS["organisation_id"][language], data["organisation"]))
    roles = [{**r, "role_text": enum_label("role", r["role"])} for r in data["roles"]]
    attendance = [{**a, "when": short_date(a["starts_at"])} for a in data["attendance"]]
    html = render_html(
        "person.html", person=person, fields=fields, roles=roles, attendance=attendance
    )
    return PrintJob(_title("person_title", person["name"]), html, centre_name(database))
