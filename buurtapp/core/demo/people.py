"""The people and places of the demo neighbourhood: places, organisations, participants.

The base of the demo builder in :mod:`buurtapp.core.demo.writer`; split off to keep each module one
idea. Deterministic for a seed.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from buurtapp.core.demo import words as w

SIZES = {
    # initiatives, participants, workers, extra places, neighbourhoods
    "small": (30, 300, 3, 0, 6),
    "large": (2_000, 20_000, 60, 290, 40),
}


@dataclass
class Rows:
    """Rows per table, as tuples in the column order of :data:`_COLUMNS`."""

    tables: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)

    def add(self, table: str, row: tuple[Any, ...]) -> int:
        rows = self.tables.setdefault(table, [])
        rows.append(row)
        return len(rows)


class PeopleBuilder:
    def __init__(self, size: str, seed: int, today: date, scale: int = 1) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.now = datetime.combine(today, time(12, 0))
        initiatives, participants, workers, extra_places, n_hoods = SIZES[size]
        # ``scale`` makes the same town bigger (for measuring growth): more initiatives,
        # people, workers and places in as many neighbourhoods; sessions and attendance follow
        # from the initiatives. Scale 1 draws exactly what it always drew.
        self.n_initiatives = initiatives * scale
        self.n_participants = participants * scale
        self.n_workers = workers * scale
        # all places ``scale`` times: the fixed ones are copied as extra ones
        self.n_extra_places = extra_places * scale + len(w.PLACES) * (scale - 1)
        self.rows = Rows()
        self.names_used: dict[str, int] = {}
        self.neighbourhoods = list(w.NEIGHBOURHOODS)
        north, parts = w.EXTRA_NEIGHBOURHOOD_PARTS
        while len(self.neighbourhoods) < n_hoods:
            name = f"{self.rng.choice(north)}{self.rng.choice(parts)}"
            if name not in self.neighbourhoods:
                self.neighbourhoods.append(name)

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def day(self, days_from_today: int) -> str:
        return (self.today + timedelta(days=days_from_today)).isoformat()

    # -- places, organisations, people ------------------------------------------------------
    def places(self) -> None:
        for name, address, hood, capacity, accessible in w.PLACES:
            self.rows.add(
                "places", (None, self.uid(), name, address, hood, capacity, accessible, None)
            )
        # De Akkers has residents but no meeting place (lesson 1).
        hoods = [h for h in self.neighbourhoods if h != "De Akkers"]
        for i in range(self.n_extra_places):
            hood = hoods[i % len(hoods)]
            kind = self.rng.choice(w.PLACE_KINDS)
            self.rows.add(
                "places",
                (
                    None,
                    self.uid(),
                    f"{kind} {hood} {i // len(hoods) + 1}",
                    f"{hood}plein {i + 1}",
                    hood,
                    self.rng.choice((20, 40, 80)),
                    self.rng.random() < 0.7,
                    None,
                ),
            )

    def organisations(self) -> None:
        fixed = [
            ("Gemeente Dorpstad", "municipality"),
            ("Welzijn Dorpstad", "civil_society"),
            ("Basisschool De Regenboog", "civil_society"),
            ("Woonstichting Thuis in Dorpstad", "civil_society"),
            ("Oranje Fonds", "civil_society"),
            ("Bakkerij Van Dam", "business"),
            ("Bewonersvereniging Lindenhof", "residents"),
            ("Bewonerscommissie Vogelwijk", "residents"),
            ("Stichting Moestuin Achter de Kerk", "residents"),
            ("Buurtsportcoach Dorpstad", "other"),
        ]
        for name, kind in fixed:
            self.rows.add("organisations", (None, self.uid(), name, kind, None))
        for hood in self.neighbourhoods[len(w.NEIGHBOURHOODS) :]:
            self.rows.add(
                "organisations", (None, self.uid(), f"Bewonersgroep {hood}", "residents", None)
            )

    def participants(self) -> None:
        rng = self.rng
        for i in range(self.n_participants):
            worker = i < self.n_workers
            name = f"{rng.choice(w.FIRST_NAMES)} {rng.choice(w.LAST_NAMES)}"
            age = (
                "adult"
                if worker
                else rng.choices(("child", "youth", "adult", "senior"), (15, 10, 45, 30))[0]
            )
            hood = rng.choice(self.neighbourhoods) if rng.random() < 0.92 else None
            circle = rng.choice(w.CIRCLES) if rng.random() < 0.65 else None
            phone = f"06-{rng.randrange(10_000_000, 99_999_999)}" if rng.random() < 0.8 else None
            email = None
            if rng.random() < 0.5 and age != "child":
                email = f"{name.split()[0].lower()}{i}@voorbeeld.nl"
            org = (2 if i % 4 else 1) if worker else None  # Welzijn, some at the gemeente
            uid = self.uid()  # drawn first, as always: a seed gives the same data
            # Drawn in the same order as before, so a seed gives the same neighbourhood.
            contact = int(rng.random() < 0.7)
            photo = int(rng.random() < 0.4)
            created = self.day(-rng.randrange(0, 730))
            guardian = guardian_phone = None
            if age == "child":  # a parent or guardian to call, without another random draw
                guardian = f"{w.FIRST_NAMES[(i * 7) % len(w.FIRST_NAMES)]} {name.split(' ', 1)[1]}"
                guardian_phone = f"06-{20_000_000 + i}"
            self.rows.add(
                "participants",
                (
                    None,
                    uid,
                    name,
                    phone,
                    email,
                    None if worker else hood,
                    None if worker else circle,
                    age,
                    int(worker),
                    org,
                    contact,
                    photo,
                    None,
                    created,
                    None,
                    created if contact else None,
                    created if photo else None,
                    guardian,
                    guardian_phone,
                ),
            )
