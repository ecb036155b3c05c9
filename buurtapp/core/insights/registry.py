"""The insight registry: one entry per figure, read by the window, the command line and prints.

Adding an insight = its computing function (returning a frozen dataclass), one entry below and
its translations. The Inzichten page, ``buurtapp insights`` (text and ``--json``) and anything
printed list :func:`entries` in this order; the JSON keys are the entry keys. Append a new
entry at the end: the order of ``--json`` is a contract other tools read (the page groups
entries by lesson anyway), and ``tests/core/test_insights.py`` spells out the empty result.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from buurtapp.core.i18n import N_, _
from buurtapp.core.insights import figures as f
from buurtapp.core.insights.age_mix import AgeMix, age_mix
from buurtapp.core.insights.entry import CellKind, Column, Insight, Row

C = CellKind
INITIATIVE = N_("Initiative")


def _initiative(i: int) -> tuple[str, int]:
    return ("initiatives", i)


def _line(text: str, lang: str | None, **values: Any) -> str:
    return _(text, lang).format(**values)


_ENTRIES: list[Insight[Any]] = [
    Insight[f.SmallGems](
        key="small_initiatives",
        lesson=4,
        title=N_("Small gems"),
        explanation=N_(
            "Active initiatives led by residents that 1 to 15 people came to, the most regular "
            "first: small is beautiful, never ranked by reach."
        ),
        compute=f.small_gems,
        summary=lambda r, lang: _line(
            N_("Small gems (small-scale initiatives): {small}"), lang, small=len(r.items)
        ),
        to_json=lambda r: [asdict(s) for s in r.items],
        columns=(
            Column("name", INITIATIVE, width=280),
            Column("sessions", N_("Times met"), C.COUNT, 100),
            Column("participants", N_("People"), C.COUNT, 100),
        ),
        rows=lambda r: [Row(asdict(s), _initiative(s.id)) for s in r.items],
        uses_attendance=True,
        cost=30,
    ),
    Insight[f.OwnershipFigure](
        key="ownership",
        lesson=6,
        title=N_("Shared ownership"),
        explanation=N_(
            "Who owns each active initiative; shared when residents own it together with the "
            "municipality or a civil-society organisation."
        ),
        compute=f.ownership,
        summary=lambda r, lang: _line(
            N_("Active initiatives with shared ownership: {shared} of {active}"),
            lang,
            shared=r.shared,
            active=len(r.items),
        ),
        to_json=lambda r: [
            {
                "initiative_id": o.initiative_id,
                "owner_kinds": list(o.owner_kinds),
                "shared": o.shared,
            }
            for o in r.items
        ],
        columns=(
            Column("name", INITIATIVE, width=280),
            Column("owner_kinds", N_("Owned by"), C.OWNER_KINDS, 300),
            Column("shared", N_("Shared"), C.YES, 80),
        ),
        rows=lambda r: [Row(asdict(o), _initiative(o.initiative_id)) for o in r.items],
        cost=10,
    ),
    Insight[f.WithoutWorker](
        key="without_community_worker",
        lesson=2,
        title=N_("Without a community worker"),
        explanation=N_("Active initiatives that no professional community worker supports."),
        compute=f.without_worker,
        summary=lambda r, lang: _line(
            N_("Active initiatives without a community worker: {without}"),
            lang,
            without=len(r.initiatives),
        ),
        to_json=lambda r: [i.id for i in r.initiatives],
        columns=(Column("name", INITIATIVE, width=360),),
        rows=lambda r: [Row(asdict(i), _initiative(i.id)) for i in r.initiatives],
        cost=2,
    ),
    Insight[f.BridgingFigure](
        key="bridging",
        lesson=3,
        title=N_("Bridging contacts"),
        explanation=N_(
            "Residents who met at a session; bridging when they live in other neighbourhoods "
            "or belong to other circles; new when they had never met before the period."
        ),
        compute=f.bridging,
        summary=lambda r, lang: _line(
            N_("Contacts between residents: {pairs}, bridging: {bridging} (new: {new})"),
            lang,
            pairs=r.pairs,
            bridging=r.bridging_pairs,
            new=r.new_bridging_pairs,
        ),
        to_json=lambda r: {
            "pairs": r.pairs,
            "bridging_pairs": r.bridging_pairs,
            "new_bridging_pairs": r.new_bridging_pairs,
            "per_initiative": [
                {
                    "initiative_id": p.initiative_id,
                    "pairs": p.pairs,
                    "bridging_pairs": p.bridging_pairs,
                }
                for p in r.per_initiative
            ],
        },
        columns=(
            Column("name", INITIATIVE, width=280),
            Column("pairs", N_("Contacts"), C.COUNT, 100),
            Column("bridging_pairs", N_("Bridging"), C.COUNT, 100),
        ),
        rows=lambda r: [Row(asdict(p), _initiative(p.initiative_id)) for p in r.per_initiative],
        uses_attendance=True,
        cost=410,
    ),
    Insight[f.Intergenerational](
        key="intergenerational_sessions",
        lesson=5,
        title=N_("Young and old meet"),
        explanation=N_("Sessions that a child or youth and a senior both came to."),
        compute=f.intergenerational,
        summary=lambda r, lang: _line(
            N_("Sessions where young and old met: {intergenerational}"),
            lang,
            intergenerational=len(r.sessions),
        ),
        to_json=lambda r: list(r.sessions),
        columns=(
            Column("name", INITIATIVE, width=280),
            Column("count", N_("Sessions"), C.COUNT, 100),
        ),
        rows=lambda r: [Row(asdict(c), _initiative(c.id)) for c in r.per_initiative],
        uses_attendance=True,
        cost=13,
    ),
    Insight[f.CoreGroups](
        key="core_groups",
        lesson=7,
        title=N_("Core groups"),
        explanation=N_(
            "Per activity, the people who came to at least half of its sessions (and at least "
            "three) in the twelve weeks up to the reference date."
        ),
        compute=f.core_groups,
        summary=lambda r, lang: _line(
            N_("Activities with a core group: {groups}"), lang, groups=len(r.groups)
        ),
        to_json=lambda r: [
            {"activity_id": g.activity_id, "participant_ids": list(g.participant_ids)}
            for g in r.groups
        ],
        columns=(
            Column("title", N_("Activity"), width=280),
            Column("size", N_("People in the core group"), C.COUNT, 160),
        ),
        rows=lambda r: [
            Row({"title": g.title, "size": len(g.participant_ids)}, ("activities", g.activity_id))
            for g in r.groups
        ],
        cost=90,
    ),
    Insight[f.RunningOut](
        key="funding_running_out",
        lesson=8,
        title=N_("Funding running out"),
        explanation=N_(
            "Granted funding that ends within 90 days of the reference date with no follow-up."
        ),
        compute=f.running_out,
        summary=lambda r, lang: _line(
            N_("Funding ending within 90 days without a follow-up: {running_out}"),
            lang,
            running_out=len(r.fundings),
        ),
        to_json=lambda r: [x.id for x in r.fundings],
        columns=(
            Column("initiative", INITIATIVE, width=260),
            Column("funder", N_("Funder"), width=180),
            Column("ends_on", N_("Until"), C.DAY, 110),
            Column("amount_cents", N_("Amount"), C.AMOUNT, 110),
        ),
        rows=lambda r: [
            Row(asdict(x), _initiative(x.initiative_id))
            for x in sorted(r.fundings, key=lambda x: (x.ends_on or date.max, x.initiative))
        ],
        cost=2,
    ),
    Insight[f.FallenSilent](
        key="fallen_silent",
        lesson=8,
        title=N_("Fallen silent"),
        explanation=N_("Active initiatives that met before, but not in the last eight weeks."),
        compute=f.fallen_silent,
        summary=lambda r, lang: _line(
            N_("Initiatives that fell silent: {silent}"), lang, silent=len(r.initiatives)
        ),
        to_json=lambda r: [i.id for i in r.initiatives],
        columns=(
            Column("name", INITIATIVE, width=300),
            Column("last_met", N_("Last met"), C.DAY, 140),
        ),
        rows=lambda r: [Row(asdict(i), _initiative(i.id)) for i in r.initiatives],
        cost=10,
    ),
    Insight[f.PlaceConflicts](
        key="place_conflicts",
        lesson=1,
        title=N_("Double bookings"),
        explanation=N_("Sessions of different activities at one place at overlapping times."),
        compute=f.place_conflicts,
        summary=lambda r, lang: _line(
            N_("Double bookings of places: {conflicts}"), lang, conflicts=len(r.pairs)
        ),
        to_json=lambda r: [list(p) for p in r.pairs],
        columns=(
            Column("when", N_("When"), C.DAY, 110),
            Column("place", N_("Place"), width=180),
            Column("first", N_("Activity"), width=200),
            Column("first_time", N_("Time"), C.TIME_SPAN, 110),
            Column("second", N_("Overlaps with"), width=200),
            Column("second_time", N_("Time"), C.TIME_SPAN, 110),
        ),
        rows=lambda r: [
            Row(
                {
                    "when": c.first.starts_at,
                    "place": c.place,
                    "first": c.first.title,
                    "first_time": (c.first.starts_at, c.first.ends_at),
                    "second": c.second.title,
                    "second_time": (c.second.starts_at, c.second.ends_at),
                },
                _initiative(c.first.initiative_id),
            )
            for c in r.shown
        ],
        cost=95,
    ),
    Insight[AgeMix](
        key="age_mix",
        lesson=5,
        title=N_("Generations mixed"),
        explanation=N_(
            "The share of sessions where residents of two or more age groups came together."
        ),
        compute=age_mix,
        summary=lambda r, lang: _line(
            N_("Sessions with two or more age groups: {mixed} of {sessions}"),
            lang,
            mixed=r.mixed,
            sessions=r.sessions,
        ),
        to_json=lambda r: {"sessions": r.sessions, "mixed": r.mixed},
        columns=(
            Column("name", INITIATIVE, width=280),
            Column("sessions", N_("Sessions"), C.COUNT, 100),
            Column("mixed", N_("Two or more age groups"), C.COUNT, 180),
            Column("share", N_("Share"), C.PERCENT, 80),
        ),
        rows=lambda r: [
            Row({**asdict(x), "share": x.mixed / x.sessions}, _initiative(x.initiative_id))
            for x in r.per_initiative
        ],
        cost=210,
    ),
]


def entries() -> tuple[Insight[Any], ...]:
    """Every registered insight, in the order they are shown and written."""
    return tuple(_ENTRIES)


def entry(key: str) -> Insight[Any]:
    for found in _ENTRIES:
        if found.key == key:
            return found
    raise KeyError(key)


def register(insight: Insight[Any]) -> None:
    """Add an insight (after the others); its key must be new."""
    if any(e.key == insight.key for e in _ENTRIES):
        raise ValueError(f"an insight {insight.key!r} is registered already")
    _ENTRIES.append(insight)


def unregister(key: str) -> None:
    """Remove an insight (tests register one for a while)."""
    _ENTRIES[:] = [e for e in _ENTRIES if e.key != key]
