"""Settings stored in the database file itself, so every laptop and the command line print the
same header: the centre's name and logo, how many empty rows a sign-in sheet has, the retention
period, and whether the file is the made-up example (marked "Voorbeeld" in the title bar and on
every print). Settings of one computer (language, text size, a second backup folder) live in
QSettings, in the window's layer."""

from __future__ import annotations

import base64
import binascii
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


def clean_centre_name(name: str) -> str:
    """The name as it is stored (one line, spaces tidied); ValidationError when empty or too
    long. Apart from storing, so a form can check it before anything is written (the welcome
    page checks it before it makes the new file)."""
    name = " ".join(name.split())
    label = N_("Name of the centre")
    if not name:
        raise ValidationError("required", field="centre_name", label=label)
    if len(name) > CENTRE_NAME_MAX:
        raise ValidationError("too_long", field="centre_name", label=label, max=CENTRE_NAME_MAX)
    return name


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
    label = N_("Logo")
    if data is None:
        set_value(database, "centre_logo", "")
        return
    if not data.startswith(_LOGO_MAGIC):
        raise ValidationError("bad_choice", field="centre_logo", label=label, value="PNG/JPEG?")
    if len(data) > LOGO_MAX_BYTES:
        raise ValidationError(
            "too_large", field="centre_logo", label=label, max=f"{LOGO_MAX_BYTES // 1024} kB"
        )
    set_value(database, "centre_logo", base64.b64encode(data).decode("ascii"))


def is_example(database: Database) -> bool:
    """True for the demo: its people are made up, and the window and prints say so."""
    return get(database, "example") == "1"


def signin_empty_rows(database: Database) -> int:
    try:
        return max(0, min(60, int(get(database, "signin_empty_rows"))))
    except ValueError:
        return int(DEFAULTS["signin_empty_rows"])


def set_signin_empty_rows(database: Database, rows: int) -> None:
    if not 0 <= rows <= 60:
        raise ValidationError(
            "bad_choice",
            field="signin_empty_rows",
            label=N_("Empty rows on a sign-in sheet"),
            value=rows,
        )
    set_value(database, "signin_empty_rows", str(rows))


#: The retention period the window and the command line offer, in years (the retention
#: review in :mod:`buurtapp.core.privacy.forgetting` reads the same value).
RETENTION_MIN, RETENTION_MAX = 1, 20
#: The empty rows a sign-in sheet may have (one A4 page holds about this many).
SIGNIN_ROWS_MAX = 60


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
    try:
        years = max(RETENTION_MIN, int(get(database, "retention_years")))
    except ValueError:
        years = int(DEFAULTS["retention_years"])
    return FileSettings(
        centre_name=centre_name(database),
        logo=centre_logo(database),
        signin_empty_rows=signin_empty_rows(database),
        retention_years=years,
    )


def problems(settings: FileSettings) -> list[ValidationError]:
    """Every value that cannot be stored, one error per field (``field`` names it), so a form
    can mark each field at once instead of one per try."""
    found: list[ValidationError] = []
    name = " ".join(settings.centre_name.split())
    name_label = N_("Name of the centre")
    if not name:
        found.append(ValidationError("required", field="centre_name", label=name_label))
    elif len(name) > CENTRE_NAME_MAX:
        found.append(
            ValidationError("too_long", field="centre_name", label=name_label, max=CENTRE_NAME_MAX)
        )
    if settings.logo is not None:
        logo_label = N_("Logo")
        if not settings.logo.startswith(_LOGO_MAGIC):
            found.append(
                ValidationError(
                    "bad_choice", field="centre_logo", label=logo_label, value="PNG/JPEG?"
                )
            )
        elif len(settings.logo) > LOGO_MAX_BYTES:
            found.append(
                ValidationError(
                    "too_large",
                    field="centre_logo",
                    label=logo_label,
                    max=f"{LOGO_MAX_BYTES // 1024} kB",
                )
            )
    for field, label, value, low, high in (
        (
            "signin_empty_rows",
            N_("Empty rows on a sign-in sheet"),
            settings.signin_empty_rows,
            0,
            SIGNIN_ROWS_MAX,
        ),
        (
            "retention_years",
            N_("Retention period in years"),
            settings.retention_years,
            RETENTION_MIN,
            RETENTION_MAX,
        ),
    ):
        if not low <= value <= high:
            found.append(
                ValidationError(
                    "out_of_range", field=field, label=label, value=value, low=low, high=high
                )
            )
    return found


def save_file_settings(database: Database, settings: FileSettings) -> FileSettings:
    """Store every setting of ``settings`` in one transaction: all or, when one value is
    wrong (the first problem is raised, naming its field), none. Returns what was stored
    (the name with its spaces tidied)."""
    found = problems(settings)
    if found:
        raise found[0]
    stored = replace(settings, centre_name=" ".join(settings.centre_name.split()))
    logo = "" if stored.logo is None else base64.b64encode(stored.logo).decode("ascii")
    with database.atomic():
        set_value(database, "centre_name", stored.centre_name)
        set_value(database, "centre_logo", logo)
        set_value(database, "signin_empty_rows", str(stored.signin_empty_rows))
        set_value(database, "retention_years", str(stored.retention_years))
    return stored
