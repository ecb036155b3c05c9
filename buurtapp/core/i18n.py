"""The language of every text the core and the command line make: one gettext catalogue.

Texts are written in English in the code and marked: ``_("...")`` translates now, ``N_("...")``
marks a text to be translated later (a field label in the registry, a message template) and
returns a :class:`Text`, which :func:`translate` and the error messages translate when shown.
Dutch is the default; the catalogue is ``buurtapp/locale/nl/LC_MESSAGES/buurtapp.po`` (made with
Babel, see README), compiled to ``.mo``. The window sets the language with :func:`set_language`;
the command line follows ``BUURTAPP_LANG`` (:func:`user_language`).
"""

from __future__ import annotations

import os

SUPPORTED = ("nl", "en")
DEFAULT = "nl"

_language = DEFAULT


class Text(str):
    """A text marked for translation but not yet translated (English, the catalogue's key)."""


def N_(text: str) -> Text:
    """Mark ``text`` for the catalogue without translating it yet."""
    return Text(text)


def set_language(code: str) -> None:
    """Choose the language of the texts made from now on ('nl' or 'en')."""
    global _language
    _language = code if code in SUPPORTED else DEFAULT


def language() -> str:
    return _language


def gettext(text: str, lang: str | None = None) -> str:
    """``text`` in ``lang`` (default: the chosen language)."""
    return text  # the catalogue is loaded here (being built)


def ngettext(singular: str, plural: str, n: int, lang: str | None = None) -> str:
    """The singular or plural form for ``n``, in ``lang``."""
    return singular if n == 1 else plural


_ = gettext
translate = gettext


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
