"""The eight lessons' figures as frozen dataclasses, with the names the window shows beside them.

:mod:`lessons` computes the definitions of SCHEMA.md (ids and counts); the functions here call
them and add what a reader needs (names, dates, funders), so the registry hands the window, the
command line and the prints one typed value per insight and nobody shapes data again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from buurtapp.core.insights import lessons
from buurtapp.core.insights.details import names
from buurtapp.core.insights.entry import Context
from buurtapp.core.insights.lessons import SmallInitiative
from buurtapp.core.storage.connection import Database

#: At most this many place conflicts are described (all are counted).
CONFLICTS_SHOWN = 500


@dataclass(frozen=True)
class Named:
    id: int
    name: str


@dataclass(frozen=True)
class NamedCount:
    id: int
    name: str
    count: int


@dataclass(frozen=True)
class SmallGems:
    items: tuple[SmallInitiative, ...]


@dataclass(frozen=True)
class Owners:
    initiative_id: int
    name: str
    owner_kinds: tuple[str, ...]
    shared: bool


@dataclass(frozen=True)
class OwnershipFigure:
    items: tuple[Owners, ...]

    @property
    def shared(self) -> int:
        return sum(1 for item in self.items if item.shared)


@dataclass(frozen=True)
class WithoutWorker:
    initiatives: tuple[Named, ...]


@dataclass(frozen=True)
class BridgingLine:
    initiative_id: int
    name: str
    pairs: int
    bridging_pairs: int


@dataclass(frozen=True)
class BridgingFigure:
    pairs: int
    bridging_pairs: int
    new_bridging_pairs: int
    per_initiative: tuple[BridgingLine, ...]


@dataclass(frozen=True)
class Intergenerational:
    sessions: tuple[int, ...]
    per_initiative: tuple[NamedCount, ...]


@dataclass(frozen=True)
class CoreGroup:
    activity_id: int
    title: str
    participant_ids: tuple[int, ...]


@dataclass(frozen=True)
class CoreGroups:
    groups: tuple[CoreGroup, ...]


@dataclass(frozen=True)
class FundingEnd:
    id: int
    initiative_id: int
    initiative: str
    funder: str
    ends_on: date | None
    amount_cents: int | None


@dataclass(frozen=True)
class RunningOut:
    fundings: tuple[FundingEnd, ...]  # by funding id


@dataclass(frozen=True)
class Silent:
    id: int
    name: str
    last_met: date | None


@dataclass(frozen=True)
class FallenSilent:
    initiatives: tuple[Silent, ...]


@dataclass(frozen=True)
class BookedSession:
    id: int
    title: str
    initiative_id: int
    starts_at: str  # YYYY-MM-DDTHH:MM
    ends_at: str


@dataclass(frozen=True)
class Conflict:
    place: str
    first: BookedSession
    second: BookedSession


@dataclass(frozen=True)
class PlaceConflicts:
    pairs: tuple[tuple[int, int], ...]
    shown: tuple[Conflict, ...]  # the first CONFLICTS_SHOWN pairs, described


def _initiative_names(database: Database, ids: list[int]) -> dict[int, str]:
    return names(database, "initiatives", sorted(set(ids)))


def small_gems(ctx: Context) -> SmallGems:
    return SmallGems(
        tuple(lessons.small_initiatives(ctx.database, ctx.first, ctx.last, data=ctx.attendance))
    )


def ownership(ctx: Context) -> OwnershipFigure:
    found = lessons.ownership(ctx.database)
    known = _initiative_names(ctx.database, [o.initiative_id for o in found])
    return OwnershipFigure(
        tuple(
            Owners(o.initiative_id, known.get(o.initiative_id, ""), tuple(o.owner_kinds), o.shared)
            for o in found
        )
    )


def without_worker(ctx: Context) -> WithoutWorker:
    ids = lessons.without_community_worker(ctx.database)
    known = _initiative_names(ctx.database, ids)
    return WithoutWorker(tuple(Named(i, known.get(i, "")) for i in ids))


def bridging(ctx: Context) -> BridgingFigure:
    found = lessons.bridging(ctx.database, ctx.first, ctx.last, data=ctx.attendance)
    lines = [p for p in found.per_initiative if p.pairs]
    known = _initiative_names(ctx.database, [p.initiative_id for p in lines])
    return BridgingFigure(
        found.pairs,
        found.bridging_pairs,
        found.new_bridging_pairs,
        tuple(
            BridgingLine(p.initiative_id, known.get(p.initiative_id, ""), p.pairs, p.bridging_pairs)
            for p in lines
        ),
    )


def intergenerational(ctx: Context) -> Intergenerational:
    ids = lessons.intergenerational_sessions(ctx.database, ctx.first, ctx.last, data=ctx.attendance)
    wanted = set(ids)
    counts: dict[int, int] = {}
    for held in ctx.attendance.sessions:
        if held.session in wanted:
            counts[held.initiative] = counts.get(held.initiative, 0) + 1
    known = _initiative_names(ctx.database, list(counts))
    per = sorted(
        (NamedCount(i, known.get(i, ""), n) for i, n in counts.items()),
        key=lambda c: (-c.count, c.name.casefold(), c.id),
    )
    return Intergenerational(tuple(ids), tuple(per))


def core_groups(ctx: Context) -> CoreGroups:
    groups = sorted(lessons.core_groups(ctx.database, ctx.on).items())
    titles = names(ctx.database, "activities", [a for a, _ in groups])
    return CoreGroups(
        tuple(CoreGroup(a, titles.get(a, ""), tuple(sorted(ids))) for a, ids in groups if ids)
    )


def running_out(ctx: Context) -> RunningOut:
    ids = lessons.funding_running_out(ctx.database, ctx.on)
    if not ids:
        return RunningOut(())
    marks = ", ".join("?" for _ in ids)
    rows = {
        r["id"]: r
        for r in ctx.database.query(
            f"""SELECT f.id, f.initiative_id, i.name AS initiative, o.name AS funder,
                    f.amount_cents, f.ends_on
                FROM fundings f JOIN initiatives i ON i.id = f.initiative_id
                LEFT JOIN organisations o ON o.id = f.organisation_id
                WHERE f.id IN ({marks})""",
            tuple(ids),
        )
    }
    return RunningOut(
        tuple(
            FundingEnd(
                i,
                rows[i]["initiative_id"],
                rows[i]["initiative"] or "",
                rows[i]["funder"] or "",
                date.fromisoformat(rows[i]["ends_on"]) if rows[i]["ends_on"] else None,
                rows[i]["amount_cents"],
            )
            for i in ids
        )
    )


def fallen_silent(ctx: Context) -> FallenSilent:
    ids = lessons.fallen_silent(ctx.database, ctx.on)
    if not ids:
        return FallenSilent(())
    known = _initiative_names(ctx.database, ids)
    marks = ", ".join("?" for _ in ids)
    last = dict(
        ctx.database.conn.execute(
            f"""SELECT a.initiative_id, max(date(s.starts_at)) FROM sessions s
                JOIN activities a ON a.id = s.activity_id
                WHERE s.cancelled = 0 AND a.initiative_id IN ({marks}) AND s.starts_at < ?
                GROUP BY a.initiative_id""",
            (*ids, (ctx.on + timedelta(days=1)).isoformat()),
        ).fetchall()
    )
    return FallenSilent(
        tuple(
            Silent(i, known.get(i, ""), date.fromisoformat(last[i]) if last.get(i) else None)
            for i in ids
        )
    )


def place_conflicts(ctx: Context) -> PlaceConflicts:
    pairs = tuple(lessons.place_conflicts(ctx.database, ctx.first, ctx.last))
    shown = pairs[:CONFLICTS_SHOWN]
    ids = sorted({i for pair in shown for i in pair})
    sessions: dict[int, BookedSession] = {}
    places: dict[int, str] = {}
    for chunk in range(0, len(ids), 900):
        part = ids[chunk : chunk + 900]
        marks = ", ".join("?" for _ in part)
        for r in ctx.database.query(
            f"""SELECT s.id, s.starts_at, s.ends_at, a.title, a.initiative_id,
                    pl.name AS place FROM sessions s JOIN activities a ON a.id = s.activity_id
                LEFT JOIN places pl ON pl.id = coalesce(s.place_id, a.place_id)
                WHERE s.id IN ({marks})""",
            tuple(part),
        ):
            sessions[r["id"]] = BookedSession(
                r["id"], r["title"] or "", r["initiative_id"], r["starts_at"], r["ends_at"]
            )
            places[r["id"]] = r["place"] or ""
    return PlaceConflicts(
        pairs, tuple(Conflict(places[a], sessions[a], sessions[b]) for a, b in shown)
    )
