"""Timings of printing on the large demo set: a week programme, and an initiative report over
500 sessions. Run by hand: ``python tests/bench/bench_print.py``."""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from buurtapp.core.demo.writer import write_demo
    from buurtapp.qt_support import gui_application

    gui_application("nl")
    from buurtapp.reports import documents
    from buurtapp.reports.render import write_pdf

    folder = Path(tempfile.mkdtemp())
    database = write_demo(folder / "large.db", size="large", today=date(2026, 11, 25))

    began = time.perf_counter()
    job = documents.week_programme(database, date(2026, 11, 30))
    pages = write_pdf(job, folder / "week.pdf")
    print(f"week programme, large demo: {time.perf_counter() - began:.2f} s, {pages} pages")

    # Give initiative 1 a daily activity with 500 held sessions and their attendance.
    rng = random.Random(5)
    with database.atomic() as conn:
        conn.execute(
            "INSERT INTO activities (initiative_id, title, rrule, starts_at) "
            "VALUES (1, 'Dagelijkse inloop', 'FREQ=DAILY', '2025-07-01T10:00')"
        )
        activity = conn.execute("SELECT max(id) FROM activities").fetchone()[0]
        start = datetime(2025, 7, 1, 10, 0)
        for n in range(500):
            moment = start + timedelta(days=n)
            cursor = conn.execute(
                "INSERT INTO sessions (activity_id, starts_at, ends_at) VALUES (?, ?, ?)",
                (
                    activity,
                    moment.strftime("%Y-%m-%dT%H:%M"),
                    (moment + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
                ),
            )
            people = rng.sample(range(100, 400), 8)
            conn.executemany(
                "INSERT INTO attendance VALUES (?, ?)", [(cursor.lastrowid, p) for p in people]
            )
    began = time.perf_counter()
    job = documents.initiative_overview(database, 1, date(2025, 7, 1), date(2026, 11, 12))
    pages = write_pdf(job, folder / "initiative.pdf")
    print(
        f"initiative report over 500+ sessions: {time.perf_counter() - began:.2f} s, {pages} pages"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
