"""Record and field labels for messages produced by the core, through the gettext catalogue.

Field labels are not written here: they come from the field registry (their English label is the
catalogue's key).
"""

from __future__ import annotations

from buurtapp.core.i18n import N_, Text
from buurtapp.core.model import fields

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


def field_label(name: str, table: str | None = None) -> Text:
    """The label of field ``name`` (of ``table``, else of the first table that has it), to be
    translated where it is shown; an unknown name stands for itself."""
    try:
        info = fields.field(table, name) if table else fields.find(name)
    except KeyError:
        info = None
    return Text(info.label) if info is not None else Text(name)
