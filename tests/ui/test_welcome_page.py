"""The first start explains itself (issue 16, item 3): with no file yet, or with the last file
missing, the window shows the welcome page, and each of its four choices, driven by the
keyboard, ends in the right file open in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QLineEdit, QWidget

from buurtapp.core import i18n
from buurtapp.core.errors import ValidationError
from buurtapp.core.model import app_settings
from buurtapp.core.storage import paths
from buurtapp.core.storage.database import open_database
from buurtapp.ui.app import Application, start
from buurtapp.ui.import_dialog import ImportDialog
from buurtapp.ui.main_window import MainWindow
from buurtapp.ui.new_centre_dialog import NewCentreDialog
from tests.ui.conftest import discard_open_forms
from tests.ui.test_fits_every_screen import button_problems

NAME = "Buurthuis De Linde"


@pytest.fixture
def launch(qapp, qtbot, settings):
    """Start as ``buurtapp`` does (ui/app.run without its event loop): the application, its
    window shown, then the first file or the welcome page."""
    made: list[Application] = []

    def launch_app(db: Path | None = None, demo: bool = False) -> Application:
        application = Application(qapp, settings)
        made.append(application)
        window = application.window
        window.show()
        qtbot.waitExposed(window)
        start(window, db, demo, settings)
        return application

    yield launch_app
    for application in made:
        for translator in application.translators:
            qapp.removeTranslator(translator)
        window = application.window
        discard_open_forms(window)
        for dialog in window.findChildren(NewCentreDialog) + window.findChildren(ImportDialog):
            dialog.reject()
        window.close()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    i18n.set_language("nl")


def press(window: QWidget, qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the coordinator presses it: to the widget with the keyboard, in an active
    window (shortcuts and Alt+letters reach the active window only)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(QApplication.focusWidget() or window, key, modifier)


def alt_letter(window: MainWindow, qtbot, name: str) -> None:
    """The Alt+letter underlined in the choice ``name`` (whatever the language makes it)."""
    button = window.welcome.choices[name]
    combination = QKeySequence.mnemonic(button.text())[0]
    assert combination.keyboardModifiers() == Qt.KeyboardModifier.AltModifier
    press(window, qtbot, combination.key(), Qt.KeyboardModifier.AltModifier)


def new_centre_dialog(window: MainWindow, qtbot) -> NewCentreDialog:
    found: list[NewCentreDialog] = []
    qtbot.waitUntil(
        lambda: bool(
            found.extend(d for d in window.findChildren(NewCentreDialog) if d.isVisible()) or found
        )
    )
    return found[0]


def test_first_start_shows_the_welcome_page_and_makes_no_file(launch, qtbot) -> None:
    window = launch().window
    page = window.welcome
    assert page is not None and page.isVisible()
    assert window.centralWidget().currentWidget() is page
    assert not window.splitter.isVisible()  # no empty lists without a file
    assert not paths.default_database().exists()  # nothing made before the coordinator chose
    assert page.findChild(QLabel, "welcome_heading").text() == page.tr("Welcome to Buurtapp")
    assert not page.findChild(QLabel, "welcome_message").isVisible()
    assert not page.findChild(QLabel, "welcome_recent_heading").isVisible()
    assert list(page.choices) == [
        "welcome_new",
        "welcome_example",
        "welcome_import",
        "welcome_open",
    ]
    # the keyboard is on the first choice; menu items that need a file are off
    assert window.focusWidget() is page.choices["welcome_new"]
    assert not window.actions_["import"].isEnabled()
    assert not window.actions_["backup"].isEnabled()
    assert not window.findChild(QAction, "action_page_week").isEnabled()
    # Tab walks the choices in their order on the page
    seen = []
    for _ in range(3):
        press(window, qtbot, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    assert seen == ["welcome_example", "welcome_import", "welcome_open"]


def test_a_new_centre_by_keyboard_after_an_empty_name(launch, qtbot, settings) -> None:
    """Enter with no name: the core's message next to the field and no file; then a name,
    Enter: the file at the standard place, named, open in the window with its pages."""
    window = launch().window
    target = paths.default_database()
    press(window, qtbot, Qt.Key.Key_Return)  # the first choice has the keyboard
    dialog = new_centre_dialog(window, qtbot)
    assert dialog.place.text() == str(target)  # where the file goes, readable
    assert dialog.focusWidget() is dialog.findChild(QLineEdit, "centre_name")
    press(dialog, qtbot, Qt.Key.Key_Return)
    error = dialog.findChild(QLabel, "centre_name_error")
    assert error.isVisible() and dialog.isVisible()
    with pytest.raises(ValidationError) as expected:
        app_settings.clean_centre_name("")
    assert error.text() == expected.value.message("nl")
    assert not target.exists()
    QTest.keyClicks(QApplication.focusWidget(), f"  {NAME} ")
    assert not error.isVisible()  # typing puts the error away
    press(dialog, qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.database is not None)
    assert not dialog.isVisible()
    assert window.current_file == target and target.exists()
    assert app_settings.centre_name(window.database) == NAME
    assert target.name in window.windowTitle()
    assert window.welcome is None and window.splitter.isVisible()
    assert window.week_page is not None
    assert window.actions_["import"].isEnabled()
    assert window.findChild(QAction, "action_page_week").isEnabled()
    assert settings.last_file == str(target)
    window.close()
    with open_database(target) as database:  # it is in the file, not only on screen
        assert app_settings.centre_name(database) == NAME


def test_the_example_is_written_and_opened(launch, qtbot) -> None:
    window = launch().window
    assert not paths.demo_database().exists()
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    making = window.welcome.tr("Making the example…")
    press(window, qtbot, Qt.Key.Key_Tab)
    press(window, qtbot, Qt.Key.Key_Return)  # "Het voorbeeld bekijken"
    qtbot.waitUntil(lambda: window.database is not None, timeout=20_000)
    assert window.current_file == paths.demo_database()
    assert app_settings.is_example(window.database)
    assert window.tr("Example") in window.windowTitle()  # "demo.db — Voorbeeld — Buurtapp"
    assert window.welcome is None
    assert QApplication.overrideCursor() is None  # the busy cursor is gone again
    assert said[:2] == [making, ""]  # said while it was written, gone once it opened


def test_a_spreadsheet_into_a_new_centre(launch, qtbot, tmp_path) -> None:
    """Alt+letter of "Uw spreadsheet inlezen": name and place like a new centre, the file is
    made, the import wizard opens on it; cancelling it keeps the new file open."""
    window = launch().window
    alt_letter(window, qtbot, "welcome_import")
    dialog = new_centre_dialog(window, qtbot)
    elsewhere = tmp_path / "elders" / "de linde.db"
    dialog.set_path(elsewhere)  # what "Andere plek…" does with the chosen name
    QTest.keyClicks(dialog.name, NAME)
    press(dialog, qtbot, Qt.Key.Key_Return)
    wizard: list[ImportDialog] = []
    qtbot.waitUntil(
        lambda: bool(
            wizard.extend(d for d in window.findChildren(ImportDialog) if d.isVisible()) or wizard
        )
    )
    assert wizard[0].workspace is window.workspace
    assert window.current_file == elsewhere and elsewhere.exists()
    assert app_settings.centre_name(window.database) == NAME
    assert not paths.default_database().exists()
    wizard[0].reject()
    assert window.current_file == elsewhere  # still open, empty, ready
    assert window.statusBar().currentMessage()  # says where the wizard is for later


def test_a_recent_file_after_the_last_one_went_missing(launch, qtbot, settings, demo_path):
    """The stick is not in: the page says so with the path, the recent files are listed;
    one click on a file that is there opens it."""
    stick = demo_path.parent / "usb" / "buurthuis.db"
    settings.add_recent(str(demo_path))
    settings.add_recent(str(stick))  # the last one used
    window = launch().window
    page = window.welcome
    assert page is not None
    message = page.findChild(QLabel, "welcome_message")
    assert message.isVisible() and str(stick) in message.text()
    assert "USB-stick" in message.text()  # the core's Dutch message, calm and whole
    assert [b.toolTip() for b in page.recent_buttons] == [str(stick), str(demo_path)]
    qtbot.mouseClick(page.recent_buttons[1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.database is not None)
    assert window.current_file == demo_path and window.welcome is None
    assert not paths.default_database().exists()


def test_open_an_existing_file_by_its_alt_letter(launch, qtbot, demo_path) -> None:
    window = launch().window

    def choose() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QFileDialog):
            QTimer.singleShot(20, choose)
            return
        box.selectFile(str(demo_path))
        box.accept()

    QTimer.singleShot(0, choose)
    alt_letter(window, qtbot, "welcome_open")
    qtbot.waitUntil(lambda: window.database is not None)
    assert window.current_file == demo_path and window.welcome is None


def test_cancelled_choices_leave_the_page_as_it_was(launch, qtbot) -> None:
    window = launch().window
    alt_letter(window, qtbot, "welcome_new")
    dialog = new_centre_dialog(window, qtbot)
    QTest.keyClicks(dialog.name, NAME)
    press(dialog, qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.welcome is not None and window.database is None
    assert not paths.default_database().exists()


def test_a_file_asked_for_that_does_not_exist_is_reported_then_welcome(
    launch, qtbot, answer, tmp_path
) -> None:
    """``buurtapp --db new.db``: as before, a warning that it does not exist and no file
    made in its place; then the welcome page rather than an empty window."""
    missing = tmp_path / "new.db"
    answer.next("warning_ok")
    window = launch(db=missing).window
    assert answer.texts and str(missing) in answer.texts[0]
    assert not missing.exists() and not paths.default_database().exists()
    assert window.welcome is not None and window.database is None


def test_demo_and_an_existing_last_file_skip_the_page(launch, settings, demo_path) -> None:
    window = launch(demo=True).window
    assert window.welcome is None and app_settings.is_example(window.database)
    window.close()
    settings.add_recent(str(demo_path))
    window = launch().window
    assert window.welcome is None and window.current_file == demo_path


def test_language_and_text_size_keep_the_welcome_page(launch, qtbot, qapp, settings) -> None:
    """A language or text size chosen on the welcome page makes a new window (ui/app
    rebuild): the page comes back, with its message; at 200% on a 911x512 screen (1366x768
    at 150%) every choice can be reached."""
    deep = "/".join(["Buurthuis-De-Linde-administratie-archief"] * 5)  # a long path too
    stick = Path(f"/media/stick/{deep}/buurthuis.db")
    settings.add_recent(str(stick))
    application = launch()
    first = application.window
    message = first.welcome.message
    assert str(stick) in message
    first.findChild(QAction, "action_language_en").trigger()
    english = application.window
    assert english is not first and english.welcome is not None
    assert english.welcome.message == message
    assert english.welcome.choices["welcome_new"].text() == "Start a &new centre"
    before = QFont(qapp.font())
    try:
        english.findChild(QAction, "action_text_size_200").trigger()
        large = application.window
        assert large is not english and large.welcome is not None
        assert large.welcome.findChild(QLabel, "welcome_message").isVisible()
        large.resize(QSize(911, 512 - 24))
        QApplication.processEvents()
        hint = large.minimumSizeHint()
        assert hint.width() <= 911 and hint.height() <= 512 - 24
        assert large.welcome.horizontalScrollBar().maximum() == 0  # nothing cut at the side
        assert button_problems(large) == []
    finally:
        from buurtapp.ui import text_size

        settings.text_size = 100
        text_size.apply(100)
        qapp.setFont(before)


def test_a_file_that_goes_away_for_good_leaves_the_welcome_page_not_an_empty_window(
    window, answer, qtbot
) -> None:
    """The check finds the open file damaged, the coordinator keeps it rather than putting a
    backup back, and it cannot even be read any more: no file to show, so the ways to go on
    (open another, the recent files), never a window of empty pages."""
    from buurtapp.ui import file_actions

    path = window.database.path
    path.write_bytes(b"\x00" * 4096)  # a pulled stick, a disk that failed: unreadable now
    answer.next("confirm_no")  # keep it, do not put the backup back
    file_actions.damaged_while_open(window, "beschadigd")
    assert window.workspace is None
    assert window.welcome is not None and window.welcome.isVisible()


def test_file_new_asks_the_same_two_questions_and_names_the_file(window, qtbot, tmp_path) -> None:
    """Bestand > Nieuwe database… (a second centre, after the example): its name too, not
    only a file name, so its prints never say "Buurthuis"."""
    window.actions_["new_db"].trigger()
    dialog = new_centre_dialog(window, qtbot)
    target = tmp_path / "tweede.db"
    dialog.set_path(target)
    QTest.keyClicks(dialog.findChild(QLineEdit, "centre_name"), "Buurthuis De Eik")
    press(dialog, qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_file == target)
    assert app_settings.centre_name(window.database) == "Buurthuis De Eik"


def test_a_new_centre_says_how_its_first_activity_comes(launch, qtbot, tmp_path) -> None:
    """An empty week says what to do first; the activity form makes the initiative it needs
    on the spot (no cancelling, no typing lost); the hint goes once there is an activity."""
    from buurtapp.ui import record_actions

    window = launch().window
    window.welcome.new_centre()
    dialog = new_centre_dialog(window, qtbot)
    QTest.keyClicks(dialog.findChild(QLineEdit, "centre_name"), NAME)
    press(dialog, qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.week_page is not None)
    hint = window.week_page.first_steps
    assert hint.isVisibleTo(window) and "Ctrl+3" in hint.text()
    form = record_actions.open_new(window.workspace, "activities", window)
    new_initiative = form.form.new_buttons["initiative_id"]
    form.form.controls["title"].setText("Breiclub")
    new_initiative.click()
    made = [d for d in form.findChildren(QDialog) if d.isVisible() and d is not form]
    assert len(made) == 1
    made[0].form.controls["name"].setText("Samen handwerken")
    made[0].save()
    combo = form.form.controls["initiative_id"]
    assert combo.currentText() == "Samen handwerken"  # chosen in the form that asked for it
    assert form.form.controls["title"].text() == "Breiclub"  # nothing typed was lost
    form.save()
    qtbot.waitUntil(lambda: not hint.isVisibleTo(window))
