"""The global search finds what a plain scan of the names finds, ranked the same way: per kind
the names that start with the text first, then by name (ignoring ASCII case), at most
``per_kind`` of each kind, kinds in their fixed order.

The search ranks in SQL with a top-n per kind (and scans the names for one or two letters);
this compares it with the obvious computation in Python, for short and long text.
"""

from __future__ import annotations

import random

import pytest

from buurtapp.core.model.search import KIND_ORDER, search
from buurtapp.core.storage.database import open_database

_COLUMN = {"activities": "title"}


def _nocase(text: str) -> str:
    """SQLite's NOCASE: ASCII letters folded, every other character as it is."""
    return "".join(c.lower() if c.isascii() else c for c in text)


def _names(conn, kind: str) -> list[tuple[int, str]]:
    column = _COLUMN.get(kind, "name")
    where = " WHERE anonymised_on IS NULL" if kind == "participants" else ""
    return [(i, t) for i, t in conn.execute(f"SELECT id, {column} FROM {kind}{where}") if t]


def expected(conn, needle: str, per_kind: int) -> list[tuple[str, str]]:
    """(kind, folded name) of the hits, in order (ties between equal names are free)."""
    folded = _nocase(needle)
    found = []
    for kind in KIND_ORDER:
        hits = [_nocase(t) for _, t in _names(conn, kind) if folded in _nocase(t)]
        hits.sort(key=lambda t: (not t.startswith(folded), t))
        found.extend((kind, t) for t in hits[:per_kind])
    return found


@pytest.fixture
def demo(demo_path):
    with open_database(demo_path) as database:
        yield database


def needles(conn) -> list[str]:
    """Pieces of real names: one and two letters (a scan), three and more (the index)."""
    rng = random.Random(15)
    names = [t for kind in KIND_ORDER for _, t in _names(conn, kind) if t.isascii()]
    found = {"a", "e", "J", "de", "An", "xyzzy", "van ", "  jan  ", "de v"}
    for name in rng.sample(names, 25):
        start = rng.randrange(len(name))
        for size in (1, 2, 3, 5):
            found.add(name[start : start + size])
    return sorted(found)


@pytest.mark.parametrize("per_kind", [1, 8, 100])
def test_search_ranks_like_a_plain_scan(demo, per_kind) -> None:
    conn = demo.conn
    for needle in needles(conn):
        hits = search(demo, needle, per_kind=per_kind)
        clean = " ".join(needle.split())
        if not clean:
            assert hits == []
            continue
        assert [(h.kind, _nocase(h.text)) for h in hits] == expected(conn, clean, per_kind), needle
        for hit in hits:  # each hit is the record with that name
            assert (hit.record_id, hit.text) in _names(conn, hit.kind)
        assert len({(h.kind, h.record_id) for h in hits}) == len(hits)
