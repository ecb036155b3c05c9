"""The window also speaks English, and switching language keeps the data and the undo."""

import pytest
from PySide6.QtCore import QLocale

from buurtapp.core import i18n
from buurtapp.core.storage.database import open_database
from buurtapp.reports.labels import describe_rrule
from buurtapp.ui import translations
from buurtapp.ui.app import Application
from buurtapp.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY


@pytest.fixture
def english(qapp):
    loaded = translations.install(qapp, "en")
    yield
    for translator in loaded:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    i18n.set_language("nl")  # the core's texts follow the window's language: back to Dutch


def test_english_window(qtbot, demo_path, settings, english) -> None:
    win = MainWindow(open_database(demo_path), settings, today=DEMO_TODAY)
    qtbot.addWidget(win)
    win.show_kind("participants")
    assert win.sidebar.item(0).text() == "This week"
    assert win.pages["participants"].count.text() == "300 records"
    assert [a.text() for a in win.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]


def test_rules_read_naturally_in_english(english) -> None:
    assert describe_rrule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU") == "every other week on Tuesday"
    assert describe_rrule("FREQ=MONTHLY;BYDAY=4SU,5SU") == (
        "every 4th and 5th Sunday of the month"
    )
    assert describe_rrule("FREQ=WEEKLY;BYDAY=MO;BYMONTH=9,10,11,12,1,2") == (
        "every week on Monday, only September to February"
    )
    assert describe_rrule(None) == "once"


def test_rules_read_naturally_in_dutch(dutch) -> None:
    assert describe_rrule("FREQ=MONTHLY;BYDAY=-1FR") == "elke laatste vrijdag van de maand"
    assert describe_rrule("FREQ=MONTHLY;BYDAY=1MO") == "elke 1e maandag van de maand"
    assert describe_rrule("FREQ=WEEKLY;BYDAY=TU;BYMONTH=3,4,5,6,7,8,9,10") == (
        "elke week op dinsdag, alleen maart t/m oktober"
    )
    assert describe_rrule("FREQ=WEEKLY;BYDAY=TH;UNTIL=20260825T235900") == (
        "elke week op donderdag, tot 25-08-2026"
    )


def test_switching_language_keeps_data_and_undo(
    qapp, qtbot, demo_path, settings, monkeypatch
) -> None:
    monkeypatch.delenv("BUURTAPP_LANG", raising=False)
    settings.language = "nl"
    application = Application(qapp, settings)
    try:
        window = application.window
        qtbot.addWidget(window)
        window.set_database(open_database(demo_path))
        workspace = window.workspace
        window.show_kind("places")
        page = window.pages["places"]
        page.select_id(1)
        from buurtapp.core import operations as ops
        from buurtapp.core.model.repository import Repositories

        place = Repositories(workspace.database).places.get(1)
        place.capacity = 99
        workspace.run(ops.save, place)
        assert window.sidebar.item(0).text() == "Deze week"

        window.findChild(type(window.actions_["quit"]), "action_language_en").trigger()
        english = application.window
        qtbot.addWidget(english)
        assert english is not window
        assert english.workspace is workspace  # same open file
        assert english.sidebar.item(0).text() == "This week"
        assert settings.language == "en"
        assert english.actions_["undo"].isEnabled()
        english.actions_["undo"].trigger()
        assert Repositories(workspace.database).places.get(1).capacity != 99

        english.findChild(type(english.actions_["quit"]), "action_language_nl").trigger()
        assert application.window.sidebar.item(0).text() == "Deze week"
    finally:
        for translator in application.translators:
            qapp.removeTranslator(translator)
        application.window.close()
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
