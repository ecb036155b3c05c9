"""A warning for risky places such as cloud folders. (One Buurtapp per file is the core's
lock, :mod:`buurtapp.core.storage.file_lock`, taken when the file is opened.)"""

from __future__ import annotations

from pathlib import Path

from buurtapp.core.storage.file_lock import lock_path  # noqa: F401 (where tests look for it)

RISKY_PARTS = (
    "dropbox",
    "onedrive",
    "google drive",
    "googledrive",
    "icloud",
    "nextcloud",
    "owncloud",
    "/media/",
    "/mnt/",
    "/run/media/",
    "/volumes/",
)


def risky_location(path: Path) -> bool:
    """Cloud-sync folders, network shares and removable drives: SQLite files get damaged
    there when two computers or a pulled stick meet an open file."""
    text = str(Path(path).resolve()).casefold().replace("\\", "/")
    return any(part in text for part in RISKY_PARTS) or text.startswith("//")
