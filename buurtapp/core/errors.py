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
    "db_name_too_long": {
        "nl": "De naam van {path} is te lang (hoogstens {max} tekens); kies een kortere naam.",
        "en": "The name of {path} is too long (at most {max} characters); choose a shorter "
        "name.",
    },
    "db_damaged_file": {
        "nl": "{path} is beschadigd ({reason}).",
        "en": "{path} is damaged ({reason}).",
    },
    "db_is_folder": {
        "nl": "{path} is een map, geen databasebestand. Kies het bestand zelf.",
        "en": "{path} is a folder, not a database file. Choose the file itself.",
    },
    "db_special": {
        "nl": "{path} is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp) en "
        "is niet geopend.",
        "en": "{path} is not an ordinary file (but for example a device or a pipe) and was "
        "not opened.",
    },
    "db_empty": {
        "nl": "{path} is leeg (0 bytes) en dus geen Buurtapp-bestand. Het is niet aangeraakt; "
        "maak een nieuwe database met een andere naam of zet een reservekopie terug.",
        "en": "{path} is empty (0 bytes), so it is not a Buurtapp file. It was not touched; "
        "make a new database under another name or restore a backup.",
    },
    "wal_foreign": {
        "nl": "Naast {path} ligt een logbestand ({wal}) dat niet bij deze database hoort. Er "
        "is niets aangeraakt. Verplaats {wal} naar een andere map en open het bestand opnieuw.",
        "en": "Next to {path} lies a log file ({wal}) that does not belong to this database. "
        "Nothing was touched. Move {wal} to another folder and open the file again.",
    },
    "db_in_use": {
        "nl": "{path} is al open in Buurtapp (proces {pid} op {host}). Sluit het daar "
        "eerst, zodat er niets verloren gaat.",
        "en": "{path} is already open in Buurtapp (process {pid} on {host}). Close it there "
        "first, so that no changes are lost.",
    },
    "db_busy": {
        "nl": "Een ander programma schrijft in {path}; Buurtapp heeft {seconds} seconden "
        "gewacht. Er is niets veranderd; probeer het straks opnieuw.",
        "en": "Another program is writing to {path}; Buurtapp waited {seconds} seconds. "
        "Nothing was changed; please try again later.",
    },
    "disk_full": {
        "nl": "Opslaan is mislukt; er is niets veranderd: de schijf is vol. Maak ruimte vrij en "
        "probeer het opnieuw.",
        "en": "Saving failed; nothing was changed: the disk is full. Free some space and try "
        "again.",
    },
    # -- outputs -----------------------------------------------------------------------------
    "output_is_data": {
        "nl": "{path} hoort bij de database of haar reservekopieën; daar schrijft Buurtapp "
        "niets overheen. Kies een andere naam. Er is niets veranderd.",
        "en": "{path} belongs to the database or its backups; Buurtapp never writes over it. "
        "Choose another name. Nothing was changed.",
    },
    "output_is_database": {
        "nl": "{path} is een databasebestand; daar schrijft Buurtapp niets overheen. Kies een "
        "andere naam. Er is niets veranderd.",
        "en": "{path} is a database file; Buurtapp never writes over it. Choose another name. "
        "Nothing was changed.",
    },
    "output_is_folder": {
        "nl": "{path} is een map; kies een bestandsnaam in die map.",
        "en": "{path} is a folder; choose a file name in that folder.",
    },
    "output_bad_name": {
        "nl": "'{path}' is geen geldige bestandsnaam; kies een andere naam.",
        "en": "'{path}' is not a valid file name; choose another name.",
    },
    "output_special": {
        "nl": "{path} is geen gewoon bestand; kies een gewone bestandsnaam.",
        "en": "{path} is not an ordinary file; choose an ordinary file name.",
    },
    "output_name_too_long": {
        "nl": "De naam {path} is te lang voor deze schijf; kies een kortere naam.",
        "en": "The name {path} is too long for this disk; choose a shorter name.",
    },
    "output_disk_full": {
        "nl": "De schijf is vol: {path} is niet opgeslagen. Een eerder bestand met deze naam "
        "is niet veranderd.",
        "en": "The disk is full: {path} was not saved. An earlier file with this name was not "
        "changed.",
    },
    "output_read_only": {
        "nl": "In de map van {path} mag niet worden geschreven; kies een andere map. Er is "
        "niets veranderd.",
        "en": "The folder of {path} cannot be written to; choose another folder. Nothing was "
        "changed.",
    },
    "output_failed": {
        "nl": "{path} kon niet worden opgeslagen ({reason}). Een eerder bestand met deze naam "
        "is niet veranderd.",
        "en": "{path} could not be saved ({reason}). An earlier file with this name was not "
        "changed.",
    },
    # -- import and export -------------------------------------------------------------------
    "import_not_a_file": {
        "nl": "{path} is geen gewoon bestand (maar een map, apparaat of pijp); kies een CSV- of "
        "Excelbestand.",
        "en": "{path} is not an ordinary file (but a folder, device or pipe); choose a CSV or "
        "Excel file.",
    },
    "import_not_whole": {
        "nl": "{label}: '{value}' is geen heel getal (bijvoorbeeld 12).",
        "en": "{label}: '{value}' is not a whole number (for example 12).",
    },
    "import_date_range": {
        "nl": "{label}: {value} ligt niet tussen {first} en {last}; klopt het jaartal?",
        "en": "{label}: {value} is not between {first} and {last}; is the year right?",
    },
    "import_duplicate_known": {
        "nl": "lijkt op '{name}' in de database ({reason})",
        "en": "looks like '{name}' in the database ({reason})",
    },
    "import_duplicate_earlier": {
        "nl": "lijkt op regel {line} van hetzelfde bestand ({reason})",
        "en": "looks like line {line} of the same file ({reason})",
    },
    "import_too_many_rows": {
        "nl": "{path} heeft meer dan {max} rijen; Buurtapp leest het niet in. Splits het "
        "bestand in delen.",
        "en": "{path} has more than {max} rows; Buurtapp does not import it. Split the file "
        "into parts.",
    },
    "import_too_many_columns": {
        "nl": "{path}, regel {line}: meer dan {max} kolommen; dit lijkt geen lijst om in te "
        "lezen.",
        "en": "{path}, line {line}: more than {max} columns; this does not look like a list "
        "to import.",
    },
    "import_unpacked_too_large": {
        "nl": "{path} is uitgepakt groter dan {max} MB; Buurtapp leest het niet in. Bewaar "
        "alleen het nodige werkblad, of sla het op als CSV.",
        "en": "{path} unpacks to more than {max} MB; Buurtapp does not import it. Keep only "
        "the sheet you need, or save it as CSV.",
    },
    "import_file_too_large": {
        "nl": "{path} is groter dan {max} MB; Buurtapp leest het niet in. Splits het bestand "
        "in delen.",
        "en": "{path} is larger than {max} MB; Buurtapp does not import it. Split the file "
        "into parts.",
    },
    "import_no_such_sheet": {
        "nl": "{path} heeft geen werkblad '{name}'; de werkbladen zijn: {names}.",
        "en": "{path} has no sheet '{name}'; its sheets are: {names}.",
    },
    "import_sheet_in_csv": {
        "nl": "{path} is een tekstbestand (CSV) en heeft geen werkbladen; kies geen werkblad.",
        "en": "{path} is a text file (CSV) and has no sheets; do not choose a sheet.",
    },
    "import_old_excel": {
        "nl": "{path} is een oud Excel-bestand (.xls) of een bestand met wachtwoord; open het "
        "in Excel en sla het op als .xlsx of CSV.",
        "en": "{path} is an old Excel file (.xls) or a password-protected file; open it in "
        "Excel and save it as .xlsx or CSV.",
    },
    # -- forgetting and search ---------------------------------------------------------------
    "forget_not_scrubbed": {
        "nl": "{who}, maar een ander programma heeft het bestand open; de oude "
        "gegevens verdwijnen pas uit het bestand als dat programma sluit (Buurtapp ruimt ze op "
        "bij de volgende keer openen).",
        "en": "{who}, but another program has the file open; the old data "
        "leaves the file only when that program closes (Buurtapp cleans it up the next time "
        "the file is opened).",
    },
    "forget_disk_full": {
        "nl": "Er is te weinig ruimte op de schijf om veilig te vergeten (nodig: ongeveer "
        "{need}); er is niets veranderd. Maak ruimte vrij en probeer het opnieuw.",
        "en": "There is not enough room on the disk to forget safely (about {need} needed); "
        "nothing was changed. Free some space and try again.",
    },
    "forget_backup_failed": {
        "nl": "De reservekopie vóór het vergeten is mislukt, dus er is niemand vergeten en er "
        "is niets veranderd. Oorzaak: {reason}",
        "en": "The backup before forgetting failed, so nobody was forgotten and nothing was "
        "changed. Reason: {reason}",
    },
    # -- planning and agenda -----------------------------------------------------------------
    "schedule_activity": {
        "nl": "De bijeenkomsten van activiteit '{title}' zijn niet gepland (er is niets "
        "veranderd): {reason}",
        "en": "The sessions of activity '{title}' were not planned (nothing was changed): "
        "{reason}",
    },
    # -- forms -------------------------------------------------------------------------------
    "stale_record": {
        "nl": "Iemand anders heeft dit ook veranderd sinds u het formulier opende: {fields}. "
        "Er is niets opgeslagen.",
        "en": "Someone else also changed this since you opened the form: {fields}. Nothing "
        "was saved.",
    },
    # -- undo and redo -----------------------------------------------------------------------
    "undo_changed_since": {
        "nl": "{what} is sindsdien veranderd; ongedaan maken zou dat overschrijven. Er is "
        "niets veranderd.",
        "en": "{what} has changed since; undoing would overwrite that. Nothing was changed.",
    },
    "redo_changed_since": {
        "nl": "{what} is sindsdien veranderd; opnieuw uitvoeren zou dat overschrijven. Er is "
        "niets veranderd.",
        "en": "{what} has changed since; redoing would overwrite that. Nothing was changed.",
    },
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
