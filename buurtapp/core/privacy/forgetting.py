"""Privacy (AVG): what is held about one person (inzage), forgetting (vergeten) so that no
trace stays in the file, and the retention review (bewaartermijn)."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from buurtapp.core import clock
from buurtapp.core.errors import BuurtappError
from buurtapp.core.i18n import N_
from buurtapp.core.model.app_settings import retention_years
from buurtapp.core.model.field_spec import FieldSpec
from buurtapp.core.model.fields import fields_of
from buurtapp.core.model.labels import KIND_LABELS
from buurtapp.core.model.search import merge_index
from buurtapp.core.privacy import deletion
from buurtapp.core.storage.connection import Database


@dataclass(frozen=True)
class HeldRole:
    """A role the person holds or held in an initiative (dates as stored, YYYY-MM-DD)."""

    role: str
    since: str | None
    until: str | None
    initiative: str


@dataclass(frozen=True)
class Attended:
    """A session the person came to."""

    starts_at: datetime
    activity: str
    initiative: str
    place: str


@dataclass(frozen=True)
class PersonData:
    """Everything the file holds about one person (the inzage): each field of the registry
    that identifies or is personal, with its value, the organisation's name, roles and
    attendance. :meth:`as_json` is what the export writes."""

    fields: tuple[tuple[FieldSpec, Any], ...]  # in declaration order, id and uid first
    organisation: str | None
    roles: tuple[HeldRole, ...]
    attendance: tuple[Attended, ...]

    @property
    def record(self) -> dict[str, Any]:
        """Field name -> value, as the participants table holds them."""
        return {info.name: value for info, value in self.fields}

    @property
    def id(self) -> int:
        return int(self.record["id"])

    @property
    def name(self) -> str:
        return str(self.record["name"] or "")

    def as_json(self) -> dict[str, Any]:
        """The export's shape: the record, the organisation, roles and attendance as rows."""
        return {
            "participant": self.record,
            "organisation": self.organisation,
            "roles": [asdict(role) for role in self.roles],
            "attendance": [
                {**asdict(seen), "starts_at": _stored(seen.starts_at)} for seen in self.attendance
            ],
        }


def _stored(moment: datetime) -> str:
    """A moment as the database stores it (YYYY-MM-DDTHH:MM, seconds only when there are)."""
    whole_minute = not moment.second and not moment.microsecond
    return moment.isoformat(timespec="minutes" if whole_minute else "auto")


def person_data(database: Database, participant_id: int) -> PersonData:
    """Everything the file holds about one person: the record (id, uid and every personal
    field of the registry), roles and attendance."""
    held = [f for f in fields_of("participants") if f.kind == "key" or f.personal]
    rows = database.query(
        f"SELECT {', '.join(f.name for f in held)} FROM participants WHERE id = ?",
        (participant_id,),
    )
    if not rows:
        raise BuurtappError("not_found", label=KIND_LABELS["participants"], id=participant_id)
    record = rows[0]
    organisation = database.scalar(
        "SELECT name FROM organisations WHERE id = ?", (record["organisation_id"],)
    )
    roles = database.query(
        """SELECT r.role, r.since, r.until, i.name AS initiative FROM roles r
           JOIN initiatives i ON i.id = r.initiative_id WHERE r.participant_id = ?
           ORDER BY i.name COLLATE NOCASE""",
        (participant_id,),
    )
    attendance = database.query(
        """SELECT s.starts_at, a.title AS activity, i.name AS initiative,
               coalesce(p.name, '') AS place
           FROM attendance t JOIN sessions s ON s.id = t.session_id
           JOIN activities a ON a.id = s.activity_id JOIN initiatives i ON i.id = a.initiative_id
           LEFT JOIN places p ON p.id = coalesce(s.place_id, a.place_id)
           WHERE t.participant_id = ? ORDER BY s.starts_at""",
        (participant_id,),
    )
    return PersonData(
        fields=tuple((info, record[info.name]) for info in held),
        organisation=None if organisation is None else str(organisation),
        roles=tuple(HeldRole(r["role"], r["since"], r["until"], r["initiative"]) for r in roles),
        attendance=tuple(
            Attended(
                datetime.fromisoformat(a["starts_at"]), a["activity"], a["initiative"], a["place"]
            )
            for a in attendance
        ),
    )


def write_person_json(database: Database, participant_id: int, path: Path) -> Path:
    """Everything about one person as JSON at ``path`` (atomically, never over the data)."""
    from buurtapp.core.storage.outputs import check_output, write_bytes

    check_output(Path(path), database.path)
    data = person_data(database, participant_id).as_json()
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return write_bytes(Path(path), text.encode("utf-8"), database.path)


# -- forgetting --------------------------------------------------------------------------------
# One transaction anonymises, records the uid in ``erasures`` and merges the search index: the
# commit is the one moment it happens (a full disk or kill -9 before it changes nothing). After
# the commit the log beside the backups is brought up to date and the WAL is emptied into the
# file; ``secure_delete`` has already zeroed the freed cells and pages, so once the WAL is empty
# no old byte is left. A program that still reads old pages keeps them alive: then the erasure
# stays marked unscrubbed and :func:`after_open` finishes the job.


@dataclass(frozen=True)
class Forgotten:
    """What forgetting did: how many people, and whether their old data has left the file."""

    count: int
    scrubbed: bool
    #: How many of them had no history and were deleted (the others were anonymised).
    deleted: int = 0


def not_scrubbed(count: int = 1, participant_id: int | None = None) -> BuurtappError:
    """The plain message for "forgotten, but another program still holds the old data"."""
    if participant_id is not None:
        who = N_("Participant {id} has been forgotten").format(id=participant_id)
    elif count == 1:
        who = N_("The person has been forgotten")
    else:
        who = N_("{count} people have been forgotten").format(count=count)
    return BuurtappError("forget_not_scrubbed", who=who)


def forget(
    database: Database,
    participant_ids: list[int],
    today: date | None = None,
    wait: float | None = None,
) -> Forgotten:
    """Forget people, all or nothing, then remove their old bytes from the file (see
    :func:`scrub`; ``wait`` seconds for other programs, default the busy timeout).

    Every path (the form, Delete, the retention review, the command line) comes here, so
    forgetting has one meaning: a person with history is anonymised, one without is deleted
    (:func:`buurtapp.core.privacy.deletion.erase`), both logged in ``erasures``."""
    ids = list(dict.fromkeys(participant_ids))
    if not ids:
        return Forgotten(0, True)
    deleted = 0
    with database.atomic():
        for participant_id in ids:
            outcome = deletion.erase(database, participant_id, today)
            deleted += outcome is deletion.Outcome.DELETED
        deletion.finish_erasure(database)
    return Forgotten(len(ids), scrub(database, wait), deleted)


def forget_counts(database: Database, participant_ids: list[int]) -> tuple[int, int]:
    """(to anonymise, to delete): what :func:`forget` will do, for the question before."""
    ids = list(dict.fromkeys(participant_ids))
    kept = sum(deletion.has_history(database, participant_id) for participant_id in ids)
    return kept, len(ids) - kept


def scrub(database: Database, wait: float | None = None) -> bool:
    """After a forgetting's commit: mirror ``erasures`` to the log beside the backups, then
    empty the WAL into the file (``wal_checkpoint(TRUNCATE)``), retrying for up to ``wait``
    seconds while another program still reads old pages. True when the old bytes are gone;
    False (never an exception) when they are not yet: the erasures stay marked unscrubbed."""
    if database.read_only:
        return not scrub_pending(database)
    sync_erasure_log(database)
    if not _checkpoint(database.conn, wait):
        return False
    if scrub_pending(database):
        with contextlib.suppress(BuurtappError, sqlite3.Error):
            with database.atomic() as conn:
                conn.execute("UPDATE erasures SET scrubbed = 1 WHERE scrubbed = 0")
            database.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    return True


def _checkpoint(conn: sqlite3.Connection, wait: float | None) -> bool:
    """``wal_checkpoint(TRUNCATE)`` until it is not busy (its first column 1: a reader still
    uses old pages) or ``wait`` seconds have passed."""
    if conn.in_transaction:
        return False
    timeout = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    deadline = time.monotonic() + (timeout / 1000 if wait is None else wait)
    conn.execute(f"PRAGMA busy_timeout = {min(timeout, 100)}")
    try:
        while True:
            try:
                busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            except sqlite3.Error:  # an I/O error: the old bytes may still be there
                return False
            if not busy:
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {timeout}")


def scrub_pending(database: Database) -> bool:
    """Whether someone was forgotten whose old bytes may still be in the file."""
    try:
        return bool(database.scalar("SELECT EXISTS (SELECT 1 FROM erasures WHERE scrubbed = 0)"))
    except sqlite3.Error:
        return False


def sync_erasure_log(database: Database) -> bool:
    """Add the ``erasures`` of the file to the log beside the backups (used to forget people
    again after an older backup is restored). False when the log could not be written: the
    table stays the truth and the log catches up next time."""
    from buurtapp.core.storage.backups import log_erasures

    try:
        rows = database.conn.execute("SELECT uid, on_date, withdrawn FROM erasures").fetchall()
    except sqlite3.Error:
        return False
    active = {str(uid): str(on) for uid, on, gone in rows if not gone}
    return log_erasures(database.path, active, [str(uid) for uid, _, gone in rows if gone])


def forget_logged(
    database: Database, today: date | None = None, wait: float | None = None
) -> Forgotten:
    """Forget again everyone the log beside the backups (or the file's own ``erasures``)
    names who is back in the file, as after restoring an older backup; the log's entries are
    written into ``erasures`` too, so the file itself remembers them."""
    if database.read_only or database.path is None:
        return Forgotten(0, not scrub_pending(database))
    missing, back = _catch_up(database)
    if not back and not missing:
        return Forgotten(0, not scrub_pending(database))
    with database.atomic() as conn:
        conn.executemany(
            "INSERT OR IGNORE INTO erasures (uid, on_date, scrubbed) VALUES (?, ?, 1)", missing
        )
        for participant_id in back:
            deletion.erase(database, participant_id, today)
        if back:
            deletion.finish_erasure(database)
    return Forgotten(len(back), scrub(database, wait) if back else not scrub_pending(database))


def _catch_up(database: Database) -> tuple[list[tuple[str, str]], list[int]]:
    """(log entries the file's ``erasures`` lacks, ids of people named there who are back):
    what :func:`forget_logged` would write. Reads only."""
    from buurtapp.core.storage.backups import read_erasure_log

    assert database.path is not None
    logged = read_erasure_log(database.path)
    table = dict(database.conn.execute("SELECT uid, withdrawn FROM erasures").fetchall())
    missing = [(uid, on) for uid, on in logged.items() if uid not in table]
    wanted = {uid for uid, gone in table.items() if not gone} | set(logged)
    # Only the people named (usually nobody): opening must not read every participant.
    named = [uid for uid in wanted if not table.get(uid)]
    if not named:
        return missing, []
    back = [
        int(participant_id)
        for (participant_id,) in database.conn.execute(
            "SELECT id FROM participants WHERE anonymised_on IS NULL "
            "AND uid IN (SELECT value FROM json_each(?)) ORDER BY id",
            (json.dumps(named),),
        )
    ]
    return missing, back


def catch_up_needed(database: Database) -> bool:
    """Whether :func:`after_open` would write to the file (people to forget again, log
    entries to copy in, a scrub to finish). Reads only: the window then checks the file's
    health before anything is written to it."""
    if database.read_only or database.path is None:
        return False
    try:
        missing, back = _catch_up(database)
    except (BuurtappError, sqlite3.Error, OSError, ValueError):
        return True  # unsure: check first
    return bool(missing or back) or scrub_pending(database)


def after_open(database: Database, today: date | None = None) -> bool:
    """Catch up right after opening a file (the lead calls this from opening): the log beside
    the backups learns the file's erasures, people it names who are back (a restore, a crash
    during one) are forgotten again, and a scrub that another program or a kill -9 interrupted
    is finished. True when no old data of forgotten people is left in the file. Never raises:
    opening must not fail on this (a full disk simply leaves it for the next time)."""
    try:
        with contextlib.suppress(BuurtappError, OSError, ValueError):
            sync_erasure_log(database)
        if database.read_only:
            return not scrub_pending(database)
        with contextlib.suppress(BuurtappError, sqlite3.Error, OSError, ValueError):
            forget_logged(database, today, wait=0)
        if not scrub_pending(database):
            return True
        return _finish_scrub(database)
    except (BuurtappError, sqlite3.Error, OSError, ValueError):
        return False


def _finish_scrub(database: Database) -> bool:
    """A scrub left over: interrupted (another program, kill -9), or an anonymisation by
    undo/redo or by another tool, which merged no index and may have written without
    ``secure_delete``. So merge, VACUUM (every page written afresh) and empty the WAL. A
    failure (a full disk) changes nothing and is tried again at the next open."""
    try:
        with database.atomic() as conn:
            merge_index(conn)
        database.conn.execute("VACUUM")
    except (BuurtappError, sqlite3.Error):
        _checkpoint(database.conn, 0)
        return False
    return scrub(database, wait=0)


def retention_review(
    database: Database, today: date | None = None, years: int | None = None
) -> list[dict[str, Any]]:
    """People not seen (no attendance, no current role) for longer than the retention period,
    and known longer than that: candidates for anonymisation."""
    today = today or clock.today()
    cutoff = (today - timedelta(days=365 * (years or retention_years(database)))).isoformat()
    return database.query(
        """SELECT p.id, p.name, p.created_on,
               (SELECT max(s.starts_at) FROM attendance t JOIN sessions s ON s.id = t.session_id
                WHERE t.participant_id = p.id) AS last_seen
           FROM participants p
           WHERE p.anonymised_on IS NULL AND p.is_worker = 0
             AND coalesce(p.created_on, '0000') < :cutoff
             AND NOT EXISTS (SELECT 1 FROM attendance t JOIN sessions s ON s.id = t.session_id
                             WHERE t.participant_id = p.id AND s.starts_at >= :cutoff)
             AND NOT EXISTS (SELECT 1 FROM roles r WHERE r.participant_id = p.id
                             AND (r.until IS NULL OR r.until >= :cutoff))
           ORDER BY last_seen, p.name COLLATE NOCASE""",
        {"cutoff": cutoff},
    )
