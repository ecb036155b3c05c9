<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../buurtapp/ui/about.py" line="69"/>
        <source>About Buurtapp</source>
        <extracomment>The icon&apos;s PNG sizes beside its SVG (resources/icons, made by packaging/make_icons.py).</extracomment>
        <translation>Over Buurtapp</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/about.py" line="72"/>
        <source>Buurtapp&apos;s icon</source>
        <translation>Het pictogram van Buurtapp</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/about.py" line="73"/>
        <source>Buurtapp %1</source>
        <translation>Buurtapp %1</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/about.py" line="81"/>
        <source>Initiatives, activities and participants of the community centre, built on the eight lessons of Movisie&apos;s Wij in de wijk.</source>
        <translation>Initiatieven, activiteiten en deelnemers van het buurthuis, gebouwd op de acht lessen van Wij in de wijk van Movisie.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/about.py" line="84"/>
        <source>Licence: %1. Works without internet; nothing leaves this computer.</source>
        <translation>Licentie: %1. Werkt zonder internet; niets verlaat deze computer.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/about.py" line="87"/>
        <source>Open file: %1</source>
        <translation>Open bestand: %1</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/about.py" line="88"/>
        <source>Backups of this file: %1</source>
        <translation>Reservekopieën van dit bestand: %1</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/about.py" line="91"/>
        <source>Second backup folder: %1</source>
        <translation>Tweede reservekopiemap: %1</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/about.py" line="92"/>
        <source>Data folder: %1</source>
        <translation>Gegevensmap: %1</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/about.py" line="93"/>
        <source>Log of unexpected errors: %1</source>
        <translation>Logboek van onverwachte fouten: %1</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../buurtapp/ui/activity_dialog.py" line="45"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/activity_dialog.py" line="53"/>
        <source>Print sign-in sheet…</source>
        <translation>Presentielijst afdrukken…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/activity_dialog.py" line="62"/>
        <source>What saving does to the sessions</source>
        <translation>Wat opslaan met de bijeenkomsten doet</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/activity_dialog.py" line="70"/>
        <source>Also move sessions with attendance or notes</source>
        <translation>Ook bijeenkomsten met aanwezigheid of notities verplaatsen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/activity_dialog.py" line="73"/>
        <source>Their attendance, notes and cancellation go with them.</source>
        <translation>Hun aanwezigheid, notities en afgelasting gaan mee.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/activity_dialog.py" line="96"/>
        <source>This activity has no coming session.</source>
        <translation>Deze activiteit heeft geen komende bijeenkomst.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/activity_dialog.py" line="99"/>
        <source>The sign-in sheet of the next session: %1</source>
        <translation>De presentielijst van de volgende bijeenkomst: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/activity_dialog.py" line="159"/>
        <source>%n session(s) move</source>
        <translation>
            <numerusform>%n bijeenkomst verschuift</numerusform>
            <numerusform>%n bijeenkomsten verschuiven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/activity_dialog.py" line="160"/>
        <source>%n session(s) get a new end time</source>
        <translation>
            <numerusform>%n bijeenkomst krijgt een nieuwe eindtijd</numerusform>
            <numerusform>%n bijeenkomsten krijgen een nieuwe eindtijd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/activity_dialog.py" line="161"/>
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n nieuwe bijeenkomst</numerusform>
            <numerusform>%n nieuwe bijeenkomsten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/activity_dialog.py" line="162"/>
        <source>%n session(s) removed (nothing recorded)</source>
        <translation>
            <numerusform>%n bijeenkomst vervalt (niets vastgelegd)</numerusform>
            <numerusform>%n bijeenkomsten vervallen (niets vastgelegd)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/activity_dialog.py" line="172"/>
        <source>%n session(s) stay as they are, because something is recorded:</source>
        <translation>
            <numerusform>%n bijeenkomst blijft zoals ze is, omdat er iets is vastgelegd:</numerusform>
            <numerusform>%n bijeenkomsten blijven zoals ze zijn, omdat er iets is vastgelegd:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/activity_dialog.py" line="179"/>
        <source>%n session(s) with something recorded move along:</source>
        <translation>
            <numerusform>%n bijeenkomst met iets vastgelegd verschuift mee:</numerusform>
            <numerusform>%n bijeenkomsten met iets vastgelegd verschuiven mee:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/activity_dialog.py" line="193"/>
        <source>attendance</source>
        <translation>aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/activity_dialog.py" line="194"/>
        <source>walk-ins</source>
        <translation>binnenlopers</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/activity_dialog.py" line="195"/>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/activity_dialog.py" line="196"/>
        <source>cancelled</source>
        <translation>afgelast</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/activity_dialog.py" line="197"/>
        <source>own place</source>
        <translation>eigen plek</translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/activity_dialog.py" line="274"/>
        <source>This changes the day, time or place of %1. %n people of its core group come regularly and are used to the old moment.</source>
        <translation>
            <numerusform>Dit verandert de dag, tijd of plek van %1. %n deelnemer uit de vaste kern komt hier geregeld en is aan het oude moment gewend.</numerusform>
            <numerusform>Dit verandert de dag, tijd of plek van %1. %n deelnemers uit de vaste kern komen hier geregeld en zijn aan het oude moment gewend.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/activity_dialog.py" line="281"/>
        <source>Change the core group&apos;s moment?</source>
        <translation>Moment van de vaste kern veranderen?</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/activity_dialog.py" line="283"/>
        <source>Change anyway</source>
        <translation>Toch veranderen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/activity_dialog.py" line="284"/>
        <source>Core group: %1. Let them know in time.</source>
        <translation>Vaste kern: %1. Laat het hun op tijd weten.</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <location filename="../../buurtapp/ui/ask.py" line="40"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <location filename="../../buurtapp/ui/attendance_model.py" line="120"/>
        <source>(anonymised)</source>
        <extracomment>A tick could not be written (a BuurtappError); the panel tells the user. Where people found by typing live: two of the same name are told apart by it. rows() as last made: the view asks data() of each row several times per paint</extracomment>
        <translation>(geanonimiseerd)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/attendance_model.py" line="123"/>
        <source>core group</source>
        <translation>vaste kern</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/attendance_model.py" line="125"/>
        <source>came last time</source>
        <translation>kwam vorige keer</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <location filename="../../buurtapp/ui/backup_controller.py" line="117"/>
        <source>Checking the file…</source>
        <extracomment>The full check found a file damaged: its first problem (in the user&apos;s language) and its path (the window may show another file by the time it hears of it). The full check of a file found no damage (its path). The second folder last reported as unreachable: said once, not every 30 minutes. The last copy made in the second folder (tests and Help &gt; Over look at it). The last backup did not reach the second folder: the status bar says so beside it.</extracomment>
        <translation>Bestand wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/backup_controller.py" line="117"/>
        <source>Making a backup…</source>
        <translation>Reservekopie wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/backup_controller.py" line="128"/>
        <source>The file is damaged</source>
        <translation>Het bestand is beschadigd</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/backup_controller.py" line="150"/>
        <location filename="../../buurtapp/ui/backup_controller.py" line="244"/>
        <source>Backup failed: %1</source>
        <translation>Reservekopie mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/backup_controller.py" line="150"/>
        <source>Check failed: %1</source>
        <translation>Controle mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/backup_controller.py" line="211"/>
        <source>Second backup folder not reachable: %1 — the copy is only in %2</source>
        <translation>Tweede reservekopiemap niet bereikbaar: %1 — de kopie staat alleen in %2</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/backup_controller.py" line="236"/>
        <source>Last backup: %1</source>
        <translation>Laatste reservekopie: %1</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/backup_controller.py" line="238"/>
        <source>not in the second folder</source>
        <translation>niet in de tweede map</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../buurtapp/ui/backups_dialog.py" line="40"/>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/backups_dialog.py" line="46"/>
        <source>Backups of this file</source>
        <translation>Reservekopieën van dit bestand</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/backups_dialog.py" line="48"/>
        <source>The newest first; choose one and press Put this backup back</source>
        <translation>De nieuwste eerst; kies er een en druk op Deze reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/backups_dialog.py" line="52"/>
        <source>Buurtapp makes a checked backup when a file is opened, every half hour while it changes, and before imports and forgetting people. Folder: %1</source>
        <translation>Buurtapp maakt een gecontroleerde reservekopie bij het openen, elk half uur als er iets verandert, en voor het inlezen van bestanden en het vergeten van mensen. Map: %1</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/backups_dialog.py" line="60"/>
        <source>Put this backup back…</source>
        <translation>Deze reservekopie terugzetten…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/backups_dialog.py" line="96"/>
        <source>Put this backup back?</source>
        <translation>Deze reservekopie terugzetten?</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/backups_dialog.py" line="98"/>
        <source>The file goes back to how it was on %1. What changed since then is kept as a backup too, so nothing is lost.</source>
        <translation>Het bestand gaat terug naar hoe het was op %1. Wat sindsdien veranderde, wordt ook als reservekopie bewaard; er gaat niets verloren.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/backups_dialog.py" line="101"/>
        <source>Put back</source>
        <translation>Terugzetten</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../buurtapp/ui/insight_cells.py" line="26"/>
        <location filename="../../buurtapp/ui/columns.py" line="23"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="44"/>
        <source>(anonymised)</source>
        <translation>(geanonimiseerd)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/initiative_dialog.py" line="57"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="79"/>
        <location filename="../../buurtapp/ui/columns.py" line="91"/>
        <location filename="../../buurtapp/ui/initiative_dialog.py" line="67"/>
        <source>Place</source>
        <extracomment>Width of a field&apos;s column by its kind (the first column, the name, is wider). Columns that are not fields of the record (counts, names of related records), each placed after the listed field it follows.</extracomment>
        <translation>Plek</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="82"/>
        <source>Community worker</source>
        <translation>Opbouwwerker</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="86"/>
        <location filename="../../buurtapp/ui/columns.py" line="106"/>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/initiative_dialog.py" line="63"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="90"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/initiative_dialog.py" line="65"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="96"/>
        <source>Next session</source>
        <translation>Volgende bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/initiative_dialog.py" line="37"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="112"/>
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="114"/>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/initiative_dialog.py" line="32"/>
        <source>Role</source>
        <extracomment>Narrower than this (logical pixels), the tables go below the form instead of beside it.</extracomment>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/initiative_dialog.py" line="34"/>
        <source>Held by</source>
        <translation>Gedragen door</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/initiative_dialog.py" line="41"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/initiative_dialog.py" line="44"/>
        <source>Funder</source>
        <translation>Financier</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/initiative_dialog.py" line="45"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/initiative_dialog.py" line="48"/>
        <source>Amount (€)</source>
        <translation>Bedrag (€)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/initiative_dialog.py" line="53"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/initiative_dialog.py" line="54"/>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/backups_dialog.py" line="32"/>
        <location filename="../../buurtapp/ui/initiative_dialog.py" line="68"/>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/backups_dialog.py" line="21"/>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/backups_dialog.py" line="23"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/backups_dialog.py" line="26"/>
        <source>Size (MB)</source>
        <translation>Grootte (MB)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/backups_dialog.py" line="31"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../buurtapp/ui/moment_fields.py" line="207"/>
        <source>Choose from a calendar</source>
        <extracomment>A time as people type it; ``12:00``, ``12.00`` and ``1200`` are complete while typing, ``12``, ``9`` and ``930`` only once the field is left. A date: day-month-year with -, / or . (two- or four-digit year), or ISO.</extracomment>
        <translation>Kiezen uit een kalender</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/moment_fields.py" line="212"/>
        <source>Type a date such as %1, or press Alt+Down for a calendar</source>
        <translation>Typ een datum zoals %1, of druk op Alt+Omlaag voor een kalender</translation>
    </message>
</context>
<context>
    <name>DeleteQuestion</name>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/record_actions.py" line="106"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activiteit</numerusform>
            <numerusform>%n activiteiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/record_actions.py" line="108"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n bijeenkomst</numerusform>
            <numerusform>%n bijeenkomsten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/record_actions.py" line="110"/>
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>%n aanwezigheid</numerusform>
            <numerusform>%n aanwezigheden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/record_actions.py" line="112"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n rol</numerusform>
            <numerusform>%n rollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/record_actions.py" line="114"/>
        <source>%n funding(s)</source>
        <translation>
            <numerusform>%n financiering</numerusform>
            <numerusform>%n financieringen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_actions.py" line="117"/>
        <source>This also deletes: %1.</source>
        <translation>Dit verwijdert ook: %1.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_actions.py" line="118"/>
        <source>Undo (Ctrl+Z) brings it all back.</source>
        <translation>Ongedaan maken (Ctrl+Z) haalt alles terug.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_actions.py" line="119"/>
        <source>Delete %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_actions.py" line="120"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>DetailTable</name>
    <message>
        <location filename="../../buurtapp/ui/detail_table.py" line="78"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/detail_table.py" line="80"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/detail_table.py" line="82"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="47"/>
        <source>New place</source>
        <translation>Nieuwe plek</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="47"/>
        <source>Place</source>
        <translation>Plek</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="49"/>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="50"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="53"/>
        <source>New participant</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="54"/>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="57"/>
        <source>New initiative</source>
        <translation>Nieuw initiatief</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="58"/>
        <location filename="../../buurtapp/ui/initiative_dialog.py" line="157"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="60"/>
        <source>New role</source>
        <translation>Nieuwe rol</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="60"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="62"/>
        <source>New funding</source>
        <translation>Nieuwe financiering</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="63"/>
        <source>Funding</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="66"/>
        <source>New activity</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="67"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="72"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="73"/>
        <source>When you opened it</source>
        <translation>Toen u het opende</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="74"/>
        <source>Now (changed elsewhere)</source>
        <translation>Nu (elders veranderd)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="75"/>
        <source>Yours</source>
        <translation>Van u</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="202"/>
        <source>Changed elsewhere</source>
        <translation>Elders veranderd</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="203"/>
        <source>This record was changed elsewhere since you opened this form, in the same fields you changed. Which values should be kept?</source>
        <translation>Dit is elders veranderd sinds u dit formulier opende, in dezelfde velden die u veranderde. Welke waarden wilt u houden?</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="214"/>
        <source>Keep mine</source>
        <translation>Mijn waarden houden</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="218"/>
        <source>Take theirs</source>
        <translation>Hun waarden nemen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="223"/>
        <location filename="../../buurtapp/ui/record_dialog.py" line="275"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="259"/>
        <source>Save the changes to this form?</source>
        <translation>Wijzigingen in dit formulier opslaan?</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="269"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="272"/>
        <source>Don&apos;t save</source>
        <translation>Niet opslaan</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_dialog.py" line="265"/>
        <source>You have changed this form without saving.</source>
        <translation>U hebt dit formulier gewijzigd zonder op te slaan.</translation>
    </message>
</context>
<context>
    <name>ErrorCatcher</name>
    <message>
        <location filename="../../buurtapp/ui/error_log.py" line="78"/>
        <source>Something went wrong and the last action was not finished. What was saved before is safe. The details are in %1.</source>
        <translation>Er ging iets mis en de laatste handeling is niet afgemaakt. Wat eerder is opgeslagen, is veilig. De details staan in %1.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../buurtapp/ui/record_form.py" line="48"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_form.py" line="49"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_form.py" line="50"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_form.py" line="53"/>
        <source>New place…</source>
        <extracomment>Kinds of record a form can make on the spot, beside the list they are chosen from.</extracomment>
        <translation>Nieuwe plek…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/record_form.py" line="55"/>
        <source>New initiative…</source>
        <translation>Nieuw initiatief…</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="34"/>
        <source>Buurtapp database (*.db *.sqlite);;All files (*)</source>
        <translation>Buurtapp-database (*.db *.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="54"/>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="86"/>
        <source>%1 is already open.</source>
        <translation>%1 is al geopend.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="122"/>
        <source>Forget this file?</source>
        <translation>Dit bestand vergeten?</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="123"/>
        <source>Remove %1 from the recent files?</source>
        <translation>%1 uit de recente bestanden halen?</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="126"/>
        <source>Remove from list</source>
        <translation>Uit de lijst halen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="164"/>
        <source>Not saved, because the file is damaged (copy it if you need it): %1</source>
        <translation>Niet opgeslagen, omdat het bestand beschadigd is (kopieer het als u het nodig hebt): %1</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="184"/>
        <source>Backup put back.</source>
        <translation>Reservekopie teruggezet.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="195"/>
        <source>walk-ins: %1</source>
        <translation>inlopers: %1</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="198"/>
        <source>notes: %1</source>
        <translation>notities: %1</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="215"/>
        <source>Make a backup</source>
        <translation>Reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="227"/>
        <source>Backup made: %1</source>
        <translation>Reservekopie gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="249"/>
        <source>%1 is damaged. A copy is kept as %2.</source>
        <translation>%1 is beschadigd. Een kopie is bewaard als %2.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="254"/>
        <source>There is no backup to put back.</source>
        <translation>Er is geen reservekopie om terug te zetten.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="259"/>
        <source>Damaged file</source>
        <translation>Beschadigd bestand</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="261"/>
        <source>Put back the backup of %1</source>
        <translation>Reservekopie van %1 terugzetten</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="294"/>
        <source>%1 is in a cloud, network or removable folder. A database can get damaged there when the connection drops or two computers use it. Keep it on this computer if you can; Buurtapp makes backups either way.</source>
        <extracomment>How many backups, newest first, are checked for a healthy one before giving up.</extracomment>
        <translation>%1 staat in een cloud-, netwerk- of verwisselbare map. Daar kan een database beschadigd raken als de verbinding wegvalt of twee computers hem gebruiken. Zet hem liever op deze computer; Buurtapp maakt hoe dan ook reservekopieën.</translation>
    </message>
</context>
<context>
    <name>FolderRow</name>
    <message>
        <location filename="../../buurtapp/ui/settings_rows.py" line="157"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_rows.py" line="158"/>
        <source>Choose &amp;folder…</source>
        <translation>&amp;Map kiezen…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_rows.py" line="161"/>
        <source>Remo&amp;ve folder</source>
        <translation>Map verw&amp;ijderen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_rows.py" line="167"/>
        <source>Every automatic backup is also copied here: a USB stick or a network folder.</source>
        <translation>Elke automatische reservekopie komt hier ook: een USB-stick of een netwerkmap.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_rows.py" line="188"/>
        <source>Choose the second backup folder</source>
        <translation>Kies de tweede reservekopiemap</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_rows.py" line="217"/>
        <source>Not found: is the USB stick or network folder connected?</source>
        <translation>Niet gevonden: is de USB-stick of netwerkmap aangesloten?</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_rows.py" line="218"/>
        <source>This is a file, not a folder.</source>
        <translation>Dit is een bestand, geen map.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_rows.py" line="219"/>
        <source>Buurtapp cannot write in this folder.</source>
        <translation>Buurtapp kan niet schrijven in deze map.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_rows.py" line="231"/>
        <source>This is where the first backups already are: choose a USB stick or a network folder.</source>
        <translation>Hier staan de gewone reservekopieën al: kies een USB-stick of een netwerkmap.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_rows.py" line="235"/>
        <source>This folder is on the same disk as the file: if the computer breaks, both are lost. A USB stick or a network folder protects better.</source>
        <translation>Deze map staat op dezelfde schijf als het bestand: gaat de computer kapot, dan zijn ze allebei weg. Een USB-stick of een netwerkmap beschermt beter.</translation>
    </message>
</context>
<context>
    <name>ForgetQuestion</name>
    <message>
        <location filename="../../buurtapp/ui/forgetting.py" line="35"/>
        <source>%1 will be anonymised: name, contact details, notes, neighbourhood and circle are erased; the sessions they came to and their roles keep counting, without a name.</source>
        <translation>%1 wordt geanonimiseerd: naam, contactgegevens, notities, buurt en kring worden gewist; de bijeenkomsten waar deze persoon was en de rollen blijven meetellen, zonder naam.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/forgetting.py" line="41"/>
        <source>%1 never came to a session and has no role, so the whole record is deleted.</source>
        <translation>%1 is nooit naar een bijeenkomst geweest en heeft geen rol, dus alle gegevens worden verwijderd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/forgetting.py" line="47"/>
        <source>%n person(s) with history will be anonymised.</source>
        <translation>
            <numerusform>%n persoon met geschiedenis wordt geanonimiseerd.</numerusform>
            <numerusform>%n personen met geschiedenis worden geanonimiseerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/forgetting.py" line="50"/>
        <source>%n person(s) without history will be deleted.</source>
        <translation>
            <numerusform>%n persoon zonder geschiedenis wordt verwijderd.</numerusform>
            <numerusform>%n personen zonder geschiedenis worden verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/forgetting.py" line="58"/>
        <source>This cannot be undone.</source>
        <translation>Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/forgetting.py" line="59"/>
        <source>A backup is made first.</source>
        <translation>Eerst wordt een reservekopie gemaakt.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/forgetting.py" line="60"/>
        <source>Older backups still hold the old data until they are rotated away.</source>
        <translation>Oudere reservekopieën bevatten de oude gegevens nog, tot ze zijn opgeruimd.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/forgetting.py" line="64"/>
        <source>Forget %1?</source>
        <translation>%1 vergeten?</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/forgetting.py" line="64"/>
        <source>Forget these people?</source>
        <translation>Deze mensen vergeten?</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/forgetting.py" line="97"/>
        <source>Forget</source>
        <translation>Vergeten</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <location filename="../../buurtapp/ui/help_viewer.py" line="123"/>
        <source>Buurtapp manual</source>
        <translation>Handleiding van Buurtapp</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/help_viewer.py" line="127"/>
        <source>◀ Back</source>
        <translation>◀ Terug</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/help_viewer.py" line="129"/>
        <source>Back (Alt+Left)</source>
        <translation>Terug (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/help_viewer.py" line="130"/>
        <source>Forward ▶</source>
        <translation>Vooruit ▶</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/help_viewer.py" line="132"/>
        <source>Forward (Alt+Right)</source>
        <translation>Vooruit (Alt+Rechts)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/help_viewer.py" line="133"/>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/help_viewer.py" line="135"/>
        <source>The table of contents (Alt+Home)</source>
        <translation>De inhoud (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/help_viewer.py" line="138"/>
        <source>Find in this page (Ctrl+F)</source>
        <translation>Zoeken in deze pagina (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/help_viewer.py" line="139"/>
        <source>Find in this page</source>
        <translation>Zoeken in deze pagina</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/help_viewer.py" line="146"/>
        <source>Contents of the manual</source>
        <translation>Inhoud van de handleiding</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/help_viewer.py" line="159"/>
        <source>Page of the manual</source>
        <translation>Pagina van de handleiding</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/help_viewer.py" line="265"/>
        <source>%1 — Buurtapp manual</source>
        <translation>%1 — Handleiding van Buurtapp</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/help_viewer.py" line="296"/>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="48"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="49"/>
        <source>Places</source>
        <translation>Plekken</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="50"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="51"/>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="62"/>
        <source>Import a spreadsheet</source>
        <translation>Een spreadsheet inlezen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="77"/>
        <source>No file chosen</source>
        <extracomment>Called with a reason before writing (the window makes a backup). The sheet as read, and as shown: from the header row found for the kind.</extracomment>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="78"/>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="81"/>
        <source>Sheet:</source>
        <translation>Werkblad:</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="99"/>
        <source>The first rows of the file</source>
        <translation>De eerste rijen van het bestand</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="106"/>
        <source>Problems and likely duplicates</source>
        <translation>Problemen en waarschijnlijke dubbelen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="108"/>
        <source>One line per row of the file that is not imported as it stands</source>
        <translation>Eén regel per rij van het bestand die niet zo wordt ingelezen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="111"/>
        <source>Also import likely duplicates</source>
        <translation>Ook mogelijke dubbelen inlezen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="116"/>
        <source>Import</source>
        <translation>Inlezen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="122"/>
        <source>What:</source>
        <translation>Wat:</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="125"/>
        <source>A CSV or Excel file</source>
        <translation>Een CSV- of Excelbestand</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="136"/>
        <source>Which column holds what (change it where it is wrong):</source>
        <translation>Welke kolom bevat wat (pas aan waar het niet klopt):</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="138"/>
        <source>The first rows of the file:</source>
        <translation>De eerste rijen van het bestand:</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="153"/>
        <source>Choose a spreadsheet</source>
        <translation>Kies een spreadsheet</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="155"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="215"/>
        <source>What this column of the file holds</source>
        <translation>Wat deze kolom van het bestand bevat</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="216"/>
        <source>— do not import —</source>
        <translation>— niet inlezen —</translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/import_dialog.py" line="240"/>
        <source>%n row(s) can be imported,</source>
        <translation>
            <numerusform>%n rij kan worden ingelezen,</numerusform>
            <numerusform>%n rijen kunnen worden ingelezen,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/import_dialog.py" line="241"/>
        <source>%n row(s) have a problem,</source>
        <translation>
            <numerusform>%n rij heeft een probleem,</numerusform>
            <numerusform>%n rijen hebben een probleem,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/import_dialog.py" line="242"/>
        <source>%n look(s) like duplicates.</source>
        <translation>
            <numerusform>%n lijkt dubbel.</numerusform>
            <numerusform>%n lijken dubbel.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="246"/>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/import_dialog.py" line="249"/>
        <source>duplicate? %1</source>
        <translation>dubbel? %1</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <location filename="../../buurtapp/ui/initiative_dialog.py" line="96"/>
        <source>Save the initiative first; then add who holds which role, its funding and its activities here.</source>
        <translation>Sla het initiatief eerst op; daarna voegt u hier toe wie welke rol heeft, de financiering en de activiteiten.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/initiative_dialog.py" line="132"/>
        <source>Roles and owners</source>
        <translation>Rollen en eigenaren</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/initiative_dialog.py" line="133"/>
        <source>Funding</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/initiative_dialog.py" line="134"/>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
</context>
<context>
    <name>InsightSection</name>
    <message>
        <location filename="../../buurtapp/ui/insight_section.py" line="73"/>
        <location filename="../../buurtapp/ui/insight_tabs.py" line="198"/>
        <source>being computed…</source>
        <translation>wordt berekend…</translation>
    </message>
</context>
<context>
    <name>InsightTabs</name>
    <message>
        <location filename="../../buurtapp/ui/insight_tabs.py" line="67"/>
        <source>Small gems</source>
        <extracomment>Tab -&gt; the lessons whose insights it shows (together: every lesson 1..8).</extracomment>
        <translation>Kleine parels</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../buurtapp/ui/insights_page.py" line="63"/>
        <source>First day of the period</source>
        <extracomment>The data changed since the numbers on screen were computed.</extracomment>
        <translation>Eerste dag van de periode</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insights_page.py" line="68"/>
        <source>Last day of the period</source>
        <translation>Laatste dag van de periode</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insights_page.py" line="69"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insights_page.py" line="81"/>
        <source>Insights</source>
        <translation>Inzichten</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insights_page.py" line="86"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insights_page.py" line="88"/>
        <source>until</source>
        <translation>t/m</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insight_tabs.py" line="78"/>
        <source>Print small gems…</source>
        <translation>Kleine parels afdrukken…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insight_tabs.py" line="92"/>
        <source>Small gems</source>
        <translation>Kleine parels</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insight_tabs.py" line="93"/>
        <source>Ownership</source>
        <translation>Eigenaarschap</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insight_tabs.py" line="94"/>
        <source>Community work</source>
        <translation>Opbouwwerk</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insight_tabs.py" line="95"/>
        <source>Meeting</source>
        <translation>Ontmoeting</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insight_tabs.py" line="103"/>
        <source>Funding on a time line (orange: runs out within 90 days without a follow-up)</source>
        <translation>Financiering op een tijdlijn (oranje: loopt binnen 90 dagen af zonder vervolg)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insight_tabs.py" line="96"/>
        <source>Continuity</source>
        <translation>Continuïteit</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insight_tabs.py" line="117"/>
        <source>Neighbourhoods without a meeting place</source>
        <translation>Buurten zonder ontmoetingsplek</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insight_tabs.py" line="97"/>
        <source>Places</source>
        <translation>Plekken</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insights_page.py" line="127"/>
        <source>The end of the period lies before its start.</source>
        <translation>Het einde van de periode ligt voor het begin.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insights_page.py" line="145"/>
        <source>Computing…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insights_page.py" line="236"/>
        <source>Period %1 – %2; reference date %3.</source>
        <translation>Periode %1 – %2; peildatum %3.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../buurtapp/ui/list_page.py" line="54"/>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/list_page.py" line="56"/>
        <source>New (Ctrl+N)</source>
        <translation>Nieuw (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/list_page.py" line="57"/>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/list_page.py" line="59"/>
        <source>Open the selected row (Enter)</source>
        <translation>Open de gekozen rij (Enter)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/list_page.py" line="60"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/list_page.py" line="62"/>
        <source>Delete the selected row (Del)</source>
        <translation>Verwijder de gekozen rij (Del)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/list_page.py" line="69"/>
        <source>Filter the list</source>
        <translation>De lijst filteren</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/list_page.py" line="71"/>
        <source>Filter this list…</source>
        <translation>Filter deze lijst…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/list_page.py" line="186"/>
        <source>%n record(s)</source>
        <extracomment>The record last highlighted, kept while a filter hides it.</extracomment>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/list_page.py" line="189"/>
        <source>%1 of %2 shown</source>
        <translation>%1 van %2 getoond</translation>
    </message>
</context>
<context>
    <name>LogoRow</name>
    <message>
        <location filename="../../buurtapp/ui/settings_rows.py" line="69"/>
        <source>C&amp;hoose…</source>
        <extracomment>The preview&apos;s box (logical pixels): small, like the logo in a print&apos;s header. What the file chooser offers for a logo.</extracomment>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_rows.py" line="72"/>
        <source>Re&amp;move logo</source>
        <translation>Logo &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_rows.py" line="98"/>
        <source>Choose a logo</source>
        <translation>Kies een logo</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_rows.py" line="100"/>
        <source>Pictures (%1)</source>
        <translation>Afbeeldingen (%1)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_rows.py" line="130"/>
        <location filename="../../buurtapp/ui/settings_rows.py" line="139"/>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_rows.py" line="139"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../buurtapp/ui/main_window.py" line="84"/>
        <source>Pages</source>
        <extracomment>Asks the application to show the window again in another language. Asks the application to show the window again with another text size (percent).</extracomment>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/main_window.py" line="85"/>
        <source>Choose a page; Ctrl+1 to Ctrl+7 go there</source>
        <translation>Kies een pagina; Ctrl+1 tot en met Ctrl+7 gaan erheen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/main_window.py" line="94"/>
        <location filename="../../buurtapp/ui/main_window.py" line="102"/>
        <source>Open or create a database to begin (File menu).</source>
        <translation>Open of maak een database om te beginnen (menu Bestand).</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/main_window.py" line="98"/>
        <location filename="../../buurtapp/ui/main_window.py" line="181"/>
        <source>This week</source>
        <extracomment>The first start&apos;s page (ui/welcome_page), shown instead of the pages until a file opens.</extracomment>
        <translation>Deze week</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/main_window.py" line="106"/>
        <location filename="../../buurtapp/ui/main_window.py" line="181"/>
        <source>Insights</source>
        <translation>Inzichten</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/main_window.py" line="131"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/main_window.py" line="224"/>
        <source>No database open</source>
        <translation>Geen database geopend</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/main_window.py" line="233"/>
        <source>Example</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/main_window.py" line="243"/>
        <source>Read-only: changes cannot be saved</source>
        <translation>Alleen lezen: wijzigingen worden niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/main_window.py" line="394"/>
        <source>Export %1</source>
        <translation>%1 exporteren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/main_window.py" line="409"/>
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n rij geëxporteerd naar %1</numerusform>
            <numerusform>%n rijen geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/main_window.py" line="448"/>
        <source>Backup put back.</source>
        <translation>Reservekopie teruggezet.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="36"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="40"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="48"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="53"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recente bestanden</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="61"/>
        <source>Re&amp;tention period…</source>
        <translation>&amp;Bewaartermijn…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="70"/>
        <source>Bac&amp;kups…</source>
        <translation>Reserve&amp;kopieën…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="78"/>
        <source>Make a &amp;backup…</source>
        <translation>Reservekopie &amp;maken…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="87"/>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="93"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="107"/>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="115"/>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="124"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="130"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="141"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="144"/>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="160"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="164"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="173"/>
        <source>&amp;About Buurtapp</source>
        <translation>&amp;Over Buurtapp</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="210"/>
        <source>&amp;Text size</source>
        <translation>Tekst&amp;grootte</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="230"/>
        <source>&amp;Print</source>
        <translation>&amp;Afdrukken</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="232"/>
        <source>Save as P&amp;DF</source>
        <translation>Opslaan als P&amp;DF</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="251"/>
        <source>&amp;Import a spreadsheet…</source>
        <translation>Spreadsheet &amp;inlezen…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="256"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="260"/>
        <source>This list as &amp;CSV…</source>
        <translation>Deze lijst als &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="268"/>
        <source>This list as &amp;Excel…</source>
        <translation>Deze lijst als &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="276"/>
        <source>&amp;Agenda (.ics)…</source>
        <translation>&amp;Agenda (.ics)…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/menus.py" line="292"/>
        <source>No recent files</source>
        <translation>Geen recente bestanden</translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <location filename="../../buurtapp/ui/insight_chart.py" line="47"/>
        <source>Chart of contacts and sessions per month</source>
        <extracomment>The lines of the chart and the columns of the table, in this order.</extracomment>
        <translation>Grafiek van contacten en bijeenkomsten per maand</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insight_chart.py" line="49"/>
        <source>The same numbers are in a table: press Show as table</source>
        <translation>Dezelfde getallen staan in een tabel: kies Toon als tabel</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insight_chart.py" line="60"/>
        <source>Contacts and sessions per month</source>
        <translation>Contacten en bijeenkomsten per maand</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insight_chart.py" line="68"/>
        <location filename="../../buurtapp/ui/insight_chart.py" line="102"/>
        <source>Show as table</source>
        <translation>Toon als tabel</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insight_chart.py" line="94"/>
        <source>new contacts</source>
        <translation>nieuwe contacten</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insight_chart.py" line="95"/>
        <source>of which bridging</source>
        <translation>waarvan overbruggend</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insight_chart.py" line="96"/>
        <source>sessions young and old</source>
        <translation>bijeenkomsten jong en oud</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/insight_chart.py" line="102"/>
        <source>Show as chart</source>
        <translation>Toon als grafiek</translation>
    </message>
</context>
<context>
    <name>NewCentreDialog</name>
    <message>
        <location filename="../../buurtapp/ui/new_centre_dialog.py" line="56"/>
        <source>A new centre</source>
        <extracomment>Makes the file for (path, name); True when it is open in the window.</extracomment>
        <translation>Een nieuw buurthuis</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/new_centre_dialog.py" line="63"/>
        <source>for example: Buurthuis De Linde</source>
        <translation>bijvoorbeeld: Buurthuis De Linde</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/new_centre_dialog.py" line="64"/>
        <source>&amp;Name of your centre (printed on every page):</source>
        <translation>&amp;Naam van uw buurthuis (staat op elke afdruk):</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/new_centre_dialog.py" line="74"/>
        <source>The file is kept here:</source>
        <translation>Het bestand komt hier:</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/new_centre_dialog.py" line="79"/>
        <source>&amp;Another place…</source>
        <translation>Andere &amp;plek…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/new_centre_dialog.py" line="92"/>
        <source>Begin and bring in</source>
        <translation>Beginnen en inlezen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/new_centre_dialog.py" line="92"/>
        <source>Begin</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/new_centre_dialog.py" line="122"/>
        <source>Where should the file go?</source>
        <translation>Waar moet het bestand komen?</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/new_centre_dialog.py" line="124"/>
        <source>Buurtapp database (*.db)</source>
        <translation>Buurtapp-database (*.db)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="150"/>
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="151"/>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="152"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="153"/>
        <source>Places</source>
        <translation>Plekken</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="154"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../buurtapp/ui/participant_dialog.py" line="24"/>
        <source>All data of this person…</source>
        <extracomment>Called with a reason before forgetting (a verified backup); by default the window&apos;s.</extracomment>
        <translation>Alle gegevens van deze persoon…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/participant_dialog.py" line="28"/>
        <source>Inzage: saves everything held about this person as JSON and as a printable PDF</source>
        <translation>Inzage: bewaart alles wat over deze persoon is vastgelegd als JSON en als af te drukken PDF</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/participant_dialog.py" line="31"/>
        <source>Forget this person…</source>
        <translation>Deze persoon vergeten…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/participant_dialog.py" line="49"/>
        <source>Where to save the data</source>
        <translation>Waar de gegevens bewaren</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../buurtapp/ui/period_dialog.py" line="22"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/period_dialog.py" line="40"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/period_dialog.py" line="41"/>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/period_dialog.py" line="52"/>
        <source>Type a date such as %1.</source>
        <translation>Typ een datum zoals %1.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/period_dialog.py" line="57"/>
        <source>The end lies before the start.</source>
        <translation>Het einde ligt voor het begin.</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <location filename="../../buurtapp/ui/print_button.py" line="59"/>
        <location filename="../../buurtapp/ui/print_button.py" line="61"/>
        <source>Print</source>
        <extracomment>The documents a button offers: catalogue keys, and the request made when one is chosen (late: a form&apos;s record gets its id when it is saved).</extracomment>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/print_button.py" line="62"/>
        <source>Print a document of this record, or save it as PDF</source>
        <translation>Een document hiervan afdrukken of als PDF opslaan</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/print_button.py" line="69"/>
        <source>%1: print…</source>
        <translation>%1: afdrukken…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/print_button.py" line="72"/>
        <source>%1: save as PDF…</source>
        <translation>%1: opslaan als PDF…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../buurtapp/ui/printing.py" line="96"/>
        <source>Choose a session on the page This week first.</source>
        <extracomment>Needs met by the record chosen in a list: the request&apos;s field is the need&apos;s value. Where questions, warnings and the preview appear: the window, or the form or panel that asked for the document (a modal form would hide them otherwise).</extracomment>
        <translation>Kies eerst een bijeenkomst op de pagina Deze week.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/printing.py" line="128"/>
        <source>Choose an initiative in the list Initiatives first.</source>
        <translation>Kies eerst een initiatief in de lijst Initiatieven.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/printing.py" line="129"/>
        <source>Choose an activity in the list Activities first.</source>
        <translation>Kies eerst een activiteit in de lijst Activiteiten.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/printing.py" line="130"/>
        <source>Choose a participant in the list Participants first.</source>
        <translation>Kies eerst een deelnemer in de lijst Deelnemers.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/printing.py" line="137"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/printing.py" line="222"/>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/printing.py" line="222"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/printing.py" line="229"/>
        <source>Making the PDF…</source>
        <translation>PDF maken…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/printing.py" line="240"/>
        <source>PDF saved: %1</source>
        <translation>PDF opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/printing.py" line="256"/>
        <location filename="../../buurtapp/ui/printing.py" line="279"/>
        <source>Export agenda</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/printing.py" line="270"/>
        <source>%n session(s) exported to %1</source>
        <translation>
            <numerusform>%n bijeenkomst geëxporteerd naar %1</numerusform>
            <numerusform>%n bijeenkomsten geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/printing.py" line="281"/>
        <source>Notes may contain names and phone numbers; the agenda is meant to be shared. Include the notes?</source>
        <translation>Notities kunnen namen en telefoonnummers bevatten; de agenda is bedoeld om te delen. Notities meenemen?</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/printing.py" line="256"/>
        <source>Agenda (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../buurtapp/ui/record_actions.py" line="144"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="39"/>
        <source>once</source>
        <translation>eenmalig</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="40"/>
        <source>every week</source>
        <translation>elke week</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="41"/>
        <source>every other week</source>
        <translation>om de week</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="42"/>
        <source>every month, on the</source>
        <translation>elke maand, op de</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="43"/>
        <source>own rule (kept as it is)</source>
        <translation>eigen regel (blijft zoals hij is)</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="92"/>
        <source>only from</source>
        <translation>alleen van</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="97"/>
        <source>First month</source>
        <translation>Eerste maand</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="98"/>
        <source>Last month</source>
        <translation>Laatste maand</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="102"/>
        <source>last time on</source>
        <translation>laatste keer op</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="106"/>
        <source>Last time on</source>
        <translation>Laatste keer op</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="112"/>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="115"/>
        <source>End time</source>
        <translation>Eindtijd</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="147"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="150"/>
        <source>In short</source>
        <translation>Samengevat</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="136"/>
        <source>Repeats</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="138"/>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="140"/>
        <source>Which</source>
        <translation>Welke</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="142"/>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="146"/>
        <source>to</source>
        <translation>t/m</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="109"/>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="145"/>
        <source>First session</source>
        <translation>Eerste bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="151"/>
        <source>Next sessions</source>
        <translation>Volgende bijeenkomsten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="279"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="281"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="325"/>
        <source>no sessions from today on</source>
        <translation>geen bijeenkomsten meer vanaf vandaag</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_sync.py" line="110"/>
        <source>Type the date as day-month-year, for example %1.</source>
        <translation>Typ de datum als dag-maand-jaar, bijvoorbeeld %1.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_sync.py" line="116"/>
        <source>Type the time as hours:minutes, for example 12:00.</source>
        <translation>Typ de tijd als uren:minuten, bijvoorbeeld 12:00.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/recurrence_sync.py" line="120"/>
        <source>The end time must be after the start time.</source>
        <translation>De eindtijd moet na de begintijd liggen.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../buurtapp/ui/retention_dialog.py" line="38"/>
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/retention_dialog.py" line="45"/>
        <source>years</source>
        <extracomment>Called with a reason before forgetting (the window makes a backup).</extracomment>
        <translation>jaar</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/retention_dialog.py" line="52"/>
        <source>People to review</source>
        <translation>Mensen om na te kijken</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/retention_dialog.py" line="54"/>
        <source>Space ticks or unticks a person; the ticked people are forgotten</source>
        <translation>Spatie vinkt iemand aan of uit; de aangevinkte mensen worden vergeten</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/retention_dialog.py" line="60"/>
        <source>Forget the ticked people…</source>
        <translation>De aangevinkte mensen vergeten…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/retention_dialog.py" line="66"/>
        <source>Not seen (no attendance, no role) for more than</source>
        <translation>Niet gezien (geen aanwezigheid, geen rol) in meer dan</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/retention_dialog.py" line="87"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/retention_dialog.py" line="88"/>
        <source>last seen: %1</source>
        <translation>laatst gezien: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/retention_dialog.py" line="97"/>
        <source>%n person(s) to review. Forgetting keeps their attendance in the counts, without a name.</source>
        <translation>
            <numerusform>%n persoon om na te lopen. Vergeten houdt de aanwezigheid in de tellingen, zonder naam.</numerusform>
            <numerusform>%n personen om na te lopen. Vergeten houdt de aanwezigheid in de tellingen, zonder naam.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../buurtapp/ui/search_box.py" line="29"/>
        <source>Search everything</source>
        <translation>Alles doorzoeken</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/search_box.py" line="30"/>
        <source>Search everything (Ctrl+F)…</source>
        <translation>Alles doorzoeken (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/search_box.py" line="66"/>
        <source>Searching failed; try other words.</source>
        <translation>Zoeken is mislukt; probeer andere woorden.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/search_box.py" line="78"/>
        <source>Nothing found for “%1”</source>
        <translation>Niets gevonden voor ‘%1’</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <location filename="../../buurtapp/ui/session_panel.py" line="63"/>
        <source>Print sign-in sheet…</source>
        <extracomment>&quot;Print the sign-in sheet&quot;: a document key of the catalogue and its Request.</extracomment>
        <translation>Presentielijst afdrukken…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/session_panel.py" line="65"/>
        <source>The sign-in sheet of this session, with a preview</source>
        <translation>De presentielijst van deze bijeenkomst, met een afdrukvoorbeeld</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/session_panel.py" line="79"/>
        <source>Notes of this session</source>
        <translation>Notities bij deze bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/session_panel.py" line="82"/>
        <source>Save notes</source>
        <translation>Notities opslaan</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/session_panel.py" line="88"/>
        <source>Name of who came</source>
        <translation>Naam van wie er kwam</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/session_panel.py" line="90"/>
        <source>Type a name and press Enter to tick it, or to add someone new</source>
        <translation>Typ een naam en druk op Enter om af te vinken, of om iemand nieuw toe te voegen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/session_panel.py" line="99"/>
        <source>Who came</source>
        <translation>Wie er kwamen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/session_panel.py" line="101"/>
        <source>Space ticks or unticks the chosen person; Enter ticks and goes to the next</source>
        <translation>Spatie vinkt de gekozen persoon aan of uit; Enter vinkt aan en gaat naar de volgende</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/session_panel.py" line="126"/>
        <source>Walk-ins</source>
        <translation>Inlopers</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/session_panel.py" line="130"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/session_panel.py" line="136"/>
        <source>Who came?</source>
        <translation>Wie waren er?</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/session_panel.py" line="175"/>
        <source>Choose a session on the left</source>
        <translation>Kies links een bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/session_panel.py" line="181"/>
        <source>no place set</source>
        <translation>geen plek ingevuld</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/session_panel.py" line="187"/>
        <source>Cancelled</source>
        <translation>Afgelast</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/session_panel.py" line="187"/>
        <source>Takes place</source>
        <translation>Gaat door</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/session_panel.py" line="189"/>
        <source>Restore</source>
        <translation>Toch laten doorgaan</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/session_panel.py" line="189"/>
        <source>Cancel session</source>
        <translation>Afgelasten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/session_panel.py" line="205"/>
        <source>%1 present + %n walk-in(s)</source>
        <translation>
            <numerusform>%1 aanwezig + %n inloper</numerusform>
            <numerusform>%1 aanwezig + %n inlopers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/session_panel.py" line="308"/>
        <source>Add “%1” as a new participant</source>
        <translation>‘%1’ toevoegen als nieuwe deelnemer</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/session_panel.py" line="320"/>
        <source>%1 people match “%2”: choose with the arrow keys and press Enter.</source>
        <translation>%1 mensen passen bij ‘%2’: kies met de pijltjestoetsen en druk op Enter.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/session_panel.py" line="331"/>
        <location filename="../../buurtapp/ui/session_panel.py" line="360"/>
        <source>“%1” is ticked as present.</source>
        <translation>‘%1’ is aangevinkt als aanwezig.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/session_panel.py" line="407"/>
        <source>“%1” was added as a new participant and ticked (Ctrl+Z undoes this).</source>
        <translation>‘%1’ is toegevoegd als nieuwe deelnemer en aangevinkt (Ctrl+Z maakt dit ongedaan).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../buurtapp/ui/settings_dialog.py" line="42"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_dialog.py" line="52"/>
        <source>This file: %1</source>
        <translation>Dit bestand: %1</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_dialog.py" line="78"/>
        <source>Name of the &amp;centre:</source>
        <translation>&amp;Naam van het buurthuis:</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_dialog.py" line="79"/>
        <source>Printed at the top of every page</source>
        <translation>Bovenaan elke afgedrukte pagina</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_dialog.py" line="80"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_dialog.py" line="85"/>
        <source>Empty &amp;rows on a sign-in sheet:</source>
        <translation>Lege &amp;regels op een presentielijst:</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_dialog.py" line="87"/>
        <source>Retention &amp;period (years):</source>
        <translation>&amp;Bewaartermijn (jaren):</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_dialog.py" line="92"/>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_dialog.py" line="98"/>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_dialog.py" line="111"/>
        <source>Second &amp;backup folder:</source>
        <translation>T&amp;weede reservekopiemap:</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_dialog.py" line="114"/>
        <source>Lan&amp;guage:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_dialog.py" line="115"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Tekstgrootte:</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_dialog.py" line="118"/>
        <source>Changed settings cannot be undone with Undo; Cancel closes without saving.</source>
        <translation>Gewijzigde instellingen kunt u niet ongedaan maken; Annuleren sluit zonder op te slaan.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_dialog.py" line="165"/>
        <source>No file is open.</source>
        <translation>Er is geen bestand open.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_dialog.py" line="169"/>
        <source>This file is open read-only: its settings cannot be changed here.</source>
        <translation>Dit bestand is alleen-lezen geopend: de instellingen ervan kunnen hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/settings_dialog.py" line="218"/>
        <source>The file was closed or is read-only now: its settings were not saved.</source>
        <translation>Het bestand is intussen gesloten of alleen-lezen: de instellingen ervan zijn niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="29"/>
        <source>Add place</source>
        <extracomment>What each step is called in Edit &gt; Undo/Redo: a short sentence, so that Qt&apos;s &quot;Undo %1&quot; / &quot;%1 ongedaan maken&quot; reads well (&quot;Plek wijzigen ongedaan maken&quot;).</extracomment>
        <translation>Plek toevoegen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="30"/>
        <source>Edit place</source>
        <translation>Plek wijzigen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="31"/>
        <source>Delete place</source>
        <translation>Plek verwijderen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="32"/>
        <source>Add organisation</source>
        <translation>Organisatie toevoegen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="33"/>
        <source>Edit organisation</source>
        <translation>Organisatie wijzigen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="34"/>
        <source>Delete organisation</source>
        <translation>Organisatie verwijderen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="35"/>
        <source>Add participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="36"/>
        <source>Edit participant</source>
        <translation>Deelnemer wijzigen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="37"/>
        <source>Delete participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="38"/>
        <source>Anonymise participant</source>
        <translation>Deelnemer anonimiseren</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="39"/>
        <source>Add initiative</source>
        <translation>Initiatief toevoegen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="40"/>
        <source>Edit initiative</source>
        <translation>Initiatief wijzigen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="41"/>
        <source>Delete initiative</source>
        <translation>Initiatief verwijderen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="42"/>
        <source>Add role</source>
        <translation>Rol toevoegen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="43"/>
        <source>Edit role</source>
        <translation>Rol wijzigen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="44"/>
        <source>Delete role</source>
        <translation>Rol verwijderen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="45"/>
        <source>Add funding</source>
        <translation>Financiering toevoegen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="46"/>
        <source>Edit funding</source>
        <translation>Financiering wijzigen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="47"/>
        <source>Delete funding</source>
        <translation>Financiering verwijderen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="48"/>
        <source>Add activity</source>
        <translation>Activiteit toevoegen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="49"/>
        <source>Edit activity</source>
        <translation>Activiteit wijzigen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="50"/>
        <source>Delete activity</source>
        <translation>Activiteit verwijderen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="51"/>
        <source>Add session</source>
        <translation>Bijeenkomst toevoegen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="52"/>
        <source>Edit session</source>
        <translation>Bijeenkomst wijzigen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="53"/>
        <source>Delete session</source>
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="54"/>
        <source>Update attendance</source>
        <translation>Aanwezigheid bijwerken</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="55"/>
        <source>Add newcomer</source>
        <translation>Nieuwe deelnemer toevoegen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="56"/>
        <source>Import participants</source>
        <translation>Deelnemers importeren</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="57"/>
        <source>Import places</source>
        <translation>Plekken importeren</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="58"/>
        <source>Import organisations</source>
        <translation>Organisaties importeren</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="59"/>
        <source>Import activities</source>
        <translation>Activiteiten importeren</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/workspace.py" line="61"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <location filename="../../buurtapp/ui/week_page.py" line="64"/>
        <source>Previous week (Alt+Left)</source>
        <extracomment>The session panel asks for a document of the catalogue (key, Request). The weeks before and after the one shown, read while the window waits for input (PgUp/PgDn, Alt+arrows), each used once and dropped on any change of data.</extracomment>
        <translation>Vorige week (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/week_page.py" line="68"/>
        <source>Next week (Alt+Right)</source>
        <translation>Volgende week (Alt+Rechts)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/week_page.py" line="69"/>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/week_page.py" line="76"/>
        <source>Day in the week shown</source>
        <translation>Dag in de getoonde week</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/week_page.py" line="90"/>
        <source>Sessions of the week</source>
        <translation>Bijeenkomsten van de week</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/week_page.py" line="92"/>
        <source>Arrow keys move between sessions; Enter goes to who came</source>
        <translation>De pijltjestoetsen gaan van bijeenkomst naar bijeenkomst; Enter gaat naar wie er kwamen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/week_page.py" line="195"/>
        <source>There are no activities yet. First make an initiative (View &gt; Initiatives, Ctrl+3, then Ctrl+N), then plan an activity in it (View &gt; Activities, Ctrl+4, then Ctrl+N). F1 explains it step by step.</source>
        <translation>Er zijn nog geen activiteiten. Maak eerst een initiatief (Beeld &gt; Initiatieven, Ctrl+3, dan Ctrl+N) en plan er dan een activiteit in (Beeld &gt; Activiteiten, Ctrl+4, dan Ctrl+N). F1 legt het stap voor stap uit.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/week_page.py" line="207"/>
        <source>Week %1: %2 – %3</source>
        <translation>Week %1: %2 – %3</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/week_model.py" line="188"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/week_model.py" line="193"/>
        <source>no sessions</source>
        <translation>geen bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/week_model.py" line="177"/>
        <source>cancelled</source>
        <extracomment>Flags per kind of row, made once: the view asks for every row&apos;s flags on each reset, and or-ing Qt&apos;s flag enums in Python 1,444 times took 3 ms of the 16.</extracomment>
        <translation>afgelast</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/week_model.py" line="179"/>
        <source>%1 present</source>
        <translation>%1 aanwezig</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../buurtapp/ui/welcome_page.py" line="63"/>
        <source>Start a &amp;new centre</source>
        <translation>&amp;Nieuw buurthuis beginnen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/welcome_page.py" line="64"/>
        <source>An empty file for your community centre; you give its name and we begin.</source>
        <translation>Een leeg bestand voor uw buurthuis; u geeft de naam en we beginnen.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/welcome_page.py" line="71"/>
        <source>Look at the e&amp;xample</source>
        <translation>Het &amp;voorbeeld bekijken</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/welcome_page.py" line="72"/>
        <source>A made-up neighbourhood to look around in and try things; it is marked as example.</source>
        <translation>Een verzonnen buurt om rond te kijken en dingen te proberen; het is gemarkeerd als voorbeeld.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/welcome_page.py" line="79"/>
        <source>Bring in your &amp;spreadsheet</source>
        <translation>Uw &amp;spreadsheet inlezen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/welcome_page.py" line="80"/>
        <source>A new file for your centre, filled from the list you keep in Excel or as CSV.</source>
        <translation>Een nieuw bestand voor uw buurthuis, gevuld uit de lijst die u in Excel of als CSV bijhoudt.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/welcome_page.py" line="87"/>
        <source>&amp;Open an existing file</source>
        <translation>Een bestaand bestand &amp;openen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/welcome_page.py" line="88"/>
        <source>A Buurtapp file on this computer, a USB stick or a network folder.</source>
        <translation>Een Buurtapp-bestand op deze computer, een USB-stick of een netwerkmap.</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/welcome_page.py" line="116"/>
        <source>Buurtapp keeps your community centre&apos;s activities, who takes part and who came, and prints the week programme and sign-in sheets. Everything stays on this computer. How would you like to begin?</source>
        <extracomment>Why the page shows (the last file is missing), kept for a rebuilt window.</extracomment>
        <translation>Buurtapp houdt de activiteiten van uw buurthuis bij, wie er meedoen en wie er kwamen, en drukt het weekprogramma en presentielijsten af. Alles blijft op deze computer. Hoe wilt u beginnen?</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/welcome_page.py" line="148"/>
        <source>Recently opened:</source>
        <translation>Onlangs geopend:</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/welcome_page.py" line="170"/>
        <source>Welcome to Buurtapp</source>
        <translation>Welkom bij Buurtapp</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/welcome_page.py" line="200"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/welcome_page.py" line="223"/>
        <source>Making the example…</source>
        <translation>Voorbeeld wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/welcome_page.py" line="338"/>
        <source>Your new file is open. Bring in a spreadsheet later with File &gt; Import a spreadsheet.</source>
        <translation>Uw nieuwe bestand is open. Een spreadsheet inlezen kan later via Bestand &gt; Spreadsheet inlezen.</translation>
    </message>
</context>
<context>
    <name>_GemTexts</name>
    <message>
        <location filename="../../buurtapp/reports/documents.py" line="60"/>
        <source>start date unknown</source>
        <translation>startdatum onbekend</translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/reports/documents.py" line="63"/>
        <source>running since %1 (%n month(s))</source>
        <translation>
            <numerusform>loopt sinds %1 (%n maand)</numerusform>
            <numerusform>loopt sinds %1 (%n maanden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/reports/documents.py" line="67"/>
        <source>met %n time(s), %1 a week on average</source>
        <translation>
            <numerusform>%n keer bijeen, gemiddeld %1 per week</numerusform>
            <numerusform>%n keer bijeen, gemiddeld %1 per week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/reports/documents.py" line="70"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
</context>
</TS>
