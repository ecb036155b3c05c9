"""Lesson 5 (generations meet): the share of held sessions where two or more age groups came.

Broader than the intergenerational sessions (young *and* senior): any mix of children, youth,
adults and seniors among the residents counts. Residents without a known age group are left
out; professionals do not count. This module plus its registry entry (and the translations) is
all it took to add this insight: the window, ``buurtapp insights`` and its JSON read the registry.
"""

from __future__ import annotations

from dataclasses import dataclass

from buurtapp.core.insights.entry import Context
from buurtapp.core.insights.period_attendance import IN_PERIOD, period_params


@dataclass(frozen=True)
class AgeMixLine:
    initiative_id: int
    name: str
    sessions: int
    mixed: int


@dataclass(frozen=True)
class AgeMix:
    sessions: int  # held sessions in the period that residents of a known age came to
    mixed: int  # of which with two or more age groups
    per_initiative: tuple[AgeMixLine, ...]

    @property
    def share(self) -> float:
        return self.mixed / self.sessions if self.sessions else 0.0


def age_mix(ctx: Context) -> AgeMix:
    """Per initiative and overall: held sessions with residents of two or more age groups."""
    rows = ctx.database.query(
        f"""SELECT i.id, i.name, count(*) AS sessions, sum(per.groups >= 2) AS mixed
            FROM (SELECT s.id, a.initiative_id, count(DISTINCT p.age_group) AS groups
                  FROM sessions s JOIN activities a ON a.id = s.activity_id
                  JOIN attendance t ON t.session_id = s.id
                  JOIN participants p ON p.id = t.participant_id
                  WHERE s.cancelled = 0 AND {IN_PERIOD}
                    AND p.is_worker = 0 AND p.age_group IS NOT NULL
                  GROUP BY s.id) per
            JOIN initiatives i ON i.id = per.initiative_id
            GROUP BY i.id ORDER BY mixed DESC, i.name COLLATE NOCASE, i.id""",
        period_params(ctx.first, ctx.last),
    )
    lines = tuple(AgeMixLine(r["id"], r["name"], r["sessions"], r["mixed"]) for r in rows)
    return AgeMix(sum(x.sessions for x in lines), sum(x.mixed for x in lines), lines)
