"""A real desktop program: an icon at every size, a .desktop entry and AppStream metadata that
agree with the package, a window entry point without a console, Help > Over Buurtapp — and
offline by design: nothing opens a network connection."""

from __future__ import annotations

import configparser
import json
import os
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from importlib import import_module
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from buurtapp.resource_files import resources_dir
from buurtapp.ui.about import ICON_SIZES, app_icon
from buurtapp.ui.app import DESKTOP_ID

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_icon_exists_at_every_size_and_is_the_windows_icon(qapp) -> None:
    icons = resources_dir() / "icons"
    assert (icons / "buurtapp.svg").read_text().lstrip().startswith("<?xml")
    for size in ICON_SIZES:
        image = QImage(str(icons / f"buurtapp-{size}.png"))
        assert (image.width(), image.height()) == (size, size), size
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not empty
    icon = app_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(ICON_SIZES)


def test_the_desktop_entry_starts_the_window_with_the_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(LINUX / f"{DESKTOP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "Buurtapp"
    assert desktop["Terminal"] == "false"
    assert desktop["Icon"] == DESKTOP_ID
    assert desktop["Categories"].endswith(";")
    command = desktop["Exec"].split()[0]
    assert command in pyproject()["project"]["gui-scripts"]  # no console window


def test_the_appstream_metadata_agrees_with_the_package() -> None:
    root = ET.parse(LINUX / f"{DESKTOP_ID}.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == f"{DESKTOP_ID}.desktop"
    assert root.findtext("project_license") == pyproject()["project"]["license"]["text"]
    assert root.find("releases/release").get("version") == pyproject()["project"]["version"]
    summaries = {
        s.get("{http://www.w3.org/XML/1998/namespace}lang"): s.text for s in root.findall("summary")
    }
    assert summaries[None] and summaries["en"]  # Dutch first, English beside it


def test_the_window_entry_point_is_the_command() -> None:
    scripts = pyproject()["project"]
    target = scripts["gui-scripts"]["buurtapp-window"]
    module, name = target.split(":")
    assert callable(getattr(import_module(module), name))
    assert target == scripts["scripts"]["buurtapp"]  # no command: the window


HOOK = r"""
import atexit, json, socket, sys
seen = []
LOCAL = {getattr(socket, "AF_UNIX", -1)}
def hook(event, args):
    if event == "socket.__new__" and args[1] in LOCAL:
        return  # a local socket (no network)
    if event.startswith(("socket.", "urllib.", "http.", "ftplib.", "smtplib.", "webbrowser.")):
        if event != "socket.gethostname":  # naming this computer in a lock file: no network
            seen.append(event)
sys.addaudithook(hook)
out = sys.argv.pop(1)
atexit.register(lambda: open(out, "w").write(json.dumps(
    {"events": seen, "qtnetwork": "PySide6.QtNetwork" in sys.modules})))
from buurtapp.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize(
    "argv",
    [
        ["--db", "{db}"],  # the window, started and closed by itself
        ["check", "--db", "{db}"],
        ["print", "week", "--db", "{db}", "--week", "2026-W48", "-o", "{tmp}/week.pdf"],
        ["export", "participants", "--db", "{db}", "-o", "{tmp}/deelnemers.xlsx"],
        ["insights", "--db", "{db}", "--from", "2026-01-01", "--to", "2026-11-25"],
        ["backup", "--db", "{db}", "-o", "{tmp}/kopie.db"],
    ],
    ids=["window", "check", "print", "export", "insights", "backup"],
)
def test_nothing_opens_a_network_connection(argv, demo_path, tmp_path) -> None:
    """Offline by design: Python's audit hooks see every socket, and Qt's network module is
    never loaded (so Qt opens none either)."""
    out = tmp_path / "seen.json"
    args = [a.format(db=demo_path, tmp=tmp_path) for a in argv]
    env = dict(
        os.environ,
        BUURTAPP_AUTOQUIT_MS="300",
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    done = subprocess.run(
        [sys.executable, "-c", HOOK, str(out), *args], env=env, capture_output=True, timeout=120
    )
    assert done.returncode == 0, done.stderr.decode()
    seen = json.loads(out.read_text())
    assert seen == {"events": [], "qtnetwork": False}
