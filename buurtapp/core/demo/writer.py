"""A realistic, fictional neighbourhood (Dorpstad) for trying the app and for benchmarks.

Deterministic for a seed and a reference date. Everything is written in one transaction with
``executemany`` so the large set (~20,000 participants, ~500,000 attendance rows) stays fast.
The data is shaped so that every insight of SCHEMA.md shows something.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from buurtapp.core import clock
from buurtapp.core.demo import words as w
from buurtapp.core.demo.people import SIZES, PeopleBuilder, Rows
from buurtapp.core.errors import DatabaseError
from buurtapp.core.model import fields
from buurtapp.core.planning.recurrence import planned_starts, to_text
from buurtapp.core.storage.connection import Database
from buurtapp.core.storage.database import create_database

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA")
_FIXED_STATUS = {
    1: "active",
    2: "active",
    3: "active",
    4: "active",
    5: "active",
    6: "idea",
    7: "paused",
    8: "stopped",
}


_COLUMNS = {
    "places": "id, uid, name, address, neighbourhood, capacity, accessible, notes",
    "organisations": "id, uid, name, kind, notes",
    "participants": "id, uid, name, phone, email, neighbourhood, circle, age_group, is_worker, "
    "organisation_id, consent_contact, consent_photo, notes, created_on, anonymised_on, "
    "consent_contact_on, consent_photo_on, guardian_name, guardian_phone",
    "initiatives": "id, uid, name, story, status, started_on, ended_on, place_id, notes",
    "roles": "id, uid, initiative_id, participant_id, organisation_id, role, since, until",
    "fundings": "id, uid, initiative_id, organisation_id, description, amount_cents, starts_on, "
    "ends_on, status",
    "activities": "id, uid, initiative_id, title, place_id, rrule, starts_at, duration_minutes, "
    "capacity, age_groups, notes",
    "sessions": "id, uid, activity_id, starts_at, ends_at, place_id, cancelled, walk_ins, notes",
    "attendance": "session_id, participant_id",
}


class _Builder(PeopleBuilder):
    # -- initiatives and what hangs from them ------------------------------------------------
    def initiatives(self) -> None:
        rng = self.rng
        n_people = self.n_participants
        n_places = len(self.rows.tables["places"])
        for i in range(1, self.n_initiatives + 1):
            idea = w.ACTIVITY_IDEAS[(i - 1) % len(w.ACTIVITY_IDEAS)]
            hood = self.neighbourhoods[rng.randrange(len(self.neighbourhoods))]
            status = rng.choices(("active", "idea", "paused", "stopped"), (72, 10, 8, 10))[0]
            # The fixed scenarios need active initiatives 1-5, and every status must show.
            status = _FIXED_STATUS.get(i, status)
            started = self.day(-rng.randrange(120, 1500))
            ended = self.day(-rng.randrange(10, 100)) if status == "stopped" else None
            place_id = rng.randrange(1, n_places + 1)
            lead = rng.randrange(self.n_workers + 1, n_people + 1)
            story = " ".join(
                (
                    rng.choice(w.STORY_OPENINGS).format(
                        who=self.rows.tables["participants"][lead - 1][2].split()[0],
                        what=rng.choice(w.STORY_WHAT),
                    ),
                    rng.choice(w.STORY_ENDINGS),
                )
            )
            name = f"{idea[0]} {hood}"
            self.names_used[name] = self.names_used.get(name, 0) + 1
            if self.names_used[name] > 1:
                name = f"{name} {self.names_used[name]}"
            self.rows.add(
                "initiatives",
                (None, self.uid(), name, story, status, started, ended, place_id, None),
            )
            self.roles(i, lead, status, started)
            self.fundings(i, status)
            if status != "idea":
                self.activities(i, idea, place_id, hood, status, ended)

    def roles(self, initiative: int, lead: int, status: str, since: str) -> None:
        rng = self.rng
        add = self.rows.add
        add("roles", (None, self.uid(), initiative, lead, None, "lead", since, None))
        if rng.random() < 0.35:
            org = rng.choice((1, 2, 4))  # gemeente, welzijn, woonstichting: shared ownership
            add("roles", (None, self.uid(), initiative, None, org, "co_owner", since, None))
        if rng.random() < 0.4:
            other = rng.randrange(self.n_workers + 1, self.n_participants + 1)
            if other != lead:
                add("roles", (None, self.uid(), initiative, other, None, "co_owner", since, None))
        if rng.random() < 0.15:
            worker = rng.randrange(1, self.n_workers + 1)  # owned by a professional
            add("roles", (None, self.uid(), initiative, worker, None, "lead", since, None))
        if rng.random() < 0.5:
            add(
                "roles",
                (
                    None,
                    self.uid(),
                    initiative,
                    None,
                    rng.choice((5, 6, 3)),
                    "supporter",
                    since,
                    None,
                ),
            )
        if status == "active" and initiative != 2 and rng.random() < 0.75:
            worker = rng.randrange(1, self.n_workers + 1)
            add(
                "roles",
                (None, self.uid(), initiative, worker, None, "community_worker", since, None),
            )

    def _funding(
        self,
        initiative: int,
        funder: int,
        what: str,
        amount: int,
        start: int,
        end: int,
        status: str,
    ) -> None:
        self.rows.add(
            "fundings",
            (
                None,
                self.uid(),
                initiative,
                funder,
                what,
                amount,
                self.day(start),
                self.day(end),
                status,
            ),
        )

    def fundings(self, initiative: int, status: str) -> None:
        rng = self.rng
        if initiative == 1 or (status == "active" and rng.random() < 0.1):
            # Running out within 90 days with no follow-up (lesson 8).
            self._funding(
                initiative, 1, "Buurtbudget", 150_000, -300, rng.randrange(5, 80), "granted"
            )
            return
        if rng.random() < 0.55:
            start = -rng.randrange(60, 700)
            end = start + 365
            amount = rng.choice((25_000, 50_000, 120_000, 300_000))
            funder = rng.choice((1, 5, 4))
            self._funding(
                initiative, funder, "Subsidie bewonersinitiatief", amount, start, end, "granted"
            )
            if end < 200 and rng.random() < 0.6:
                follow_up = rng.choice(("requested", "granted", "rejected"))
                self._funding(
                    initiative, funder, "Vervolgaanvraag", amount, end + 1, end + 366, follow_up
                )

    def activities(
        self,
        initiative: int,
        idea: tuple[Any, ...],
        place_id: int,
        hood: str,
        status: str,
        ended: str | None,
    ) -> None:
        rng = self.rng
        title, duration, age_groups, times = idea
        count = 1 if initiative == 3 or rng.random() < 0.7 else 2
        for n in range(count):
            start_day = self.today - timedelta(days=rng.randrange(300, 380))
            at = rng.choice(times)
            rule, first = self._rule(start_day, n)
            if initiative == 3:
                rule, first = "FREQ=WEEKLY;BYDAY=TH", start_day
            if rule and ended:
                rule += f";UNTIL={ended.replace('-', '')}T235900"
            elif rule and (initiative == 3 or (status == "active" and rng.random() < 0.03)):
                silent_since = self.today - timedelta(days=rng.randrange(70, 150))
                rule += f";UNTIL={silent_since.strftime('%Y%m%d')}T235900"  # fallen silent
            starts_at = datetime.combine(first, time.fromisoformat(at))
            if initiative == 4:
                place_id, rule = 1, "FREQ=WEEKLY;BYDAY=TU"  # conflicts with the block below
                starts_at = datetime.combine(self._next_weekday(start_day, 1), time(10, 0))
            act_place = (
                place_id if n == 0 else rng.randrange(1, len(self.rows.tables["places"]) + 1)
            )
            activity_id = self.rows.add(
                "activities",
                (
                    None,
                    self.uid(),
                    initiative,
                    title if n == 0 else f"{title} (extra)",
                    act_place,
                    rule or None,
                    to_text(starts_at),
                    duration,
                    rng.choice((None, 20, 30)),
                    age_groups,
                    None,
                ),
            )
            if initiative == 5 and n == 0:
                self._conflicting_partner()
            self.sessions(activity_id, rule, starts_at, duration, hood, age_groups)

    def _conflicting_partner(self) -> None:
        """A second activity in Buurthuis De Linde on Tuesday mornings: a double booking."""
        start = self._next_weekday(self.today - timedelta(days=200), 1)
        starts_at = datetime.combine(start, time(11, 0))
        rule = "FREQ=WEEKLY;BYDAY=TU"
        activity_id = self.rows.add(
            "activities",
            (
                None,
                self.uid(),
                5,
                "Yoga op de stoel",
                1,
                rule,
                to_text(starts_at),
                60,
                15,
                "senior",
                None,
            ),
        )
        self.sessions(activity_id, rule, starts_at, 60, w.NEIGHBOURHOODS[0], "senior")

    @staticmethod
    def _next_weekday(day: date, weekday: int) -> date:
        return day + timedelta(days=(weekday - day.weekday()) % 7)

    def _rule(self, start_day: date, n: int) -> tuple[str, date]:
        rng = self.rng
        kind = rng.choices(
            ("weekly", "biweekly", "nth", "last", "sundays45", "season", "winter", "once"),
            (50, 12, 12, 6, 3, 8, 5, 4),
        )[0]
        day = rng.choice(WEEKDAYS)
        if kind == "weekly":
            rule = f"FREQ=WEEKLY;BYDAY={day}"
        elif kind == "biweekly":
            rule = f"FREQ=WEEKLY;INTERVAL=2;BYDAY={day}"
        elif kind == "nth":
            rule = f"FREQ=MONTHLY;BYDAY={rng.randrange(1, 4)}{day}"
        elif kind == "last":
            rule = "FREQ=MONTHLY;BYDAY=-1FR"
        elif kind == "sundays45":
            rule = "FREQ=MONTHLY;BYDAY=4SU,5SU"
        elif kind == "season":
            rule = f"FREQ=WEEKLY;BYDAY={day};BYMONTH=3,4,5,6,7,8,9,10"
        elif kind == "winter":
            rule = f"FREQ=WEEKLY;BYDAY={day};BYMONTH=9,10,11,12,1,2"
        else:
            return "", start_day + timedelta(days=rng.randrange(250, 400))
        return rule, start_day

    def sessions(
        self,
        activity_id: int,
        rule: str,
        first: datetime,
        duration: int,
        hood: str,
        age_groups: str | None,
    ) -> None:
        rng = self.rng
        horizon = datetime.combine(self.today + timedelta(days=120), time(23, 59))
        starts = planned_starts(rule or None, first, horizon)
        pool = self._pool(hood, age_groups)
        regulars = pool[: max(3, len(pool) // 2)]
        visitors = pool[len(regulars) :]
        length = timedelta(minutes=duration)
        for start in starts:
            past = start < self.now
            cancelled = int(rng.random() < 0.04)
            session_id = self.rows.add(
                "sessions",
                (
                    None,
                    self.uid(),
                    activity_id,
                    to_text(start),
                    to_text(start + length),
                    None,
                    cancelled,
                    rng.randrange(0, 6) if past and not cancelled else 0,
                    None,
                ),
            )
            if not past or cancelled:
                continue
            came = {p for p in regulars if rng.random() < 0.8}
            came.update(p for p in visitors if rng.random() < 0.25)
            for p in sorted(came):
                self.rows.add("attendance", (session_id, p))

    def _pool(self, hood: str, age_groups: str | None) -> list[int]:
        """People who come: mostly from the initiative's own neighbourhood, some from others."""
        rng = self.rng
        size = rng.choice((4, 6, 8, 10, 12, 14, 18, 24))
        wanted = set((age_groups or "").split(",")) - {""}
        people = self.rows.tables["participants"]
        pool: list[int] = []
        tries = 0
        while len(pool) < size and tries < size * 40:
            tries += 1
            pid = rng.randrange(self.n_workers + 1, self.n_participants + 1)
            row = people[pid - 1]
            if wanted and row[7] not in wanted:
                continue
            if row[5] != hood and rng.random() < 0.6 and tries < size * 20:
                continue
            if pid not in pool:
                pool.append(pid)
        return pool

    def build(self) -> Rows:
        self.places()
        self.organisations()
        self.participants()
        self.initiatives()
        return self.rows


def write_demo(
    path: Path, size: str = "small", seed: int = 1, today: date | None = None, scale: int = 1
) -> Database:
    """Create a new database at ``path`` filled with the demo neighbourhood, ``scale`` times
    as big (more initiatives, people and places; scale 1 is the demo as it always was)."""
    if size not in SIZES:
        raise ValueError(f"unknown demo size {size!r}")
    if isinstance(scale, bool) or not isinstance(scale, int) or scale < 1:
        raise ValueError(f"the demo scale must be a whole number of at least 1, not {scale!r}")
    if os.path.lexists(path):  # before minutes of work, not after
        raise DatabaseError("db_exists", path=str(path))
    rows = _Builder(size, seed, today or clock.today(), scale).build()

    def fill(database: Database) -> None:
        with database.atomic() as conn:
            for table, columns in _COLUMNS.items():
                data = rows.tables.get(table, [])
                if table != "attendance":
                    data = [(i, *row[1:]) for i, row in enumerate(data, start=1)]
                marks = ", ".join("?" for _ in columns.split(","))
                conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", data)
            conn.execute(
                "INSERT INTO app_settings (key, value) VALUES ('centre_name', ?)",
                ("Buurthuis De Linde · Dorpstad",),
            )
            # made-up people: the title bar and every print say "Voorbeeld"
            conn.execute("INSERT INTO app_settings (key, value) VALUES ('example', '1')")
            _fill_examples(conn)

    # Built beside its name and renamed into place when complete: a demo that is killed
    # half-way leaves no file.
    return create_database(path, fill)


#: One row in this many gets an example in a field the builder does not fill itself.
EXAMPLE_EVERY = 5


def _fill_examples(conn: sqlite3.Connection) -> None:
    """Fields of the registry that have ``examples`` and that the builder above does not
    write (a field added later, such as dietary wishes) get them in every fifth row, the
    same rows and values for every seed, so no random draw of the rest changes."""
    for table, columns in _COLUMNS.items():
        if table not in fields.RECORD_TYPES:
            continue
        written = {c.strip() for c in columns.split(",")}
        for info in fields.fields_of(table):
            if not info.examples or info.name in written:
                continue
            count = len(info.examples)
            cases = " ".join(f"WHEN {n} THEN ?" for n in range(count))
            conn.execute(
                f"UPDATE {table} SET {info.name} = CASE (id / {EXAMPLE_EVERY}) % {count} "
                f"{cases} END WHERE id % {EXAMPLE_EVERY} = 0",
                info.examples,
            )
