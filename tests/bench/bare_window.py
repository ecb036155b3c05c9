"""The floor for start-up time: a bare PySide6 window with a table view, shown, then quit.
Compare whole-process times against it, e.g. with /usr/bin/time, in the same run.

Copied unchanged (apart from this docstring) from the shared tools of the Buurtapp sessions,
``../shared/tools/bare_window.py``, on 2026-11-27: CI has no ``../shared``."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv)
w = QMainWindow()
v = QTableView()
v.setModel(QStandardItemModel(10, 5))
w.setCentralWidget(v)
w.resize(1240, 700)
w.show()
QTimer.singleShot(1, app.quit)
app.exec()
