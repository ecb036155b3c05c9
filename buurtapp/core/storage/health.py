"""Health of a database file: integrity, foreign keys and schema version, read-only.

The problems are sentences in the chosen language (:mod:`buurtapp.core.i18n`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from buurtapp.core.i18n import _
from buurtapp.core.storage.database import read_connection
from buurtapp.core.storage.file_judge import Verdict, judge
from buurtapp.core.storage.interrupting import Interrupter, watching
from buurtapp.core.storage.schema import SCHEMA_VERSION, TABLES


@dataclass
class HealthReport:
    path: Path
    schema_version: int = 0
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    #: The file itself is damaged (integrity or unreadable pages), not merely older or with a
    #: dangling reference: the window then offers a backup. Decided here, never by matching
    #: the words of a problem (they are in the user's language).
    damaged: bool = False

    @property
    def healthy(self) -> bool:
        return not self.problems


def check(
    path: Path, verdict: Verdict | None = None, interrupter: Interrupter | None = None
) -> HealthReport:
    """Run SQLite's full ``integrity_check`` and ``foreign_key_check``; never writes.

    The file is judged first (a foreign, newer, odd file or a foreign ``-wal`` is refused
    untouched); on a read-only medium the check reads without needing to write anything.
    ``interrupter`` stops it from another thread (it then raises ``Interrupted``).
    """
    path = Path(path)
    report = HealthReport(path)
    verdict = verdict or judge(path)
    conn, cleanup = read_connection(verdict)
    try:
        with watching(interrupter, conn):
            _examine(conn, report)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # damaged text is damage too
        report.problems.append(_("damaged: {reason}").format(reason=exc))
        report.damaged = True
    finally:
        conn.close()
        if cleanup is not None:
            cleanup()
    return report


def _examine(conn: sqlite3.Connection, report: HealthReport) -> None:
    """Version, integrity, references and tables, into ``report``."""
    report.schema_version = conn.execute("PRAGMA user_version").fetchone()[0]
    if report.schema_version > SCHEMA_VERSION:
        report.problems.append(
            _("schema version {found} is newer than this Buurtapp ({known})").format(
                found=report.schema_version, known=SCHEMA_VERSION
            )
        )
    elif report.schema_version < SCHEMA_VERSION:
        report.problems.append(
            _(
                "schema version {found} is older; open the file in Buurtapp to bring it "
                "up to {known}"
            ).format(found=report.schema_version, known=SCHEMA_VERSION)
        )
    for (line,) in conn.execute("PRAGMA integrity_check").fetchall():
        if line != "ok":
            report.problems.append(_("integrity: {line}").format(line=line))
            report.damaged = True
    for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
        report.problems.append(
            _("reference: {table} row {rowid} refers to a missing row in {parent}").format(
                table=table, rowid=rowid, parent=parent
            )
        )
    existing = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in TABLES:
        if table not in existing:
            report.problems.append(_("table {table} is missing").format(table=table))
        else:
            report.counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
