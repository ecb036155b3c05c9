"""Each insight definition of SCHEMA.md on small hand-built scenarios, with its edges."""

from datetime import date, timedelta

import pytest

from buurtapp.core.insights.report import compute
from tests.core.world import World

FIRST, LAST = date(2026, 9, 1), date(2026, 9, 30)
D = date(2026, 10, 1)


@pytest.fixture
def w(database) -> World:
    return World(database)


def result(w: World, first: date = FIRST, last: date = LAST, on: date | None = None) -> dict:
    return compute(w.db, first, last, on)


# -- 1. small-scale initiatives -------------------------------------------------------------
def _led_initiative(
    w: World, name: str, people: int, sessions: int = 1, status: str = "active"
) -> int:
    initiative = w.initiative(name, status)
    lead = w.person(f"lead {name}")
    w.role(initiative, "lead", person=lead)
    activity = w.activity(initiative)
    crowd = [w.person(f"{name} {n}") for n in range(people)]
    for n in range(sessions):
        session = w.session(activity, FIRST + timedelta(days=n))
        if crowd:
            w.attend(session, *crowd)
    return initiative


def test_small_initiatives_fifteen_yes_sixteen_no_ordered_by_regularity(w) -> None:
    fifteen = _led_initiative(w, "Breiclub", 15, sessions=2)
    _led_initiative(w, "Groot", 16, sessions=9)
    single = _led_initiative(w, "Aardappels", 1, sessions=2)
    often = _led_initiative(w, "Zondagskoor", 3, sessions=5)
    _led_initiative(w, "Leeg", 0, sessions=3)
    _led_initiative(w, "Gepauzeerd", 4, status="paused")
    assert result(w)["small_initiatives"] == [
        {"id": often, "name": "Zondagskoor", "participants": 3, "sessions": 5},
        {"id": single, "name": "Aardappels", "participants": 1, "sessions": 2},
        {"id": fifteen, "name": "Breiclub", "participants": 15, "sessions": 2},
    ]


def test_small_initiative_needs_a_resident_owner_and_counts_only_held_sessions(w) -> None:
    worker_led = w.initiative("Door de gemeente")
    w.role(worker_led, "lead", person=w.person("Opbouwwerker", worker=1))
    w.role(worker_led, "supporter", person=w.person("Buurvrouw"))
    activity = w.activity(worker_led)
    w.attend(w.session(activity, FIRST), w.person())
    resident = w.initiative("Moestuin")
    w.role(resident, "co_owner", person=w.person("Tuinier"))
    garden = w.activity(resident)
    people = [w.person() for _ in range(3)]
    w.attend(w.session(garden, FIRST), *people)
    w.attend(w.session(garden, FIRST + timedelta(days=1), cancelled=1), w.person())
    w.attend(w.session(garden, LAST + timedelta(days=1)), w.person())  # after the period
    assert result(w)["small_initiatives"] == [
        {"id": resident, "name": "Moestuin", "participants": 3, "sessions": 1}
    ]


# -- 2 and 3. ownership and community worker -------------------------------------------------
def test_ownership_kinds_and_sharing(w) -> None:
    gemeente = w.org("Gemeente", "municipality")
    bakker = w.org("Bakker", "business")
    shared = w.initiative("Samen")
    w.role(shared, "lead", person=w.person("Bewoner"))
    w.role(shared, "co_owner", org=gemeente)
    w.role(shared, "funder", org=bakker)  # not an owner role
    professional = w.initiative("Welzijn")
    w.role(professional, "lead", person=w.person("Werker", worker=1))
    w.role(professional, "co_owner", person=w.person("Bewoonster"))
    business = w.initiative("Winkel")
    w.role(business, "lead", org=bakker)
    w.role(business, "co_owner", person=w.person("Klant"))
    nobody = w.initiative("Zonder eigenaar")
    w.initiative("Idee", status="idea")
    assert result(w)["ownership"] == [
        {"initiative_id": shared, "owner_kinds": ["municipality", "residents"], "shared": True},
        {
            "initiative_id": professional,
            "owner_kinds": ["civil_society", "residents"],
            "shared": True,
        },
        {"initiative_id": business, "owner_kinds": ["business", "residents"], "shared": False},
        {"initiative_id": nobody, "owner_kinds": [], "shared": False},
    ]


def test_community_worker_must_be_a_professional(w) -> None:
    covered = w.initiative("Met opbouwwerker")
    w.role(covered, "community_worker", person=w.person("Opbouwwerker", worker=1))
    volunteer = w.initiative("Met vrijwilliger")
    w.role(volunteer, "community_worker", person=w.person("Vrijwilliger"))
    org = w.initiative("Met organisatie")
    w.role(org, "community_worker", org=w.org("Welzijn", "civil_society"))
    w.initiative("Gestopt", status="stopped")
    assert result(w)["without_community_worker"] == [volunteer, org]


# -- 4. bridging contacts ---------------------------------------------------------------------
def test_bridging_pairs_neighbourhood_circle_unknown_and_workers(w) -> None:
    initiative = w.initiative("Taalcafé")
    activity = w.activity(initiative)
    a = w.person("A", hood="Noord", circle="Kerk")
    b = w.person("B", hood="Zuid", circle="Kerk")  # other neighbourhood: bridging with a
    c = w.person("C", hood="Noord", circle="Moskee")  # other circle: bridging with a
    d = w.person("D", hood=None, circle="Kerk")  # unknown neighbourhood, same circle as a
    worker = w.person("W", hood="Oost", worker=1)
    w.attend(w.session(activity, FIRST), a, b, c, d, worker)
    bridge = result(w)["bridging"]
    # Pairs among a, b, c, d: 6. Bridging: a-b, a-c, b-c (Zuid/Noord), c-d (circle); not a-d,
    # and b-d share the circle with d's neighbourhood unknown: not bridging.
    assert bridge == {
        "pairs": 6,
        "bridging_pairs": 4,
        "new_bridging_pairs": 4,
        "per_initiative": [{"initiative_id": initiative, "pairs": 6, "bridging_pairs": 4}],
    }


def test_bridging_cancelled_sessions_and_pairs_that_met_before(w) -> None:
    one = w.initiative("Een")
    two = w.initiative("Twee")
    quiet = w.initiative("Stil")
    first_activity, second_activity = w.activity(one), w.activity(two)
    a, b = w.person("A", hood="Noord"), w.person("B", hood="Zuid")
    c, d = w.person("C", hood="Oost"), w.person("D", hood="West")
    w.attend(w.session(first_activity, FIRST - timedelta(days=1)), a, b)  # met before
    w.attend(w.session(first_activity, FIRST), a, b)
    w.attend(w.session(second_activity, LAST), c, d)
    w.attend(w.session(second_activity, LAST - timedelta(days=1), cancelled=1), a, c)
    w.attend(w.session(w.activity(quiet), LAST), w.person("alleen"))
    w.attend(w.session(first_activity, FIRST - timedelta(days=3), cancelled=1), c, d)
    assert result(w)["bridging"] == {
        "pairs": 2,
        "bridging_pairs": 2,
        "new_bridging_pairs": 1,
        "per_initiative": [
            {"initiative_id": one, "pairs": 1, "bridging_pairs": 1},
            {"initiative_id": two, "pairs": 1, "bridging_pairs": 1},
        ],
    }


# -- 5. intergenerational sessions ------------------------------------------------------------
def test_intergenerational_sessions_and_period_boundaries(w) -> None:
    activity = w.activity(w.initiative())
    child, youth = w.person(age="child"), w.person(age="youth")
    adult, senior = w.person(age="adult"), w.person(age="senior")
    first_day = w.session(activity, FIRST)
    w.attend(first_day, child, senior)
    last_day = w.session(activity, "2026-09-30T23:30")
    w.attend(last_day, youth, senior, adult)
    w.attend(w.session(activity, LAST + timedelta(days=1)), child, senior)
    w.attend(w.session(activity, FIRST - timedelta(days=1)), child, senior)
    w.attend(w.session(activity, date(2026, 9, 10)), adult, senior)
    w.attend(w.session(activity, date(2026, 9, 11), cancelled=1), child, senior)
    assert result(w)["intergenerational_sessions"] == [first_day, last_day]


# -- 5. generations mixed (two or more age groups) -------------------------------------------
def test_age_mix_counts_residents_of_known_age_in_held_sessions(w) -> None:
    activity = w.activity(w.initiative())
    child, adult = w.person(age="child"), w.person(age="adult")
    senior, unknown = w.person(age="senior"), w.person(age=None)
    worker = w.person("Werker", worker=1)  # an adult professional
    w.attend(w.session(activity, FIRST), child, adult)  # mixed
    w.attend(w.session(activity, date(2026, 9, 2)), senior, unknown)  # one known group
    w.attend(w.session(activity, date(2026, 9, 3)), senior, worker)  # professionals don't count
    w.attend(w.session(activity, date(2026, 9, 4), cancelled=1), child, senior)
    w.attend(w.session(activity, LAST + timedelta(days=1)), child, senior)
    w.attend(w.session(activity, date(2026, 9, 5)), unknown)  # no known age: not counted
    assert result(w)["age_mix"] == {"sessions": 3, "mixed": 1}


# -- 6. core groups ---------------------------------------------------------------------------
def test_core_group_half_of_at_least_three_in_84_days(w) -> None:
    weekly = w.activity(w.initiative())
    regular, half, twice, early = (w.person(n) for n in ("regular", "half", "twice", "early"))
    sessions = [w.session(weekly, D - timedelta(days=7 * n)) for n in range(6)]  # D … D-35
    w.session(weekly, D - timedelta(days=42), cancelled=1)  # not in the denominator
    for n, session in enumerate(sessions):
        w.attend(session, regular)
        if n % 2 == 0:
            w.attend(session, half)  # 3 of 6
        if n < 2:
            w.attend(session, twice)  # 2 of 6: fewer than 3
    boundary = w.activity(w.initiative("Rand"))
    inside = [w.session(boundary, D - timedelta(days=83 - n)) for n in range(3)]
    outside = w.session(boundary, D - timedelta(days=84))
    for session in [*inside, outside]:
        w.attend(session, early)
    assert result(w, on=D)["core_groups"] == [
        {"activity_id": weekly, "participant_ids": sorted([regular, half])},
        {"activity_id": boundary, "participant_ids": [early]},
    ]


# -- 7. continuity ----------------------------------------------------------------------------
def test_funding_running_out_window_and_follow_ups(w) -> None:
    initiative = w.initiative
    on_day = w.funding(initiative("a"), "granted", "2026-01-01", D.isoformat())
    last_day = w.funding(
        initiative("b"), "granted", "2026-01-01", (D + timedelta(days=90)).isoformat()
    )
    w.funding(initiative("c"), "granted", "2026-01-01", (D + timedelta(days=91)).isoformat())
    w.funding(initiative("d"), "granted", "2026-01-01", (D - timedelta(days=1)).isoformat())
    followed = initiative("e")
    w.funding(followed, "granted", "2026-01-01", "2026-11-01")
    w.funding(followed, "requested", "2026-11-02", "2027-11-01")
    rejected_follow_up = initiative("f")
    rejected = w.funding(rejected_follow_up, "granted", "2026-01-01", "2026-11-01")
    w.funding(rejected_follow_up, "rejected", "2026-11-02", "2027-11-01")
    same_end = initiative("g")
    first = w.funding(same_end, "granted", "2026-01-01", "2026-12-01")
    second = w.funding(same_end, "granted", "2026-06-01", "2026-12-01")
    w.funding(initiative("h"), "requested", "2026-01-01", "2026-11-01")
    assert result(w, on=D)["funding_running_out"] == sorted(
        [on_day, last_day, rejected, first, second]
    )


def test_fallen_silent_56_day_window(w) -> None:
    def initiative_with(
        days_before: list[int], status: str = "active", cancelled: bool = False
    ) -> int:
        initiative = w.initiative(status=status)
        activity = w.activity(initiative)
        for days in days_before:
            w.session(activity, D - timedelta(days=days), cancelled=int(cancelled))
        return initiative

    silent = initiative_with([57])
    initiative_with([57, 56])  # met exactly 56 days ago: not silent
    also_silent = initiative_with([100, 0])  # only today since: today does not count
    initiative_with([1])  # never met before the window
    initiative_with([57], status="paused")
    cancelled_only = initiative_with([57])
    activity = w.activity(cancelled_only)
    w.session(activity, D - timedelta(days=10), cancelled=1)
    initiative_with([60], cancelled=True)  # only cancelled sessions: never met
    assert result(w, on=D)["fallen_silent"] == [silent, also_silent, cancelled_only]


# -- 8. place conflicts -----------------------------------------------------------------------
def test_place_conflicts(w) -> None:
    hall, garden = w.place("Zaal"), w.place("Tuin")
    one, two = w.activity(w.initiative(), hall), w.activity(w.initiative(), hall)
    elsewhere = w.activity(w.initiative(), garden)
    nowhere = w.activity(w.initiative(), None)
    a = w.session(one, "2026-09-07T10:00", 120)
    b = w.session(two, "2026-09-07T11:00", 60)  # overlaps a
    w.session(two, "2026-09-07T12:00", 60)  # starts when a ends: no conflict
    late = w.session(one, "2026-09-07T11:30", 30)  # same activity as a: no conflict with a,
    # but it does overlap b
    moved = w.session(elsewhere, "2026-09-07T10:30", 30, place=hall)  # moved into the hall
    w.session(elsewhere, "2026-09-07T10:00", 60)  # in the garden
    w.session(two, "2026-09-07T10:15", 30, cancelled=1)
    w.session(nowhere, "2026-09-07T10:00", 60)
    w.session(one, "2026-10-01T10:00", 60)
    w.session(two, "2026-10-01T10:00", 60)  # overlapping, but after the period
    assert result(w)["place_conflicts"] == sorted(
        [sorted([a, b]), sorted([a, moved]), sorted([b, late])]
    )


def test_empty_database_gives_empty_insights(w) -> None:
    assert result(w) == {
        "small_initiatives": [],
        "ownership": [],
        "without_community_worker": [],
        "bridging": {
            "pairs": 0,
            "bridging_pairs": 0,
            "new_bridging_pairs": 0,
            "per_initiative": [],
        },
        "intergenerational_sessions": [],
        "core_groups": [],
        "funding_running_out": [],
        "fallen_silent": [],
        "place_conflicts": [],
        "age_mix": {"sessions": 0, "mixed": 0},
    }
