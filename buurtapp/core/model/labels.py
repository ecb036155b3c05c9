"""Record and field labels for messages produced by the core, through the gettext catalogue.

Field labels are not written here: they come from the field registry (their English label is the
catalogue's key).
"""

from __future__ import annotations

from typing import Any

from buurtapp.core.i18n import N_, SUPPORTED, Text, translate
from buurtapp.core.model import fields

#: A text in each supported language, by language code.
Label = dict[str, str]

#: How a message names a record of each table ("The place ... does not exist").
KIND_LABELS: dict[str, Text] = {
    "places": N_("The place"),
    "organisations": N_("The organisation"),
    "participants": N_("The participant"),
    "initiatives": N_("The initiative"),
    "roles": N_("The role"),
    "fundings": N_("The funding"),
    "activities": N_("The activity"),
    "sessions": N_("The session"),
}


def _field_labels() -> dict[str, Label]:
    """Every registered field's label in both languages (the first table's, by name)."""
    found: dict[str, Label] = {}
    for table in fields.RECORD_TYPES:
        for info in fields.data_fields(table):
            if info.name not in found:
                found[info.name] = {lang: translate(info.label, lang) for lang in SUPPORTED}
    return found


class _FieldLabels(dict[str, Label]):
    """Field name -> label by language, read from the registry when first asked (so the
    gettext catalogue is consulted in each language)."""

    def _fill(self) -> None:
        if not dict.__len__(self):
            self.update(_field_labels())

    def __getitem__(self, key: str) -> Label:
        self._fill()
        return dict.__getitem__(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        self._fill()
        return dict.get(self, key, default)

    def __contains__(self, key: object) -> bool:
        self._fill()
        return dict.__contains__(self, key)


#: Field labels derived from the field registry (:mod:`buurtapp.core.model.records`).
FIELD_LABELS: dict[str, Label] = _FieldLabels()


def field_label(field: str) -> Label:
    """The label of a field in Dutch and English; the name itself for an unknown field."""
    return FIELD_LABELS.get(field, dict.fromkeys(SUPPORTED, field))
