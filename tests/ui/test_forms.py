"""Creating and editing each kind of record through its dialog; errors next to the field."""

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox

from buurtapp.core.model import records as r
from buurtapp.core.model.repository import Repositories
from buurtapp.ui import record_actions
from buurtapp.ui.record_dialog import RecordDialog


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def type_into(qtbot, dialog, field: str, text: str) -> None:
    control = dialog.form.controls[field]
    control.clear()
    if text.isascii():
        qtbot.keyClicks(control, text)
    else:  # QTest can only type ASCII; paste the rest
        control.insert(text)


def choose(dialog, field: str, text: str) -> None:
    combo: QComboBox = dialog.form.controls[field]
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index >= 0, (field, text)
    combo.setCurrentIndex(index)


def rows(window, table: str) -> list[tuple]:
    return window.database.conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


def test_new_place(window, qtbot) -> None:
    window.show_kind("places")
    qtbot.mouseClick(window.pages["places"].new_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(RecordDialog)
    assert dialog.windowTitle() == "Nieuwe plek"
    type_into(qtbot, dialog, "name", "Buurtkamer De Vonk")
    type_into(qtbot, dialog, "address", "Vonkstraat 1")
    type_into(qtbot, dialog, "capacity", "25")
    dialog.form.controls["accessible"].setChecked(True)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    place = Repositories(window.database).places.list({"name": "Buurtkamer De Vonk"})[0]
    assert (place.address, place.capacity, place.accessible) == ("Vonkstraat 1", 25, 1)
    names = [
        window.pages["places"].model.row(i)["name"]
        for i in range(window.pages["places"].model.rowCount())
    ]
    assert "Buurtkamer De Vonk" in names


def test_new_participant_and_organisation(window, qtbot) -> None:
    dialog = record_actions.open_new(window.workspace, "organisations", window)
    type_into(qtbot, dialog, "name", "Moskee Al-Fath")
    choose(dialog, "kind", "maatschappelijke organisatie")
    dialog.save()
    org = Repositories(window.database).organisations.list({"name": "Moskee Al-Fath"})[0]
    assert org.kind == "civil_society"

    dialog = record_actions.open_new(window.workspace, "participants", window)
    type_into(qtbot, dialog, "name", "Zoë <b>Öztürk</b>")
    type_into(qtbot, dialog, "email", "zoe@example.nl")
    choose(dialog, "age_group", "senior")
    choose(dialog, "organisation_id", "Moskee Al-Fath")
    dialog.form.controls["consent_contact"].setChecked(True)
    dialog.save()
    person = Repositories(window.database).participants.list({"email": "zoe@example.nl"})[0]
    assert person.name == "Zoë <b>Öztürk</b>"
    assert (person.age_group, person.organisation_id, person.consent_contact) == (
        "senior",
        org.id,
        1,
    )


def test_new_initiative_stays_open_for_roles_and_activities(window, qtbot) -> None:
    dialog = record_actions.open_new(window.workspace, "initiatives", window)
    assert not dialog.tabs.isVisible() and dialog.hint.isVisibleTo(dialog)
    type_into(qtbot, dialog, "name", "Samen eten in De Akkers")
    type_into(qtbot, dialog, "started_on", "1-9-2026")
    dialog.form.controls["story"].setPlainText("Omdat niemand alleen hoeft te eten.")
    dialog.save()
    initiative = Repositories(window.database).initiatives.list(
        {"name": "Samen eten in De Akkers"}
    )[0]
    # A new initiative starts as the core and the schema say: an idea (issue 13).
    assert initiative.started_on == "2026-09-01" and initiative.status == "idea"
    assert dialog.isVisible() and dialog.tabs.count() == 3
    assert [dialog.tabs.tabText(i) for i in range(3)] == [
        "Rollen en eigenaren",
        "Financiering",
        "Activiteiten",
    ]

    roles = dialog.tabs.widget(0)
    qtbot.mouseClick(roles.add_button, Qt.MouseButton.LeftButton)
    role_dialog = next(d for d in dialog.findChildren(RecordDialog) if d is not dialog)
    choose(role_dialog, "role", "trekker")
    name = window.database.scalar("SELECT name FROM participants WHERE is_worker = 0 LIMIT 1")
    choose(role_dialog, "participant_id", name)
    role_dialog.save()
    assert roles.model.rowCount() == 1
    assert roles.model.index(0, 0).data() == "trekker"
    assert roles.model.index(0, 2).data() == "bewoner"

    funding_tab = dialog.tabs.widget(1)
    funding_tab.add()
    funding = next(d for d in dialog.findChildren(RecordDialog) if d.record.__class__ is r.Funding)
    choose(funding, "organisation_id", "Oranje Fonds")
    type_into(qtbot, funding, "amount_cents", "1.250,50")
    type_into(qtbot, funding, "starts_on", "01-01-2027")
    type_into(qtbot, funding, "ends_on", "31-12-2027")
    choose(funding, "status", "toegekend")
    funding.save()
    stored = Repositories(window.database).fundings.list({"initiative_id": initiative.id})[0]
    assert (stored.amount_cents, stored.starts_on, stored.status) == (
        125050,
        "2027-01-01",
        "granted",
    )
    assert funding_tab.model.index(0, 2).data() == "1.250,50"


def test_edit_and_undo_redo_restore_exact_rows(window, qtbot) -> None:
    before = rows(window, "places")
    record_actions.open_existing(window.workspace, "places", 1, window)
    dialog = window.findChild(RecordDialog)
    type_into(qtbot, dialog, "capacity", "12")
    type_into(qtbot, dialog, "notes", "")
    dialog.form.controls["notes"].setPlainText("Sleutel bij de buren")
    dialog.save()
    after = rows(window, "places")
    assert after != before
    assert window.actions_["undo"].text() == "Plek wijzigen ongedaan maken"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows(window, "places") == before
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert rows(window, "places") == after


@pytest.mark.parametrize(
    ("kind", "field", "text", "message"),
    [
        ("places", "name", "", "Naam is verplicht."),
        ("places", "capacity", "-3", "Capaciteit mag niet negatief zijn."),
        ("participants", "email", "piet-at-home", "lijkt geen e-mailadres"),
        ("initiatives", "started_on", "31-02-2026", "geen geldige datum (bijvoorbeeld"),
        ("initiatives", "ended_on", "01-01-2000", "Einddatum moet na Startdatum liggen."),
    ],
)
def test_validation_error_next_to_field_and_nothing_written(
    window, qtbot, kind, field, text, message
) -> None:
    table_before = rows(window, kind)
    dialog = record_actions.open_new(window.workspace, kind, window)
    type_into(qtbot, dialog, "name", "Proef")
    if kind == "initiatives" and field == "ended_on":
        type_into(qtbot, dialog, "started_on", "01-01-2026")
    control = dialog.form.controls[field]
    if field == "capacity":
        control.setValidator(None)  # what another keyboard layout or paste could still bring
    control.setText(text)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    error = dialog.form.errors[field]
    assert error.isVisibleTo(dialog)
    assert message in error.text()
    assert dialog.isVisible()
    assert rows(window, kind) == table_before


def test_cancel_with_changes_asks_first(window, qtbot, answer) -> None:
    dialog = record_actions.open_new(window.workspace, "places", window)
    type_into(qtbot, dialog, "name", "Half ingevuld")
    answer.next("unsaved_cancel")
    dialog.reject()
    assert dialog.isVisible()
    assert "Niet opslaan" in answer.texts[0]  # save / don't save / cancel (issue 11)
    answer.next("unsaved_discard")
    dialog.reject()
    assert not dialog.isVisible()


def test_delete_place_asks_and_undo_brings_it_back(window, qtbot, answer) -> None:
    repos = Repositories(window.database)
    free = repos.places.add(r.Place(name="Tijdelijke ruimte"))
    window.show_kind("places")
    page = window.pages["places"]
    window.refresh()
    assert page.select_id(free.id)
    before = rows(window, "places")
    answer.next("confirm_yes")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "Tijdelijke ruimte verwijderen?" in answer.texts[0]
    assert free.id not in [row[0] for row in rows(window, "places")]
    window.actions_["undo"].trigger()
    assert rows(window, "places") == before


def test_place_in_use_is_refused_with_a_reason(window, answer) -> None:
    before = rows(window, "places")
    answer.next("warning_ok")
    record_actions.delete(window.workspace, "places", 1, window)
    assert "wordt nog gebruikt" in answer.texts[0]
    assert rows(window, "places") == before


def test_participant_with_history_is_anonymised_after_explaining(window, answer) -> None:
    pid = window.database.scalar("SELECT participant_id FROM attendance GROUP BY 1 LIMIT 1")
    name = Repositories(window.database).participants.get(pid).name
    answer.next("confirm_yes")
    record_actions.delete(window.workspace, "participants", pid, window)
    assert f"{name} wordt geanonimiseerd" in answer.texts[0]
    person = Repositories(window.database).participants.get(pid)
    assert person.name == "Geanonimiseerd" and person.anonymised_on
    # Deleting a person is forgetting them (issue 12): final, no undo brings the name back.
    assert not window.actions_["undo"].isEnabled()


def test_dialog_is_not_dirty_when_untouched(window) -> None:
    dialog = record_actions.open_existing(window.workspace, "participants", 10, window)
    assert not dialog.is_dirty()
    record = dataclasses.replace(dialog.record)
    dialog.form.controls["consent_photo"].setChecked(not record.consent_photo)
    assert dialog.is_dirty()
    assert isinstance(dialog.form.controls["consent_photo"], QCheckBox)
