"""Who came to a session: the attendance table, one change per transaction."""

from __future__ import annotations

from buurtapp.core.storage.connection import Database


def set_attendance(database: Database, session_id: int, participant_id: int, present: bool) -> bool:
    """Mark who came; returns whether anything changed."""
    with database.atomic() as conn:
        if present:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO attendance (session_id, participant_id) VALUES (?, ?)",
                (session_id, participant_id),
            )
        else:
            cursor = conn.execute(
                "DELETE FROM attendance WHERE session_id = ? AND participant_id = ?",
                (session_id, participant_id),
            )
        return cursor.rowcount > 0
