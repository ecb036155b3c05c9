"""Field and record labels in Dutch and English, for messages produced by the core."""

from __future__ import annotations

Label = dict[str, str]


def _l(nl: str, en: str) -> Label:
    return {"nl": nl, "en": en}


KIND_LABELS: dict[str, Label] = {
    "places": _l("De plek", "The place"),
    "organisations": _l("De organisatie", "The organisation"),
    "participants": _l("De deelnemer", "The participant"),
    "initiatives": _l("Het initiatief", "The initiative"),
    "roles": _l("De rol", "The role"),
    "fundings": _l("De financiering", "The funding"),
    "activities": _l("De activiteit", "The activity"),
    "sessions": _l("De bijeenkomst", "The session"),
}

FIELD_LABELS: dict[str, Label] = {
    "name": _l("Naam", "Name"),
    "title": _l("Titel", "Title"),
    "address": _l("Adres", "Address"),
    "neighbourhood": _l("Buurt", "Neighbourhood"),
    "capacity": _l("Capaciteit", "Capacity"),
    "accessible": _l("Toegankelijk", "Accessible"),
    "notes": _l("Notities", "Notes"),
    "kind": _l("Soort", "Kind"),
    "phone": _l("Telefoon", "Phone"),
    "email": _l("E-mail", "E-mail"),
    "circle": _l("Kring", "Circle"),
    "age_group": _l("Leeftijdsgroep", "Age group"),
    "is_worker": _l("Beroepskracht", "Professional"),
    "organisation_id": _l("Organisatie", "Organisation"),
    "consent_contact": _l("Toestemming contact", "Consent to contact"),
    "consent_photo": _l("Toestemming foto", "Consent to photos"),
    "created_on": _l("Aangemaakt op", "Created on"),
    "anonymised_on": _l("Geanonimiseerd op", "Anonymised on"),
    "story": _l("Verhaal", "Story"),
    "status": _l("Status", "Status"),
    "started_on": _l("Startdatum", "Start date"),
    "ended_on": _l("Einddatum", "End date"),
    "place_id": _l("Plek", "Place"),
    "initiative_id": _l("Initiatief", "Initiative"),
    "participant_id": _l("Deelnemer", "Participant"),
    "role": _l("Rol", "Role"),
    "since": _l("Sinds", "Since"),
    "until": _l("Tot", "Until"),
    "description": _l("Omschrijving", "Description"),
    "amount_cents": _l("Bedrag", "Amount"),
    "starts_on": _l("Begindatum", "Start date"),
    "ends_on": _l("Einddatum", "End date"),
    "rrule": _l("Herhaling", "Repeat"),
    "starts_at": _l("Eerste bijeenkomst", "Start"),
    "ends_at": _l("Eindtijd", "End time"),
    "duration_minutes": _l("Duur (minuten)", "Duration (minutes)"),
    "age_groups": _l("Doelgroepen", "Target groups"),
    "consent_contact_on": _l("Toestemming contact gegeven op", "Consent to contact given on"),
    "consent_photo_on": _l("Toestemming foto gegeven op", "Consent to photos given on"),
    "guardian_name": _l("Ouder/verzorger", "Parent/guardian"),
    "guardian_phone": _l("Telefoon ouder/verzorger", "Parent/guardian phone"),
    "activity_id": _l("Activiteit", "Activity"),
    "cancelled": _l("Afgelast", "Cancelled"),
    "walk_ins": _l("Inlopers", "Walk-ins"),
}


def field_label(field: str) -> Label:
    return FIELD_LABELS.get(field, _l(field, field))
