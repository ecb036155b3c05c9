"""PySide6 6.12.0 on Python 3.11 aborted after a few thousand None-returning calls."""

from PySide6.QtWidgets import QLabel


def test_hundred_thousand_settext_calls(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    for number in range(100_000):
        label.setText(str(number))
    assert label.text() == "99999"
