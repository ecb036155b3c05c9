"""Shared fixtures: every test gets its own database file in ``tmp_path``; Qt runs offscreen."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BUURTAPP_LANG", "nl")

#: The reference date of the demo data used in tests, so expectations never drift.
DEMO_TODAY = date(2026, 11, 25)


@pytest.fixture(scope="session", autouse=True)
def _a_qapplication_first(qapp):
    """One QApplication for the whole run, made before any in-process `print` command would
    make a bare QGuiApplication (on which a later window test aborts): the order of test
    files must not matter."""
    return qapp


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep user folders (platformdirs, QSettings) inside the test's own folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture(autouse=True)
def _clock_and_language_put_back():
    """A test that fixes the day (``clock.set_today``, a window made with ``today=``) or the
    language (``set_language``, installing the English translations) does not leave it so for
    the next test: dates are formatted in ``core.i18n.language()``."""
    from buurtapp.core import clock, i18n

    before = i18n.language()
    yield
    clock.set_today(None)
    i18n.set_language(before)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "buurthuis.db"


@pytest.fixture
def database(db_path: Path):
    from buurtapp.core.storage.database import create_database

    db = create_database(db_path)
    yield db
    db.close()


@pytest.fixture(scope="session")
def _demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from buurtapp.core.demo.writer import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    write_demo(path, size="small", seed=1, today=DEMO_TODAY).close()
    return path


@pytest.fixture
def demo_path(_demo_master: Path, tmp_path: Path) -> Path:
    """A private copy of the small demo database (made once per test session)."""
    target = tmp_path / "demo.db"
    shutil.copyfile(_demo_master, target)
    return target
