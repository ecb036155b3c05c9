"""The columns of each list in the window; headers are marked for translation here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from buurtapp.qt_text import QT_TRANSLATE_NOOP
from buurtapp.reports.labels import describe_rrule, enum_label
from buurtapp.ui.record_model import Column

Show = Callable[[dict], str]


def _yes_no(key: str) -> Show:
    def show(row: dict) -> str:
        return QCoreApplication.translate("Columns", "yes") if row.get(key) else ""

    return show


def when(key: str) -> Show:
    """A stored date or date-time in the user's locale (01-12-2026 10:00 in Dutch)."""

    def show(row: dict) -> str:
        value = row.get(key)
        if not value:
            return ""
        short = QLocale.FormatType.ShortFormat
        if "T" in value:
            moment = QDateTime.fromString(value, "yyyy-MM-ddTHH:mm")
            return QLocale().toString(moment, short) if moment.isValid() else value
        day = QDate.fromString(value, "yyyy-MM-dd")
        return QLocale().toString(day, short) if day.isValid() else value

    return show


def _enum(field: str, key: str) -> Show:
    return lambda row: enum_label(field, row.get(key))


def _name(row: dict) -> str:
    if row.get("anonymised_on"):
        return QCoreApplication.translate("Columns", "(anonymised)")
    return row.get("name") or ""


COLUMNS: dict[str, list[Column]] = {
    "initiatives": [
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=280),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), _enum("status", "status"), 90),
        Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), width=220),
        Column("community_worker", QT_TRANSLATE_NOOP("Columns", "Community worker"), width=170),
        Column("activities", QT_TRANSLATE_NOOP("Columns", "Activities"), None, 90, True),
        Column("started_on", QT_TRANSLATE_NOOP("Columns", "Started"), when("started_on"), 100),
    ],
    "activities": [
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), width=210),
        Column("initiative", QT_TRANSLATE_NOOP("Columns", "Initiative"), width=220),
        Column(
            "rrule", QT_TRANSLATE_NOOP("Columns", "When"), lambda r: describe_rrule(r["rrule"]), 260
        ),
        Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), width=200),
        Column(
            "next_session", QT_TRANSLATE_NOOP("Columns", "Next session"), when("next_session"), 130
        ),
    ],
    "participants": [
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), _name, 200),
        Column("neighbourhood", QT_TRANSLATE_NOOP("Columns", "Neighbourhood"), width=130),
        Column("circle", QT_TRANSLATE_NOOP("Columns", "Circle"), width=200),
        Column(
            "age_group",
            QT_TRANSLATE_NOOP("Columns", "Age group"),
            _enum("age_group", "age_group"),
            130,
        ),
        Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), width=110),
        Column("email", QT_TRANSLATE_NOOP("Columns", "E-mail"), width=200),
        Column(
            "is_worker", QT_TRANSLATE_NOOP("Columns", "Professional"), _yes_no("is_worker"), 100
        ),
    ],
    "places": [
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=280),
        Column("address", QT_TRANSLATE_NOOP("Columns", "Address"), width=160),
        Column("neighbourhood", QT_TRANSLATE_NOOP("Columns", "Neighbourhood"), width=140),
        Column("capacity", QT_TRANSLATE_NOOP("Columns", "Capacity"), None, 90, True),
        Column(
            "accessible", QT_TRANSLATE_NOOP("Columns", "Accessible"), _yes_no("accessible"), 100
        ),
        Column("activities", QT_TRANSLATE_NOOP("Columns", "Activities"), None, 90, True),
    ],
    "organisations": [
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=300),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), _enum("kind", "kind"), 220),
        Column("initiatives", QT_TRANSLATE_NOOP("Columns", "Initiatives"), None, 100, True),
        Column("people", QT_TRANSLATE_NOOP("Columns", "People"), None, 90, True),
    ],
}

PAGE_TITLES: dict[str, str] = {
    "initiatives": QT_TRANSLATE_NOOP("Pages", "Initiatives"),
    "activities": QT_TRANSLATE_NOOP("Pages", "Activities"),
    "participants": QT_TRANSLATE_NOOP("Pages", "Participants"),
    "places": QT_TRANSLATE_NOOP("Pages", "Places"),
    "organisations": QT_TRANSLATE_NOOP("Pages", "Organisations"),
}
