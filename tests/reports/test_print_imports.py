"""Printing loads only what it needs (issue 15): the window imports the printing and the document
catalogue at start, and ``buurtapp print`` of a painted list is a short command. Each check runs
in a fresh interpreter and looks at ``sys.modules`` afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

#: Never loaded by the window's printing or the catalogue just by importing them.
HEAVY = ("jinja2", "icalendar", "openpyxl", "PySide6.QtCharts")


def loaded_after(code: str, extra_env: dict[str, str] | None = None) -> tuple[list[str], str]:
    """The heavy modules present in ``sys.modules`` after ``code`` ran in a fresh Python."""
    probe = (
        f"{code}\nimport sys\n"
        f"print('LOADED', *[n for n in {(*HEAVY, 'PySide6.QtWidgets')!r} if n in sys.modules])"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(extra_env or {})}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    line = next(li for li in done.stdout.splitlines() if li.startswith("LOADED"))
    return line.split()[1:], done.stdout


def test_the_windows_printing_and_the_catalogue_import_nothing_heavy() -> None:
    loaded, _ = loaded_after("import buurtapp.ui.printing, buurtapp.reports.catalogue")
    assert not set(loaded) & set(HEAVY), loaded


@pytest.mark.parametrize(
    "argv",
    [
        ["participants", "--initiative", "1"],
        ["signin", "--session", "5"],
        ["week", "--week", "2026-W49"],
        ["week_large", "--week", "2026-W49"],
    ],
)
def test_printing_a_list_loads_no_templates_nor_widgets(demo_path, tmp_path, argv) -> None:
    out = tmp_path / "out.pdf"
    args = ["print", argv[0], "--db", str(demo_path), *argv[1:], "-o", str(out)]
    loaded, stdout = loaded_after(f"from buurtapp.cli import main\nmain({args!r})")
    assert loaded == [], loaded  # no Jinja2, icalendar, openpyxl, QtCharts, QtWidgets
    assert "blz." in stdout and len(PdfReader(out).pages) >= 1


def test_a_list_prints_in_english(demo_path: Path, tmp_path) -> None:
    out = tmp_path / "en.pdf"
    args = ["print", "participants", "--db", str(demo_path), "--initiative", "1", "-o", str(out)]
    _, stdout = loaded_after(
        f"from buurtapp.cli import main\nmain({args!r})", {"BUURTAPP_LANG": "en"}
    )
    assert "page" in stdout
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text and "Printed on" in text
        assert "Name Phone E-mail" in text
        assert "Participant list · " in text
    assert "Contact details are shown only for people who agreed" in pages[-1]
