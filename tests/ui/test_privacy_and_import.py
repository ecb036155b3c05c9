"""Import with mapping and preview, export of a list, inzage, vergeten and bewaartermijn."""

import json
import unicodedata

from pypdf import PdfReader

from buurtapp.core.model.repository import Repositories
from buurtapp.ui import record_actions
from buurtapp.ui.import_dialog import ImportDialog
from buurtapp.ui.participant_dialog import ParticipantDialog
from buurtapp.ui.retention_dialog import RetentionDialog

CSV = (
    "Voornaam en achternaam;Tel.;Buurt;Leeftijd;Toestemming contact\r\n"
    "Henk Nieuw;06-11112222;Lindenhof;senior;ja\r\n"
    "Riet Nieuw;06-33334444;Vogelwijk;volwassene;nee\r\n"
    ";06-5;;;\r\n"
    "Piet Fout;;;;misschien\r\n"
)


def test_import_dialog_mapping_preview_problems_and_undo(window, qtbot, tmp_path) -> None:
    path = tmp_path / "lijst.csv"
    path.write_bytes(CSV.encode("cp1252"))
    people = window.database.scalar("SELECT count(*) FROM participants")
    window.show_kind("participants")
    dialog = window.import_spreadsheet()
    assert isinstance(dialog, ImportDialog) and dialog.kind.currentData() == "participants"
    assert dialog.load(path)
    assert dialog.preview.model_.rowCount() == 4
    assert dialog.preview.model_.index(0, 0).data() == "Henk Nieuw"
    # "Voornaam en achternaam" is not a known header: the name column must be linked by hand.
    assert dialog.combos[0].currentData() is None
    assert dialog.combos[1].currentData() == "phone"
    assert not dialog.import_button.isEnabled()
    assert "geen kolom voor Naam" in dialog.problems.toPlainText()
    dialog.combos[0].setCurrentIndex(dialog.combos[0].findData("name"))
    assert dialog.import_button.isEnabled()
    assert "2 rijen kunnen worden ingelezen, 2 rijen hebben een probleem" in (dialog.summary.text())
    problems = dialog.problems.toPlainText()
    assert "regel 4: Naam is verplicht." in problems
    assert "regel 5:" in problems and "geen ja of nee" in problems
    assert dialog.run_import() == 2
    henk = Repositories(window.database).participants.list({"name": "Henk Nieuw"})[0]
    assert (henk.phone, henk.age_group, henk.consent_contact) == ("06-11112222", "senior", 1)
    assert window.actions_["undo"].text() == "Deelnemers importeren ongedaan maken"
    window.actions_["undo"].trigger()
    assert window.database.scalar("SELECT count(*) FROM participants") == people


def test_cancelled_import_writes_nothing(window, tmp_path) -> None:
    path = tmp_path / "lijst.csv"
    path.write_text("naam;telefoon\r\nAnna;06-1\r\n", encoding="utf-8")
    before = window.database.scalar("SELECT count(*) FROM participants")
    dialog = window.import_spreadsheet()
    dialog.load(path)
    assert dialog.import_button.isEnabled()
    dialog.reject()
    assert window.database.scalar("SELECT count(*) FROM participants") == before


def test_export_the_list_on_screen(window, tmp_path) -> None:
    window.show_kind("places")
    path = window.export_list("csv", tmp_path / "plekken.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines()[0].startswith("Naam;Adres;Buurt;Capaciteit")
    xlsx = window.export_list("xlsx", tmp_path / "plekken.xlsx")
    assert xlsx.stat().st_size > 1000


def test_inzage_writes_json_and_pdf(window, tmp_path) -> None:
    pid = window.database.scalar("SELECT participant_id FROM attendance LIMIT 1")
    dialog = record_actions.open_existing(window.workspace, "participants", pid, window)
    assert isinstance(dialog, ParticipantDialog)
    json_path, pdf_path = dialog.inzage(tmp_path)
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["participant"]["id"] == pid
    text = " ".join(
        unicodedata.normalize("NFKC", page.extract_text()) for page in PdfReader(pdf_path).pages
    )
    assert "Wat wij over u bewaren" in " ".join(text.split())
    assert data["participant"]["name"] in " ".join(text.split())


def test_forget_from_the_form(window, answer) -> None:
    pid = window.database.scalar("SELECT participant_id FROM attendance LIMIT 1")
    dialog = record_actions.open_existing(window.workspace, "participants", pid, window)
    answer.next("confirm_yes")
    assert dialog.forget()
    assert "oudere reservekopieën" in answer.texts[0].lower()
    person = Repositories(window.database).participants.get(pid)
    assert person.name == "Geanonimiseerd" and person.anonymised_on


def test_retention_review_forgets_in_bulk(window, answer) -> None:
    db = window.database
    db.conn.execute(
        "UPDATE participants SET created_on = '2020-01-01' WHERE id IN "
        "(SELECT id FROM participants WHERE id NOT IN "
        "(SELECT participant_id FROM attendance) AND is_worker = 0 "
        "AND id NOT IN (SELECT participant_id FROM roles WHERE participant_id "
        "IS NOT NULL) LIMIT 3)"
    )
    db.conn.commit()
    dialog = window.review_retention()
    assert isinstance(dialog, RetentionDialog)
    assert dialog.model.rowCount() == 3
    assert dialog.summary.text().startswith("3 personen om na te lopen")
    first = dialog.model.item(0)
    first.setCheckState(first.checkState().__class__.Unchecked)
    answer.next("confirm_yes")
    assert dialog.forget_ticked() == 2
    assert dialog.model.rowCount() == 1
    # Without history they are deleted, not anonymised (issue 12): logged all the same.
    assert db.scalar("SELECT count(*) FROM erasures WHERE withdrawn = 0") >= 2
