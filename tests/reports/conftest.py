"""Printing needs Qt: make pytest-qt's QApplication first, so the command line's own
QGuiApplication is never the one later widget tests find."""

import pytest


@pytest.fixture(autouse=True)
def _qt_application(qapp):
    return qapp
