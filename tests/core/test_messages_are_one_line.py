"""Every message is one line, whatever a person typed or a spreadsheet held."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from buurtapp.core.errors import LONGEST_VALUE, ValidationError
from buurtapp.core.model.labels import field_label


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_a_value_never_breaks_a_message_in_two(value: str) -> None:
    error = ValidationError("bad_email", field="email", label=field_label("email"), value=value)
    for lang in ("nl", "en"):
        text = error.message(lang)
        assert "\n" not in text and "\r" not in text and "\t" not in text
        assert len(text) < LONGEST_VALUE + 100


def test_the_readable_part_of_a_value_stays() -> None:
    error = ValidationError("bad_email", field="email", label=field_label("email"), value="a\nb")
    assert error.message("nl") == "E-mail lijkt geen e-mailadres: a b"
