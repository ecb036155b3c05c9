"""Create, read, update, list and delete every kind of record; validation in two languages."""

import pytest

from buurtapp.core.errors import BuurtappError, ValidationError
from buurtapp.core.model import records as r
from buurtapp.core.model.attendance import set_attendance
from buurtapp.core.model.repository import Repositories
from buurtapp.core.privacy.deletion import Outcome, delete


@pytest.fixture
def repos(database) -> Repositories:
    return Repositories(database)


def _world(repos: Repositories) -> dict:
    place = repos.places.add(r.Place(name="Buurthuis De Linde", capacity=40, accessible=True))
    org = repos.organisations.add(r.Organisation(name="Gemeente Dorpstad", kind="municipality"))
    person = repos.participants.add(
        r.Participant(name="Fatima El Amrani", phone=" 06-1234 ", age_group="senior")
    )
    initiative = repos.initiatives.add(
        r.Initiative(name="Koffie op de hoek", status="active", place_id=place.id)
    )
    activity = repos.activities.add(
        r.Activity(
            initiative_id=initiative.id,
            title="Koffieochtend",
            place_id=place.id,
            rrule="FREQ=WEEKLY;BYDAY=TU",
            starts_at="2026-01-06T10:00",
            duration_minutes=120,
        )
    )
    return {
        "place": place,
        "org": org,
        "person": person,
        "initiative": initiative,
        "activity": activity,
    }


def test_create_read_update_each_kind(repos) -> None:
    w = _world(repos)
    assert w["place"].id == 1 and w["place"].accessible == 1 and len(w["place"].uid) == 36
    assert w["person"].phone == "06-1234"  # trimmed
    assert w["person"].created_on is not None  # column default
    role = repos.roles.add(
        r.Role(initiative_id=w["initiative"].id, role="lead", participant_id=w["person"].id)
    )
    org_role = repos.roles.add(
        r.Role(initiative_id=w["initiative"].id, role="co_owner", organisation_id=w["org"].id)
    )
    funding = repos.fundings.add(
        r.Funding(
            initiative_id=w["initiative"].id,
            status="granted",
            organisation_id=w["org"].id,
            description="Buurtbudget",
            amount_cents=50_000,
            starts_on="2026-01-01",
            ends_on="2026-12-31",
        )
    )
    session = repos.sessions.add(
        r.Session(
            activity_id=w["activity"].id, starts_at="2026-01-06T10:00", ends_at="2026-01-06T12:00"
        )
    )
    assert {role.role, org_role.role} == {"lead", "co_owner"}
    assert repos.fundings.get(funding.id).amount_cents == 50_000
    assert repos.sessions.get(session.id).walk_ins == 0

    w["place"].name = "Buurthuis De Linde (zaal 2)"
    w["place"].capacity = 25
    updated = repos.places.update(w["place"])
    assert updated.name == "Buurthuis De Linde (zaal 2)" and updated.capacity == 25
    assert updated.uid == w["place"].uid


def test_list_with_filters(repos) -> None:
    for name, status in [("B", "active"), ("A", "active"), ("C", "idea")]:
        repos.initiatives.add(r.Initiative(name=name, status=status))
    active = repos.initiatives.list({"status": "active"}, order_by="name")
    assert [i.name for i in active] == ["A", "B"]
    assert [i.name for i in repos.initiatives.list({"place_id": None}, limit=1)] == ["B"]
    with pytest.raises(ValueError):
        repos.initiatives.list({"nonsense": 1})
    with pytest.raises(ValueError):
        repos.initiatives.list(order_by="name; DROP TABLE initiatives")


@pytest.mark.parametrize(
    ("record", "field", "nl", "en"),
    [
        (r.Place(name="   "), "name", "Naam is verplicht.", "Name is required."),
        (
            r.Place(name="X", capacity=-3),
            "capacity",
            "Capaciteit mag niet negatief zijn.",
            "Capacity cannot be negative.",
        ),
        (
            r.Initiative(name="X", started_on="2026-02-30"),
            "started_on",
            "geen geldige datum",
            "not a valid date",
        ),
        (
            r.Initiative(name="X", started_on="2026-03-01", ended_on="2026-02-01"),
            "ended_on",
            "Einddatum moet na Startdatum liggen.",
            "End date must be after Start date.",
        ),
        (r.Initiative(name="X", status="busy"), "status", "onbekende waarde", "unknown value"),
        (r.Participant(name="X", email="piet-at-home"), "email", "e-mailadres", "e-mail address"),
        (r.Participant(name="X", age_group="baby"), "age_group", "Leeftijdsgroep", "Age group"),
        (r.Participant(name="x" * 201), "name", "te lang", "too long"),
        (
            r.Activity(initiative_id=1, title="X", duration_minutes=0),
            "duration_minutes",
            "groter dan nul",
            "greater than zero",
        ),
        (
            r.Activity(
                initiative_id=1, title="X", rrule="FREQ=FORTNIGHTLY", starts_at="2026-01-01T10:00"
            ),
            "rrule",
            "herhaalpatroon",
            "repeat pattern",
        ),
        (
            r.Activity(
                initiative_id=1, title="X", rrule="FREQ=HOURLY", starts_at="2026-01-01T10:00"
            ),
            "rrule",
            "hoogstens dagelijks",
            "at most daily",
        ),
        (
            r.Activity(initiative_id=1, title="X", starts_at="2026-01-01 10:00"),
            "starts_at",
            "geen geldig tijdstip",
            "not a valid date and time",
        ),
        (
            r.Session(activity_id=1, starts_at="2026-01-01T10:00", ends_at="2026-01-01T10:00"),
            "ends_at",
            "moet na",
            "must be after",
        ),
        (r.Role(initiative_id=1, role="lead"), "participant_id", "precies één", "exactly one"),
        (
            r.Funding(
                initiative_id=1, status="granted", starts_on="2026-05-01", ends_on="2026-04-30"
            ),
            "ends_on",
            "Einddatum",
            "End date",
        ),
    ],
)
def test_validation_errors_name_field_in_both_languages(repos, record, field, nl, en) -> None:
    table = r.TABLE_OF[type(record)]
    before = repos.database.scalar(f"SELECT count(*) FROM {table}")
    with pytest.raises(ValidationError) as err:
        getattr(repos, table).add(record)
    assert err.value.field == field
    assert nl in err.value.message("nl")
    assert en in err.value.message("en")
    assert repos.database.scalar(f"SELECT count(*) FROM {table}") == before


def test_odd_unicode_is_kept_but_control_characters_dropped(repos) -> None:
    p = repos.participants.add(r.Participant(name="Zoë 'Öztürk' <b>&\u202e\x07 李", notes="a\nb"))
    assert p.name == "Zoë 'Öztürk' <b>& 李"
    assert p.notes == "a\nb"


def test_add_many_is_all_or_nothing(repos) -> None:
    with pytest.raises(ValidationError):
        repos.places.add_many([r.Place(name="Een"), r.Place(name="Twee"), r.Place(name="")])
    assert repos.places.count() == 0


def test_get_unknown_id_is_a_readable_error(repos) -> None:
    with pytest.raises(BuurtappError) as err:
        repos.places.get(42)
    assert err.value.message("nl") == "De plek met nummer 42 bestaat niet."


def test_place_in_use_cannot_be_deleted(repos) -> None:
    w = _world(repos)
    with pytest.raises(BuurtappError) as err:
        delete(repos.database, "places", w["place"].id)
    assert "(1 initiatief, 1 activiteit)" in err.value.message("nl")
    assert repos.places.count() == 1
    free = repos.places.add(r.Place(name="Bibliotheek"))
    assert delete(repos.database, "places", free.id) is Outcome.DELETED


def test_participant_with_history_is_anonymised_not_deleted(repos) -> None:
    w = _world(repos)
    s = repos.sessions.add(
        r.Session(
            activity_id=w["activity"].id, starts_at="2026-01-06T10:00", ends_at="2026-01-06T12:00"
        )
    )
    repos.roles.add(
        r.Role(initiative_id=w["initiative"].id, role="lead", participant_id=w["person"].id)
    )
    assert set_attendance(repos.database, s.id, w["person"].id, True)
    assert not set_attendance(repos.database, s.id, w["person"].id, True)
    outcome = delete(repos.database, "participants", w["person"].id)
    assert outcome is Outcome.ANONYMISED
    gone = repos.participants.get(w["person"].id)
    assert gone.name == "Geanonimiseerd" and gone.phone is None and gone.anonymised_on
    assert gone.age_group == "senior"
    assert repos.database.scalar("SELECT count(*) FROM attendance") == 1


def test_participant_without_history_is_deleted_with_roles(repos) -> None:
    w = _world(repos)
    repos.roles.add(
        r.Role(initiative_id=w["initiative"].id, role="supporter", participant_id=w["person"].id)
    )
    assert delete(repos.database, "participants", w["person"].id) is Outcome.DELETED
    assert repos.participants.count() == 0 and repos.roles.count() == 0


def test_deleting_initiative_removes_what_belongs_to_it(repos) -> None:
    w = _world(repos)
    s = repos.sessions.add(
        r.Session(
            activity_id=w["activity"].id, starts_at="2026-01-06T10:00", ends_at="2026-01-06T12:00"
        )
    )
    set_attendance(repos.database, s.id, w["person"].id, True)
    repos.roles.add(
        r.Role(initiative_id=w["initiative"].id, role="co_owner", organisation_id=w["org"].id)
    )
    repos.fundings.add(
        r.Funding(initiative_id=w["initiative"].id, status="requested", organisation_id=w["org"].id)
    )
    with pytest.raises(BuurtappError):
        delete(repos.database, "organisations", w["org"].id)
    delete(repos.database, "initiatives", w["initiative"].id)
    for table in ("initiatives", "activities", "sessions", "attendance", "roles", "fundings"):
        assert repos.database.scalar(f"SELECT count(*) FROM {table}") == 0, table
    assert repos.participants.count() == 1
    assert delete(repos.database, "organisations", w["org"].id) is Outcome.DELETED
