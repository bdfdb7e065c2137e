<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgenciesPage</name>
    <message numerus="yes">
        <location filename="../../inspector/gui/agencies.py" line="274"/>
        <source>{total} agencies</source>
        <translation>
            <numerusform>{total} agency</numerusform>
            <numerusform>{total} agencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/agencies.py" line="278"/>
        <source>{matched} of {total} agencies</source>
        <translation>
            <numerusform>{matched} of {total} agency</numerusform>
            <numerusform>{matched} of {total} agencies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgencyDetail</name>
    <message numerus="yes">
        <location filename="../../inspector/gui/agency_detail.py" line="219"/>
        <source>valid {start} to {end}, expired %n days ago</source>
        <translation>
            <numerusform>valid {start} to {end}, expired %n day ago</numerusform>
            <numerusform>valid {start} to {end}, expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/agency_detail.py" line="221"/>
        <source>valid {start} to {end}, expires in %n days</source>
        <translation>
            <numerusform>valid {start} to {end}, expires in %n day</numerusform>
            <numerusform>valid {start} to {end}, expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message numerus="yes">
        <location filename="../../inspector/gui/agency_model.py" line="274"/>
        <source>Expired %n days ago</source>
        <translation>
            <numerusform>Expired %n day ago</numerusform>
            <numerusform>Expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/agency_model.py" line="275"/>
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../inspector/gui/dashboard.py" line="288"/>
        <source>Changes made since {date} are in no backup yet (%n days). Back up the vault to a USB stick or another disk: Data, Back up now. The backup is encrypted like the vault.</source>
        <translation>
            <numerusform>Changes made since {date} are in no backup yet (%n day). Back up the vault to a USB stick or another disk: Data, Back up now. The backup is encrypted like the vault.</numerusform>
            <numerusform>Changes made since {date} are in no backup yet (%n days). Back up the vault to a USB stick or another disk: Data, Back up now. The backup is encrypted like the vault.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_page.py" line="233"/>
        <source>Changes made %n days ago are in no backup yet.</source>
        <translation>
            <numerusform>Changes made %n day ago are in no backup yet.</numerusform>
            <numerusform>Changes made %n days ago are in no backup yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_page.py" line="408"/>
        <source>Exported %n records into {folder}.</source>
        <translation>
            <numerusform>Exported %n record into {folder}.</numerusform>
            <numerusform>Exported %n records into {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_page.py" line="453"/>
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
        <location filename="../../inspector/gui/editor/form_view.py" line="330"/>
        <source>%n entries asked for: remove the ones no longer needed</source>
        <translation>
            <numerusform>%n entry asked for: remove the ones no longer needed</numerusform>
            <numerusform>%n entries asked for: remove the ones no longer needed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectionEditor</name>
    <message numerus="yes">
        <location filename="../../inspector/gui/editor/editor.py" line="352"/>
        <source>Not complete yet: %n answers are missing or invalid. They are listed under “Still to answer”; click one to go to it.</source>
        <translation>
            <numerusform>Not complete yet: %n answer is missing or invalid. It is listed under “Still to answer”; click it to go to it.</numerusform>
            <numerusform>Not complete yet: %n answers are missing or invalid. They are listed under “Still to answer”; click one to go to it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message numerus="yes">
        <location filename="../../inspector/gui/inspections.py" line="188"/>
        <source>%n inspections</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
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
<context>
    <name>sync</name>
    <message numerus="yes">
        <location filename="../../inspector/gui/sync_texts.py" line="33"/>
        <source>%n records</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/sync_texts.py" line="34"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
</TS>
