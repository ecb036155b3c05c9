"""Translated labels for the values of the schema's enumerations and for repeat rules."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from buurtapp.core import formatting
from buurtapp.qt_text import QT_TRANSLATE_NOOP

ENUM_LABELS: dict[str, dict[str, str]] = {
    "status": {
        "idea": QT_TRANSLATE_NOOP("Labels", "idea"),
        "active": QT_TRANSLATE_NOOP("Labels", "active"),
        "paused": QT_TRANSLATE_NOOP("Labels", "paused"),
        "stopped": QT_TRANSLATE_NOOP("Labels", "stopped"),
    },
    "kind": {
        "residents": QT_TRANSLATE_NOOP("Labels", "residents' group"),
        "municipality": QT_TRANSLATE_NOOP("Labels", "municipality"),
        "civil_society": QT_TRANSLATE_NOOP("Labels", "civil-society organisation"),
        "business": QT_TRANSLATE_NOOP("Labels", "business"),
        "other": QT_TRANSLATE_NOOP("Labels", "other"),
    },
    "role": {
        "lead": QT_TRANSLATE_NOOP("Labels", "lead"),
        "co_owner": QT_TRANSLATE_NOOP("Labels", "co-owner"),
        "supporter": QT_TRANSLATE_NOOP("Labels", "supporter"),
        "funder": QT_TRANSLATE_NOOP("Labels", "funder"),
        "community_worker": QT_TRANSLATE_NOOP("Labels", "community worker"),
    },
    "funding_status": {
        "requested": QT_TRANSLATE_NOOP("Labels", "requested"),
        "granted": QT_TRANSLATE_NOOP("Labels", "granted"),
        "rejected": QT_TRANSLATE_NOOP("Labels", "rejected"),
    },
    "holder_kind": {
        "resident": QT_TRANSLATE_NOOP("Labels", "resident"),
        "professional": QT_TRANSLATE_NOOP("Labels", "professional"),
        "residents": QT_TRANSLATE_NOOP("Labels", "residents' group"),
        "municipality": QT_TRANSLATE_NOOP("Labels", "municipality"),
        "civil_society": QT_TRANSLATE_NOOP("Labels", "civil-society organisation"),
        "business": QT_TRANSLATE_NOOP("Labels", "business"),
        "other": QT_TRANSLATE_NOOP("Labels", "other"),
    },
    "owner_kind": {
        "residents": QT_TRANSLATE_NOOP("Labels", "residents"),
        "municipality": QT_TRANSLATE_NOOP("Labels", "municipality"),
        "civil_society": QT_TRANSLATE_NOOP("Labels", "civil-society organisation"),
        "business": QT_TRANSLATE_NOOP("Labels", "business"),
        "other": QT_TRANSLATE_NOOP("Labels", "other"),
    },
    "age_group": {
        "child": QT_TRANSLATE_NOOP("Labels", "child (0–12)"),
        "youth": QT_TRANSLATE_NOOP("Labels", "youth (13–17)"),
        "adult": QT_TRANSLATE_NOOP("Labels", "adult (18–64)"),
        "senior": QT_TRANSLATE_NOOP("Labels", "senior (65+)"),
    },
}

_DAYS = {
    "MO": QT_TRANSLATE_NOOP("Labels", "Monday"),
    "TU": QT_TRANSLATE_NOOP("Labels", "Tuesday"),
    "WE": QT_TRANSLATE_NOOP("Labels", "Wednesday"),
    "TH": QT_TRANSLATE_NOOP("Labels", "Thursday"),
    "FR": QT_TRANSLATE_NOOP("Labels", "Friday"),
    "SA": QT_TRANSLATE_NOOP("Labels", "Saturday"),
    "SU": QT_TRANSLATE_NOOP("Labels", "Sunday"),
}
_ORDINALS = {
    "1": QT_TRANSLATE_NOOP("Labels", "1st"),
    "2": QT_TRANSLATE_NOOP("Labels", "2nd"),
    "3": QT_TRANSLATE_NOOP("Labels", "3rd"),
    "4": QT_TRANSLATE_NOOP("Labels", "4th"),
    "5": QT_TRANSLATE_NOOP("Labels", "5th"),
    "-1": QT_TRANSLATE_NOOP("Labels", "last"),
}
_MONTHS = (
    QT_TRANSLATE_NOOP("Labels", "January"),
    QT_TRANSLATE_NOOP("Labels", "February"),
    QT_TRANSLATE_NOOP("Labels", "March"),
    QT_TRANSLATE_NOOP("Labels", "April"),
    QT_TRANSLATE_NOOP("Labels", "May"),
    QT_TRANSLATE_NOOP("Labels", "June"),
    QT_TRANSLATE_NOOP("Labels", "July"),
    QT_TRANSLATE_NOOP("Labels", "August"),
    QT_TRANSLATE_NOOP("Labels", "September"),
    QT_TRANSLATE_NOOP("Labels", "October"),
    QT_TRANSLATE_NOOP("Labels", "November"),
    QT_TRANSLATE_NOOP("Labels", "December"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def enum_label(field: str, value: str | None) -> str:
    if value is None:
        return ""
    source = ENUM_LABELS.get(field, {}).get(value)
    return tr(source) if source else value


_PHRASES = {
    "once": QT_TRANSLATE_NOOP("Labels", "once"),
    "and": QT_TRANSLATE_NOOP("Labels", " and "),
    "weekly": QT_TRANSLATE_NOOP("Labels", "every week on %1"),
    "biweekly": QT_TRANSLATE_NOOP("Labels", "every other week on %1"),
    "n_weekly": QT_TRANSLATE_NOOP("Labels", "every %2 weeks on %1"),
    "every_week": QT_TRANSLATE_NOOP("Labels", "every week"),
    "monthly": QT_TRANSLATE_NOOP("Labels", "every %1 of the month"),
    "every_month": QT_TRANSLATE_NOOP("Labels", "every month"),
    "DAILY": QT_TRANSLATE_NOOP("Labels", "every day"),
    "YEARLY": QT_TRANSLATE_NOOP("Labels", "every year"),
    "months": QT_TRANSLATE_NOOP("Labels", "only %1 to %2"),
    "until": QT_TRANSLATE_NOOP("Labels", "until %1"),
}


def _say(key: str, *args: str) -> str:
    """A phrase with %1, %2 … filled in."""
    text = tr(_PHRASES[key])
    for number, arg in enumerate(args, start=1):
        text = text.replace(f"%{number}", arg)
    return text


def _day_part(token: str) -> str:
    prefix, day = token[:-2], token[-2:]
    if day not in _DAYS:
        return token
    name = tr(_DAYS[day])
    if not prefix:
        return name
    ordinal = _ORDINALS.get(prefix.lstrip("+"))
    return f"{tr(ordinal)} {name}" if ordinal else token


def _frequency(freq: str, interval: str, day_text: str) -> str:
    if freq == "WEEKLY":
        if not day_text:
            return _say("every_week")
        if interval == "1":
            return _say("weekly", day_text)
        if interval == "2":
            return _say("biweekly", day_text)
        return _say("n_weekly", day_text, interval)
    if freq == "MONTHLY":
        return _say("monthly", day_text) if day_text else _say("every_month")
    return _say(freq) if freq in _PHRASES else freq


def describe_rrule(rule: str | None) -> str:
    """A short plain-language description, e.g. 'every week on Tuesday'."""
    if not rule:
        return _say("once")
    parts = dict(p.split("=", 1) for p in rule.removeprefix("RRULE:").split(";") if "=" in p)
    days = [_day_part(t) for t in parts.get("BYDAY", "").split(",") if t]
    text = _frequency(parts.get("FREQ", ""), parts.get("INTERVAL", "1"), _say("and").join(days))
    months = [int(m) for m in parts.get("BYMONTH", "").split(",") if m.strip().isdigit()]
    if months and all(1 <= m <= 12 for m in months):
        first, last = (tr(_MONTHS[m - 1]) for m in (months[0], months[-1]))
        text += ", " + _say("months", first, last)
    if "UNTIL" in parts:
        until = parts["UNTIL"][:8]
        iso = f"{until[:4]}-{until[4:6]}-{until[6:8]}"
        text += ", " + _say("until", formatting.day(iso))
    return text
