"""The settings that belong to the file: the centre's name, its logo, the example mark."""

from __future__ import annotations

import base64

import pytest

from buurtapp.core.errors import ValidationError
from buurtapp.core.model import app_settings

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 40


def test_the_defaults_hold_for_a_new_file(database) -> None:
    assert app_settings.centre_name(database) == "Buurthuis"
    assert app_settings.centre_logo(database) is None
    assert app_settings.is_example(database) is False


def test_a_centre_name_is_one_line_and_not_empty(database) -> None:
    app_settings.set_centre_name(database, "  Buurthuis\n De Linde  ")
    assert app_settings.centre_name(database) == "Buurthuis De Linde"
    for bad in ("", "   \n", "x" * (app_settings.CENTRE_NAME_MAX + 1)):
        with pytest.raises(ValidationError) as caught:
            app_settings.set_centre_name(database, bad)
        assert caught.value.field == "centre_name"
    assert app_settings.centre_name(database) == "Buurthuis De Linde"


@pytest.mark.parametrize("data", [PNG, JPEG])
def test_a_logo_comes_back_as_stored_and_can_be_removed(database, data: bytes) -> None:
    app_settings.set_centre_logo(database, data)
    assert app_settings.centre_logo(database) == data
    app_settings.set_centre_logo(database, None)
    assert app_settings.centre_logo(database) is None


def test_what_is_not_a_small_picture_is_refused_and_nothing_changes(database) -> None:
    app_settings.set_centre_logo(database, PNG)
    too_large = PNG + b"\x00" * app_settings.LOGO_MAX_BYTES
    for bad in (b"GIF89a....", b"", too_large):
        with pytest.raises(ValidationError) as caught:
            app_settings.set_centre_logo(database, bad)
        assert caught.value.field == "centre_logo"
    assert app_settings.centre_logo(database) == PNG


def test_a_damaged_logo_value_reads_as_no_logo(database) -> None:
    for stored in ("not base64 at all!", base64.b64encode(b"plain text").decode()):
        app_settings.set_value(database, "centre_logo", stored)
        assert app_settings.centre_logo(database) is None
