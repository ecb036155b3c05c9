"""Bewerken > Instellingen: the settings of this file (in the database, the same on every
laptop and on the command line) and of this computer (QSettings), in two headed groups.

OK stores the file's settings in one transaction (:func:`save_file_settings`) or, when a value
is wrong, none of them: the problem shows next to its field and the dialog stays open. Cancel
and Escape change nothing. A new language or text size goes through the window's own signals,
so the window is made again exactly as from the View menu. Settings are not undoable (the
dialog says so): Cancel is the way back.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buurtapp.core.errors import BuurtappError
from buurtapp.core.model import app_settings
from buurtapp.core.model.app_settings import FileSettings
from buurtapp.ui import window_geometry
from buurtapp.ui.ask import ui_language, warn
from buurtapp.ui.form_scroll import FormScroll
from buurtapp.ui.settings import TEXT_SIZES
from buurtapp.ui.settings_rows import FolderRow, LogoRow, error_label, show_error
from buurtapp.ui.window_protocol import Window, widget_of


class SettingsDialog(QDialog):
    def __init__(self, window: Window) -> None:
        super().__init__(widget_of(window))
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.window_ = window
        workspace = window.workspace
        self.database = workspace.database if workspace is not None else None
        current = app_settings.file_settings(self.database) if self.database else None
        self.errors: dict[str, QLabel] = {}

        # -- this file ------------------------------------------------------------------------
        path = self.database.path if self.database is not None else None
        self.file_group = QGroupBox(
            self.tr("This file: %1").replace("%1", path.name if path else "–")
        )
        self.file_group.setObjectName("settings_file_group")
        self.file_group.setToolTip(str(path) if path else "")
        self.file_note = QLabel()
        self.file_note.setObjectName("settings_file_note")
        self.file_note.setWordWrap(True)
        self.name = QLineEdit(current.centre_name if current else "")
        self.name.setObjectName("settings_centre_name")
        self.logo = LogoRow(current.logo if current else None)
        self.rows = QSpinBox()
        self.rows.setObjectName("settings_signin_rows")
        self.rows.setRange(0, app_settings.SIGNIN_ROWS_MAX)
        self.rows.setValue(
            current.signin_empty_rows
            if current
            else int(app_settings.DEFAULTS["signin_empty_rows"])
        )
        self.years = QSpinBox()
        self.years.setObjectName("settings_retention_years")
        self.years.setRange(app_settings.RETENTION_MIN, app_settings.RETENTION_MAX)
        self.years.setValue(
            current.retention_years if current else int(app_settings.DEFAULTS["retention_years"])
        )
        file_form = QFormLayout(self.file_group)
        file_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._row(file_form, self.tr("Name of the &centre:"), self.name, "centre_name")
        self.name.setToolTip(self.tr("Printed at the top of every page"))
        logo_label = QLabel(self.tr("&Logo:"))
        logo_label.setBuddy(self.logo.choose_button)
        file_form.addRow(logo_label, self.logo)
        self.errors["centre_logo"] = self.logo.error
        self._row(
            file_form, self.tr("Empty &rows on a sign-in sheet:"), self.rows, "signin_empty_rows"
        )
        self._row(file_form, self.tr("Retention &period (years):"), self.years, "retention_years")
        self._file_editable()

        # -- this computer --------------------------------------------------------------------
        settings = window.settings
        self.computer_group = QGroupBox(self.tr("This computer"))
        self.computer_group.setObjectName("settings_computer_group")
        self.folder = FolderRow(settings.second_backup_folder, path)
        self.language = QComboBox()
        self.language.setObjectName("settings_language")
        for code, text in (
            ("", self.tr("Follow the system")),
            ("nl", "Nederlands"),
            ("en", "English"),
        ):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.text_size = QComboBox()
        self.text_size.setObjectName("settings_text_size")
        for percent in TEXT_SIZES:
            self.text_size.addItem(f"{percent}%", percent)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(settings.text_size)))
        computer_form = QFormLayout(self.computer_group)
        computer_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        folder_label = QLabel(self.tr("Second &backup folder:"))
        folder_label.setBuddy(self.folder.choose_button)
        computer_form.addRow(folder_label, self.folder)
        self._row(computer_form, self.tr("Lan&guage:"), self.language, "")
        self._row(computer_form, self.tr("&Text size:"), self.text_size, "")

        note = QLabel(
            self.tr("Changed settings cannot be undone with Undo; Cancel closes without saving.")
        )
        note.setObjectName("settings_undo_note")
        note.setWordWrap(True)
        body = QVBoxLayout()
        body.addWidget(self.file_note)  # outside the group: not greyed out with it
        body.addWidget(self.file_group)
        body.addWidget(self.computer_group)
        body.addWidget(note)
        body.addStretch(1)
        self.form_scroll = FormScroll(body)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("settings_buttons")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("settings_ok")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("settings_cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_scroll, 1)
        layout.addWidget(self.buttons)  # outside the scroll area: always in sight
        hint = self.form_scroll.sizeHint()
        window_geometry.fit_dialog(self, QSize(max(620, hint.width() + 40), hint.height() + 80))
        first = self.name if self.file_group.isEnabled() else self.folder.choose_button
        first.setFocus()

    def _row(self, form: QFormLayout, text: str, field: QWidget, key: str) -> None:
        """A labelled field (the label's mnemonic moves to it), with its error line below."""
        label = QLabel(text)
        label.setBuddy(field)
        if not key:
            form.addRow(label, field)
            return
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(field)
        self.errors[key] = error_label(f"error_{key}")
        column.addWidget(self.errors[key])
        holder.setFocusProxy(field)
        form.addRow(label, holder)

    def _file_editable(self) -> None:
        """The file's settings can only change in a file open for writing; say why not."""
        if self.database is None:
            self.file_group.setEnabled(False)
            self.file_note.setText(self.tr("No file is open."))
        elif self.database.read_only:
            self.file_group.setEnabled(False)
            self.file_note.setText(
                self.tr("This file is open read-only: its settings cannot be changed here.")
            )
        self.file_note.setVisible(bool(self.file_note.text()))

    # -- OK ----------------------------------------------------------------------------------
    def wanted(self) -> FileSettings:
        """The file's settings as the fields show them now."""
        return FileSettings(
            centre_name=self.name.text(),
            logo=self.logo.logo,
            signin_empty_rows=self.rows.value(),
            retention_years=self.years.value(),
        )

    def accept(self) -> None:
        """Store what changed (the file's settings in one transaction), then close; a wrong
        value shows next to its field and nothing is stored."""
        if not self._save_file():
            return
        settings = self.window_.settings
        new_folder = self.folder.folder != settings.second_backup_folder
        settings.second_backup_folder = self.folder.folder
        if new_folder and self.folder.folder and not self.folder.problem_text():
            self.window_.backups.back_up_soon()  # the chosen stick gets a copy at once
        language = str(self.language.currentData())
        size = int(self.text_size.currentData())
        new_language = language != settings.language
        new_size = size != settings.text_size
        super().accept()
        # Last: a new language or text size makes a new window (this dialog goes with the old).
        if new_size and new_language:
            from buurtapp.ui import text_size

            settings.text_size = size
            text_size.apply(size)  # one rebuild, for the language, at the new size
            self.window_.choose_language(language)
        elif new_language:
            self.window_.choose_language(language)
        elif new_size:
            self.window_.choose_text_size(size)

    def _save_file(self) -> bool:
        for label in self.errors.values():
            show_error(label, "")
        if self.database is None or self.database.read_only:
            return True
        workspace = self.window_.workspace
        if workspace is None or workspace.database is not self.database or self.database.read_only:
            # Meanwhile the file was closed, or reopened read-only (the check found damage):
            # its settings are not written; the dialog says so and stays open.
            self.file_group.setEnabled(False)
            self.file_note.setText(
                self.tr("The file was closed or is read-only now: its settings were not saved.")
            )
            self.file_note.setVisible(True)
            self.database = None
            return False
        wanted = self.wanted()
        if wanted == app_settings.file_settings(self.database):
            return True  # nothing changed: no write (and no "modified" file)
        problems: list[BuurtappError] = list(app_settings.problems(wanted))
        if not problems:
            try:
                app_settings.save_file_settings(self.database, wanted)
            except BuurtappError as failed:  # the file could not be written (a full disk)
                problems = [failed]
        if problems:
            shown = [
                problem for problem in problems if getattr(problem, "field", None) in self.errors
            ]
            for problem in shown:
                show_error(
                    self.errors[str(getattr(problem, "field", ""))], problem.message(ui_language())
                )
            if shown:
                self._focus_field(str(getattr(shown[0], "field", "")))
            else:
                warn(self, problems[0])
            return False
        workspace = self.window_.workspace
        if workspace is not None:
            workspace.notify({"app_settings"})  # the title bar and print buttons follow
        return True

    def _focus_field(self, field: str) -> None:
        widget = {
            "centre_name": self.name,
            "centre_logo": self.logo.choose_button,
            "signin_empty_rows": self.rows,
            "retention_years": self.years,
        }.get(field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.form_scroll.ensureWidgetVisible(widget)


def open_settings(window: Window) -> SettingsDialog:
    """Bewerken > Instellingen: the dialog, window-modal, deleted when closed."""
    dialog = SettingsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
