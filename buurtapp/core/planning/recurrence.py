"""Recurrence: RFC 5545 RRULEs expanded with python-dateutil into planned session times.

Times are local wall-clock times (Europe/Amsterdam in practice) without a zone, as the schema
stores them. A rule may be daily at most: an hourly rule would fill the file with sessions.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast

from dateutil.rrule import DAILY, rrule, rrulestr

from buurtapp.core.errors import ValidationError
from buurtapp.core.model.labels import field_label

ISO_MINUTE = "%Y-%m-%dT%H:%M"

#: Never plan more than this many sessions for one activity in one go.
MAX_SESSIONS = 5_000


def _setting(rule: rrule, name: str) -> int:
    """FREQ or INTERVAL of ``rule``: dateutil keeps them in private attributes that its type
    stubs leave out."""
    return cast(int, getattr(rule, name))


def parse_rrule(text: str, dtstart: datetime) -> rrule:
    """Parse ``text`` (with or without an ``RRULE:`` prefix) anchored at ``dtstart``."""
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    if not body or "\n" in body:
        raise ValidationError("bad_rrule", field="rrule", value=text)
    try:
        rule = rrulestr(body, dtstart=dtstart, ignoretz=True)
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise ValidationError("bad_rrule", field="rrule", value=text) from exc
    # INTERVAL=0 never moves on
    if not isinstance(rule, rrule) or _setting(rule, "_interval") < 1:
        raise ValidationError("bad_rrule", field="rrule", value=text)
    if _setting(rule, "_freq") > DAILY:  # HOURLY, MINUTELY, SECONDLY have larger constants
        raise ValidationError("rrule_too_frequent", field="rrule", label=field_label("rrule"))
    try:  # some rules fail only when worked out (BYDAY=99MO: no such day)
        next(iter(rule), None)
    except (IndexError, ValueError, OverflowError) as exc:
        raise ValidationError("bad_rrule", field="rrule", value=text) from exc
    return rule


def validate_rrule(text: str) -> None:
    """Raise :class:`ValidationError` when ``text`` is not a usable rule (also one that only
    fails when it is worked out, such as ``BYDAY=99MO``)."""
    start = datetime(2000, 1, 1)
    planned_starts(text, start, start + timedelta(days=400))


def planned_starts(rule_text: str | None, first: datetime, until: datetime) -> list[datetime]:
    """Session start times from ``first`` up to and including ``until``.

    A one-off activity (no rule) has exactly one session, at ``first``.
    """
    if rule_text is None:
        return [first] if first <= until else []
    rule = parse_rrule(rule_text, first)
    starts: list[datetime] = []
    try:
        for start in rule.xafter(first - timedelta(seconds=1), inc=True):
            if start > until or len(starts) >= MAX_SESSIONS:
                break
            starts.append(start)
    except (IndexError, ValueError, OverflowError) as exc:  # e.g. BYDAY=99MO: no such day
        raise ValidationError("bad_rrule", field="rrule", value=rule_text) from exc
    return starts


def to_text(moment: datetime) -> str:
    return moment.strftime(ISO_MINUTE)


def from_text(text: str) -> datetime:
    return datetime.strptime(text, ISO_MINUTE)
