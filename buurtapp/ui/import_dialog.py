"""File > Importeren: a spreadsheet in (any sheet of a workbook; a title row above the header
is skipped), with the column mapping to correct, a preview, the rows that cannot be read (and
why), likely duplicates (and why), and nothing written until Import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from buurtapp.core import operations as ops
from buurtapp.core.errors import BuurtappError
from buurtapp.core.exchange.importing import (
    SYNONYMS,
    ImportPlan,
    find_header,
    guess_mapping,
    plan_import,
)
from buurtapp.core.exchange.tabular import Sheet, read_table, sheet_names
from buurtapp.core.model import fields
from buurtapp.qt_text import QT_TRANSLATE_NOOP
from buurtapp.ui import window_geometry
from buurtapp.ui.ask import ui_language, warn
from buurtapp.ui.form_scroll import FormScroll
from buurtapp.ui.insight_table import InsightTable
from buurtapp.ui.record_model import Column
from buurtapp.ui.workspace import Workspace

KIND_NAMES = {
    "participants": QT_TRANSLATE_NOOP("ImportDialog", "Participants"),
    "places": QT_TRANSLATE_NOOP("ImportDialog", "Places"),
    "organisations": QT_TRANSLATE_NOOP("ImportDialog", "Organisations"),
    "activities": QT_TRANSLATE_NOOP("ImportDialog", "Activities"),
}
PREVIEW_ROWS = 8


class ImportDialog(QDialog):
    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, kind: str = "participants"
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.workspace = workspace
        #: Called with a reason before writing (the window makes a backup).
        self.backup: Callable[[str], bool] | None = None
        self.path: Path | None = None
        #: The sheet as read, and as shown: from the header row found for the kind.
        self.raw_sheet: Sheet | None = None
        self.sheet: Sheet | None = None
        self.plan: ImportPlan | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("import_kind")
        for key, text in KIND_NAMES.items():
            self.kind.addItem(QCoreApplication.translate("ImportDialog", text), key)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.kind.currentIndexChanged.connect(lambda _n: self._new_mapping())
        self.file_label = QLabel(self.tr("No file chosen"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose_file)
        # Only shown for a workbook with several sheets.
        self.sheet_label = QLabel(self.tr("Sheet:"))
        self.sheets = QComboBox()
        self.sheets.setObjectName("import_sheet")
        self.sheet_label.setVisible(False)
        self.sheets.setVisible(False)
        self.sheets.currentIndexChanged.connect(lambda _n: self._sheet_chosen())
        self.mapping_box = QWidget()
        self.mapping_form = QFormLayout(self.mapping_box)
        # Grow with its rows inside the scroll area instead of being squeezed.
        self.mapping_form.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.combos: list[QComboBox] = []
        scroll = QScrollArea()
        scroll.setWidget(self.mapping_box)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(5 * self.fontMetrics().height())  # about 4 rows; fits 911x512
        scroll.setMaximumHeight(220)
        self.preview = InsightTable([], sortable=False)
        self.preview.setObjectName("import_preview")
        self.preview.setAccessibleName(self.tr("The first rows of the file"))
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("import_problems")
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Problems and likely duplicates"))
        self.problems.setAccessibleDescription(
            self.tr("One line per row of the file that is not imported as it stands")
        )
        self.problems.setMaximumHeight(130)
        self.duplicates = QCheckBox(self.tr("Also import likely duplicates"))
        self.duplicates.setObjectName("import_duplicates")
        self.duplicates.toggled.connect(lambda _on: self.replan())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import_go")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        what = QLabel(self.tr("What:"))
        what.setBuddy(self.kind)  # labels with buddies: what a screen reader says
        self.sheet_label.setBuddy(self.sheets)
        choose.setAccessibleDescription(self.tr("A CSV or Excel file"))
        top = QHBoxLayout()
        top.addWidget(what)
        top.addWidget(self.kind)
        top.addSpacing(12)
        top.addWidget(choose)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheets)
        body = QVBoxLayout()
        body.addLayout(top)
        body.addWidget(QLabel(self.tr("Which column holds what (change it where it is wrong):")))
        body.addWidget(scroll)
        body.addWidget(QLabel(self.tr("The first rows of the file:")))
        body.addWidget(self.preview, 1)
        body.addWidget(self.summary)
        body.addWidget(self.problems)
        body.addWidget(self.duplicates)
        # all of it scrolls on a small screen; Import and Cancel stay in sight (issue 14)
        layout = QVBoxLayout(self)
        layout.addWidget(FormScroll(body), 1)
        layout.addWidget(self.buttons)
        window_geometry.fit_dialog(self, QSize(900, 720))  # no larger than the screen

    # -- file and mapping ------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a spreadsheet"),
            "",
            self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path, sheet: str | None = None) -> bool:
        """Read ``path`` (for a workbook the sheet ``sheet``, else the first); False after
        telling the user why it cannot be read."""
        try:
            names = sheet_names(path)
            raw = read_table(path, sheet)
        except BuurtappError as error:
            warn(self, error)
            return False
        self.path = Path(path)
        self.raw_sheet = raw
        self.file_label.setText(self.path.name)
        self.sheets.blockSignals(True)
        self.sheets.clear()
        self.sheets.addItems(names)
        self.sheets.setCurrentIndex(max(self.sheets.findText(raw.name), 0))
        self.sheets.blockSignals(False)
        self.sheet_label.setVisible(len(names) > 1)
        self.sheets.setVisible(len(names) > 1)
        self._new_mapping()
        return True

    def _sheet_chosen(self) -> None:
        if self.path is not None and self.sheets.currentText():
            self.load(self.path, self.sheets.currentText())

    def _show_preview(self) -> None:
        assert self.sheet is not None
        columns = [
            Column(str(n), title or f"#{n + 1}", width=130)
            for n, title in enumerate(self.sheet.header)
        ]
        self.preview.model_.columns = columns
        self.preview.set_rows(
            [
                {str(n): v for n, v in enumerate(cells)}
                for _line, cells in self.sheet.rows[:PREVIEW_ROWS]
            ]
        )

    def _new_mapping(self) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.combos = []
        if self.raw_sheet is None:
            return
        kind = self.kind.currentData()
        self.sheet = find_header(kind, self.raw_sheet)
        self._show_preview()
        guessed = guess_mapping(kind, self.sheet.header)
        language = ui_language()
        for number, title in enumerate(self.sheet.header):
            combo = QComboBox()
            combo.setObjectName(f"map_{number}")
            # named by its row's label (the column's title in the file, a buddy)
            combo.setAccessibleDescription(self.tr("What this column of the file holds"))
            combo.addItem(self.tr("— do not import —"), None)
            for name in SYNONYMS[kind]:
                combo.addItem(fields.label(kind, name, language), name)
            combo.setCurrentIndex(max(combo.findData(guessed.get(number)), 0))
            combo.currentIndexChanged.connect(lambda _n: self.replan())
            self.combos.append(combo)
            self.mapping_form.addRow(title or f"#{number + 1}", combo)
        self.replan()

    def mapping(self) -> dict[int, str | None]:
        return {n: combo.currentData() for n, combo in enumerate(self.combos)}

    def replan(self) -> None:
        if self.sheet is None:
            return
        self.plan = plan_import(
            self.workspace.database, self.kind.currentData(), self.sheet, self.mapping()
        )
        language = ui_language()
        plan = self.plan
        chosen = len(plan.chosen(self.duplicates.isChecked()))
        self.summary.setText(  # one sentence, each count with its own singular or plural
            " ".join(
                (
                    self.tr("%n row(s) can be imported,", "", chosen),
                    self.tr("%n row(s) have a problem,", "", len(plan.problems)),
                    self.tr("%n look(s) like duplicates.", "", len(plan.duplicates)),
                )
            )
        )
        line = self.tr("line %1: %2")
        found = [(n, e.message(language)) for n, e in plan.problems]
        found += [
            (n, self.tr("duplicate? %1").replace("%1", e.message(language)))
            for n, e in plan.duplicates
        ]
        self.problems.setPlainText(
            "\n".join(
                line.replace("%1", str(n)).replace("%2", text)
                for n, text in sorted(found, key=lambda item: item[0])
            )
        )
        self.import_button.setEnabled(bool(plan.chosen(self.duplicates.isChecked())))

    # -- importing -------------------------------------------------------------------------
    def run_import(self) -> int:
        """Write the plan (one transaction, one undo step); returns the number of rows."""
        if self.plan is None or not self.plan.chosen(self.duplicates.isChecked()):
            return 0
        if self.backup is not None:
            self.backup("voor-import")
        try:
            change = self.workspace.run(ops.import_plan, self.plan, self.duplicates.isChecked())
        except BuurtappError as error:
            warn(self, error)
            return 0
        count = len(change.after.get(self.plan.kind, {}))
        self.accept()
        return count
