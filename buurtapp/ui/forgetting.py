"""Forgetting people from the window, the one way whatever the path (a participant's form,
Delete in the list, the retention review): ask truthfully, back up first, forget, scrub, and
close the undo history.

Apart from ``record_actions`` so that the participant's form can use it without importing the
module that opens the forms (that made an import cycle).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from buurtapp.core.errors import BuurtappError
from buurtapp.core.i18n import N_
from buurtapp.core.privacy.forgetting import Forgotten, forget, forget_counts, not_scrubbed
from buurtapp.ui.ask import confirm, warn
from buurtapp.ui.workspace import Workspace

translate = QCoreApplication.translate


class ForgetQuestion(QObject):
    """The one question before forgetting people, whatever the path: it says truthfully who is
    anonymised (they have history) and who is deleted (they have none), and that it is final."""

    def texts(self, counts: tuple[int, int], name: str = "") -> tuple[str, str, str]:
        """(question, explanation, button) for forgetting people; ``counts`` is
        ``privacy.forget_counts``; ``name`` when it is one person."""
        kept, deleted = counts
        if name and kept:
            text = self.tr(
                "%1 will be anonymised: name, contact details, notes, neighbourhood and circle "
                "are erased; the sessions they came to and their roles keep counting, without "
                "a name."
            )
        elif name:
            text = self.tr(
                "%1 never came to a session and has no role, so the whole record is deleted."
            )
        else:
            text = " ".join(
                part
                for part in (
                    self.tr("%n person(s) with history will be anonymised.", "", kept)
                    if kept
                    else "",
                    self.tr("%n person(s) without history will be deleted.", "", deleted)
                    if deleted
                    else "",
                )
                if part
            )
        explanation = " ".join(
            (
                self.tr("This cannot be undone."),
                self.tr("A backup is made first."),
                self.tr("Older backups still hold the old data until they are rotated away."),
            )
        )
        question = (
            self.tr("Forget %1?").replace("%1", name) if name else self.tr("Forget these people?")
        )
        return question, text.replace("%1", name), explanation


def window_backup(widget: QWidget | None) -> Callable[[str], bool] | None:
    """The window's verified backup (``MainWindow.backups.backup_now``), if ``widget`` is in
    a main window that has one."""
    window = widget.window() if widget is not None else None
    backups = getattr(window, "backups", None)
    backup_now = getattr(backups, "backup_now", None)
    return backup_now if callable(backup_now) else None


def forget_people(
    workspace: Workspace,
    participant_ids: list[int],
    parent: QWidget | None,
    backup: Callable[[str], bool] | None,
    name: str = "",
) -> Forgotten | None:
    """Forget people the one way (``privacy.forget``): ask (saying who is anonymised and who
    deleted), make a verified backup (none made: nobody is forgotten), forget, scrub, and
    close the undo history. None when asked and declined, or when it failed."""
    ids = list(dict.fromkeys(participant_ids))
    if not ids:
        return None
    database = workspace.database
    question, text, explanation = ForgetQuestion().texts(forget_counts(database, ids), name)
    if not confirm(
        parent,
        question,
        text,
        translate("ForgetQuestion", "Forget"),
        informative=explanation,
    ):
        return None
    if backup is not None and not backup("voor-vergeten"):
        reason = N_("see the status bar")
        warn(parent, BuurtappError("forget_backup_failed", reason=reason))
        return None
    try:
        done = forget(database, ids, workspace.today)
    except BuurtappError as error:  # a full disk: nothing changed
        warn(parent, error)
        return None
    # Undo must never bring the old data back: forgetting closes the undo history.
    workspace.fence({"participants", "roles", "attendance"})
    if not done.scrubbed:
        warn(parent, not_scrubbed(len(ids)))
    return done
