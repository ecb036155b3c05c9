"""The data the benchmark measures on: demo databases, a 1,000-person activity, CSV files.

Databases are made once per size, scale and day in a work folder (``--keep DIR`` keeps them for
the next run: the tenfold demo takes a minute to write). Setup may use plain SQL: it builds the
data, it is not the app under measurement.
"""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

#: How many people the printed participant list holds (issue 15's table).
LIST_SIZE = 1_000
#: The title of the activity the suite adds for that list (found again by it).
LIST_TITLE = "Benchmark: grote deelnemerslijst"
#: How many people the import CSV holds.
IMPORT_SIZE = 10_000


def demo(folder: Path, size: str, scale: int = 1) -> Path:
    """The demo database of ``size`` and ``scale`` around today, made by the real command
    (``buurtapp demo``) when it is not in ``folder`` yet."""
    path = folder / f"demo-{size}-x{scale}-{date.today().isoformat()}.db"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "buurtapp", "demo", "--db", str(path), "--size", size]
        if scale != 1:
            command += ["--scale", str(scale)]
        subprocess.run(command, check=True, capture_output=True)
    return path


def list_activity(path: Path, people: int = LIST_SIZE) -> int:
    """The id of an activity with one held session that ``people`` participants came to
    (added the first time; the suite's copy of the demo is its own to change)."""
    with sqlite3.connect(path) as conn:
        found = conn.execute("SELECT id FROM activities WHERE title = ?", (LIST_TITLE,)).fetchone()
        if found:
            return int(found[0])
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM participants WHERE anonymised_on IS NULL ORDER BY id LIMIT ?",
                (people,),
            )
        ]
        held = datetime.combine(date.today() - timedelta(days=7), datetime.min.time())
        cursor = conn.execute(
            "INSERT INTO activities (initiative_id, title, starts_at, duration_minutes) "
            "VALUES (1, ?, ?, 120)",
            (LIST_TITLE, held.strftime("%Y-%m-%dT10:00")),
        )
        activity = int(cursor.lastrowid or 0)
        cursor = conn.execute(
            "INSERT INTO sessions (activity_id, starts_at, ends_at) VALUES (?, ?, ?)",
            (activity, held.strftime("%Y-%m-%dT10:00"), held.strftime("%Y-%m-%dT12:00")),
        )
        conn.executemany(
            "INSERT INTO attendance (session_id, participant_id) VALUES (?, ?)",
            [(cursor.lastrowid, p) for p in ids],
        )
        return activity


def list_csv(path: Path, activity: int, target: Path) -> Path:
    """The rows the participant list prints (name, phone, e-mail, consent), as a CSV for
    LibreOffice to convert: the same people in the same order, UTF-8."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            """SELECT p.name, p.phone, p.email, p.consent_contact FROM participants p
               WHERE p.anonymised_on IS NULL AND p.id IN (
                 SELECT participant_id FROM attendance WHERE session_id IN (
                   SELECT id FROM sessions WHERE activity_id = ?))
               ORDER BY p.name COLLATE NOCASE, p.id""",
            (activity,),
        ).fetchall()
    with target.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["Naam", "Telefoon", "E-mail", "Toestemming"])
        for name, phone, email, consent in rows:
            shown = (phone, email) if consent else (None, None)
            writer.writerow([name, shown[0] or "", shown[1] or "", "ja" if consent else "nee"])
    return target


def import_csv(target: Path, people: int = IMPORT_SIZE) -> Path:
    """A Dutch spreadsheet export: semicolons, Windows-1252, CRLF, d-m-yyyy dates, "ja"."""
    lines = ["Naam;Telefoon;E-mail;Buurt;Leeftijdsgroep;Toestemming contact;Ingeschreven"]
    for n in range(people):
        lines.append(
            f"Deelnemer {n} Zoë;06-{10_000_000 + n};d{n}@voorbeeld.nl;Buurt {n % 40};"
            f"{('kind', 'jongere', 'volwassene', 'senior')[n % 4]};ja;1-3-2025"
        )
    target.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return target


def empty_database(target: Path) -> Path:
    """A new, empty Buurtapp database (made by ``buurtapp init``) to import into."""
    target.unlink(missing_ok=True)
    subprocess.run(
        [sys.executable, "-m", "buurtapp", "init", "--db", str(target)],
        check=True,
        capture_output=True,
    )
    return target


def like_count(path: Path, text: str) -> int:
    """How many participants a filter of ``text`` should show: the raw SQL floor."""
    with sqlite3.connect(path) as conn:
        return int(
            conn.execute(
                "SELECT count(*) FROM participants WHERE name LIKE ?", (f"%{text}%",)
            ).fetchone()[0]
        )


def the_week() -> str:
    """The ISO week (``2026-W48``) of today, which the demo fills."""
    year, week, _ = date.today().isocalendar()
    return f"{year}-W{week:02d}"
