"""A form built from :mod:`buurtapp.ui.fields` (the core's field registry): one control per
field, errors shown beneath it.

The form only moves values between the controls and a record; validation is the core's, and
its messages appear next to the field they concern.
"""

from __future__ import annotations

import dataclasses
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt
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
    QVBoxLayout,
    QWidget,
)

from buurtapp.core.errors import BuurtappError
from buurtapp.core.model import listings
from buurtapp.core.parsing import format_date, format_money, parse_date, parse_money
from buurtapp.core.storage.connection import Database
from buurtapp.qt_text import QT_TRANSLATE_NOOP
from buurtapp.reports.labels import ENUM_LABELS, tr
from buurtapp.ui.fields import FieldSpec, field_text
from buurtapp.ui.ref_model import ID_ROLE, RefModel

ERROR_STYLE = "color: #b00020;"
DATE_HINT = QT_TRANSLATE_NOOP("Fields", "dd-mm-yyyy")
YES = QT_TRANSLATE_NOOP("Fields", "yes")
NO = QT_TRANSLATE_NOOP("Fields", "no")


def _t(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


class RecordForm(QWidget):
    """Controls for the fields of one kind of record."""

    def __init__(
        self, specs: list[FieldSpec], database: Database, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.specs = specs
        self.database = database
        self.controls: dict[str, Any] = {}
        self.errors: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for spec in specs:
            control = self._make(spec)
            control.setObjectName(f"field_{spec.name}")
            self.controls[spec.name] = control
            error = QLabel()
            error.setObjectName(f"error_{spec.name}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            self.errors[spec.name] = error
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(control)
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
        edit = QLineEdit()
        if spec.kind == "int":
            edit.setValidator(QIntValidator(0, 1_000_000, edit))
            edit.setMaximumWidth(120)
        elif spec.kind == "date":
            edit.setPlaceholderText(_t(DATE_HINT))
            edit.setMaximumWidth(140)
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
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        model = RefModel(listings.choices(self.database, spec.choices or ""), "—", combo)
        combo.setModel(model)
        completer = combo.completer()  # an editable combo box always has one
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setMaxVisibleItems(15)
        return combo

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
            control.setText(format_date(value))
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
            return self._ref_value(control)
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
    def _ref_value(combo: QComboBox) -> int | None:
        typed = combo.currentText().strip()
        row = combo.currentIndex()
        model = combo.model()
        if row >= 0 and model.index(row, 0).data() == typed:
            return model.index(row, 0).data(ID_ROLE)
        found = combo.findText(typed, Qt.MatchFlag.MatchFixedString)
        return model.index(found, 0).data(ID_ROLE) if found >= 0 else None

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
            return format_date(value)
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
