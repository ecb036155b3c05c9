"""Typed records, one dataclass per table of the public schema (see shared SCHEMA.md).

Field order matches the table's columns; ``id`` is None until the record is stored and ``uid``
is filled in by the repository when empty.
"""

from __future__ import annotations

from dataclasses import dataclass

ORGANISATION_KINDS = ("residents", "municipality", "civil_society", "business", "other")
AGE_GROUPS = ("child", "youth", "adult", "senior")
INITIATIVE_STATUSES = ("idea", "active", "paused", "stopped")
ROLE_KINDS = ("lead", "co_owner", "supporter", "funder", "community_worker")
FUNDING_STATUSES = ("requested", "granted", "rejected")


@dataclass
class Place:
    name: str
    address: str | None = None
    neighbourhood: str | None = None
    capacity: int | None = None
    accessible: int = 0
    notes: str | None = None
    id: int | None = None
    uid: str | None = None


@dataclass
class Organisation:
    name: str
    kind: str = "other"
    notes: str | None = None
    id: int | None = None
    uid: str | None = None


@dataclass
class Participant:
    name: str
    phone: str | None = None
    email: str | None = None
    neighbourhood: str | None = None
    circle: str | None = None
    age_group: str | None = None
    is_worker: int = 0
    organisation_id: int | None = None
    consent_contact: int = 0
    consent_photo: int = 0
    notes: str | None = None
    created_on: str | None = None
    anonymised_on: str | None = None
    consent_contact_on: str | None = None
    consent_photo_on: str | None = None
    guardian_name: str | None = None
    guardian_phone: str | None = None
    id: int | None = None
    uid: str | None = None


@dataclass
class Initiative:
    name: str
    story: str | None = None
    status: str = "idea"
    started_on: str | None = None
    ended_on: str | None = None
    place_id: int | None = None
    notes: str | None = None
    id: int | None = None
    uid: str | None = None


@dataclass
class Role:
    initiative_id: int
    role: str
    participant_id: int | None = None
    organisation_id: int | None = None
    since: str | None = None
    until: str | None = None
    id: int | None = None
    uid: str | None = None


@dataclass
class Funding:
    initiative_id: int
    status: str = "requested"
    organisation_id: int | None = None
    description: str | None = None
    amount_cents: int | None = None
    starts_on: str | None = None
    ends_on: str | None = None
    id: int | None = None
    uid: str | None = None


@dataclass
class Activity:
    initiative_id: int
    title: str
    place_id: int | None = None
    rrule: str | None = None
    starts_at: str | None = None
    duration_minutes: int = 120
    capacity: int | None = None
    age_groups: str | None = None
    notes: str | None = None
    id: int | None = None
    uid: str | None = None


@dataclass
class Session:
    activity_id: int
    starts_at: str
    ends_at: str
    place_id: int | None = None
    cancelled: int = 0
    walk_ins: int = 0
    notes: str | None = None
    id: int | None = None
    uid: str | None = None


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
