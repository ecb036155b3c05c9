"""Which fields each record's form shows, in what order, and with which kind of control: read
from the core's field registry (:mod:`buurtapp.core.model.fields`), never listed here."""

from __future__ import annotations

from dataclasses import dataclass

from buurtapp.core.i18n import translate
from buurtapp.core.model import fields
from buurtapp.core.model import records as r
from buurtapp.core.model.field_spec import FieldSpec as CoreSpec


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
    longest: int | None = None


#: Registry kind -> the form's kind of control.
CONTROLS = {
    "text": "text",
    "phone": "text",
    "email": "text",
    "multiline": "multiline",
    "integer": "int",
    "money": "money",
    "yes_no": "bool",
    "date": "date",
    "choice": "choice",
    "choices": "multi",
    "reference": "ref",
}
#: Where a choice's labels are kept (reports.labels.ENUM_LABELS) when not under its name.
_ENUM_KEY = {("fundings", "status"): "funding_status", ("activities", "age_groups"): "age_group"}


def enum_key(info: CoreSpec) -> str:
    """The key of a choice field's value labels in ``reports.labels.ENUM_LABELS``."""
    return _ENUM_KEY.get((info.table, info.name), info.name)


def form_spec(info: CoreSpec) -> FieldSpec:
    """The form's view of one registered field."""
    kind = CONTROLS[info.kind]
    if kind == "ref":
        choices = info.references
    elif kind in ("choice", "multi"):
        choices = enum_key(info)
    else:
        choices = None
    return FieldSpec(
        info.name,
        info.form_label or info.label,
        kind,
        required=info.required and kind in ("text", "ref"),
        choices=choices,
        nullable=not info.required,
        complete=(info.table, info.name) if info.complete else None,
        longest=info.longest,
    )


def field_text(label: str) -> str:
    """A field's label in the window's language (the registry's labels are gettext texts)."""
    return translate(label)


FORMS: dict[type, list[FieldSpec]] = {
    kind: [form_spec(info) for info in fields.form_fields(table)]
    for kind, table in r.TABLE_OF.items()
    if fields.form_fields(table)
}
