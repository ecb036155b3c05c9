"""Issue 12 item 5: an import touches only what it imports, and its undo restores the
database exactly (every table, every column, the search index included)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from buurtapp.ui.import_dialog import ImportDialog

SHEETS = {
    "participants": (
        "Naam;Telefoon;E-mail;Buurt;Ingeschreven\r\n"
        "Henk Nieuw;06-11112222;henk@example.org;Lindenhof;\r\n"
        "Riet Nieuw;06-33334444;;Vogelwijk;2024-03-01\r\n"
    ),
    "places": "Naam;Adres;Capaciteit\r\nZaal Nieuw;Kerkstraat 1;40\r\n",
    "organisations": "Naam;Soort\r\nStichting Nieuw;\r\n",
    "activities": (
        "Titel;Initiatief;Plek;Herhaling;Eerste bijeenkomst;Duur\r\n"
        "Breiclub;Koffieochtend Molenbuurt;Buurthuis De Linde;FREQ=WEEKLY;BYDAY=WE;"
        "2026-11-04T10:00;90\r\n"
        "Ochtendgym;Koffieochtend Molenbuurt;Buurthuis De Linde;FREQ=DAILY;"
        "2012-01-02T09:00;60\r\n"
    ),
}


#: FTS5's own storage (b-tree segments, sizes): after a delete it holds tombstones until a
#: merge, so its bytes are no measure; what the index says is compared through ``search``
#: itself and its content table, and by querying it.
FTS_STORAGE = {"search_data", "search_idx", "search_docsize", "search_config"}


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table with every column, ordered (read through a separate connection)."""
    con = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'sqlite_stat1'"
                " ORDER BY name"
            )
        ]
        result = {}
        for table in [t for t in tables if t not in FTS_STORAGE]:
            rows = con.execute(f'SELECT * FROM "{table}"').fetchall()
            result[table] = sorted(rows, key=repr)
        return result
    finally:
        con.close()


def _import(window, tmp_path: Path, kind: str) -> int:
    path = tmp_path / f"{kind}.csv"
    # a semicolon inside the rule would split the cell: quote the rule cells
    text = SHEETS[kind].replace("FREQ=WEEKLY;BYDAY=WE;", '"FREQ=WEEKLY;BYDAY=WE";')
    path.write_bytes(text.encode("utf-8"))
    window.show_kind(kind)
    dialog = window.import_spreadsheet()
    assert isinstance(dialog, ImportDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    assert dialog.load(path)
    return dialog.run_import()


def test_import_then_undo_restores_every_table(window, tmp_path) -> None:
    db_path = Path(window.database.path)
    # an existing participant without a registration date: the import must leave it alone
    with window.database.atomic() as conn:
        conn.execute("UPDATE participants SET created_on = NULL WHERE id = 1")
    before = dump(db_path)
    assert before["search"], "the search index is part of the comparison"

    counts = {}
    for kind in ("participants", "places", "organisations", "activities"):
        counts[kind] = _import(window, tmp_path, kind)
        during = dump(db_path)
        # existing rows of every table are unchanged: only rows were added
        for table, rows in before.items():
            if table.startswith("search"):
                continue
            assert set(rows) <= set(during[table]), (kind, table)
    assert counts == {"participants": 2, "places": 1, "organisations": 1, "activities": 2}
    during = dump(db_path)
    assert len(during["sessions"]) > len(before["sessions"])
    assert len(during["search"]) > len(before["search"])  # the new rows are findable
    new = window.database.query(
        "SELECT name, created_on FROM participants WHERE name LIKE '% Nieuw' ORDER BY name"
    )
    assert new[0]["created_on"] and new[1]["created_on"] == "2024-03-01"  # new rows: a date
    assert window.database.scalar("SELECT created_on FROM participants WHERE id = 1") is None

    for _ in counts:
        assert window.actions_["undo"].isEnabled()
        window.actions_["undo"].trigger()
    after = dump(db_path)
    for table in before:
        assert after[table] == before[table], table
    assert after.keys() == before.keys()
    con = sqlite3.connect(db_path)
    try:
        hits = con.execute("SELECT count(*) FROM search WHERE search MATCH 'Nieuw'").fetchone()
        assert hits == (0,)
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        con.close()
