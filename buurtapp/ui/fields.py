"""Which fields each record's form shows, in what order, and with which kind of control."""

from __future__ import annotations

from dataclasses import dataclass

from buurtapp.core.model import records as r
from buurtapp.qt_text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class FieldSpec:
    """``kind``: text, multiline, int, money, bool, date, choice, ref, multi."""

    name: str
    label: str
    kind: str = "text"
    required: bool = False
    choices: str | None = None  # ENUM_LABELS field for choice/multi, listing kind for ref
    nullable: bool = True
    complete: tuple[str, str] | None = None  # (table, column) whose values are offered


def _f(name: str, label: str, kind: str = "text", **extra: object) -> FieldSpec:
    return FieldSpec(name, label, kind, **extra)  # type: ignore[arg-type]


FORMS: dict[type, list[FieldSpec]] = {
    r.Place: [
        _f("name", QT_TRANSLATE_NOOP("Fields", "Name"), required=True),
        _f("address", QT_TRANSLATE_NOOP("Fields", "Address")),
        _f(
            "neighbourhood",
            QT_TRANSLATE_NOOP("Fields", "Neighbourhood"),
            complete=("places", "neighbourhood"),
        ),
        _f("capacity", QT_TRANSLATE_NOOP("Fields", "Capacity (people)"), "int"),
        _f("accessible", QT_TRANSLATE_NOOP("Fields", "Accessible for wheelchairs"), "bool"),
        _f("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), "multiline"),
    ],
    r.Organisation: [
        _f("name", QT_TRANSLATE_NOOP("Fields", "Name"), required=True),
        _f("kind", QT_TRANSLATE_NOOP("Fields", "Kind"), "choice", choices="kind", nullable=False),
        _f("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), "multiline"),
    ],
    r.Participant: [
        _f("name", QT_TRANSLATE_NOOP("Fields", "Name"), required=True),
        _f("phone", QT_TRANSLATE_NOOP("Fields", "Phone")),
        _f("email", QT_TRANSLATE_NOOP("Fields", "E-mail")),
        _f(
            "neighbourhood",
            QT_TRANSLATE_NOOP("Fields", "Neighbourhood"),
            complete=("participants", "neighbourhood"),
        ),
        _f("circle", QT_TRANSLATE_NOOP("Fields", "Circle"), complete=("participants", "circle")),
        _f("age_group", QT_TRANSLATE_NOOP("Fields", "Age group"), "choice", choices="age_group"),
        _f(
            "is_worker",
            QT_TRANSLATE_NOOP("Fields", "Paid professional (e.g. community worker)"),
            "bool",
        ),
        _f(
            "organisation_id",
            QT_TRANSLATE_NOOP("Fields", "Works at"),
            "ref",
            choices="organisations",
        ),
        _f("consent_contact", QT_TRANSLATE_NOOP("Fields", "May be contacted"), "bool"),
        _f(
            "consent_contact_on", QT_TRANSLATE_NOOP("Fields", "Consent to contact given on"), "date"
        ),
        _f("consent_photo", QT_TRANSLATE_NOOP("Fields", "Photos allowed"), "bool"),
        _f("consent_photo_on", QT_TRANSLATE_NOOP("Fields", "Consent for photos given on"), "date"),
        _f("guardian_name", QT_TRANSLATE_NOOP("Fields", "Parent or guardian (for children)")),
        _f("guardian_phone", QT_TRANSLATE_NOOP("Fields", "Phone of parent or guardian")),
        _f("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), "multiline"),
    ],
    r.Initiative: [
        _f("name", QT_TRANSLATE_NOOP("Fields", "Name"), required=True),
        _f(
            "status",
            QT_TRANSLATE_NOOP("Fields", "Status"),
            "choice",
            choices="status",
            nullable=False,
        ),
        _f("story", QT_TRANSLATE_NOOP("Fields", "Story: why it matters"), "multiline"),
        _f("started_on", QT_TRANSLATE_NOOP("Fields", "Started on"), "date"),
        _f("ended_on", QT_TRANSLATE_NOOP("Fields", "Ended on"), "date"),
        _f("place_id", QT_TRANSLATE_NOOP("Fields", "Home place"), "ref", choices="places"),
        _f("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), "multiline"),
    ],
    r.Role: [
        _f("role", QT_TRANSLATE_NOOP("Fields", "Role"), "choice", choices="role", nullable=False),
        _f(
            "participant_id",
            QT_TRANSLATE_NOOP("Fields", "Held by a person"),
            "ref",
            choices="participants",
        ),
        _f(
            "organisation_id",
            QT_TRANSLATE_NOOP("Fields", "or by an organisation"),
            "ref",
            choices="organisations",
        ),
        _f("since", QT_TRANSLATE_NOOP("Fields", "Since"), "date"),
        _f("until", QT_TRANSLATE_NOOP("Fields", "Until"), "date"),
    ],
    r.Funding: [
        _f(
            "organisation_id", QT_TRANSLATE_NOOP("Fields", "Funder"), "ref", choices="organisations"
        ),
        _f("description", QT_TRANSLATE_NOOP("Fields", "Description")),
        _f("amount_cents", QT_TRANSLATE_NOOP("Fields", "Amount (€)"), "money"),
        _f("starts_on", QT_TRANSLATE_NOOP("Fields", "From"), "date"),
        _f("ends_on", QT_TRANSLATE_NOOP("Fields", "Until"), "date"),
        _f(
            "status",
            QT_TRANSLATE_NOOP("Fields", "Status"),
            "choice",
            choices="funding_status",
            nullable=False,
        ),
    ],
    r.Activity: [
        _f("title", QT_TRANSLATE_NOOP("Fields", "Title"), required=True),
        _f(
            "initiative_id",
            QT_TRANSLATE_NOOP("Fields", "Initiative"),
            "ref",
            choices="initiatives",
            required=True,
        ),
        _f("place_id", QT_TRANSLATE_NOOP("Fields", "Place"), "ref", choices="places"),
        _f("capacity", QT_TRANSLATE_NOOP("Fields", "Maximum number of people"), "int"),
        _f("age_groups", QT_TRANSLATE_NOOP("Fields", "Meant for"), "multi", choices="age_group"),
        _f("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), "multiline"),
    ],
}
