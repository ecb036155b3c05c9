"""Small shared dialogs: errors in the user's language, and questions before destroying."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from buurtapp.core.errors import BuurtappError
from buurtapp.core.i18n import language


def ui_language() -> str:
    """The language the window speaks (set with its Qt translations), for core messages."""
    return language()


def warn(parent: QWidget | None, error: BuurtappError | str) -> None:
    text = error.message(ui_language()) if isinstance(error, BuurtappError) else error
    box = QMessageBox(
        QMessageBox.Icon.Warning, "Buurtapp", text, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("warning_box")
    box.button(QMessageBox.StandardButton.Ok).setObjectName("warning_ok")
    box.exec()


def confirm(
    parent: QWidget | None, title: str, text: str, yes_text: str, informative: str = ""
) -> bool:
    """Ask before doing something with consequences; the safe answer is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setObjectName("confirm_box")
    if informative:
        box.setInformativeText(informative)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("confirm_yes")
    no = box.addButton(
        QCoreApplication.translate("Ask", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    no.setObjectName("confirm_no")
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes
