"""Reading dates and amounts the way Dutch people type them (and ISO), for forms and imports."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from buurtapp.core.errors import ValidationError
from buurtapp.core.model.labels import field_label

_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_date(text: str | None, field: str = "date") -> str | None:
    """``25-11-2026``, ``25-11-26``, ``25/11/2026`` or ``2026-11-25`` to ISO; empty is None.

    Two-digit years are 2000–2069 or 1970–1999.
    """
    value = (text or "").strip()
    if not value:
        return None
    try:
        if match := _ISO.match(value):
            year, month, day = (int(g) for g in match.groups())
        elif match := _DMY.match(value):
            day, month, year = (int(g) for g in match.groups())
            if year < 100:
                year += 2000 if year < 70 else 1900
        else:
            raise ValueError
        return date(year, month, day).isoformat()
    except ValueError:
        raise ValidationError(
            "bad_user_date", field=field, label=field_label(field), value=value
        ) from None


def parse_money(text: str | None, field: str = "amount_cents") -> int | None:
    """``1.500,50``, ``1500.50``, ``€ 25`` to cents; empty is None."""
    value = (text or "").replace("€", "").replace(" ", "").strip()
    if not value:
        return None
    if "," in value:
        value = value.replace(".", "").replace(",", ".")
    elif value.count(".") > 1 or re.search(r"\.\d{3}$", value):
        value = value.replace(".", "")
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise ValidationError(
            "bad_money", field=field, label=field_label(field), value=text
        ) from None
    if amount < 0:
        raise ValidationError("not_negative", field=field, label=field_label(field))
    return int((amount * 100).quantize(Decimal(1)))


def format_money(cents: int | None) -> str:
    """Cents as Dutch euros: 150000 -> '1.500,00'."""
    if cents is None:
        return ""
    euros, rest = divmod(int(cents), 100)
    return f"{euros:,}".replace(",", ".") + f",{rest:02d}"


def format_date(iso: str | None) -> str:
    """ISO date as the Dutch form shows it: '2026-11-25' -> '25-11-2026'."""
    if not iso:
        return ""
    year, month, day = iso[:10].split("-")
    return f"{day}-{month}-{year}"
