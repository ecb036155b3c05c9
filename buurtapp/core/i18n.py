"""Language choice for messages produced by the core (which cannot use Qt's translator)."""

from __future__ import annotations

import os

SUPPORTED = ("nl", "en")
DEFAULT = "nl"


def user_language() -> str:
    """The language for command-line output: English only when the environment asks for it.

    Dutch is the product's default, so a machine set to ``C`` or ``POSIX`` gets Dutch.
    """
    for var in ("BUURTAPP_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            code = value.split(":")[0][:2].lower()
            if code in SUPPORTED:
                return code
            if var == "BUURTAPP_LANG":
                break
    return DEFAULT
