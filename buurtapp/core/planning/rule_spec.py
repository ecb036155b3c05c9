"""The repeat patterns a coordinator picks, and the RRULE each one is.

The recurrence editor works on a :class:`RuleSpec` (plain choices) and this module turns it into
an RFC 5545 RRULE and back. Rules the editor cannot show (written by another tool) parse to
None, so the editor can keep them as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
ORDINALS = (1, 2, 3, 4, 5, -1)


@dataclass
class RuleSpec:
    """``kind`` is 'once', 'weekly' or 'monthly'.

    weekly: on ``weekdays`` every ``interval`` weeks (1 or 2).
    monthly: on the ``ordinals`` (1–5, -1 = last) ``weekdays[0]`` of the month.
    ``months``: (first, last) month numbers, wrapping round the new year, or None for all year.
    ``until``: the last day sessions may fall on, or None.
    """

    kind: str = "weekly"
    weekdays: list[str] = field(default_factory=lambda: ["TU"])
    interval: int = 1
    ordinals: list[int] = field(default_factory=lambda: [1])
    months: tuple[int, int] | None = None
    until: date | None = None

    def month_list(self) -> list[int]:
        if self.months is None:
            return []
        first, last = self.months
        span = (last - first) % 12
        return [((first - 1 + i) % 12) + 1 for i in range(span + 1)]

    def to_rrule(self) -> str | None:
        """The RRULE for this pattern, or None for a one-off activity."""
        if self.kind == "once":
            return None
        days = [d for d in WEEKDAYS if d in self.weekdays] or ["MO"]
        if self.kind == "weekly":
            parts = ["FREQ=WEEKLY"]
            if self.interval > 1:
                parts.append(f"INTERVAL={self.interval}")
            parts.append("BYDAY=" + ",".join(days))
        elif self.kind == "monthly":
            ordinals = [o for o in ORDINALS if o in self.ordinals] or [1]
            parts = ["FREQ=MONTHLY", "BYDAY=" + ",".join(f"{o}{days[0]}" for o in ordinals)]
        else:
            raise ValueError(f"unknown kind {self.kind!r}")
        months = self.month_list()
        if months and len(months) < 12:
            parts.append("BYMONTH=" + ",".join(str(m) for m in months))
        if self.until is not None:
            parts.append(f"UNTIL={self.until.strftime('%Y%m%d')}T235900")
        return ";".join(parts)


def _months(value: str) -> tuple[int, int] | None:
    months = [int(m) for m in value.split(",")]
    first, last = months[0], months[-1]
    expected = RuleSpec(months=(first, last)).month_list()
    if months != expected:
        raise ValueError("months are not one range")
    return first, last


def from_rrule(rule: str | None) -> RuleSpec | None:
    """The pattern behind ``rule``, or None when the editor cannot show it."""
    if not rule:
        return RuleSpec(kind="once")
    try:
        parts = dict(p.split("=", 1) for p in rule.removeprefix("RRULE:").split(";"))
    except ValueError:
        return None
    known = {"FREQ", "INTERVAL", "BYDAY", "BYMONTH", "WKST", "UNTIL"}
    if set(parts) - known or "BYDAY" not in parts:
        return None
    try:
        months = _months(parts["BYMONTH"]) if "BYMONTH" in parts else None
        interval = int(parts.get("INTERVAL", "1"))
        until = None
        if "UNTIL" in parts:
            text = parts["UNTIL"]
            until = date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None
    tokens = parts["BYDAY"].split(",")
    if parts.get("FREQ") == "WEEKLY" and interval in (1, 2):
        if all(t in WEEKDAYS for t in tokens):
            return RuleSpec("weekly", tokens, interval, [1], months, until)
        return None
    if parts.get("FREQ") == "MONTHLY" and interval == 1:
        days = {t[-2:] for t in tokens}
        try:
            ordinals = [int(t[:-2]) for t in tokens]
        except ValueError:
            return None
        if len(days) == 1 and days <= set(WEEKDAYS) and set(ordinals) <= set(ORDINALS):
            return RuleSpec("monthly", [days.pop()], 1, ordinals, months, until)
    return None
