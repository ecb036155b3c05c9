"""Whole processes, timed from fork to exit, with their peak memory (max RSS).

Each run gets fresh ``XDG_CONFIG_HOME``/``XDG_DATA_HOME`` folders (no saved window state or
recent files differ between runs) and runs WITHOUT ``PYTHONDONTWRITEBYTECODE``: an installed
user's package has its ``.pyc`` files, so the suite warms each command up once first.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
BARE_WINDOW = HERE / "bare_window.py"


@dataclass(frozen=True)
class Run:
    """One finished process: wall seconds, peak memory (MiB), exit status, its output."""

    seconds: float
    mib: float
    status: int
    output: str

    @property
    def crashed(self) -> bool:
        """Killed by a signal (a segfault, an abort) or a Python traceback."""
        return self.status < 0 or "Traceback (most recent call last)" in self.output


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("BUURTAPP_LANG", "nl")
    return env


def run(command: list[str], extra: dict[str, str] | None = None, timeout: float = 600) -> Run:
    """Run ``command`` once in fresh user folders; its time and peak memory from wait4."""
    home = Path(tempfile.mkdtemp(prefix="bench-home-"))
    env = environment()
    env.update({"XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")})
    env["HOME"] = str(home)  # LibreOffice keeps its profile there
    env.update(extra or {})
    log = home / "output.txt"
    with log.open("w") as sink:
        began = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=sink, stderr=subprocess.STDOUT)
        killer = threading.Timer(timeout, process.kill)
        killer.start()
        # wait4, not wait(): the peak memory of this one process, not of all children so far
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - began
        killer.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)
    output = log.read_text(errors="replace")
    shutil.rmtree(home, ignore_errors=True)
    return Run(seconds, usage.ru_maxrss / 1024, process.returncode, output)


def python(*args: str) -> list[str]:
    return [sys.executable, *args]


def buurtapp(*args: str) -> list[str]:
    return [sys.executable, "-m", "buurtapp", *args]


def soffice() -> str | None:
    """LibreOffice's command, when installed (Debian: ``libreoffice-calc-nogui``)."""
    return shutil.which("soffice") or shutil.which("libreoffice")
