"""`buurtapp print …` and `buurtapp export ics` from the command line."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from buurtapp.cli import main
from buurtapp.core.storage.database import open_database


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "argv",
    [
        ["week", "--week", "2026-W49"],
        ["week", "--week", "2026-W49", "--place", "1", "--large"],
        ["signin", "--session", "5"],
        ["initiative", "--initiative", "1", "--from", "2026-01-01", "--to", "2026-11-25"],
        ["participants", "--initiative", "1"],
        ["participants", "--activity", "2"],
    ],
)
def test_print_commands_write_readable_pdfs(capsys, demo_path, tmp_path, argv) -> None:
    out_pdf = tmp_path / "out.pdf"
    code, out, err = run(capsys, "print", *argv[:1], "--db", demo_path, *argv[1:], "-o", out_pdf)
    assert code == 0, err
    assert "blz." in out
    text = " ".join(PdfReader(out_pdf).pages[0].extract_text().split())
    assert "Buurthuis De Linde" in text


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["week", "--week", "2026-W60"], "geen week"),
        (["week", "--week", "volgende"], "geen week"),
        (["week", "--week", "2026-W49", "--place", "999"], "bestaat niet"),
        (["signin", "--session", "999999"], "bestaat niet"),
        (
            ["initiative", "--initiative", "1", "--from", "2026-12-01", "--to", "2026-01-01"],
            "periode klopt niet",
        ),
        (["participants", "--activity", "99999"], "bestaat niet"),
    ],
)
def test_print_errors_are_one_line(capsys, demo_path, tmp_path, argv, needle) -> None:
    code, _, err = run(
        capsys, "print", *argv[:1], "--db", demo_path, *argv[1:], "-o", tmp_path / "x.pdf"
    )
    assert code == 2
    assert err.count("\n") == 1 and needle in err, err
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_pdf_path(capsys, demo_path, tmp_path) -> None:
    code, _, err = run(
        capsys,
        "print",
        "week",
        "--db",
        demo_path,
        "--week",
        "2026-W49",
        "-o",
        tmp_path / "geen" / "map" / "x.pdf",
    )
    assert code == 2 and "map bestaat niet" in err


def test_ics_has_one_event_per_session_with_stable_uids(capsys, demo_path, tmp_path) -> None:
    with open_database(demo_path) as db:
        db.conn.execute(
            "UPDATE sessions SET cancelled = 1 WHERE id = (SELECT min(id) FROM "
            "sessions WHERE starts_at >= '2026-12-01')"
        )
        db.conn.commit()
        held = db.scalar(
            "SELECT count(*) FROM sessions WHERE cancelled = 0 "
            "AND starts_at >= '2026-12-01' AND starts_at < '2027-01-01'"
        )
        cancelled_uids = {
            row["uid"]
            for row in db.query(
                "SELECT uid FROM sessions WHERE cancelled = 1 "
                "AND starts_at >= '2026-12-01' AND starts_at < '2027-01-01'"
            )
        }
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    for target in (first, second):
        code, out, _ = run(
            capsys,
            "export",
            "ics",
            "--db",
            demo_path,
            "--from",
            "2026-12-01",
            "--to",
            "2026-12-31",
            "-o",
            target,
        )
        assert code == 0 and "afspraken" in out
    cal = Calendar.from_ical(first.read_bytes())
    events = cal.walk("VEVENT")
    confirmed = [e for e in events if str(e["STATUS"]) == "CONFIRMED"]
    assert len(confirmed) == held
    cancelled = [e for e in events if str(e["STATUS"]) == "CANCELLED"]
    assert {str(e["UID"]) for e in cancelled} == {f"{u}@buurtapp.local" for u in cancelled_uids}
    assert len(events) == held + len(cancelled_uids)
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    start = events[0].decoded("DTSTART")
    assert start.tzinfo is not None and start.utcoffset() == timedelta(hours=1)
    assert datetime(2026, 12, 1, tzinfo=ZoneInfo("Europe/Amsterdam")) <= start
    again = Calendar.from_ical(second.read_bytes()).walk("VEVENT")
    assert [str(e["UID"]) for e in again] == [str(e["UID"]) for e in events]
    assert all(e.get("SUMMARY") for e in events)


def test_ics_unknown_initiative(capsys, demo_path, tmp_path) -> None:
    code, _, err = run(
        capsys,
        "export",
        "ics",
        "--db",
        demo_path,
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-31",
        "--initiative",
        "9999",
        "-o",
        tmp_path / "x.ics",
    )
    assert code == 2 and "bestaat niet" in err
