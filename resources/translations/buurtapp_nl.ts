<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Columns</name>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="13" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="28" />
        <source>(anonymised)</source>
        <translation>(geanonimiseerd)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="34" />
        <location filename="../../buurtapp/ui/columns.py" line="53" />
        <location filename="../../buurtapp/ui/columns.py" line="66" />
        <location filename="../../buurtapp/ui/columns.py" line="74" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="37" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="40" />
        <location filename="../../buurtapp/ui/columns.py" line="49" />
        <source>Place</source>
        <translation>Plek</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="41" />
        <source>Community worker</source>
        <translation>Opbouwwerker</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="42" />
        <location filename="../../buurtapp/ui/columns.py" line="71" />
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="43" />
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="46" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="47" />
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="48" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="50" />
        <source>Next session</source>
        <translation>Volgende bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="54" />
        <location filename="../../buurtapp/ui/columns.py" line="68" />
        <source>Neighbourhood</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="55" />
        <source>Circle</source>
        <translation>Kring</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="58" />
        <source>Age group</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="61" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="62" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="63" />
        <source>Professional</source>
        <translation>Beroepskracht</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="67" />
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="69" />
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="70" />
        <source>Accessible</source>
        <translation>Toegankelijk</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="76" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="78" />
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="79" />
        <source>People</source>
        <translation>Mensen</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="28" />
        <source>Buurtapp</source>
        <translation>Buurtapp</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="33" />
        <source>Buurtapp database (*.db *.sqlite);;All files (*)</source>
        <translation>Buurtapp-database (*.db *.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="40" />
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="52" />
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="68" />
        <source>Make a backup</source>
        <translation>Reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/file_actions.py" line="80" />
        <source>Backup made: %1</source>
        <translation>Reservekopie gemaakt: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="9" />
        <source>idea</source>
        <translation>idee</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="10" />
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="11" />
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="12" />
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="15" />
        <source>residents' group</source>
        <translation>bewonersgroep</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="16" />
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="17" />
        <source>civil-society organisation</source>
        <translation>maatschappelijke organisatie</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="18" />
        <source>business</source>
        <translation>bedrijf</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="19" />
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="22" />
        <source>child (0–12)</source>
        <translation>kind (0–12)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="23" />
        <source>youth (13–17)</source>
        <translation>jongere (13–17)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="24" />
        <source>adult (18–64)</source>
        <translation>volwassene (18–64)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="25" />
        <source>senior (65+)</source>
        <translation>senior (65+)</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="30" />
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="31" />
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="32" />
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="33" />
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="34" />
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="35" />
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="36" />
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="39" />
        <source>1st</source>
        <translation>1e</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="40" />
        <source>2nd</source>
        <translation>2e</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="41" />
        <source>3rd</source>
        <translation>3e</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="42" />
        <source>4th</source>
        <translation>4e</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="43" />
        <source>5th</source>
        <translation>5e</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="44" />
        <source>last</source>
        <translation>laatste</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="47" />
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="48" />
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="49" />
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="50" />
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="51" />
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="52" />
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="53" />
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="54" />
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="55" />
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="56" />
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="57" />
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="58" />
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="74" />
        <source>once</source>
        <translation>eenmalig</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="75" />
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="76" />
        <source>every week on %1</source>
        <translation>elke week op %1</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="77" />
        <source>every other week on %1</source>
        <translation>om de week op %1</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="78" />
        <source>every %2 weeks on %1</source>
        <translation>elke %2 weken op %1</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="79" />
        <source>every week</source>
        <translation>elke week</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="80" />
        <source>every %1 of the month</source>
        <translation>elke %1 van de maand</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="81" />
        <source>every month</source>
        <translation>elke maand</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="82" />
        <source>every day</source>
        <translation>elke dag</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="83" />
        <source>every year</source>
        <translation>elk jaar</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="84" />
        <source>only %1 to %2</source>
        <translation>alleen %1 t/m %2</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/labels.py" line="85" />
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../buurtapp/ui/list_page.py" line="43" />
        <source>Filter this list…</source>
        <translation>Filter deze lijst…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/list_page.py" line="88" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/list_page.py" line="91" />
        <source>%1 of %2 shown</source>
        <translation>%1 van %2 getoond</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../buurtapp/ui/main_window.py" line="65" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/main_window.py" line="82" />
        <source>&amp;New database…</source>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/main_window.py" line="88" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/main_window.py" line="95" />
        <source>Make a &amp;backup…</source>
        <translation>&amp;Reservekopie maken…</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/main_window.py" line="101" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/main_window.py" line="117" />
        <source>No database open</source>
        <translation>Geen database geopend</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="84" />
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="85" />
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="86" />
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="87" />
        <source>Places</source>
        <translation>Plekken</translation>
    </message>
    <message>
        <location filename="../../buurtapp/ui/columns.py" line="88" />
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
</context>
</TS>