"""Typed records, one dataclass per table of the public schema (see shared SCHEMA.md), and the
field registry: every field is declared once with :func:`~buurtapp.core.model.field_spec.spec`.

The declaration says everything the layers need (label, kind, default, whether it is personal,
exported, listed, how anonymising treats it, the header words an import understands); read it
through :mod:`buurtapp.core.model.fields`. Field order is the order of forms, exports and the
inzage; ``id`` is None until the record is stored and ``uid`` is filled in by the repository
when empty. Adding a field: a migration in ``storage/schema.py``, a declaration here, and its
Dutch label in the gettext catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass

from buurtapp.core.i18n import N_
from buurtapp.core.model.field_spec import Fixed, spec

ORGANISATION_KINDS = ("residents", "municipality", "civil_society", "business", "other")
AGE_GROUPS = ("child", "youth", "adult", "senior")
INITIATIVE_STATUSES = ("idea", "active", "paused", "stopped")
ROLE_KINDS = ("lead", "co_owner", "supporter", "funder", "community_worker")
FUNDING_STATUSES = ("requested", "granted", "rejected")
#: The longest session a centre runs: a week-long camp.
MAX_MINUTES = 7 * 24 * 60

_NOTES = ("notities", "opmerkingen", "notes", "opmerking")


def _id() -> int | None:
    return spec("id", "key", form=False)  # type: ignore[no-any-return]


def _uid() -> str | None:
    return spec("uid", "key", form=False)  # type: ignore[no-any-return]


def _notes(personal: bool = False) -> str | None:
    return spec(  # type: ignore[no-any-return]
        N_("Notes"),
        "multiline",
        exported=True,
        personal=personal,
        anonymise="clear" if personal else "keep",
        synonyms=_NOTES,
    )


@dataclass(kw_only=True)
class Place:
    name: str = spec(
        N_("Name"),
        required=True,
        exported=True,
        listed=True,
        synonyms=("naam", "name", "plek", "locatie"),
    )
    address: str | None = spec(
        N_("Address"), exported=True, listed=True, synonyms=("adres", "address", "straat")
    )
    neighbourhood: str | None = spec(
        N_("Neighbourhood"),
        exported=True,
        listed=True,
        complete=True,
        synonyms=("buurt", "wijk", "neighbourhood"),
    )
    capacity: int | None = spec(
        N_("Capacity"),
        "integer",
        exported=True,
        listed=True,
        form_label=N_("Capacity (people)"),
        synonyms=("capaciteit", "capacity", "plaatsen", "aantalplaatsen"),
    )
    accessible: int = spec(
        N_("Accessible"),
        "yes_no",
        default=0,
        exported=True,
        listed=True,
        form_label=N_("Accessible for wheelchairs"),
        synonyms=("toegankelijk", "rolstoeltoegankelijk", "accessible"),
    )
    notes: str | None = _notes()
    id: int | None = _id()
    uid: str | None = _uid()


@dataclass(kw_only=True)
class Organisation:
    name: str = spec(
        N_("Name"),
        required=True,
        exported=True,
        listed=True,
        synonyms=("naam", "name", "organisatie"),
    )
    kind: str = spec(
        N_("Kind"),
        "choice",
        default="other",
        required=True,
        choices=ORGANISATION_KINDS,
        exported=True,
        listed=True,
        synonyms=("soort", "type", "kind"),
    )
    notes: str | None = _notes()
    id: int | None = _id()
    uid: str | None = _uid()


@dataclass(kw_only=True)
class Participant:
    name: str = spec(
        N_("Name"),
        required=True,
        exported=True,
        personal=True,
        anonymise=Fixed("Geanonimiseerd"),
        listed=1,
        synonyms=("naam", "name", "volledigenaam", "deelnemer"),
    )
    phone: str | None = spec(
        N_("Phone"),
        "phone",
        exported=True,
        personal=True,
        anonymise="clear",
        listed=5,
        synonyms=("telefoon", "tel", "telefoonnummer", "phone", "mobiel", "gsm"),
    )
    email: str | None = spec(
        N_("E-mail"),
        "email",
        exported=True,
        personal=True,
        anonymise="clear",
        listed=6,
        synonyms=("email", "mail", "emailadres"),
    )
    neighbourhood: str | None = spec(
        N_("Neighbourhood"),
        exported=True,
        personal=True,
        anonymise="clear",
        listed=2,
        complete=True,
        synonyms=("buurt", "wijk", "neighbourhood"),
    )
    circle: str | None = spec(
        N_("Circle"),
        exported=True,
        personal=True,
        anonymise="clear",
        listed=3,
        complete=True,
        synonyms=("kring", "groep", "circle", "vereniging"),
    )
    # Kept when anonymising: past counts by age group must not change.
    age_group: str | None = spec(
        N_("Age group"),
        "choice",
        choices=AGE_GROUPS,
        exported=True,
        personal=True,
        listed=4,
        synonyms=("leeftijdsgroep", "leeftijd", "agegroup", "doelgroep"),
    )
    is_worker: int = spec(
        N_("Professional"),
        "yes_no",
        default=0,
        exported=True,
        personal=True,
        listed=7,
        form_label=N_("Paid professional (e.g. community worker)"),
        synonyms=("beroepskracht", "professional", "isworker", "medewerker"),
    )
    organisation_id: int | None = spec(
        N_("Organisation"),
        "reference",
        references="organisations",
        exported=True,
        personal=True,
        form_label=N_("Works at"),
        synonyms=("organisatie", "organisation", "werkgever", "werkzaambij"),
    )
    consent_contact: int = spec(
        N_("Consent to contact"),
        "yes_no",
        default=0,
        exported=True,
        personal=True,
        anonymise="clear",
        form_label=N_("May be contacted"),
        synonyms=(
            "toestemmingcontact",
            "magbenaderdworden",
            "consentcontact",
            "contacttoestemming",
        ),
    )
    consent_contact_on: str | None = spec(
        N_("Consent to contact given on"),
        "date",
        exported=True,
        personal=True,
        anonymise="clear",
        synonyms=("toestemmingcontactdatum", "consentcontacton"),
    )
    consent_photo: int = spec(
        N_("Consent to photos"),
        "yes_no",
        default=0,
        exported=True,
        personal=True,
        anonymise="clear",
        form_label=N_("Photos allowed"),
        synonyms=("toestemmingfoto", "fotostoegestaan", "consentphoto", "foto"),
    )
    consent_photo_on: str | None = spec(
        N_("Consent to photos given on"),
        "date",
        exported=True,
        personal=True,
        anonymise="clear",
        form_label=N_("Consent for photos given on"),
        synonyms=("toestemmingfotodatum", "consentphotoon"),
    )
    guardian_name: str | None = spec(
        N_("Parent/guardian"),
        exported=True,
        personal=True,
        anonymise="clear",
        form_label=N_("Parent or guardian (for children)"),
        synonyms=("ouderverzorger", "ouder", "verzorger", "guardian", "guardianname"),
    )
    guardian_phone: str | None = spec(
        N_("Parent/guardian phone"),
        "phone",
        exported=True,
        personal=True,
        anonymise="clear",
        form_label=N_("Phone of parent or guardian"),
        synonyms=("telefoonouder", "telefoonouderverzorger", "guardianphone"),
    )
    dietary_wishes: str | None = spec(
        N_("Dietary wishes"),
        exported=True,
        personal=True,
        anonymise="clear",
        synonyms=("dieet", "dieetwensen", "allergieen", "allergieën", "dietarywishes", "diet"),
        examples=("vegetarisch", "halal", "glutenvrij", "geen noten", "lactosevrij"),
    )
    notes: str | None = _notes(personal=True)
    created_on: str | None = spec(
        N_("Created on"),
        "date",
        exported=True,
        personal=True,
        form=False,
        synonyms=("ingeschreven", "aangemeld", "createdon", "inschrijfdatum", "aangemaaktop"),
    )
    # Not exported: anonymised people are left out of exports altogether.
    anonymised_on: str | None = spec(
        N_("Anonymised on"), "date", personal=True, anonymise="today", form=False
    )
    id: int | None = _id()
    uid: str | None = _uid()


@dataclass(kw_only=True)
class Initiative:
    name: str = spec(
        N_("Name"),
        required=True,
        exported=True,
        listed=True,
        synonyms=("naam", "name", "initiatief", "initiative"),
    )
    status: str = spec(
        N_("Status"),
        "choice",
        default="idea",
        required=True,
        choices=INITIATIVE_STATUSES,
        exported=True,
        listed=True,
        synonyms=("status", "stand"),
    )
    story: str | None = spec(
        N_("Story"),
        "multiline",
        exported=True,
        form_label=N_("Story: why it matters"),
        synonyms=("verhaal", "story", "waarom"),
    )
    started_on: str | None = spec(
        N_("Start date"),
        "date",
        exported=True,
        listed=True,
        column_label=N_("Started"),
        form_label=N_("Started on"),
        synonyms=("startdatum", "gestartop", "begonnen", "startedon"),
    )
    ended_on: str | None = spec(
        N_("End date"),
        "date",
        exported=True,
        form_label=N_("Ended on"),
        synonyms=("einddatum", "gestoptop", "endedon"),
    )
    place_id: int | None = spec(
        N_("Place"),
        "reference",
        references="places",
        exported=True,
        form_label=N_("Home place"),
        synonyms=("plek", "locatie", "place", "thuisplek"),
    )
    notes: str | None = _notes()
    id: int | None = _id()
    uid: str | None = _uid()


@dataclass(kw_only=True)
class Role:
    initiative_id: int = spec(
        N_("Initiative"), "reference", references="initiatives", required=True, form=False
    )
    role: str = spec(N_("Role"), "choice", default="lead", required=True, choices=ROLE_KINDS)
    participant_id: int | None = spec(
        N_("Participant"),
        "reference",
        references="participants",
        form_label=N_("Held by a person"),
    )
    organisation_id: int | None = spec(
        N_("Organisation"),
        "reference",
        references="organisations",
        form_label=N_("or by an organisation"),
    )
    since: str | None = spec(N_("Since"), "date")
    until: str | None = spec(N_("Until"), "date")
    id: int | None = _id()
    uid: str | None = _uid()


@dataclass(kw_only=True)
class Funding:
    initiative_id: int = spec(
        N_("Initiative"), "reference", references="initiatives", required=True, form=False
    )
    organisation_id: int | None = spec(
        N_("Organisation"), "reference", references="organisations", form_label=N_("Funder")
    )
    description: str | None = spec(N_("Description"))
    amount_cents: int | None = spec(
        N_("Amount"), "money", maximum=100_000_000_000, form_label=N_("Amount (€)")
    )
    starts_on: str | None = spec(N_("Start date"), "date", form_label=N_("From"))
    ends_on: str | None = spec(N_("End date"), "date", form_label=N_("Until"))
    status: str = spec(
        N_("Status"), "choice", default="requested", required=True, choices=FUNDING_STATUSES
    )
    id: int | None = _id()
    uid: str | None = _uid()


@dataclass(kw_only=True)
class Activity:
    title: str = spec(
        N_("Title"),
        required=True,
        exported=True,
        listed=True,
        synonyms=("titel", "activiteit", "title", "naam"),
    )
    initiative_id: int = spec(
        N_("Initiative"),
        "reference",
        references="initiatives",
        required=True,
        exported=True,
        synonyms=("initiatief", "initiative"),
    )
    place_id: int | None = spec(
        N_("Place"),
        "reference",
        references="places",
        exported=True,
        synonyms=("plek", "locatie", "place"),
    )
    # The activity dialog has its own controls for when an activity happens.
    rrule: str | None = spec(
        N_("Repeat"),
        "rrule",
        exported=True,
        listed=True,
        column_label=N_("When"),
        form=False,
        synonyms=("herhaling", "rrule", "repeat"),
    )
    starts_at: str | None = spec(
        N_("Start"),
        "datetime",
        exported=True,
        form=False,
        synonyms=("eerstebijeenkomst", "start", "begin", "startsat", "datum"),
    )
    duration_minutes: int = spec(
        N_("Duration (minutes)"),
        "integer",
        default=120,
        required=True,
        minimum=1,
        maximum=MAX_MINUTES,
        exported=True,
        form=False,
        synonyms=("duur", "minuten", "duration", "durationminutes", "duurminuten"),
    )
    capacity: int | None = spec(
        N_("Capacity"),
        "integer",
        exported=True,
        form_label=N_("Maximum number of people"),
        synonyms=("capaciteit", "capacity", "maximum"),
    )
    age_groups: str | None = spec(
        N_("Target groups"),
        "choices",
        choices=AGE_GROUPS,
        exported=True,
        form_label=N_("Meant for"),
        synonyms=("doelgroepen", "agegroups", "bedoeldvoor"),
    )
    notes: str | None = _notes()
    id: int | None = _id()
    uid: str | None = _uid()


@dataclass(kw_only=True)
class Session:
    activity_id: int = spec(
        N_("Activity"), "reference", references="activities", required=True, form=False
    )
    starts_at: str = spec(N_("Start"), "datetime", required=True, form=False)
    ends_at: str = spec(N_("End time"), "datetime", required=True, form=False)
    place_id: int | None = spec(N_("Place"), "reference", references="places", form=False)
    cancelled: int = spec(N_("Cancelled"), "yes_no", default=0, form=False)
    walk_ins: int = spec(N_("Walk-ins"), "integer", default=0, required=True, form=False)
    notes: str | None = spec(N_("Notes"), "multiline", form=False)
    id: int | None = _id()
    uid: str | None = _uid()


Record = Place | Organisation | Participant | Initiative | Role | Funding | Activity | Session

TABLE_OF: dict[type, str] = {
    Place: "places",
    Organisation: "organisations",
    Participant: "participants",
    Initiative: "initiatives",
    Role: "roles",
    Funding: "fundings",
    Activity: "activities",
    Session: "sessions",
}
