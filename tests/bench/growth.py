"""``run.py --growth``: the figures at 1×, 3× and 10× the large demo, and how each grows.

Whole-process figures are taken above their floor (start minus the bare window): Python's and
Qt's own start-up is the same at every size and would make anything look constant. Verdicts
come from the exponent of a log-log fit over the three sizes (see ``table.verdict``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path

from tests.bench.table import Growth, Row, growth, render, render_growth

#: Figures whose growth is judged above their floor (a fixed process cost).
ABOVE_FLOOR = ("start on the",)


def _value(row: Row) -> float:
    if row.value is None:
        return math.nan
    if row.what.startswith(ABOVE_FLOOR) and row.floor_value is not None:
        return max(row.value - row.floor_value, 1e-4)
    return row.value


def _name(row: Row) -> str:
    what = row.what.split(" of the ")[0].split(" on the ")[0]
    if row.what.startswith(ABOVE_FLOOR):
        what += " (above the bare window)"
    return what


def run(
    names: Sequence[str],
    scales: Sequence[int],
    keep: Path,
    repeat: int,
    measure: Callable[..., list[Row]],
    machine: str,
) -> str:
    tables = []
    per_scale: list[list[Row]] = []
    for scale in scales:
        rows = measure(list(names), "large", scale, keep, repeat, grow=True)
        per_scale.append(rows)
        tables.append(render(rows, f"Large demo ×{scale}, medians of {repeat} run(s)"))
    items: list[Growth] = []
    for index, row in enumerate(per_scale[0]):
        values = [_value(rows[index]) if index < len(rows) else math.nan for rows in per_scale]
        items.append(growth(_name(row), scales, values))
    return "\n\n".join(
        [
            *tables,
            f"How each figure grows ({machine}):",
            render_growth(items, list(scales)),
        ]
    )
