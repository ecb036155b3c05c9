"""The bundle's recipe (packaging/buurtapp.spec, build.sh, test_bundle.sh) stays consistent with
the program, and the carried font works, without building the bundle (CI builds and runs the
real bundle in .ci/run: packaging/test_bundle.sh).

What could drift: a new resources/ folder the spec or the wheel does not carry, a Qt module
the spec leaves out but the code starts importing, a language whose Babel data or Qt
translation the spec drops, a build script that no longer parses.
"""

from __future__ import annotations

import ast
import fnmatch
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "buurtapp.spec"
SCRIPTS = ("packaging/build.sh", "packaging/test_bundle.sh", ".ci/run")


def spec_constant(name: str) -> tuple[str, ...]:
    """A tuple of texts assigned at the top of the spec (read, never run: it needs PyInstaller)."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            return tuple(ast.literal_eval(node.value))
    raise AssertionError(f"{name} is not in {SPEC}")


def imported_qt_modules() -> set[str]:
    """Every PySide6 module imported anywhere in buurtapp (also inside functions)."""
    found: set[str] = set()
    for path in (ROOT / "buurtapp").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module.startswith("PySide6."):
                    found.add(node.module.split(".")[1])
                elif node.module == "PySide6":
                    found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.Import):
                found.update(
                    alias.name.split(".")[1]
                    for alias in node.names
                    if alias.name.startswith("PySide6.")
                )
    return found


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_build_scripts_are_executable_and_parse(script: str) -> None:
    path = ROOT / script
    assert os.access(path, os.X_OK), f"{script} is not executable"
    done = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_ci_builds_the_bundle_and_runs_it_in_a_clean_environment() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^packaging/build\.sh", ci, re.M)
    assert re.search(r"^packaging/test_bundle\.sh", ci, re.M)
    assert ci.index("packaging/build.sh") < ci.index("packaging/test_bundle.sh")
    test = (ROOT / "packaging" / "test_bundle.sh").read_text(encoding="utf-8")
    assert "env -i" in test and "PATH=/nonexistent" in test


def test_the_build_uses_the_spec_and_its_own_environment() -> None:
    build = (ROOT / "packaging" / "build.sh").read_text(encoding="utf-8")
    assert "packaging/buurtapp.spec" in build
    assert "-m venv" in build
    assert re.search(r'pip install -q "\$root"', build), "the project as a wheel"
    assert not re.search(r"pip install[^\n]*(-e|--editable) ", build), "not editable"


def test_every_resources_folder_reaches_the_wheel_and_the_bundle() -> None:
    """A folder of resources/ must be in pyproject's package-data (the wheel) and in the
    spec's REQUIRED_RESOURCES (the build stops when the installed package lacks one)."""
    required = spec_constant("REQUIRED_RESOURCES")
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["package-data"]["buurtapp.resources"]
    folders = sorted(
        p.name for p in (ROOT / "resources").iterdir() if p.is_dir() and p.name != "__pycache__"
    )
    assert folders, "no resources found"
    for folder in folders:
        assert folder in required, f"resources/{folder} is not in the spec's REQUIRED_RESOURCES"
        files = [
            f.relative_to(ROOT / "resources").as_posix()
            for f in (ROOT / "resources" / folder).rglob("*")
            if f.is_file() and "__pycache__" not in f.parts
        ]
        carried = [f for f in files if any(fnmatch.fnmatch(f, pattern) for pattern in patterns)]
        assert carried, f"no file of resources/{folder} is in pyproject's package-data"
    # The program's fonts and their licence reach the wheel.
    for name in ("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "fonts/LICENSE-DejaVu.txt"):
        assert (ROOT / "resources" / name).is_file(), name
        assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns), name


def test_no_excluded_qt_module_is_imported_and_every_used_one_is_kept() -> None:
    excluded = set(spec_constant("EXCLUDED_QT"))
    used = imported_qt_modules()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used  # the scan works
    assert not used & excluded, f"imported but left out of the bundle: {used & excluded}"
    # Offline by design: the network module is left out (and so never loaded).
    assert "QtNetwork" in excluded


def test_the_bundle_keeps_qt_translations_and_platforms_the_program_needs() -> None:
    from buurtapp.qt_support import SUPPORTED

    kept = spec_constant("KEPT_QT_TRANSLATIONS")
    for language in SUPPORTED:
        assert f"qtbase_{language}.qm" in kept
    source = SPEC.read_text(encoding="utf-8")
    for platform in ("qxcb", "qoffscreen", "qwindows", "qcocoa"):
        assert f'"{platform}"' in source, platform


def test_the_babel_data_kept_is_all_the_formatting_reads(tmp_path) -> None:
    """Babel as the bundle has it (only the locale files the spec keeps), in a fresh Python:
    every kind of value core/formatting shows, in both languages, still formats."""
    import babel

    kept = spec_constant("KEPT_BABEL_LOCALES")

    def left_out(folder: str, names: list[str]) -> list[str]:
        if Path(folder).name != "locale-data":
            return [name for name in names if name == "__pycache__"]
        return [name for name in names if name.removesuffix(".dat") not in kept]

    shutil.copytree(Path(babel.__file__).parent, tmp_path / "babel", ignore=left_out)
    assert len(list((tmp_path / "babel" / "locale-data").iterdir())) == len(kept)
    script = """
import sys
from datetime import date, datetime, time
import babel
assert babel.__file__.startswith(sys.argv[1]), babel.__file__
from buurtapp.core import formatting as f
for lang in ("nl", "en"):
    day = date(2026, 11, 27)
    print(f.long_day(day, lang=lang), f.day_month(day, lang), f.weekday_short(day, lang),
          f.weekday_name(0, lang), f.month_short(day, lang), f.period(day, day, lang),
          f.moment(datetime(2026, 11, 27, 9, 30), lang), f.time_span(time(9), time(10), lang),
          f.amount(1250, lang), f.count(1234, lang), f.number(2.5, lang=lang),
          f.percent(0.25, lang))
"""
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True, text=True, timeout=60,
        env=dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), str(ROOT)])),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "vrijdag 27 november 2026" in done.stdout.lower(), done.stdout
    assert "friday" in done.stdout.lower(), done.stdout


def test_the_carried_font_is_registered(qapp) -> None:
    from PySide6.QtGui import QFontDatabase

    from buurtapp import fonts

    families = fonts.register_fonts()
    assert fonts.FAMILY in families
    assert fonts.FAMILY in QFontDatabase.families()
    assert any("Bold" in style for style in QFontDatabase.styles(fonts.FAMILY))
    assert fonts.register_fonts() == families  # once per process


def test_a_print_on_a_computer_without_fonts_still_has_its_text(demo_path, tmp_path) -> None:
    """fontconfig with no font folder at all: before resources/fonts the week programme came
    out as a PDF without a single letter; now it is DejaVu Sans, embedded."""
    from pypdf import PdfReader

    config = tmp_path / "no-fonts.conf"
    config.write_text(
        f"<?xml version='1.0'?><fontconfig><cachedir>{tmp_path / 'fc'}</cachedir></fontconfig>"
    )
    out = tmp_path / "week.pdf"
    env = dict(os.environ, FONTCONFIG_FILE=str(config), QT_QPA_PLATFORM="offscreen")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-m", "buurtapp", "print", "week", "--db", str(demo_path),
         "--week", "2026-W48", "-o", str(out)],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    reader = PdfReader(out)
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    assert "Buurthuis De Linde" in " ".join(text.split())
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
        for font in [font.get_object()]
    }
    assert any("DejaVuSans" in name for name in fonts), fonts


def bundle_meta():
    """packaging/bundle_meta.py (packaging/ is no package: loaded from its file)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "bundle_meta", ROOT / "packaging" / "bundle_meta.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_windows_and_macos_get_the_version_of_pyproject() -> None:
    """Written for Windows and macOS though built on Linux only: the .exe's file properties
    and the .app's Info.plist carry pyproject's version, in the forms those systems want."""
    meta = bundle_meta()
    version = meta.project_version(ROOT)
    assert version == tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert meta.version_numbers("0.1.0") == (0, 1, 0, 0)
    assert meta.version_numbers("1.12.3rc1") == (1, 12, 3, 0)
    assert meta.version_numbers("2") == (2, 0, 0, 0)
    text = meta.windows_version_text(version)
    call = ast.parse(text, mode="eval").body  # PyInstaller evaluates this expression
    assert isinstance(call, ast.Call) and getattr(call.func, "id", "") == "VSVersionInfo"
    assert f"filevers={meta.version_numbers(version)}" in text
    assert f"'ProductVersion', '{version}'" in text
    plist = meta.info_plist(version)
    assert plist["CFBundleShortVersionString"] == version
    assert plist["CFBundleIdentifier"] == "nl.buurtapp.Buurtapp"  # the .desktop entry's id


def test_the_windows_icon_is_made_from_the_png_icons(tmp_path) -> None:
    image_module = pytest.importorskip("PIL.Image")  # in the Windows build environment
    meta = bundle_meta()
    ico = tmp_path / "buurtapp.ico"
    assert meta.make_ico(ROOT / "resources" / "icons" / "buurtapp-256.png", ico)
    with image_module.open(ico) as image:
        assert (256, 256) in image.info["sizes"] and (16, 16) in image.info["sizes"]
