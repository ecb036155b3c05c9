<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityDialog</name>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/activity_dialog.py" line="52" />
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
        <location filename="../../buurtapp/ui/record_actions.py" line="92" />
        <source>%1 came to %n session(s). To keep the counts of those sessions right, the name, phone, e-mail and notes are erased and the attendance stays, without a name. Undo (Ctrl+Z) can bring the name back only until Buurtapp is closed.</source>
        <translation>
            <numerusform>%1 came to %n session. To keep the counts of that session right, the name, phone, e-mail and notes are erased and the attendance stays, without a name. Undo (Ctrl+Z) can bring the name back only until Buurtapp is closed.</numerusform>
            <numerusform>%1 came to %n sessions. To keep the counts of those sessions right, the name, phone, e-mail and notes are erased and the attendance stays, without a name. Undo (Ctrl+Z) can bring the name back only until Buurtapp is closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/record_actions.py" line="105" />
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/record_actions.py" line="107" />
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/record_actions.py" line="109" />
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>%n attendance record</numerusform>
            <numerusform>%n attendance records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/record_actions.py" line="111" />
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/record_actions.py" line="113" />
        <source>%n funding(s)</source>
        <translation>
            <numerusform>%n funding</numerusform>
            <numerusform>%n fundings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/list_page.py" line="154" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/retention_dialog.py" line="84" />
        <source>%n person(s) to review. Forgetting keeps their attendance in the counts, without a name.</source>
        <translation>
            <numerusform>%n person to review. Forgetting keeps their attendance in the counts, without a name.</numerusform>
            <numerusform>%n people to review. Forgetting keeps their attendance in the counts, without a name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/ui/retention_dialog.py" line="104" />
        <source>%n person(s) will be anonymised. This cannot be undone.</source>
        <translation>
            <numerusform>%n person will be anonymised. This cannot be undone.</numerusform>
            <numerusform>%n people will be anonymised. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_GemTexts</name>
    <message numerus="yes">
        <location filename="../../buurtapp/reports/documents.py" line="101" />
        <source>running since %1 (%n month(s))</source>
        <translation>
            <numerusform>running since %1 (%n month)</numerusform>
            <numerusform>running since %1 (%n months)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/reports/documents.py" line="105" />
        <source>met %n time(s), %1 a week on average</source>
        <translation>
            <numerusform>met %n time, %1 a week on average</numerusform>
            <numerusform>met %n times, %1 a week on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtapp/reports/documents.py" line="108" />
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
</TS>