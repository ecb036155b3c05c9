"""The font Buurtapp carries (``resources/fonts``: DejaVu Sans, regular and bold), so that
text shows and prints on a computer that has no font of its own.

The window and every print use Qt's default font: whatever the system offers (fontconfig on
Linux). A minimal Linux (a container, a stripped-down machine running the bundle) may offer
none; Qt then wrote PDFs without a single letter in them (measured: an empty fontconfig gave a
week programme whose text was empty and no font embedded). Qt falls back to any font it knows
for a family it cannot find, so registering the carried files is enough: the default font
("Sans Serif") then resolves to DejaVu Sans. With system fonts present nothing changes: the
system's families still match first.

Printing from the command line always registers them (qt_support.gui_application): a print
must have letters, and a CLI print is one process. The window registers them only when the
system has no font (:func:`register_fonts_if_none`): parsing the two files cost 4 ms of the
window's start (cProfile, large demo), and asking for the system's families costs nothing
extra, since the first frame needs that list anyway.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from buurtapp.resource_files import resources_dir

#: The family of the carried font files.
FAMILY = "DejaVu Sans"
FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")

_registered: list[str] = []


def register_fonts() -> list[str]:
    """Register the carried font files with Qt (once per process; needs a QGuiApplication);
    returns the families Qt found in them."""
    if not _registered:
        for name in FILES:
            font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
            if font_id >= 0:
                _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_registered)


def register_fonts_if_none() -> list[str]:
    """Register the carried fonts only when the system offers none (the window's start)."""
    if QFontDatabase.families():
        return []
    return register_fonts()
