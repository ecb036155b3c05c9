"""What the bundle says about itself on Windows and macOS: the version information of the .exe
(file properties), the .ico made from the PNG icons and the Info.plist of Buurtapp.app.

Apart from packaging/buurtapp.spec so tests/test_bundle_spec.py can check it on Linux, where
those two platforms are not built. Plain Python: no PyInstaller, Pillow only for the .ico.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

#: Sizes of the Windows icon (Explorer, task bar, start menu at 100-200 %).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
BUNDLE_ID = "nl.buurtapp.Buurtapp"


def project_version(root: Path) -> str:
    """The version in pyproject.toml (the same one the package metadata carries)."""
    text = (root / "pyproject.toml").read_text(encoding="utf-8")
    return str(tomllib.loads(text)["project"]["version"])


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """Windows wants four numbers: 0.1.0 -> (0, 1, 0, 0); a suffix (0.2.0rc1) is dropped."""
    numbers: list[int] = []
    for part in version.split(".")[:4]:
        leading = re.match(r"\d+", part)
        numbers.append(int(leading.group()) if leading else 0)
    padded = [*numbers, 0, 0, 0, 0][:4]
    return (padded[0], padded[1], padded[2], padded[3])


def windows_version_text(version: str) -> str:
    """PyInstaller's version file (a VSVersionInfo expression): the .exe's file properties.
    Language 0x0413 is Dutch (Netherlands), code page 1200 Unicode."""
    numbers = version_numbers(version)
    strings = {
        "CompanyName": "Buurtapp",
        "FileDescription": "Buurtapp",
        "FileVersion": version,
        "InternalName": "buurtapp",
        "LegalCopyright": "EUPL-1.2",
        "OriginalFilename": "buurtapp.exe",
        "ProductName": "Buurtapp",
        "ProductVersion": version,
    }
    table = ",\n        ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041304B0', [
        {table}])]),
    VarFileInfo([VarStruct('Translation', [0x0413, 1200])])
  ]
)
"""


def write_windows_version_file(path: Path, version: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(windows_version_text(version), encoding="utf-8")
    return path


def make_ico(png: Path, ico: Path) -> bool:
    """A multi-size .ico from the largest PNG; False (PyInstaller's own icon) without Pillow."""
    try:
        from PIL import Image
    except ImportError:
        print("Pillow is missing: the .exe gets PyInstaller's icon", file=sys.stderr)
        return False
    ico.parent.mkdir(parents=True, exist_ok=True)
    with Image.open(png) as image:
        image.save(ico, sizes=[(size, size) for size in ICO_SIZES])
    return True


def info_plist(version: str) -> dict[str, object]:
    """Buurtapp.app's Info.plist entries beyond the ones PyInstaller writes."""
    return {
        "CFBundleName": "Buurtapp",
        "CFBundleDisplayName": "Buurtapp",
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "nl",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "EUPL-1.2",
    }
