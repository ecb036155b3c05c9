"""The table models of the window's lists, in one place to import them from.

:class:`RecordTableModel` holds the rows as loaded and the text of every cell, made once;
:class:`RecordFilterProxy` shows the rows that match a filter, sorted by a column, as a plain
list of row numbers (the reasons, and the figures, are in :mod:`buurtapp.ui.record_filter`).
"""

from __future__ import annotations

from buurtapp.ui.record_filter import RecordFilterProxy
from buurtapp.ui.record_table import ROW_ROLE, SORT_ROLE, Index, RecordTableModel
from buurtapp.ui.table_column import Column, sort_key

__all__ = [
    "ROW_ROLE",
    "SORT_ROLE",
    "Column",
    "Index",
    "RecordFilterProxy",
    "RecordTableModel",
    "sort_key",
]
