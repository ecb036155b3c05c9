"""The columns of each list in the window: the record fields the registry marks as listed
(:mod:`buurtapp.core.model.fields`), plus counts and related names marked for translation here."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QCoreApplication

from buurtapp.core import formatting
from buurtapp.core.model.field_spec import FieldSpec
from buurtapp.core.model.fields import listed_fields
from buurtapp.qt_text import QT_TRANSLATE_NOOP
from buurtapp.reports.labels import describe_rrule, enum_label
from buurtapp.ui.fields import enum_key, field_text
from buurtapp.ui.record_model import Column

Show = Callable[[dict], str]


def _yes_no(key: str) -> Show:
    def show(row: dict) -> str:
        return QCoreApplication.translate("Columns", "yes") if row.get(key) else ""

    return show


def when(key: str) -> Show:
    """A stored date or date-time in the chosen language (core.formatting: 01-12-2026 10:00
    in Dutch). Only the text shown: the list still sorts by the stored ISO value."""

    def show(row: dict) -> str:
        return formatting.moment(row.get(key))

    return show


def _enum(field: str, key: str) -> Show:
    return lambda row: enum_label(field, row.get(key))


def _name(row: dict) -> str:
    if row.get("anonymised_on"):
        return QCoreApplication.translate("Columns", "(anonymised)")
    return row.get("name") or ""


#: Width of a field's column by its kind (the first column, the name, is wider).
_WIDTHS = {"phone": 110, "yes_no": 100, "choice": 130, "date": 100, "integer": 90, "rrule": 260}


def field_column(info: FieldSpec, first: bool = False) -> Column:
    """The list column of a registered field: its label as header, its value shown by kind."""
    show: Show | None = None
    if info.kind == "yes_no":
        show = _yes_no(info.name)
    elif info.kind in ("date", "datetime"):
        show = when(info.name)
    elif info.kind == "choice":
        show = _enum(enum_key(info), info.name)
    elif info.kind == "rrule":
        name = info.name
        show = lambda row: describe_rrule(row[name])  # noqa: E731
    elif first and info.table == "participants":
        show = _name
    width = 260 if first else _WIDTHS.get(info.kind, 200)
    # The header is the registry's label in the window's language when the columns are made
    # (Qt's lookup in the model then finds nothing more to translate).
    header = field_text(info.column_label or info.label)
    # Every text above but the name depends on the field's value alone: made once per value.
    per_value = show is not None and show is not _name
    return Column(info.name, header, show, width, info.kind == "integer", per_value)


#: Columns that are not fields of the record (counts, names of related records), each placed
#: after the listed field it follows.
_EXTRA: dict[str, list[tuple[str, Column]]] = {
    "initiatives": [
        ("status", Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), width=220)),
        (
            "status",
            Column("community_worker", QT_TRANSLATE_NOOP("Columns", "Community worker"), width=170),
        ),
        (
            "status",
            Column("activities", QT_TRANSLATE_NOOP("Columns", "Activities"), None, 90, True),
        ),
    ],
    "activities": [
        ("title", Column("initiative", QT_TRANSLATE_NOOP("Columns", "Initiative"), width=220)),
        ("rrule", Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), width=200)),
        (
            "rrule",
            Column(
                "next_session",
                QT_TRANSLATE_NOOP("Columns", "Next session"),
                when("next_session"),
                130,
                per_value=True,
            ),
        ),
    ],
    "places": [
        (
            "accessible",
            Column("activities", QT_TRANSLATE_NOOP("Columns", "Activities"), None, 90, True),
        ),
    ],
    "organisations": [
        (
            "kind",
            Column("initiatives", QT_TRANSLATE_NOOP("Columns", "Initiatives"), None, 100, True),
        ),
        ("kind", Column("people", QT_TRANSLATE_NOOP("Columns", "People"), None, 90, True)),
    ],
}


def _columns(table: str) -> list[Column]:
    """The registry's listed fields in its order, each followed by its extra columns."""
    found: list[Column] = []
    for n, info in enumerate(listed_fields(table)):
        found.append(field_column(info, first=n == 0))
        found.extend(column for after, column in _EXTRA.get(table, []) if after == info.name)
    return found


_TABLES = ("initiatives", "activities", "participants", "places", "organisations")


class _Columns(Mapping[str, list[Column]]):
    """Table -> its list columns, made when asked (when the window is built), so the headers
    taken from the registry are in the language chosen by then."""

    def __getitem__(self, table: str) -> list[Column]:
        if table not in _TABLES:
            raise KeyError(table)
        return _columns(table)

    def __iter__(self) -> Iterator[str]:
        return iter(_TABLES)

    def __len__(self) -> int:
        return len(_TABLES)


COLUMNS: Mapping[str, list[Column]] = _Columns()

PAGE_TITLES: dict[str, str] = {
    "initiatives": QT_TRANSLATE_NOOP("Pages", "Initiatives"),
    "activities": QT_TRANSLATE_NOOP("Pages", "Activities"),
    "participants": QT_TRANSLATE_NOOP("Pages", "Participants"),
    "places": QT_TRANSLATE_NOOP("Pages", "Places"),
    "organisations": QT_TRANSLATE_NOOP("Pages", "Organisations"),
}
