"""Translated labels for the values of the schema's enumerations and for repeat rules (gettext,
like every printed word)."""

from __future__ import annotations

from buurtapp.core import formatting
from buurtapp.core.i18n import N_, translate

ENUM_LABELS: dict[str, dict[str, str]] = {
    "status": {
        "idea": N_("idea"),
        "active": N_("active"),
        "paused": N_("paused"),
        "stopped": N_("stopped"),
    },
    "kind": {
        "residents": N_("residents' group"),
        "municipality": N_("municipality"),
        "civil_society": N_("civil-society organisation"),
        "business": N_("business"),
        "other": N_("other"),
    },
    "role": {
        "lead": N_("lead"),
        "co_owner": N_("co-owner"),
        "supporter": N_("supporter"),
        "funder": N_("funder"),
        "community_worker": N_("community worker"),
    },
    "funding_status": {
        "requested": N_("requested"),
        "granted": N_("granted"),
        "rejected": N_("rejected"),
    },
    "holder_kind": {
        "resident": N_("resident"),
        "professional": N_("professional"),
        "residents": N_("residents' group"),
        "municipality": N_("municipality"),
        "civil_society": N_("civil-society organisation"),
        "business": N_("business"),
        "other": N_("other"),
    },
    "owner_kind": {
        "residents": N_("residents"),
        "municipality": N_("municipality"),
        "civil_society": N_("civil-society organisation"),
        "business": N_("business"),
        "other": N_("other"),
    },
    "age_group": {
        "child": N_("child (0–12)"),
        "youth": N_("youth (13–17)"),
        "adult": N_("adult (18–64)"),
        "senior": N_("senior (65+)"),
    },
}

_DAYS = {
    "MO": N_("Monday"),
    "TU": N_("Tuesday"),
    "WE": N_("Wednesday"),
    "TH": N_("Thursday"),
    "FR": N_("Friday"),
    "SA": N_("Saturday"),
    "SU": N_("Sunday"),
}
_ORDINALS = {
    "1": N_("1st"),
    "2": N_("2nd"),
    "3": N_("3rd"),
    "4": N_("4th"),
    "5": N_("5th"),
    "-1": N_("last"),
}
_MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)


def tr(text: str) -> str:
    return translate(text)


def enum_label(field: str, value: str | None) -> str:
    if value is None:
        return ""
    source = ENUM_LABELS.get(field, {}).get(value)
    return tr(source) if source else value


_PHRASES = {
    "once": N_("once"),
    "and": N_(" and "),
    "weekly": N_("every week on %1"),
    "biweekly": N_("every other week on %1"),
    "n_weekly": N_("every %2 weeks on %1"),
    "every_week": N_("every week"),
    "monthly": N_("every %1 of the month"),
    "every_month": N_("every month"),
    "DAILY": N_("every day"),
    "YEARLY": N_("every year"),
    "months": N_("only %1 to %2"),
    "until": N_("until %1"),
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
    tokens = [t for t in parts.get("BYDAY", "").split(",") if t]
    days = [_day_part(t) for t in tokens]
    if (
        len(tokens) > 1
        and len({t[-2:] for t in tokens}) == 1
        and all(t[:-2].lstrip("+") in _ORDINALS for t in tokens)
    ):  # "4th and 5th Sunday", not "4th Sunday and 5th Sunday"
        days = [d.rsplit(" ", 1)[0] for d in days[:-1]] + days[-1:]
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
