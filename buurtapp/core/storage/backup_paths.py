"""Where the backups and the erasure log of a database file live (user data folder).

A module of its own, with no other Buurtapp imports than :mod:`paths`, so that the output
guard can know these places without importing the backup machinery.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from buurtapp.core.storage import paths


def folder_for(database_path: Path) -> Path:
    """Backups live beside the user data, one folder per database file."""
    real = os.path.realpath(database_path)  # no error on a symlink loop
    # Bytes, not text: a name that is not valid UTF-8 (an old USB stick) must work too.
    digest = hashlib.sha1(os.fsencode(real)).hexdigest()[:8]
    # The name is cut short so that a long file name still leaves room for the folder's own
    # (file systems allow 255 bytes); the hash of the whole path keeps folders apart.
    stem = os.fsencode(Path(real).stem)[:100].decode("utf-8", errors="ignore")
    return paths.data_dir() / "backups" / f"{stem}-{digest}"


#: The log of who was forgotten: beside the backups, and beside the copies in a second folder.
ERASURE_LOG_NAME = "erasures.jsonl"


def erasure_log(database_path: Path) -> Path:
    """The log of who was forgotten, so a restored older backup forgets them again."""
    return folder_for(database_path) / ERASURE_LOG_NAME
