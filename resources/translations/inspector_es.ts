<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AgenciesPage</name>
    <message>
        <location filename="../../inspector/gui/agencies.py" line="18"/>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyPicker</name>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="50"/>
        <source>Type a name, licence number or town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="112"/>
        <source>{name} - licence {licence} ({place})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="144"/>
        <source>Registered agency: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="148"/>
        <source>Pick the agency from the registry, or type the name the complainant gave if it is not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="151"/>
        <source>Type to search the registry, then pick the agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="156"/>
        <source>Not found in the registry: recorded as the name the complainant gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="158"/>
        <source>No registered agency matches these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="163"/>
        <source>Not picked from the registry: recorded as the name the complainant gave. Pick from the list to link a registered agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="166"/>
        <source>Pick the agency from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceButtons</name>
    <message>
        <location filename="../../inspector/gui/editor/questions.py" line="81"/>
        <source>Clear the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <location filename="../../inspector/gui/editor/questions.py" line="111"/>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintDetailView</name>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="72"/>
        <source>Select a complaint to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="88"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="89"/>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="90"/>
        <source>Received how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="91"/>
        <source>Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="92"/>
        <source>Sub-agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="93"/>
        <source>Employer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="94"/>
        <source>Corridor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="95"/>
        <source>Allegations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="96"/>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="97"/>
        <source>Consent to share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="98"/>
        <source>Referrals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="105"/>
        <source>Open a&amp;gency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="114"/>
        <source>Complainant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="121"/>
        <source>Inspections started from this complaint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="122"/>
        <source>S&amp;tart inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="124"/>
        <location filename="../../inspector/gui/complaint_detail.py" line="280"/>
        <source>&amp;Link to agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="126"/>
        <source>&amp;Refer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="168"/>
        <location filename="../../inspector/gui/complaint_detail.py" line="317"/>
        <source>Show &amp;identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="204"/>
        <source>Complaint {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="207"/>
        <source>Trafficking or forced labour indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="209"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="219"/>
        <source>{name} (licence {licence})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="223"/>
        <source>Named by the complainant as: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="227"/>
        <source>{name} - not linked to the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="240"/>
        <source>Yes: the identity may go to the regulator in the country of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="242"/>
        <source>No: share the facts and the complaint code only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="248"/>
        <source>{body}: {status} (since {date}){shared}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="252"/>
        <source>, identity shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="256"/>
        <source>Not referred yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="259"/>
        <source>Code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="260"/>
        <source>(no identity kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="266"/>
        <source>{reference} ({status}) - press Enter to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="276"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="276"/>
        <source>&amp;Close complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="280"/>
        <source>Change &amp;linked agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="296"/>
        <source>No identity is kept for this complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="299"/>
        <source>Name: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="302"/>
        <source>Contact: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="305"/>
        <source>Document: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="308"/>
        <source>Confidential: never share without the complainant&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="312"/>
        <source>Hide &amp;identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="72"/>
        <source>New complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="76"/>
        <source>Record what the complainant tells you. The complaint gets a code; the complainant&apos;s name never goes into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="98"/>
        <source>&amp;Save complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="112"/>
        <source>Agency, sub-agent and employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="116"/>
        <source>Name or description, and where they operate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="120"/>
        <source>A business name; for a household employer, only the town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="127"/>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="128"/>
        <source>Sub-agent or &amp;broker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="129"/>
        <source>&amp;Employer abroad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="130"/>
        <source>Received &amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="134"/>
        <source>Migration corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="138"/>
        <source>Country of &amp;origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="141"/>
        <source>&amp;Destination country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="144"/>
        <source>Two-letter ISO codes, e.g. NP, PH, ET; AE, MY, SA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="148"/>
        <source>Allegations (tick each that applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="160"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="166"/>
        <source>&amp;Urgent: act within a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="168"/>
        <source>Indicators of &amp;trafficking or forced labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="172"/>
        <source>Evidence (receipts, contracts, messages, photos) cannot be attached to a complaint yet. Say in the summary what the complainant showed you; keep copies only with their agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="177"/>
        <source>&amp;Summary (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="188"/>
        <source>Complainant identity - confidential, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="197"/>
        <source>Kept only on this laptop, encrypted, apart from the complaint. Never synced, exported or put in a report. Leave empty unless you need to contact the complainant again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="204"/>
        <source>The complainant &amp;consents to their identity being shared with the regulator in the country of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="215"/>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="216"/>
        <source>Con&amp;tact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="218"/>
        <source>Document n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="268"/>
        <source>Agency: pick a registered agency, or type the name the complainant gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="273"/>
        <source>Country of origin: enter a two-letter ISO code such as NP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="276"/>
        <source>Destination country: enter a two-letter ISO code such as QA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="281"/>
        <source>Destination country: it must differ from the country of origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="286"/>
        <source>Allegations: tick at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="290"/>
        <source>Summary: describe what happened; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../inspector/gui/complaints.py" line="18"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="18"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../inspector/gui/editor/questions.py" line="289"/>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/questions.py" line="295"/>
        <source>Clear the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="73"/>
        <source>A&amp;ttach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="76"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="78"/>
        <source>or drop files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="114"/>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="116"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.heic *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="121"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="121"/>
        <source>Caption (optional):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="94"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="94"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="94"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="99"/>
        <source>&amp;Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="102"/>
        <source>Add fi&amp;nding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="109"/>
        <source>No findings yet: they appear as answers reveal a breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="125"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="126"/>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="127"/>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="128"/>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="131"/>
        <source> (dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="136"/>
        <source>Rule {rule}: {because}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="139"/>
        <source>Overridden: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="142"/>
        <source>Action by {date} ({status}): {action}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="261"/>
        <source>add at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="294"/>
        <source>{missing} required answers missing, {invalid} invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionEditor</name>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="114"/>
        <location filename="../../inspector/gui/editor/editor.py" line="155"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="127"/>
        <source>Co&amp;mplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="130"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="133"/>
        <source>Add &amp;worker interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="136"/>
        <source>&amp;Back to inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="152"/>
        <source>&amp;Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="153"/>
        <source>Inter&amp;views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="203"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="204"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="205"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="206"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="217"/>
        <source>{code}: consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="219"/>
        <source>{code}: consent refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="222"/>
        <source>No worker interviews yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="83"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="84"/>
        <location filename="../../inspector/gui/inspections.py" line="184"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="85"/>
        <location filename="../../inspector/gui/inspections.py" line="185"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="86"/>
        <location filename="../../inspector/gui/inspections.py" line="186"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="87"/>
        <location filename="../../inspector/gui/inspections.py" line="187"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="93"/>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="94"/>
        <location filename="../../inspector/gui/inspections.py" line="179"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="95"/>
        <location filename="../../inspector/gui/inspections.py" line="180"/>
        <source>Complaint-driven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="96"/>
        <location filename="../../inspector/gui/inspections.py" line="181"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="101"/>
        <source>Agency name or licence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="102"/>
        <source>Si&amp;nce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="107"/>
        <source>&amp;New inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="111"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="126"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="127"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="128"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="129"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="130"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="131"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="204"/>
        <source>{n} inspection(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="43"/>
        <source>Confidential worker interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="53"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="76"/>
        <source>&amp;Yes, the worker agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="78"/>
        <source>&amp;No, the worker does not agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="83"/>
        <source>&amp;Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="114"/>
        <source>Confidential worker interview {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="170"/>
        <source>Attach documents to the inspection, not to the interview.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkAgencyDialog</name>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="181"/>
        <source>Link complaint {reference} to an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="184"/>
        <source>The complainant named the agency as “{name}”. Find it in the registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="187"/>
        <source>Find the agency in the registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="195"/>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="70"/>
        <location filename="../../inspector/gui/main_window.py" line="124"/>
        <source>Field Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="84"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="87"/>
        <location filename="../../inspector/gui/main_window.py" line="125"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="160"/>
        <source>Locked after a period without use. Enter your passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualFindingDialog</name>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="271"/>
        <source>Add a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="294"/>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="295"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="296"/>
        <source>Standar&amp;d breached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="297"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="298"/>
        <source>&amp;Corrective action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="299"/>
        <source>D&amp;eadline:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="234"/>
        <source>Override a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="240"/>
        <source>&amp;Drop this finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="247"/>
        <source>Why? The reason is kept with the finding and in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="262"/>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="264"/>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="96"/>
        <source>Required: answer this question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="38"/>
        <source>Refer complaint {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="56"/>
        <source>Share the complainant&apos;s &amp;identity with this body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="59"/>
        <source>The complainant consented to their identity being shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="61"/>
        <source>The complainant did not consent: refer the facts and the complaint code {code} only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="71"/>
        <source>Refer &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="72"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="73"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="79"/>
        <source>&amp;Record referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="102"/>
        <source>Not referred there yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="108"/>
        <source>Referred there on {date}: choose the new status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatBox</name>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="114"/>
        <source>&amp;Add {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="115"/>
        <source>entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="134"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="147"/>
        <source>Remove {item} {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="18"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="150"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="152"/>
        <source>Acce&amp;pt signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartInspectionDialog</name>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="223"/>
        <source>Start an inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="227"/>
        <source>Type part of the name or licence number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="238"/>
        <source>&amp;Announced visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="241"/>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="249"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="255"/>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="259"/>
        <source>Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="260"/>
        <source>&amp;Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="261"/>
        <source>&amp;Planned date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="262"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="61"/>
        <source>Field Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="77"/>
        <source>Welcome. Everything you record is kept encrypted on this laptop. Choose a passphrase of several words; you will need it every time you open the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="94"/>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="98"/>
        <location filename="../../inspector/gui/unlock.py" line="168"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="99"/>
        <location filename="../../inspector/gui/unlock.py" line="207"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="100"/>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="118"/>
        <source>Your recovery key is shown once, now. Write it down or print it and keep it somewhere safe, away from this laptop. It is the only way back into your records if you forget the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="133"/>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="137"/>
        <source>I have &amp;stored the recovery key in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="139"/>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="161"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="164"/>
        <source>&amp;Forgot the passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="174"/>
        <location filename="../../inspector/gui/unlock.py" line="228"/>
        <source>Enter your passphrase to open your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="188"/>
        <source>Enter the recovery key you stored when the vault was created, and choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="201"/>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="203"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="205"/>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="206"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="246"/>
        <source>Too short: at least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="247"/>
        <source>Weak: add words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="248"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="249"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="250"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="254"/>
        <source>Tip: four or more unrelated words are strong and easy to type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="267"/>
        <location filename="../../inspector/gui/unlock.py" line="359"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="274"/>
        <source>The passphrase must have at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="312"/>
        <source>Enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="323"/>
        <source>After several wrong attempts, please wait {n} seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="351"/>
        <source>Wrong passphrase. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="384"/>
        <source>That recovery key does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../inspector/gui/workspace.py" line="41"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/workspace.py" line="42"/>
        <source>&amp;Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/workspace.py" line="43"/>
        <source>&amp;Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/workspace.py" line="44"/>
        <source>&amp;Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/workspace.py" line="45"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>complaints</name>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="33"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="34"/>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="35"/>
        <source>Under investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="36"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="43"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="44"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="45"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="46"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../inspector/gui/messages.py" line="20"/>
        <source>Something went wrong ({kind}). Nothing you entered was lost; try again, and if it happens again, tell your IT office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/gui/messages.py" line="30"/>
        <source>Field Inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
