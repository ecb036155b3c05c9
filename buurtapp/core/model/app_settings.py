"""Settings stored in the database file itself, so every laptop and the command line print the
same header: the centre's name and logo, how many empty rows a sign-in sheet has, the retention
period, and whether the file is the made-up example (marked "Voorbeeld" in the title bar and on
every print). Settings of one computer (language, text size, a second backup folder) live in
QSettings, in the window's layer."""

from __future__ import annotations

import base64
import binascii

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


def set_centre_name(database: Database, name: str) -> None:
    """The name printed on every page; one line, not empty."""
    name = " ".join(name.split())
    label = N_("Name of the centre")
    if not name:
        raise ValidationError("required", field="centre_name", label=label)
    if len(name) > CENTRE_NAME_MAX:
        raise ValidationError("too_long", field="centre_name", label=label, max=CENTRE_NAME_MAX)
    set_value(database, "centre_name", name)


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
