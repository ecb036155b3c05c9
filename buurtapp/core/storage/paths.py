"""Where Buurtapp keeps its files by default (platformdirs); computed on request only."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "Buurtapp"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database() -> Path:
    return data_dir() / "buurtapp.db"


def demo_database() -> Path:
    return data_dir() / "demo.db"
