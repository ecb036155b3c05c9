"""The language of every text the core and the command line make: one gettext catalogue.

Texts are written in English in the code and marked: ``_("...")`` translates now, ``N_("...")``
marks a text to be translated later (a field label in the registry, a message template) and
returns a :class:`Text`, which :func:`translate` and the error messages translate when shown.
English is the catalogue's key, so English needs no catalogue; Dutch (the product's default) is
``resources/locale/nl/LC_MESSAGES/buurtapp.po`` (made with Babel, see README), compiled to
``.mo`` and loaded once. The window sets the language with :func:`set_language`; the command
line follows ``BUURTAPP_LANG`` (:func:`user_language`).

No Qt here: the catalogue is found beside the package the same way ``resource_files`` finds it.
"""

from __future__ import annotations

import gettext as _gettext
import os
from collections.abc import Callable, Iterable
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import Any

SUPPORTED = ("nl", "en")
DEFAULT = "nl"
DOMAIN = "buurtapp"

_language = DEFAULT


class Text(str):
    """A text marked for translation but not yet translated (English, the catalogue's key).

    ``Text.format(...)`` keeps the template and the values, so the text can still be shown in
    either language later: ``N_("Participant {id} has been forgotten").format(id=4)``.
    """

    template: str | None = None
    args: tuple[object, ...] = ()
    params: dict[str, Any] | None = None

    def format(self, *args: object, **kwargs: Any) -> Text:
        made = Text(str.format(self, *args, **kwargs))
        made.template = str(self)
        made.args = args
        made.params = dict(kwargs)
        return made


def N_(text: str) -> Text:
    """Mark ``text`` for the catalogue without translating it yet."""
    return Text(text)


def set_language(code: str) -> None:
    """Choose the language of the texts made from now on ('nl' or 'en')."""
    global _language
    _language = code if code in SUPPORTED else DEFAULT


def language() -> str:
    return _language


def locale_dir() -> Path:
    """The folder holding ``<lang>/LC_MESSAGES/buurtapp.mo`` (checkout or installed package)."""
    checkout = Path(__file__).resolve().parents[2] / "resources" / "locale"
    if checkout.is_dir():
        return checkout
    # The package's folder (__path__), not importlib.resources.files(): in the PyInstaller
    # bundle that answered a MultiplexedPath whose str() is no path (the bundle spoke English).
    return Path(next(iter(import_module("buurtapp.resources").__path__))).resolve() / "locale"


@cache
def _catalogue(lang: str) -> _gettext.NullTranslations:
    if lang == "en":
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, str(locale_dir()), languages=[lang], fallback=True)


def gettext(text: str, lang: str | None = None) -> str:
    """``text`` in ``lang`` (default: the chosen language).

    A formatted :class:`Text` is translated as its template and formatted again, with each
    value that is itself a :class:`Text` translated too.
    """
    code = lang if lang in SUPPORTED else _language
    if isinstance(text, Text) and text.template is not None:
        args = [translate_value(value, code) for value in text.args]
        params = {key: translate_value(value, code) for key, value in (text.params or {}).items()}
        return _catalogue(code).gettext(text.template).format(*args, **params)
    return _catalogue(code).gettext(str(text)) if text else ""


def translate_value(value: object, lang: str | None = None) -> object:
    """``value`` shown in ``lang`` when it is a text to translate; other values unchanged."""
    message = getattr(value, "message", None)
    if callable(message):  # a BuurtappError used as the reason of another
        return message(lang)
    if isinstance(value, Text):
        return gettext(value, lang)
    return value


def ngettext(singular: str, plural: str, n: int, lang: str | None = None) -> str:
    """The singular or plural form for ``n``, in ``lang``."""
    code = lang if lang in SUPPORTED else _language
    return _catalogue(code).ngettext(singular, plural, n)


class Lazy:
    """A text made in the language it is shown in (a parameter of an error, say).

    ``render(lang)`` makes it; :func:`translate_value` and the error messages call it.
    """

    def __init__(self, render: Callable[[str], str]) -> None:
        self._render = render

    def message(self, lang: str | None = None) -> str:
        return self._render(lang if lang in SUPPORTED else _language)

    def __str__(self) -> str:
        return self.message()


def lazy_plural(singular: str, plural: str, n: int) -> Lazy:
    """``ngettext`` chosen when shown; the texts hold ``{n}``. Mark them with N_ at the caller."""
    return Lazy(lambda lang: ngettext(singular, plural, n, lang).format(n=n))


def lazy_join(parts: Iterable[object], separator: str = ", ") -> Lazy:
    """Several texts to translate, joined when shown."""
    items = list(parts)
    return Lazy(lambda lang: separator.join(str(translate_value(p, lang)) for p in items))


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
