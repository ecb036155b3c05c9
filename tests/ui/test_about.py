"""Help > Over Buurtapp: version, licence and where the data, the backups and the log are."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel

from buurtapp.ui.about import licence, version


def test_help_about_says_version_licence_and_where_the_data_is(window, qtbot) -> None:
    window.actions_["about"].trigger()
    qtbot.waitUntil(lambda: window.findChild(object, "about_dialog") is not None)
    dialog = window.findChild(QDialog, "about_dialog")
    text = dialog.findChild(QLabel, "about_text").text()
    assert dialog.windowTitle() == "Over Buurtapp"
    assert dialog.findChild(QLabel, "about_version").text() == f"Buurtapp {version()}"
    assert f"Licentie: {licence()}" in text
    assert str(window.database.path) in text
    assert "Reservekopieën van dit bestand: " in text
    dialog.close()


def test_about_shows_every_line_whole(window, qtbot) -> None:
    """The wrapped text is as tall as it needs: the last line (the log) is never cut off."""
    window.actions_["about"].trigger()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "about_dialog") is not None)
    dialog = window.findChild(QDialog, "about_dialog")
    qtbot.waitExposed(dialog)
    text = dialog.findChild(QLabel, "about_text")
    assert text.height() >= text.heightForWidth(text.width())
    assert dialog.geometry().height() <= dialog.screen().availableGeometry().height()
    dialog.close()
