"""Figures, their medians, the printed table and the growth verdicts (no Qt, no processes)."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

#: The columns of the table, as issue 15 has them.
HEADER = ("what", "Buurtapp", "floor (or peer)", "ratio", "goal")


@dataclass(frozen=True)
class Row:
    """One line of the table: each figure beside its floor, measured in the same run."""

    what: str
    buurtapp: str
    floor: str
    ratio: str
    goal: str
    #: The main figure in seconds (for growth and for tests), None when not measured.
    value: float | None = None
    #: The floor in seconds, None when there is none.
    floor_value: float | None = None
    #: Something went wrong while measuring (a crash, a mismatch): said under the table.
    problem: str = ""


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


def seconds(value: float) -> str:
    """0.412 -> '412 ms'; 0.0123 -> '12.3 ms'; 2.5 -> '2.50 s' (the unit that reads best)."""
    if math.isnan(value):
        return "–"
    if value < 0.001:
        return f"{value * 1000:.2f} ms"
    if value < 1:
        return f"{value * 1000:.1f} ms" if value < 0.1 else f"{value * 1000:.0f} ms"
    return f"{value:.2f} s"


def ratio(value: float | None, floor: float | None) -> str:
    if value is None or floor is None or not floor or math.isnan(value) or math.isnan(floor):
        return "–"
    return f"{value / floor:.2f}×"


def render(rows: Sequence[Row], title: str) -> str:
    """A Markdown table (readable in a terminal, pasteable into README)."""
    cells = [HEADER, *((r.what, r.buurtapp, r.floor, r.ratio, r.goal) for r in rows)]
    widths = [max(len(c[i]) for c in cells) for i in range(len(HEADER))]

    def line(cell: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cell, widths, strict=True)) + " |"

    out = [title, "", line(HEADER), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(c) for c in cells[1:]]
    problems = [f"- {r.what}: {r.problem}" for r in rows if r.problem]
    if problems:
        out += ["", "Problems while measuring:", *problems]
    return "\n".join(out)


# -- growth ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Growth:
    """How one figure grows from 1× to 10× the data."""

    what: str
    values: tuple[float, ...]  # seconds at each scale
    factor: float  # value at the largest scale / value at 1×
    slope: float  # the exponent k of value ~ n**k (least squares on log-log)
    verdict: str


def slope(scales: Sequence[float], values: Sequence[float]) -> float:
    """The exponent ``k`` of ``value ~ scale**k``, fitted on log-log (least squares)."""
    points = [(math.log(s), math.log(v)) for s, v in zip(scales, values, strict=True) if v > 0]
    if len(points) < 2:
        return math.nan
    mx = statistics.fmean(p[0] for p in points)
    my = statistics.fmean(p[1] for p in points)
    num = sum((x - mx) * (y - my) for x, y in points)
    den = sum((x - mx) ** 2 for x, _ in points)
    return num / den if den else math.nan


def verdict(k: float) -> str:
    """Words for an exponent. n·log n from 20,000 to 200,000 rows is a factor of 12.3, an
    exponent of 1.09; so up to 1.15 is n·log n, above it worse."""
    if math.isnan(k):
        return "–"
    if k < 0.15:
        return "constant"
    if k < 0.6:
        return "~log n"
    if k < 1.03:
        return "~n"
    if k < 1.15:
        return "~n log n"
    return "worse than n log n"


def growth(what: str, scales: Sequence[float], values: Sequence[float]) -> Growth:
    k = slope(scales, values)
    first, last = values[0], values[-1]
    factor = last / first if first > 0 else math.nan
    return Growth(what, tuple(values), factor, k, verdict(k))


def render_growth(items: Sequence[Growth], scales: Sequence[int]) -> str:
    head = ("what", *(f"{s}×" for s in scales), f"1×→{scales[-1]}×", "grows")
    cells = [head]
    for g in items:
        cells.append(
            (
                g.what,
                *(seconds(v) for v in g.values),
                "–" if math.isnan(g.factor) else f"{g.factor:.1f}×",
                g.verdict,
            )
        )
    widths = [max(len(c[i]) for c in cells) for i in range(len(head))]

    def line(cell: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cell, widths, strict=True)) + " |"

    return "\n".join(
        [line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
        + [line(c) for c in cells[1:]]
    )
