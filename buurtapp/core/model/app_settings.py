"""Settings stored in the database file itself, so every laptop and the command line print the
same header: the centre's name and logo, how many empty rows a sign-in sheet has, the retention
period, and whether the file is the made-up example (marked "Voorbeeld" in the title bar and on
every print). Settings of one computer (language, text size, a second backup folder) live in
QSettings, in the window's layer."""

from __future__ import annotations

import base64
import binascii
import unicodedata
from dataclasses import dataclass, replace

from buurtapp.core.errors import ValidationError
from buurtapp.core.i18n import N_
from buurtapp.core.storage.connection import Database

DEFAULTS = {
    "centre_name": "Buurthuis",
    "signin_empty_rows": "10",
    "retention_years": "2",
    "centre_logo": "",  # base64 of a PNG or JPEG, made small by the window or CLI first
    "example": "",  # "1" in the demo: made-up people, never a real centre's data
}

#: The centre's name is one line in every print's header.
CENTRE_NAME_MAX = 80
#: A logo is a small picture for a header; the window and the CLI scale it down before storing.
LOGO_MAX_BYTES = 512 * 1024
_LOGO_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def get(database: Database, key: str) -> str:
    value = database.scalar("SELECT value FROM app_settings WHERE key = ?", (key,))
    return str(value) if value not in (None, "") else DEFAULTS[key]


def set_value(database: Database, key: str, value: str) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    with database.atomic() as conn:
        conn.execute(
            "INSERT INTO app_settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def centre_name(database: Database) -> str:
    return get(database, "centre_name")


#: The retention period the window and the command line offer, in years (the retention
#: review in :mod:`buurtapp.core.privacy.forgetting` reads the same value).
RETENTION_MIN, RETENTION_MAX = 1, 20
#: The empty rows a sign-in sheet may have (one A4 page holds about this many).
SIGNIN_ROWS_MAX = 60
NAME_LABEL = N_("Name of the centre")
LOGO_LABEL = N_("Logo")
ROWS_LABEL = N_("Empty rows on a sign-in sheet")
YEARS_LABEL = N_("Retention period in years")


# -- one rule per value, shared by the single setters and by problems() ---------------------
def _tidy_name(name: str) -> str:
    return " ".join(name.split())


def _name_problem(name: str) -> ValidationError | None:
    """Why ``name`` (tidied) cannot head every print: empty, too long, or with characters
    that print as nothing or as garbage (a terminal's escape codes, a NUL, a lone half of an
    emoji from a badly encoded argument, direction marks that turn the header around)."""
    tidy = _tidy_name(name)
    if not tidy:
        return ValidationError("required", field="centre_name", label=NAME_LABEL)
    if len(tidy) > CENTRE_NAME_MAX:
        return ValidationError(
            "too_long", field="centre_name", label=NAME_LABEL, max=CENTRE_NAME_MAX
        )
    if any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn") for c in tidy):
        return ValidationError("unprintable", field="centre_name", label=NAME_LABEL)
    return None


def _logo_problem(data: bytes | None) -> ValidationError | None:
    if data is None:
        return None
    if not data.startswith(_LOGO_MAGIC):
        return ValidationError(
            "bad_choice", field="centre_logo", label=LOGO_LABEL, value="PNG/JPEG?"
        )
    if len(data) > LOGO_MAX_BYTES:
        return ValidationError(
            "too_large", field="centre_logo", label=LOGO_LABEL, max=f"{LOGO_MAX_BYTES // 1024} kB"
        )
    return None


def _range_problem(
    field: str, label: str, value: int, low: int, high: int
) -> ValidationError | None:
    if low <= value <= high:
        return None
    return ValidationError(
        "out_of_range", field=field, label=label, value=value, low=low, high=high
    )


def _rows_problem(rows: int) -> ValidationError | None:
    return _range_problem("signin_empty_rows", ROWS_LABEL, rows, 0, SIGNIN_ROWS_MAX)


def _years_problem(years: int) -> ValidationError | None:
    return _range_problem("retention_years", YEARS_LABEL, years, RETENTION_MIN, RETENTION_MAX)


def _raise(problem: ValidationError | None) -> None:
    if problem is not None:
        raise problem


# -- reading and writing one value ------------------------------------------------------------
def clean_centre_name(name: str) -> str:
    """The name as it is stored (one line, spaces tidied); ValidationError when it cannot be
    (:func:`_name_problem`). Apart from storing, so a form can check it before anything is
    written (the welcome page checks it before it makes the new file)."""
    _raise(_name_problem(name))
    return _tidy_name(name)


def set_centre_name(database: Database, name: str) -> None:
    """The name printed on every page; one line, not empty."""
    set_value(database, "centre_name", clean_centre_name(name))


def centre_logo(database: Database) -> bytes | None:
    """The logo's bytes (PNG or JPEG), or None when the file has none (or a damaged value)."""
    text = get(database, "centre_logo")
    if not text:
        return None
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if data.startswith(_LOGO_MAGIC) else None


def set_centre_logo(database: Database, data: bytes | None) -> None:
    """Store ``data`` (PNG or JPEG, at most LOGO_MAX_BYTES) as the logo; None removes it."""
    _raise(_logo_problem(data))
    set_value(database, "centre_logo", _logo_text(data))


def _logo_text(data: bytes | None) -> str:
    return "" if data is None else base64.b64encode(data).decode("ascii")


def is_example(database: Database) -> bool:
    """True for the demo: its people are made up, and the window and prints say so."""
    return get(database, "example") == "1"


def signin_empty_rows(database: Database) -> int:
    try:
        return max(0, min(SIGNIN_ROWS_MAX, int(get(database, "signin_empty_rows"))))
    except ValueError:
        return int(DEFAULTS["signin_empty_rows"])


def set_signin_empty_rows(database: Database, rows: int) -> None:
    _raise(_rows_problem(rows))
    set_value(database, "signin_empty_rows", str(rows))


def retention_years(database: Database) -> int:
    """The retention period of this file, within the range offered (a value written by an
    older version or by hand is brought into it)."""
    try:
        return max(RETENTION_MIN, min(RETENTION_MAX, int(get(database, "retention_years"))))
    except ValueError:
        return int(DEFAULTS["retention_years"])


def set_retention_years(database: Database, years: int) -> None:
    _raise(_years_problem(years))
    set_value(database, "retention_years", str(years))


# -- all of a file's settings at once ---------------------------------------------------------
@dataclass(frozen=True)
class FileSettings:
    """Every setting of one file at once: what the settings dialog shows and the command line
    prints, and what :func:`save_file_settings` writes in one transaction."""

    centre_name: str
    logo: bytes | None
    signin_empty_rows: int
    retention_years: int


def file_settings(database: Database) -> FileSettings:
    """The file's settings as they are now (defaults for those never set)."""
    return FileSettings(
        centre_name=centre_name(database),
        logo=centre_logo(database),
        signin_empty_rows=signin_empty_rows(database),
        retention_years=retention_years(database),
    )


def problems(settings: FileSettings) -> list[ValidationError]:
    """Every value that cannot be stored, one error per field (``field`` names it), so a form
    can mark each field at once instead of one per try."""
    found = (
        _name_problem(settings.centre_name),
        _logo_problem(settings.logo),
        _rows_problem(settings.signin_empty_rows),
        _years_problem(settings.retention_years),
    )
    return [problem for problem in found if problem is not None]


def save_file_settings(database: Database, settings: FileSettings) -> FileSettings:
    """Store every setting of ``settings`` in one transaction: all or, when one value is
    wrong (the first problem is raised, naming its field), none. Returns what was stored
    (the name with its spaces tidied)."""
    found = problems(settings)
    if found:
        raise found[0]
    stored = replace(settings, centre_name=_tidy_name(settings.centre_name))
    with database.atomic():
        set_value(database, "centre_name", stored.centre_name)
        set_value(database, "centre_logo", _logo_text(stored.logo))
        set_value(database, "signin_empty_rows", str(stored.signin_empty_rows))
        set_value(database, "retention_years", str(stored.retention_years))
    return stored
