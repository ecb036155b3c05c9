"""Floors that are whole processes of their own: ``python tests/bench/floors.py pdf OUT`` (a Qt
process writing a one-page PDF: the fixed cost of any printed document) and ``... import CSV
DB`` (Python's csv module and one ``executemany`` into a plain table: reading and storing the
same rows with nothing checked)."""

from __future__ import annotations

import csv
import os
import sqlite3
import sys
from pathlib import Path


def pdf(target: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QPageSize, QPainter, QPdfWriter

    app = QGuiApplication(sys.argv[:1])
    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(100, 100, "Week 48")
    painter.end()
    del app


def import_rows(source: Path, target: Path) -> None:
    with source.open(encoding="cp1252", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    conn = sqlite3.connect(target)
    conn.execute("CREATE TABLE IF NOT EXISTS people (" + ", ".join(f"c{i}" for i in range(7)) + ")")
    with conn:
        conn.executemany("INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?)", rows[1:])
    conn.close()


if __name__ == "__main__":
    if sys.argv[1] == "pdf":
        pdf(Path(sys.argv[2]))
    else:
        import_rows(Path(sys.argv[2]), Path(sys.argv[3]))
