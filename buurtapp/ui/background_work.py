"""The opening check and the automatic backups off the GUI thread, so the window is usable
from its first frame (on a large file the full check and the verified copy take a second).

The work is the core's :func:`check_and_back_up` on read connections of its own; stopping
interrupts the query that runs, so closing the file or the window never waits for it, and a
stopped run emits nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, Signal

from buurtapp.core.errors import BuurtappError
from buurtapp.core.opening import AfterOpening, check_and_back_up
from buurtapp.core.storage.interrupting import Interrupted, Interrupter
from buurtapp.ui.ask import ui_language


class BackgroundWork(QThread):
    """Emits ``finished_work(AfterOpening)`` unless stopped; ``failed(str)`` on a surprise."""

    finished_work = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        path: Path,
        *,
        check: bool,
        back_up: bool,
        reason: str,
        second_folder: Path | None = None,
    ) -> None:
        super().__init__()
        self.path = path
        self.second_folder = second_folder
        self.check = check
        self.back_up = back_up
        self.reason = reason
        self.interrupter = Interrupter()

    def stop(self) -> None:
        """Stop and wait (briefly: the running query is interrupted); safe more than once."""
        self.interrupter.stop()
        self.wait()

    def run(self) -> None:
        try:
            outcome: AfterOpening = check_and_back_up(
                self.path,
                check=self.check,
                back_up=self.back_up,
                reason=self.reason,
                interrupter=self.interrupter,
                second_folder=self.second_folder,
            )
        except Interrupted:
            return
        except BuurtappError as error:  # the file went away (a stick pulled out), …
            if not self.interrupter.stopped:
                self.failed.emit(error.message(ui_language()))
            return
        except Exception as error:  # logged, and said calmly in the status bar
            if not self.interrupter.stopped:
                from buurtapp.ui.error_log import logger, message_for

                logger().error("Background work failed", exc_info=error)
                self.failed.emit(message_for(error))
            return
        if not self.interrupter.stopped:
            self.finished_work.emit(outcome)
