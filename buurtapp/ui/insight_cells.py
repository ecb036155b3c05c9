"""How a registry insight's detail table reads on the Inzichten page: headers, cells, rows.

The registry (:mod:`buurtapp.core.insights.registry`) says per column what a value is (a count,
a day, an amount…); this module turns that into text in the chosen language through
:mod:`buurtapp.core.formatting`, so no widget slices timestamps or picks a date pattern itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from buurtapp.core import formatting as fmt
from buurtapp.core.i18n import translate
from buurtapp.core.insights.entry import CellKind, Row
from buurtapp.core.insights.entry import Column as InsightColumn
from buurtapp.reports.labels import enum_label
from buurtapp.ui.record_model import Column

_RIGHT = {CellKind.COUNT, CellKind.DECIMAL, CellKind.PERCENT, CellKind.AMOUNT}


def _yes(value: Any) -> str:
    return QCoreApplication.translate("Columns", "yes") if value else ""


def _span(value: Any) -> str:
    if not value:
        return ""
    start, end = value
    return fmt.time_span(start, end)


_SHOW: dict[CellKind, Callable[[Any], str]] = {
    CellKind.TEXT: lambda v: "" if v is None else str(v),
    CellKind.COUNT: fmt.count,
    CellKind.DECIMAL: lambda v: "" if v is None else fmt.number(v, 1),
    CellKind.PERCENT: lambda v: "" if v is None else fmt.percent(v),
    CellKind.DAY: lambda v: fmt.day(v) if v else "",
    CellKind.MOMENT: lambda v: fmt.moment(v) if v else "",
    CellKind.TIME_SPAN: _span,
    CellKind.AMOUNT: fmt.amount,
    CellKind.YES: _yes,
    CellKind.OWNER_KINDS: lambda v: ", ".join(enum_label("owner_kind", k) for k in v or ()),
}


def cell_text(kind: CellKind, value: Any) -> str:
    """``value`` shown as a cell of ``kind`` in the chosen language."""
    return _SHOW[kind](value)


def table_columns(columns: Sequence[InsightColumn]) -> list[Column]:
    """The table columns of a registry insight (or of a detail table declared the same way).

    The header is the catalogue's text; a header the catalogue does not know yet still gets
    Qt's translation of it, as the table model translates headers in the "Columns" context.
    """

    def shown(column: InsightColumn) -> Callable[[dict], str]:
        return lambda row: cell_text(column.kind, row.get(column.key))

    return [Column(c.key, translate(c.label), shown(c), c.width, c.kind in _RIGHT) for c in columns]


def table_rows(rows: Sequence[Row]) -> list[dict]:
    """Registry rows as the table's dicts: the values plus the ``kind`` and ``id`` they open."""
    shaped = []
    for row in rows:
        values = dict(row.values)
        if row.record is not None:
            values["kind"], values["id"] = row.record
        shaped.append(values)
    return shaped
