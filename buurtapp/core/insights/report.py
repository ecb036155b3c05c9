"""All eight insights for one period and reference date, as the JSON object the command line
prints (and the Inzichten page shows), plus a readable summary in Dutch or English."""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from datetime import date
from typing import Any

from buurtapp.core.errors import BuurtappError
from buurtapp.core.insights import lessons as insights
from buurtapp.core.insights.period_attendance import PeriodAttendance, load
from buurtapp.core.storage.connection import Database, connect_readonly


def _sql_only(database: Database, first: date, last: date, on: date) -> dict[str, Any]:
    """The insights that are one SQL query each."""
    return {
        "ownership": [
            {
                "initiative_id": o.initiative_id,
                "owner_kinds": sorted(o.owner_kinds),
                "shared": o.shared,
            }
            for o in insights.ownership(database)
        ],
        "without_community_worker": insights.without_community_worker(database),
        "core_groups": [
            {"activity_id": a, "participant_ids": sorted(ids)}
            for a, ids in sorted(insights.core_groups(database, on).items())
            if ids
        ],
        "funding_running_out": insights.funding_running_out(database, on),
        "fallen_silent": insights.fallen_silent(database, on),
        "place_conflicts": [list(p) for p in insights.place_conflicts(database, first, last)],
    }


def _second_connection(database: Database) -> Database | None:
    if database.path is None:
        return None
    try:
        return Database(connect_readonly(database.path), database.path)
    except (BuurtappError, sqlite3.Error):
        return None


def compute(
    database: Database,
    first: date,
    last: date,
    on: date | None = None,
    data: PeriodAttendance | None = None,
) -> dict[str, Any]:
    """The insights with exactly the keys of the ``insights --json`` contract.

    The single-query insights run on a second, read-only connection in a thread while this
    one reads attendance and pairs people up: SQLite releases the GIL, so both cores work.
    """
    on = on or last
    other = _second_connection(database)
    with ThreadPoolExecutor(max_workers=1) as pool:
        simple = pool.submit(_sql_only, other or database, first, last, on) if other else None
        data = data or load(database, first, last)  # one scan of attendance, three insights
        bridge = insights.bridging(database, first, last, data=data)
        small = insights.small_initiatives(database, first, last, data=data)
        meeting = insights.intergenerational_sessions(database, first, last, data=data)
        rest = simple.result() if simple else _sql_only(database, first, last, on)
    if other is not None:
        other.conn.close()
    return {
        "small_initiatives": [asdict(s) for s in small],
        "ownership": rest["ownership"],
        "without_community_worker": rest["without_community_worker"],
        "bridging": {
            "pairs": bridge.pairs,
            "bridging_pairs": bridge.bridging_pairs,
            "new_bridging_pairs": bridge.new_bridging_pairs,
            "per_initiative": [asdict(p) for p in bridge.per_initiative if p.pairs],
        },
        "intergenerational_sessions": meeting,
        "core_groups": rest["core_groups"],
        "funding_running_out": rest["funding_running_out"],
        "fallen_silent": rest["fallen_silent"],
        "place_conflicts": rest["place_conflicts"],
    }


_LINES = {
    "nl": [
        "Inzichten van {first} t/m {last} (peildatum {on})",
        "Kleine parels (kneuterige initiatieven): {small}",
        "Actieve initiatieven met gedeeld eigenaarschap: {shared} van {active}",
        "Actieve initiatieven zonder opbouwwerker: {without}",
        "Contacten tussen bewoners: {pairs}, waarvan overbruggend: {bridging} (nieuw: {new})",
        "Bijeenkomsten waar jong en oud elkaar troffen: {intergenerational}",
        "Activiteiten met een vaste kern: {groups}",
        "Financiering die binnen 90 dagen afloopt zonder vervolg: {running_out}",
        "Stilgevallen initiatieven: {silent}",
        "Dubbele boekingen van plekken: {conflicts}",
    ],
    "en": [
        "Insights from {first} to {last} (reference date {on})",
        "Small gems (small-scale initiatives): {small}",
        "Active initiatives with shared ownership: {shared} of {active}",
        "Active initiatives without a community worker: {without}",
        "Contacts between residents: {pairs}, bridging: {bridging} (new: {new})",
        "Sessions where young and old met: {intergenerational}",
        "Activities with a core group: {groups}",
        "Funding ending within 90 days without a follow-up: {running_out}",
        "Initiatives that fell silent: {silent}",
        "Double bookings of places: {conflicts}",
    ],
}


def summary(result: dict[str, Any], first: date, last: date, on: date, language: str = "nl") -> str:
    """The same insights as readable lines."""
    values = {
        "first": first.isoformat(),
        "last": last.isoformat(),
        "on": on.isoformat(),
        "small": len(result["small_initiatives"]),
        "shared": sum(1 for o in result["ownership"] if o["shared"]),
        "active": len(result["ownership"]),
        "without": len(result["without_community_worker"]),
        "pairs": result["bridging"]["pairs"],
        "bridging": result["bridging"]["bridging_pairs"],
        "new": result["bridging"]["new_bridging_pairs"],
        "intergenerational": len(result["intergenerational_sessions"]),
        "groups": len(result["core_groups"]),
        "running_out": len(result["funding_running_out"]),
        "silent": len(result["fallen_silent"]),
        "conflicts": len(result["place_conflicts"]),
    }
    lines = [line.format(**values) for line in _LINES.get(language, _LINES["nl"])]
    for item in result["small_initiatives"][:10]:
        lines.append(f"  · {item['name']} ({item['sessions']}×, {item['participants']})")
    return "\n".join(lines)
