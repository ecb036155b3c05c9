"""Finding the files in ``resources/``, both in a source checkout and in an installed package.

``pip install .`` installs the top-level ``resources/`` folder as ``buurtapp.resources``; in a
checkout that has not been installed it is simply the folder beside the package.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path


def resources_dir() -> Path:
    """The folder holding translations, templates and icons."""
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if (checkout / "translations").is_dir():
        return checkout
    # By name, not by import: mypy does not see the package, which setuptools maps from the
    # top-level folder (package-dir in pyproject.toml). Its folder (__path__), not
    # importlib.resources.files(): in the PyInstaller bundle that answered a MultiplexedPath,
    # whose str() is no path at all (nothing under it was found).
    return Path(next(iter(import_module("buurtapp.resources").__path__))).resolve()


def translations_dir() -> Path:
    return resources_dir() / "translations"
