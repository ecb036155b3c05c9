"""Reading an SQLite write-ahead log (``-wal``) without SQLite, so nothing is written.

SQLite replays whatever valid WAL lies beside a database, even one of another database, and
checkpoints it into the main file. To judge a file as SQLite would see it, Buurtapp reads the
WAL itself (format: https://www.sqlite.org/fileformat2.html#walformat): the committed frames with
matching salts and checksums, and from them the newest image of page 1, the database header.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER = 32
FRAME_HEADER = 24


@dataclass(frozen=True)
class WalState:
    """What a ``-wal`` file holds: ``valid`` when it has a proper header, ``frames`` the
    committed frames SQLite would replay, ``page_one`` the newest committed database header
    (first 100 bytes of page 1) or None when the log does not change page 1."""

    exists: bool
    size: int = 0
    valid: bool = True
    page_size: int = 0
    frames: int = 0
    page_one: bytes | None = None
    database_pages: int = 0


def wal_path(database: Path) -> Path:
    return database.with_name(database.name + "-wal")


def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & mask
        s1 = (s1 + words[i + 1] + s0) & mask
    return s0, s1


def read_wal(database: Path) -> WalState:
    """The state of ``database``'s WAL, read with plain file reads (never opened by SQLite)."""
    path = wal_path(database)
    try:
        with path.open("rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        return WalState(exists=False)
    if len(data) < WAL_HEADER:
        # An empty (or torn) log: SQLite treats it as holding nothing.
        return WalState(exists=True, size=len(data), valid=len(data) == 0)
    magic, version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:32])
    page_ok = page_size >= 512 and page_size <= 65536 and page_size & (page_size - 1) == 0
    if magic not in WAL_MAGIC or version != 3007000 or not page_ok:
        return WalState(exists=True, size=len(data), valid=False)
    big_endian = bool(magic & 1)
    s0, s1 = _checksum(data[:24], big_endian, 0, 0)
    if (s0, s1) != (c1, c2):
        return WalState(exists=True, size=len(data), valid=False)
    frame_size = FRAME_HEADER + page_size
    committed_frames = 0
    committed_page_one: bytes | None = None
    committed_pages = 0
    pending_page_one: bytes | None = None
    offset, count = WAL_HEADER, 0
    while offset + frame_size <= len(data):
        head = data[offset : offset + FRAME_HEADER]
        page_no, db_pages, f_salt1, f_salt2, f_c1, f_c2 = struct.unpack(">6I", head)
        if (f_salt1, f_salt2) != (salt1, salt2):
            break
        page = data[offset + FRAME_HEADER : offset + frame_size]
        s0, s1 = _checksum(head[:8], big_endian, s0, s1)
        s0, s1 = _checksum(page, big_endian, s0, s1)
        if (s0, s1) != (f_c1, f_c2):
            break
        count += 1
        if page_no == 1:
            pending_page_one = page[:100]
        if db_pages:  # a commit frame: everything up to here is what SQLite replays
            committed_frames = count
            committed_pages = db_pages
            if pending_page_one is not None:
                committed_page_one = pending_page_one
        offset += frame_size
    return WalState(
        exists=True,
        size=len(data),
        valid=True,
        page_size=page_size,
        frames=committed_frames,
        page_one=committed_page_one,
        database_pages=committed_pages,
    )
