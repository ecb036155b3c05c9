"""Questions about the field registry: which fields a table has, which are personal, exported,
listed, their defaults and labels.

The registry itself is the record dataclasses in :mod:`buurtapp.core.model.records`; every layer
asks here instead of keeping its own list of fields.
"""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import Any

from buurtapp.core.i18n import N_, translate
from buurtapp.core.model import records as r
from buurtapp.core.model.field_spec import FieldSpec, Fixed, spec_of

RECORD_TYPES: dict[str, type] = {table: kind for kind, table in r.TABLE_OF.items()}
#: Columns a table has besides its registered fields: bookkeeping the app and triggers keep.
BOOKKEEPING: dict[str, frozenset[str]] = {"sessions": frozenset({"sequence", "changed_at"})}
#: Yes/no values as an export writes them and a person reads them (translated when used).
YES, NO = N_("yes"), N_("no")


@cache
def fields_of(table: str) -> tuple[FieldSpec, ...]:
    """Every field of ``table`` in declaration order, id and uid included (kind ``key``)."""
    found = []
    for field in dataclasses.fields(RECORD_TYPES[table]):
        info = spec_of(field)
        if info is None:
            raise TypeError(f"{table}.{field.name} is not declared with spec()")
        found.append(dataclasses.replace(info, name=field.name, table=table))
    return tuple(found)


def data_fields(table: str) -> list[FieldSpec]:
    """The fields that hold data (everything but id and uid)."""
    return [f for f in fields_of(table) if f.kind != "key"]


def field(table: str, name: str) -> FieldSpec:
    """The spec of ``table.name``; KeyError when there is no such field."""
    for info in fields_of(table):
        if info.name == name:
            return info
    raise KeyError(f"{table}.{name}")


def find(name: str) -> FieldSpec | None:
    """The first field called ``name`` in any table (for code that only knows the name)."""
    for table in RECORD_TYPES:
        for info in fields_of(table):
            if info.name == name:
                return info
    return None


def personal_fields(table: str) -> list[FieldSpec]:
    return [f for f in fields_of(table) if f.personal]


def exported_fields(table: str) -> list[FieldSpec]:
    return [f for f in fields_of(table) if f.exported]


def listed_fields(table: str) -> list[FieldSpec]:
    """The list's columns: by their ``listed`` position, else in declaration order."""
    found = [(i, f) for i, f in enumerate(fields_of(table)) if f.listed]
    found.sort(key=lambda pair: (pair[1].listed is True, int(pair[1].listed), pair[0]))
    return [f for _, f in found]


def form_fields(table: str) -> list[FieldSpec]:
    return [f for f in fields_of(table) if f.form and f.kind != "key"]


def exporting_tables() -> list[str]:
    """The tables that can be exported (and imported back)."""
    return [t for t in RECORD_TYPES if exported_fields(t)]


def start_value(info: FieldSpec) -> Any:
    """The value a new, empty record starts with: the default, or '' for required text."""
    if info.default is None and info.required and info.kind in ("text", "multiline"):
        return ""
    return info.default


def defaults(table: str) -> dict[str, Any]:
    """Field -> the value of a new, empty record (id and uid left out)."""
    return {f.name: start_value(f) for f in data_fields(table)}


def blank(table: str, **values: Any) -> Any:
    """A new, empty record of ``table`` with the registry's defaults and ``values``."""
    return RECORD_TYPES[table](**{**defaults(table), **values})


def label(table: str, name: str, lang: str | None = None) -> str:
    """The field's label, translated (``lang`` or the chosen language)."""
    return translate(field(table, name).label, lang)


def yes_no_words(lang: str | None = None) -> tuple[str, str]:
    """The words for yes and no in ``lang`` (as exports write them)."""
    return translate(YES, lang), translate(NO, lang)


def yes_no_fields() -> frozenset[str]:
    """The names of every yes/no field."""
    return frozenset(f.name for t in RECORD_TYPES for f in fields_of(t) if f.kind == "yes_no")


def anonymised_value(info: FieldSpec, today: str) -> Any:
    """What anonymising writes into a field ("keep" is not asked)."""
    if info.anonymise == "clear":
        return 0 if info.kind == "yes_no" else None
    if info.anonymise == "today":
        return today
    if isinstance(info.anonymise, Fixed):
        return info.anonymise.value
    return None


def anonymised_fields(table: str) -> list[FieldSpec]:
    """The fields anonymising changes."""
    return [f for f in fields_of(table) if f.anonymise != "keep"]
