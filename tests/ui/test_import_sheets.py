"""The import dialog offers the sheets of a workbook, finds the header below a title row, and
counts likely duplicates of any kind."""

from openpyxl import Workbook

from buurtapp.ui.import_dialog import ImportDialog


def _workbook(path) -> None:
    book = Workbook()
    book.active.title = "Toelichting"
    book.active.append(["Deze werkmap komt van de wijkagent."])
    sheet = book.create_sheet("Nieuwe leden")
    sheet.append(["Nieuwe leden voorjaar"])
    sheet.append([])
    sheet.append(["Naam", "Telefoon", "Leeftijdsgroep"])
    sheet.append(["Henk Werkblad", "06-11112222", "senior"])
    sheet.append(["Riet Werkblad", None, "volwassene"])
    sheet.append(["riet werkblad", None, None])
    book.save(path)


def test_a_workbook_offers_its_sheets(window, tmp_path) -> None:
    path = tmp_path / "leden.xlsx"
    _workbook(path)
    people = window.database.scalar("SELECT count(*) FROM participants")
    window.show_kind("participants")
    dialog = window.import_spreadsheet()
    assert isinstance(dialog, ImportDialog)
    assert dialog.load(path)
    assert not dialog.sheets.isHidden()
    assert [dialog.sheets.itemText(n) for n in range(dialog.sheets.count())] == [
        "Toelichting",
        "Nieuwe leden",
    ]
    assert not dialog.import_button.isEnabled()  # the explanation sheet has no names
    dialog.sheets.setCurrentIndex(1)
    assert dialog.sheet is not None and dialog.sheet.header_line == 3  # below the title
    assert [c.currentData() for c in dialog.combos] == ["name", "phone", "age_group"]
    assert dialog.preview.model_.index(0, 0).data() == "Henk Werkblad"
    assert "2 rijen kunnen worden ingelezen, 0 rijen hebben een probleem, 1 lijkt dubbel" in (
        dialog.summary.text()
    )
    assert "regel 6: dubbel? lijkt op regel 5 van hetzelfde bestand" in (
        dialog.problems.toPlainText()
    )
    dialog.duplicates.setChecked(True)
    assert dialog.summary.text().startswith("3 rijen kunnen worden ingelezen")
    dialog.duplicates.setChecked(False)
    assert dialog.run_import() == 2
    assert window.database.scalar("SELECT count(*) FROM participants") == people + 2


def test_a_csv_file_shows_no_sheet_choice(window, tmp_path) -> None:
    path = tmp_path / "lijst.csv"
    path.write_text("Naam;Adres\r\nZaal Oost;Oosterstraat 1\r\n", encoding="utf-8")
    window.show_kind("places")
    dialog = window.import_spreadsheet()
    assert dialog.load(path)
    assert dialog.sheets.isHidden()
    assert dialog.import_button.isEnabled()
    dialog.reject()
