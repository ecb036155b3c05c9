"""The manual's pages, and which one F1 opens from where: data only, shared by the F1 key
(``help_keys``, loaded at start) and the viewer (``help_viewer``, loaded when first opened)."""

from __future__ import annotations

#: The manual's pages (file names without .html, the same in every language), in the order
#: of its table of contents.
PAGES: tuple[str, ...] = (
    "index",
    "start",
    "who-came",
    "plan-activity",
    "print",
    "insights",
    "privacy",
    "backups",
    "settings",
    "import",
    "lists",
    "keyboard",
)

#: Where F1 leads from a widget of this class (or a subclass: the whole class hierarchy is
#: looked at, by name, so this module imports none of them).
BY_CLASS: dict[str, str] = {
    "WeekPage": "who-came",
    "SessionPanel": "who-came",
    "InsightsPage": "insights",
    "PeriodDialog": "print",
    "QPrintPreviewDialog": "print",
    "QPrintDialog": "print",
    "ActivityDialog": "plan-activity",
    "ParticipantDialog": "privacy",
    "RecordDialog": "lists",
    "BackupsDialog": "backups",
    "RetentionDialog": "privacy",
    "ImportDialog": "import",
    "SettingsDialog": "settings",
    "WelcomePage": "start",
    "AboutDialog": "index",
    "NewCentreDialog": "start",
    "QFileDialog": "start",  # opening a file, choosing where a new one goes
}

#: The page for each page of the main window (``MainWindow.current_kind()``).
BY_KIND: dict[str, str] = {
    "week": "who-came",
    "insights": "insights",
    "activities": "plan-activity",
    "initiatives": "lists",
    "participants": "lists",
    "places": "lists",
    "organisations": "lists",
}
