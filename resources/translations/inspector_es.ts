<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../inspector/gui/help.py" line="113"/>
        <source>About Field Inspector</source>
        <translation>Acerca de Field Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/help.py" line="118"/>
        <source>Inspections of recruitment agencies, offline, on the inspector&apos;s laptop: checklists, findings, evidence and signed reports, kept in an encrypted vault.</source>
        <translation>Inspecciones de agencias de contratación, sin conexión, en el portátil del inspector: listas de verificación, hallazgos, pruebas e informes firmados, guardados en una bóveda cifrada.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/help.py" line="125"/>
        <source>Field Inspector is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with NO WARRANTY.</source>
        <translation>Field Inspector es software libre: puede redistribuirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior (GPL-3.0-or-later). Se ofrece SIN NINGUNA GARANTÍA.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/help.py" line="143"/>
        <source>Built on, and shipped with:</source>
        <translation>Construido con, y distribuido con:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/help.py" line="144"/>
        <source>Part</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/help.py" line="145"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/help.py" line="147"/>
        <source>Qt version {version}.</source>
        <translation>Versión de Qt: {version}.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/help.py" line="152"/>
        <source>&amp;GPL text</source>
        <translation>Texto de la &amp;GPL</translation>
    </message>
</context>
<context>
    <name>ActionTools</name>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="133"/>
        <source>Mark d&amp;one…</source>
        <translation>Marcar como &amp;realizada…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="136"/>
        <source>V&amp;erify…</source>
        <translation>&amp;Verificar…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="139"/>
        <source>Start follow-&amp;up inspection</source>
        <translation>Iniciar inspección de seg&amp;uimiento</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="142"/>
        <source>A follow-up inspection of the inspection this action came from, its open actions listed to check</source>
        <translation>Una inspección de seguimiento de la inspección de la que procede esta medida, con sus medidas pendientes listadas para comprobar</translation>
    </message>
</context>
<context>
    <name>AgenciesPage</name>
    <message>
        <location filename="../../inspector/gui/agencies.py" line="55"/>
        <source>Name, licence number, city, address or responsible person</source>
        <translation>Nombre, número de licencia, ciudad, dirección o persona responsable</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agencies.py" line="59"/>
        <source>Shows the agencies with a word starting with each word you type (Ctrl+F). Down goes to the list, Enter opens the first match.</source>
        <translation>Muestra las agencias con una palabra que empieza por cada palabra que escriba (Ctrl+F). Flecha abajo lleva a la lista; Intro abre la primera coincidencia.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agencies.py" line="63"/>
        <source>Fil&amp;ter:</source>
        <translation>&amp;Filtrar:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agencies.py" line="111"/>
        <source>&amp;New agency…</source>
        <translation>&amp;Nueva agencia…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agencies.py" line="114"/>
        <source>Add an agency the registry does not hold yet, or a recruiter with no licence</source>
        <translation>Añadir una agencia que el registro aún no tiene, o un reclutador sin licencia</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agencies.py" line="247"/>
        <source>Loading the registry…</source>
        <translation>Cargando el registro…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/agencies.py" line="274"/>
        <source>{total} agencies</source>
        <translation>
            <numerusform>{total} agencia</numerusform>
            <numerusform>{total} agencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/agencies.py" line="278"/>
        <source>{matched} of {total} agencies</source>
        <translation>
            <numerusform>{matched} de {total} agencia</numerusform>
            <numerusform>{matched} de {total} agencias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agencies.py" line="289"/>
        <source>The registry is empty. Agencies arrive with your authority&apos;s registry.</source>
        <translation>El registro está vacío. Las agencias llegan con el registro de su autoridad.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agencies.py" line="295"/>
        <source>No agencies match “{text}”.

The filter looks for words that start with what you type, in the name, licence number, city, address and responsible person. Check the spelling or type fewer letters.</source>
        <translation>Ninguna agencia coincide con «{text}».

El filtro busca palabras que empiecen por lo que escribe, en el nombre, el número de licencia, la ciudad, la dirección y la persona responsable. Revise la ortografía o escriba menos letras.</translation>
    </message>
</context>
<context>
    <name>AgencyDetail</name>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="49"/>
        <source>← &amp;Back to the list</source>
        <translation>← &amp;Volver a la lista</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="51"/>
        <source>Back to the agency list (Esc or Alt+Left)</source>
        <translation>Volver a la lista de agencias (Esc o Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="53"/>
        <source>&amp;Start inspection…</source>
        <translation>I&amp;niciar inspección…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="56"/>
        <source>&amp;Edit agency…</source>
        <translation>&amp;Editar la agencia…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="59"/>
        <source>Start &amp;follow-up inspection</source>
        <translation>Iniciar inspección de se&amp;guimiento</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="62"/>
        <source>A follow-up inspection of the agency&apos;s latest completed inspection, its open corrective actions listed to check</source>
        <translation>Una inspección de seguimiento de la última inspección completada de la agencia, con sus medidas correctivas pendientes listadas para comprobar</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="99"/>
        <source>Inspection and findings</source>
        <translation>Inspección y hallazgos</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="100"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="101"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="102"/>
        <location filename="../../inspector/gui/agency_detail.py" line="121"/>
        <location filename="../../inspector/gui/agency_detail.py" line="143"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="103"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="104"/>
        <source>Band</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="116"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="117"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="118"/>
        <source>Corrective action</source>
        <translation>Medida correctiva</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="119"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="120"/>
        <source>Inspection</source>
        <translation>Inspección</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="141"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="142"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="144"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="145"/>
        <source>Allegations (checklist items)</source>
        <translation>Alegaciones (puntos de la lista de verificación)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="171"/>
        <source>&amp;Agency</source>
        <translation>&amp;Agencia</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="172"/>
        <source>&amp;Inspections and findings ({n})</source>
        <translation>&amp;Inspecciones y hallazgos ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="175"/>
        <source>&amp;Corrective actions ({n} open, {m} overdue)</source>
        <translation>&amp;Medidas correctivas ({n} abiertas, {m} vencidas)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="177"/>
        <source>&amp;Corrective actions ({n} open)</source>
        <translation>&amp;Medidas correctivas ({n} abiertas)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="179"/>
        <source>Com&amp;plaints ({n})</source>
        <translation>&amp;Quejas ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="187"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="204"/>
        <source>This agency could not be shown.</source>
        <translation>No se ha podido mostrar esta agencia.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="215"/>
        <source>no expiry date recorded</source>
        <translation>sin fecha de vencimiento registrada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/agency_detail.py" line="219"/>
        <source>valid {start} to {end}, expired %n days ago</source>
        <translation>
            <numerusform>válida del {start} al {end}, caducó hace %n día</numerusform>
            <numerusform>válida del {start} al {end}, caducó hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/agency_detail.py" line="221"/>
        <source>valid {start} to {end}, expires in %n days</source>
        <translation>
            <numerusform>válida del {start} al {end}, caduca en %n día</numerusform>
            <numerusform>válida del {start} al {end}, caduca en %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="227"/>
        <source>Licence {number} · {status} · {validity}</source>
        <translation>Licencia {number} · {status} · {validity}</translation>
    </message>
</context>
<context>
    <name>AgencyFacts</name>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="42"/>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="43"/>
        <source>City:</source>
        <translation>Ciudad:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="44"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="45"/>
        <source>Responsible person:</source>
        <translation>Persona responsable:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="46"/>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="47"/>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="48"/>
        <source>Destination countries:</source>
        <translation>Países de destino:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="49"/>
        <source>Sectors:</source>
        <translation>Sectores:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="59"/>
        <source>Branch</source>
        <translation>Sucursal</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="59"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="59"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="59"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="64"/>
        <source>Sub-agent</source>
        <translation>Subagente</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="64"/>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="64"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="93"/>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="105"/>
        <source>Branches ({n})</source>
        <translation>Sucursales ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="107"/>
        <source>Branches: none recorded</source>
        <translation>Sucursales: ninguna registrada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="110"/>
        <source>Sub-agents ({n})</source>
        <translation>Subagentes ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="112"/>
        <source>Sub-agents: none recorded</source>
        <translation>Subagentes: ninguno registrado</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="120"/>
        <source>Risk: not assessed</source>
        <translation>Riesgo: sin evaluar</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="127"/>
        <source>Risk: {band}</source>
        <translation>Riesgo: {band}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="143"/>
        <source>No completed inspection yet: the risk level comes from the findings of completed inspections.</source>
        <translation>Aún no hay ninguna inspección completada: el nivel de riesgo se deriva de los hallazgos de las inspecciones completadas.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="152"/>
        <source>Last completed inspection {ref} on {date}: {band}, {points} points.</source>
        <translation>Última inspección completada {ref}, del {date}: {band}, {points} puntos.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="162"/>
        <source>Demerits since {start} ({months} months; inspections counted: {n}): {demerits}, which means {standing} (12 or more: surveillance; 24 or more: suspension or revocation).</source>
        <translation>Deméritos desde el {start} ({months} meses, {n} inspecciones contadas): {demerits}, es decir, {standing} (12 o más: vigilancia; 24 o más: suspensión o revocación).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="175"/>
        <source>The demerits raise the risk to {band}.</source>
        <translation>Los deméritos elevan el riesgo al nivel {band}.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="182"/>
        <source>Not counted in the band: overdue corrective actions {actions}, complaints awaiting action {complaints}.</source>
        <translation>No computan en el nivel: medidas correctivas vencidas {actions}, quejas pendientes de actuación {complaints}.</translation>
    </message>
</context>
<context>
    <name>AgencyFormDialog</name>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="79"/>
        <source>New agency</source>
        <translation>Nueva agencia</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="79"/>
        <source>Edit agency</source>
        <translation>Editar la agencia</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="82"/>
        <source>Not re&amp;gistered: a recruiter with no licence</source>
        <translation>No re&amp;gistrado: un reclutador sin licencia</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="91"/>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="92"/>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="96"/>
        <source>two letters, such as NP or PH</source>
        <translation>dos letras, como NP o PH</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="103"/>
        <source>two-letter codes, separated by commas</source>
        <translation>códigos de dos letras, separados por comas</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="105"/>
        <source>separated by commas</source>
        <translation>separados por comas</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="123"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="125"/>
        <source>&amp;Licence number:</source>
        <translation>Número de &amp;licencia:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="126"/>
        <source>Licence stat&amp;us:</source>
        <translation>&amp;Estado de la licencia:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="130"/>
        <source>Licence valid:</source>
        <translation>Licencia válida:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="131"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="132"/>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="133"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="134"/>
        <source>&amp;Responsible person:</source>
        <translation>Persona &amp;responsable:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="135"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="136"/>
        <source>&amp;Email:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="137"/>
        <source>&amp;Destination countries:</source>
        <translation>Países de de&amp;stino:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="138"/>
        <source>Sec&amp;tors:</source>
        <translation>Se&amp;ctores:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="153"/>
        <source>given by the app</source>
        <translation>asignado por la aplicación</translation>
    </message>
</context>
<context>
    <name>AgencyHistory</name>
    <message>
        <location filename="../../inspector/gui/agency_lists.py" line="81"/>
        <source>{status}, amended by {ref}</source>
        <translation>{status}, modificada por {ref}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_lists.py" line="91"/>
        <source>(not completed)</source>
        <translation>(no completada)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_lists.py" line="102"/>
        <source>{severity}: {title}</source>
        <translation>{severity}: {title}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_lists.py" line="106"/>
        <source>{finding} ({standard})</source>
        <translation>{finding} ({standard})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_lists.py" line="110"/>
        <source>{finding} - dropped</source>
        <translation>{finding} - descartado</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_lists.py" line="122"/>
        <source>No findings</source>
        <translation>Sin hallazgos</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_lists.py" line="128"/>
        <source>Not inspected yet.</source>
        <translation>Aún no inspeccionada.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_lists.py" line="149"/>
        <source>No open corrective actions.</source>
        <translation>No hay medidas correctivas abiertas.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_lists.py" line="159"/>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_lists.py" line="169"/>
        <source>No complaints name this agency.</source>
        <translation>Ninguna queja menciona esta agencia.</translation>
    </message>
</context>
<context>
    <name>AgencyPicker</name>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="50"/>
        <source>Type a name, licence number or town</source>
        <translation>Escriba un nombre, un número de licencia o una localidad</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="128"/>
        <source>{name} - licence {licence} ({place})</source>
        <translation>{name} - licencia {licence} ({place})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="160"/>
        <source>Registered agency: {name}</source>
        <translation>Agencia registrada: {name}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="164"/>
        <source>Pick the agency from the registry, or type the name the complainant gave if it is not registered.</source>
        <translation>Elija la agencia del registro o escriba el nombre que dio el denunciante si no está registrada.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="167"/>
        <source>Type to search the registry, then pick the agency.</source>
        <translation>Escriba para buscar en el registro y luego elija la agencia.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="172"/>
        <source>Not found in the registry: recorded as the name the complainant gave.</source>
        <translation>No figura en el registro: se registra con el nombre que dio el denunciante.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="174"/>
        <source>No registered agency matches these words.</source>
        <translation>Ninguna agencia registrada coincide con estas palabras.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="179"/>
        <source>Not picked from the registry: recorded as the name the complainant gave. Pick from the list to link a registered agency.</source>
        <translation>No elegida del registro: se registra con el nombre que dio el denunciante. Elija de la lista para vincular una agencia registrada.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="182"/>
        <source>Pick the agency from the list.</source>
        <translation>Elija la agencia de la lista.</translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <location filename="../../inspector/gui/agency_model.py" line="221"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_model.py" line="222"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_model.py" line="223"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_model.py" line="224"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_model.py" line="225"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_model.py" line="226"/>
        <source>Licence expires</source>
        <translation>Fin de licencia</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_model.py" line="229"/>
        <source>Click to sort by this column; click again to reverse.</source>
        <translation>Haga clic para ordenar por esta columna; vuelva a hacer clic para invertir el orden.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_model.py" line="238"/>
        <source>(removed)</source>
        <translation>(eliminada)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/agency_model.py" line="274"/>
        <source>Expired %n days ago</source>
        <translation>
            <numerusform>Caducó hace %n día</numerusform>
            <numerusform>Caducó hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/agency_model.py" line="275"/>
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Caduca en %n día</numerusform>
            <numerusform>Caduca en %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentStartDialog</name>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="187"/>
        <source>Start an assigned inspection</source>
        <translation>Iniciar una inspección asignada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="195"/>
        <source>Names, separated by commas</source>
        <translation>Nombres, separados por comas</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="196"/>
        <source>&amp;Announced visit</source>
        <translation>Visita an&amp;unciada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="202"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="209"/>
        <source>{licence}: not in this laptop&apos;s registry yet; sync first.</source>
        <translation>{licence}: todavía no está en el registro de este portátil; sincronice primero.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="218"/>
        <source>Agency:</source>
        <translation>Agencia:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="219"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="220"/>
        <source>Due:</source>
        <translation>Vencimiento:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="221"/>
        <source>Checklist:</source>
        <translation>Lista de verificación:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="222"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="223"/>
        <source>&amp;Team:</source>
        <translation>&amp;Equipo:</translation>
    </message>
</context>
<context>
    <name>AssignmentsPanel</name>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="63"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="64"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="65"/>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="66"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="67"/>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="68"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="76"/>
        <source>Start from &amp;assignment…</source>
        <translation>Iniciar desde la &amp;asignación…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="78"/>
        <source>Start the inspection the selected assignment asks for (Enter or a double-click too)</source>
        <translation>Iniciar la inspección que pide la asignación elegida (también con Intro o un doble clic)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="82"/>
        <source>Assigned by your authority; they come down with each sync.</source>
        <translation>Asignadas por su autoridad; llegan con cada sincronización.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="127"/>
        <source>{licence} (not in the registry yet)</source>
        <translation>{licence} (todavía no está en el registro)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="153"/>
        <source>Assigned to you ({n})</source>
        <translation>Asignadas a usted ({n})</translation>
    </message>
</context>
<context>
    <name>CaptionDialog</name>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="83"/>
        <source>Edit caption</source>
        <translation>Editar la leyenda</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="86"/>
        <source>Caption for {name}:</source>
        <translation>Leyenda de {name}:</translation>
    </message>
</context>
<context>
    <name>CaptionsDialog</name>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="37"/>
        <source>Captions</source>
        <translation>Leyendas</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="43"/>
        <source>Caption for {name}:</source>
        <translation>Leyenda de {name}:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="48"/>
        <source>optional: what it shows, where it was taken</source>
        <translation>opcional: qué muestra, dónde se tomó</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="59"/>
        <source>&amp;Attach</source>
        <translation>&amp;Adjuntar</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="65"/>
        <source>Each file gets its own caption; the report prints it under the file.</source>
        <translation>Cada archivo tiene su propia leyenda; el informe la imprime debajo del archivo.</translation>
    </message>
</context>
<context>
    <name>ChoiceButtons</name>
    <message>
        <location filename="../../inspector/gui/editor/questions.py" line="112"/>
        <source>Clear the answer</source>
        <translation>Borrar la respuesta</translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <location filename="../../inspector/gui/editor/questions.py" line="170"/>
        <source>{choice} (no longer offered)</source>
        <translation>{choice} (ya no se ofrece)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/questions.py" line="176"/>
        <source>(not answered)</source>
        <translation>(sin respuesta)</translation>
    </message>
</context>
<context>
    <name>ComplaintActions</name>
    <message>
        <location filename="../../inspector/gui/complaint_actions.py" line="47"/>
        <location filename="../../inspector/gui/complaint_actions.py" line="60"/>
        <source>Start inspection</source>
        <translation>Iniciar inspección</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_actions.py" line="48"/>
        <source>Complaint {reference} is about “{name}”, which is not linked to a registered agency. An inspection needs one.</source>
        <translation>La queja {reference} se refiere a «{name}», que no está vinculada a una agencia registrada. Una inspección la necesita.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_actions.py" line="51"/>
        <source>Link the complaint to an agency from the registry now?</source>
        <translation>¿Vincular ahora la queja a una agencia del registro?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_actions.py" line="52"/>
        <source>&amp;Link to agency…</source>
        <translation>&amp;Vincular a una agencia…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_actions.py" line="61"/>
        <source>Inspection {reference} was already started from this complaint and is not finished.</source>
        <translation>La inspección {reference} ya se inició a partir de esta queja y no ha terminado.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_actions.py" line="63"/>
        <source>Start another inspection anyway?</source>
        <translation>¿Iniciar otra inspección de todos modos?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_actions.py" line="64"/>
        <source>&amp;Start another</source>
        <translation>&amp;Iniciar otra</translation>
    </message>
</context>
<context>
    <name>ComplaintDetailView</name>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="69"/>
        <source>Select a complaint to see it here.</source>
        <translation>Seleccione una queja para verla aquí.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="99"/>
        <source>S&amp;tart inspection</source>
        <translation>&amp;Iniciar inspección</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="101"/>
        <location filename="../../inspector/gui/complaint_detail.py" line="159"/>
        <source>&amp;Link to agency…</source>
        <translation>&amp;Vincular a una agencia…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="103"/>
        <source>&amp;Refer…</source>
        <translation>&amp;Remitir…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="80"/>
        <location filename="../../inspector/gui/complaint_detail.py" line="303"/>
        <source>Show &amp;identity</source>
        <translation>Mostrar i&amp;dentidad</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="246"/>
        <source>Complaint {reference}</source>
        <translation>Queja {reference}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="172"/>
        <source>Trafficking or forced labour indicators</source>
        <translation>Indicios de trata o trabajo forzoso</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="149"/>
        <source>Complainant: code {code}</source>
        <translation>Denunciante: código {code}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="174"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="177"/>
        <source>{name} (licence {licence})</source>
        <translation>{name} (licencia {licence})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="185"/>
        <source>Named by the complainant as: {name}</source>
        <translation>Nombrada por el denunciante como: {name}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="191"/>
        <source>{name} - not linked to the registry</source>
        <translation>{name} - no vinculada al registro</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="229"/>
        <source>Yes: the identity may go to the regulator in the country of origin</source>
        <translation>Sí: la identidad puede comunicarse a la autoridad reguladora del país de origen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="231"/>
        <source>No: share the facts and the complaint code only</source>
        <translation>No: compartir solo los hechos y el código de la queja</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="236"/>
        <source>Not referred yet</source>
        <translation>Aún no remitida</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="150"/>
        <source>(no identity kept)</source>
        <translation>(no se conserva la identidad)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="155"/>
        <source>Re&amp;open</source>
        <translation>Re&amp;abrir</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="155"/>
        <source>&amp;Close complaint</source>
        <translation>&amp;Cerrar queja</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="159"/>
        <source>Change &amp;linked agency…</source>
        <translation>Cambiar agencia &amp;vinculada…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="181"/>
        <source>Open agency</source>
        <translation>Abrir agencia</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="194"/>
        <source>At the consulate</source>
        <translation>En el consulado</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="197"/>
        <source>{body}: {status}, since {date}</source>
        <translation>{body}: {status}, desde el {date}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="202"/>
        <source>(identity shared)</source>
        <translation>(identidad comunicada)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="211"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="212"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="213"/>
        <source>Received how</source>
        <translation>Vía de recepción</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="214"/>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="215"/>
        <source>Sub-agent</source>
        <translation>Subagente</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="216"/>
        <source>Employer</source>
        <translation>Empleador</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="218"/>
        <source>Corridor</source>
        <translation>Corredor</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="223"/>
        <source>Allegations</source>
        <translation>Alegaciones</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="227"/>
        <source>Consent to share</source>
        <translation>Consentimiento para compartir</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="235"/>
        <source>Referrals</source>
        <translation>Remisiones</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="240"/>
        <source>Inspections</source>
        <translation>Inspecciones</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="252"/>
        <source>What happened</source>
        <translation>Lo que ocurrió</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="280"/>
        <source>No identity is kept for this complaint.</source>
        <translation>No se conserva ninguna identidad para esta queja.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="283"/>
        <source>Name: {value}</source>
        <translation>Nombre: {value}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="286"/>
        <source>Contact: {value}</source>
        <translation>Contacto: {value}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="289"/>
        <source>Document: {value}</source>
        <translation>Documento: {value}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="292"/>
        <source>Confidential: never share without the complainant&apos;s consent.</source>
        <translation>Confidencial: no comunicar nunca sin el consentimiento del denunciante.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="296"/>
        <source>Hide &amp;identity</source>
        <translation>Ocultar i&amp;dentidad</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="72"/>
        <source>New complaint</source>
        <translation>Nueva queja</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="76"/>
        <source>Record what the complainant tells you. The complaint gets a code; the complainant&apos;s name never goes into it.</source>
        <translation>Registre lo que le cuenta el denunciante. La queja recibe un código; el nombre del denunciante nunca figura en ella.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="98"/>
        <source>&amp;Save complaint</source>
        <translation>&amp;Guardar queja</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="112"/>
        <source>Agency, sub-agent and employer</source>
        <translation>Agencia, subagente y empleador</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="116"/>
        <source>Name or description, and where they operate</source>
        <translation>Nombre o descripción, y dónde opera</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="120"/>
        <source>A business name; for a household employer, only the town</source>
        <translation>Un nombre comercial; para un empleador doméstico, solo la localidad</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="127"/>
        <source>&amp;Agency:</source>
        <translation>&amp;Agencia:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="128"/>
        <source>Sub-agent or &amp;broker:</source>
        <translation>Subagente o &amp;intermediario:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="129"/>
        <source>&amp;Employer abroad:</source>
        <translation>&amp;Empleador en el extranjero:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="130"/>
        <source>Received &amp;how:</source>
        <translation>&amp;Vía de recepción:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="134"/>
        <source>Migration corridor</source>
        <translation>Corredor migratorio</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="138"/>
        <source>Country of &amp;origin:</source>
        <translation>País de &amp;origen:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="141"/>
        <source>&amp;Destination country:</source>
        <translation>País de &amp;destino:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="144"/>
        <source>Two-letter ISO codes, e.g. NP, PH, ET; AE, MY, SA.</source>
        <translation>Códigos ISO de dos letras, p. ej., NP, PH, ET; AE, MY, SA.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="148"/>
        <source>Allegations (tick each that applies)</source>
        <translation>Alegaciones (marque todas las que correspondan)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="160"/>
        <source>What happened</source>
        <translation>Lo que ocurrió</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="166"/>
        <source>&amp;Urgent: act within a week</source>
        <translation>&amp;Urgente: actuar en una semana</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="168"/>
        <source>Indicators of &amp;trafficking or forced labour</source>
        <translation>Indicios de &amp;trata o trabajo forzoso</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="172"/>
        <source>Evidence (receipts, contracts, messages, photos) cannot be attached to a complaint yet. Say in the summary what the complainant showed you; keep copies only with their agreement.</source>
        <translation>Todavía no se pueden adjuntar pruebas (recibos, contratos, mensajes, fotos) a una queja. Indique en el resumen lo que le mostró el denunciante; guarde copias solo con su consentimiento.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="177"/>
        <source>Su&amp;mmary (required):</source>
        <translation>&amp;Resumen (obligatorio):</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="216"/>
        <source>Contact (&amp;phone, e-mail):</source>
        <translation>Contacto (teléfono, &amp;correo electrónico):</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="217"/>
        <source>Passport or &amp;ID number:</source>
        <translation>Número de &amp;pasaporte o documento de identidad:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="188"/>
        <source>Complainant identity - confidential, optional</source>
        <translation>Identidad del denunciante - confidencial, opcional</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="197"/>
        <source>Kept only on this laptop, encrypted, apart from the complaint. Never synced, exported or put in a report. Leave empty unless you need to contact the complainant again.</source>
        <translation>Se guarda solo en este portátil, cifrada y separada de la queja. Nunca se sincroniza, exporta ni incluye en un informe. Déjelo vacío salvo que necesite volver a contactar con el denunciante.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="204"/>
        <source>The complainant &amp;consents to their identity being shared with the regulator in the country of origin</source>
        <translation>El denunciante con&amp;siente en que su identidad se comunique a la autoridad reguladora del país de origen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="215"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="267"/>
        <source>Agency: pick a registered agency, or type the name the complainant gave.</source>
        <translation>Agencia: elija una agencia registrada o escriba el nombre que dio el denunciante.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="273"/>
        <source>Country of origin: enter a two-letter ISO code such as NP.</source>
        <translation>País de origen: introduzca un código ISO de dos letras, como NP.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="278"/>
        <source>Destination country: enter a two-letter ISO code such as QA.</source>
        <translation>País de destino: introduzca un código ISO de dos letras, como QA.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="283"/>
        <source>Destination country: it must differ from the country of origin.</source>
        <translation>País de destino: debe ser distinto del país de origen.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="288"/>
        <source>Allegations: tick at least one.</source>
        <translation>Alegaciones: marque al menos una.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="292"/>
        <source>Summary: describe what happened; it is required.</source>
        <translation>Resumen: describa lo que ocurrió; es obligatorio.</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <location filename="../../inspector/gui/complaint_table.py" line="29"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_table.py" line="30"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_table.py" line="31"/>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_table.py" line="32"/>
        <source>Corridor</source>
        <translation>Corredor</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_table.py" line="33"/>
        <source>Allegations</source>
        <translation>Alegaciones</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_table.py" line="34"/>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_table.py" line="35"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_table.py" line="83"/>
        <source>Not linked to a registered agency</source>
        <translation>No vinculada a una agencia registrada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_table.py" line="100"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_table.py" line="102"/>
        <source>Trafficking</source>
        <translation>Trata</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../inspector/gui/complaints.py" line="60"/>
        <location filename="../../inspector/gui/complaints.py" line="272"/>
        <source>Complaints</source>
        <translation>Quejas</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaints.py" line="64"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaints.py" line="67"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaints.py" line="71"/>
        <source>&amp;New complaint…</source>
        <translation>&amp;Nueva queja…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaints.py" line="98"/>
        <source>No complaints here yet. Use “New complaint…” to record one.</source>
        <translation>Todavía no hay quejas. Use «Nueva queja…» para registrar una.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaints.py" line="198"/>
        <source>the newest {n} shown</source>
        <translation>se muestran las {n} más recientes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaints.py" line="200"/>
        <source>{n} shown</source>
        <translation>{n} mostradas</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="75"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="75"/>
        <source>Found</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="82"/>
        <source>This laptop&apos;s version</source>
        <translation>Versión de este portátil</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="86"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="86"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="92"/>
        <source>The server&apos;s answer</source>
        <translation>La respuesta del servidor</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="109"/>
        <source>Keep &amp;this laptop&apos;s version</source>
        <translation>Conservar la versión de es&amp;te portátil</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="112"/>
        <source>It goes up again at the next sync, as a new revision over the server&apos;s.</source>
        <translation>Se envía de nuevo en la próxima sincronización, como una nueva revisión sobre la del servidor.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="114"/>
        <source>Keep the &amp;server&apos;s version</source>
        <translation>Conservar la versión del &amp;servidor</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="117"/>
        <source>The server&apos;s version stands; your next change to the record is sent over it.</source>
        <translation>Se mantiene la versión del servidor; su próximo cambio del registro se envía sobre ella.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="126"/>
        <source>No conflict to resolve.</source>
        <translation>No hay conflictos que resolver.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="175"/>
        <source>This laptop&apos;s version (revision {n})</source>
        <translation>Versión de este portátil (revisión {n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="184"/>
        <source>The server holds revision {n} of this record.</source>
        <translation>El servidor tiene la revisión {n} de este registro.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="186"/>
        <source>The server holds another version of this record.</source>
        <translation>El servidor tiene otra versión de este registro.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="192"/>
        <source>Its answer: {reason}</source>
        <translation>Su respuesta: {reason}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="194"/>
        <source>Both versions are kept until you choose. Keep this laptop&apos;s version if yours is the one that stands; keep the server&apos;s if someone else&apos;s change should stand.</source>
        <translation>Se conservan ambas versiones hasta que usted elija. Conserve la versión de este portátil si la suya es la válida; conserve la del servidor si debe prevalecer el cambio de otra persona.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="119"/>
        <location filename="../../inspector/gui/dashboard.py" line="132"/>
        <location filename="../../inspector/gui/dashboard.py" line="150"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="120"/>
        <location filename="../../inspector/gui/dashboard.py" line="132"/>
        <location filename="../../inspector/gui/dashboard.py" line="142"/>
        <location filename="../../inspector/gui/dashboard.py" line="150"/>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="121"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="122"/>
        <source>Started or planned</source>
        <translation>Iniciada o prevista</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="126"/>
        <source>No inspection in progress. Start one from an agency&apos;s page (Agencies, Ctrl+2) or from the Inspections page (Ctrl+3).</source>
        <translation>No hay ninguna inspección en curso. Inicie una desde la página de una agencia (Agencias, Ctrl+2) o desde la página Inspecciones (Ctrl+3).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="132"/>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="132"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="134"/>
        <source>Every completed inspection is locked and reported.</source>
        <translation>Todas las inspecciones completadas están bloqueadas y tienen su informe.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="139"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="140"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="141"/>
        <source>Corrective action</source>
        <translation>Medida correctiva</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="143"/>
        <source>Inspection</source>
        <translation>Inspección</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="146"/>
        <source>No corrective action is due in the next two weeks, and none is overdue.</source>
        <translation>Ninguna medida correctiva vence en las próximas dos semanas y ninguna está vencida.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="150"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="150"/>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="152"/>
        <source>No complaint is waiting for action.</source>
        <translation>Ninguna queja está pendiente de actuación.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="175"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="177"/>
        <source>Load the lists again (F5)</source>
        <translation>Volver a cargar las listas (F5)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="243"/>
        <source>In &amp;progress ({n})</source>
        <translation>&amp;En curso ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="246"/>
        <source>To &amp;lock or report ({n})</source>
        <translation>Pendientes de &amp;bloqueo o informe ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="252"/>
        <source>Corrective actions &amp;due within 14 days or overdue ({n}; {m} overdue)</source>
        <translation>&amp;Medidas correctivas que vencen en 14 días o vencidas ({n}; {m} vencidas)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="257"/>
        <source>Corrective actions &amp;due within 14 days or overdue ({n})</source>
        <translation>&amp;Medidas correctivas que vencen en 14 días o vencidas ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="260"/>
        <source>Complaints a&amp;waiting action ({n})</source>
        <translation>&amp;Quejas pendientes de actuación ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="277"/>
        <source>As of {date}; last backup: {backup}. Enter or a double-click opens the item.</source>
        <translation>A {date}; última copia de seguridad: {backup}. Intro o un doble clic abre el elemento.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="280"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/dashboard.py" line="288"/>
        <source>Changes made since {date} are in no backup yet (%n days). Back up the vault to a USB stick or another disk: Data, Back up now. The backup is encrypted like the vault.</source>
        <translation>
            <numerusform>Los cambios hechos desde el {date} no están en ninguna copia de seguridad (%n día). Haga una copia de la bóveda en una memoria USB u otro disco: Datos, Hacer copia ahora. La copia está cifrada como la bóveda.</numerusform>
            <numerusform>Los cambios hechos desde el {date} no están en ninguna copia de seguridad (%n días). Haga una copia de la bóveda en una memoria USB u otro disco: Datos, Hacer copia ahora. La copia está cifrada como la bóveda.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="314"/>
        <source>Lock, then report</source>
        <translation>Bloquear y luego hacer el informe</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="316"/>
        <source>Build the report</source>
        <translation>Elaborar el informe</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="348"/>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="350"/>
        <source>trafficking indicators</source>
        <translation>indicios de trata</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="353"/>
        <source>{name} (not registered)</source>
        <translation>{name} (no registrada)</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="88"/>
        <source>Showing the first {shown} of {total}.</source>
        <translation>Se muestran los primeros {shown} de {total}.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="47"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="86"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="90"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia ahora…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="92"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="106"/>
        <source>A backup is a copy of the whole vault, still encrypted: it opens with your passphrase or recovery key. Keep it on a drive you keep apart from the laptop.</source>
        <translation>Una copia de seguridad es una copia de toda la bóveda, aún cifrada: se abre con su frase de contraseña o su clave de recuperación. Guárdela en un disco que esté separado del portátil.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="122"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="131"/>
        <source>&amp;Export to a folder…</source>
        <translation>&amp;Exportar a una carpeta…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="144"/>
        <source>Inspections, findings, corrective actions and complaints, for a spreadsheet or another vault (JSON).</source>
        <translation>Inspecciones, hallazgos, medidas correctivas y quejas, para una hoja de cálculo u otra bóveda (JSON).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="157"/>
        <source>Evidence package</source>
        <translation>Paquete de pruebas</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="164"/>
        <source>Save evidence &amp;package…</source>
        <translation>Guardar el &amp;paquete de pruebas…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="167"/>
        <source>I&amp;nspection:</source>
        <translation>I&amp;nspección:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="226"/>
        <source>This vault has never been backed up.</source>
        <translation>Esta bóveda nunca se ha copiado.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="228"/>
        <source>Last backup: {when}.</source>
        <translation>Última copia: {when}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_page.py" line="233"/>
        <source>Changes made %n days ago are in no backup yet.</source>
        <translation>
            <numerusform>Hay cambios de hace %n día que aún no están en ninguna copia.</numerusform>
            <numerusform>Hay cambios de hace %n días que aún no están en ninguna copia.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="341"/>
        <source>Choose another folder: this one holds the vault that is open now, and a restore never overwrites it. Restore into an empty folder; with the app closed, that folder can then take this one&apos;s place.</source>
        <translation>Elija otra carpeta: esta contiene la bóveda abierta ahora, y una restauración nunca la sobrescribe. Restaure en una carpeta vacía; con la aplicación cerrada, esa carpeta podrá ocupar el lugar de esta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_page.py" line="408"/>
        <source>Exported %n records into {folder}.</source>
        <translation>
            <numerusform>%n registro exportado a {folder}.</numerusform>
            <numerusform>%n registros exportados a {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_page.py" line="453"/>
        <source>Evidence package of {reference} saved to {path}, with %n attachments.</source>
        <translation>
            <numerusform>Paquete de pruebas de {reference} guardado en {path}, con %n adjunto.</numerusform>
            <numerusform>Paquete de pruebas de {reference} guardado en {path}, con %n adjuntos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="264"/>
        <source>Back up the vault</source>
        <translation>Hacer copia de la bóveda</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="128"/>
        <source>Include confidential &amp;data (worker interviews, complainants&apos; identities)</source>
        <translation>Incluir datos confidencia&amp;les (entrevistas, identidad de los denunciantes)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="134"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="161"/>
        <source>For the au&amp;thority (internal report, all files)</source>
        <translation>Para la autori&amp;dad (informe interno, todos los archivos)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="176"/>
        <source>The signed report, every attachment and a signed manifest, in one file: anyone can check that nothing in it changed after signing.</source>
        <translation>El informe firmado, cada archivo adjunto y un manifiesto firmado, en un solo archivo: cualquiera puede comprobar que nada cambió después de la firma.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="266"/>
        <location filename="../../inspector/gui/data_page.py" line="314"/>
        <source>Backups (*.zip)</source>
        <translation>Copias de seguridad (*.zip)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="280"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="298"/>
        <source>Backup written to {path} ({size} MB).</source>
        <translation>Copia escrita en {path} ({size} MB).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="314"/>
        <location filename="../../inspector/gui/data_page.py" line="325"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="319"/>
        <source>Restore into an empty folder</source>
        <translation>Restaurar en una carpeta vacía</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="326"/>
        <source>The passphrase the vault had when it was backed up:</source>
        <translation>La frase de contraseña que tenía la bóveda al hacer la copia:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="348"/>
        <source>Checking and restoring the backup…</source>
        <translation>Comprobando y restaurando la copia…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="354"/>
        <source>Restored into {folder}. Open it by starting Field Inspector with --vault &quot;{folder}&quot;.</source>
        <translation>Restaurada en {folder}. Ábrala iniciando Field Inspector con --vault &quot;{folder}&quot;.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="367"/>
        <source>Confidential data</source>
        <translation>Datos confidenciales</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="370"/>
        <source>The export will hold what workers said in interviews and who the complainants are, in clear. Keep it on an encrypted drive, give it only to people entitled to see it, and delete it when done. Include it?</source>
        <translation>La exportación contendrá en claro lo que dijeron los trabajadores en las entrevistas y la identidad de los denunciantes. Guárdela en un disco cifrado, entréguela solo a personas autorizadas y bórrela después. ¿Incluirlo?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="390"/>
        <source>Export into a folder</source>
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="401"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="430"/>
        <source>Save the evidence package</source>
        <translation>Guardar el paquete de pruebas</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="432"/>
        <source>Evidence packages (*.zip)</source>
        <translation>Paquetes de pruebas (*.zip)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="447"/>
        <source>Making the evidence package…</source>
        <translation>Preparando el paquete de pruebas…</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../inspector/gui/editor/questions.py" line="379"/>
        <source>(not answered)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/questions.py" line="385"/>
        <source>Clear the date</source>
        <translation>Borrar la fecha</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="89"/>
        <source>A&amp;ttach files…</source>
        <translation>Ad&amp;juntar archivos…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="92"/>
        <source>Edit capt&amp;ion…</source>
        <translation>Editar la le&amp;yenda…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="95"/>
        <source>Lin&amp;k to finding…</source>
        <translation>Vincular a un &amp;hallazgo…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="98"/>
        <source>R&amp;emove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="101"/>
        <source>or drop files here; double-click a file to see it</source>
        <translation>o suelte los archivos aquí; haga doble clic en un archivo para verlo</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="133"/>
        <source>Supports the finding: {title}</source>
        <translation>Respalda el hallazgo: {title}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="155"/>
        <source>Attach evidence</source>
        <translation>Adjuntar pruebas</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="157"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.heic *.tif *.tiff);;All files (*)</source>
        <translation>Fotos y documentos (*.jpg *.jpeg *.png *.pdf *.heic *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="208"/>
        <source>Remove file</source>
        <translation>Quitar el archivo</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="209"/>
        <source>Remove {name} from this inspection?</source>
        <translation>¿Quitar {name} de esta inspección?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="211"/>
        <source>It leaves the inspection, its answers and its report; this cannot be undone.</source>
        <translation>Sale de la inspección, de sus respuestas y de su informe; no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="213"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="131"/>
        <location filename="../../inspector/gui/editor/findings.py" line="169"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="131"/>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="145"/>
        <source>&amp;Override…</source>
        <translation>Modi&amp;ficar…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="148"/>
        <source>Add fi&amp;nding…</source>
        <translation>Añadir ha&amp;llazgo…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="155"/>
        <source>No findings yet: they appear as answers reveal a breach.</source>
        <translation>Aún no hay hallazgos: aparecen cuando las respuestas revelan un incumplimiento.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="183"/>
        <source> (dropped)</source>
        <translation> (descartado)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="188"/>
        <source>Standard: {standard}</source>
        <translation>Norma: {standard}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="190"/>
        <source>Rule {rule}: {because}</source>
        <translation>Regla {rule}: {because}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="193"/>
        <source>Overridden: {reason}</source>
        <translation>Modificado: {reason}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="196"/>
        <source>Action by {date} ({status}): {action}</source>
        <translation>Medida para el {date} ({status}): {action}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="56"/>
        <source>Verify a corrective action</source>
        <translation>Verificar una medida correctiva</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="56"/>
        <source>Corrective action done</source>
        <translation>Medida correctiva realizada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="70"/>
        <source>How it was checked: a visit, documents seen, workers asked…</source>
        <translation>Cómo se comprobó: una visita, documentos vistos, trabajadores consultados…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="72"/>
        <source>The proof the agency gave: receipts, a new contract, a photo…</source>
        <translation>La prueba que dio la agencia: recibos, un contrato nuevo, una foto…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="84"/>
        <source>Mark &amp;verified</source>
        <translation>Marcar como &amp;verificada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="84"/>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;realizada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="89"/>
        <source>Verified &amp;on:</source>
        <translation>Verificada &amp;el:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="89"/>
        <source>Done &amp;on:</source>
        <translation>Realizada &amp;el:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="90"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="217"/>
        <source>◀ &amp;Previous section</source>
        <translation>◀ Sección &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="219"/>
        <source>Previous section (Ctrl+Page Up or Alt+Left)</source>
        <translation>Sección anterior (Ctrl+Re Pág o Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="221"/>
        <source>Ne&amp;xt section ▶</source>
        <translation>Sección &amp;siguiente ▶</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="223"/>
        <source>Next section (Ctrl+Page Down or Alt+Right)</source>
        <translation>Sección siguiente (Ctrl+Av Pág o Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="228"/>
        <source>Go to a section</source>
        <translation>Ir a una sección</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/editor/form_view.py" line="330"/>
        <source>%n entries asked for: remove the ones no longer needed</source>
        <translation>
            <numerusform>%n entrada pedida: quite las que ya no se necesitan</numerusform>
            <numerusform>%n entradas pedidas: quite las que ya no se necesitan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="338"/>
        <source>add at least one</source>
        <translation>añada al menos una entrada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="358"/>
        <source>“{answer}” is no longer one of the choices (an answer above changed them): choose another or clear it.</source>
        <translation>«{answer}» ya no es una de las opciones (una respuesta anterior las cambió): elija otra o borre la respuesta.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="387"/>
        <source>{missing} required answers missing, {invalid} invalid</source>
        <translation>{missing} respuestas obligatorias sin responder, {invalid} no válidas</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../inspector/gui/help.py" line="82"/>
        <source>Field Inspector user guide</source>
        <translation>Guía del usuario de Field Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/help.py" line="95"/>
        <source>The user guide is missing from this installation ({path}).</source>
        <translation>Falta la guía del usuario en esta instalación ({path}).</translation>
    </message>
</context>
<context>
    <name>InspectionEditor</name>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="45"/>
        <location filename="../../inspector/gui/editor/editor.py" line="106"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="56"/>
        <source>Co&amp;mplete</source>
        <translation>Co&amp;mpletar</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="59"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="62"/>
        <source>Signed &amp;report…</source>
        <translation>&amp;Informe firmado…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="65"/>
        <source>R&amp;eopen…</source>
        <translation>R&amp;eabrir…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="68"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="73"/>
        <source>Add &amp;worker interview…</source>
        <translation>Añadir entrevista &amp;con un trabajador…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="76"/>
        <source>&amp;Back to inspections</source>
        <translation>Volver a i&amp;nspecciones</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="102"/>
        <source>Fin&amp;dings</source>
        <translation>&amp;Hallazgos</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="103"/>
        <source>Inte&amp;rviews</source>
        <translation>En&amp;trevistas</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="104"/>
        <source>Still to answer</source>
        <translation>Falta responder</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="217"/>
        <source>Still to answer ({n})</source>
        <translation>Falta responder ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="311"/>
        <source>Complete the inspection</source>
        <translation>Finalizar la inspección</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="313"/>
        <source>Complete {reference}? Its answers and findings are then fixed: to change anything you reopen it, giving a reason. The next step is Lock, which seals it for good; the signed report follows.</source>
        <translation>¿Finalizar {reference}? Sus respuestas y hallazgos quedan fijados: para cambiar algo hay que reabrirla indicando un motivo. El paso siguiente es Bloquear, que la sella definitivamente; después viene el informe firmado.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="317"/>
        <source>Complete</source>
        <translation>Finalizar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/editor/editor.py" line="352"/>
        <source>Not complete yet: %n answers are missing or invalid. They are listed under “Still to answer”; click one to go to it.</source>
        <translation>
            <numerusform>Aún no está finalizada: falta %n respuesta o no es válida. Aparece en «Falta responder»; haga clic en ella para ir a ella.</numerusform>
            <numerusform>Aún no está finalizada: faltan %n respuestas o no son válidas. Aparecen en «Falta responder»; haga clic en una para ir a ella.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="373"/>
        <source>Lock the inspection</source>
        <translation>Bloquear la inspección</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="375"/>
        <source>Lock {reference}? A locked inspection never changes again: it cannot be reopened, and a correction becomes an amendment. After locking you can make the signed report.</source>
        <translation>¿Bloquear {reference}? Una inspección bloqueada no vuelve a cambiar: no se puede reabrir y una corrección pasa a ser una enmienda. Una vez bloqueada, puede generar el informe firmado.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="379"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="396"/>
        <source>Reopen the inspection</source>
        <translation>Reabrir la inspección</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="398"/>
        <source>Reopen {reference} to change its answers? It goes back to in progress until you complete it again. The reason is kept in the audit trail.</source>
        <translation>¿Reabrir {reference} para cambiar sus respuestas? Vuelve a estar en curso hasta que la finalice de nuevo. El motivo se guarda en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="401"/>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="418"/>
        <source>Delete the inspection</source>
        <translation>Eliminar la inspección</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="420"/>
        <source>Delete {reference} with its answers, findings, files and interviews? This cannot be undone; the deletion and its reason stay in the audit trail.</source>
        <translation>¿Eliminar {reference} con sus respuestas, hallazgos, archivos y entrevistas? No se puede deshacer; la eliminación y su motivo quedan en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="423"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="471"/>
        <source>Building and signing the report…</source>
        <translation>Generando y firmando el informe…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="481"/>
        <source>Signed report saved to {path} ({pages} pages, SHA-256 {digest}).</source>
        <translation>Informe firmado guardado en {path} ({pages} páginas, SHA-256 {digest}).</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="70"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="71"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="72"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="73"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="74"/>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="80"/>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="81"/>
        <source>Routine</source>
        <translation>Ordinaria</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="82"/>
        <source>Complaint-driven</source>
        <translation>Por queja</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="83"/>
        <source>Follow-up</source>
        <translation>De seguimiento</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="88"/>
        <source>Agency name or licence…</source>
        <translation>Nombre o licencia de la agencia…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="89"/>
        <source>Sin&amp;ce</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="95"/>
        <source>&amp;New inspection…</source>
        <translation>&amp;Nueva inspección…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="99"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="114"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="115"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="116"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="117"/>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="118"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="119"/>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/inspections.py" line="188"/>
        <source>%n inspections</source>
        <translation>
            <numerusform>%n inspección</numerusform>
            <numerusform>%n inspecciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="53"/>
        <source>Confidential worker interview</source>
        <translation>Entrevista confidencial con un trabajador</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="63"/>
        <source>&amp;Done</source>
        <translation>&amp;Cerrar la entrevista</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="86"/>
        <source>&amp;Yes, the worker agrees</source>
        <translation>&amp;Sí, el trabajador acepta</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="88"/>
        <source>&amp;No, the worker does not agree</source>
        <translation>&amp;No, el trabajador no acepta</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="93"/>
        <source>&amp;Record consent</source>
        <translation>&amp;Registrar el consentimiento</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="124"/>
        <location filename="../../inspector/gui/editor/interview.py" line="147"/>
        <source>Confidential worker interview {code}</source>
        <translation>Entrevista confidencial con el trabajador {code}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="213"/>
        <source>Attach documents to the inspection, not to the interview.</source>
        <translation>Adjunte los documentos a la inspección, no a la entrevista.</translation>
    </message>
</context>
<context>
    <name>InterviewList</name>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="234"/>
        <source>No worker interviews yet.</source>
        <translation>Aún no hay entrevistas con trabajadores.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="236"/>
        <source>C&amp;ontinue interview…</source>
        <translation>&amp;Reanudar la entrevista…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="252"/>
        <source>{code}: consent refused</source>
        <translation>{code}: consentimiento denegado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/editor/interview.py" line="254"/>
        <source>{code}: unfinished, %n required answers missing</source>
        <translation>
            <numerusform>{code}: sin terminar, falta %n respuesta obligatoria</numerusform>
            <numerusform>{code}: sin terminar, faltan %n respuestas obligatorias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="257"/>
        <source>{code}: consent given, finished</source>
        <translation>{code}: consentimiento dado, terminada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="293"/>
        <source>Unfinished interviews</source>
        <translation>Entrevistas sin terminar</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="296"/>
        <source>Complete &amp;anyway</source>
        <translation>Completar &amp;de todos modos</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="300"/>
        <source>&amp;Go back to the interviews</source>
        <translation>&amp;Volver a las entrevistas</translation>
    </message>
</context>
<context>
    <name>KeptTextDialog</name>
    <message>
        <location filename="../../inspector/gui/kept_text.py" line="86"/>
        <source>Text kept from before the lock</source>
        <translation>Texto conservado de antes del bloqueo</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/kept_text.py" line="90"/>
        <source>The window locked while a dialog was open. It closed, and what you had typed is here: open the dialog again and paste it, or copy it elsewhere. It is gone once this window closes.</source>
        <translation>La ventana se bloqueó con un cuadro de diálogo abierto. Este se cerró, y lo que había escrito está aquí: vuelva a abrir el cuadro de diálogo y péguelo, o cópielo en otro lugar. Desaparece al cerrar esta ventana.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/kept_text.py" line="110"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>LinkAgencyDialog</name>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="197"/>
        <source>Link complaint {reference} to an agency</source>
        <translation>Vincular la queja {reference} a una agencia</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="200"/>
        <source>The complainant named the agency as “{name}”. Find it in the registry:</source>
        <translation>El denunciante nombró la agencia como «{name}». Búsquela en el registro:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="203"/>
        <source>Find the agency in the registry:</source>
        <translation>Busque la agencia en el registro:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="211"/>
        <source>&amp;Link</source>
        <translation>&amp;Vincular</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="116"/>
        <source>Link to a finding</source>
        <translation>Vincular a un hallazgo</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="119"/>
        <source>(no finding)</source>
        <translation>(ningún hallazgo)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="125"/>
        <source>Which finding does {name} support? The report shows it with that finding.</source>
        <translation>¿Qué hallazgo respalda {name}? El informe lo muestra con ese hallazgo.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="140"/>
        <source>This inspection has no finding yet.</source>
        <translation>Esta inspección aún no tiene hallazgos.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="78"/>
        <location filename="../../inspector/gui/main_window.py" line="154"/>
        <source>Field Inspector</source>
        <translation>Field Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="92"/>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="96"/>
        <location filename="../../inspector/gui/main_window.py" line="155"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="196"/>
        <source>Locked after a period without use. Enter your passphrase to continue.</source>
        <translation>Bloqueado tras un periodo sin uso. Introduzca su frase de contraseña para continuar.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="198"/>
        <source>Locked. Enter your passphrase to continue.</source>
        <translation>Bloqueado. Introduzca su frase de contraseña para continuar.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="202"/>
        <source>What you were typing in a dialog is kept and shown again once you unlock.</source>
        <translation>Lo que escribía en un cuadro de diálogo se conserva y se le mostrará de nuevo al desbloquear.</translation>
    </message>
</context>
<context>
    <name>ManualFindingDialog</name>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="332"/>
        <source>Add a finding</source>
        <translation>Añadir un hallazgo</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="356"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="357"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="358"/>
        <source>Standar&amp;d breached:</source>
        <translation>&amp;Norma incumplida:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="359"/>
        <source>&amp;Notes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="360"/>
        <source>Corrective &amp;action:</source>
        <translation>Medida &amp;correctiva:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="361"/>
        <source>D&amp;eadline:</source>
        <translation>&amp;Plazo:</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="293"/>
        <source>Override a finding</source>
        <translation>Modificar un hallazgo</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="299"/>
        <source>&amp;Drop this finding</source>
        <translation>&amp;Descartar este hallazgo</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="306"/>
        <source>Why? The reason is kept with the finding and in the audit trail.</source>
        <translation>¿Por qué? El motivo se guarda con el hallazgo y en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="321"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="323"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motivo (obligatorio):</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="157"/>
        <source>Preview: {name}</source>
        <translation>Vista previa: {name}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="165"/>
        <source>{name} is kept as a document: the app does not show its content.</source>
        <translation>{name} se guarda como documento: la aplicación no muestra su contenido.</translation>
    </message>
</context>
<context>
    <name>ProfileBox</name>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="218"/>
        <source>Inspector&apos;s profile</source>
        <translation>Perfil del inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="221"/>
        <source>Save &amp;the profile</source>
        <translation>&amp;Guardar el perfil</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="254"/>
        <source>Profile saved. New reports carry it.</source>
        <translation>Perfil guardado. Los nuevos informes lo llevan.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="57"/>
        <source>for example: Department of Foreign Employment</source>
        <translation>por ejemplo: Departamento de Empleo en el Extranjero</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="67"/>
        <source>Choose e&amp;mblem…</source>
        <translation>Elegir el e&amp;mblema…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="69"/>
        <source>Remove em&amp;blem</source>
        <translation>&amp;Quitar el emblema</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="96"/>
        <source>&amp;Your name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="97"/>
        <source>A&amp;uthority:</source>
        <translation>A&amp;utoridad:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="98"/>
        <source>Posta&amp;l address:</source>
        <translation>Dirección &amp;postal:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="99"/>
        <source>Emblem:</source>
        <translation>Emblema:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="100"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="102"/>
        <source>Every report&apos;s letterhead shows the authority, its emblem (a PNG or JPEG of at most 1 MB) and the postal address; report times are given in this time zone. Reports are signed in your name as the certificate holds it.</source>
        <translation>El membrete de cada informe muestra la autoridad, su emblema (un PNG o JPEG de 1 MB como máximo) y la dirección postal; las horas del informe se dan en esta zona horaria. Los informes se firman con su nombre tal como figura en el certificado.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="175"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="181"/>
        <source>The authority&apos;s emblem</source>
        <translation>El emblema de la autoridad</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="183"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>QuarantineView</name>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="49"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="49"/>
        <source>The server&apos;s reason</source>
        <translation>El motivo del servidor</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="50"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="61"/>
        <source>Send &amp;again</source>
        <translation>Enviar de &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="64"/>
        <source>Put the record back in the queue, once the cause is fixed (ask your administrator); the next sync sends it.</source>
        <translation>Volver a poner el registro en la cola, una vez corregida la causa (pregunte a su administrador); la próxima sincronización lo envía.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="69"/>
        <source>The server refused these records; every other record went on. Nothing is lost: they stay on this laptop.</source>
        <translation>El servidor rechazó estos registros; todos los demás pasaron. No se pierde nada: siguen en este portátil.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="73"/>
        <source>No record is quarantined.</source>
        <translation>Ningún registro está en cuarentena.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="109"/>
        <source>{record}: {reason}</source>
        <translation>{record}: {reason}</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="115"/>
        <source>Required: answer this question.</source>
        <translation>Obligatorio: responda a esta pregunta.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../inspector/gui/editor/review.py" line="104"/>
        <source>Why? The reason is kept in the audit trail.</source>
        <translation>¿Por qué? El motivo se guarda en el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="40"/>
        <source>Refer complaint {reference}</source>
        <translation>Remitir la queja {reference}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="58"/>
        <source>Share the complainant&apos;s &amp;identity with this body</source>
        <translation>Comunicar la &amp;identidad del denunciante a este organismo</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="61"/>
        <source>The complainant consented to their identity being shared.</source>
        <translation>El denunciante consintió en que se comunique su identidad.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="63"/>
        <source>The complainant did not consent: refer the facts and the complaint code {code} only.</source>
        <translation>El denunciante no dio su consentimiento: remita solo los hechos y el código de la queja {code}.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="73"/>
        <source>Refer &amp;to:</source>
        <translation>&amp;Remitir a:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="74"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="75"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="81"/>
        <source>&amp;Record referral</source>
        <translation>Registrar la re&amp;misión</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="104"/>
        <source>Not referred there yet.</source>
        <translation>Aún no se ha remitido a este organismo.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="110"/>
        <source>Referred there on {date}: choose the new status.</source>
        <translation>Remitida a este organismo el {date}: elija el nuevo estado.</translation>
    </message>
</context>
<context>
    <name>RegistryImportBox</name>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="63"/>
        <source>Import the agency registry</source>
        <translation>Importar el registro de agencias</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="67"/>
        <source>&amp;Choose a CSV or Excel file…</source>
        <translation>Elegir un archivo &amp;CSV o Excel…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="69"/>
        <location filename="../../inspector/gui/data_import.py" line="258"/>
        <source>No file chosen.</source>
        <translation>Ningún archivo elegido.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="80"/>
        <source>&amp;All or nothing: import no row if any is rejected</source>
        <translation>&amp;Todo o nada: no importar ninguna fila si alguna se rechaza</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="98"/>
        <source>First rows of the file:</source>
        <translation>Primeras filas del archivo:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="100"/>
        <source>Rows that will be rejected:</source>
        <translation>Filas que se rechazarán:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="114"/>
        <source>Agency registry</source>
        <translation>Registro de agencias</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="116"/>
        <source>Registry files (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Archivos de registro (*.csv *.xlsx *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="132"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="148"/>
        <location filename="../../inspector/gui/data_import.py" line="152"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="152"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="152"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="165"/>
        <source>{read} ({encoding}): {good}, {rejected}.</source>
        <translation>{read} ({encoding}): {good}, {rejected}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="166"/>
        <source>%n rows read</source>
        <translation>
            <numerusform>%n fila leída</numerusform>
            <numerusform>%n filas leídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="168"/>
        <source>%n good</source>
        <translation>
            <numerusform>%n válida</numerusform>
            <numerusform>%n válidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="169"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="197"/>
        <source>Nothing was imported: %n rows are rejected and &apos;All or nothing&apos; is ticked. Correct the file and choose it again.</source>
        <translation>
            <numerusform>No se importó nada: se rechaza %n fila y «Todo o nada» está marcado. Corrija el archivo y elíjalo de nuevo.</numerusform>
            <numerusform>No se importó nada: se rechazan %n filas y «Todo o nada» está marcado. Corrija el archivo y elíjalo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="224"/>
        <source>Imported: {created}, {updated}, {unchanged}, {rejected}.</source>
        <translation>Importado: {created}, {updated}, {unchanged}, {rejected}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="225"/>
        <source>%n new agencies</source>
        <translation>
            <numerusform>%n agencia nueva</numerusform>
            <numerusform>%n agencias nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="226"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizada</numerusform>
            <numerusform>%n actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="227"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="228"/>
        <source>%n rows rejected</source>
        <translation>
            <numerusform>%n fila rechazada</numerusform>
            <numerusform>%n filas rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="171"/>
        <source>Columns: {columns}</source>
        <translation>Columnas: {columns}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="83"/>
        <source>I&amp;mport</source>
        <translation>I&amp;mportar</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="175"/>
        <source>Left out: {names}</source>
        <translation>Omitidas: {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="177"/>
        <source>I&amp;mport %n agencies</source>
        <translation>
            <numerusform>I&amp;mportar %n agencia</numerusform>
            <numerusform>I&amp;mportar %n agencias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="249"/>
        <source>Reading… %p%</source>
        <translation>Leyendo… %p%</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="249"/>
        <source>Storing… %p%</source>
        <translation>Guardando… %p%</translation>
    </message>
</context>
<context>
    <name>RepeatBox</name>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="139"/>
        <source>&amp;Add {item}</source>
        <translation>&amp;Añadir: {item}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="140"/>
        <source>entry</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="163"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="178"/>
        <source>Remove {item} {n}</source>
        <translation>Quitar: {item} {n}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../inspector/gui/editor/report.py" line="31"/>
        <source>Signed report of {reference}</source>
        <translation>Informe firmado de {reference}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/report.py" line="41"/>
        <source>&amp;Internal version for the authority (confidential)</source>
        <translation>Versión &amp;interna para la autoridad (confidencial)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/report.py" line="44"/>
        <source>The internal version may include confidential annexes. Never give it to the agency.</source>
        <translation>La versión interna puede incluir anexos confidenciales. No la entregue nunca a la agencia.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/report.py" line="53"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/report.py" line="63"/>
        <source>&amp;Make and sign</source>
        <translation>&amp;Generar y firmar</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/report.py" line="67"/>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/report.py" line="68"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/report.py" line="71"/>
        <source>&amp;Save as:</source>
        <translation>Guardar &amp;como:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/report.py" line="78"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/report.py" line="78"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <location filename="../../inspector/gui/editor/review.py" line="73"/>
        <source>{question} (not answered)</source>
        <translation>{question} (sin respuesta)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/review.py" line="75"/>
        <source>{question} ({problem})</source>
        <translation>{question} ({problem})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/review.py" line="80"/>
        <source>Go to this question</source>
        <translation>Ir a esta pregunta</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/review.py" line="84"/>
        <source>Everything required is answered: the inspection can be completed.</source>
        <translation>Todo lo obligatorio está respondido: la inspección se puede finalizar.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/review.py" line="86"/>
        <source>Still to answer before Complete; click one to go to it:</source>
        <translation>Falta responder antes de finalizar; haga clic en una pregunta para ir a ella:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="79"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="126"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="131"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="134"/>
        <source>The whole window, the checklists and new reports follow the chosen language.</source>
        <translation>Toda la ventana, las listas de verificación y los nuevos informes siguen el idioma elegido.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="140"/>
        <source>Lan&amp;guage:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="146"/>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="151"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="153"/>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="155"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="158"/>
        <source>Lock no&amp;w</source>
        <translation>Bloquear a&amp;hora</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="160"/>
        <source>Ctrl+L from anywhere in the window</source>
        <translation>Ctrl+L desde cualquier parte de la ventana</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="162"/>
        <source>Without a key press or a click for this long, the window hides your records and forgets the key until you enter your passphrase again.</source>
        <translation>Si no se pulsa ninguna tecla ni se hace clic durante este tiempo, la ventana oculta sus registros y olvida la clave hasta que vuelva a introducir su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="167"/>
        <source>without use</source>
        <translation>sin uso</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="171"/>
        <source>Lock &amp;after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="178"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="182"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="188"/>
        <source>&amp;Remind me after:</source>
        <translation>&amp;Recordar tras:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="189"/>
        <source>The dashboard reminds you when the last backup of the vault is older than this.</source>
        <translation>El panel le avisa cuando la última copia de seguridad de la bóveda es más antigua que esto.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="195"/>
        <location filename="../../inspector/gui/settings_page.py" line="445"/>
        <location filename="../../inspector/gui/settings_page.py" line="525"/>
        <source>Signing certificate</source>
        <translation>Certificado de firma</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="196"/>
        <source>Looking for the signing certificate…</source>
        <translation>Buscando el certificado de firma…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="206"/>
        <location filename="../../inspector/gui/settings_page.py" line="381"/>
        <source>&amp;Create a self-signed certificate from the profile</source>
        <translation>Crear un certificado auto&amp;firmado a partir del perfil</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="209"/>
        <source>Import from a P&amp;KCS#12 file…</source>
        <translation>Importar desde un archivo P&amp;KCS#12…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="252"/>
        <source>Vault &amp;path:</source>
        <translation>Carpeta de &amp;la bóveda:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="419"/>
        <source>The certificate is made out to {certificate}, the profile to {profile}: reports are refused until they agree. Make a new certificate from the profile, or give the profile the certificate&apos;s name.</source>
        <translation>El certificado está a nombre de {certificate} y el perfil a nombre de {profile}: los informes se rechazan mientras no coincidan. Cree un nuevo certificado a partir del perfil, o dé al perfil el nombre del certificado.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="427"/>
        <source>&amp;Replace with a self-signed certificate from the profile…</source>
        <translation>&amp;Reemplazar por un certificado autofirmado a partir del perfil…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="212"/>
        <source>Reports are signed with this certificate. Use the one your authority issued (a .p12 file); a self-signed one suits a laptop working on its own. The private key never leaves the vault.</source>
        <translation>Los informes se firman con este certificado. Use el que emitió su autoridad (un archivo .p12); uno autofirmado sirve para un portátil que trabaja por su cuenta. La clave privada nunca sale de la bóveda.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="239"/>
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="243"/>
        <source>&amp;Open folder</source>
        <translation>Abrir carp&amp;eta</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="253"/>
        <source>Everything in it is encrypted. Back up the whole folder; the passphrase or the recovery key opens a copy.</source>
        <translation>Todo su contenido está cifrado. Haga una copia de seguridad de toda la carpeta; la frase de contraseña o la clave de recuperación abre una copia.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="309"/>
        <source>The settings could not be saved ({reason}); they apply until the app closes.</source>
        <translation>No se ha podido guardar la configuración ({reason}); se aplica hasta que se cierre la aplicación.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="383"/>
        <source>No signing certificate yet.</source>
        <translation>Aún no hay certificado de firma.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="384"/>
        <source>Reports cannot be signed until you create or import one.</source>
        <translation>Los informes no se pueden firmar hasta que cree o importe uno.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="389"/>
        <source>Signer: {name}</source>
        <translation>Firmante: {name}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="390"/>
        <source>Subject: {subject}</source>
        <translation>Sujeto: {subject}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="391"/>
        <source>Issuer: {issuer}</source>
        <translation>Emisor: {issuer}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="392"/>
        <source>Valid: {start} to {end}</source>
        <translation>Validez: del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="396"/>
        <source>SHA-256 fingerprint: {fingerprint}</source>
        <translation>Huella SHA-256: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="397"/>
        <source>Self-signed: yes</source>
        <translation>Autofirmado: sí</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="397"/>
        <source>Self-signed: no</source>
        <translation>Autofirmado: no</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="403"/>
        <source>This certificate has expired: reports cannot be signed.</source>
        <translation>Este certificado ha caducado: los informes no se pueden firmar.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="406"/>
        <source>This certificate expires on {date}: ask for a new one.</source>
        <translation>Este certificado caduca el {date}: solicite uno nuevo.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="412"/>
        <source>This certificate is not meant for signing documents (no non-repudiation).</source>
        <translation>Este certificado no está destinado a firmar documentos (sin no repudio).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="431"/>
        <source>The signing certificate could not be read.</source>
        <translation>No se ha podido leer el certificado de firma.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="446"/>
        <source>Replace the signing certificate in use?</source>
        <translation>¿Sustituir el certificado de firma en uso?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="448"/>
        <source>Reports already signed stay valid; new reports are signed with the new one.</source>
        <translation>Los informes ya firmados siguen siendo válidos; los nuevos se firman con el nuevo certificado.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="450"/>
        <source>&amp;Replace</source>
        <translation>&amp;Sustituir</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="479"/>
        <location filename="../../inspector/gui/settings_page.py" line="487"/>
        <source>Import signing certificate</source>
        <translation>Importar certificado de firma</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="481"/>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>Archivos PKCS#12 (*.p12 *.pfx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="488"/>
        <source>Password of {file}:</source>
        <translation>Contraseña de {file}:</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../inspector/gui/shell.py" line="75"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="77"/>
        <source>&amp;Back up the vault…</source>
        <translation>&amp;Hacer copia de la bóveda…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="81"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="83"/>
        <source>&amp;Inspection</source>
        <translation>&amp;Inspección</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="86"/>
        <source>&amp;New inspection…</source>
        <translation>&amp;Nueva inspección…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="88"/>
        <source>&amp;Import the agency registry…</source>
        <translation>&amp;Importar el registro de agencias…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="90"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="98"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="101"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="103"/>
        <source>&amp;About Field Inspector</source>
        <translation>Acerca &amp;de Field Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="164"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="168"/>
        <source>Vault: {name}</source>
        <translation>Bóveda: {name}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="182"/>
        <source>Last backup: {when}</source>
        <translation>Última copia: {when}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="183"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="243"/>
        <source>C&amp;lear</source>
        <translation>B&amp;orrar</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="245"/>
        <source>Acce&amp;pt signature</source>
        <translation>A&amp;ceptar la firma</translation>
    </message>
</context>
<context>
    <name>StartInspectionDialog</name>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="215"/>
        <source>Start an inspection</source>
        <translation>Iniciar una inspección</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="219"/>
        <source>Type part of the name or licence number…</source>
        <translation>Escriba parte del nombre o del número de licencia…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="230"/>
        <source>A&amp;nnounced visit</source>
        <translation>Visita an&amp;unciada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="233"/>
        <source>Names, separated by commas</source>
        <translation>Nombres, separados por comas</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="242"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="250"/>
        <source>&amp;Open it</source>
        <translation>&amp;Abrirla</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="259"/>
        <source>&amp;Agency:</source>
        <translation>&amp;Agencia:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="263"/>
        <source>Agency:</source>
        <translation>Agencia:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="264"/>
        <source>&amp;Checklist:</source>
        <translation>&amp;Lista de verificación:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="265"/>
        <source>&amp;Planned date:</source>
        <translation>Fecha &amp;prevista:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="266"/>
        <source>&amp;Team:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="299"/>
        <source>{agency} already has an inspection under way: {reference} ({status}, {checklist}). Open it to continue, or start another one.</source>
        <translation>{agency} ya tiene una inspección en curso: {reference} ({status}, {checklist}). Ábrala para continuar o inicie otra.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../inspector/gui/sync_controller.py" line="138"/>
        <source>The sync stopped when the window was locked; the next one goes on from there.</source>
        <translation>La sincronización se detuvo al bloquear la ventana; la siguiente continúa desde ahí.</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="138"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="151"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="154"/>
        <source>Send what waits and receive what is new (F9)</source>
        <translation>Enviar lo pendiente y recibir lo nuevo (F9)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="195"/>
        <source>&amp;Quarantined ({n})</source>
        <translation>En &amp;cuarentena ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="196"/>
        <source>&amp;Conflicts ({n})</source>
        <translation>Con&amp;flictos ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="231"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="245"/>
        <source>The sync could not finish: {reason}</source>
        <translation>La sincronización no pudo terminar: {reason}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="247"/>
        <source>The sync finished at {when}.</source>
        <translation>La sincronización terminó: {when}.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsBox</name>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="41"/>
        <source>Central server</source>
        <translation>Servidor central</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="61"/>
        <source>The one-time code from your administrator</source>
        <translation>El código de un solo uso de su administrador</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="62"/>
        <source>&amp;Enrol…</source>
        <translation>Ins&amp;cribir…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="69"/>
        <source>&amp;Server address:</source>
        <translation>Dirección del &amp;servidor:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="71"/>
        <source>Enrolment co&amp;de:</source>
        <translation>Có&amp;digo de inscripción:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="79"/>
        <source>Your administrator gives you the address, a one-time code and the fingerprint of the authority. Before anything is stored, the window shows the fingerprint the server sends, for you to compare.</source>
        <translation>Su administrador le da la dirección, un código de un solo uso y la huella de la autoridad. Antes de guardar nada, la ventana muestra la huella que envía el servidor, para que usted la compare.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="83"/>
        <source>&amp;Enrol again…</source>
        <translation>Ins&amp;cribir de nuevo…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="85"/>
        <source>With a new code, for example when the administrator asks you to.</source>
        <translation>Con un código nuevo, por ejemplo cuando el administrador se lo pida.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="88"/>
        <source>Sync &amp;details…</source>
        <translation>&amp;Detalles de la sincronización…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="96"/>
        <source>Standalone laptop: &amp;never sync</source>
        <translation>Por&amp;tátil autónomo: no sincronizar nunca</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="100"/>
        <source>For a laptop that works on its own, without the authority&apos;s server: nothing is sent and nothing comes down.</source>
        <translation>Para un portátil que trabaja solo, sin el servidor de la autoridad: no se envía ni se recibe nada.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="161"/>
        <source>This laptop is not enrolled with a server.</source>
        <translation>Este portátil no está inscrito en ningún servidor.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="164"/>
        <source>Server: {name} ({url})</source>
        <translation>Servidor: {name} ({url})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="166"/>
        <source>Enrolled for: {account}, {jurisdiction}</source>
        <translation>Inscrito para: {account}, {jurisdiction}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="168"/>
        <source>Enrolled: {when}</source>
        <translation>Inscrito: {when}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="169"/>
        <source>Authority fingerprint (SHA-256): {fingerprint}</source>
        <translation>Huella de la autoridad (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="195"/>
        <source>Enter the server&apos;s address.</source>
        <translation>Escriba la dirección del servidor.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="199"/>
        <source>Enter the enrolment code.</source>
        <translation>Escriba el código de inscripción.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="210"/>
        <source>Contacting {url}…</source>
        <translation>Conectando con {url}…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="222"/>
        <source>Confirm the server</source>
        <translation>Confirmar el servidor</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="223"/>
        <source>Enrol this laptop with {name}?</source>
        <translation>¿Inscribir este portátil en {name}?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="228"/>
        <source>Address: {url}

Fingerprint of its authority (SHA-256):
{fingerprint}

Compare it with the fingerprint your administrator gave you. Enrol only if they are the same; nothing has been stored yet.</source>
        <translation>Dirección: {url}

Huella de su autoridad (SHA-256):
{fingerprint}

Compárela con la huella que le dio su administrador. Inscriba el portátil solo si son iguales; todavía no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="234"/>
        <source>They match: &amp;enrol</source>
        <translation>Coinciden: &amp;inscribir</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="246"/>
        <source>Not enrolled: the fingerprint was not confirmed. Nothing was stored.</source>
        <translation>Sin inscripción: la huella no se confirmó. No se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="262"/>
        <source>Enrolling with {name}…</source>
        <translation>Inscribiendo en {name}…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="270"/>
        <source>Enrolled with {server} for {account} ({jurisdiction}). Reports are now signed with the certificate your authority issued. Sync now (F9) sends your work.</source>
        <translation>Inscrito en {server} para {account} ({jurisdiction}). Los informes se firman ahora con el certificado que emitió su autoridad. «Sincronizar ahora» (F9) envía su trabajo.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="303"/>
        <source>Standalone: this laptop never syncs.</source>
        <translation>Autónomo: este portátil nunca se sincroniza.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="305"/>
        <source>This laptop may sync again.</source>
        <translation>Este portátil puede volver a sincronizarse.</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="70"/>
        <source>Field Inspector</source>
        <translation>Field Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="83"/>
        <source>Welcome. Everything you record is kept encrypted on this laptop. Choose a passphrase of several words; you will need it every time you open the app.</source>
        <translation>Le damos la bienvenida. Todo lo que registre se guarda cifrado en este portátil. Elija una frase de contraseña de varias palabras; la necesitará cada vez que abra la aplicación.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="100"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear bóveda</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="104"/>
        <location filename="../../inspector/gui/unlock.py" line="216"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="105"/>
        <location filename="../../inspector/gui/unlock.py" line="255"/>
        <source>&amp;Again:</source>
        <translation>Re&amp;petir:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="106"/>
        <source>Strength:</source>
        <translation>Solidez:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="124"/>
        <source>Your recovery key is shown once, now. Write it down or print it and keep it somewhere safe, away from this laptop. It is the only way back into your records if you forget the passphrase.</source>
        <translation>Su clave de recuperación se muestra una sola vez, ahora. Anótela o imprímala y guárdela en un lugar seguro, lejos de este portátil. Es la única forma de volver a acceder a sus registros si olvida la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="139"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="143"/>
        <source>I have &amp;stored the recovery key in a safe place</source>
        <translation>He &amp;guardado la clave de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="145"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="165"/>
        <source>Who you are, for your reports: their letterhead names your authority and its office, and they are signed in your name. You can change this later in Settings.</source>
        <translation>Quién es usted, para sus informes: su membrete nombra a su autoridad y su oficina, y se firman con su nombre. Puede cambiarlo más tarde en Configuración.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="173"/>
        <source>Make a self-signed &amp;signing certificate from this profile</source>
        <translation>Crear un certificado de &amp;firma autofirmado a partir de este perfil</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="178"/>
        <source>Leave this unticked if your authority will enrol this laptop: it issues the certificate then.</source>
        <translation>Deje esta casilla sin marcar si su autoridad va a inscribir este portátil: ella emitirá entonces el certificado.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="183"/>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="185"/>
        <source>Save and &amp;continue</source>
        <translation>Guardar y &amp;continuar</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="209"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="212"/>
        <source>&amp;Forgot the passphrase?</source>
        <translation>¿Ha &amp;olvidado la frase de contraseña?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="222"/>
        <location filename="../../inspector/gui/unlock.py" line="276"/>
        <source>Enter your passphrase to open your records.</source>
        <translation>Introduzca su frase de contraseña para abrir sus registros.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="236"/>
        <source>Enter the recovery key you stored when the vault was created, and choose a new passphrase.</source>
        <translation>Introduzca la clave de recuperación que guardó al crear la bóveda y elija una nueva frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="249"/>
        <source>&amp;Recover</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="251"/>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="253"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="254"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="294"/>
        <source>Too short: at least {n} characters</source>
        <translation>Demasiado corta: al menos {n} caracteres</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="295"/>
        <source>Weak: add words</source>
        <translation>Débil: añada palabras</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="296"/>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="297"/>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="298"/>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="302"/>
        <source>Tip: four or more unrelated words are strong and easy to type.</source>
        <translation>Consejo: cuatro o más palabras sin relación entre sí son robustas y fáciles de escribir.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="321"/>
        <location filename="../../inspector/gui/unlock.py" line="440"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="328"/>
        <source>The passphrase must have at least {n} characters.</source>
        <translation>La frase de contraseña debe tener al menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="391"/>
        <source>Enter your passphrase.</source>
        <translation>Introduzca su frase de contraseña.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/unlock.py" line="404"/>
        <source>After several wrong attempts, please wait %n seconds…</source>
        <translation>
            <numerusform>Tras varios intentos fallidos, espere %n segundo…</numerusform>
            <numerusform>Tras varios intentos fallidos, espere %n segundos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="432"/>
        <source>Wrong passphrase. Try again.</source>
        <translation>Frase de contraseña incorrecta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="465"/>
        <source>That recovery key does not open this vault.</source>
        <translation>Esa clave de recuperación no abre esta bóveda.</translation>
    </message>
</context>
<context>
    <name>WindowSync</name>
    <message>
        <location filename="../../inspector/gui/sync_window.py" line="62"/>
        <source>This laptop is set standalone: it never syncs. Turn that off in Settings (Ctrl+6) if your authority runs a server.</source>
        <translation>Este portátil está en modo autónomo: nunca se sincroniza. Desactívelo en Configuración (Ctrl+6) si su autoridad tiene un servidor.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_window.py" line="65"/>
        <source>Enrol this laptop in Settings (Ctrl+6) before it can sync.</source>
        <translation>Inscriba este portátil en Configuración (Ctrl+6) antes de sincronizarlo.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_window.py" line="71"/>
        <source>The ministry revoked this laptop. Its keys were destroyed: this vault can no longer be opened, with the passphrase or the recovery key. What it had sent is kept on the server. Contact your administrator.</source>
        <translation>El ministerio revocó este portátil. Sus claves se destruyeron: esta bóveda ya no puede abrirse, ni con la frase de contraseña ni con la clave de recuperación. Lo que había enviado se conserva en el servidor. Contacte con su administrador.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_window.py" line="79"/>
        <source>Laptop revoked</source>
        <translation>Portátil revocado</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../inspector/gui/shell.py" line="24"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="25"/>
        <source>&amp;Agencies</source>
        <translation>&amp;Agencias</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="26"/>
        <source>&amp;Inspections</source>
        <translation>&amp;Inspecciones</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="27"/>
        <source>&amp;Complaints</source>
        <translation>&amp;Quejas</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="28"/>
        <source>Da&amp;ta</source>
        <translation>Da&amp;tos</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="29"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
</context>
<context>
    <name>complaints</name>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="33"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="34"/>
        <source>Referred</source>
        <translation>Remitida</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="35"/>
        <source>Under investigation</source>
        <translation>En investigación</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="36"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="43"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="44"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="45"/>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="46"/>
        <source>locked</source>
        <translation>bloqueada</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../inspector/gui/kept_text.py" line="46"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../inspector/gui/labels.py" line="15"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="16"/>
        <source>Active</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="17"/>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="18"/>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="19"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="25"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="26"/>
        <location filename="../../inspector/gui/labels.py" line="71"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="27"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="28"/>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="34"/>
        <source>Routine</source>
        <translation>Ordinaria</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="35"/>
        <source>Complaint-driven</source>
        <translation>Por queja</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="36"/>
        <source>Follow-up</source>
        <translation>De seguimiento</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="42"/>
        <location filename="../../inspector/gui/labels.py" line="54"/>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="43"/>
        <source>Major</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="44"/>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="45"/>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="51"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="52"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="53"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="60"/>
        <source>good standing</source>
        <translation>en regla</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="61"/>
        <source>surveillance</source>
        <translation>vigilancia</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="62"/>
        <source>suspension or revocation</source>
        <translation>suspensión o revocación</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="70"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="72"/>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="73"/>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="74"/>
        <source>Cancelled</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="80"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="81"/>
        <source>Referred</source>
        <translation>Remitida</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="82"/>
        <source>Under investigation</source>
        <translation>En investigación</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="83"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="91"/>
        <source>overdue by {n} days</source>
        <translation>vencida hace {n} días</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="93"/>
        <source>overdue by 1 day</source>
        <translation>vencida hace 1 día</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="96"/>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="98"/>
        <source>due tomorrow</source>
        <translation>vence mañana</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="99"/>
        <source>in {n} days</source>
        <translation>en {n} días</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../inspector/gui/messages.py" line="20"/>
        <source>Something went wrong ({kind}). Nothing you entered was lost; try again, and if it happens again, tell your IT office.</source>
        <translation>Algo ha fallado ({kind}). No se ha perdido nada de lo que introdujo; vuelva a intentarlo y, si vuelve a ocurrir, avise a su servicio informático.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/messages.py" line="30"/>
        <source>Field Inspector</source>
        <translation>Field Inspector</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="51"/>
        <source>The settings file could not be read, so the defaults are in use. Choose your settings again; they are saved as soon as you change one.</source>
        <translation>No se ha podido leer el archivo de configuración, así que se usan los valores predeterminados. Vuelva a elegir su configuración; se guarda en cuanto cambie un ajuste.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="57"/>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="58"/>
        <source>auto-lock delay</source>
        <translation>tiempo de bloqueo automático</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="59"/>
        <source>backup reminder</source>
        <translation>recordatorio de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="61"/>
        <source>Some settings were not valid and are back to their defaults: {names}.</source>
        <translation>Algunos ajustes no eran válidos y han vuelto a sus valores predeterminados: {names}.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="23"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="26"/>
        <source>today {time}</source>
        <translation>hoy {time}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="32"/>
        <source>Not yet sent: {records} and {files}.</source>
        <translation>Pendientes de envío: {records} y {files}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/sync_texts.py" line="33"/>
        <source>%n records</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/sync_texts.py" line="34"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="40"/>
        <source>Sending records: {done} of {total}</source>
        <translation>Enviando registros: {done} de {total}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="44"/>
        <source>Sending the audit trail: {done}</source>
        <translation>Enviando el registro de auditoría: {done}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="47"/>
        <source>Sending files: {percent}%</source>
        <translation>Enviando archivos: {percent} %</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="49"/>
        <source>Receiving changes</source>
        <translation>Recibiendo novedades</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="189"/>
        <location filename="../../inspector/gui/sync_texts.py" line="50"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="40"/>
        <source>Standalone laptop: no sync</source>
        <translation>Portátil autónomo: sin sincronización</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="42"/>
        <source>Sync not set up</source>
        <translation>Sincronización no configurada</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="54"/>
        <source>Last sync: {when}</source>
        <translation>Última sincronización: {when}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="48"/>
        <source>Not yet sent: {n}</source>
        <translation>Pendientes de envío: {n}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="50"/>
        <source>Quarantined: {n}</source>
        <translation>En cuarentena: {n}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="52"/>
        <source>Conflicts: {n}</source>
        <translation>Conflictos: {n}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="46"/>
        <source>Last sync failed: {reason}</source>
        <translation>Falló la última sincronización: {reason}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="57"/>
        <source>Clock is off</source>
        <translation>Reloj desajustado</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="57"/>
        <source>This laptop is set standalone: it never syncs. Turn that off in Settings if your authority runs a server.</source>
        <translation>Este portátil está en modo autónomo: nunca se sincroniza. Desactívelo en Configuración si su autoridad tiene un servidor.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="65"/>
        <source>This laptop is not enrolled with a server yet: enrol it in Settings with the address and the one-time code your administrator gave you.</source>
        <translation>Este portátil aún no está inscrito en ningún servidor: inscríbalo en Configuración con la dirección y el código de un solo uso que le dio su administrador.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="75"/>
        <source>Server: {name} ({url})</source>
        <translation>Servidor: {name} ({url})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="78"/>
        <source>Last sync: {when}.</source>
        <translation>Última sincronización: {when}.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="80"/>
        <source>Quarantined records: {n}. Conflicts to resolve: {m}.</source>
        <translation>Registros en cuarentena: {n}. Conflictos por resolver: {m}.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="86"/>
        <source>The last sync ({when}) could not finish: {reason}</source>
        <translation>La última sincronización ({when}) no pudo terminar: {reason}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="62"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="64"/>
        <source>Send what waits and receive what is new ({key})</source>
        <translation>Enviar lo pendiente y recibir lo nuevo ({key})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="184"/>
        <source>Click for the details: quarantined records and conflicts.</source>
        <translation>Haga clic para ver los detalles: registros en cuarentena y conflictos.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="218"/>
        <source>Sync de&amp;tails…</source>
        <translation>De&amp;talles de la sincronización…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="234"/>
        <source>Standalone laptop: nothing is sent to a server.</source>
        <translation>Portátil autónomo: no se envía nada a ningún servidor.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="236"/>
        <source>Not yet sent: {n}. This laptop is not enrolled with a server (Settings).</source>
        <translation>Pendientes de envío: {n}. Este portátil no está inscrito en ningún servidor (Configuración).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="240"/>
        <source>Not yet sent: {n}. Last sync: {when}.</source>
        <translation>Pendientes de envío: {n}. Última sincronización: {when}.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="245"/>
        <source>quarantined: {n}</source>
        <translation>en cuarentena: {n}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="248"/>
        <source>conflicts to resolve: {n}</source>
        <translation>conflictos por resolver: {n}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="251"/>
        <source>Needs you: {what}.</source>
        <translation>Requiere su atención: {what}.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="255"/>
        <source>The last sync could not finish: {reason}</source>
        <translation>La última sincronización no pudo terminar: {reason}</translation>
    </message>
</context>
</TS>
