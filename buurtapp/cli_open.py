"""How every command opens its database: through the core's one opening function, with a
line on stderr when it has to wait for another program that is writing."""

from __future__ import annotations

import sys
from pathlib import Path

from buurtapp.core.i18n import _
from buurtapp.core.opening import open_file
from buurtapp.core.storage.connection import BUSY_SECONDS, Database


def _say_waiting() -> None:
    text = _("buurtapp: another program is writing; waiting up to {seconds} seconds…")
    print(text.format(seconds=BUSY_SECONDS), file=sys.stderr, flush=True)


def open_database(
    path: Path, *, read_only: bool | None = None, create: bool = False, writes: bool = True
) -> Database:
    """Open ``path`` for a command. ``writes=False`` for commands that only read: an older
    file is then read through a migrated copy in memory instead of being changed. A command
    that writes takes the one-app-per-file lock, so it never writes under an open window,
    and checks the whole file first: a damaged file (a stray log beside it) is never written
    to, as in the window."""
    writer = writes and read_only is not True and not create
    return open_file(
        path,
        create=create,
        read_only=read_only,
        on_wait=_say_waiting,
        migrate_file=writes,
        lock=writes and read_only is not True,
        health=writer,
    )
