"""Issue 12 item 3: forgetting is one operation with one meaning on every path (the form,
Delete in the list, the retention review, the command line). A person with history is
anonymised, one without is deleted, the question says which before; either way the uid is in
the erasure log, the name, phone and e-mail are gone from the file's bytes (and its -wal), a
verified backup was made first, and nothing can be undone afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from buurtapp.cli import main
from buurtapp.core import operations as ops
from buurtapp.core.storage.backup_paths import folder_for
from buurtapp.core.storage.backups import list_backups
from buurtapp.core.storage.database import open_database
from buurtapp.ui import record_actions
from buurtapp.ui.retention_dialog import RetentionDialog

NAME = "Zwaantje Quarkelbeek"
PHONE = "06-98765432"
EMAIL = "zwaantje.q@voorbeeld.nl"


def _person(database, history: bool) -> int:
    """A participant with (attendance) or without (no attendance, no roles) history, given
    a name, phone and e-mail that appear nowhere else."""
    if history:
        pid = database.scalar("SELECT participant_id FROM attendance LIMIT 1")
    else:
        pid = database.scalar(
            "SELECT id FROM participants WHERE id NOT IN (SELECT participant_id FROM attendance)"
            " AND id NOT IN (SELECT participant_id FROM roles WHERE participant_id IS NOT NULL)"
            " AND is_worker = 0 LIMIT 1"
        )
    database.conn.execute(
        "UPDATE participants SET name = ?, phone = ?, email = ?, created_on = '2015-01-01' "
        "WHERE id = ?",
        (NAME, PHONE, EMAIL, pid),
    )
    database.conn.commit()
    return int(pid)


def _bytes(path: Path) -> bytes:
    data = path.read_bytes()
    wal = Path(f"{path}-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def _check_forgotten(database, pid: int, uid: str, history: bool) -> None:
    row = database.query("SELECT name, phone, email FROM participants WHERE id = ?", (pid,))
    if history:
        assert row == [{"name": "Geanonimiseerd", "phone": None, "email": None}]
    else:
        assert row == []
    erasure = database.query("SELECT withdrawn, scrubbed FROM erasures WHERE uid = ?", (uid,))
    assert erasure == [{"withdrawn": 0, "scrubbed": 1}]
    raw = _bytes(database.path)
    for secret in (NAME, PHONE, EMAIL):
        assert secret.encode() not in raw


def _check_backup_first(database) -> None:
    made = [b for b in list_backups(folder_for(database.path)) if b.reason == "voor-vergeten"]
    assert made, "no backup before forgetting"
    assert NAME.encode() in made[0].path.read_bytes()  # made before: it still holds the name


def _said(texts: list[str], history: bool) -> None:
    text = texts[0].lower()
    if history:
        assert "geanonimiseerd" in text and "verwijderd" not in text
    else:
        assert "verwijderd" in text and "geanonimiseerd" not in text
    assert "niet ongedaan" in text


@pytest.mark.parametrize("history", [True, False])
def test_forget_from_the_form(window, answer, history) -> None:
    db = window.database
    pid = _person(db, history)
    uid = db.scalar("SELECT uid FROM participants WHERE id = ?", (pid,))
    dialog = record_actions.open_existing(window.workspace, "participants", pid, window)
    answer.next("confirm_yes")
    assert dialog.forget()
    _said(answer.texts, history)
    _check_forgotten(db, pid, uid, history)
    _check_backup_first(db)
    assert not window.workspace.undo_stack.canUndo()


@pytest.mark.parametrize("history", [True, False])
def test_delete_in_the_list_is_forgetting(window, answer, history) -> None:
    db = window.database
    # Something undoable first: forgetting must close the history, not leave it behind.
    window.workspace.run(ops.set_attendance, db.scalar("SELECT id FROM sessions LIMIT 1"),
                         db.scalar("SELECT id FROM participants WHERE is_worker = 1 LIMIT 1")
                         or 1, True)
    pid = _person(db, history)
    uid = db.scalar("SELECT uid FROM participants WHERE id = ?", (pid,))
    answer.next("confirm_yes")
    assert record_actions.delete(window.workspace, "participants", pid, window)
    _said(answer.texts, history)
    assert "ctrl+z" not in answer.texts[0].lower()
    _check_forgotten(db, pid, uid, history)
    _check_backup_first(db)
    assert not window.workspace.undo_stack.canUndo()
    assert not window.actions_["undo"].isEnabled()


@pytest.mark.parametrize("history", [True, False])
def test_retention_review_forgets_the_same_way(window, answer, history) -> None:
    db = window.database
    pid = _person(db, history)
    if history:  # history long ago: seen only before the retention period
        db.conn.execute("DELETE FROM roles WHERE participant_id = ?", (pid,))
        db.conn.execute(
            "DELETE FROM attendance WHERE participant_id = ? AND session_id NOT IN "
            "(SELECT session_id FROM attendance WHERE participant_id = ? LIMIT 1)",
            (pid, pid),
        )
        db.conn.execute(
            "UPDATE sessions SET starts_at = '2016-03-01T10:00', ends_at = '2016-03-01T12:00' "
            "WHERE id = (SELECT session_id FROM attendance WHERE participant_id = ?)",
            (pid,),
        )
        db.conn.commit()
    uid = db.scalar("SELECT uid FROM participants WHERE id = ?", (pid,))
    dialog = window.review_retention()
    assert isinstance(dialog, RetentionDialog)
    for n in range(dialog.model.rowCount()):  # only our person ticked
        item = dialog.model.item(n)
        if item.data(record_actions.Qt.ItemDataRole.UserRole + 1) != pid:
            item.setCheckState(record_actions.Qt.CheckState.Unchecked)
    assert dialog.ticked() == [pid]
    answer.next("confirm_yes")
    assert dialog.forget_ticked() == 1
    text = answer.texts[0].lower()
    assert ("geanonimiseerd" in text) == history and ("verwijderd" in text) != history
    _check_forgotten(db, pid, uid, history)
    _check_backup_first(db)
    assert not window.workspace.undo_stack.canUndo()


@pytest.mark.parametrize("history", [True, False])
def test_command_line_forgets_the_same_way(demo_path, capsys, history) -> None:
    with open_database(demo_path) as db:
        pid = _person(db, history)
        uid = db.scalar("SELECT uid FROM participants WHERE id = ?", (pid,))
    assert main(["person", "anonymise", "--db", str(demo_path), "--id", str(pid)]) == 0
    with open_database(demo_path) as db:
        _check_forgotten(db, pid, uid, history)
        _check_backup_first(db)


def test_declined_forgets_nothing(window, answer) -> None:
    db = window.database
    pid = _person(db, False)
    answer.next("confirm_no")
    assert not record_actions.delete(window.workspace, "participants", pid, window)
    assert db.scalar("SELECT name FROM participants WHERE id = ?", (pid,)) == NAME
    assert not db.scalar("SELECT count(*) FROM erasures WHERE withdrawn = 0 AND uid = "
                         "(SELECT uid FROM participants WHERE id = ?)", (pid,))


def test_failed_backup_forgets_nobody(window, answer) -> None:
    db = window.database
    pid = _person(db, True)
    dialog = record_actions.open_existing(window.workspace, "participants", pid, window)
    dialog.backup = lambda reason: False
    answer.next("confirm_yes")
    answer.next("warning_ok")
    assert not dialog.forget()
    assert db.scalar("SELECT name FROM participants WHERE id = ?", (pid,)) == NAME


def test_undo_of_other_deletes_leaves_the_erasure_log_alone(window, answer) -> None:
    db = window.database
    pid = _person(db, True)
    answer.next("confirm_yes")
    assert record_actions.delete(window.workspace, "participants", pid, window)
    erasures = db.query("SELECT * FROM erasures ORDER BY uid")
    place = db.scalar("SELECT id FROM places WHERE id NOT IN (SELECT place_id FROM sessions "
                      "WHERE place_id IS NOT NULL) AND id NOT IN (SELECT place_id FROM "
                      "activities WHERE place_id IS NOT NULL) AND id NOT IN (SELECT place_id "
                      "FROM initiatives WHERE place_id IS NOT NULL) LIMIT 1")
    session = db.scalar("SELECT id FROM sessions ORDER BY id DESC LIMIT 1")
    for kind, record_id in (("sessions", session), ("places", place)):
        if record_id is None:
            continue
        answer.next("confirm_yes")
        assert record_actions.delete(window.workspace, kind, record_id, window)
        window.actions_["undo"].trigger()
    assert db.query("SELECT * FROM erasures ORDER BY uid") == erasures
