<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityDialog</name>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/activity_dialog.py" line="159"/>
        <source>%n session(s) move</source>
        <translation>
            <numerusform>%n session moves</numerusform>
            <numerusform>%n sessions move</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/activity_dialog.py" line="160"/>
        <source>%n session(s) get a new end time</source>
        <translation>
            <numerusform>%n session gets a new end time</numerusform>
            <numerusform>%n sessions get a new end time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/activity_dialog.py" line="161"/>
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n new session</numerusform>
            <numerusform>%n new sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/activity_dialog.py" line="162"/>
        <source>%n session(s) removed (nothing recorded)</source>
        <translation>
            <numerusform>%n session removed (nothing recorded)</numerusform>
            <numerusform>%n sessions removed (nothing recorded)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/activity_dialog.py" line="172"/>
        <source>%n session(s) stay as they are, because something is recorded:</source>
        <translation>
            <numerusform>%n session stays as it is, because something is recorded:</numerusform>
            <numerusform>%n sessions stay as they are, because something is recorded:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/activity_dialog.py" line="179"/>
        <source>%n session(s) with something recorded move along:</source>
        <translation>
            <numerusform>%n session with something recorded moves along:</numerusform>
            <numerusform>%n sessions with something recorded move along:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/activity_dialog.py" line="274"/>
        <source>This changes the day, time or place of %1. %n people of its core group come regularly and are used to the old moment.</source>
        <translation>
            <numerusform>This changes the day, time or place of %1. %n person of its core group comes regularly and is used to the old moment.</numerusform>
            <numerusform>This changes the day, time or place of %1. %n people of its core group come regularly and are used to the old moment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteQuestion</name>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/record_actions.py" line="106"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/record_actions.py" line="108"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/record_actions.py" line="110"/>
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>%n attendance record</numerusform>
            <numerusform>%n attendance records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/record_actions.py" line="112"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/record_actions.py" line="114"/>
        <source>%n funding(s)</source>
        <translation>
            <numerusform>%n funding</numerusform>
            <numerusform>%n fundings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForgetQuestion</name>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/forgetting.py" line="47"/>
        <source>%n person(s) with history will be anonymised.</source>
        <translation>
            <numerusform>%n person with history will be anonymised.</numerusform>
            <numerusform>%n people with history will be anonymised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/forgetting.py" line="50"/>
        <source>%n person(s) without history will be deleted.</source>
        <translation>
            <numerusform>%n person without history will be deleted.</numerusform>
            <numerusform>%n people without history will be deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/import_dialog.py" line="240"/>
        <source>%n row(s) can be imported,</source>
        <translation>
            <numerusform>%n row can be imported,</numerusform>
            <numerusform>%n rows can be imported,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/import_dialog.py" line="241"/>
        <source>%n row(s) have a problem,</source>
        <translation>
            <numerusform>%n row has a problem,</numerusform>
            <numerusform>%n rows have a problem,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/import_dialog.py" line="242"/>
        <source>%n look(s) like duplicates.</source>
        <translation>
            <numerusform>%n looks like a duplicate.</numerusform>
            <numerusform>%n look like duplicates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/list_page.py" line="186"/>
        <source>%n record(s)</source>
        <extracomment>The record last highlighted, kept while a filter hides it.</extracomment>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/main_window.py" line="409"/>
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/printing.py" line="270"/>
        <source>%n session(s) exported to %1</source>
        <translation>
            <numerusform>%n session exported to %1</numerusform>
            <numerusform>%n sessions exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/recurrence_editor.py" line="279"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/retention_dialog.py" line="97"/>
        <source>%n person(s) to review. Forgetting keeps their attendance in the counts, without a name.</source>
        <translation>
            <numerusform>%n person to review. Forgetting keeps their attendance in the counts, without a name.</numerusform>
            <numerusform>%n people to review. Forgetting keeps their attendance in the counts, without a name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/session_panel.py" line="205"/>
        <source>%1 present + %n walk-in(s)</source>
        <translation>
            <numerusform>%1 present + %n walk-in</numerusform>
            <numerusform>%1 present + %n walk-ins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_GemTexts</name>
    <message numerus="yes">
        <location filename="../../buurtapp/reports/documents.py" line="63"/>
        <source>running since %1 (%n month(s))</source>
        <translation>
            <numerusform>running since %1 (%n month)</numerusform>
            <numerusform>running since %1 (%n months)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/reports/documents.py" line="67"/>
        <source>met %n time(s), %1 a week on average</source>
        <translation>
            <numerusform>met %n time, %1 a week on average</numerusform>
            <numerusform>met %n times, %1 a week on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/reports/documents.py" line="70"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
</TS>
