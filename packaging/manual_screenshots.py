"""The manual's screenshots, made from the real window: re-run it whenever the window changes.

    python packaging/manual_screenshots.py                 # both languages, into resources/
    python packaging/manual_screenshots.py --out /tmp/shots --lang nl --only week,activity

What it does: writes the small demo for a fixed day (25 November 2026, so every run shows the
same week and the same figures) into a temporary folder, starts the real ``MainWindow``
offscreen (``QT_QPA_PLATFORM=offscreen``; no screen needed, settings and backups in the
temporary folder too), drives it the way a coordinator would (the week page with a session
chosen, a list, a form, the insights, the dialogs of the File and Edit menus) and saves each as
PNG with ``QWidget.grab()`` into ``<out>/<lang>/<name>.png``, once in Dutch and once in English.

The images are kept small for the installed package: scaled to at most 900 pixels wide and
stored with a palette of 256 colours (window screenshots have few colours, so they stay sharp).
The manual's pages (resources/manual/<lang>/*.html) refer to them as ../images/<lang>/<name>.png;
tests/test_manual.py checks that every image a page shows exists.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 25)
#: The window's size before scaling: a laptop screen's worth, a little smaller, so the text
#: stays legible once the picture is scaled to fit the manual's page.
WINDOW = (1120, 700)
MAX_WIDTH = 900
#: Every picture the script can make, in the order it makes them.
NAMES = (
    "week",
    "print",
    "lists",
    "activity",
    "participant",
    "insights",
    "backups",
    "settings",
    "retention",
    "import",
    "welcome",
    "manual",
)


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Make the manual's screenshots.")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "manual" / "images")
    parser.add_argument("--lang", nargs="+", default=["nl", "en"], choices=["nl", "en"])
    parser.add_argument("--only", default="", help="comma-separated names: " + ",".join(NAMES))
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    only = {name for name in args.only.split(",") if name}
    unknown = only - set(NAMES)
    if unknown:
        print(f"unknown names: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="buurtapp-shots-") as folder:
        work = Path(folder)
        # before Qt and the package read them: nothing of the user's own setup is used or touched
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["XDG_CONFIG_HOME"] = str(work / "config")
        os.environ["XDG_DATA_HOME"] = str(work / "data")
        os.environ.pop("QT_SCALE_FACTOR", None)
        sys.path.insert(0, str(ROOT))
        shooter = Shooter(work, TODAY, WINDOW, MAX_WIDTH)
        made: list[Path] = []
        for lang in args.lang:
            made += shooter.run(lang, args.out / lang, [n for n in NAMES if not only or n in only])
        shooter.close()
    total = sum(path.stat().st_size for path in made)
    print(f"{len(made)} pictures, {total / 1024:.0f} kB, in {args.out}")
    return 0


class Shooter:
    """One QApplication and one demo file; a fresh window for each language."""

    def __init__(self, work: Path, today: date, window: tuple[int, int], max_width: int) -> None:
        from PySide6.QtWidgets import QApplication

        from buurtapp.core.demo.writer import write_demo

        self.app = QApplication.instance() or QApplication(["buurtapp-screenshots"])
        self.work = work
        self.today = today
        self.size = window
        self.max_width = max_width
        self.demo = work / "demo.db"  # the name the example has in the program
        write_demo(self.demo, size="small", seed=1, today=today).close()

    def run(self, lang: str, out: Path, names: list[str]) -> list[Path]:
        """Make the pictures ``names`` in ``lang`` into ``out``; returns the files written."""
        from PySide6.QtCore import QSettings

        from buurtapp.core.storage.backups import make_backup
        from buurtapp.core.storage.database import open_database
        from buurtapp.ui import translations
        from buurtapp.ui.main_window import MainWindow
        from buurtapp.ui.settings import Settings

        translators = translations.install(self.app, lang)
        settings = Settings(
            QSettings(str(self.work / f"settings-{lang}.ini"), QSettings.Format.IniFormat)
        )
        window = MainWindow(open_database(self.demo), settings, today=self.today)
        window.resize(*self.size)
        window.show()
        self._settle(lambda: not window.backups.busy)
        if window.database is not None:
            make_backup(window.database, "handmatig")  # File > Backups shows a list
        window.file_label.setText(self.demo.name)  # not this run's temporary folder
        out.mkdir(parents=True, exist_ok=True)
        made: list[Path] = []
        for name in names:
            widget = getattr(self, f"_{name}")(window)
            if widget is None:
                print(f"{lang}/{name}: skipped (not in this version of the program)")
                continue
            made.append(self._save(widget, out / f"{name}.png"))
            if widget is not window:
                widget.hide()
                widget.deleteLater()
            self._settle()
        self._close(window)
        for translator in translators:
            self.app.removeTranslator(translator)
        return made

    def close(self) -> None:
        self._settle()

    # -- driving the window --------------------------------------------------------------------
    def _settle(self, until: Callable[[], bool] | None = None, seconds: float = 30) -> None:
        """Let the window draw (and finish ``until``: background work), then go on."""
        import time

        end = time.monotonic() + seconds
        while True:
            self.app.processEvents()
            if until is None or until() or time.monotonic() > end:
                break
            time.sleep(0.02)
        for _ in range(5):
            self.app.processEvents()

    def _page(self, window: Any, kind: str) -> Any:
        window.show_kind(kind)
        window.focus_page(window.sidebar.currentRow())
        self._settle()
        return window

    def _week(self, window: Any) -> Any:
        """This week, today's first session with the people who came, keyboard in the name box."""
        self._page(window, "week")
        page = window.week_page
        page.select_first_of(self.today)
        page.panel.name_field.setFocus()
        self._settle()
        return window

    def _print(self, window: Any) -> Any:
        """File > Print > Week programme: the print preview of this week."""
        self._page(window, "week")
        preview = window.printing.print_document("week")
        return self._dialog(preview, (900, 640))

    def _lists(self, window: Any) -> Any:
        return self._page(window, "participants")

    def _insights(self, window: Any) -> Any:
        self._page(window, "insights")
        self._settle(lambda: window.insights_page is not None and window.insights_page.result)
        return window

    def _dialog(self, dialog: Any, size: tuple[int, int] | None = None) -> Any:
        """Shown at its own size, or at ``size`` (a form that scrolls: as much as fits)."""
        if dialog is None:
            return None
        dialog.show()
        self._settle()
        if size is None:
            dialog.adjustSize()
        else:
            dialog.resize(*size)
        self._settle()
        return dialog

    def _activity(self, window: Any) -> Any:
        from buurtapp.ui import record_actions

        self._page(window, "activities")
        dialog = record_actions.open_new(window.workspace, "activities", window)
        from PySide6.QtWidgets import QLineEdit

        title = dialog.findChild(QLineEdit, "field_title")
        if title is not None:
            title.setText("Koffieochtend")
            title.setFocus()
        return self._dialog(dialog, (780, 700))

    def _participant(self, window: Any) -> Any:
        from buurtapp.core.model import listings
        from buurtapp.ui import record_actions

        self._page(window, "participants")
        rows = listings.rows(window.database, "participants")
        first = rows[0]
        record_id = first["id"] if isinstance(first, dict) else first.id
        return self._dialog(
            record_actions.open_existing(window.workspace, "participants", record_id, window),
            (700, 700),
        )

    def _backups(self, window: Any) -> Any:
        return self._dialog(window.show_backups(), (720, 340))

    def _retention(self, window: Any) -> Any:
        dialog = window.review_retention()
        if dialog is not None:
            dialog.years.setValue(1)  # the demo is young: one year shows people to review
        return self._dialog(dialog)

    def _import(self, window: Any) -> Any:
        """The import wizard with a small made-up list loaded, so its columns show."""
        dialog = window.import_spreadsheet()
        if dialog is None:
            return None
        sheet = self.work / "deelnemers.csv"
        sheet.write_text(
            "Naam;Telefoon;E-mail;Buurt\n"
            "Joke de Vries;06-12345678;joke@example.org;Vogelwijk\n"
            "Mehmet Yilmaz;06-87654321;;Lindenhof\n"
            "Anna Bakker;;anna@example.org;Rozenhof\n",
            encoding="utf-8",
        )
        load = getattr(dialog, "load", None)
        if callable(load):
            load(sheet)
        return self._dialog(dialog, (760, 620))

    def _settings(self, window: Any) -> Any:
        """Bewerken > Instellingen, at the size the dialog gives itself on this screen."""
        from buurtapp.ui.settings_dialog import open_settings

        dialog = open_settings(window)
        self._settle()
        return dialog

    def _welcome(self, window: Any) -> Any:
        """The first start's welcome page (no recent files: a first start has none), shown in
        a window of its own."""
        from buurtapp.ui.welcome_page import WelcomePage

        window.settings.store.remove("files")
        page = WelcomePage(window)
        page.resize(*self.size)
        page.show()
        self._settle()
        return page

    def _manual(self, window: Any) -> Any:
        """F1 on the week page: the manual at "record who came", in a window of its own."""
        from buurtapp.ui.help_keys import show_help

        self._page(window, "week")
        viewer = show_help(window)
        viewer.resize(*self.size)
        self._settle(lambda: False, seconds=0.5)  # the pictures are fitted to the new width
        return viewer

    def _close(self, window: Any) -> None:
        from PySide6.QtWidgets import QDialog

        for dialog in window.findChildren(QDialog):
            QDialog.reject(dialog)
        window.close()
        window.deleteLater()
        self._settle()

    # -- saving --------------------------------------------------------------------------------
    def _save(self, widget: Any, path: Path) -> Path:
        """The widget as PNG, at most ``max_width`` wide, with a 256-colour palette."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QImage

        image = widget.grab().toImage()
        if image.width() > self.max_width:
            image = image.scaledToWidth(self.max_width, Qt.TransformationMode.SmoothTransformation)
        image = image.convertToFormat(
            QImage.Format.Format_Indexed8,
            Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither,
        )
        temporary = path.with_suffix(".tmp.png")
        if not image.save(str(temporary), "PNG", 9):
            raise OSError(f"could not write {path}")
        os.replace(temporary, path)
        return path


if __name__ == "__main__":
    sys.exit(main())
