"""All of a file's settings at once (the settings dialog's OK, ``buurtapp settings``): one
transaction, every wrong value named by its field, and nothing stored when one is wrong."""

from __future__ import annotations

import pytest

from buurtapp.core.errors import DatabaseError, ValidationError
from buurtapp.core.model import app_settings
from buurtapp.core.model.app_settings import FileSettings, retention_years

PNG = b"\x89PNG\r\n\x1a\n" + b"\x01" * 64


def test_new_file_shows_the_defaults(database) -> None:
    assert app_settings.file_settings(database) == FileSettings("Buurthuis", None, 10, 2)


def test_all_settings_are_stored_together_and_read_back(database) -> None:
    stored = app_settings.save_file_settings(
        database, FileSettings("  Buurthuis\n De Linde ", PNG, 14, 5)
    )
    assert stored.centre_name == "Buurthuis De Linde"
    assert app_settings.file_settings(database) == FileSettings("Buurthuis De Linde", PNG, 14, 5)
    # the retention review reads the very same value
    assert retention_years(database) == 5
    assert app_settings.signin_empty_rows(database) == 14
    app_settings.save_file_settings(database, FileSettings("De Linde", None, 0, 1))
    assert app_settings.file_settings(database) == FileSettings("De Linde", None, 0, 1)


def test_every_wrong_value_is_named_and_nothing_is_stored(database) -> None:
    before = app_settings.file_settings(database)
    wrong = FileSettings("", b"GIF89a", 61, 0)
    fields = {problem.field for problem in app_settings.problems(wrong)}
    assert fields == {"centre_name", "centre_logo", "signin_empty_rows", "retention_years"}
    for bad in (
        FileSettings("Ok", PNG, -1, 3),
        FileSettings("Ok", PNG, 10, app_settings.RETENTION_MAX + 1),
        FileSettings("x" * (app_settings.CENTRE_NAME_MAX + 1), PNG, 10, 3),
        FileSettings("Ok", PNG + b"\x00" * app_settings.LOGO_MAX_BYTES, 10, 3),
    ):
        with pytest.raises(ValidationError):
            app_settings.save_file_settings(database, bad)
        assert app_settings.file_settings(database) == before


def test_the_range_message_names_the_field_and_its_bounds(database) -> None:
    (problem,) = app_settings.problems(FileSettings("Ok", None, 99, 2))
    assert problem.field == "signin_empty_rows"
    assert "0" in problem.message("en") and "60" in problem.message("en")


def test_a_write_that_fails_half_way_leaves_every_setting_as_it_was(database) -> None:
    """One transaction: a failure on the last value rolls back the first ones too."""
    app_settings.save_file_settings(database, FileSettings("Oud", None, 8, 3))
    database.conn.execute(
        "CREATE TRIGGER refuse BEFORE UPDATE ON app_settings "
        "WHEN NEW.key = 'retention_years' BEGIN SELECT RAISE(ABORT, 'disk says no'); END"
    )
    with pytest.raises(DatabaseError):
        app_settings.save_file_settings(database, FileSettings("Nieuw", PNG, 20, 4))
    database.conn.execute("DROP TRIGGER refuse")
    assert app_settings.file_settings(database) == FileSettings("Oud", None, 8, 3)
