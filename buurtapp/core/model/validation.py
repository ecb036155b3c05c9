"""Validation of records before they are written; raises :class:`ValidationError`.

The database's CHECK constraints are the last line of defence; these checks come first so the
user gets a message in their language next to the field that is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from buurtapp.core import clock
from buurtapp.core.errors import ValidationError
from buurtapp.core.model import fields
from buurtapp.core.model import records as r
from buurtapp.core.model.field_spec import MAX_NAME, MAX_TEXT
from buurtapp.core.model.labels import field_label
from buurtapp.core.planning.recurrence import validate_rrule

MAX_MINUTES = r.MAX_MINUTES
__all__ = ["MAX_MINUTES", "MAX_NAME", "MAX_TEXT", "ValidationError", "clean_text", "validate"]
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


def _by_registry(record: object, table: str) -> None:
    """Every field checked the way its registry kind says."""
    anonymised = getattr(record, "anonymised_on", None) is not None
    for info in fields.data_fields(table):
        name, kind = info.name, info.kind
        # An anonymised person keeps a nameless row: the name is no longer required.
        required = info.required and not (anonymised and info.anonymise != "keep")
        if kind in ("text", "multiline", "phone", "email"):
            longest = info.longest or MAX_TEXT
            if required:
                require_text(record, name, longest)
            else:
                optional_text(record, name, longest)
                if info.required and getattr(record, name) is None:
                    setattr(record, name, "")
        elif kind == "date":
            check_date(record, name)
        elif kind == "datetime":
            check_datetime(record, name, required=required)
        elif kind == "yes_no":
            check_bool(record, name)
        elif kind == "choice":
            check_choice(record, name, info.choices, nullable=not required)
        elif kind == "choices":
            _check_choices(record, name, info.choices)
        elif kind == "reference":
            if required:
                check_int(record, name, minimum=1, nullable=False)
        elif kind in ("integer", "money"):
            check_int(
                record, name, minimum=info.minimum, nullable=not required, maximum=info.maximum
            )
        elif kind == "rrule":
            setattr(record, name, clean_text(getattr(record, name)))
        if kind == "email":
            value = getattr(record, name)
            if value and not _EMAIL.match(value):
                raise _fail("bad_email", name, value=value)


def _check_choices(record: object, name: str, choices: tuple[str, ...]) -> None:
    value = getattr(record, name)
    if not value:
        setattr(record, name, None)
        return
    chosen = [g.strip() for g in str(value).split(",") if g.strip()]
    for g in chosen:
        if g not in choices:
            raise _fail("bad_choice", name, value=g)
    setattr(record, name, ",".join(chosen) or None)


#: (first, second): the second date may not lie before the first.
_ORDER = {
    "initiatives": ("started_on", "ended_on"),
    "roles": ("since", "until"),
    "fundings": ("starts_on", "ends_on"),
}


def _participant(p: r.Participant) -> None:
    # Consent has a date: today when ticked without one, none when not given.
    for flag, when in (
        ("consent_contact", "consent_contact_on"),
        ("consent_photo", "consent_photo_on"),
    ):
        if not getattr(p, flag):
            setattr(p, when, None)
        elif getattr(p, when) is None:
            setattr(p, when, clock.today().isoformat())


def _role(ro: r.Role) -> None:
    if (ro.participant_id is None) == (ro.organisation_id is None):
        raise ValidationError("role_holder", field="participant_id")


def _activity(a: r.Activity) -> None:
    if a.rrule is not None:
        check_datetime(a, "starts_at", required=True)
        validate_rrule(a.rrule)


def _session(s: r.Session) -> None:
    start = check_datetime(s, "starts_at", required=True)
    end = check_datetime(s, "ends_at", required=True)
    if start is not None and end is not None and end <= start:
        raise _fail("end_before_start", "ends_at", other=field_label("starts_at"))


_RULES: dict[type, Callable[[Any], None]] = {
    r.Participant: _participant,
    r.Role: _role,
    r.Activity: _activity,
    r.Session: _session,
}


def validate(record: r.Record) -> None:
    """Check and normalise ``record`` in place (trimmed text, 0/1 booleans, ints)."""
    table = r.TABLE_OF[type(record)]
    _by_registry(record, table)
    if table in _ORDER:
        first, second = _ORDER[table]
        check_order(record, first, second, check_date(record, first), check_date(record, second))
    rule = _RULES.get(type(record))
    if rule is not None:
        rule(record)
