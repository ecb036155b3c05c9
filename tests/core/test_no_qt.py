"""The core must stay usable without Qt (command line, other tools, fast tests)."""

import subprocess
import sys


def test_core_imports_without_qt() -> None:
    code = (
        "import pkgutil, importlib, sys, buurtapp.core as c\n"
        "for m in pkgutil.iter_modules(c.__path__):\n"
        "    importlib.import_module('buurtapp.core.' + m.name)\n"
        "import buurtapp.cli\n"
        "bad = [n for n in sys.modules if n.startswith(('PySide6', 'buurtapp.ui', "
        "'buurtapp.reports'))]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
