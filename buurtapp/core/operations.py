"""The named data operations of the window, each one transaction returning a :class:`Change`.

The window calls these and nothing else to change data; the returned change tells it what
to refresh and lets it undo and redo exactly (see :mod:`buurtapp.core.model.changes`).
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from buurtapp.core import clock
from buurtapp.core.errors import BuurtappError
from buurtapp.core.model import records as r
from buurtapp.core.model.attendance import set_attendance as mark_attendance
from buurtapp.core.model.changes import Change, Recorder
from buurtapp.core.model.repository import Repository
from buurtapp.core.planning.schedule import PLANNING_DAYS, regenerate_in_transaction
from buurtapp.core.privacy import deletion
from buurtapp.core.storage.connection import Database

if TYPE_CHECKING:
    from buurtapp.core.exchange.importing import ImportPlan


def _watch_record(rec: Recorder, table: str, record_id: int) -> None:
    rec.watch(table, "id = ?", (record_id,))


def save(
    database: Database,
    record: r.Record,
    now: datetime | None = None,
    move_recorded: bool = False,
) -> Change:
    """Create or update ``record``; an activity's sessions are planned again right away.

    ``move_recorded``: future sessions with something recorded follow the new plan too (the
    user chose so in the preview; see :func:`buurtapp.core.planning.schedule.plan`).
    """
    table = r.TABLE_OF[type(record)]
    # One repository for whichever record type this is: Any, since T takes no unions.
    repo: Repository[Any] = Repository(database, cast("type[Any]", type(record)))
    creating = record.id is None
    rec = Recorder(database, f"{'create' if creating else 'update'}:{table}")
    with database.atomic():
        if creating:
            stored = repo.add(record)
            rec.watch_new(table, "id = ?", (stored.id,))
        else:
            _watch_record(rec, table, cast(int, record.id))  # not None: not creating
            stored = repo.update(record)
        if table == "activities":
            if creating:
                rec.watch_new("sessions", "activity_id = ?", (stored.id,))
            else:
                rec.watch("sessions", "activity_id = ?", (stored.id,))
            moment = now or clock.now()
            regenerate_in_transaction(
                database,
                cast(int, stored.id),  # a stored record has an id
                (moment + timedelta(days=PLANNING_DAYS)).date(),
                moment,
                move_recorded,
            )
        rec.change.record_id = stored.id
        return rec.finish()


class StaleRecord(BuurtappError):
    """The record changed since the form opened, in a field the user changed too.

    ``conflicts`` maps each such field to (as loaded, as stored now, as the user typed it).
    """

    def __init__(
        self, table: str, record_id: int, conflicts: dict[str, tuple[Any, Any, Any]]
    ) -> None:
        self.table = table
        self.record_id = record_id
        self.conflicts = conflicts
        super().__init__("stale_record", fields=", ".join(conflicts))


#: How :func:`save_changes` treats a field changed both in the form and elsewhere.
ASK, KEEP_MINE, TAKE_THEIRS = "ask", "mine", "theirs"


def save_changes(
    database: Database,
    table: str,
    record_id: int,
    loaded: dict[str, Any],
    edited: dict[str, Any],
    on_conflict: str = ASK,
    now: datetime | None = None,
    move_recorded: bool = False,
) -> Change:
    """Write only the fields the user changed (``edited`` against ``loaded``), in one step.

    Fields changed only elsewhere since the form was loaded stay as they are now. A field
    changed both here and elsewhere (to another value) raises :class:`StaleRecord` unless
    ``on_conflict`` says whose value wins (``"mine"`` or ``"theirs"``). Nothing changed by the
    user gives an empty change.
    """
    kind = next(k for k, t in r.TABLE_OF.items() if t == table)
    repo = Repository(database, kind)
    mine = {
        name: value
        for name, value in edited.items()
        if name not in ("id", "uid") and loaded.get(name) != value
    }
    if not mine:
        return Change(f"update:{table}", record_id=record_id)
    with database.atomic():
        current = dataclasses.asdict(repo.get(record_id))
        conflicts = {
            name: (loaded.get(name), current[name], value)
            for name, value in mine.items()
            if current[name] != loaded.get(name) and current[name] != value
        }
        if conflicts and on_conflict == TAKE_THEIRS:
            mine = {name: value for name, value in mine.items() if name not in conflicts}
        elif conflicts and on_conflict != KEEP_MINE:
            raise StaleRecord(table, record_id, conflicts)
        merged = kind(**{**current, **mine})
        if dataclasses.asdict(merged) == current:
            return Change(f"update:{table}", record_id=record_id)
        return save(database, merged, now, move_recorded)


def delete(
    database: Database, table: str, record_id: int, today: date | None = None
) -> tuple[deletion.Outcome, Change]:
    """Delete (or, for a participant with history, anonymise) one record."""
    rec = Recorder(database, f"delete:{table}")
    with database.atomic():
        _watch_record(rec, table, record_id)
        if table == "initiatives":
            activities = "activity_id IN (SELECT id FROM activities WHERE initiative_id = ?)"
            rec.watch("roles", "initiative_id = ?", (record_id,))
            rec.watch("fundings", "initiative_id = ?", (record_id,))
            rec.watch("activities", "initiative_id = ?", (record_id,))
            rec.watch("sessions", activities, (record_id,))
            rec.watch(
                "attendance",
                f"session_id IN (SELECT id FROM sessions WHERE {activities})",
                (record_id,),
            )
        elif table == "activities":
            rec.watch("sessions", "activity_id = ?", (record_id,))
            rec.watch(
                "attendance",
                "session_id IN (SELECT id FROM sessions WHERE activity_id = ?)",
                (record_id,),
            )
        elif table == "sessions":
            rec.watch("attendance", "session_id = ?", (record_id,))
        elif table == "participants":
            rec.watch("roles", "participant_id = ?", (record_id,))
        if table == "participants" and deletion.attended_sessions(database, record_id):
            deletion.anonymise(database, record_id, today)
            outcome = deletion.Outcome.ANONYMISED
            rec.change.label = "anonymise:participants"
        else:
            outcome = deletion.delete(database, table, record_id)
        rec.change.record_id = record_id
        change = rec.finish()
    if outcome is deletion.Outcome.ANONYMISED:
        from buurtapp.core.privacy.forgetting import scrub
        from buurtapp.core.storage.backups import log_erasure

        scrub(database)  # the old name must not linger in the file
        uid = cast(
            "str | None",
            database.scalar("SELECT uid FROM participants WHERE id = ?", (record_id,)),
        )
        log_erasure(database.path, [uid] if uid else [])
    return outcome, change


def set_attendance(
    database: Database, session_id: int, participant_id: int, present: bool
) -> Change:
    """Tick or untick one participant for one session."""
    rec = Recorder(database, "attendance")
    with database.atomic():
        rec.watch(
            "attendance", "session_id = ? AND participant_id = ?", (session_id, participant_id)
        )
        mark_attendance(database, session_id, participant_id, present)
        rec.change.record_id = session_id
        return rec.finish()


def add_participant_present(
    database: Database, participant: r.Participant, session_id: int
) -> Change:
    """A newcomer at the coffee morning: create the participant and mark them present."""
    rec = Recorder(database, "newcomer")
    with database.atomic():
        stored = Repository(database, r.Participant).add(participant)
        rec.watch_new("participants", "id = ?", (stored.id,))
        rec.watch_new(
            "attendance", "session_id = ? AND participant_id = ?", (session_id, stored.id)
        )
        mark_attendance(database, session_id, stored.id, True)  # type: ignore[arg-type]
        rec.change.record_id = stored.id
        return rec.finish()


def import_plan(database: Database, plan: ImportPlan, include_duplicates: bool = False) -> Change:
    """Write an import plan in one transaction, as one undoable change."""
    from buurtapp.core.exchange.importing import apply_import

    table = plan.kind
    rec = Recorder(database, f"import:{table}")
    with database.atomic():
        last = database.scalar(f"SELECT coalesce(max(id), 0) FROM {table}")
        last_session = database.scalar("SELECT coalesce(max(id), 0) FROM sessions")
        apply_import(database, plan, include_duplicates)
        rec.watch_new(table, "id > ?", (last,))
        if table == "activities":
            rec.watch_new("sessions", "id > ?", (last_session,))
        return rec.finish()
