"""A form built from :mod:`buurtapp.ui.fields` (the core's field registry): one control per
field, errors shown beneath it.

The form only moves values between the controls and a record; validation is the core's, and
its messages appear next to the field they concern.

Nothing is guessed (issue 14): dates take typing on the first click; places, organisations and
people are chosen by typing part of the name (case does not matter), a name that matches no
record is said next to the field instead of being dropped, and where a place is chosen a
"New place…" button beside the list asks the form's owner (``new_wanted``) to make one, which
:meth:`RecordForm.choose_new` then selects.
"""

from __future__ import annotations

import dataclasses
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtapp.core import formatting
from buurtapp.core.errors import BuurtappError, ValidationError
from buurtapp.core.model import listings
from buurtapp.core.model.labels import field_label
from buurtapp.core.parsing import format_money, parse_date, parse_money
from buurtapp.core.storage.connection import Database
from buurtapp.qt_text import QT_TRANSLATE_NOOP
from buurtapp.reports.labels import ENUM_LABELS, tr
from buurtapp.ui.fields import FieldSpec, field_text
from buurtapp.ui.moment_fields import DateField, SelectAllOnClick
from buurtapp.ui.ref_model import ID_ROLE, RefModel
from buurtapp.ui.style import error_style

DATE_HINT = QT_TRANSLATE_NOOP("Fields", "dd-mm-yyyy")
YES = QT_TRANSLATE_NOOP("Fields", "yes")
NO = QT_TRANSLATE_NOOP("Fields", "no")
#: Kinds of record a form can make on the spot, beside the list they are chosen from.
NEW_BUTTONS = {
    "places": QT_TRANSLATE_NOOP("Fields", "New place…"),
    # a new centre's first activity needs an initiative first: made here, not by cancelling
    "initiatives": QT_TRANSLATE_NOOP("Fields", "New initiative…"),
}
#: The text of the "no choice" row of a list of records.
NO_CHOICE = "—"


def _t(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


class RecordForm(QWidget):
    """Controls for the fields of one kind of record.

    ``new_wanted(field, kind, typed)``: the "New place…" button of ``field`` was pressed;
    ``typed`` is the name typed in its list when it matches no record (a start for the name).
    """

    new_wanted = Signal(str, str, str)

    def __init__(
        self, specs: list[FieldSpec], database: Database, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.specs = specs
        self.database = database
        self.controls: dict[str, Any] = {}
        self.errors: dict[str, QLabel] = {}
        self.new_buttons: dict[str, QPushButton] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for spec in specs:
            control = self._make(spec)
            control.setObjectName(f"field_{spec.name}")
            control.setAccessibleName(field_text(spec.label))  # the row's label is no buddy
            self.controls[spec.name] = control
            error = QLabel()
            error.setObjectName(f"error_{spec.name}")
            error.setStyleSheet(error_style())
            error.setWordWrap(True)
            error.hide()
            self.errors[spec.name] = error
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addLayout(self._with_new_button(spec, control))
            box.addWidget(error)
            label = field_text(spec.label) + (" *" if spec.required else "")
            if spec.kind == "bool":
                cast(QCheckBox, control).setText(field_text(spec.label))
                label = ""
            layout.addRow(label, box)

    # -- building ----------------------------------------------------------------------------
    def _make(self, spec: FieldSpec) -> QWidget:
        if spec.kind == "multiline":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setMinimumHeight(60)
            text.setMaximumHeight(140 if spec.name == "story" else 90)
            return text
        if spec.kind == "bool":
            return QCheckBox()
        if spec.kind == "choice":
            combo = QComboBox()
            if spec.nullable:
                combo.addItem("—", None)
            for value, source in ENUM_LABELS[spec.choices or ""].items():
                combo.addItem(tr(source), value)
            return combo
        if spec.kind == "ref":
            return self._ref_combo(spec)
        if spec.kind == "multi":
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for value, source in ENUM_LABELS[spec.choices or ""].items():
                check = QCheckBox(tr(source))
                check.setObjectName(f"choice_{value}")
                check.setProperty("value", value)
                row.addWidget(check)
            row.addStretch(1)
            return box
        edit = DateField() if spec.kind == "date" else QLineEdit()
        if spec.kind == "int":
            edit.setValidator(QIntValidator(0, 1_000_000, edit))
            edit.setMaximumWidth(120)
        elif spec.kind == "date":
            edit.setPlaceholderText(_t(DATE_HINT))
        elif spec.kind == "money":
            edit.setPlaceholderText("0,00")
            edit.setMaximumWidth(140)
        else:
            edit.setMaxLength(spec.longest or 200)
        if spec.complete:
            values = listings.distinct_values(self.database, *spec.complete)
            completer = QCompleter(values, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
        return edit

    def _ref_combo(self, spec: FieldSpec) -> QComboBox:
        """A list to choose a record from by typing any part of its name (a click selects
        the text, so typing replaces it), or by its arrow."""
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        model = RefModel(listings.choices(self.database, spec.choices or ""), NO_CHOICE, combo)
        combo.setModel(model)
        completer = combo.completer()  # an editable combo box always has one
        assert completer is not None
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        combo.setMaxVisibleItems(15)
        edit = combo.lineEdit()
        assert edit is not None
        SelectAllOnClick(edit, combo)
        return combo

    def _with_new_button(self, spec: FieldSpec, control: QWidget) -> QHBoxLayout:
        """The control, and "New place…" beside a list of places."""
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(control, 1)
        kind = spec.choices or ""
        if spec.kind == "ref" and kind in NEW_BUTTONS:
            button = QPushButton(_t(NEW_BUTTONS[kind]))
            button.setObjectName(f"new_{spec.name}")
            button.setAutoDefault(False)
            button.clicked.connect(
                lambda _on=False, n=spec.name, k=kind: self.new_wanted.emit(n, k, self._typed(n))
            )
            self.new_buttons[spec.name] = button
            row.addWidget(button)
        return row

    def _typed(self, name: str) -> str:
        """The name typed in the list ``name`` when it matches no record, else ""."""
        combo = self.controls[name]
        typed = combo.currentText().strip()
        if typed in ("", NO_CHOICE) or combo.findText(typed, Qt.MatchFlag.MatchFixedString) >= 0:
            return ""
        return str(typed)

    def choose_new(self, name: str, record_id: int | None) -> None:
        """Offer the records of list ``name`` again (one was just made) and select
        ``record_id``."""
        spec = next(s for s in self.specs if s.name == name)
        combo = self.controls[name]
        combo.model().set_pairs(listings.choices(self.database, spec.choices or ""))
        combo.setCurrentIndex(max(combo.model().row_of(record_id), 0))

    # -- values ------------------------------------------------------------------------------
    def set_record(self, record: Any) -> None:
        for spec in self.specs:
            self.set_value(spec.name, getattr(record, spec.name))

    def set_value(self, name: str, value: Any) -> None:
        spec = next(s for s in self.specs if s.name == name)
        control = self.controls[name]
        if spec.kind == "multiline":
            control.setPlainText(value or "")
        elif spec.kind == "bool":
            control.setChecked(bool(value))
        elif spec.kind == "choice":
            control.setCurrentIndex(max(control.findData(value), 0))
        elif spec.kind == "ref":
            control.setCurrentIndex(max(control.model().row_of(value), 0))
        elif spec.kind == "multi":
            chosen = set((value or "").split(","))
            for check in control.findChildren(QCheckBox):
                check.setChecked(check.property("value") in chosen)
        elif spec.kind == "date":
            control.setText(formatting.day(value))
        elif spec.kind == "money":
            control.setText(format_money(value))
        else:
            control.setText("" if value is None else str(value))

    def value(self, name: str) -> Any:
        """The control's value as the record stores it; raises ``ValidationError`` for a date
        or amount that cannot be read."""
        spec = next(s for s in self.specs if s.name == name)
        control = self.controls[name]
        if spec.kind == "multiline":
            return control.toPlainText()
        if spec.kind == "bool":
            return int(control.isChecked())
        if spec.kind == "choice":
            return control.currentData()
        if spec.kind == "ref":
            return self._ref_value(control, name)
        if spec.kind == "multi":
            chosen = [c.property("value") for c in control.findChildren(QCheckBox) if c.isChecked()]
            return ",".join(chosen) or None
        text = control.text()
        if spec.kind == "date":
            return parse_date(text, name)
        if spec.kind == "money":
            return parse_money(text, name)
        if spec.kind == "int":
            return int(text) if text.strip() else None
        return text

    @staticmethod
    def _ref_value(combo: QComboBox, name: str) -> int | None:
        """The record whose name is in the list; a typed name that matches none is an error
        (never silently "no choice")."""
        typed = combo.currentText().strip()
        row = combo.currentIndex()
        model = combo.model()
        if row >= 0 and model.index(row, 0).data() == typed:
            return model.index(row, 0).data(ID_ROLE)
        if typed in ("", NO_CHOICE):
            return None
        found = combo.findText(typed, Qt.MatchFlag.MatchFixedString)
        if found < 0:
            raise ValidationError(
                "unknown_reference", field=name, label=field_label(name), value=typed
            )
        return model.index(found, 0).data(ID_ROLE)

    def label(self, name: str) -> str:
        """The field's label in the window's language (the name itself when not in the form)."""
        spec = next((s for s in self.specs if s.name == name), None)
        return field_text(spec.label) if spec else name

    def shown(self, name: str, value: Any) -> str:
        """``value`` of field ``name`` as the form shows it, for a question about it."""
        spec = next((s for s in self.specs if s.name == name), None)
        if value is None or value == "":
            return "—"
        if spec is None:
            return str(value)
        if spec.kind == "bool":
            return _t(YES) if value else _t(NO)
        if spec.kind == "date":
            return formatting.day(value)
        if spec.kind == "money":
            return format_money(value)
        if spec.kind == "choice":
            return tr(ENUM_LABELS[spec.choices or ""].get(value, str(value)))
        if spec.kind == "multi":
            labels = ENUM_LABELS[spec.choices or ""]
            return ", ".join(tr(labels.get(v, v)) for v in str(value).split(","))
        if spec.kind == "ref":
            control = self.controls[name]
            row = control.model().row_of(value)
            return str(control.model().index(row, 0).data()) if row >= 0 else str(value)
        return str(value)

    def apply_to(self, record: Any) -> Any:
        """A copy of ``record`` with the form's values; the original stays untouched."""
        values = {spec.name: self.value(spec.name) for spec in self.specs}
        return dataclasses.replace(record, **values)

    # -- errors ------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_error(self, error: BuurtappError, language: str) -> bool:
        """Show ``error`` beneath its field and focus it; False when no field of this form."""
        name = error.field
        if name not in self.errors:
            return False
        self.errors[name].setText(error.message(language))
        self.errors[name].show()
        self.controls[name].setFocus()
        return True
