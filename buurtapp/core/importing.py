"""Importing participants, places, organisations and activities from a spreadsheet.

First a plan (nothing written): which column goes to which field, the records that can be
imported, the rows that cannot (with line number and why) and likely duplicates. Then, if the
user goes on, the plan is written in one transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from buurtapp.core import records as r
from buurtapp.core.database import Database
from buurtapp.core.errors import BuurtappError, ValidationError
from buurtapp.core.labels import field_label
from buurtapp.core.parsing import parse_date
from buurtapp.core.repository import Repository, new_uid
from buurtapp.core.schedule import PLANNING_DAYS, regenerate_in_transaction
from buurtapp.core.tabular import Sheet
from buurtapp.core.validation import validate

KINDS = {
    "participants": r.Participant,
    "places": r.Place,
    "organisations": r.Organisation,
    "activities": r.Activity,
}

# Field -> header words that mean it (compared without case, spaces or punctuation).
SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "participants": {
        "name": ("naam", "name", "volledigenaam", "deelnemer"),
        "phone": ("telefoon", "tel", "telefoonnummer", "phone", "mobiel", "gsm"),
        "email": ("email", "mail", "emailadres"),
        "neighbourhood": ("buurt", "wijk", "neighbourhood"),
        "circle": ("kring", "groep", "circle", "vereniging"),
        "age_group": ("leeftijdsgroep", "leeftijd", "agegroup", "doelgroep"),
        "is_worker": ("beroepskracht", "professional", "isworker", "medewerker"),
        "consent_contact": (
            "toestemmingcontact",
            "magbenaderdworden",
            "consentcontact",
            "contacttoestemming",
        ),
        "consent_photo": ("toestemmingfoto", "fotostoegestaan", "consentphoto", "foto"),
        "notes": ("notities", "opmerkingen", "notes", "opmerking"),
        "guardian_name": ("ouderverzorger", "ouder", "verzorger", "guardian", "guardianname"),
        "guardian_phone": ("telefoonouder", "telefoonouderverzorger", "guardianphone"),
        "created_on": ("ingeschreven", "aangemeld", "createdon", "inschrijfdatum", "aangemaaktop"),
    },
    "places": {
        "name": ("naam", "name", "plek", "locatie"),
        "address": ("adres", "address", "straat"),
        "neighbourhood": ("buurt", "wijk", "neighbourhood"),
        "capacity": ("capaciteit", "capacity", "plaatsen", "aantalplaatsen"),
        "accessible": ("toegankelijk", "rolstoeltoegankelijk", "accessible"),
        "notes": ("notities", "opmerkingen", "notes"),
    },
    "organisations": {
        "name": ("naam", "name", "organisatie"),
        "kind": ("soort", "type", "kind"),
        "notes": ("notities", "opmerkingen", "notes"),
    },
    "activities": {
        "title": ("titel", "activiteit", "title", "naam"),
        "initiative_id": ("initiatief", "initiative"),
        "place_id": ("plek", "locatie", "place"),
        "rrule": ("herhaling", "rrule", "repeat"),
        "starts_at": ("eerstebijeenkomst", "start", "begin", "startsat", "datum"),
        "duration_minutes": ("duur", "minuten", "duration", "durationminutes", "duurminuten"),
        "capacity": ("capaciteit", "capacity", "maximum"),
        "age_groups": ("doelgroepen", "agegroups", "bedoeldvoor"),
        "notes": ("notities", "opmerkingen", "notes"),
    },
}
REQUIRED = {
    "participants": "name",
    "places": "name",
    "organisations": "name",
    "activities": "title",
}
BOOLEANS = {"is_worker", "consent_contact", "consent_photo", "accessible"}
DATES = {"created_on"}
INTEGERS = {"capacity", "duration_minutes"}
YES = {"ja", "j", "x", "yes", "y", "1", "true", "waar", "v", "✓"}
NO = {"nee", "n", "no", "0", "false", "onwaar", ""}
AGE_WORDS = {
    "child": ("kind", "kinderen", "child", "children", "012", "kind012"),
    "youth": ("jongere", "jongeren", "jeugd", "tiener", "youth", "1317", "jongere1317"),
    "adult": ("volwassene", "volwassenen", "adult", "1864", "volwassene1864"),
    "senior": ("senior", "senioren", "oudere", "ouderen", "65", "65plus", "senior65"),
}
KIND_WORDS = {
    "residents": ("bewonersgroep", "bewoners", "residents", "bewonersorganisatie"),
    "municipality": ("gemeente", "municipality", "overheid"),
    "civil_society": (
        "maatschappelijk",
        "maatschappelijkeorganisatie",
        "welzijn",
        "civilsociety",
        "stichting",
        "school",
        "zorg",
    ),
    "business": ("bedrijf", "business", "winkel", "ondernemer"),
    "other": ("anders", "other", "overig"),
}


def squash(text: str) -> str:
    """Lower case without spaces or punctuation: 'E-mail adres' -> 'emailadres'."""
    return re.sub(r"[\W_]+", "", text.casefold())


def guess_mapping(kind: str, header: list[str]) -> dict[int, str | None]:
    """Column number -> field, from the header words; each field taken once."""
    mapping: dict[int, str | None] = {}
    taken: set[str] = set()
    for number, title in enumerate(header):
        word = squash(title)
        found = next(
            (
                f
                for f, words in SYNONYMS[kind].items()
                if f not in taken and (word in words or word == squash(f))
            ),
            None,
        )
        mapping[number] = found
        if found:
            taken.add(found)
    return mapping


@dataclass
class ImportPlan:
    kind: str
    mapping: dict[int, str | None]
    records: list[tuple[int, Any]] = field(default_factory=list)
    problems: list[tuple[int, BuurtappError]] = field(default_factory=list)
    duplicates: list[tuple[int, BuurtappError]] = field(default_factory=list)

    def messages(self, language: str) -> list[str]:
        return [f"{line}: {error.message(language)}" for line, error in self.problems]


def _text(value: str, name: str) -> str | None:
    value = value.strip()
    if value.startswith("'"):
        return value[1:] or None  # written by our export (or Excel) to stop formulas
    if value.startswith(("=", "@")):
        raise ValidationError("formula_cell", field=name, label=field_label(name), value=value[:40])
    return value or None


def _convert(name: str, value: str, lookups: dict[str, dict[str, int]]) -> Any:
    text = _text(value, name)
    if name in BOOLEANS:
        word = squash(text or "")
        if word in YES:
            return 1
        if word in NO:
            return 0
        raise ValidationError("bad_yes_no", field=name, label=field_label(name), value=text)
    if text is None:
        return None
    if name in DATES:
        return parse_date(text, name)
    if name in INTEGERS:
        try:
            return int(float(text.replace(",", ".")))
        except ValueError:
            raise ValidationError(
                "bad_choice", field=name, label=field_label(name), value=text
            ) from None
    if name == "age_group":
        return _word(text, AGE_WORDS, name)
    if name == "kind":
        return _word(text, KIND_WORDS, name)
    if name == "age_groups":
        return ",".join(
            _word(part, AGE_WORDS, name) for part in re.split(r"[,;/]", text) if part.strip()
        )
    if name == "starts_at":
        return _moment(text)
    if name in ("initiative_id", "place_id"):
        found = lookups[name].get(text.casefold())
        if found is None:
            raise ValidationError(
                "unknown_reference", field=name, label=field_label(name), value=text
            )
        return found
    return text


def _word(text: str, words: dict[str, tuple[str, ...]], name: str) -> str:
    key = squash(text)
    for value, options in words.items():
        if key in options or key == value:
            return value
    raise ValidationError("bad_choice", field=name, label=field_label(name), value=text)


def _moment(text: str) -> str:
    """'5-1-2027 10:00', '2027-01-05T10:00' or a date alone (10:00) to YYYY-MM-DDTHH:MM."""
    parts = text.replace("T", " ").split()
    day = parse_date(parts[0], "starts_at")
    clock = parts[1] if len(parts) > 1 else "10:00"
    if not re.fullmatch(r"\d{1,2}[:.]\d{2}", clock):
        raise ValidationError(
            "bad_datetime", field="starts_at", label=field_label("starts_at"), value=text
        )
    hours, minutes = (int(x) for x in re.split(r"[:.]", clock))
    if hours > 23 or minutes > 59:
        raise ValidationError(
            "bad_datetime", field="starts_at", label=field_label("starts_at"), value=text
        )
    return f"{day}T{hours:02d}:{minutes:02d}"


def _lookups(database: Database, kind: str) -> dict[str, dict[str, int]]:
    if kind != "activities":
        return {}
    return {
        "initiative_id": {
            n.casefold(): i for i, n in database.conn.execute("SELECT id, name FROM initiatives")
        },
        "place_id": {
            n.casefold(): i for i, n in database.conn.execute("SELECT id, name FROM places")
        },
    }


def _person_keys(name: str | None, phone: str | None, email: str | None) -> list[tuple]:
    who = " ".join((name or "").casefold().split())
    keys = []
    digits = re.sub(r"\D", "", phone or "")
    if digits:
        keys.append((who, "phone", digits[-9:]))
    if email:
        keys.append((who, "email", email.strip().casefold()))
    return keys


def plan_import(
    database: Database, kind: str, sheet: Sheet, mapping: dict[int, str | None] | None = None
) -> ImportPlan:
    """What importing ``sheet`` as ``kind`` would do; writes nothing."""
    mapping = mapping if mapping is not None else guess_mapping(kind, sheet.header)
    plan = ImportPlan(kind, mapping)
    required = REQUIRED[kind]
    if required not in mapping.values():
        plan.problems.append(
            (1, ValidationError("no_required_column", field=required, label=field_label(required)))
        )
        return plan
    lookups = _lookups(database, kind)
    record_type = KINDS[kind]
    known: dict[tuple, str] = {}
    if kind == "participants":
        for name, phone, email in database.conn.execute(
            "SELECT name, phone, email FROM participants WHERE anonymised_on IS NULL"
        ):
            for key in _person_keys(name, phone, email):
                known[key] = name
    seen: dict[tuple, int] = {}
    for line, cells in sheet.rows:
        values: dict[str, Any] = {}
        try:
            for number, name in mapping.items():
                if name and number < len(cells):
                    values[name] = _convert(name, cells[number], lookups)
            record = record_type(
                **{**_defaults(kind), **{k: v for k, v in values.items() if v is not None}}
            )
            validate(record)
        except ValidationError as error:
            plan.problems.append((line, error))
            continue
        if kind == "participants":
            keys = _person_keys(record.name, record.phone, record.email)
            match = next((known[k] for k in keys if k in known), None)
            earlier = next((seen[k] for k in keys if k in seen), None)
            if match is not None:
                plan.duplicates.append((line, BuurtappError("duplicate_existing", name=match)))
            elif earlier is not None:
                plan.duplicates.append((line, BuurtappError("duplicate_in_file", line=earlier)))
            for key in keys:
                seen.setdefault(key, line)
        plan.records.append((line, record))
    return plan


def _defaults(kind: str) -> dict[str, Any]:
    return {
        "participants": {"name": ""},
        "places": {"name": ""},
        "organisations": {"name": "", "kind": "other"},
        "activities": {"initiative_id": None, "title": ""},
    }[kind]


def apply_import(database: Database, plan: ImportPlan, include_duplicates: bool = False) -> int:
    """Write the plan's records in one transaction; duplicates only when asked."""
    skip = {line for line, _ in plan.duplicates} if not include_duplicates else set()
    chosen = [record for line, record in plan.records if line not in skip]
    if not chosen:
        return 0
    repository = Repository(database, KINDS[plan.kind])
    columns = [c for c in repository.columns if c != "id"]
    with database.atomic() as conn:
        rows = []
        for record in chosen:
            record.uid = new_uid()  # every import makes new records
            rows.append(tuple(getattr(record, c) for c in columns))
        conn.executemany(
            f"INSERT INTO {repository.table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})",
            rows,
        )
        if plan.kind == "participants":
            conn.execute(
                "UPDATE participants SET created_on = date('now', 'localtime') "
                "WHERE created_on IS NULL"
            )
        if plan.kind == "activities":
            moment = datetime.now()
            horizon = (moment + timedelta(days=PLANNING_DAYS)).date()
            for record in chosen:
                activity_id = conn.execute(
                    "SELECT id FROM activities WHERE uid = ?", (record.uid,)
                ).fetchone()[0]
                regenerate_in_transaction(database, activity_id, horizon, moment)
    return len(chosen)
