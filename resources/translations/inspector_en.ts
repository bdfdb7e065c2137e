<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DataPage</name>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_page.py" line="232"/>
        <source>Changes made %n days ago are in no backup yet.</source>
        <translation>
            <numerusform>Changes made %n day ago are in no backup yet.</numerusform>
            <numerusform>Changes made %n days ago are in no backup yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_page.py" line="407"/>
        <source>Exported %n records into {folder}.</source>
        <translation>
            <numerusform>Exported %n record into {folder}.</numerusform>
            <numerusform>Exported %n records into {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_page.py" line="452"/>
        <source>Evidence package of {reference} saved to {path}, with %n attachments.</source>
        <translation>
            <numerusform>Evidence package of {reference} saved to {path}, with %n attachment.</numerusform>
            <numerusform>Evidence package of {reference} saved to {path}, with %n attachments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message numerus="yes">
        <location filename="../../inspector/gui/editor/form_view.py" line="327"/>
        <source>%n entries asked for: remove the ones no longer needed</source>
        <translation>
            <numerusform>%n entry asked for: remove the ones no longer needed</numerusform>
            <numerusform>%n entries asked for: remove the ones no longer needed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewList</name>
    <message numerus="yes">
        <location filename="../../inspector/gui/editor/interview.py" line="254"/>
        <source>{code}: unfinished, %n required answers missing</source>
        <translation>
            <numerusform>{code}: unfinished, %n required answer missing</numerusform>
            <numerusform>{code}: unfinished, %n required answers missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryImportBox</name>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="166"/>
        <source>%n rows read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="168"/>
        <source>%n good</source>
        <translation>
            <numerusform>%n good</numerusform>
            <numerusform>%n good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="169"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="177"/>
        <source>I&amp;mport %n agencies</source>
        <translation>
            <numerusform>I&amp;mport %n agency</numerusform>
            <numerusform>I&amp;mport %n agencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="197"/>
        <source>Nothing was imported: %n rows are rejected and &apos;All or nothing&apos; is ticked. Correct the file and choose it again.</source>
        <translation>
            <numerusform>Nothing was imported: %n row is rejected and &apos;All or nothing&apos; is ticked. Correct the file and choose it again.</numerusform>
            <numerusform>Nothing was imported: %n rows are rejected and &apos;All or nothing&apos; is ticked. Correct the file and choose it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="225"/>
        <source>%n new agencies</source>
        <translation>
            <numerusform>%n new agency</numerusform>
            <numerusform>%n new agencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="226"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="227"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="228"/>
        <source>%n rows rejected</source>
        <translation>
            <numerusform>%n row rejected</numerusform>
            <numerusform>%n rows rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message numerus="yes">
        <location filename="../../inspector/gui/unlock.py" line="404"/>
        <source>After several wrong attempts, please wait %n seconds…</source>
        <translation>
            <numerusform>After several wrong attempts, please wait %n second…</numerusform>
            <numerusform>After several wrong attempts, please wait %n seconds…</numerusform>
        </translation>
    </message>
</context>
</TS>
