"""Importing participants, places, organisations, initiatives and activities from a spreadsheet.

First a plan (nothing written): which row is the header (a title row above it is skipped),
which column goes to which field, the records that can be imported, the rows that cannot
(with line number and why) and likely duplicates (with the reason). Then, if the user goes
on, the plan is written in one transaction that only adds rows: existing rows never change.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from buurtapp.core import clock
from buurtapp.core.errors import BuurtappError, ValidationError
from buurtapp.core.exchange.import_cells import Lookups, convert, shown
from buurtapp.core.exchange.tabular import Sheet
from buurtapp.core.i18n import N_, SUPPORTED, Text, translate
from buurtapp.core.model import fields
from buurtapp.core.model.field_spec import squash
from buurtapp.core.model.labels import field_label
from buurtapp.core.model.repository import Repository, new_uid
from buurtapp.core.model.validation import validate
from buurtapp.core.planning.schedule import PLANNING_DAYS, regenerate_in_transaction
from buurtapp.core.storage.connection import Database

#: The tables an import can fill: those whose fields the registry exports.
KINDS: dict[str, type] = {t: fields.RECORD_TYPES[t] for t in fields.exporting_tables()}

# Field -> header words that mean it (compared without case, spaces or punctuation), from the
# registry's synonyms. The labels our own export writes (Dutch and English) are understood too.
SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    t: {f.name: f.synonyms for f in fields.exported_fields(t)} for t in KINDS
}
#: The one column an import cannot do without, per kind (the record's first required text).
REQUIRED = {
    t: next(f.name for f in fields.data_fields(t) if f.required and f.kind == "text") for t in KINDS
}
#: The header is the first of this many rows that names the required column.
HEADER_SEARCH = 10
_DEFAULTS: dict[str, dict[str, Any]] = {t: fields.defaults(t) for t in KINDS}


#: Why a row looks like a duplicate, by the kind of key that matched.
REASONS: dict[str, Text] = {
    "phone": N_("same name and phone number"),
    "email": N_("same name and e-mail address"),
    "person": N_("same name, without phone or e-mail"),
    "name": N_("same name"),
    "address": N_("same address"),
    "title": N_("same title in the same initiative"),
}


def _header_words(kind: str) -> dict[str, set[str]]:
    """Per field, the header words it is known by: its synonyms, its name and its label and
    form label in every language (so an exported file reads back in either language)."""
    found = {}
    for f, words in SYNONYMS[kind].items():
        info = fields.field(kind, f)
        labels = [info.label] + ([info.form_label] if info.form_label else [])
        found[f] = {
            *words,
            squash(f),
            *(squash(translate(text, lang)) for text in labels for lang in SUPPORTED),
        }
    return found


def guess_mapping(kind: str, header: list[str]) -> dict[int, str | None]:
    """Column number -> field, from the header words; each field taken once."""
    words = _header_words(kind)
    mapping: dict[int, str | None] = {}
    taken: set[str] = set()
    for number, title in enumerate(header):
        word = squash(title[:200])
        found = next((f for f, w in words.items() if f not in taken and word in w), None)
        mapping[number] = found
        if found:
            taken.add(found)
    return mapping


def find_header(kind: str, sheet: Sheet) -> Sheet:
    """The sheet with its header on the first of the first rows that names the required
    column (a title row above the header is skipped); unchanged when no row does."""
    required = REQUIRED[kind]
    candidates = [sheet.header] + [cells for _line, cells in sheet.rows[: HEADER_SEARCH - 1]]
    for index, cells in enumerate(candidates):
        if required in guess_mapping(kind, cells[:100]).values():
            return sheet.starting_at(index)
    return sheet


@dataclass
class ImportPlan:
    kind: str
    mapping: dict[int, str | None]
    records: list[tuple[int, Any]] = field(default_factory=list)
    problems: list[tuple[int, BuurtappError]] = field(default_factory=list)
    duplicates: list[tuple[int, BuurtappError]] = field(default_factory=list)
    header_line: int = 1

    def messages(self, language: str) -> list[str]:
        return [f"{line}: {error.message(language)}" for line, error in self.problems]

    def chosen(self, include_duplicates: bool = False) -> list[Any]:
        """The records an import writes: all, or all but the likely duplicates."""
        skip = set() if include_duplicates else {line for line, _ in self.duplicates}
        return [record for line, record in self.records if line not in skip]


def _lookups(database: Database, kind: str) -> Lookups:
    def names(sql: str) -> dict[str, int]:
        found: dict[str, int] = {}
        for i, name in database.conn.execute(sql):
            found.setdefault((name or "").strip().casefold(), i)  # the oldest wins
        return found

    wanted = {
        "participants": {"organisation_id": "SELECT id, name FROM organisations ORDER BY id"},
        "initiatives": {"place_id": "SELECT id, name FROM places ORDER BY id"},
        "activities": {
            "initiative_id": "SELECT id, name FROM initiatives ORDER BY id",
            "place_id": "SELECT id, name FROM places ORDER BY id",
        },
    }.get(kind, {})
    return {name: names(sql) for name, sql in wanted.items()}


Key = tuple[Any, ...]


def _plain(text: str | None) -> str:
    """Text as duplicates are compared: no accents, case or extra spaces."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def _keys(kind: str, values: dict[str, Any]) -> tuple[list[Key], list[Key]]:
    """(keys to look up, keys to remember) for one record's values; a key starts with the
    reason it stands for."""
    if kind == "participants":
        who = _plain(values.get("name"))
        contact: list[Key] = []
        digits = re.sub(r"\D", "", values.get("phone") or "", flags=re.ASCII)
        if digits:
            contact.append(("phone", who, digits[-9:]))
        if values.get("email"):
            contact.append(("email", who, str(values["email"]).strip().casefold()))
        person = ("person", who)
        return (contact or [person]), [*contact, person]
    if kind == "activities":
        keys: list[Key] = [("title", _plain(values.get("title")), values.get("initiative_id"))]
        return keys, keys
    keys = [("name", _plain(values.get("name")))]
    if kind == "places" and values.get("address"):
        keys.append(("address", squash(_plain(values["address"]))))
    return keys, keys


_KNOWN_SQL = {
    "participants": "SELECT name, phone, email FROM participants WHERE anonymised_on IS NULL",
    "places": "SELECT name, address FROM places",
    "organisations": "SELECT name FROM organisations",
    "initiatives": "SELECT name FROM initiatives",
    "activities": "SELECT title, initiative_id FROM activities",
}


def _known(database: Database, kind: str) -> dict[tuple[Any, ...], str]:
    """Key -> name of the record already in the database."""
    known: dict[tuple[Any, ...], str] = {}
    for row in database.query(_KNOWN_SQL[kind] + " ORDER BY 1"):
        for key in _keys(kind, row)[1]:
            known.setdefault(key, str(row.get("name") or row.get("title") or ""))
    return known


def plan_import(
    database: Database,
    kind: str,
    sheet: Sheet,
    mapping: dict[int, str | None] | None = None,
    today: date | None = None,
) -> ImportPlan:
    """What importing ``sheet`` as ``kind`` would do; writes nothing.

    Without a ``mapping`` the header row is found first (:func:`find_header`) and the mapping
    guessed from it; with one, ``sheet`` must already have the header the mapping is for.
    """
    if mapping is None:
        sheet = find_header(kind, sheet)
        mapping = guess_mapping(kind, sheet.header)
    plan = ImportPlan(kind, mapping, header_line=sheet.header_line)
    required = REQUIRED[kind]
    if required not in mapping.values():
        plan.problems.append(
            (
                sheet.header_line,
                ValidationError("no_required_column", field=required, label=field_label(required)),
            )
        )
        return plan
    lookups = _lookups(database, kind)
    record_type = KINDS[kind]
    known = _known(database, kind)
    seen: dict[tuple[Any, ...], int] = {}
    created_on = (today or clock.today()).isoformat()
    columns = [(n, name) for n, name in mapping.items() if name]
    for line, cells in sheet.rows:
        values: dict[str, Any] = {}
        try:
            for number, name in columns:
                if number < len(cells):
                    values[name] = convert(name, cells[number], lookups)
            record = record_type(
                **{**_DEFAULTS[kind], **{k: v for k, v in values.items() if v is not None}}
            )
            validate(record)
        except ValidationError as error:
            plan.problems.append((line, error))
            continue
        if kind == "participants" and record.created_on is None:
            record.created_on = created_on  # on the new record itself, never on other rows
        look_up, remember = _keys(kind, vars(record))
        duplicate = _duplicate(look_up, known, seen)
        if duplicate is not None:
            plan.duplicates.append((line, duplicate))
        for key in remember:
            seen.setdefault(key, line)
        plan.records.append((line, record))
    return plan


def _duplicate(
    keys: list[tuple[Any, ...]], known: dict[tuple[Any, ...], str], seen: dict[tuple[Any, ...], int]
) -> Any:
    for key in keys:
        if key in known:
            return BuurtappError(
                "import_duplicate_known", name=shown(known[key], 60), reason=REASONS[key[0]]
            )
    for key in keys:
        if key in seen:
            return BuurtappError("import_duplicate_earlier", line=seen[key], reason=REASONS[key[0]])
    return None


def apply_import(database: Database, plan: ImportPlan, include_duplicates: bool = False) -> int:
    """Add the plan's records in one transaction (duplicates only when asked); returns how
    many. Only inserts: rows already in the database are never changed."""
    chosen = plan.chosen(include_duplicates)
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
        if plan.kind == "activities":
            moment = clock.now()
            horizon = (moment + timedelta(days=PLANNING_DAYS)).date()
            for record in chosen:
                activity_id = conn.execute(
                    "SELECT id FROM activities WHERE uid = ?", (record.uid,)
                ).fetchone()[0]
                regenerate_in_transaction(database, activity_id, horizon, moment)
    return len(chosen)
