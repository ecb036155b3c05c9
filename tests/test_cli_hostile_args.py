"""Every error is exit 2 with one readable line (issue 10, item 6): hypothesis throws any
argument at every command; the last-resort handler (exit 3) is never reached."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from buurtapp.cli import EXIT_UNEXPECTED, main

DATES = st.one_of(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)).map(date.isoformat),
    st.sampled_from(
        ["0001-01-01", "9999-12-31", "1899-12-31", "1900-01-01", "2026-02-30", "2026-13-01"]
    ),
    st.text(max_size=12),
)
NUMBERS = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(["0", "-1", "1e400", "inf", "nan", "9" * 25, " 7 ", "0x10", "１"]),
    st.text(max_size=8),
)
WEEKS = st.one_of(
    st.sampled_from(["2026-W49", "2026-W53", "9999-W52", "0001-W01", "2026-W00", "W49"]),
    st.text(max_size=10),
)
TEXT = st.text(max_size=30)


def _commands(db: str, out: str) -> st.SearchStrategy[list[str]]:
    return st.one_of(
        DATES.map(lambda d: ["schedule", "--db", db, "--until", d]),
        st.tuples(DATES, DATES, st.one_of(st.none(), DATES)).map(
            lambda t: ["insights", "--db", db, "--from", t[0], "--to", t[1]]
            + ([] if t[2] is None else ["--date", t[2]])
        ),
        st.tuples(WEEKS, st.one_of(st.none(), NUMBERS), st.booleans()).map(
            lambda t: ["print", "week", "--db", db, "--week", t[0], "-o", out]
            + ([] if t[1] is None else ["--place", t[1]])
            + (["--large"] if t[2] else [])
        ),
        NUMBERS.map(lambda n: ["print", "signin", "--db", db, "--session", n, "-o", out]),
        st.tuples(NUMBERS, DATES, DATES).map(
            lambda t: ["print", "initiative", "--db", db, "--initiative", t[0], "--from", t[1],
                       "--to", t[2], "-o", out]
        ),
        st.tuples(st.sampled_from(["--initiative", "--activity"]), NUMBERS).map(
            lambda t: ["print", "participants", "--db", db, t[0], t[1], "-o", out]
        ),
        st.tuples(DATES, DATES, st.one_of(st.none(), NUMBERS)).map(
            lambda t: ["export", "ics", "--db", db, "--from", t[0], "--to", t[1], "-o", out]
            + ([] if t[2] is None else ["--initiative", t[2]])
        ),
        st.tuples(st.sampled_from(["export", "anonymise"]), NUMBERS).map(
            lambda t: ["person", t[0], "--db", db, "--id", t[1]]
            + (["-o", out] if t[0] == "export" else [])
        ),
        st.tuples(
            st.sampled_from(
                ["participants", "places", "organisations", "activities", "initiatives"]
            ),
            st.sampled_from([None, "csv", "xlsx", "pdf", ""]),
        ).map(
            lambda t: ["export", t[0], "--db", db, "-o", out]
            + ([] if t[1] is None else ["--format", t[1]])
        ),
        st.tuples(st.sampled_from(["check", "backup", "init", "demo"]), TEXT).map(
            lambda t: [t[0], "--db", db] if t[1] == "" else [t[0], "--db", db, t[1]]
        ),
        st.tuples(  # anything at all after a command (no command at all starts the window)
            st.sampled_from(
                ["init", "demo", "schedule", "check", "backup", "insights", "print", "export",
                 "import", "person", "bogus", "--help", "--version"]
            ),
            st.lists(TEXT, max_size=4),
        ).map(lambda t: [t[0], *t[1]]),
        st.tuples(NUMBERS, st.sampled_from(["small", "huge", ""]), DATES).map(
            lambda t: ["demo", "--db", out + ".db", "--seed", t[0], "--size", t[1], "--today", t[2]]
        ),
    )


@pytest.fixture(scope="module")
def demo_copy(tmp_path_factory, _demo_master) -> Path:
    folder = tmp_path_factory.mktemp("hostile-args")
    target = folder / "demo.db"
    shutil.copyfile(_demo_master, target)
    return target


@pytest.mark.timeout(240)
@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_argument_reaches_the_last_resort(demo_copy, _demo_master, capsys, data) -> None:
    shutil.copyfile(_demo_master, demo_copy)  # every example starts from the same file
    for stale in demo_copy.parent.glob("demo.db-*"):
        stale.unlink()
    out = str(demo_copy.parent / "uit.pdf")
    argv = data.draw(_commands(str(demo_copy), out))
    try:
        code = main(argv)
    except SystemExit as stop:  # argparse: --help, or a bad argument
        code = stop.code if isinstance(stop.code, int) else 2
    _, err = capsys.readouterr()
    assert code != EXIT_UNEXPECTED, (argv, err)
    assert code in (0, 1, 2), (argv, err)
    if code == 2:
        assert err.strip() and err.count("\n") <= 2, (argv, err)  # the wait notice + one line
        assert "Traceback" not in err
    for leftover in demo_copy.parent.glob("uit.pdf.db*"):
        leftover.unlink()
