"""The window also speaks English when asked."""

import pytest
from PySide6.QtCore import QLocale

from buurtapp.core.database import open_database
from buurtapp.ui import translations
from buurtapp.ui.labels import describe_rrule
from buurtapp.ui.main_window import MainWindow


@pytest.fixture
def english(qapp):
    loaded = translations.install(qapp, "en")
    yield
    for translator in loaded:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))


def test_english_window(qtbot, demo_path, english) -> None:
    win = MainWindow(open_database(demo_path))
    qtbot.addWidget(win)
    win.sidebar.setCurrentRow(2)
    assert win.sidebar.item(2).text() == "Participants"
    assert win.pages["participants"].count.text() == "300 records"
    assert win.menuBar().actions()[0].text() == "&File"


def test_rules_read_naturally_in_english(english) -> None:
    assert describe_rrule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU") == "every other week on Tuesday"
    assert describe_rrule("FREQ=MONTHLY;BYDAY=4SU,5SU") == (
        "every 4th Sunday and 5th Sunday of the month"
    )
    assert describe_rrule("FREQ=WEEKLY;BYDAY=MO;BYMONTH=9,10,11,12,1,2") == (
        "every week on Monday, only September to February"
    )
    assert describe_rrule(None) == "once"


def test_rules_read_naturally_in_dutch(qapp) -> None:
    loaded = translations.install(qapp, "nl")
    try:
        assert describe_rrule("FREQ=MONTHLY;BYDAY=-1FR") == "elke laatste vrijdag van de maand"
        assert describe_rrule("FREQ=MONTHLY;BYDAY=1MO") == "elke 1e maandag van de maand"
        assert describe_rrule("FREQ=WEEKLY;BYDAY=TU;BYMONTH=3,4,5,6,7,8,9,10") == (
            "elke week op dinsdag, alleen maart t/m oktober"
        )
        assert describe_rrule("FREQ=WEEKLY;BYDAY=TH;UNTIL=20260825T235900") == (
            "elke week op donderdag, tot 25-08-2026"
        )
    finally:
        for translator in loaded:
            qapp.removeTranslator(translator)
