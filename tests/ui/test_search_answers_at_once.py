"""The search field answers at the keystroke: no pause waiting for more typing."""

from PySide6.QtWidgets import QApplication

from buurtapp.ui.search_box import ID_ROLE, KIND_ROLE


def test_results_appear_in_the_first_turn_of_the_event_loop(window, qtbot) -> None:
    box = window.search
    for typed in ("l", "i", "n"):
        before = box.results.rowCount(), box.text()
        qtbot.keyClicks(box, typed)
        QApplication.processEvents()  # one turn: a timer of 150 ms would not have fired
        model = box.results
        assert model.rowCount() > 0, (typed, before)
        labels = [model.index(r, 0).data() for r in range(model.rowCount())]
        assert all(box.text().casefold() in label.casefold() for label in labels), labels
        assert all(model.index(r, 0).data(KIND_ROLE) for r in range(model.rowCount()))
        assert all(model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount()))
