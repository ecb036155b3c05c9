"""Settings stored in the database file itself, so every laptop and the command line print the
same header: the centre's name, and how many empty rows a sign-in sheet has."""

from __future__ import annotations

from buurtapp.core.errors import ValidationError
from buurtapp.core.i18n import N_
from buurtapp.core.storage.connection import Database

DEFAULTS = {
    "centre_name": "Buurthuis",
    "signin_empty_rows": "10",
    "retention_years": "2",
}


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
