"""The SQL insights against a plain-Python reading of the same definitions, on random small
databases (hypothesis)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from itertools import combinations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from buurtapp.core.insights.report import compute
from buurtapp.core.storage.database import create_database

BASE = date(2026, 6, 1)
HOODS = st.sampled_from([None, "Noord", "Zuid", "Oost"])
CIRCLES = st.sampled_from([None, "Kerk", "Moskee"])
AGES = st.sampled_from([None, "child", "youth", "adult", "senior"])


@st.composite
def worlds(draw) -> dict:
    people = draw(st.lists(st.tuples(HOODS, CIRCLES, AGES, st.booleans()), min_size=4, max_size=7))
    orgs = draw(
        st.lists(
            st.sampled_from(["residents", "municipality", "civil_society", "business", "other"]),
            max_size=3,
        )
    )
    initiatives = draw(
        st.lists(st.sampled_from(["active", "active", "paused", "idea"]), min_size=1, max_size=4)
    )
    roles = draw(
        st.lists(
            st.tuples(
                st.integers(0, len(initiatives) - 1),
                st.sampled_from(["lead", "co_owner", "supporter", "community_worker"]),
                st.one_of(
                    st.tuples(st.just("p"), st.integers(0, len(people) - 1)),
                    st.tuples(st.just("o"), st.integers(0, max(len(orgs) - 1, 0))),
                ),
            ),
            max_size=6,
        )
    )
    activities = draw(
        st.lists(
            st.tuples(st.integers(0, len(initiatives) - 1), st.sampled_from([None, 1, 2])),
            min_size=1,
            max_size=4,
        )
    )
    sessions = draw(
        st.lists(
            st.tuples(
                st.integers(0, len(activities) - 1),
                st.integers(0, 150),
                st.integers(8, 20),
                st.sampled_from([30, 60, 120]),
                st.booleans(),
                st.sampled_from([None, None, 1, 2]),
                st.sets(st.integers(0, len(people) - 1), max_size=len(people)),
            ),
            min_size=2,
            max_size=16,
        )
    )
    fundings = draw(
        st.lists(
            st.tuples(
                st.integers(0, len(initiatives) - 1),
                st.sampled_from(["requested", "granted", "rejected"]),
                st.integers(0, 200),
            ),
            max_size=5,
        )
    )
    first = BASE + timedelta(days=draw(st.integers(20, 100)))
    last = first + timedelta(days=draw(st.integers(0, 60)))
    on = BASE + timedelta(days=draw(st.integers(0, 200)))
    return {
        "people": people,
        "orgs": orgs,
        "initiatives": initiatives,
        "roles": roles,
        "activities": activities,
        "sessions": sessions,
        "fundings": fundings,
        "first": first,
        "last": last,
        "on": on,
    }


def build(tmp_path, world: dict):
    path = tmp_path / f"w{uuid.uuid4().hex}.db"
    database = create_database(path)
    c = database.conn
    for n, (hood, circle, age, worker) in enumerate(world["people"], start=1):
        c.execute(
            "INSERT INTO participants (id, name, neighbourhood, circle, age_group, "
            "is_worker) VALUES (?, ?, ?, ?, ?, ?)",
            (n, f"P{n}", hood, circle, age, int(worker)),
        )
    for n, kind in enumerate(world["orgs"], start=1):
        c.execute("INSERT INTO organisations (id, name, kind) VALUES (?, ?, ?)", (n, f"O{n}", kind))
    c.execute("INSERT INTO places (id, name) VALUES (1, 'Zaal'), (2, 'Tuin')")
    for n, status in enumerate(world["initiatives"], start=1):
        c.execute(
            "INSERT INTO initiatives (id, name, status) VALUES (?, ?, ?)", (n, f"I{n}", status)
        )
    for initiative, role, (kind, who) in world["roles"]:
        if kind == "o" and not world["orgs"]:
            continue
        c.execute(
            "INSERT INTO roles (initiative_id, role, participant_id, organisation_id) "
            "VALUES (?, ?, ?, ?)",
            (
                initiative + 1,
                role,
                who + 1 if kind == "p" else None,
                who + 1 if kind == "o" else None,
            ),
        )
    for n, (initiative, place) in enumerate(world["activities"], start=1):
        c.execute(
            "INSERT INTO activities (id, initiative_id, title, place_id) VALUES (?, ?, ?, ?)",
            (n, initiative + 1, f"A{n}", place),
        )
    seen = set()
    for activity, day, hour, minutes, cancelled, place, came in world["sessions"]:
        start = datetime.combine(BASE + timedelta(days=day), datetime.min.time()).replace(hour=hour)
        if (activity, start) in seen:
            continue
        seen.add((activity, start))
        cursor = c.execute(
            "INSERT INTO sessions (activity_id, starts_at, ends_at, cancelled, place_id) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                activity + 1,
                start.strftime("%Y-%m-%dT%H:%M"),
                (start + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M"),
                int(cancelled),
                place,
            ),
        )
        for person in came:
            c.execute("INSERT INTO attendance VALUES (?, ?)", (cursor.lastrowid, person + 1))
    for initiative, status, day in world["fundings"]:
        ends = BASE + timedelta(days=day)
        c.execute(
            "INSERT INTO fundings (initiative_id, status, starts_on, ends_on) VALUES (?, ?, ?, ?)",
            (initiative + 1, status, (ends - timedelta(days=30)).isoformat(), ends.isoformat()),
        )
    c.commit()
    return database


def reference(database, first: date, last: date, on: date) -> dict:
    """The definitions of SCHEMA.md, read as plainly as possible."""
    q = database.query
    people = {p["id"]: p for p in q("SELECT * FROM participants")}
    orgs = {o["id"]: o for o in q("SELECT * FROM organisations")}
    initiatives = {i["id"]: i for i in q("SELECT * FROM initiatives")}
    roles = q("SELECT * FROM roles")
    activities = {a["id"]: a for a in q("SELECT * FROM activities")}
    sessions = q("SELECT * FROM sessions")
    came: dict[int, set[int]] = {}
    for row in q("SELECT * FROM attendance"):
        came.setdefault(row["session_id"], set()).add(row["participant_id"])
    fundings = q("SELECT * FROM fundings")

    def day(s):
        return date.fromisoformat(s["starts_at"][:10])

    def initiative_of(s):
        return activities[s["activity_id"]]["initiative_id"]

    held = [s for s in sessions if not s["cancelled"]]
    in_period = [s for s in held if first <= day(s) <= last]
    active = sorted(i for i, v in initiatives.items() if v["status"] == "active")

    small = []
    for i in active:
        mine = [s for s in in_period if initiative_of(s) == i]
        who = set().union(*(came.get(s["id"], set()) for s in mine)) if mine else set()
        resident_owner = any(
            r["initiative_id"] == i
            and r["role"] in ("lead", "co_owner")
            and r["participant_id"]
            and not people[r["participant_id"]]["is_worker"]
            for r in roles
        )
        if 1 <= len(who) <= 15 and resident_owner:
            small.append(
                {
                    "id": i,
                    "name": initiatives[i]["name"],
                    "participants": len(who),
                    "sessions": len(mine),
                }
            )
    small.sort(key=lambda x: (-x["sessions"], x["name"].casefold(), x["id"]))

    ownership = []
    for i in active:
        kinds = set()
        for r in roles:
            if r["initiative_id"] == i and r["role"] in ("lead", "co_owner"):
                if r["organisation_id"]:
                    kinds.add(orgs[r["organisation_id"]]["kind"])
                else:
                    worker = people[r["participant_id"]]["is_worker"]
                    kinds.add("civil_society" if worker else "residents")
        ownership.append(
            {
                "initiative_id": i,
                "owner_kinds": sorted(kinds),
                "shared": "residents" in kinds and bool(kinds & {"municipality", "civil_society"}),
            }
        )

    without = [
        i
        for i in active
        if not any(
            r["initiative_id"] == i
            and r["role"] == "community_worker"
            and r["participant_id"]
            and people[r["participant_id"]]["is_worker"]
            for r in roles
        )
    ]

    def pairs_of(chosen):
        found = {}
        for s in chosen:
            residents = sorted(p for p in came.get(s["id"], ()) if not people[p]["is_worker"])
            for p, r in combinations(residents, 2):
                found.setdefault(initiative_of(s), set()).add((p, r))
        return found

    def bridges(p, r):
        a, b = people[p], people[r]
        return bool(
            (a["neighbourhood"] and b["neighbourhood"] and a["neighbourhood"] != b["neighbourhood"])
            or (a["circle"] and b["circle"] and a["circle"] != b["circle"])
        )

    per = pairs_of(in_period)
    overall = set().union(*per.values()) if per else set()
    bridging_all = {x for x in overall if bridges(*x)}
    before = set().union(*pairs_of([s for s in held if day(s) < first]).values())
    per_initiative = [
        {"initiative_id": i, "pairs": len(v), "bridging_pairs": len({x for x in v if bridges(*x)})}
        for i, v in sorted(per.items())
        if v
    ]

    inter = sorted(
        s["id"]
        for s in in_period
        if any(people[p]["age_group"] in ("child", "youth") for p in came.get(s["id"], ()))
        and any(people[p]["age_group"] == "senior" for p in came.get(s["id"], ()))
    )

    core = []
    for a in sorted(activities):
        window = [
            s for s in held if s["activity_id"] == a and on - timedelta(days=83) <= day(s) <= on
        ]
        group = sorted(
            p
            for p in people
            if (n := sum(1 for s in window if p in came.get(s["id"], ()))) >= 3
            and 2 * n >= len(window)
        )
        if group:
            core.append({"activity_id": a, "participant_ids": group})

    running_out = sorted(
        f["id"]
        for f in fundings
        if f["status"] == "granted"
        and on <= date.fromisoformat(f["ends_on"]) <= on + timedelta(days=90)
        and not any(
            g["initiative_id"] == f["initiative_id"]
            and g["id"] != f["id"]
            and g["status"] in ("granted", "requested")
            and g["ends_on"] > f["ends_on"]
            for g in fundings
        )
    )

    silent = [
        i
        for i in active
        if any(initiative_of(s) == i and day(s) < on - timedelta(days=56) for s in held)
        and not any(
            initiative_of(s) == i and on - timedelta(days=56) <= day(s) <= on - timedelta(days=1)
            for s in held
        )
    ]

    def place(s):
        return s["place_id"] or activities[s["activity_id"]]["place_id"]

    conflicts = sorted(
        sorted([x["id"], y["id"]])
        for x, y in combinations(in_period, 2)
        if x["activity_id"] != y["activity_id"]
        and place(x)
        and place(x) == place(y)
        and x["starts_at"] < y["ends_at"]
        and y["starts_at"] < x["ends_at"]
    )

    # Lesson 5, generations mixed: held sessions in the period with residents of a known age
    # group; mixed when two or more age groups came.
    ages_per_session = [
        {
            people[p]["age_group"]
            for p in came.get(s["id"], ())
            if not people[p]["is_worker"] and people[p]["age_group"]
        }
        for s in in_period
    ]
    age_mix = {
        "sessions": sum(1 for ages in ages_per_session if ages),
        "mixed": sum(1 for ages in ages_per_session if len(ages) >= 2),
    }

    return {
        "small_initiatives": small,
        "ownership": ownership,
        "without_community_worker": without,
        "bridging": {
            "pairs": len(overall),
            "bridging_pairs": len(bridging_all),
            "new_bridging_pairs": len(bridging_all - before),
            "per_initiative": per_initiative,
        },
        "intergenerational_sessions": inter,
        "core_groups": core,
        "funding_running_out": running_out,
        "fallen_silent": silent,
        "place_conflicts": conflicts,
        "age_mix": age_mix,
    }


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(world=worlds())
def test_sql_matches_the_plain_reading(tmp_path, world) -> None:
    database = build(tmp_path, world)
    try:
        expected = reference(database, world["first"], world["last"], world["on"])
        assert compute(database, world["first"], world["last"], world["on"]) == expected
    finally:
        database.close()
