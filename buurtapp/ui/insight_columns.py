"""The columns of the tables on the Inzichten page (headers marked for translation)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from buurtapp.qt_text import QT_TRANSLATE_NOOP
from buurtapp.ui.columns import when
from buurtapp.ui.record_model import Column


def _yes(row: dict) -> str:
    return QCoreApplication.translate("Columns", "yes") if row.get("shared") else ""


TABLES = {
    "ownership": [
        Column("name", QT_TRANSLATE_NOOP("Columns", "Initiative"), width=300),
        Column("owners", QT_TRANSLATE_NOOP("Columns", "Owned by"), width=320),
        Column("shared", QT_TRANSLATE_NOOP("Columns", "Shared"), _yes, 80),
    ],
    "workload": [
        Column("name", QT_TRANSLATE_NOOP("Columns", "Community worker"), width=240),
        Column("active", QT_TRANSLATE_NOOP("Columns", "Active initiatives"), None, 140, True),
        Column("initiatives", QT_TRANSLATE_NOOP("Columns", "Initiatives"), None, 100, True),
    ],
    "without_worker": [Column("name", QT_TRANSLATE_NOOP("Columns", "Initiative"), width=360)],
    "meeting": [
        Column("name", QT_TRANSLATE_NOOP("Columns", "Initiative"), width=300),
        Column("pairs", QT_TRANSLATE_NOOP("Columns", "Contacts"), None, 100, True),
        Column("bridging_pairs", QT_TRANSLATE_NOOP("Columns", "Bridging"), None, 100, True),
        Column("intergenerational", QT_TRANSLATE_NOOP("Columns", "Young and old"), None, 120, True),
    ],
    "running_out": [
        Column("initiative", QT_TRANSLATE_NOOP("Columns", "Initiative"), width=260),
        Column("funder", QT_TRANSLATE_NOOP("Columns", "Funder"), width=180),
        Column("ends_on", QT_TRANSLATE_NOOP("Columns", "Until"), when("ends_on"), 100),
        Column("amount", QT_TRANSLATE_NOOP("Columns", "Amount (€)"), None, 100, True),
    ],
    "silent": [
        Column("name", QT_TRANSLATE_NOOP("Columns", "Initiative"), width=300),
        Column("last", QT_TRANSLATE_NOOP("Columns", "Last met"), when("last"), 140),
    ],
    "places": [
        Column("name", QT_TRANSLATE_NOOP("Columns", "Place"), width=260),
        Column("neighbourhood", QT_TRANSLATE_NOOP("Columns", "Neighbourhood"), width=140),
        Column("sessions", QT_TRANSLATE_NOOP("Columns", "Sessions"), None, 100, True),
        Column("hours_per_week", QT_TRANSLATE_NOOP("Columns", "Hours a week"), None, 110, True),
    ],
    "conflicts": [
        Column("when", QT_TRANSLATE_NOOP("Columns", "When"), width=150),
        Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), width=200),
        Column("first", QT_TRANSLATE_NOOP("Columns", "Activity"), width=200),
        Column("second", QT_TRANSLATE_NOOP("Columns", "Overlaps with"), width=200),
    ],
    "without_place": [
        Column("neighbourhood", QT_TRANSLATE_NOOP("Columns", "Neighbourhood"), width=200),
        Column(
            "residents", QT_TRANSLATE_NOOP("Columns", "Residents who take part"), None, 200, True
        ),
    ],
}
