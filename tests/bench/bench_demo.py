"""Timings on the large demo set: writing it, and loading every list of the window.

Run by hand (``python tests/bench/bench_demo.py``); not part of the test suite, so the suite
never fails on a slow machine. Prints one line per measurement.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from buurtapp.core.demo.writer import write_demo
    from buurtapp.core.model import listings
    from buurtapp.core.storage.database import open_database
    from buurtapp.core.storage.health import check

    folder = Path(tempfile.mkdtemp())
    path = folder / "large.db"
    began = time.perf_counter()
    write_demo(path, size="large").close()
    print(
        f"demo --size large: {time.perf_counter() - began:.1f} s, "
        f"{path.stat().st_size / 1e6:.1f} MB"
    )
    began = time.perf_counter()
    report = check(path)
    print(f"check: {time.perf_counter() - began:.2f} s, {report.counts}")

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from buurtapp.ui.main_window import MainWindow

    app = QApplication(sys.argv)
    database = open_database(path)
    from PySide6.QtCore import QSettings

    from buurtapp.ui.settings import Settings

    settings = Settings(QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat))
    for kind in listings.KINDS:
        began = time.perf_counter()
        rows = listings.rows(database, kind)
        print(f"query {kind}: {len(rows)} rows in {time.perf_counter() - began:.3f} s")
    began = time.perf_counter()
    window = MainWindow(database, settings)
    window.show()
    app.processEvents()
    print(f"window on the first list: {time.perf_counter() - began:.2f} s")
    began = time.perf_counter()
    window.show_kind("participants")
    app.processEvents()
    print(f"show 20,000 participants: {time.perf_counter() - began:.2f} s")
    page = window.pages["participants"]
    began = time.perf_counter()
    page.proxy.set_filter_text("de vries")
    print(
        f"first filter of 20,000 participants: {(time.perf_counter() - began) * 1000:.0f} ms, "
        f"{page.proxy.rowCount()} shown"
    )
    began = time.perf_counter()
    page.proxy.set_filter_text("de vrie")
    print(f"next filter: {(time.perf_counter() - began) * 1000:.0f} ms")
    page.proxy.set_filter_text("")
    began = time.perf_counter()
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    print(f"sort 20,000 participants: {(time.perf_counter() - began) * 1000:.0f} ms")
    from buurtapp.core.model.search import search

    for text in ("ko", "koffie", "de vries", "linde", "xyzzy"):
        began = time.perf_counter()
        hits = search(database, text)
        print(f"search {text!r}: {len(hits)} hits in {(time.perf_counter() - began) * 1000:.1f} ms")
    began = time.perf_counter()
    window.search.setText("koffie")
    window.search.run_search()
    print(f"search box fill 'koffie': {(time.perf_counter() - began) * 1000:.1f} ms")
    began = time.perf_counter()
    window.sidebar.setCurrentRow(0)
    window.week_page.go_to(window.week_page.monday)
    app.processEvents()
    print(
        f"week page, {window.week_page.model.rowCount()} rows: "
        f"{(time.perf_counter() - began) * 1000:.0f} ms"
    )
    began = time.perf_counter()
    first = next(
        r
        for r in range(window.week_page.model.rowCount())
        if window.week_page.model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1)
    )
    window.week_page.tree.setCurrentIndex(window.week_page.model.index(first, 0))
    app.processEvents()
    print(f"open a session's attendance: {(time.perf_counter() - began) * 1000:.0f} ms")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
