"""The core must stay usable without Qt (command line, other tools, fast tests), and the commands
that do not print must work on a machine without Qt's graphics libraries."""

import subprocess
import sys
from pathlib import Path


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_core_imports_without_qt() -> None:
    code = (
        "import pkgutil, importlib, sys, buurtapp.core as c\n"
        "names = [m.name for m in pkgutil.walk_packages(c.__path__, 'buurtapp.core.')]\n"
        "for name in names:\n"
        "    importlib.import_module(name)\n"
        "assert len(names) > 40, names\n"
        "import buurtapp.cli\n"
        "bad = [n for n in sys.modules if n.startswith(('PySide6', 'buurtapp.ui', "
        "'buurtapp.reports'))]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stdout + result.stderr


def test_commands_that_do_not_print_need_no_qt(demo_path: Path, tmp_path: Path) -> None:
    """Qt's GUI module made unimportable (a server without libGL): help, check, export and
    insights still work, and building the parser loads no Qt at all."""
    out = tmp_path / "people.csv"
    code = (
        "import sys\n"
        "for name in ('PySide6.QtGui', 'PySide6.QtWidgets', 'PySide6.QtCore'):\n"
        "    sys.modules[name] = None\n"
        "from buurtapp import cli\n"
        "cli._parser()\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6.') and sys.modules[m]]\n"
        "codes = []\n"
        "for argv in (['print', '--help'], ['check', '--help']):\n"
        "    try:\n"
        "        cli.main(argv)\n"
        "    except SystemExit as exc:\n"
        "        codes.append(exc.code)\n"
        f"codes.append(cli.main(['check', '--db', {str(demo_path)!r}]))\n"
        f"codes.append(cli.main(['export', 'participants', '--db', {str(demo_path)!r}, "
        f"'-o', {str(out)!r}]))\n"
        f"codes.append(cli.main(['insights', '--db', {str(demo_path)!r}, "
        "'--from', '2026-01-01', '--to', '2026-03-31']))\n"
        "print('CODES', codes)\n"
        "sys.exit(0 if codes == [0, 0, 0, 0, 0] else 1)\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert out.stat().st_size > 0
