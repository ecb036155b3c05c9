"""Every printable document, declared once: the File menu, the print preview, "Save as PDF"
and ``buurtapp print <key>`` are all built from :data:`DOCUMENTS`.

A new document is a data function (``core/documents/data.py``, returning a frozen dataclass),
a template (``resources/templates``) and one :class:`Document` entry here, plus its
Dutch in the gettext catalogue (``buurtapp.po``): four files. A long list-like document gets a
``sheet`` function instead of a template (``reports/list_sheets.py``): it is painted directly
(``reports/painted.py``), which is ten times faster than Qt's rich text for a thousand rows and
repeats the table's header on every page. What a document needs (a week,
a session, an initiative, a period...) is a :class:`Need`: the command line turns each need
into arguments, the window into the current selection or a question.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from buurtapp.core import clock, formatting
from buurtapp.core.i18n import N_, translate
from buurtapp.core.storage.connection import Database
from buurtapp.reports.html import (
    BASE_PT,
    LARGE_PT,
    PrintJob,
    job_for,
    long_date,
    render_html,
    short_date,
)
from buurtapp.reports.labels import describe_rrule, enum_label
from buurtapp.reports.texts import texts

if TYPE_CHECKING:
    from buurtapp.core.documents import data
    from buurtapp.reports.sheet import Sheet


def _data() -> Any:
    """The documents' data functions, imported when a document is made: the window's menus
    read this catalogue at start for the titles only."""
    from buurtapp.core.documents import data as module

    return module


def _painted(name: str) -> Callable[[Any, float], Sheet]:
    """The sheet function ``name`` of ``reports/list_sheets.py``, imported when used."""

    def sheet(made: Any, base: float) -> Sheet:
        from buurtapp.reports import list_sheets

        function: Callable[[Any, float], Sheet] = getattr(list_sheets, name)
        return function(made, base)

    return sheet


class Need(Enum):
    """Something a document is about, chosen by the user before it can be made."""

    WEEK = "week"  # an ISO week (its Monday)
    PLACE = "place"  # optional: only the sessions at one place
    LARGE = "large"  # optional: large print
    SESSION = "session"
    ACTIVITY = "activity"
    INITIATIVE = "initiative"
    INITIATIVE_OR_ACTIVITY = "initiative_or_activity"
    PERSON = "person"
    PERIOD = "period"  # a first and a last day


@dataclass(frozen=True)
class Request:
    """The choices a document is made from; only the fields of its needs are used."""

    week: date | None = None
    place: int | None = None
    large: bool = False
    session: int | None = None
    activity: int | None = None
    initiative: int | None = None
    person: int | None = None
    first: date | None = None
    last: date | None = None
    today: date | None = None


@dataclass(frozen=True)
class Document:
    """One printable document.

    ``title`` is printed, ``menu`` is the File menu's text, ``help`` the command line's: all
    three are gettext texts (``N_``), so a new document's words live in one catalogue.
    ``data`` gathers the typed data, ``subject`` says what this copy is about (the week, the
    activity, the initiative) and ``shape`` adds the template's formatted values (optional).
    ``file_name`` suggests a PDF name from ``{document}``, ``{subject}`` and ``{date}``:
    ``file_subject`` (default ``subject``) names the activity or initiative there, and
    ``file_date`` (default the request's today) the day the copy is about, so two sheets of
    one activity never suggest the same name. The template reads the data's fields by name
    (and the whole as ``data``), the values of ``shape``, and the printed words as ``T``.
    """

    key: str
    title: str
    menu: str
    help: str
    needs: tuple[Need, ...]
    data: Callable[[Database, Request], Any]
    subject: Callable[[Any], str]
    template: str | Path = ""
    #: A list-like document is painted from its data instead (``sheet(data, base_pt)``,
    #: :mod:`buurtapp.reports.list_sheets`): no template, no Jinja2, ten times faster.
    sheet: Callable[[Any, float], Sheet] | None = None
    shape: Callable[[Any, Request], Mapping[str, object]] | None = None
    file_name: str = "{document} {subject} {date}"
    file_subject: Callable[[Any], str] | None = None
    file_date: Callable[[Any, Request], date | None] | None = None
    base_pt: float = BASE_PT
    large: bool = False  # always in large print (16 pt), whatever the request says
    #: The document's own printed words for ``T`` in its template (beside ``texts.py``'s),
    #: marked with ``N_(...)``.
    words: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.template and self.sheet is None:
            raise ValueError(f"the document {self.key!r} needs a template or a sheet")

    def translated_title(self) -> str:
        return translate(self.title)

    def translated_menu(self) -> str:
        return translate(self.menu)


# -- the shaping of the documents that need more than their data ----------------------------
def _overview(overview: data.InitiativeOverview, _request: Request) -> dict[str, object]:
    unknown = texts()["unknown"]
    ages = ", ".join(
        f"{enum_label('age_group', group).split(' (')[0] if group != 'unknown' else unknown}: "
        f"{count}"
        for group, count in overview.ages.items()
    )
    return {
        "first_text": long_date(overview.first, False),
        "last_text": long_date(overview.last, False),
        "status": enum_label("status", overview.initiative.status),
        "ages_text": ages or "–",
        "activities_text": "; ".join(
            f"{a.title} ({describe_rrule(a.rrule)})" for a in overview.activities
        )
        or "–",
        "owner_kinds": ", ".join(enum_label("owner_kind", k) for k in overview.owner_kinds),
        "roles": [
            {
                "holder": role.holder,
                "role_text": enum_label("role", role.role),
                "kind_text": enum_label("holder_kind", role.holder_kind),
            }
            for role in overview.roles
        ],
        "fundings": [
            {
                "funder": f.funder,
                "description": f.description,
                "amount_text": formatting.amount(f.amount_cents or 0, symbol=False),
                "period_text": f"{short_date(f.starts_on)} – {short_date(f.ends_on)}",
                "status_text": enum_label("funding_status", f.status),
            }
            for f in overview.fundings
        ],
    }


def _period(request: Request) -> tuple[date, date]:
    if request.first is None or request.last is None:
        raise ValueError("this document needs a period")
    return request.first, request.last


def _required(value: int | date | None, what: str) -> Any:
    if value is None:
        raise ValueError(f"this document needs {what}")
    return value


# -- the registry ------------------------------------------------------------------------------
def _week_entry(key: str, menu: str, help_text: str, large: bool) -> Document:
    return Document(
        key=key,
        title=N_("Week programme"),
        menu=menu,
        help=help_text,
        needs=(Need.WEEK, Need.PLACE) + (() if large else (Need.LARGE,)),
        data=lambda db, r: _data().week_programme(db, _required(r.week, "a week"), r.place),
        subject=lambda programme: programme.week,
        sheet=_painted("week"),
        file_subject=lambda programme: programme.week,
        file_date=lambda programme, _r: programme.first,
        large=large,
    )


DOCUMENTS: dict[str, Document] = {}


def register(document: Document) -> Document:
    """Offer ``document`` everywhere (menu, preview, PDF, command line); its key is unique."""
    if document.key in DOCUMENTS:
        raise ValueError(f"a document {document.key!r} is already registered")
    DOCUMENTS[document.key] = document
    return document


def unregister(key: str) -> None:
    DOCUMENTS.pop(key, None)


def entries() -> Iterator[Document]:
    """The documents in menu order."""
    return iter(list(DOCUMENTS.values()))


def get(key: str) -> Document:
    return DOCUMENTS[key]


register(
    _week_entry(
        "week",
        N_("&Week programme"),
        N_("the programme of one week"),
        False,
    )
)
register(
    _week_entry(
        "week_large",
        N_("Week programme in &large print"),
        N_("the programme of one week in large print, for the notice board"),
        True,
    )
)
register(
    Document(
        key="signin",
        title=N_("Sign-in sheet"),
        menu=N_("&Sign-in sheet of the chosen session"),
        help=N_("the sign-in sheet of one session"),
        needs=(Need.SESSION,),
        data=lambda db, r: _data().signin_sheet(db, _required(r.session, "a session"), r.today),
        subject=lambda sheet: f"{sheet.title} {short_date(sheet.date)}",
        sheet=_painted("signin"),
        file_subject=lambda sheet: sheet.title,
        file_date=lambda sheet, _r: sheet.date,
        base_pt=12.0,
    )
)
register(
    Document(
        key="initiative",
        title=N_("Initiative overview"),
        menu=N_("&Overview of the chosen initiative…"),
        help=N_("an overview of one initiative over a period"),
        needs=(Need.INITIATIVE, Need.PERIOD),
        data=lambda db, r: _data().initiative_overview(
            db, _required(r.initiative, "an initiative"), *_period(r)
        ),
        template="initiative.html",
        subject=lambda overview: overview.initiative.name,
        shape=_overview,
    )
)
register(
    Document(
        key="participants",
        title=N_("Participant list"),
        menu=N_("&Participant list of the chosen initiative or activity"),
        help=N_("the participant list of an initiative or an activity"),
        needs=(Need.INITIATIVE_OR_ACTIVITY,),
        data=lambda db, r: _data().participant_list(db, r.initiative, r.activity),
        subject=lambda listed: listed.title,
        sheet=_painted("participants"),
    )
)


# -- making a document -------------------------------------------------------------------------
def _fields(value: object) -> dict[str, object]:
    """A dataclass's fields by name (not converted: the template reads attributes)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    return {}


#: Characters Windows, macOS or a USB stick's FAT refuse in a file name.
_REFUSED = set('<>:"/\\|?*')


def file_name(document: Document, subject: str, day: date | None = None) -> str:
    """The suggested PDF name: the document, what it is about and the day, e.g.
    "Presentielijst Samen koken 2026-12-02.pdf". The day is written year-month-day in every
    language: it sorts in a folder and has no "/" (the English short date has). Only the
    characters file systems refuse are replaced; "(extra)" or "Café" stay as they are."""
    text = document.file_name.format(
        document=document.translated_title(),
        subject=subject,
        date=(day or clock.today()).isoformat(),
    )
    cleaned = "".join("-" if c in _REFUSED or not c.isprintable() else c for c in text)
    return " ".join(cleaned.split()).strip(" .") + ".pdf"


def build(document: Document | str, database: Database, request: Request) -> PrintJob:
    """Make ``document`` (an entry or its key) for ``request`` from ``database``."""
    entry = get(document) if isinstance(document, str) else document
    if entry.large:
        request = replace(request, large=True)
    made = entry.data(database, request)
    base = LARGE_PT if request.large else entry.base_pt
    subject = entry.subject(made)
    title = f"{entry.translated_title()} · {subject}"
    if entry.sheet is not None:
        job = job_for(database, title, "", base, sheet=entry.sheet(made, base))
    else:
        context = {**_fields(made), **(entry.shape(made, request) if entry.shape else {})}
        words = {key: translate(text) for key, text in entry.words.items()}
        html = render_html(entry.template, base_pt=base, words=words, data=made, **context)
        job = job_for(database, title, html, base)
    named = entry.file_subject(made) if entry.file_subject else subject
    day = entry.file_date(made, request) if entry.file_date else None
    job.file_name = file_name(entry, named, day or request.today)
    return job
