"""F1 and the manual's viewer, as a coordinator meets them: F1 where they are (the week page,
a list, the insights, inside a modal form or dialog), then reading, following links, going
back and forward, finding words; in the window's language, at the window's text size."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from buurtapp.core.storage.database import open_database
from buurtapp.ui import help_keys, record_actions, text_size, translations
from buurtapp.ui.main_window import MainWindow
from buurtapp.ui.settings import Settings
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import discard_open_forms

ROOT = Path(__file__).resolve().parent.parent.parent


def press_f1(widget: QWidget) -> None:
    """F1 as the keyboard sends it: to the widget with focus, in the active window."""
    widget.window().activateWindow()
    assert QTest.qWaitForWindowActive(widget.window())  # shortcuts reach the active window
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_F1)


def viewer_of(window: MainWindow):
    viewer = getattr(window, "_help_viewer", None)
    assert viewer is not None, "F1 opened no manual"
    return viewer


@pytest.fixture
def close_viewer(qtbot):
    """The viewer is a window of its own (no parent): closed after each test."""
    opened: list[MainWindow] = []
    yield opened.append
    for window in opened:
        viewer = getattr(window, "_help_viewer", None)
        if viewer is not None:
            viewer.close()
            viewer.deleteLater()


def test_f1_on_the_week_page_opens_record_who_came_in_dutch(window, qtbot, close_viewer):
    close_viewer(window)
    window.show_kind("week")
    press_f1(window.week_page.tree)
    viewer = viewer_of(window)
    assert viewer.isVisible()
    assert viewer.page == "who-came"
    assert viewer.folder.name == "nl"
    assert viewer.browser.documentTitle() == "Bijhouden wie er kwam"
    # the contents on the left show where the reader is; the keys read the page at once
    assert viewer.contents.currentItem().text() == "Bijhouden wie er kwam"
    qtbot.waitUntil(viewer.browser.hasFocus)
    QTest.keyClick(viewer.browser, Qt.Key.Key_PageDown)
    assert viewer.browser.verticalScrollBar().value() > 0
    # and in the name box of who came too
    press_f1(window.week_page.panel.name_field)
    assert viewer_of(window) is viewer  # one viewer, raised again
    assert viewer.page == "who-came"


@pytest.mark.parametrize(
    ("kind", "page"),
    [
        ("insights", "insights"),
        ("activities", "plan-activity"),
        ("participants", "lists"),
        ("places", "lists"),
        ("organisations", "lists"),
        ("initiatives", "lists"),
    ],
)
def test_f1_on_a_page_opens_its_task(window, qtbot, close_viewer, kind, page):
    """Ctrl+2…7 then F1: the page that fits, whatever widget of the page has the keyboard."""
    close_viewer(window)
    window.show_kind(kind)
    qtbot.wait(10)
    window.focus_page(window.sidebar.currentRow())
    focus = QApplication.focusWidget()
    assert focus is not None and window.isAncestorOf(focus)
    press_f1(focus)
    assert viewer_of(window).page == page


def test_f1_inside_the_modal_activity_form_opens_plan_an_activity(window, qtbot, close_viewer):
    """The form is window-modal (the window's own F1 does not reach it): F1 typed in its title
    field opens "plan an activity", in a viewer that the form does not block."""
    close_viewer(window)
    window.show_kind("activities")
    dialog = record_actions.open_new(window.workspace, "activities", window)
    qtbot.waitExposed(dialog)
    assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal
    title = dialog.findChild(QLineEdit, "field_title")
    qtbot.keyClicks(title, "Koffieochtend")
    press_f1(title)
    viewer = viewer_of(window)
    assert viewer.page == "plan-activity"
    assert viewer.isVisible()
    assert viewer.parentWidget() is None  # a window of its own: the modal form cannot block it
    assert title.text() == "Koffieochtend"  # F1 typed nothing into the form
    assert dialog.isVisible()  # and closed nothing


@pytest.mark.parametrize(
    ("opener", "page"),
    [
        ("show_backups", "backups"),
        ("review_retention", "privacy"),
        ("import_spreadsheet", "import"),
    ],
)
def test_f1_in_the_file_menus_dialogs(window, qtbot, close_viewer, opener, page):
    close_viewer(window)
    dialog = getattr(window, opener)()
    qtbot.waitExposed(dialog)
    target = dialog.focusWidget() or dialog
    press_f1(target)
    assert viewer_of(window).page == page
    dialog.reject()


def test_f1_in_the_settings_dialog(window, qtbot, close_viewer):
    settings_dialog = pytest.importorskip("buurtapp.ui.settings_dialog")
    close_viewer(window)
    dialog = settings_dialog.open_settings(window)
    qtbot.waitExposed(dialog)
    press_f1(dialog.focusWidget() or dialog)
    assert viewer_of(window).page == "settings"
    dialog.reject()


def test_a_widget_may_name_its_own_page(window, qtbot):
    """Another dialog (or part of one) says where F1 leads with the property help_page; an
    unknown name is ignored and the page around it counts."""
    box = QLineEdit(window.week_page)
    assert help_keys.page_for(window, box) == "who-came"
    box.setProperty("help_page", "backups")
    assert help_keys.page_for(window, box) == "backups"
    box.setProperty("help_page", "no-such-page")
    assert help_keys.page_for(window, box) == "who-came"


def test_reading_the_manual_by_keyboard(window, qtbot, close_viewer):
    """Open at a page, follow a link, Alt+Left back, Alt+Right forward, Alt+Home to the
    contents, choose from the contents list, find a word with Ctrl+F; a web link is not
    followed (the program stays offline)."""
    close_viewer(window)
    window.actions_["manual"].trigger()  # Help > Handleiding
    viewer = viewer_of(window)
    qtbot.waitExposed(viewer)
    viewer.show_page("who-came")
    viewer.browser.anchorClicked.emit(QUrl("lists.html"))
    assert viewer.page == "lists"
    viewer.activateWindow()  # offscreen: shortcuts reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is viewer)
    QTest.keyClick(viewer.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert viewer.page == "who-came"
    QTest.keyClick(viewer.browser, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert viewer.page == "lists"
    QTest.keyClick(viewer.browser, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert viewer.page == "index"
    row = [viewer.contents.item(n).text() for n in range(viewer.contents.count())].index(
        "Een reservekopie terugzetten"
    )
    viewer.contents.setCurrentRow(row)
    assert viewer.page == "backups"
    viewer.browser.anchorClicked.emit(QUrl("https://example.org/"))
    assert viewer.page == "backups"
    QTest.keyClick(viewer.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert viewer.find_field.hasFocus()
    qtbot.keyClicks(viewer.find_field, "Terugzetten")
    assert viewer.browser.textCursor().selectedText().lower() == "terugzetten"
    viewer.find_field.clear()
    qtbot.keyClicks(viewer.find_field, "xyzzy")
    assert viewer.not_found.text()
    QTest.keyClick(viewer.find_field, Qt.Key.Key_Escape)
    assert not viewer.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # the keyboard back


def test_pictures_fit_the_page_without_scrolling_sideways(window, qtbot, close_viewer):
    """A 900-pixel screenshot in a narrow viewer (a small screen at large text) is shown
    smaller, so the page never scrolls sideways."""
    close_viewer(window)
    viewer = help_keys.show_help(window, "who-came")
    qtbot.waitExposed(viewer)
    viewer.resize(640, 480)
    viewer.show_page("insights")
    viewer.show_page("who-came")  # laid out again at the new width
    qtbot.wait(20)
    assert viewer.browser.horizontalScrollBar().maximum() == 0
    assert viewer.browser.verticalScrollBar().maximum() > 0  # the picture is there


def _widest_picture(viewer) -> int:
    """The width at which the page's widest picture is drawn, in the viewer's pixels."""
    from PySide6.QtGui import QTextImageFormat

    widths = []
    block = viewer.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                name = QTextImageFormat(fmt).name()
                image = viewer.browser.document().resource(
                    QTextDocument.ResourceType.ImageResource.value, QUrl(name)
                )
                widths.append(round(image.width() / image.devicePixelRatio()))
            it += 1
        block = block.next()
    return max(widths, default=0)


def test_pictures_are_fitted_again_when_the_viewer_gets_wider(window, qtbot, close_viewer):
    """The page is laid out before the viewer has its size on screen: when it grows, its
    pictures grow with it (up to their own pixels), at the same place in the page."""
    close_viewer(window)
    viewer = help_keys.show_help(window, "who-came")
    qtbot.waitExposed(viewer)
    viewer.resize(500, 480)
    qtbot.waitUntil(lambda: 0 < _widest_picture(viewer) < 400, timeout=3000)
    viewer.resize(1300, 700)
    qtbot.waitUntil(lambda: _widest_picture(viewer) >= 850, timeout=3000)
    assert viewer.page == "who-came"
    assert viewer.browser.horizontalScrollBar().maximum() == 0


def test_the_manual_follows_the_windows_language_and_text_size(
    qapp, qtbot, demo_path, tmp_path, close_viewer
):
    """English window: the English manual; a larger text size: larger text in the manual."""
    loaded = translations.install(qapp, "en")
    before = QApplication.font()
    try:
        text_size.apply(150)
        settings = Settings(QSettings(str(tmp_path / "en.ini"), QSettings.Format.IniFormat))
        window = MainWindow(open_database(demo_path), settings, today=DEMO_TODAY)
        qtbot.addWidget(window, before_close_func=discard_open_forms)
        close_viewer(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: not window.backups.busy, timeout=20_000)
        window.show_kind("week")
        press_f1(window.week_page.tree)
        viewer = viewer_of(window)
        assert viewer.folder.name == "en"
        assert viewer.browser.documentTitle() == "Record who came"
        assert viewer.browser.font().pointSizeF() == pytest.approx(
            text_size.font_for(150).pointSizeF()
        )
        assert viewer.browser.font().pointSizeF() > before.pointSizeF()
    finally:
        QApplication.setFont(before)
        for translator in loaded:
            qapp.removeTranslator(translator)


def test_the_screenshot_script_makes_the_pictures(tmp_path):
    """packaging/manual_screenshots.py on a folder of its own: the pictures asked for, as
    PNG no wider than 900 pixels, in the language asked for."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "manual_screenshots.py"),
            "--out",
            str(tmp_path / "shots"),
            "--lang",
            "en",
            "--only",
            "week,backups,activity",
        ],
        env=env,
        timeout=120,
        capture_output=True,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr.decode()
    made = sorted(p.name for p in (tmp_path / "shots" / "en").iterdir())
    assert made == ["activity.png", "backups.png", "week.png"]
    for name in made:
        image = QImage(str(tmp_path / "shots" / "en" / name))
        assert not image.isNull()
        assert 300 < image.width() <= 900
    assert not (tmp_path / "shots" / "nl").exists()


def test_f1_on_the_welcome_page_opens_getting_started(qtbot, settings, dutch, close_viewer):
    """First start, no file yet: F1 on the welcome page's first choice opens "start"."""
    welcome_page = pytest.importorskip("buurtapp.ui.welcome_page")
    window = MainWindow(None, settings, today=DEMO_TODAY)
    qtbot.addWidget(window)
    close_viewer(window)
    window.show()
    qtbot.waitExposed(window)
    page = welcome_page.show_welcome(window)
    focus = QApplication.focusWidget() or page
    assert page.isAncestorOf(focus)
    press_f1(focus)
    assert viewer_of(window).page == "start"


def test_f1_in_the_print_preview_opens_print_the_week(window, qtbot, close_viewer):
    """Ctrl+P shows the week programme's preview (Qt's own dialog, window-modal): F1 there
    opens "print the week"."""
    close_viewer(window)
    window.show_kind("week")
    preview = window.printing.print_document("week")
    qtbot.waitExposed(preview)
    press_f1(preview.focusWidget() or preview)
    assert viewer_of(window).page == "print"
    preview.reject()


def test_f1_in_a_question_that_blocks_every_window_opens_a_manual_that_can_be_read(
    window, qtbot, close_viewer
):
    """A question (QMessageBox.exec) or a file dialog blocks every other window, a shared
    viewer too: F1 there opens the page in a viewer of the question's own, which takes the
    keyboard (typing in its find field works) and goes with the question."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from buurtapp.ui.help_viewer import HelpViewer

    close_viewer(window)
    seen: dict[str, object] = {}

    def inside_the_question() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        QTest.keyClick(box, Qt.Key.Key_F1)
        viewer = box.findChild(HelpViewer)
        seen["viewer"] = viewer is not None
        if viewer is not None:
            seen["page"] = viewer.page
            seen["blocked"] = not viewer.isEnabled() or QApplication.activeModalWidget() is None
            QTest.keyClick(viewer.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClicks(viewer.find_field, "Enter")
            seen["typed"] = viewer.find_field.text()
            viewer.close()  # deleted on close: nothing of it may answer any more
        box.reject()

    window.show_kind("week")
    box = QMessageBox(QMessageBox.Icon.Question, "Vraag", "Doorgaan?", parent=window)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    QTimer.singleShot(200, inside_the_question)
    box.exec()
    assert seen.get("viewer") is True
    assert seen["page"] == "who-came"  # the question belongs to the week page
    assert seen["typed"] == "Enter"
    assert getattr(window, "_help_viewer", None) is None  # the shared viewer was not used
