"""Turning activities into sessions, up to a horizon, without ever losing what people did.

Planning only looks forward: its window runs from now to the end of the day ``until``.

- A session that started before now is history: it is never created, moved or deleted.
- A future session with anything recorded (attendance, walk-ins, notes, a cancellation, its
  own place) is kept exactly as it is, time and end included.
- A future session with nothing recorded that the rule no longer wants is *moved* (same id and
  uid, so an agenda that imported it updates the event instead of doubling it) to a wanted
  start that is missing: on the same day if there is one, else the nearest (within
  :data:`MAX_MOVE`). Only the sessions left over are deleted; the starts left over are added.
- Planning never puts two sessions of one activity on one day: a wanted start on a day that
  already has a kept session of the activity is not created (rules are at most daily, but
  ``BYHOUR=10,14`` could still ask for two a day; only the first counts).
- Sessions after the horizon are outside the window and left alone.
- A new duration applies to the future sessions planning manages (not to recorded ones).
- With ``move_recorded`` (the user chose to move them along), future sessions with something
  recorded follow the plan too: the ones the rule no longer wants are moved to a wanted start
  (same row, so attendance, notes, walk-ins, a cancellation and a place go with them) and the
  ones at a wanted start get the new end. One that finds no wanted start within
  :data:`MAX_MOVE` is kept where it is.

:func:`plan` works out what would happen without writing (a preview can show it);
:func:`apply` writes a plan; :func:`regenerate_in_transaction` does both.
"""

from __future__ import annotations

import heapq
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Literal

from buurtapp.core import clock
from buurtapp.core.errors import BuurtappError, ValidationError
from buurtapp.core.model.labels import field_label
from buurtapp.core.planning.recurrence import MAX_SESSIONS, from_text, parse_rrule, to_text
from buurtapp.core.storage.connection import Database

#: How far ahead sessions are planned when an activity is saved or imported.
PLANNING_DAYS = 182

#: A session is moved at most this far; further than that it is removed and a new one added
#: (a coffee morning in March should not turn up in December in someone's agenda).
MAX_MOVE = timedelta(days=31)

Action = Literal["add", "move", "resize", "remove", "keep"]


@dataclass(frozen=True)
class SessionStep:
    """What planning does (or leaves) for one session.

    ``add``: a new session (``session_id`` is None; ``uid`` is the uid it will get).
    ``move``: a session with nothing recorded goes to a new start (id and uid stay).
    ``resize``: a session stays at its start but ends at a new time (the duration changed).
    ``remove``: a session with nothing recorded that no wanted start was left for.
    ``keep``: a future session the rule no longer wants, kept because something was recorded.

    ``recorded`` names what a session holds (``attendance``, ``walk_ins``, ``notes``,
    ``cancelled``, ``place``); empty for a session with nothing recorded.
    """

    action: Action
    session_id: int | None
    uid: str
    starts_at: str | None
    ends_at: str | None
    new_starts_at: str | None = None
    new_ends_at: str | None = None
    recorded: tuple[str, ...] = ()


@dataclass
class ScheduleResult:
    """Counts (``kept`` = existing sessions that stayed at their start) and the steps."""

    added: int = 0
    moved: int = 0
    removed: int = 0
    kept: int = 0
    #: Of the kept sessions: how many got a new end time.
    resized: int = 0
    steps: list[SessionStep] = field(default_factory=list)

    def __iadd__(self, other: ScheduleResult) -> ScheduleResult:
        self.added += other.added
        self.moved += other.moved
        self.removed += other.removed
        self.kept += other.kept
        self.resized += other.resized
        self.steps.extend(other.steps)
        return self


@dataclass(frozen=True)
class Rule:
    """What planning needs of an activity (so a preview can try values not yet saved)."""

    rrule: str | None
    starts_at: str | None
    duration_minutes: Any = 120


def _end_of(day: date) -> datetime:
    return datetime.combine(day, time(23, 59))


def regenerate(
    database: Database,
    activity_id: int,
    until: date,
    now: datetime | None = None,
    move_recorded: bool = False,
) -> ScheduleResult:
    """Bring the future sessions of one activity in line with its rule, up to ``until``."""
    with database.atomic():
        return regenerate_in_transaction(
            database, activity_id, until, now or clock.now(), move_recorded
        )


def regenerate_all(database: Database, until: date, now: datetime | None = None) -> ScheduleResult:
    """Regenerate every activity (also ones another tool inserted) in one transaction."""
    total = ScheduleResult()
    moment = now or clock.now()
    with database.atomic():
        for row in database.query("SELECT id FROM activities ORDER BY id"):
            total += regenerate_in_transaction(database, row["id"], until, moment)
    return total


def regenerate_in_transaction(
    database: Database,
    activity_id: int,
    until: date,
    now: datetime,
    move_recorded: bool = False,
) -> ScheduleResult:
    """The work of :func:`regenerate`, for callers that already hold a transaction."""
    result = plan(database, activity_id, until, now, move_recorded=move_recorded)
    apply(database, activity_id, result)
    return result


def read_rule(database: Database, activity_id: int) -> Rule | None:
    """The stored rule of an activity; None when there is no such activity."""
    rows = database.query(
        "SELECT rrule, starts_at, duration_minutes FROM activities WHERE id = ?", (activity_id,)
    )
    if not rows:
        return None
    return Rule(rows[0]["rrule"], rows[0]["starts_at"], rows[0]["duration_minutes"])


def plan(
    database: Database,
    activity_id: int,
    until: date,
    now: datetime,
    rule: Rule | None = None,
    move_recorded: bool = False,
) -> ScheduleResult:
    """What planning would do for one activity, without writing anything.

    ``rule`` defaults to the stored one; pass another to preview a change before saving.
    ``move_recorded``: recorded future sessions follow the plan too (see the module).
    """
    rule = rule or read_rule(database, activity_id)
    existing = database.query(
        "SELECT s.id, s.uid, s.starts_at, s.ends_at, s.place_id, s.cancelled, s.walk_ins, "
        "s.notes, EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id) AS attended "
        "FROM sessions s WHERE s.activity_id = ? ORDER BY s.starts_at, s.id",
        (activity_id,),
    )
    if rule is None or not rule.starts_at:
        return ScheduleResult(kept=len(existing))
    now = now.replace(second=0, microsecond=0)
    now_text, end_text = to_text(now), to_text(_end_of(until))
    duration = _duration(database, activity_id, rule)
    wanted = _wanted(database, activity_id, rule, now, _end_of(until), duration)

    wanted_ends = {to_text(s): to_text(e) for s, e in wanted}
    free: list[dict[str, Any]] = []  # future sessions in the window with nothing recorded
    followers: list[dict[str, Any]] = []  # recorded ones to move along (``move_recorded``)
    kept_days: set[str] = set()
    result = ScheduleResult()
    for session in existing:
        start = session["starts_at"]
        in_window = now_text < start <= end_text
        if in_window and _movable(session):
            free.append(session)
            continue
        if in_window and move_recorded and start not in wanted_ends and _readable(session):
            followers.append(session)
            continue
        kept_days.add(start[:10])
        result.kept += 1
        if in_window and start not in wanted_ends:
            result.steps.append(_step("keep", session))  # news: the rule moved on without it
        elif in_window and move_recorded and session["ends_at"] != wanted_ends[start]:
            result.resized += 1
            result.steps.append(_step("resize", session, start, wanted_ends[start]))
    # One session a day: a day with a kept session gets no planned one.
    open_starts = {to_text(s): e for s, e in wanted if to_text(s)[:10] not in kept_days}
    if followers:  # recorded sessions get the first pick of the wanted starts
        follower_pairs = _pair(
            [(from_text(s["starts_at"]), i) for i, s in enumerate(followers)],
            sorted(from_text(s) for s in open_starts),
        )
        placed: set[int] = set()
        for index, start in follower_pairs:
            placed.add(index)
            new_start = to_text(start)
            new_end = to_text(open_starts.pop(new_start))
            result.steps.append(_step("move", followers[index], new_start, new_end))
        result.moved += len(follower_pairs)
        for index, session in enumerate(followers):
            if index in placed:
                continue
            result.kept += 1
            result.steps.append(_step("keep", session))  # no wanted start near enough
            day = session["starts_at"][:10]
            open_starts = {s: e for s, e in open_starts.items() if s[:10] != day}

    unwanted: list[dict[str, Any]] = []
    for session in free:
        end = open_starts.pop(session["starts_at"], None)
        if end is None:
            unwanted.append(session)
            continue
        result.kept += 1
        if session["ends_at"] != to_text(end):
            result.resized += 1
            result.steps.append(_step("resize", session, session["starts_at"], to_text(end)))
    missing = sorted(from_text(s) for s in open_starts)
    pairs = _pair([(from_text(s["starts_at"]), i) for i, s in enumerate(unwanted)], missing)
    moved_indexes: set[int] = set()
    for index, start in pairs:
        session = unwanted[index]
        moved_indexes.add(index)
        new_start = to_text(start)
        result.steps.append(_step("move", session, new_start, to_text(open_starts[new_start])))
        del open_starts[new_start]
    for index, session in enumerate(unwanted):
        if index not in moved_indexes:
            result.steps.append(_step("remove", session))
    for start_text, end in sorted(open_starts.items()):
        result.steps.append(
            SessionStep("add", None, str(uuid.uuid4()), None, None, start_text, to_text(end))
        )
    result.moved += len(pairs)
    result.removed = len(unwanted) - len(pairs)
    result.added = len(open_starts)
    result.steps.sort(key=lambda s: (s.new_starts_at or s.starts_at or "", s.action))
    return result


def apply(database: Database, activity_id: int, result: ScheduleResult) -> None:
    """Write the steps of a plan made by :func:`plan` (inside the caller's transaction)."""
    conn = database.conn
    steps: dict[str, list[SessionStep]] = defaultdict(list)
    for step in result.steps:
        steps[step.action].append(step)
    stamp = clock.utc_stamp()
    conn.executemany(
        "UPDATE sessions SET starts_at = ?, ends_at = ? WHERE id = ?",
        [(s.new_starts_at, s.new_ends_at, s.session_id) for s in steps["move"]],
    )
    conn.executemany(
        "UPDATE sessions SET ends_at = ? WHERE id = ?",
        [(s.new_ends_at, s.session_id) for s in steps["resize"]],
    )
    conn.executemany(
        "INSERT INTO sessions (uid, activity_id, starts_at, ends_at, changed_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [(s.uid, activity_id, s.new_starts_at, s.new_ends_at, stamp) for s in steps["add"]],
    )
    # Last, so a removed session's id is never handed to a new one in the same run.
    conn.executemany(
        "DELETE FROM sessions WHERE id = ? AND NOT EXISTS "
        "(SELECT 1 FROM attendance WHERE session_id = sessions.id)",
        [(s.session_id,) for s in steps["remove"]],
    )


def _recorded(session: dict[str, Any]) -> tuple[str, ...]:
    """What is recorded for a session, by name (empty: nothing)."""
    found = (
        ("attendance", bool(session["attended"])),
        ("walk_ins", bool(session["walk_ins"])),
        ("notes", bool(session["notes"])),
        ("cancelled", bool(session["cancelled"])),
        ("place", session["place_id"] is not None),
    )
    return tuple(name for name, present in found if present)


def _readable(session: dict[str, Any]) -> bool:
    try:
        from_text(str(session["starts_at"]))
    except ValueError:
        return False
    return True


def _movable(session: dict[str, Any]) -> bool:
    """Nothing recorded, and times planning can read: planning may move or delete it."""
    if _recorded(session):
        return False
    try:
        from_text(str(session["starts_at"]))
    except ValueError:
        return False  # a time another tool wrote that we cannot read: leave it be
    return True


def _step(
    action: Action,
    session: dict[str, Any],
    new_start: str | None = None,
    new_end: str | None = None,
) -> SessionStep:
    return SessionStep(
        action,
        session["id"],
        session["uid"],
        session["starts_at"],
        session["ends_at"],
        new_start,
        new_end,
        _recorded(session),
    )


def _cannot_plan(database: Database, activity_id: int, reason: BuurtappError) -> ValidationError:
    title = database.scalar("SELECT title FROM activities WHERE id = ?", (activity_id,))
    return ValidationError(
        "schedule_activity",
        field=reason.field,
        title=title if title is not None else activity_id,
        reason=reason,
    )


def _duration(database: Database, activity_id: int, rule: Rule) -> timedelta:
    value = rule.duration_minutes
    if value is None or value == "":  # another tool's empty cell: the column's default
        value = 120
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        label = field_label("duration_minutes")
        error = ValidationError("positive", field="duration_minutes", label=label)
        raise _cannot_plan(database, activity_id, error)
    return timedelta(minutes=min(value, 10**9))


def _wanted(
    database: Database,
    activity_id: int,
    rule: Rule,
    now: datetime,
    end: datetime,
    duration: timedelta,
) -> list[tuple[datetime, datetime]]:
    """(start, end) of the wanted sessions after ``now`` up to ``end``: one a day at most."""
    try:
        first = from_text(str(rule.starts_at))
    except ValueError:
        error = ValidationError(
            "bad_datetime",
            field="starts_at",
            label=field_label("starts_at"),
            value=rule.starts_at,
        )
        raise _cannot_plan(database, activity_id, error) from None
    if rule.rrule is None or not str(rule.rrule).strip():  # a one-off (also an empty cell)
        starts = iter([first] if first > now else [])
    else:
        try:
            starts = parse_rrule(rule.rrule, first).xafter(now, inc=False)
        except ValidationError as exc:
            raise _cannot_plan(database, activity_id, exc) from None
    wanted: list[tuple[datetime, datetime]] = []
    days: set[date] = set()
    try:
        for start in starts:
            if start > end or len(wanted) >= MAX_SESSIONS:
                break
            if start.date() in days:
                continue
            days.add(start.date())
            try:
                wanted.append((start, start + duration))
            except OverflowError:
                break  # ends after the year 9999
    except (ValueError, OverflowError):
        pass  # the rule runs past the year 9999
    return wanted


def _pair(
    unwanted: list[tuple[datetime, int]], missing: list[datetime]
) -> list[tuple[int, datetime]]:
    """Match sessions (start, index) to missing starts: same day first, then nearest first.

    Nearest first on a line: the closest session/start pair is always adjacent in time order,
    so a heap of adjacent pairs of a doubly linked list finds each next match. Pairs further
    apart than :data:`MAX_MOVE` are not made.
    """
    pairs: list[tuple[int, datetime]] = []
    by_day: dict[date, list[tuple[datetime, int]]] = defaultdict(list)
    for start, index in unwanted:
        by_day[start.date()].append((start, index))
    rest_missing: list[datetime] = []
    used: set[int] = set()
    for target in missing:
        same_day = by_day.get(target.date(), [])
        if not same_day:
            rest_missing.append(target)
            continue
        start, index = min(same_day, key=lambda c: (abs(c[0] - target), c[0]))
        same_day.remove((start, index))
        used.add(index)
        pairs.append((index, target))
    items: list[tuple[datetime, int, int]] = sorted(  # (moment, kind 0 session/1 start, ref)
        [(s, 0, i) for s, i in unwanted if i not in used]
        + [(m, 1, n) for n, m in enumerate(rest_missing)]
    )
    after = list(range(1, len(items) + 1))
    before = list(range(-1, len(items) - 1))
    gone = [False] * len(items)
    heap: list[tuple[timedelta, datetime, int, int]] = []

    def push(left: int, right: int) -> None:
        if left >= 0 and right < len(items) and items[left][1] != items[right][1]:
            heapq.heappush(heap, (items[right][0] - items[left][0], items[left][0], left, right))

    for position in range(len(items) - 1):
        push(position, position + 1)
    while heap:
        distance, _, left, right = heapq.heappop(heap)
        if distance > MAX_MOVE:
            break  # every pair still waiting is at least as far apart
        if gone[left] or gone[right] or after[left] != right:
            continue
        gone[left] = gone[right] = True
        mine, theirs = (left, right) if items[left][1] == 0 else (right, left)
        pairs.append((items[mine][2], items[theirs][0]))
        outer_left, outer_right = before[left], after[right]
        if outer_left >= 0:
            after[outer_left] = outer_right
        if outer_right < len(items):
            before[outer_right] = outer_left
        push(outer_left, outer_right)
    return pairs
