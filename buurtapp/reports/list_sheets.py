"""The list-like documents as :class:`~buurtapp.reports.sheet.Sheet` s, from their typed data
(``core/documents/data.py``): the participant list, the sign-in sheet and the week programme.

The same words, order and emphasis as the HTML templates they replace (participants.html,
signin.html, week.html); no Qt and no Jinja2, so the command line loads neither to know them.
"""

from __future__ import annotations

from buurtapp.core.documents import data
from buurtapp.reports.html import LARGE_PT, long_date
from buurtapp.reports.sheet import Cell, Heading, Paragraph, Run, Sheet, Style, Table
from buurtapp.reports.texts import texts

#: An empty cell keeps its row one line high, as "&nbsp;" did.
_EMPTY = Cell.of("")


def participants(listed: data.ParticipantList, base_pt: float) -> Sheet:
    """Name, phone and e-mail; "no consent" across phone and e-mail for people who did not
    agree to be contacted; the privacy note kept with the last row."""
    t = texts()
    rows = tuple(
        (
            (Cell.of(p.name), Cell.of(p.phone or ""), Cell.of(p.email or ""))
            if p.consent
            else (Cell.of(p.name), Cell.of(t["no_consent"], Style.SMALL_MUTED).with_span(2))
        )
        for p in listed.people
    )
    title = Heading(f"{t['participants']}: {listed.title}")
    note = Paragraph((Run(t["participants_privacy"], Style.SMALL_MUTED),))
    if not rows:
        return Sheet((title, Paragraph((Run(t["nobody"]),)), note), base_pt)
    table = Table(
        widths=(0.40, 0.22, 0.38),
        rows=rows,
        header=(t["name"], t["phone"], t["email"]),
        keep_with_next=True,
    )
    return Sheet((title, table, note), base_pt)


def signin(sheet: data.SigninSheet, base_pt: float) -> Sheet:
    """Numbered names, then numbered empty rows to sign; the privacy note kept with the last
    row, so a page never holds the note alone."""
    t = texts()
    where = f"{long_date(sheet.date)}, {sheet.time}" + (f" · {sheet.place}" if sheet.place else "")
    blocks: list[Heading | Paragraph | Table] = [
        Heading(f"{t['signin']}: {sheet.title}"),
        Paragraph((Run(where), Run(sheet.initiative or "", Style.MUTED))),
    ]
    if sheet.cancelled:
        blocks.append(Paragraph((Run(t["session_cancelled"], Style.BOLD),)))
    named = tuple((Cell.of(str(n)), Cell.of(name), _EMPTY) for n, name in enumerate(sheet.names, 1))
    empty = tuple(
        (Cell.of(str(len(sheet.names) + n)), _EMPTY, _EMPTY) for n in range(1, sheet.empty_rows + 1)
    )
    blocks.append(
        Table(
            widths=(0.06, 0.54, 0.40),
            rows=named + empty,
            header=("#", t["name"], t["present"]),
            padding=9.0,
            keep_with_next=True,
        )
    )
    blocks.append(Paragraph((Run(t["signin_privacy"], Style.SMALL_MUTED),), blank_before=True))
    return Sheet(tuple(blocks), base_pt)


def _session(session: data.ProgrammeSession, t: dict[str, str]) -> tuple[Cell, ...]:
    if session.cancelled:
        what = Cell(
            (
                Run(session.title, struck=True),
                Run(" "),
                Run(t["cancelled"], Style.BOLD),
            )
        )
    else:
        what = Cell.of(session.title, Style.BOLD)
    time = Cell((Run(session.time, struck=session.cancelled),), wrap=False)
    return (time, what, Cell.of(session.place))


def week(programme: data.WeekProgramme, base_pt: float) -> Sheet:
    """The week's days, each with its sessions in time order (cancelled ones struck through
    and marked) or "No sessions"; a day continuing on the next page repeats its heading."""
    t = texts()
    large = base_pt >= LARGE_PT
    subtitle = f"{long_date(programme.first, False)} – {long_date(programme.last, False)}"
    if programme.place:
        subtitle += f" · {t['only_place']} {programme.place}"
    week_number = int(programme.week.split("W")[1])
    blocks: list[Heading | Paragraph | Table] = [
        Heading(f"{t['week_programme']} · {t['week']} {week_number}"),
        Paragraph((Run(subtitle, Style.MUTED),)),
    ]
    widths = (0.27, 0.38, 0.35) if large else (0.20, 0.45, 0.35)
    for day in programme.days:
        text = long_date(day.date, with_weekday=True).rsplit(" ", 1)[0]  # without the year
        heading = Heading(text[:1].upper() + text[1:], 2)
        blocks.append(heading)
        if day.sessions:
            rows = tuple(_session(s, t) for s in day.sessions)
            blocks.append(Table(widths=widths, rows=rows, repeat=heading))
        else:
            blocks.append(Paragraph((Run(t["no_sessions"], Style.MUTED),)))
    return Sheet(tuple(blocks), base_pt)
