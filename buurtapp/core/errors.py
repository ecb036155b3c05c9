"""The one error type the core raises for anything a user should be told about.

Each error carries a message code, the field it concerns (if any) and parameters; the text is
looked up in :data:`MESSAGES` in Dutch or English, so the window can show it next to the field
and the command line can print it as one readable line.
"""

from __future__ import annotations

from typing import Any

from buurtapp.core.i18n import DEFAULT

MESSAGES: dict[str, dict[str, str]] = {
    "required": {
        "nl": "{label} is verplicht.",
        "en": "{label} is required.",
    },
    "too_long": {
        "nl": "{label} is te lang (hoogstens {max} tekens).",
        "en": "{label} is too long (at most {max} characters).",
    },
    "bad_date": {
        "nl": "{label} is geen geldige datum (verwacht JJJJ-MM-DD): {value}",
        "en": "{label} is not a valid date (expected YYYY-MM-DD): {value}",
    },
    "bad_user_date": {
        "nl": "{label}: '{value}' is geen geldige datum (bijvoorbeeld 25-11-2026).",
        "en": "{label}: '{value}' is not a valid date (for example 25-11-2026).",
    },
    "bad_money": {
        "nl": "{label}: '{value}' is geen bedrag (bijvoorbeeld 1.250,00).",
        "en": "{label}: '{value}' is not an amount (for example 1,250.00).",
    },
    "bad_week": {
        "nl": "'{value}' is geen week; schrijf bijvoorbeeld 2026-W49.",
        "en": "'{value}' is not a week; write for example 2026-W49.",
    },
    "bad_period": {
        "nl": "De periode klopt niet: {first} ligt na {last}.",
        "en": "The period is wrong: {first} is after {last}.",
    },
    "formula_cell": {
        "nl": "{label}: '{value}' lijkt een spreadsheetformule en wordt niet ingelezen.",
        "en": "{label}: '{value}' looks like a spreadsheet formula and is not imported.",
    },
    "bad_yes_no": {
        "nl": "{label}: '{value}' is geen ja of nee.",
        "en": "{label}: '{value}' is not yes or no.",
    },
    "unknown_reference": {
        "nl": "{label} '{value}' bestaat niet in deze database.",
        "en": "{label} '{value}' does not exist in this database.",
    },
    "duplicate_existing": {
        "nl": "lijkt op {name}, die al in de database staat",
        "en": "looks like {name}, who is already in the database",
    },
    "duplicate_in_file": {
        "nl": "lijkt op regel {line} van hetzelfde bestand",
        "en": "looks like line {line} of the same file",
    },
    "no_required_column": {
        "nl": "Het bestand heeft geen kolom voor {label}; koppel een kolom aan dit veld.",
        "en": "The file has no column for {label}; link a column to this field.",
    },
    "bad_datetime": {
        "nl": "{label} is geen geldig tijdstip (verwacht JJJJ-MM-DDTUU:MM): {value}",
        "en": "{label} is not a valid date and time (expected YYYY-MM-DDTHH:MM): {value}",
    },
    "end_before_start": {
        "nl": "{label} moet na {other} liggen.",
        "en": "{label} must be after {other}.",
    },
    "too_large": {
        "nl": "{label} is te groot (hoogstens {max}).",
        "en": "{label} is too large (at most {max}).",
    },
    "not_negative": {
        "nl": "{label} mag niet negatief zijn.",
        "en": "{label} cannot be negative.",
    },
    "positive": {
        "nl": "{label} moet groter dan nul zijn.",
        "en": "{label} must be greater than zero.",
    },
    "bad_choice": {
        "nl": "{label} heeft een onbekende waarde: {value}",
        "en": "{label} has an unknown value: {value}",
    },
    "bad_email": {
        "nl": "{label} lijkt geen e-mailadres: {value}",
        "en": "{label} does not look like an e-mail address: {value}",
    },
    "bad_rrule": {
        "nl": "Het herhaalpatroon is ongeldig: {value}",
        "en": "The repeat pattern is not valid: {value}",
    },
    "rrule_too_frequent": {
        "nl": "Een activiteit kan hoogstens dagelijks herhalen.",
        "en": "An activity can repeat at most daily.",
    },
    "role_holder": {
        "nl": "Een rol hoort bij precies één deelnemer óf één organisatie.",
        "en": "A role belongs to exactly one participant or one organisation.",
    },
    "not_found": {
        "nl": "{label} met nummer {id} bestaat niet.",
        "en": "{label} with number {id} does not exist.",
    },
    "in_use": {
        "nl": "{label} wordt nog gebruikt ({uses}) en kan niet worden verwijderd.",
        "en": "{label} is still in use ({uses}) and cannot be deleted.",
    },
    "duplicate_session": {
        "nl": "Deze activiteit heeft al een bijeenkomst op {value}.",
        "en": "This activity already has a session at {value}.",
    },
    "constraint": {
        "nl": "De gegevens passen niet bij de database: {value}",
        "en": "The data does not fit the database: {value}",
    },
    "db_missing": {
        "nl": "Het bestand {path} bestaat niet (meer). Is de USB-stick of netwerkmap nog "
        "aangesloten?",
        "en": "The file {path} does not exist (any more). Is the USB stick or network folder "
        "still connected?",
    },
    "db_exists": {
        "nl": "Het bestand {path} bestaat al; kies een nieuwe naam.",
        "en": "The file {path} already exists; choose a new name.",
    },
    "db_not_sqlite": {
        "nl": "{path} is geen database-bestand (geen SQLite).",
        "en": "{path} is not a database file (not SQLite).",
    },
    "db_foreign": {
        "nl": "{path} is een SQLite-database, maar niet van Buurtapp. Het bestand is niet "
        "aangeraakt.",
        "en": "{path} is an SQLite database, but not a Buurtapp one. The file was not touched.",
    },
    "db_newer": {
        "nl": "{path} is gemaakt met een nieuwere Buurtapp (schemaversie {found}; deze versie "
        "kent t/m {known}). Werk Buurtapp bij. Het bestand is niet aangeraakt.",
        "en": "{path} was made by a newer Buurtapp (schema version {found}; this version knows "
        "up to {known}). Please update Buurtapp. The file was not touched.",
    },
    "db_unreadable": {
        "nl": "{path} kan niet worden geopend: {reason}",
        "en": "{path} cannot be opened: {reason}",
    },
    "db_damaged": {
        "nl": "De database is beschadigd ({reason}). Er is niets veranderd; controleer het "
        "bestand met 'buurtapp check' en zet zo nodig een reservekopie terug.",
        "en": "The database is damaged ({reason}). Nothing was changed; check the file with "
        "'buurtapp check' and restore a backup if needed.",
    },
    "db_readonly_old": {
        "nl": "{path} kan alleen gelezen worden en is gemaakt met een oudere Buurtapp; het "
        "moet eerst worden bijgewerkt. Kopieer het naar een map waar u mag schrijven.",
        "en": "{path} is read-only and was made by an older Buurtapp; it must be updated "
        "first. Copy it to a folder you can write to.",
    },
    "db_read_only": {
        "nl": "Dit bestand is alleen te lezen; wijzigingen kunnen niet worden opgeslagen.",
        "en": "This file is read-only; changes cannot be saved.",
    },
    "db_write_failed": {
        "nl": "Opslaan is mislukt; er is niets veranderd. Oorzaak: {reason}",
        "en": "Saving failed; nothing was changed. Reason: {reason}",
    },
    "folder_missing": {
        "nl": "Kan {path} niet maken: de map bestaat niet.",
        "en": "Cannot create {path}: the folder does not exist.",
    },
    "path_unwritable": {
        "nl": "Kan niet schrijven naar {path}: {reason}",
        "en": "Cannot write to {path}: {reason}",
    },
    # -- files and opening ----------------------------------------------------------------
    # -- outputs -----------------------------------------------------------------------------
    # -- import and export -------------------------------------------------------------------
    # -- forgetting and search ---------------------------------------------------------------
    # -- planning and agenda -----------------------------------------------------------------
}


class BuurtappError(Exception):
    """A problem the user can act on; ``message()`` gives it in Dutch or English."""

    def __init__(self, code: str, field: str | None = None, **params: Any) -> None:
        self.code = code
        self.field = field
        self.params = params
        super().__init__(self.message())

    def message(self, lang: str = DEFAULT) -> str:
        """The message in ``lang`` ('nl' or 'en'), with field labels in the same language."""
        texts = MESSAGES.get(self.code, {})
        template = texts.get(lang) or texts.get(DEFAULT) or self.code
        params = {
            key: (value.get(lang, value.get(DEFAULT)) if isinstance(value, dict) else value)
            for key, value in self.params.items()
        }
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            return template


class ValidationError(BuurtappError):
    """A record failed validation; ``field`` names the column so a form can mark it."""


class DatabaseError(BuurtappError):
    """A database file could not be opened, created or written as asked."""
