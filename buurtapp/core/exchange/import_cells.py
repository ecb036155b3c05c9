"""One import cell (always text) to one field's value, or a :class:`ValidationError`.

Import files come from anywhere, so every number and date is checked as text, per field:
``float("inf")``, ``1e400`` or ``12,7`` never reach ``int()``, a year 9999 never reaches the
planner, and a value shown in a message is cut short and stripped of control characters (a
NUL or a lone surrogate in a message would break the terminal that prints it).
"""

from __future__ import annotations

import re
from typing import Any

from buurtapp.core.errors import ValidationError
from buurtapp.core.exchange.tabular import needs_guard
from buurtapp.core.model import fields
from buurtapp.core.model.field_spec import MAX_NAME, MAX_TEXT, squash
from buurtapp.core.model.labels import field_label
from buurtapp.core.parsing import parse_date


def _named(*kinds: str) -> set[str]:
    """The names of every registered field of these kinds, in any table."""
    return {f.name for t in fields.RECORD_TYPES for f in fields.fields_of(t) if f.kind in kinds}


BOOLEANS = _named("yes_no")
DATES = _named("date")
INTEGERS = _named("integer")
REFERENCES = _named("reference")
LONG_TEXT = _named("multiline")
#: Dates outside these years are typing errors (and would upset the planner).
FIRST_YEAR, LAST_YEAR = 1900, 2100
#: More digits than this is never a capacity or a duration; not even given to ``int()``.
MAX_DIGITS = 10
#: The largest whole numbers validation accepts, per field.
MAX_INT = 1_000_000_000
MAXIMA = {
    f.name: f.maximum
    for t in fields.RECORD_TYPES
    for f in fields.fields_of(t)
    if f.kind == "integer" and f.maximum < MAX_INT
}
#: A cell longer than this is refused before any further work on it.
MAX_CELL = 4 * MAX_TEXT

YES = {"ja", "j", "x", "yes", "y", "1", "true", "waar", "v", "✓", "✔"}
NO = {"nee", "n", "no", "0", "false", "onwaar", "", "-", "–", "—"}
AGE_WORDS = {
    "child": ("kind", "kinderen", "child", "children", "012", "kind012"),
    "youth": ("jongere", "jongeren", "jeugd", "tiener", "youth", "1317", "jongere1317"),
    "adult": ("volwassene", "volwassenen", "adult", "1864", "volwassene1864"),
    "senior": ("senior", "senioren", "oudere", "ouderen", "65", "65plus", "senior65"),
}
KIND_WORDS = {
    "residents": ("bewonersgroep", "bewoners", "residents", "bewonersorganisatie"),
    "municipality": ("gemeente", "municipality", "overheid"),
    "civil_society": (
        "maatschappelijk",
        "maatschappelijkeorganisatie",
        "welzijn",
        "civilsociety",
        "stichting",
        "school",
        "zorg",
    ),
    "business": ("bedrijf", "business", "winkel", "ondernemer"),
    "other": ("anders", "other", "overig"),
}
STATUS_WORDS = {
    "idea": ("idee", "idea", "plan"),
    "active": ("actief", "active", "loopt", "lopend"),
    "paused": ("gepauzeerd", "pauze", "paused", "stilgelegd"),
    "stopped": ("gestopt", "stopped", "beeindigd", "beëindigd", "afgerond"),
}
_WORDS = {"age_group": AGE_WORDS, "kind": KIND_WORDS, "status": STATUS_WORDS}
_WHOLE = re.compile(r"[+-]?[0-9]+", re.ASCII)
_FOUR_DIGIT_YEAR = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])", re.ASCII)
_CLOCK = re.compile(r"([0-9]{1,2})[:.]([0-9]{2})", re.ASCII)

Lookups = dict[str, dict[str, int]]


def shown(value: object, limit: int = 40) -> str:
    """A value as a message may show it: printable characters only, at most ``limit``."""
    text = "".join(ch if ch.isprintable() else " " for ch in str(value)[: limit + 1]).strip()
    return text if len(text) <= limit else text[:limit] + "…"


def _fail(code: str, name: str, **params: object) -> ValidationError:
    return ValidationError(code, field=name, label=field_label(name), **params)


def cell_text(value: str, name: str) -> str | None:
    """The text of a cell with our export's formula guard undone; a formula that was not
    guarded is refused (it came from somewhere else and would run on the next export)."""
    if len(value) > MAX_CELL:
        raise _fail("too_long", name, max=MAX_TEXT if name in LONG_TEXT else MAX_NAME)
    text = value.strip()
    if text.startswith("'") and needs_guard(text[1:]):
        return text[1:].strip() or None  # written by our export
    if text.startswith(("=", "@")):
        raise _fail("formula_cell", name, value=shown(text))
    return text or None


def convert(name: str, value: str, lookups: Lookups) -> Any:
    """The value of field ``name`` from one cell; None for an empty cell."""
    text = cell_text(value, name)
    if name in BOOLEANS:
        return _yes_no(text, name)
    if text is None:
        return None
    if name in DATES:
        return _date(text, name)
    if name in INTEGERS:
        return _whole(text, name)
    if name in _WORDS:
        return _word(text, _WORDS[name], name)
    if name == "age_groups":
        parts = [p for p in re.split(r"[,;/]", text) if p.strip()]
        return ",".join(_word(p, AGE_WORDS, name) for p in parts) or None
    if name == "starts_at":
        return _moment(text)
    if name == "rrule" and len(text) > MAX_NAME:
        raise _fail("too_long", name, max=MAX_NAME)
    if name in REFERENCES:
        found = lookups.get(name, {}).get(text.casefold())
        if found is None:
            raise _fail("unknown_reference", name, value=shown(text))
        return found
    return text


def _yes_no(text: str | None, name: str) -> int:
    word = (text or "").casefold()
    if word in YES or squash(word) in YES:
        return 1
    if word in NO or (squash(word) in NO and squash(word)):  # '?' is not a no
        return 0
    raise _fail("bad_yes_no", name, value=shown(text))


def _whole(text: str, name: str) -> int:
    """A whole number, checked as text: no '12,7', 'inf', '1e400'; negative is an error."""
    compact = text.replace(" ", "")
    if not _WHOLE.fullmatch(compact):
        raise _fail("import_not_whole", name, value=shown(text))
    if compact.startswith("-") and compact.strip("-0"):
        raise _fail("not_negative", name)
    maximum = MAXIMA.get(name, MAX_INT)
    if len(compact.lstrip("+-0")) > MAX_DIGITS or abs(int(compact)) > maximum:
        raise _fail("too_large", name, max=maximum)
    return abs(int(compact))


def _word(text: str, words: dict[str, tuple[str, ...]], name: str) -> str:
    key = squash(text)
    for value, options in words.items():
        if key in options or key == squash(value):
            return value
    raise _fail("bad_choice", name, value=shown(text))


def _date(text: str, name: str) -> str:
    """A Dutch or ISO date between :data:`FIRST_YEAR` and :data:`LAST_YEAR`, as ISO."""
    try:
        if len(text) > 10:
            raise ValueError
        iso = parse_date(text, name)
    except (ValidationError, ValueError):
        raise _fail("bad_user_date", name, value=shown(text)) from None
    assert iso is not None  # text is not empty
    written = _FOUR_DIGIT_YEAR.search(text)  # parse_date reads '1-1-0001' as 2001
    if not FIRST_YEAR <= int(written[0] if written else iso[:4]) <= LAST_YEAR:
        raise _fail(
            "import_date_range",
            name,
            value=shown(text),
            first=f"1-1-{FIRST_YEAR}",
            last=f"31-12-{LAST_YEAR}",
        )
    return iso


def _moment(text: str) -> str:
    """'5-1-2027 10:00', '2027-01-05T10:00' or a date alone (10:00) to YYYY-MM-DDTHH:MM."""
    parts = text.replace("T", " ").split()
    if len(parts) > 2:
        raise _fail("bad_datetime", "starts_at", value=shown(text))
    day = _date(parts[0], "starts_at")
    match = _CLOCK.fullmatch(parts[1] if len(parts) > 1 else "10:00")
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise _fail("bad_datetime", "starts_at", value=shown(text))
    return f"{day}T{int(match[1]):02d}:{int(match[2]):02d}"
