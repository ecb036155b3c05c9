"""How one field of a record is declared: the single source for everything about it.

A record dataclass in :mod:`buurtapp.core.model.records` declares each field with :func:`spec`,
which stores a :class:`FieldSpec` in the field's metadata. Validation, labels, forms, list
columns, import, export, anonymising, the inzage and the demo all read these specs (through
:mod:`buurtapp.core.model.fields`), so adding a field is a migration, one declaration and its
translation. This module imports nothing of Buurtapp, so anything may import it.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

#: The kinds of field; each has its own validation, control, import conversion and display.
KINDS = (
    "text",  # one line
    "multiline",
    "phone",
    "email",
    "date",  # YYYY-MM-DD
    "datetime",  # YYYY-MM-DDTHH:MM
    "yes_no",  # 0/1
    "choice",  # one of ``choices``
    "choices",  # comma-separated values of ``choices``
    "reference",  # id of a row of ``references``
    "integer",
    "money",  # integer cents
    "rrule",
    "key",  # id and uid: the record's identity, never edited
)
#: How anonymising treats a field: ``"clear"`` (NULL, or 0 for yes/no), ``"keep"``,
#: ``"today"`` (the date of anonymising), or ``Fixed(value)``: that value. Anything else is a
#: mistake that :func:`spec` refuses (a typo must not write itself into someone's record).
ANONYMISE_RULES = ("clear", "keep", "today")


@dataclass(frozen=True)
class Fixed:
    """Anonymising writes this value (the name of a forgotten person)."""

    value: Any
#: The longest one-line text, unless a field says otherwise.
MAX_NAME = 200
#: The longest multi-line text.
MAX_TEXT = 10_000


@dataclass(frozen=True)
class FieldSpec:
    """Everything the layers need to know about one field.

    ``label`` is a ``Text`` from ``N_`` (English, the catalogue's key); ``form_label`` a
    longer wording for the form when the short label would not explain enough.
    """

    label: str
    kind: str = "text"
    name: str = ""
    table: str = ""
    required: bool = False
    default: Any = None
    choices: tuple[str, ...] = ()
    references: str | None = None
    max_length: int | None = None
    minimum: int = 0
    maximum: int = 1_000_000_000
    synonyms: tuple[str, ...] = ()
    exported: bool = False
    personal: bool = False
    anonymise: str | Fixed = "keep"
    #: In the table's list: True (in declaration order) or its position (1, 2, ...).
    listed: bool | int = False
    #: The list column's header when the label would not fit a column ("When" for a rule).
    column_label: str | None = None
    examples: tuple[str, ...] = ()
    form: bool = True
    form_label: str | None = None
    complete: bool = False

    @property
    def longest(self) -> int | None:
        """The most characters a text field holds (None for other kinds)."""
        if self.max_length is not None:
            return self.max_length
        if self.kind == "multiline":
            return MAX_TEXT
        if self.kind in ("text", "phone", "email", "rrule"):
            return MAX_NAME
        return None


def spec(label: str, kind: str = "text", *, default: Any = None, **options: Any) -> Any:
    """A dataclass field with ``default`` whose metadata holds its :class:`FieldSpec`.

    ``required`` fields without a default get none (they must be given); the spec still
    records the value a new, empty record starts with (``""`` for text, None otherwise).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown field kind {kind!r}")
    rule = options.get("anonymise", "keep")
    if not isinstance(rule, Fixed) and rule not in ANONYMISE_RULES:
        raise ValueError(f"unknown anonymise rule {rule!r} (use {ANONYMISE_RULES} or Fixed())")
    # Import headers are compared squeezed and lower case ("E-mail adres" -> "emailadres"),
    # so a synonym is written the same way whatever its author typed.
    options["synonyms"] = tuple(squash(s) for s in options.get("synonyms", ()))
    info = FieldSpec(label, kind, default=default, **options)
    metadata = {"spec": info}
    if options.get("required") and default is None:
        return dataclasses.field(metadata=metadata)
    return dataclasses.field(default=default, metadata=metadata)


def squash(text: str) -> str:
    """Lower case without spaces or punctuation, as import compares headers:
    'E-mail adres' -> 'emailadres'."""
    return re.sub(r"[\W_]+", "", text.casefold())


def spec_of(field: dataclasses.Field[Any]) -> FieldSpec | None:
    """The spec stored on a dataclass field, or None."""
    found = field.metadata.get("spec")
    return found if isinstance(found, FieldSpec) else None
