"""A document as HTML: the Jinja2 templates (autoescaped), the printed words and the dates, with
no Qt, so the command line can know its documents without loading Qt's graphics.

:mod:`render` turns the HTML into pages.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from buurtapp.core import formatting
from buurtapp.core.model import app_settings
from buurtapp.core.storage.connection import Database
from buurtapp.reports.texts import texts
from buurtapp.resource_files import resources_dir

if TYPE_CHECKING:
    import jinja2

    from buurtapp.reports.sheet import Sheet

BASE_PT = 11.0
LARGE_PT = 16.0


@dataclass
class PrintJob:
    """A rendered document ready for paper or PDF: its HTML, or (the list-like documents) a
    :class:`~buurtapp.reports.sheet.Sheet` painted directly, when ``sheet`` is set.

    ``centre``, ``logo`` and ``example`` make every page's header: the centre's name, its logo
    (PNG or JPEG bytes, decoded once per job when painted) and the "EXAMPLE" mark of the
    made-up demo. :func:`job_for` reads all three from the file."""

    title: str
    html: str
    centre: str
    base_pt: float = BASE_PT
    file_name: str = ""  # the suggested PDF name ("" : made from the title)
    sheet: Sheet | None = None
    logo: bytes | None = None
    example: bool = False


def job_for(
    database: Database,
    title: str,
    html: str,
    base_pt: float = BASE_PT,
    sheet: Sheet | None = None,
) -> PrintJob:
    """A job with the header of ``database``'s file: every document made from a file is
    made here, so none can forget the logo or the example mark."""
    return PrintJob(
        title,
        html,
        app_settings.centre_name(database),
        base_pt,
        sheet=sheet,
        logo=app_settings.centre_logo(database),
        example=app_settings.is_example(database),
    )


def environment(*extra: Path) -> jinja2.Environment:
    """Templates from ``resources/templates``, after the folders ``extra`` (if any).

    Jinja2 is imported here, when a document is made: every command builds its parser from the
    document catalogue, and most never print."""
    import jinja2

    folders = [str(folder) for folder in extra] + [str(resources_dir() / "templates")]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # {{ s.starts_on|day }}, {{ f.amount_cents|amount }}: the window's formats, in print too.
    env.filters.update(
        day=formatting.day,
        long_day=formatting.long_day,
        weekday=formatting.weekday,
        time_of_day=formatting.time_of_day,
        moment=formatting.moment,
        amount=formatting.amount,
        count=formatting.count,
    )
    return env


def render_html(
    template: str | Path,
    base_pt: float = BASE_PT,
    words: Mapping[str, str] | None = None,
    **context: object,
) -> str:
    """``template`` is a name in ``resources/templates`` or the path of a template elsewhere
    (which may extend ``base.html``). The template finds the printed words in ``T``: those of
    ``texts.py`` and a document's own ``words`` (already translated)."""
    extra = (template.parent,) if isinstance(template, Path) else ()
    name = template.name if isinstance(template, Path) else template
    return (
        environment(*extra)
        .get_template(name)
        .render(T={**texts(), **(words or {})}, base=base_pt, **context)
    )


def long_date(day: date, with_weekday: bool = True) -> str:
    """'vrijdag 27 november 2026' in the chosen language (core.formatting)."""
    return formatting.long_day(day, with_weekday=with_weekday)


def short_date(day: date | str | None) -> str:
    """'27-11-2026' (nl) or '27/11/2026' (en), as the window shows dates (core.formatting)."""
    return formatting.day(day)
