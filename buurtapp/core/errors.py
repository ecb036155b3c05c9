"""The one error type the core raises for anything a user should be told about.

Each error carries a message code, the field it concerns (if any) and parameters; the text is
an English template in :data:`MESSAGES`, translated through the one gettext catalogue
(:mod:`buurtapp.core.i18n`) when shown, with every parameter that is itself a text to translate
(a field label, a reason) translated too. So the window can show it next to the field and the
command line can print it as one readable line, in Dutch or English.
"""

from __future__ import annotations

from typing import Any

from buurtapp.core.i18n import N_, Text, language, translate, translate_value

MESSAGES: dict[str, Text] = {
    "required": N_("{label} is required."),
    "too_long": N_("{label} is too long (at most {max} characters)."),
    "bad_date": N_("{label} is not a valid date (expected YYYY-MM-DD): {value}"),
    "bad_user_date": N_("{label}: '{value}' is not a valid date (for example 25-11-2026)."),
    "bad_money": N_("{label}: '{value}' is not an amount (for example 1,250.00)."),
    "bad_week": N_("'{value}' is not a week; write for example 2026-W49."),
    "bad_period": N_("The period is wrong: {first} is after {last}."),
    "formula_cell": N_("{label}: '{value}' looks like a spreadsheet formula and is not imported."),
    "bad_yes_no": N_("{label}: '{value}' is not yes or no."),
    "unknown_reference": N_("{label} '{value}' does not exist in this database."),
    "no_required_column": N_("The file has no column for {label}; link a column to this field."),
    "bad_datetime": N_("{label} is not a valid date and time (expected YYYY-MM-DDTHH:MM): {value}"),
    "end_before_start": N_("{label} must be after {other}."),
    "too_large": N_("{label} is too large (at most {max})."),
    "not_negative": N_("{label} cannot be negative."),
    "out_of_range": N_("{label} must be between {low} and {high}."),
    "unprintable": N_(
        "{label} contains characters that cannot be printed (such as control codes)."
    ),
    "positive": N_("{label} must be greater than zero."),
    "bad_choice": N_("{label} has an unknown value: {value}"),
    "bad_email": N_("{label} does not look like an e-mail address: {value}"),
    "bad_rrule": N_("The repeat pattern is not valid: {value}"),
    "rrule_too_frequent": N_("An activity can repeat at most daily."),
    "role_holder": N_("A role belongs to exactly one participant or one organisation."),
    "not_found": N_("{label} with number {id} does not exist."),
    "in_use": N_("{label} is still in use ({uses}) and cannot be deleted."),
    "constraint": N_("The data does not fit the database: {value}"),
    "db_missing": N_(
        "The file {path} does not exist (any more). Is the USB stick or network folder "
        "still connected?"
    ),
    "db_exists": N_("The file {path} already exists; choose a new name."),
    "db_not_sqlite": N_("{path} is not a database file (not SQLite)."),
    "db_foreign": N_(
        "{path} is an SQLite database, but not a Buurtapp one. The file was not touched."
    ),
    "db_newer": N_(
        "{path} was made by a newer Buurtapp (schema version {found}; this version knows "
        "up to {known}). Please update Buurtapp. The file was not touched."
    ),
    "db_unreadable": N_("{path} cannot be opened: {reason}"),
    "db_damaged": N_(
        "The database is damaged ({reason}). Nothing was changed; check the file with "
        "'buurtapp check' and restore a backup if needed."
    ),
    "db_read_only": N_("This file is read-only; changes cannot be saved."),
    "db_write_failed": N_("Saving failed; nothing was changed. Reason: {reason}"),
    "folder_missing": N_("Cannot create {path}: the folder does not exist."),
    "path_unwritable": N_("Cannot write to {path}: {reason}"),
    # -- files and opening ----------------------------------------------------------------
    "db_name_too_long": N_(
        "The name of {path} is too long (at most {max} characters); choose a shorter name."
    ),
    "db_damaged_file": N_("{path} is damaged ({reason})."),
    "db_is_folder": N_("{path} is a folder, not a database file. Choose the file itself."),
    "db_special": N_(
        "{path} is not an ordinary file (but for example a device or a pipe) and was not opened."
    ),
    "db_empty": N_(
        "{path} is empty (0 bytes), so it is not a Buurtapp file. It was not touched; "
        "make a new database under another name or restore a backup."
    ),
    "wal_foreign": N_(
        "Next to {path} lies a log file ({wal}) that does not belong to this database. "
        "Nothing was touched. Move {wal} to another folder and open the file again."
    ),
    "db_in_use": N_(
        "{path} is already open in Buurtapp (process {pid} on {host}). Close it there "
        "first, so that no changes are lost."
    ),
    "db_busy": N_(
        "Another program is writing to {path}; Buurtapp waited {seconds} seconds. "
        "Nothing was changed; please try again later."
    ),
    "disk_full": N_(
        "Saving failed; nothing was changed: the disk is full. Free some space and try again."
    ),
    # -- outputs -----------------------------------------------------------------------------
    "output_is_data": N_(
        "{path} belongs to the database or its backups; Buurtapp never writes over it. "
        "Choose another name. Nothing was changed."
    ),
    "output_is_database": N_(
        "{path} is a database file; Buurtapp never writes over it. Choose another name. "
        "Nothing was changed."
    ),
    "output_is_folder": N_("{path} is a folder; choose a file name in that folder."),
    "output_bad_name": N_("'{path}' is not a valid file name; choose another name."),
    "output_special": N_("{path} is not an ordinary file; choose an ordinary file name."),
    "output_name_too_long": N_("The name {path} is too long for this disk; choose a shorter name."),
    "output_disk_full": N_(
        "The disk is full: {path} was not saved. An earlier file with this name was not changed."
    ),
    "output_read_only": N_(
        "The folder of {path} cannot be written to; choose another folder. Nothing was changed."
    ),
    "output_failed": N_(
        "{path} could not be saved ({reason}). An earlier file with this name was not changed."
    ),
    # -- import and export -------------------------------------------------------------------
    "import_not_a_file": N_(
        "{path} is not an ordinary file (but a folder, device or pipe); choose a CSV or Excel file."
    ),
    "import_not_whole": N_("{label}: '{value}' is not a whole number (for example 12)."),
    "import_date_range": N_(
        "{label}: {value} is not between {first} and {last}; is the year right?"
    ),
    "import_duplicate_known": N_("looks like '{name}' in the database ({reason})"),
    "import_duplicate_earlier": N_("looks like line {line} of the same file ({reason})"),
    "import_too_many_rows": N_(
        "{path} has more than {max} rows; Buurtapp does not import it. Split the file into parts."
    ),
    "import_too_many_columns": N_(
        "{path}, line {line}: more than {max} columns; this does not look like a list to import."
    ),
    "import_unpacked_too_large": N_(
        "{path} unpacks to more than {max} MB; Buurtapp does not import it. Keep only "
        "the sheet you need, or save it as CSV."
    ),
    "import_file_too_large": N_(
        "{path} is larger than {max} MB; Buurtapp does not import it. Split the file into parts."
    ),
    "import_no_such_sheet": N_("{path} has no sheet '{name}'; its sheets are: {names}."),
    "import_sheet_in_csv": N_(
        "{path} is a text file (CSV) and has no sheets; do not choose a sheet."
    ),
    "import_old_excel": N_(
        "{path} is an old Excel file (.xls) or a password-protected file; open it in "
        "Excel and save it as .xlsx or CSV."
    ),
    # -- forgetting and search ---------------------------------------------------------------
    "forget_not_scrubbed": N_(
        "{who}, but another program has the file open; the old data "
        "leaves the file only when that program closes (Buurtapp cleans it up the next time "
        "the file is opened)."
    ),
    "forget_disk_full": N_(
        "There is not enough room on the disk to forget safely (about {need} needed); "
        "nothing was changed. Free some space and try again."
    ),
    "forget_backup_failed": N_(
        "The backup before forgetting failed, so nobody was forgotten and nothing was "
        "changed. Reason: {reason}"
    ),
    # -- planning and agenda -----------------------------------------------------------------
    "schedule_activity": N_(
        "The sessions of activity '{title}' were not planned (nothing was changed): {reason}"
    ),
    # -- forms -------------------------------------------------------------------------------
    "stale_record": N_(
        "Someone else also changed this since you opened the form: {fields}. Nothing was saved."
    ),
    # -- undo and redo -----------------------------------------------------------------------
    "undo_changed_since": N_(
        "{what} has changed since; undoing would overwrite that. Nothing was changed."
    ),
    "redo_changed_since": N_(
        "{what} has changed since; redoing would overwrite that. Nothing was changed."
    ),
}


class BuurtappError(Exception):
    """A problem the user can act on; ``message()`` gives it in Dutch or English."""

    def __init__(self, code: str, field: str | None = None, **params: Any) -> None:
        self.code = code
        self.field = field
        self.params = params
        super().__init__(self.message())

    def message(self, lang: str | None = None) -> str:
        """The message in ``lang`` ('nl' or 'en'; default: the chosen language), with field
        labels and other texts among the parameters in the same language."""
        code = lang or language()
        template = MESSAGES.get(self.code)
        if template is None:
            return self.code
        params = {key: _shown(value, code) for key, value in self.params.items()}
        text = translate(template, code)
        try:
            return text.format(**params)
        except (KeyError, IndexError):
            return text


#: The longest a value may be inside a message (a path of 250 bytes still fits).
LONGEST_VALUE = 300


def _shown(value: object, lang: str) -> object:
    """A parameter as shown in ``lang``; a dict by language is still accepted (old callers).

    A message is one line whatever was typed or imported: line breaks, tabs and other control
    characters in a value become spaces, and a very long value is cut short."""
    if isinstance(value, dict):
        value = value.get(lang, value.get("en", next(iter(value.values()), "")))
    shown = translate_value(value, lang)
    if isinstance(shown, str):
        shown = "".join(c if c.isprintable() else " " for c in shown)
        if len(shown) > LONGEST_VALUE:
            shown = shown[: LONGEST_VALUE - 1] + "…"
    return shown


class ValidationError(BuurtappError):
    """A record failed validation; ``field`` names the column so a form can mark it."""


class DatabaseError(BuurtappError):
    """A database file could not be opened, created or written as asked."""
