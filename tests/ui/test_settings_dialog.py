"""Bewerken > Instellingen, driven as a coordinator would: the menu or Ctrl+, , typing, Tab, OK
or Cancel; what was saved is read back from the file, the prints and QSettings."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

from buurtapp.core.documents.data import signin_sheet
from buurtapp.core.errors import ValidationError
from buurtapp.core.model import app_settings
from buurtapp.core.model.app_settings import FileSettings
from buurtapp.core.storage.backup_paths import folder_for
from buurtapp.core.storage.database import open_database
from buurtapp.core.storage.second_folder import second_folder_for
from buurtapp.resource_files import resources_dir
from buurtapp.ui.ask import ui_language
from buurtapp.ui.main_window import MainWindow
from buurtapp.ui.settings_dialog import SettingsDialog
from tests.conftest import DEMO_TODAY

PNG = resources_dir() / "icons" / "buurtapp-256.png"


def open_dialog(window: MainWindow, qtbot) -> SettingsDialog:
    window.actions_["settings"].trigger()
    # the one just opened (one closed before may wait for its deleteLater)
    (dialog,) = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
    qtbot.waitExposed(dialog)
    return dialog


def error_text(dialog: SettingsDialog, key: str) -> str:
    label = dialog.findChild(QLabel, f"error_{key}")
    return label.text() if label.isVisibleTo(dialog) else ""


def stored(window: MainWindow) -> FileSettings:
    return app_settings.file_settings(window.database)


def text_of(path: Path) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_the_menu_item_and_its_shortcut_open_the_dialog(window, qtbot) -> None:
    action = window.actions_["settings"]
    assert action.objectName() == "action_settings" and not action.shortcut().isEmpty()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keySequence(window, action.shortcut())
    dialog = window.findChild(SettingsDialog, "settings_dialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.file_group.title().endswith(window.database.path.name)
    # typing starts in the first field
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name, timeout=3000)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_new_name_and_rows_reach_the_printed_sign_in_sheet(window, qtbot, tmp_path) -> None:
    dialog = open_dialog(window, qtbot)
    dialog.name.selectAll()
    QTest.keyClicks(dialog.name, "Buurthuis De Linde")
    dialog.rows.setFocus()
    dialog.rows.selectAll()
    QTest.keyClicks(dialog.rows, "3")
    QTest.keyClick(dialog.rows, Qt.Key.Key_Return)  # Enter is OK
    assert not dialog.isVisible()
    assert stored(window).centre_name == "Buurthuis De Linde"
    assert stored(window).signin_empty_rows == 3
    session = window.week_page.panel.session
    assert session is not None
    sheet = signin_sheet(window.database, session.id, DEMO_TODAY)
    assert sheet.empty_rows == 3
    path = window.printing.save_pdf("signin", tmp_path / "s.pdf")
    text = text_of(path)
    assert "Buurthuis De Linde" in text
    numbers = {int(t) for t in re.findall(r"(?<![\d:.,-])\d{1,2}(?![\d:.,-])", text)}
    last = len(sheet.names) + 3
    assert set(range(1, last + 1)) <= numbers and last + 1 not in numbers


def test_a_wrong_value_shows_next_to_its_field_and_nothing_is_saved(window, qtbot) -> None:
    before = stored(window)
    dialog = open_dialog(window, qtbot)
    dialog.name.clear()
    dialog.rows.setValue(7)
    dialog.years.setValue(9)
    QTest.mouseClick(dialog.findChild(QPushButton, "settings_ok"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # stays open
    expected = ValidationError("required", field="centre_name", label="x").message(ui_language())
    assert error_text(dialog, "centre_name")
    assert error_text(dialog, "centre_name").split()[-1] == expected.split()[-1]
    assert dialog.focusWidget() is dialog.name
    assert stored(window) == before  # the good values were not stored either
    QTest.keyClicks(dialog.name, "De Linde")
    QTest.mouseClick(dialog.findChild(QPushButton, "settings_ok"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert stored(window) == FileSettings("De Linde", before.logo, 7, 9)


def test_cancel_and_escape_change_nothing(window, qtbot, settings) -> None:
    before, language, size = stored(window), settings.language, settings.text_size
    for close in ("cancel", "escape"):
        dialog = open_dialog(window, qtbot)
        QTest.keyClicks(dialog.name, " extra")
        dialog.rows.setValue(33)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.text_size.setCurrentIndex(dialog.text_size.findData(200))
        dialog.logo.choose(PNG)
        if close == "cancel":
            dialog.findChild(QPushButton, "settings_cancel").click()
        else:
            QTest.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
        assert stored(window) == before
        assert (settings.language, settings.text_size) == (language, size)


def test_a_logo_is_chosen_shown_refused_when_wrong_and_removed(window, qtbot) -> None:
    dialog = open_dialog(window, qtbot)
    assert dialog.logo.choose(PNG)
    assert not dialog.logo.preview.pixmap().isNull()
    assert not dialog.logo.choose(Path(__file__))  # a Python file is not a picture
    assert Path(__file__).name in error_text(dialog, "centre_logo")
    dialog.accept()
    logo = stored(window).logo
    assert logo is not None and logo.startswith(b"\x89PNG")
    dialog = open_dialog(window, qtbot)
    assert not dialog.logo.preview.pixmap().isNull()  # shown when opened again
    dialog.logo.remove_button.click()
    dialog.accept()
    assert stored(window).logo is None


def test_a_read_only_file_disables_the_file_group_and_says_why(
    qtbot, demo_path, settings, dutch
) -> None:
    window = MainWindow(open_database(demo_path, read_only=True), settings, today=DEMO_TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=20_000)
    dialog = open_dialog(window, qtbot)
    assert not dialog.file_group.isEnabled()
    assert dialog.file_note.isVisibleTo(dialog) and dialog.file_note.text()
    assert dialog.computer_group.isEnabled()
    stick = demo_path.parent / "stick"
    stick.mkdir()
    dialog.folder.choose(stick)
    dialog.accept()  # this computer's settings can still change
    assert settings.second_backup_folder == str(stick)


def test_the_second_folder_is_checked_saved_and_gets_every_backup(
    window, qtbot, settings, tmp_path
) -> None:
    dialog = open_dialog(window, qtbot)
    state = dialog.findChild(QLabel, "second_folder_state")
    dialog.folder.choose(tmp_path / "not-plugged-in")
    assert state.isVisibleTo(dialog) and state.text()  # "niet gevonden"
    (tmp_path / "a-file").write_text("x")
    dialog.folder.choose(tmp_path / "a-file")
    assert state.isVisibleTo(dialog) and state.text()
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog.folder.choose(stick)
    assert not state.isVisibleTo(dialog)
    # usable, but on the file's own disk (all of tmp_path is one disk): said, not refused
    weak = dialog.findChild(QLabel, "second_folder_weak")
    assert weak.isVisibleTo(dialog) and weak.text() == dialog.folder.weakness_text() != ""
    dialog.folder.choose(folder_for(window.database.path))  # the first backups' own folder
    assert weak.text() == dialog.folder.weakness_text() != ""
    assert weak.text() != dialog.folder.tr(  # the stronger words: this adds nothing at all
        "This folder is on the same disk as the file: if the computer breaks, both are "
        "lost. A USB stick or a network folder protects better."
    )
    dialog.folder.choose(stick)
    dialog.accept()
    assert settings.second_backup_folder == str(stick)
    assert window.backups.backup_now("voor-import")
    copies = list(second_folder_for(window.database.path, stick).glob("*voor-import.db"))
    assert len(copies) == 1 and window.backups.last_second == copies[0]


def test_an_unreachable_second_folder_is_said_once_and_the_backup_still_made(
    window, settings, tmp_path
) -> None:
    gone = tmp_path / "media" / "stick"
    settings.second_backup_folder = str(gone)
    main = folder_for(window.database.path)
    before = len(list(main.glob("*.db")))
    assert window.backups.backup_now("voor-import")
    assert len(list(main.glob("*.db"))) == before + 1
    message = window.statusBar().currentMessage()
    assert str(gone) in message and str(main) in message
    window.statusBar().clearMessage()
    assert window.backups.backup_now("voor-import")
    assert window.statusBar().currentMessage() == ""  # once, not at every backup
    assert not gone.exists()
    # ...but beside the time of the last backup for as long as it lasts, and in About
    missed = window.backups.tr("not in the second folder")
    assert missed in window.backups.label.text()
    from buurtapp.ui.about import _second_shown

    assert _second_shown(str(gone)) != str(gone) and str(gone) in _second_shown(str(gone))
    gone.mkdir(parents=True)  # the stick is back
    assert window.backups.backup_now("voor-import")
    assert missed not in window.backups.label.text()
    assert _second_shown(str(gone)) == str(gone)


def test_the_opening_backup_goes_to_the_second_folder_too(
    qtbot, demo_path, settings, dutch, tmp_path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    settings.second_backup_folder = str(stick)
    window = MainWindow(open_database(demo_path), settings, today=DEMO_TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=20_000)
    copies = list(second_folder_for(demo_path, stick).glob("*-openen.db"))
    assert len(copies) == 1 and window.backups.last_second == copies[0]


def test_about_lists_the_second_folder(window, qtbot, settings, tmp_path) -> None:
    settings.second_backup_folder = str(tmp_path / "stick")
    window.actions_["about"].trigger()
    about = window.findChild(QDialog, "about_dialog")
    assert str(tmp_path / "stick") in about.findChild(QLabel, "about_text").text()
    about.reject()


def test_every_field_is_reachable_by_tab_and_has_a_label(window, qtbot) -> None:
    dialog = open_dialog(window, qtbot)
    fields = [
        dialog.name,
        dialog.logo.choose_button,
        dialog.rows,
        dialog.years,
        dialog.folder.choose_button,
        dialog.language,
        dialog.text_size,
    ]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name, timeout=3000)
    seen = []
    for _ in range(30):
        seen.append(QApplication.focusWidget())
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert [field.objectName() for field in fields if field not in seen] == []
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    for field in (dialog.name, dialog.rows, dialog.years, dialog.language, dialog.text_size):
        assert field in buddies
    unmarked = [
        lb.text() for lb in dialog.findChildren(QLabel) if lb.buddy() and "&" not in lb.text()
    ]
    assert unmarked == []
    dialog.reject()


@pytest.mark.parametrize("code", ["en"])
def test_a_new_language_rebuilds_the_window(qapp, qtbot, demo_path, settings, monkeypatch, code):
    from PySide6.QtCore import QLocale

    from buurtapp.ui.app import Application

    monkeypatch.delenv("BUURTAPP_LANG", raising=False)
    settings.language = "nl"
    application = Application(qapp, settings)
    try:
        first = application.window
        qtbot.addWidget(first)
        first.set_database(open_database(demo_path))
        qtbot.waitUntil(lambda: not first.backups.busy, timeout=20_000)
        assert first.sidebar.item(0).text() == "Deze week"
        dialog = open_dialog(first, qtbot)
        dialog.language.setCurrentIndex(dialog.language.findData(code))
        dialog.rows.setValue(4)
        dialog.accept()
        english = application.window
        qtbot.addWidget(english)
        assert english is not first
        assert english.sidebar.item(0).text() == "This week"
        assert settings.language == code
        assert english.workspace is not None
        assert app_settings.signin_empty_rows(english.database) == 4
    finally:
        for translator in application.translators:
            qapp.removeTranslator(translator)
        application.window.close()
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))


def test_the_file_kept_before_a_restore_is_copied_to_the_second_folder_too(
    window, qtbot, settings, tmp_path
) -> None:
    from buurtapp.core.storage.backups import make_backup

    stick = tmp_path / "stick"
    stick.mkdir()
    settings.second_backup_folder = str(stick)
    older = make_backup(window.database, "handmatig")
    assert window.restore_backup(older)
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=20_000)
    mine = second_folder_for(window.database.path, stick)
    assert len(list(mine.glob("*-voor-terugzetten.db"))) == 1
    assert len(list(mine.glob("*-openen*.db"))) == 1  # and the opening backup after it


def test_a_chosen_folder_that_went_away_is_shown_when_the_dialog_opens(
    window, qtbot, settings, tmp_path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    settings.second_backup_folder = str(stick)
    dialog = open_dialog(window, qtbot)
    state = dialog.findChild(QLabel, "second_folder_state")
    assert not state.isVisibleTo(dialog)
    dialog.reject()
    stick.rmdir()  # the stick was pulled out
    dialog = open_dialog(window, qtbot)
    state = dialog.findChild(QLabel, "second_folder_state")
    assert state.isVisibleTo(dialog) and state.text()
    assert dialog.folder.path.text() == str(stick)  # still chosen: it may come back
    dialog.reject()
    assert settings.second_backup_folder == str(stick)


def test_without_an_open_file_only_this_computers_settings_can_change(
    qtbot, settings, dutch
) -> None:
    window = MainWindow(None, settings, today=DEMO_TODAY)
    qtbot.addWidget(window)
    window.show()
    dialog = open_dialog(window, qtbot)
    assert not dialog.file_group.isEnabled() and dialog.file_note.isVisibleTo(dialog)
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(125))
    dialog.accept()
    assert settings.text_size == 125


def test_a_chosen_second_folder_gets_a_copy_at_once(window, qtbot, settings, tmp_path) -> None:
    """Plug in the stick, choose it, OK: a copy lands there now, not only after the next
    change and half an hour (the coordinator may take the stick home straight away)."""
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = open_dialog(window, qtbot)
    dialog.folder.choose(stick)
    dialog.accept()
    target = second_folder_for(window.database.path, stick)
    qtbot.waitUntil(lambda: any(target.glob("*.db")), timeout=20_000)
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=20_000)
