"""Validation of records before they are written; raises :class:`ValidationError`.

The database's CHECK constraints are the last line of defence; these checks come first so the
user gets a message in their language next to the field that is wrong.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from buurtapp.core.errors import ValidationError
from buurtapp.core.model import records as r
from buurtapp.core.model.labels import field_label
from buurtapp.core.planning.recurrence import validate_rrule

MAX_NAME = 200
MAX_MINUTES = 7 * 24 * 60  # a week-long camp is the longest "session" a centre runs
MAX_TEXT = 10_000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _fail(code: str, field: str, **params: object) -> ValidationError:
    return ValidationError(code, field=field, label=field_label(field), **params)


def clean_text(value: str | None) -> str | None:
    """Trim text and drop control characters that break printing; empty becomes None."""
    if value is None:
        return None
    value = "".join(ch for ch in str(value) if ch in "\n\t" or ch.isprintable()).strip()
    return value or None


def require_text(record: object, field: str, max_len: int = MAX_NAME) -> None:
    value = clean_text(getattr(record, field))
    if not value:
        raise _fail("required", field)
    if len(value) > max_len:
        raise _fail("too_long", field, max=max_len)
    setattr(record, field, value)


def optional_text(record: object, field: str, max_len: int = MAX_TEXT) -> None:
    value = clean_text(getattr(record, field))
    if value is not None and len(value) > max_len:
        raise _fail("too_long", field, max=max_len)
    setattr(record, field, value)


def check_date(record: object, field: str) -> date | None:
    value = getattr(record, field)
    if value in (None, ""):
        setattr(record, field, None)
        return None
    try:
        parsed = date.fromisoformat(str(value))
        if len(str(value)) != 10:
            raise ValueError
    except ValueError:
        raise _fail("bad_date", field, value=value) from None
    return parsed


def check_datetime(record: object, field: str, required: bool = False) -> datetime | None:
    value = getattr(record, field)
    if value in (None, ""):
        if required:
            raise _fail("required", field)
        setattr(record, field, None)
        return None
    try:
        parsed = datetime.strptime(str(value), "%Y-%m-%dT%H:%M")
    except ValueError:
        raise _fail("bad_datetime", field, value=value) from None
    return parsed


def check_choice(record: object, field: str, choices: tuple[str, ...], nullable: bool) -> None:
    value = getattr(record, field)
    if value in (None, "") and nullable:
        setattr(record, field, None)
        return
    if value not in choices:
        raise _fail("bad_choice", field, value=value)


def check_int(
    record: object,
    field: str,
    *,
    minimum: int = 0,
    nullable: bool = True,
    maximum: int = 1_000_000_000,
) -> None:
    value = getattr(record, field)
    if value in (None, ""):
        if not nullable:
            raise _fail("required", field)
        setattr(record, field, None)
        return
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise _fail("bad_choice", field, value=value) from None
    if number < minimum:
        raise _fail("positive" if minimum > 0 else "not_negative", field)
    if number > maximum:
        raise _fail("too_large", field, max=maximum)
    setattr(record, field, number)


def check_bool(record: object, field: str) -> None:
    setattr(record, field, 1 if getattr(record, field) else 0)


def check_order(record: object, first: str, second: str, a: object, b: object) -> None:
    if a is not None and b is not None and b < a:  # type: ignore[operator]
        raise _fail("end_before_start", second, other=field_label(first))


def _place(p: r.Place) -> None:
    require_text(p, "name")
    for f in ("address", "neighbourhood"):
        optional_text(p, f, MAX_NAME)
    optional_text(p, "notes")
    check_int(p, "capacity")
    check_bool(p, "accessible")


def _organisation(o: r.Organisation) -> None:
    require_text(o, "name")
    check_choice(o, "kind", r.ORGANISATION_KINDS, nullable=False)
    optional_text(o, "notes")


def _participant(p: r.Participant) -> None:
    if p.anonymised_on is None:
        require_text(p, "name")
    else:
        optional_text(p, "name", MAX_NAME)
        p.name = p.name or ""
    for f in ("phone", "email", "neighbourhood", "circle"):
        optional_text(p, f, MAX_NAME)
    if p.email and not _EMAIL.match(p.email):
        raise _fail("bad_email", "email", value=p.email)
    optional_text(p, "notes")
    check_choice(p, "age_group", r.AGE_GROUPS, nullable=True)
    for f in ("is_worker", "consent_contact", "consent_photo"):
        check_bool(p, f)
    check_date(p, "created_on")
    check_date(p, "anonymised_on")
    for f in ("guardian_name", "guardian_phone"):
        optional_text(p, f, MAX_NAME)
    # Consent has a date: today when ticked without one, none when not given.
    for flag, when in (
        ("consent_contact", "consent_contact_on"),
        ("consent_photo", "consent_photo_on"),
    ):
        check_date(p, when)
        if not getattr(p, flag):
            setattr(p, when, None)
        elif getattr(p, when) is None:
            setattr(p, when, date.today().isoformat())


def _initiative(i: r.Initiative) -> None:
    require_text(i, "name")
    optional_text(i, "story")
    optional_text(i, "notes")
    check_choice(i, "status", r.INITIATIVE_STATUSES, nullable=False)
    check_order(i, "started_on", "ended_on", check_date(i, "started_on"), check_date(i, "ended_on"))


def _role(ro: r.Role) -> None:
    check_int(ro, "initiative_id", minimum=1, nullable=False)
    check_choice(ro, "role", r.ROLE_KINDS, nullable=False)
    if (ro.participant_id is None) == (ro.organisation_id is None):
        raise ValidationError("role_holder", field="participant_id")
    check_order(ro, "since", "until", check_date(ro, "since"), check_date(ro, "until"))


def _funding(f: r.Funding) -> None:
    check_int(f, "initiative_id", minimum=1, nullable=False)
    check_choice(f, "status", r.FUNDING_STATUSES, nullable=False)
    optional_text(f, "description", MAX_NAME)
    check_int(f, "amount_cents", maximum=100_000_000_000)
    check_order(f, "starts_on", "ends_on", check_date(f, "starts_on"), check_date(f, "ends_on"))


def _activity(a: r.Activity) -> None:
    require_text(a, "title")
    check_int(a, "initiative_id", minimum=1, nullable=False)
    optional_text(a, "notes")
    check_int(a, "duration_minutes", minimum=1, nullable=False, maximum=MAX_MINUTES)
    check_int(a, "capacity")
    check_datetime(a, "starts_at", required=a.rrule is not None)
    if a.age_groups:
        groups = [g.strip() for g in str(a.age_groups).split(",") if g.strip()]
        for g in groups:
            if g not in r.AGE_GROUPS:
                raise _fail("bad_choice", "age_groups", value=g)
        a.age_groups = ",".join(groups) or None
    else:
        a.age_groups = None
    a.rrule = clean_text(a.rrule)
    if a.rrule is not None:
        validate_rrule(a.rrule)


def _session(s: r.Session) -> None:
    check_int(s, "activity_id", minimum=1, nullable=False)
    start = check_datetime(s, "starts_at", required=True)
    end = check_datetime(s, "ends_at", required=True)
    if start is not None and end is not None and end <= start:
        raise _fail("end_before_start", "ends_at", other=field_label("starts_at"))
    check_bool(s, "cancelled")
    check_int(s, "walk_ins", nullable=False)
    optional_text(s, "notes")


_VALIDATORS = {
    r.Place: _place,
    r.Organisation: _organisation,
    r.Participant: _participant,
    r.Initiative: _initiative,
    r.Role: _role,
    r.Funding: _funding,
    r.Activity: _activity,
    r.Session: _session,
}


def validate(record: r.Record) -> None:
    """Check and normalise ``record`` in place (trimmed text, 0/1 booleans, ints)."""
    _VALIDATORS[type(record)](record)  # type: ignore[operator]
