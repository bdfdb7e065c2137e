<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../inspector/gui/help.py" line="113"/>
        <source>About Field Inspector</source>
        <translation>À propos de Field Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/help.py" line="118"/>
        <source>Inspections of recruitment agencies, offline, on the inspector&apos;s laptop: checklists, findings, evidence and signed reports, kept in an encrypted vault.</source>
        <translation>Inspections des agences de recrutement, hors ligne, sur l&apos;ordinateur de l&apos;inspecteur : listes de contrôle, constats, preuves et rapports signés, conservés dans un coffre-fort chiffré.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/help.py" line="125"/>
        <source>Field Inspector is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with NO WARRANTY.</source>
        <translation>Field Inspector est un logiciel libre : vous pouvez le redistribuer et le modifier selon les termes de la Licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure (GPL-3.0-or-later). Il est fourni SANS AUCUNE GARANTIE.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/help.py" line="143"/>
        <source>Built on, and shipped with:</source>
        <translation>Construit avec, et livré avec :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/help.py" line="144"/>
        <source>Part</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/help.py" line="145"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/help.py" line="147"/>
        <source>Qt version {version}.</source>
        <translation>Version de Qt : {version}.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/help.py" line="152"/>
        <source>&amp;GPL text</source>
        <translation>Texte de la &amp;GPL</translation>
    </message>
</context>
<context>
    <name>ActionTools</name>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="133"/>
        <source>Mark d&amp;one…</source>
        <translation>Marquer &amp;réalisée…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="136"/>
        <source>V&amp;erify…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="139"/>
        <source>Start follow-&amp;up inspection</source>
        <translation>Lancer une inspection de s&amp;uivi</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="142"/>
        <source>A follow-up inspection of the inspection this action came from, its open actions listed to check</source>
        <translation>Une inspection de suivi de l&apos;inspection d&apos;où vient cette mesure, ses mesures en cours listées à vérifier</translation>
    </message>
</context>
<context>
    <name>AgenciesPage</name>
    <message>
        <location filename="../../inspector/gui/agencies.py" line="55"/>
        <source>Name, licence number, city, address or responsible person</source>
        <translation>Nom, numéro de licence, ville, adresse ou personne responsable</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agencies.py" line="59"/>
        <source>Shows the agencies with a word starting with each word you type (Ctrl+F). Down goes to the list, Enter opens the first match.</source>
        <translation>Affiche les agences dont un mot commence par chacun des mots saisis (Ctrl+F). Flèche bas va à la liste, Entrée ouvre le premier résultat.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agencies.py" line="63"/>
        <source>Fil&amp;ter:</source>
        <translation>Filt&amp;rer :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agencies.py" line="111"/>
        <source>&amp;New agency…</source>
        <translation>&amp;Nouvelle agence…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agencies.py" line="114"/>
        <source>Add an agency the registry does not hold yet, or a recruiter with no licence</source>
        <translation>Ajouter une agence que le registre ne contient pas encore, ou un recruteur sans licence</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agencies.py" line="247"/>
        <source>Loading the registry…</source>
        <translation>Chargement du registre…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/agencies.py" line="274"/>
        <source>{total} agencies</source>
        <translation>
            <numerusform>{total} agence</numerusform>
            <numerusform>{total} agences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/agencies.py" line="278"/>
        <source>{matched} of {total} agencies</source>
        <translation>
            <numerusform>{matched} agence sur {total}</numerusform>
            <numerusform>{matched} agences sur {total}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agencies.py" line="289"/>
        <source>The registry is empty. Agencies arrive with your authority&apos;s registry.</source>
        <translation>Le registre est vide. Les agences arrivent avec le registre de votre autorité.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agencies.py" line="295"/>
        <source>No agencies match “{text}”.

The filter looks for words that start with what you type, in the name, licence number, city, address and responsible person. Check the spelling or type fewer letters.</source>
        <translation>Aucune agence ne correspond à « {text} ».

Le filtre cherche les mots qui commencent par ce que vous saisissez, dans le nom, le numéro de licence, la ville, l&apos;adresse et la personne responsable. Vérifiez l&apos;orthographe ou saisissez moins de lettres.</translation>
    </message>
</context>
<context>
    <name>AgencyDetail</name>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="49"/>
        <source>← &amp;Back to the list</source>
        <translation>← &amp;Retour à la liste</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="51"/>
        <source>Back to the agency list (Esc or Alt+Left)</source>
        <translation>Retour à la liste des agences (Échap ou Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="53"/>
        <source>&amp;Start inspection…</source>
        <translation>&amp;Démarrer l&apos;inspection…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="56"/>
        <source>&amp;Edit agency…</source>
        <translation>&amp;Modifier l&apos;agence…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="59"/>
        <source>Start &amp;follow-up inspection</source>
        <translation>Lancer une inspection de &amp;suivi</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="62"/>
        <source>A follow-up inspection of the agency&apos;s latest completed inspection, its open corrective actions listed to check</source>
        <translation>Une inspection de suivi de la dernière inspection terminée de l&apos;agence, ses mesures correctives en cours listées à vérifier</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="99"/>
        <source>Inspection and findings</source>
        <translation>Inspection et constats</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="100"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="101"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="102"/>
        <location filename="../../inspector/gui/agency_detail.py" line="121"/>
        <location filename="../../inspector/gui/agency_detail.py" line="143"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="103"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="104"/>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="116"/>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="117"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="118"/>
        <source>Corrective action</source>
        <translation>Mesure corrective</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="119"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="120"/>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="141"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="142"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="144"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="145"/>
        <source>Allegations (checklist items)</source>
        <translation>Allégations (points de la liste de contrôle)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="171"/>
        <source>&amp;Agency</source>
        <translation>&amp;Agence</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="172"/>
        <source>&amp;Inspections and findings ({n})</source>
        <translation>&amp;Inspections et constats ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="175"/>
        <source>&amp;Corrective actions ({n} open, {m} overdue)</source>
        <translation>&amp;Mesures correctives ({n} ouvertes, {m} en retard)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="177"/>
        <source>&amp;Corrective actions ({n} open)</source>
        <translation>&amp;Mesures correctives ({n} ouvertes)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="179"/>
        <source>Com&amp;plaints ({n})</source>
        <translation>&amp;Plaintes ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="187"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="204"/>
        <source>This agency could not be shown.</source>
        <translation>Impossible d&apos;afficher cette agence.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="215"/>
        <source>no expiry date recorded</source>
        <translation>aucune date d&apos;expiration enregistrée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/agency_detail.py" line="219"/>
        <source>valid {start} to {end}, expired %n days ago</source>
        <translation>
            <numerusform>valide du {start} au {end}, expirée depuis %n jour</numerusform>
            <numerusform>valide du {start} au {end}, expirée depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/agency_detail.py" line="221"/>
        <source>valid {start} to {end}, expires in %n days</source>
        <translation>
            <numerusform>valide du {start} au {end}, expire dans %n jour</numerusform>
            <numerusform>valide du {start} au {end}, expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_detail.py" line="227"/>
        <source>Licence {number} · {status} · {validity}</source>
        <translation>Licence {number} · {status} · {validity}</translation>
    </message>
</context>
<context>
    <name>AgencyFacts</name>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="42"/>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="43"/>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="44"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="45"/>
        <source>Responsible person:</source>
        <translation>Personne responsable :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="46"/>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="47"/>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="48"/>
        <source>Destination countries:</source>
        <translation>Pays de destination :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="49"/>
        <source>Sectors:</source>
        <translation>Secteurs :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="59"/>
        <source>Branch</source>
        <translation>Succursale</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="59"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="59"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="59"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="64"/>
        <source>Sub-agent</source>
        <translation>Sous-agent</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="64"/>
        <source>Registration</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="64"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="93"/>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="105"/>
        <source>Branches ({n})</source>
        <translation>Succursales ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="107"/>
        <source>Branches: none recorded</source>
        <translation>Succursales : aucune enregistrée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="110"/>
        <source>Sub-agents ({n})</source>
        <translation>Sous-agents ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="112"/>
        <source>Sub-agents: none recorded</source>
        <translation>Sous-agents : aucun enregistré</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="120"/>
        <source>Risk: not assessed</source>
        <translation>Risque : non évalué</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="127"/>
        <source>Risk: {band}</source>
        <translation>Risque : {band}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="143"/>
        <source>No completed inspection yet: the risk level comes from the findings of completed inspections.</source>
        <translation>Aucune inspection terminée pour l&apos;instant : le niveau de risque découle des constats des inspections terminées.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="152"/>
        <source>Last completed inspection {ref} on {date}: {band}, {points} points.</source>
        <translation>Dernière inspection terminée {ref}, du {date} : {band}, {points} points.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="162"/>
        <source>Demerits since {start} ({months} months; inspections counted: {n}): {demerits}, which means {standing} (12 or more: surveillance; 24 or more: suspension or revocation).</source>
        <translation>Points de pénalité depuis le {start} ({months} mois, {n} inspections prises en compte) : {demerits}, soit {standing} (12 ou plus : surveillance ; 24 ou plus : suspension ou retrait).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="175"/>
        <source>The demerits raise the risk to {band}.</source>
        <translation>Les points de pénalité portent le risque au niveau {band}.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_facts.py" line="182"/>
        <source>Not counted in the band: overdue corrective actions {actions}, complaints awaiting action {complaints}.</source>
        <translation>Non pris en compte dans le niveau : mesures correctives en retard {actions}, plaintes en attente de suite {complaints}.</translation>
    </message>
</context>
<context>
    <name>AgencyFormDialog</name>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="79"/>
        <source>New agency</source>
        <translation>Nouvelle agence</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="79"/>
        <source>Edit agency</source>
        <translation>Modifier l&apos;agence</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="82"/>
        <source>Not re&amp;gistered: a recruiter with no licence</source>
        <translation>Non enre&amp;gistré : un recruteur sans licence</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="91"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="92"/>
        <source>until</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="96"/>
        <source>two letters, such as NP or PH</source>
        <translation>deux lettres, comme NP ou PH</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="103"/>
        <source>two-letter codes, separated by commas</source>
        <translation>codes à deux lettres, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="105"/>
        <source>separated by commas</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="123"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="125"/>
        <source>&amp;Licence number:</source>
        <translation>Numéro de &amp;licence :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="126"/>
        <source>Licence stat&amp;us:</source>
        <translation>Stat&amp;ut de la licence :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="130"/>
        <source>Licence valid:</source>
        <translation>Licence valable :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="131"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="132"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="133"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="134"/>
        <source>&amp;Responsible person:</source>
        <translation>Personne &amp;responsable :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="135"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="136"/>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="137"/>
        <source>&amp;Destination countries:</source>
        <translation>Pays de &amp;destination :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="138"/>
        <source>Sec&amp;tors:</source>
        <translation>S&amp;ecteurs :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_form.py" line="153"/>
        <source>given by the app</source>
        <translation>attribué par l&apos;application</translation>
    </message>
</context>
<context>
    <name>AgencyHistory</name>
    <message>
        <location filename="../../inspector/gui/agency_lists.py" line="81"/>
        <source>{status}, amended by {ref}</source>
        <translation>{status}, modifiée par {ref}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_lists.py" line="91"/>
        <source>(not completed)</source>
        <translation>(non terminée)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_lists.py" line="102"/>
        <source>{severity}: {title}</source>
        <translation>{severity} : {title}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_lists.py" line="106"/>
        <source>{finding} ({standard})</source>
        <translation>{finding} ({standard})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_lists.py" line="110"/>
        <source>{finding} - dropped</source>
        <translation>{finding} - écarté</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_lists.py" line="122"/>
        <source>No findings</source>
        <translation>Aucun constat</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_lists.py" line="128"/>
        <source>Not inspected yet.</source>
        <translation>Pas encore inspectée.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_lists.py" line="149"/>
        <source>No open corrective actions.</source>
        <translation>Aucune mesure corrective ouverte.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_lists.py" line="159"/>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_lists.py" line="169"/>
        <source>No complaints name this agency.</source>
        <translation>Aucune plainte ne vise cette agence.</translation>
    </message>
</context>
<context>
    <name>AgencyPicker</name>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="50"/>
        <source>Type a name, licence number or town</source>
        <translation>Saisissez un nom, un numéro de licence ou une ville</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="128"/>
        <source>{name} - licence {licence} ({place})</source>
        <translation>{name} - licence {licence} ({place})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="160"/>
        <source>Registered agency: {name}</source>
        <translation>Agence enregistrée : {name}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="164"/>
        <source>Pick the agency from the registry, or type the name the complainant gave if it is not registered.</source>
        <translation>Choisissez l&apos;agence dans le registre, ou saisissez le nom donné par le plaignant si elle n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="167"/>
        <source>Type to search the registry, then pick the agency.</source>
        <translation>Saisissez du texte pour chercher dans le registre, puis choisissez l&apos;agence.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="172"/>
        <source>Not found in the registry: recorded as the name the complainant gave.</source>
        <translation>Introuvable dans le registre : enregistrée sous le nom donné par le plaignant.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="174"/>
        <source>No registered agency matches these words.</source>
        <translation>Aucune agence enregistrée ne correspond à ces mots.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="179"/>
        <source>Not picked from the registry: recorded as the name the complainant gave. Pick from the list to link a registered agency.</source>
        <translation>Non choisie dans le registre : enregistrée sous le nom donné par le plaignant. Choisissez dans la liste pour lier une agence enregistrée.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="182"/>
        <source>Pick the agency from the list.</source>
        <translation>Choisissez l&apos;agence dans la liste.</translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <location filename="../../inspector/gui/agency_model.py" line="221"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_model.py" line="222"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_model.py" line="223"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_model.py" line="224"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_model.py" line="225"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_model.py" line="226"/>
        <source>Licence expires</source>
        <translation>Fin de licence</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_model.py" line="229"/>
        <source>Click to sort by this column; click again to reverse.</source>
        <translation>Cliquez pour trier selon cette colonne ; cliquez à nouveau pour inverser l&apos;ordre.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/agency_model.py" line="238"/>
        <source>(removed)</source>
        <translation>(supprimée)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/agency_model.py" line="274"/>
        <source>Expired %n days ago</source>
        <translation>
            <numerusform>Expirée depuis %n jour</numerusform>
            <numerusform>Expirée depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/agency_model.py" line="275"/>
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Expire dans %n jour</numerusform>
            <numerusform>Expire dans %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentStartDialog</name>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="187"/>
        <source>Start an assigned inspection</source>
        <translation>Démarrer une inspection assignée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="195"/>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="196"/>
        <source>&amp;Announced visit</source>
        <translation>Visite a&amp;nnoncée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="202"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="209"/>
        <source>{licence}: not in this laptop&apos;s registry yet; sync first.</source>
        <translation>{licence} : pas encore dans le registre de cet ordinateur ; synchronisez d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="218"/>
        <source>Agency:</source>
        <translation>Agence :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="219"/>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="220"/>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="221"/>
        <source>Checklist:</source>
        <translation>Liste de contrôle :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="222"/>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="223"/>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe :</translation>
    </message>
</context>
<context>
    <name>AssignmentsPanel</name>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="63"/>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="64"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="65"/>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="66"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="67"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="68"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="76"/>
        <source>Start from &amp;assignment…</source>
        <translation>Démarrer depuis l&apos;&amp;assignation…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="78"/>
        <source>Start the inspection the selected assignment asks for (Enter or a double-click too)</source>
        <translation>Démarrer l&apos;inspection demandée par l&apos;assignation choisie (aussi par Entrée ou un double-clic)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="82"/>
        <source>Assigned by your authority; they come down with each sync.</source>
        <translation>Assignées par votre autorité ; elles arrivent à chaque synchronisation.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="127"/>
        <source>{licence} (not in the registry yet)</source>
        <translation>{licence} (pas encore dans le registre)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/assignments.py" line="153"/>
        <source>Assigned to you ({n})</source>
        <translation>Assignées à vous ({n})</translation>
    </message>
</context>
<context>
    <name>CaptionDialog</name>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="83"/>
        <source>Edit caption</source>
        <translation>Modifier la légende</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="86"/>
        <source>Caption for {name}:</source>
        <translation>Légende de {name} :</translation>
    </message>
</context>
<context>
    <name>CaptionsDialog</name>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="37"/>
        <source>Captions</source>
        <translation>Légendes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="43"/>
        <source>Caption for {name}:</source>
        <translation>Légende de {name} :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="48"/>
        <source>optional: what it shows, where it was taken</source>
        <translation>facultatif : ce qu&apos;il montre, où il a été pris</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="59"/>
        <source>&amp;Attach</source>
        <translation>&amp;Joindre</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="65"/>
        <source>Each file gets its own caption; the report prints it under the file.</source>
        <translation>Chaque fichier a sa propre légende ; le rapport l&apos;imprime sous le fichier.</translation>
    </message>
</context>
<context>
    <name>ChoiceButtons</name>
    <message>
        <location filename="../../inspector/gui/editor/questions.py" line="112"/>
        <source>Clear the answer</source>
        <translation>Effacer la réponse</translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <location filename="../../inspector/gui/editor/questions.py" line="170"/>
        <source>{choice} (no longer offered)</source>
        <translation>{choice} (n&apos;est plus proposé)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/questions.py" line="176"/>
        <source>(not answered)</source>
        <translation>(sans réponse)</translation>
    </message>
</context>
<context>
    <name>ComplaintActions</name>
    <message>
        <location filename="../../inspector/gui/complaint_actions.py" line="47"/>
        <location filename="../../inspector/gui/complaint_actions.py" line="60"/>
        <source>Start inspection</source>
        <translation>Démarrer l&apos;inspection</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_actions.py" line="48"/>
        <source>Complaint {reference} is about “{name}”, which is not linked to a registered agency. An inspection needs one.</source>
        <translation>La plainte {reference} concerne « {name} », qui n&apos;est pas liée à une agence enregistrée. Une inspection en a besoin.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_actions.py" line="51"/>
        <source>Link the complaint to an agency from the registry now?</source>
        <translation>Lier maintenant la plainte à une agence du registre ?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_actions.py" line="52"/>
        <source>&amp;Link to agency…</source>
        <translation>&amp;Lier à une agence…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_actions.py" line="61"/>
        <source>Inspection {reference} was already started from this complaint and is not finished.</source>
        <translation>L&apos;inspection {reference} a déjà été démarrée à partir de cette plainte et n&apos;est pas terminée.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_actions.py" line="63"/>
        <source>Start another inspection anyway?</source>
        <translation>Démarrer quand même une autre inspection ?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_actions.py" line="64"/>
        <source>&amp;Start another</source>
        <translation>&amp;Démarrer une autre</translation>
    </message>
</context>
<context>
    <name>ComplaintDetailView</name>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="69"/>
        <source>Select a complaint to see it here.</source>
        <translation>Sélectionnez une plainte pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="99"/>
        <source>S&amp;tart inspection</source>
        <translation>&amp;Démarrer l&apos;inspection</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="101"/>
        <location filename="../../inspector/gui/complaint_detail.py" line="159"/>
        <source>&amp;Link to agency…</source>
        <translation>&amp;Lier à une agence…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="103"/>
        <source>&amp;Refer…</source>
        <translation>&amp;Transmettre…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="80"/>
        <location filename="../../inspector/gui/complaint_detail.py" line="303"/>
        <source>Show &amp;identity</source>
        <translation>Afficher l&apos;&amp;identité</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="246"/>
        <source>Complaint {reference}</source>
        <translation>Plainte {reference}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="172"/>
        <source>Trafficking or forced labour indicators</source>
        <translation>Indices de traite ou de travail forcé</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="149"/>
        <source>Complainant: code {code}</source>
        <translation>Plaignant : code {code}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="174"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="177"/>
        <source>{name} (licence {licence})</source>
        <translation>{name} (licence {licence})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="185"/>
        <source>Named by the complainant as: {name}</source>
        <translation>Désignée par le plaignant comme : {name}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="191"/>
        <source>{name} - not linked to the registry</source>
        <translation>{name} - non liée au registre</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="229"/>
        <source>Yes: the identity may go to the regulator in the country of origin</source>
        <translation>Oui : l&apos;identité peut être communiquée à l&apos;autorité de régulation du pays d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="231"/>
        <source>No: share the facts and the complaint code only</source>
        <translation>Non : ne communiquer que les faits et le code de la plainte</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="236"/>
        <source>Not referred yet</source>
        <translation>Pas encore transmise</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="150"/>
        <source>(no identity kept)</source>
        <translation>(aucune identité conservée)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="155"/>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="155"/>
        <source>&amp;Close complaint</source>
        <translation>&amp;Clôturer la plainte</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="159"/>
        <source>Change &amp;linked agency…</source>
        <translation>Changer l&apos;agence &amp;liée…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="181"/>
        <source>Open agency</source>
        <translation>Ouvrir l&apos;agence</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="194"/>
        <source>At the consulate</source>
        <translation>Au consulat</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="197"/>
        <source>{body}: {status}, since {date}</source>
        <translation>{body} : {status}, depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="202"/>
        <source>(identity shared)</source>
        <translation>(identité communiquée)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="211"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="212"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="213"/>
        <source>Received how</source>
        <translation>Mode de réception</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="214"/>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="215"/>
        <source>Sub-agent</source>
        <translation>Sous-agent</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="216"/>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="218"/>
        <source>Corridor</source>
        <translation>Corridor</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="223"/>
        <source>Allegations</source>
        <translation>Allégations</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="227"/>
        <source>Consent to share</source>
        <translation>Consentement au partage</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="235"/>
        <source>Referrals</source>
        <translation>Transmissions</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="240"/>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="252"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="280"/>
        <source>No identity is kept for this complaint.</source>
        <translation>Aucune identité n&apos;est conservée pour cette plainte.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="283"/>
        <source>Name: {value}</source>
        <translation>Nom : {value}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="286"/>
        <source>Contact: {value}</source>
        <translation>Contact : {value}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="289"/>
        <source>Document: {value}</source>
        <translation>Document : {value}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="292"/>
        <source>Confidential: never share without the complainant&apos;s consent.</source>
        <translation>Confidentiel : ne jamais communiquer sans le consentement du plaignant.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="296"/>
        <source>Hide &amp;identity</source>
        <translation>Masquer l&apos;&amp;identité</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="72"/>
        <source>New complaint</source>
        <translation>Nouvelle plainte</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="76"/>
        <source>Record what the complainant tells you. The complaint gets a code; the complainant&apos;s name never goes into it.</source>
        <translation>Consignez ce que le plaignant vous dit. La plainte reçoit un code ; le nom du plaignant n&apos;y figure jamais.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="98"/>
        <source>&amp;Save complaint</source>
        <translation>&amp;Enregistrer la plainte</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="112"/>
        <source>Agency, sub-agent and employer</source>
        <translation>Agence, sous-agent et employeur</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="116"/>
        <source>Name or description, and where they operate</source>
        <translation>Nom ou description, et lieu d&apos;activité</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="120"/>
        <source>A business name; for a household employer, only the town</source>
        <translation>Une raison sociale ; pour un employeur particulier, seulement la ville</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="127"/>
        <source>&amp;Agency:</source>
        <translation>&amp;Agence :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="128"/>
        <source>Sub-agent or &amp;broker:</source>
        <translation>Sous-agent ou inter&amp;médiaire :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="129"/>
        <source>&amp;Employer abroad:</source>
        <translation>Emp&amp;loyeur à l&apos;étranger :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="130"/>
        <source>Received &amp;how:</source>
        <translation>Mode de &amp;réception :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="134"/>
        <source>Migration corridor</source>
        <translation>Corridor migratoire</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="138"/>
        <source>Country of &amp;origin:</source>
        <translation>Pays d&apos;&amp;origine :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="141"/>
        <source>&amp;Destination country:</source>
        <translation>Pays de &amp;destination :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="144"/>
        <source>Two-letter ISO codes, e.g. NP, PH, ET; AE, MY, SA.</source>
        <translation>Codes ISO à deux lettres, p. ex. NP, PH, ET ; AE, MY, SA.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="148"/>
        <source>Allegations (tick each that applies)</source>
        <translation>Allégations (cochez toutes celles qui s&apos;appliquent)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="160"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="166"/>
        <source>&amp;Urgent: act within a week</source>
        <translation>&amp;Urgente : à traiter sous une semaine</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="168"/>
        <source>Indicators of &amp;trafficking or forced labour</source>
        <translation>Indices de &amp;traite ou de travail forcé</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="172"/>
        <source>Evidence (receipts, contracts, messages, photos) cannot be attached to a complaint yet. Say in the summary what the complainant showed you; keep copies only with their agreement.</source>
        <translation>Les preuves (reçus, contrats, messages, photos) ne peuvent pas encore être jointes à une plainte. Indiquez dans le résumé ce que le plaignant vous a montré ; ne gardez de copies qu&apos;avec son accord.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="177"/>
        <source>Su&amp;mmary (required):</source>
        <translation>Ré&amp;sumé (obligatoire) :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="216"/>
        <source>Contact (&amp;phone, e-mail):</source>
        <translation>Contact (télé&amp;phone, e-mail) :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="217"/>
        <source>Passport or &amp;ID number:</source>
        <translation>N° de passeport ou de pièce d&apos;&amp;identité :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="188"/>
        <source>Complainant identity - confidential, optional</source>
        <translation>Identité du plaignant - confidentielle, facultative</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="197"/>
        <source>Kept only on this laptop, encrypted, apart from the complaint. Never synced, exported or put in a report. Leave empty unless you need to contact the complainant again.</source>
        <translation>Conservée uniquement sur cet ordinateur portable, chiffrée, à part de la plainte. Jamais synchronisée, exportée ni incluse dans un rapport. Laissez vide sauf si vous devez recontacter le plaignant.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="204"/>
        <source>The complainant &amp;consents to their identity being shared with the regulator in the country of origin</source>
        <translation>Le plaignant &amp;consent à ce que son identité soit communiquée à l&apos;autorité de régulation du pays d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="215"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="267"/>
        <source>Agency: pick a registered agency, or type the name the complainant gave.</source>
        <translation>Agence : choisissez une agence enregistrée, ou saisissez le nom donné par le plaignant.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="273"/>
        <source>Country of origin: enter a two-letter ISO code such as NP.</source>
        <translation>Pays d&apos;origine : saisissez un code ISO à deux lettres, comme NP.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="278"/>
        <source>Destination country: enter a two-letter ISO code such as QA.</source>
        <translation>Pays de destination : saisissez un code ISO à deux lettres, comme QA.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="283"/>
        <source>Destination country: it must differ from the country of origin.</source>
        <translation>Pays de destination : il doit être différent du pays d&apos;origine.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="288"/>
        <source>Allegations: tick at least one.</source>
        <translation>Allégations : cochez-en au moins une.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_dialog.py" line="292"/>
        <source>Summary: describe what happened; it is required.</source>
        <translation>Résumé : décrivez ce qui s&apos;est passé ; il est obligatoire.</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <location filename="../../inspector/gui/complaint_table.py" line="29"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_table.py" line="30"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_table.py" line="31"/>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_table.py" line="32"/>
        <source>Corridor</source>
        <translation>Corridor</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_table.py" line="33"/>
        <source>Allegations</source>
        <translation>Allégations</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_table.py" line="34"/>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_table.py" line="35"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_table.py" line="83"/>
        <source>Not linked to a registered agency</source>
        <translation>Non liée à une agence enregistrée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_table.py" line="100"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_table.py" line="102"/>
        <source>Trafficking</source>
        <translation>Traite</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../inspector/gui/complaints.py" line="60"/>
        <location filename="../../inspector/gui/complaints.py" line="272"/>
        <source>Complaints</source>
        <translation>Plaintes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaints.py" line="64"/>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaints.py" line="67"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaints.py" line="71"/>
        <source>&amp;New complaint…</source>
        <translation>&amp;Nouvelle plainte…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaints.py" line="98"/>
        <source>No complaints here yet. Use “New complaint…” to record one.</source>
        <translation>Aucune plainte pour l&apos;instant. Utilisez « Nouvelle plainte… » pour en enregistrer une.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaints.py" line="198"/>
        <source>the newest {n} shown</source>
        <translation>les {n} plus récentes sont affichées</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaints.py" line="200"/>
        <source>{n} shown</source>
        <translation>{n} affichées</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="75"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="75"/>
        <source>Found</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="82"/>
        <source>This laptop&apos;s version</source>
        <translation>Version de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="86"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="86"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="92"/>
        <source>The server&apos;s answer</source>
        <translation>La réponse du serveur</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="109"/>
        <source>Keep &amp;this laptop&apos;s version</source>
        <translation>Garder la version de ce&amp;t ordinateur</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="112"/>
        <source>It goes up again at the next sync, as a new revision over the server&apos;s.</source>
        <translation>Elle est renvoyée à la prochaine synchronisation, comme nouvelle révision par-dessus celle du serveur.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="114"/>
        <source>Keep the &amp;server&apos;s version</source>
        <translation>Garder la version du &amp;serveur</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="117"/>
        <source>The server&apos;s version stands; your next change to the record is sent over it.</source>
        <translation>La version du serveur est retenue ; votre prochaine modification de l&apos;enregistrement est envoyée par-dessus.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="126"/>
        <source>No conflict to resolve.</source>
        <translation>Aucun conflit à résoudre.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="175"/>
        <source>This laptop&apos;s version (revision {n})</source>
        <translation>Version de cet ordinateur (révision {n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="184"/>
        <source>The server holds revision {n} of this record.</source>
        <translation>Le serveur détient la révision {n} de cet enregistrement.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="186"/>
        <source>The server holds another version of this record.</source>
        <translation>Le serveur détient une autre version de cet enregistrement.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="192"/>
        <source>Its answer: {reason}</source>
        <translation>Sa réponse : {reason}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/conflicts.py" line="194"/>
        <source>Both versions are kept until you choose. Keep this laptop&apos;s version if yours is the one that stands; keep the server&apos;s if someone else&apos;s change should stand.</source>
        <translation>Les deux versions sont conservées jusqu&apos;à votre choix. Gardez la version de cet ordinateur si c&apos;est la vôtre qui doit valoir ; gardez celle du serveur si la modification de quelqu&apos;un d&apos;autre doit l&apos;emporter.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="119"/>
        <location filename="../../inspector/gui/dashboard.py" line="132"/>
        <location filename="../../inspector/gui/dashboard.py" line="150"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="120"/>
        <location filename="../../inspector/gui/dashboard.py" line="132"/>
        <location filename="../../inspector/gui/dashboard.py" line="142"/>
        <location filename="../../inspector/gui/dashboard.py" line="150"/>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="121"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="122"/>
        <source>Started or planned</source>
        <translation>Démarrée ou prévue</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="126"/>
        <source>No inspection in progress. Start one from an agency&apos;s page (Agencies, Ctrl+2) or from the Inspections page (Ctrl+3).</source>
        <translation>Aucune inspection en cours. Démarrez-en une depuis la page d&apos;une agence (Agences, Ctrl+2) ou depuis la page Inspections (Ctrl+3).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="132"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="132"/>
        <source>Completed</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="134"/>
        <source>Every completed inspection is locked and reported.</source>
        <translation>Toutes les inspections terminées sont verrouillées et ont leur rapport.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="139"/>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="140"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="141"/>
        <source>Corrective action</source>
        <translation>Mesure corrective</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="143"/>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="146"/>
        <source>No corrective action is due in the next two weeks, and none is overdue.</source>
        <translation>Aucune mesure corrective n&apos;arrive à échéance dans les deux semaines, et aucune n&apos;est en retard.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="150"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="150"/>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="152"/>
        <source>No complaint is waiting for action.</source>
        <translation>Aucune plainte n&apos;est en attente de suite.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="175"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="177"/>
        <source>Load the lists again (F5)</source>
        <translation>Recharger les listes (F5)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="243"/>
        <source>In &amp;progress ({n})</source>
        <translation>&amp;En cours ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="246"/>
        <source>To &amp;lock or report ({n})</source>
        <translation>&amp;Verrouillage ou rapport à faire ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="252"/>
        <source>Corrective actions &amp;due within 14 days or overdue ({n}; {m} overdue)</source>
        <translation>&amp;Mesures correctives à échéance sous 14 jours ou en retard ({n}, dont {m} en retard)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="257"/>
        <source>Corrective actions &amp;due within 14 days or overdue ({n})</source>
        <translation>&amp;Mesures correctives à échéance sous 14 jours ou en retard ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="260"/>
        <source>Complaints a&amp;waiting action ({n})</source>
        <translation>&amp;Plaintes en attente de suite ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="277"/>
        <source>As of {date}; last backup: {backup}. Enter or a double-click opens the item.</source>
        <translation>Au {date} ; dernière sauvegarde : {backup}. Entrée ou un double-clic ouvre l&apos;élément.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="280"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/dashboard.py" line="288"/>
        <source>Changes made since {date} are in no backup yet (%n days). Back up the vault to a USB stick or another disk: Data, Back up now. The backup is encrypted like the vault.</source>
        <translation>
            <numerusform>Les modifications faites depuis le {date} ne sont dans aucune sauvegarde (%n jour). Sauvegardez le coffre-fort sur une clé USB ou un autre disque : Données, Sauvegarder maintenant. La sauvegarde est chiffrée comme le coffre-fort.</numerusform>
            <numerusform>Les modifications faites depuis le {date} ne sont dans aucune sauvegarde (%n jours). Sauvegardez le coffre-fort sur une clé USB ou un autre disque : Données, Sauvegarder maintenant. La sauvegarde est chiffrée comme le coffre-fort.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="314"/>
        <source>Lock, then report</source>
        <translation>Verrouiller, puis faire le rapport</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="316"/>
        <source>Build the report</source>
        <translation>Établir le rapport</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="348"/>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="350"/>
        <source>trafficking indicators</source>
        <translation>indices de traite</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="353"/>
        <source>{name} (not registered)</source>
        <translation>{name} (non enregistrée)</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <location filename="../../inspector/gui/dashboard.py" line="88"/>
        <source>Showing the first {shown} of {total}.</source>
        <translation>Affichage des {shown} premiers éléments sur {total}.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="47"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="86"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="90"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="92"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="106"/>
        <source>A backup is a copy of the whole vault, still encrypted: it opens with your passphrase or recovery key. Keep it on a drive you keep apart from the laptop.</source>
        <translation>Une sauvegarde est une copie de tout le coffre-fort, toujours chiffrée : elle s&apos;ouvre avec votre phrase de passe ou votre clé de récupération. Gardez-la sur un disque rangé à part de l&apos;ordinateur.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="122"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="131"/>
        <source>&amp;Export to a folder…</source>
        <translation>Exporter &amp;vers un dossier…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="144"/>
        <source>Inspections, findings, corrective actions and complaints, for a spreadsheet or another vault (JSON).</source>
        <translation>Inspections, constats, mesures correctives et plaintes, pour un tableur ou un autre coffre-fort (JSON).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="157"/>
        <source>Evidence package</source>
        <translation>Dossier de preuves</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="164"/>
        <source>Save evidence &amp;package…</source>
        <translation>Enregistrer le &amp;dossier de preuves…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="167"/>
        <source>I&amp;nspection:</source>
        <translation>I&amp;nspection :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="226"/>
        <source>This vault has never been backed up.</source>
        <translation>Ce coffre-fort n&apos;a jamais été sauvegardé.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="228"/>
        <source>Last backup: {when}.</source>
        <translation>Dernière sauvegarde : {when}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_page.py" line="233"/>
        <source>Changes made %n days ago are in no backup yet.</source>
        <translation>
            <numerusform>Des modifications faites il y a %n jour ne sont encore dans aucune sauvegarde.</numerusform>
            <numerusform>Des modifications faites il y a %n jours ne sont encore dans aucune sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="341"/>
        <source>Choose another folder: this one holds the vault that is open now, and a restore never overwrites it. Restore into an empty folder; with the app closed, that folder can then take this one&apos;s place.</source>
        <translation>Choisissez un autre dossier : celui-ci contient le coffre-fort ouvert en ce moment, et une restauration ne l&apos;écrase jamais. Restaurez dans un dossier vide ; une fois l&apos;application fermée, ce dossier pourra prendre la place de celui-ci.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_page.py" line="408"/>
        <source>Exported %n records into {folder}.</source>
        <translation>
            <numerusform>%n enregistrement exporté dans {folder}.</numerusform>
            <numerusform>%n enregistrements exportés dans {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_page.py" line="453"/>
        <source>Evidence package of {reference} saved to {path}, with %n attachments.</source>
        <translation>
            <numerusform>Dossier de preuves de {reference} enregistré dans {path}, avec %n pièce jointe.</numerusform>
            <numerusform>Dossier de preuves de {reference} enregistré dans {path}, avec %n pièces jointes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="264"/>
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre-fort</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="128"/>
        <source>Include confidential &amp;data (worker interviews, complainants&apos; identities)</source>
        <translation>Inclure les données confidentie&amp;lles (entretiens, identité des plaignants)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="134"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="161"/>
        <source>For the au&amp;thority (internal report, all files)</source>
        <translation>Pour l&apos;a&amp;utorité (rapport interne, tous les fichiers)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="176"/>
        <source>The signed report, every attachment and a signed manifest, in one file: anyone can check that nothing in it changed after signing.</source>
        <translation>Le rapport signé, chaque pièce jointe et un manifeste signé, en un seul fichier : chacun peut vérifier que rien n&apos;y a changé après la signature.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="266"/>
        <location filename="../../inspector/gui/data_page.py" line="314"/>
        <source>Backups (*.zip)</source>
        <translation>Sauvegardes (*.zip)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="280"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="298"/>
        <source>Backup written to {path} ({size} MB).</source>
        <translation>Sauvegarde écrite dans {path} ({size} Mo).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="314"/>
        <location filename="../../inspector/gui/data_page.py" line="325"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="319"/>
        <source>Restore into an empty folder</source>
        <translation>Restaurer dans un dossier vide</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="326"/>
        <source>The passphrase the vault had when it was backed up:</source>
        <translation>La phrase de passe du coffre-fort au moment de la sauvegarde :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="348"/>
        <source>Checking and restoring the backup…</source>
        <translation>Vérification et restauration de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="354"/>
        <source>Restored into {folder}. Open it by starting Field Inspector with --vault &quot;{folder}&quot;.</source>
        <translation>Restauré dans {folder}. Ouvrez-le en lançant Field Inspector avec --vault &quot;{folder}&quot;.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="367"/>
        <source>Confidential data</source>
        <translation>Données confidentielles</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="370"/>
        <source>The export will hold what workers said in interviews and who the complainants are, in clear. Keep it on an encrypted drive, give it only to people entitled to see it, and delete it when done. Include it?</source>
        <translation>L&apos;export contiendra en clair ce que les travailleurs ont dit en entretien et l&apos;identité des plaignants. Gardez-le sur un disque chiffré, ne le donnez qu&apos;aux personnes habilitées et supprimez-le ensuite. L&apos;inclure ?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="390"/>
        <source>Export into a folder</source>
        <translation>Exporter dans un dossier</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="401"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="430"/>
        <source>Save the evidence package</source>
        <translation>Enregistrer le dossier de preuves</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="432"/>
        <source>Evidence packages (*.zip)</source>
        <translation>Dossiers de preuves (*.zip)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_page.py" line="447"/>
        <source>Making the evidence package…</source>
        <translation>Préparation du dossier de preuves…</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../inspector/gui/editor/questions.py" line="379"/>
        <source>(not answered)</source>
        <translation>(sans réponse)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/questions.py" line="385"/>
        <source>Clear the date</source>
        <translation>Effacer la date</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="89"/>
        <source>A&amp;ttach files…</source>
        <translation>&amp;Joindre des fichiers…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="92"/>
        <source>Edit capt&amp;ion…</source>
        <translation>Modifier la lé&amp;gende…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="95"/>
        <source>Lin&amp;k to finding…</source>
        <translation>Lier à un &amp;constat…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="98"/>
        <source>R&amp;emove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="101"/>
        <source>or drop files here; double-click a file to see it</source>
        <translation>ou déposez les fichiers ici ; double-cliquez sur un fichier pour le voir</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="133"/>
        <source>Supports the finding: {title}</source>
        <translation>Étaye le constat : {title}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="155"/>
        <source>Attach evidence</source>
        <translation>Joindre des preuves</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="157"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.heic *.tif *.tiff);;All files (*)</source>
        <translation>Photos et documents (*.jpg *.jpeg *.png *.pdf *.heic *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="208"/>
        <source>Remove file</source>
        <translation>Supprimer le fichier</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="209"/>
        <source>Remove {name} from this inspection?</source>
        <translation>Supprimer {name} de cette inspection ?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="211"/>
        <source>It leaves the inspection, its answers and its report; this cannot be undone.</source>
        <translation>Il quitte l&apos;inspection, ses réponses et son rapport ; c&apos;est irréversible.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="213"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="131"/>
        <location filename="../../inspector/gui/editor/findings.py" line="169"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="131"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="145"/>
        <source>&amp;Override…</source>
        <translation>Mo&amp;difier…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="148"/>
        <source>Add fi&amp;nding…</source>
        <translation>Ajouter un co&amp;nstat…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="155"/>
        <source>No findings yet: they appear as answers reveal a breach.</source>
        <translation>Aucun constat pour l&apos;instant : ils apparaissent lorsque des réponses révèlent un manquement.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="183"/>
        <source> (dropped)</source>
        <translation> (écarté)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="188"/>
        <source>Standard: {standard}</source>
        <translation>Norme : {standard}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="190"/>
        <source>Rule {rule}: {because}</source>
        <translation>Règle {rule} : {because}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="193"/>
        <source>Overridden: {reason}</source>
        <translation>Modifié : {reason}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="196"/>
        <source>Action by {date} ({status}): {action}</source>
        <translation>Mesure pour le {date} ({status}) : {action}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="56"/>
        <source>Verify a corrective action</source>
        <translation>Vérifier une mesure corrective</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="56"/>
        <source>Corrective action done</source>
        <translation>Mesure corrective réalisée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="70"/>
        <source>How it was checked: a visit, documents seen, workers asked…</source>
        <translation>Comment elle a été vérifiée : une visite, des documents vus, des travailleurs interrogés…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="72"/>
        <source>The proof the agency gave: receipts, a new contract, a photo…</source>
        <translation>La preuve fournie par l&apos;agence : reçus, nouveau contrat, photo…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="84"/>
        <source>Mark &amp;verified</source>
        <translation>Marquer &amp;vérifiée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="84"/>
        <source>Mark &amp;done</source>
        <translation>Marquer &amp;réalisée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="89"/>
        <source>Verified &amp;on:</source>
        <translation>Vérifiée &amp;le :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="89"/>
        <source>Done &amp;on:</source>
        <translation>Réalisée &amp;le :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/action_follow_up.py" line="90"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="217"/>
        <source>◀ &amp;Previous section</source>
        <translation>◀ Section &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="219"/>
        <source>Previous section (Ctrl+Page Up or Alt+Left)</source>
        <translation>Section précédente (Ctrl+Page préc. ou Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="221"/>
        <source>Ne&amp;xt section ▶</source>
        <translation>Section &amp;suivante ▶</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="223"/>
        <source>Next section (Ctrl+Page Down or Alt+Right)</source>
        <translation>Section suivante (Ctrl+Page suiv. ou Alt+Droite)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="228"/>
        <source>Go to a section</source>
        <translation>Aller à une section</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/editor/form_view.py" line="330"/>
        <source>%n entries asked for: remove the ones no longer needed</source>
        <translation>
            <numerusform>%n entrée demandée : retirez celles qui ne servent plus</numerusform>
            <numerusform>%n entrées demandées : retirez celles qui ne servent plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="338"/>
        <source>add at least one</source>
        <translation>ajoutez-en au moins une entrée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="358"/>
        <source>“{answer}” is no longer one of the choices (an answer above changed them): choose another or clear it.</source>
        <translation>« {answer} » ne fait plus partie des choix (une réponse plus haut les a changés) : choisissez-en un autre ou effacez la réponse.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="387"/>
        <source>{missing} required answers missing, {invalid} invalid</source>
        <translation>{missing} réponses obligatoires manquantes, {invalid} non valides</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../inspector/gui/help.py" line="82"/>
        <source>Field Inspector user guide</source>
        <translation>Guide d&apos;utilisation de Field Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/help.py" line="95"/>
        <source>The user guide is missing from this installation ({path}).</source>
        <translation>Le guide d&apos;utilisation manque dans cette installation ({path}).</translation>
    </message>
</context>
<context>
    <name>InspectionEditor</name>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="45"/>
        <location filename="../../inspector/gui/editor/editor.py" line="106"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="56"/>
        <source>Co&amp;mplete</source>
        <translation>Ter&amp;miner</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="59"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="62"/>
        <source>Signed &amp;report…</source>
        <translation>&amp;Rapport signé…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="65"/>
        <source>R&amp;eopen…</source>
        <translation>R&amp;ouvrir…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="68"/>
        <source>De&amp;lete…</source>
        <translation>S&amp;upprimer…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="73"/>
        <source>Add &amp;worker interview…</source>
        <translation>&amp;Ajouter un entretien avec un travailleur…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="76"/>
        <source>&amp;Back to inspections</source>
        <translation>&amp;Retour aux inspections</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="102"/>
        <source>Fin&amp;dings</source>
        <translation>&amp;Constats</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="103"/>
        <source>Inte&amp;rviews</source>
        <translation>Entre&amp;tiens</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="104"/>
        <source>Still to answer</source>
        <translation>Reste à répondre</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="217"/>
        <source>Still to answer ({n})</source>
        <translation>Reste à répondre ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="311"/>
        <source>Complete the inspection</source>
        <translation>Terminer l&apos;inspection</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="313"/>
        <source>Complete {reference}? Its answers and findings are then fixed: to change anything you reopen it, giving a reason. The next step is Lock, which seals it for good; the signed report follows.</source>
        <translation>Terminer {reference} ? Ses réponses et constats sont alors figés : pour changer quoi que ce soit, il faut la rouvrir en donnant un motif. L&apos;étape suivante est le verrouillage, qui la scelle définitivement ; le rapport signé vient ensuite.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="317"/>
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/editor/editor.py" line="352"/>
        <source>Not complete yet: %n answers are missing or invalid. They are listed under “Still to answer”; click one to go to it.</source>
        <translation>
            <numerusform>Pas encore terminée : %n réponse manque ou n&apos;est pas valide. Elle est listée sous « Reste à répondre » ; cliquez dessus pour y aller.</numerusform>
            <numerusform>Pas encore terminée : %n réponses manquent ou ne sont pas valides. Elles sont listées sous « Reste à répondre » ; cliquez sur l&apos;une d&apos;elles pour y aller.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="373"/>
        <source>Lock the inspection</source>
        <translation>Verrouiller l&apos;inspection</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="375"/>
        <source>Lock {reference}? A locked inspection never changes again: it cannot be reopened, and a correction becomes an amendment. After locking you can make the signed report.</source>
        <translation>Verrouiller {reference} ? Une inspection verrouillée ne change plus jamais : elle ne peut pas être rouverte, et une correction devient un avenant. Une fois verrouillée, vous pouvez produire le rapport signé.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="379"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="396"/>
        <source>Reopen the inspection</source>
        <translation>Rouvrir l&apos;inspection</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="398"/>
        <source>Reopen {reference} to change its answers? It goes back to in progress until you complete it again. The reason is kept in the audit trail.</source>
        <translation>Rouvrir {reference} pour modifier ses réponses ? Elle repasse en cours jusqu&apos;à ce que vous la terminiez de nouveau. Le motif est conservé dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="401"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="418"/>
        <source>Delete the inspection</source>
        <translation>Supprimer l&apos;inspection</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="420"/>
        <source>Delete {reference} with its answers, findings, files and interviews? This cannot be undone; the deletion and its reason stay in the audit trail.</source>
        <translation>Supprimer {reference} avec ses réponses, constats, fichiers et entretiens ? C&apos;est irréversible ; la suppression et son motif restent dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="423"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="471"/>
        <source>Building and signing the report…</source>
        <translation>Création et signature du rapport…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/editor.py" line="481"/>
        <source>Signed report saved to {path} ({pages} pages, SHA-256 {digest}).</source>
        <translation>Rapport signé enregistré dans {path} ({pages} pages, SHA-256 {digest}).</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="70"/>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="71"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="72"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="73"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="74"/>
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="80"/>
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="81"/>
        <source>Routine</source>
        <translation>De routine</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="82"/>
        <source>Complaint-driven</source>
        <translation>Sur plainte</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="83"/>
        <source>Follow-up</source>
        <translation>De suivi</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="88"/>
        <source>Agency name or licence…</source>
        <translation>Nom ou licence de l&apos;agence…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="89"/>
        <source>Sin&amp;ce</source>
        <translation>&amp;Depuis le</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="95"/>
        <source>&amp;New inspection…</source>
        <translation>&amp;Nouvelle inspection…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="99"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="114"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="115"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="116"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="117"/>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="118"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="119"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
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
    <name>InterviewDialog</name>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="53"/>
        <source>Confidential worker interview</source>
        <translation>Entretien confidentiel avec un travailleur</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="63"/>
        <source>&amp;Done</source>
        <translation>&amp;Clore l&apos;entretien</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="86"/>
        <source>&amp;Yes, the worker agrees</source>
        <translation>&amp;Oui, le travailleur accepte</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="88"/>
        <source>&amp;No, the worker does not agree</source>
        <translation>&amp;Non, le travailleur n&apos;accepte pas</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="93"/>
        <source>&amp;Record consent</source>
        <translation>&amp;Enregistrer le consentement</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="124"/>
        <location filename="../../inspector/gui/editor/interview.py" line="147"/>
        <source>Confidential worker interview {code}</source>
        <translation>Entretien confidentiel avec le travailleur {code}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="213"/>
        <source>Attach documents to the inspection, not to the interview.</source>
        <translation>Joignez les documents à l&apos;inspection, pas à l&apos;entretien.</translation>
    </message>
</context>
<context>
    <name>InterviewList</name>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="234"/>
        <source>No worker interviews yet.</source>
        <translation>Aucun entretien avec un travailleur pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="236"/>
        <source>C&amp;ontinue interview…</source>
        <translation>&amp;Reprendre l&apos;entretien…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="252"/>
        <source>{code}: consent refused</source>
        <translation>{code} : consentement refusé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/editor/interview.py" line="254"/>
        <source>{code}: unfinished, %n required answers missing</source>
        <translation>
            <numerusform>{code} : inachevé, %n réponse obligatoire manquante</numerusform>
            <numerusform>{code} : inachevé, %n réponses obligatoires manquantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="257"/>
        <source>{code}: consent given, finished</source>
        <translation>{code} : consentement donné, terminé</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="293"/>
        <source>Unfinished interviews</source>
        <translation>Entretiens inachevés</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="296"/>
        <source>Complete &amp;anyway</source>
        <translation>Terminer &amp;quand même</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/interview.py" line="300"/>
        <source>&amp;Go back to the interviews</source>
        <translation>&amp;Revenir aux entretiens</translation>
    </message>
</context>
<context>
    <name>KeptTextDialog</name>
    <message>
        <location filename="../../inspector/gui/kept_text.py" line="86"/>
        <source>Text kept from before the lock</source>
        <translation>Texte conservé d&apos;avant le verrouillage</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/kept_text.py" line="90"/>
        <source>The window locked while a dialog was open. It closed, and what you had typed is here: open the dialog again and paste it, or copy it elsewhere. It is gone once this window closes.</source>
        <translation>La fenêtre s&apos;est verrouillée alors qu&apos;une boîte de dialogue était ouverte. Elle s&apos;est fermée, et ce que vous aviez saisi se trouve ici : rouvrez la boîte de dialogue et collez-le, ou copiez-le ailleurs. Il disparaît à la fermeture de cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/kept_text.py" line="110"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>LinkAgencyDialog</name>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="197"/>
        <source>Link complaint {reference} to an agency</source>
        <translation>Lier la plainte {reference} à une agence</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="200"/>
        <source>The complainant named the agency as “{name}”. Find it in the registry:</source>
        <translation>Le plaignant a désigné l&apos;agence comme « {name} ». Trouvez-la dans le registre :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="203"/>
        <source>Find the agency in the registry:</source>
        <translation>Trouvez l&apos;agence dans le registre :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_agency.py" line="211"/>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="116"/>
        <source>Link to a finding</source>
        <translation>Lier à un constat</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="119"/>
        <source>(no finding)</source>
        <translation>(aucun constat)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="125"/>
        <source>Which finding does {name} support? The report shows it with that finding.</source>
        <translation>Quel constat {name} étaye-t-il ? Le rapport l&apos;affiche avec ce constat.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="140"/>
        <source>This inspection has no finding yet.</source>
        <translation>Cette inspection n&apos;a encore aucun constat.</translation>
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
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="96"/>
        <location filename="../../inspector/gui/main_window.py" line="155"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="196"/>
        <source>Locked after a period without use. Enter your passphrase to continue.</source>
        <translation>Verrouillé après une période d&apos;inactivité. Saisissez votre phrase de passe pour continuer.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="198"/>
        <source>Locked. Enter your passphrase to continue.</source>
        <translation>Verrouillé. Saisissez votre phrase de passe pour continuer.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="202"/>
        <source>What you were typing in a dialog is kept and shown again once you unlock.</source>
        <translation>Ce que vous saisissiez dans une boîte de dialogue est conservé et vous sera présenté à nouveau après le déverrouillage.</translation>
    </message>
</context>
<context>
    <name>ManualFindingDialog</name>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="332"/>
        <source>Add a finding</source>
        <translation>Ajouter un constat</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="356"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="357"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="358"/>
        <source>Standar&amp;d breached:</source>
        <translation>&amp;Norme enfreinte :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="359"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Observations :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="360"/>
        <source>Corrective &amp;action:</source>
        <translation>Mesure &amp;corrective :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="361"/>
        <source>D&amp;eadline:</source>
        <translation>&amp;Délai :</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="293"/>
        <source>Override a finding</source>
        <translation>Modifier un constat</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="299"/>
        <source>&amp;Drop this finding</source>
        <translation>É&amp;carter ce constat</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="306"/>
        <source>Why? The reason is kept with the finding and in the audit trail.</source>
        <translation>Pourquoi ? Le motif est conservé avec le constat et dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="321"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/findings.py" line="323"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motif (obligatoire) :</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="157"/>
        <source>Preview: {name}</source>
        <translation>Aperçu : {name}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence_dialogs.py" line="165"/>
        <source>{name} is kept as a document: the app does not show its content.</source>
        <translation>{name} est conservé comme document : l&apos;application n&apos;en affiche pas le contenu.</translation>
    </message>
</context>
<context>
    <name>ProfileBox</name>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="218"/>
        <source>Inspector&apos;s profile</source>
        <translation>Profil de l&apos;inspecteur</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="221"/>
        <source>Save &amp;the profile</source>
        <translation>Enre&amp;gistrer le profil</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="254"/>
        <source>Profile saved. New reports carry it.</source>
        <translation>Profil enregistré. Les nouveaux rapports le portent.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="57"/>
        <source>for example: Department of Foreign Employment</source>
        <translation>par exemple : Département de l&apos;emploi à l&apos;étranger</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="67"/>
        <source>Choose e&amp;mblem…</source>
        <translation>Choisir l&apos;e&amp;mblème…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="69"/>
        <source>Remove em&amp;blem</source>
        <translation>Retirer l&apos;em&amp;blème</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="96"/>
        <source>&amp;Your name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="97"/>
        <source>A&amp;uthority:</source>
        <translation>A&amp;utorité :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="98"/>
        <source>Posta&amp;l address:</source>
        <translation>Adresse &amp;postale :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="99"/>
        <source>Emblem:</source>
        <translation>Emblème :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="100"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zone horaire :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="102"/>
        <source>Every report&apos;s letterhead shows the authority, its emblem (a PNG or JPEG of at most 1 MB) and the postal address; report times are given in this time zone. Reports are signed in your name as the certificate holds it.</source>
        <translation>L&apos;en-tête de chaque rapport montre l&apos;autorité, son emblème (un PNG ou un JPEG d&apos;au plus 1 Mo) et l&apos;adresse postale ; les heures du rapport sont données dans ce fuseau horaire. Les rapports sont signés à votre nom tel que le certificat le porte.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="175"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="181"/>
        <source>The authority&apos;s emblem</source>
        <translation>L&apos;emblème de l&apos;autorité</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/profile_form.py" line="183"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>QuarantineView</name>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="49"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="49"/>
        <source>The server&apos;s reason</source>
        <translation>Le motif du serveur</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="50"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="61"/>
        <source>Send &amp;again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="64"/>
        <source>Put the record back in the queue, once the cause is fixed (ask your administrator); the next sync sends it.</source>
        <translation>Remettre l&apos;enregistrement dans la file, une fois la cause corrigée (demandez à votre administrateur) ; la prochaine synchronisation l&apos;envoie.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="69"/>
        <source>The server refused these records; every other record went on. Nothing is lost: they stay on this laptop.</source>
        <translation>Le serveur a refusé ces enregistrements ; tous les autres sont passés. Rien n&apos;est perdu : ils restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="73"/>
        <source>No record is quarantined.</source>
        <translation>Aucun enregistrement en quarantaine.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="109"/>
        <source>{record}: {reason}</source>
        <translation>{record} : {reason}</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="115"/>
        <source>Required: answer this question.</source>
        <translation>Obligatoire : répondez à cette question.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../inspector/gui/editor/review.py" line="104"/>
        <source>Why? The reason is kept in the audit trail.</source>
        <translation>Pourquoi ? Le motif est conservé dans la piste d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="40"/>
        <source>Refer complaint {reference}</source>
        <translation>Transmettre la plainte {reference}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="58"/>
        <source>Share the complainant&apos;s &amp;identity with this body</source>
        <translation>Communiquer l&apos;&amp;identité du plaignant à cet organisme</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="61"/>
        <source>The complainant consented to their identity being shared.</source>
        <translation>Le plaignant a consenti à ce que son identité soit communiquée.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="63"/>
        <source>The complainant did not consent: refer the facts and the complaint code {code} only.</source>
        <translation>Le plaignant n&apos;a pas donné son consentement : ne transmettez que les faits et le code de la plainte {code}.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="73"/>
        <source>Refer &amp;to:</source>
        <translation>&amp;Transmettre à :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="74"/>
        <source>&amp;Status:</source>
        <translation>Ét&amp;at :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="75"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="81"/>
        <source>&amp;Record referral</source>
        <translation>&amp;Enregistrer la transmission</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="104"/>
        <source>Not referred there yet.</source>
        <translation>Pas encore transmise à cet organisme.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_referral.py" line="110"/>
        <source>Referred there on {date}: choose the new status.</source>
        <translation>Transmise à cet organisme le {date} : choisissez le nouvel état.</translation>
    </message>
</context>
<context>
    <name>RegistryImportBox</name>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="63"/>
        <source>Import the agency registry</source>
        <translation>Importer le registre des agences</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="67"/>
        <source>&amp;Choose a CSV or Excel file…</source>
        <translation>&amp;Choisir un fichier CSV ou Excel…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="69"/>
        <location filename="../../inspector/gui/data_import.py" line="258"/>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="80"/>
        <source>&amp;All or nothing: import no row if any is rejected</source>
        <translation>&amp;Tout ou rien : n&apos;importer aucune ligne si l&apos;une est rejetée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="98"/>
        <source>First rows of the file:</source>
        <translation>Premières lignes du fichier :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="100"/>
        <source>Rows that will be rejected:</source>
        <translation>Lignes qui seront rejetées :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="114"/>
        <source>Agency registry</source>
        <translation>Registre des agences</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="116"/>
        <source>Registry files (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Fichiers de registre (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="132"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="148"/>
        <location filename="../../inspector/gui/data_import.py" line="152"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="152"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="152"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="165"/>
        <source>{read} ({encoding}): {good}, {rejected}.</source>
        <translation>{read} ({encoding}) : {good}, {rejected}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="166"/>
        <source>%n rows read</source>
        <translation>
            <numerusform>%n ligne lue</numerusform>
            <numerusform>%n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="168"/>
        <source>%n good</source>
        <translation>
            <numerusform>%n valide</numerusform>
            <numerusform>%n valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="169"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejetée</numerusform>
            <numerusform>%n rejetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="197"/>
        <source>Nothing was imported: %n rows are rejected and &apos;All or nothing&apos; is ticked. Correct the file and choose it again.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé : %n ligne est rejetée et « Tout ou rien » est coché. Corrigez le fichier et choisissez-le de nouveau.</numerusform>
            <numerusform>Rien n&apos;a été importé : %n lignes sont rejetées et « Tout ou rien » est coché. Corrigez le fichier et choisissez-le de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="224"/>
        <source>Imported: {created}, {updated}, {unchanged}, {rejected}.</source>
        <translation>Importé : {created}, {updated}, {unchanged}, {rejected}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="225"/>
        <source>%n new agencies</source>
        <translation>
            <numerusform>%n nouvelle agence</numerusform>
            <numerusform>%n nouvelles agences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="226"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="227"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="228"/>
        <source>%n rows rejected</source>
        <translation>
            <numerusform>%n ligne rejetée</numerusform>
            <numerusform>%n lignes rejetées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="171"/>
        <source>Columns: {columns}</source>
        <translation>Colonnes : {columns}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="83"/>
        <source>I&amp;mport</source>
        <translation>I&amp;mporter</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="175"/>
        <source>Left out: {names}</source>
        <translation>Non repris : {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/data_import.py" line="177"/>
        <source>I&amp;mport %n agencies</source>
        <translation>
            <numerusform>I&amp;mporter %n agence</numerusform>
            <numerusform>I&amp;mporter %n agences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="249"/>
        <source>Reading… %p%</source>
        <translation>Lecture… %p%</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/data_import.py" line="249"/>
        <source>Storing… %p%</source>
        <translation>Enregistrement… %p%</translation>
    </message>
</context>
<context>
    <name>RepeatBox</name>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="139"/>
        <source>&amp;Add {item}</source>
        <translation>&amp;Ajouter : {item}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="140"/>
        <source>entry</source>
        <translation>entrée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="163"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/form_view.py" line="178"/>
        <source>Remove {item} {n}</source>
        <translation>Supprimer : {item} {n}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../inspector/gui/editor/report.py" line="31"/>
        <source>Signed report of {reference}</source>
        <translation>Rapport signé de {reference}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/report.py" line="41"/>
        <source>&amp;Internal version for the authority (confidential)</source>
        <translation>Version &amp;interne pour l&apos;autorité (confidentielle)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/report.py" line="44"/>
        <source>The internal version may include confidential annexes. Never give it to the agency.</source>
        <translation>La version interne peut contenir des annexes confidentielles. Ne la remettez jamais à l&apos;agence.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/report.py" line="53"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/report.py" line="63"/>
        <source>&amp;Make and sign</source>
        <translation>&amp;Créer et signer</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/report.py" line="67"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/report.py" line="68"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/report.py" line="71"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/report.py" line="78"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/report.py" line="78"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <location filename="../../inspector/gui/editor/review.py" line="73"/>
        <source>{question} (not answered)</source>
        <translation>{question} (sans réponse)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/review.py" line="75"/>
        <source>{question} ({problem})</source>
        <translation>{question} ({problem})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/review.py" line="80"/>
        <source>Go to this question</source>
        <translation>Aller à cette question</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/review.py" line="84"/>
        <source>Everything required is answered: the inspection can be completed.</source>
        <translation>Tout ce qui est obligatoire a une réponse : l&apos;inspection peut être terminée.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/review.py" line="86"/>
        <source>Still to answer before Complete; click one to go to it:</source>
        <translation>Reste à répondre avant de terminer ; cliquez sur une question pour y aller :</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="79"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="126"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="131"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="134"/>
        <source>The whole window, the checklists and new reports follow the chosen language.</source>
        <translation>Toute la fenêtre, les listes de contrôle et les nouveaux rapports suivent la langue choisie.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="140"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="146"/>
        <source>Locking</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="151"/>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="153"/>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="155"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="158"/>
        <source>Lock no&amp;w</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="160"/>
        <source>Ctrl+L from anywhere in the window</source>
        <translation>Ctrl+L depuis n&apos;importe où dans la fenêtre</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="162"/>
        <source>Without a key press or a click for this long, the window hides your records and forgets the key until you enter your passphrase again.</source>
        <translation>Sans frappe de touche ni clic pendant cette durée, la fenêtre masque vos données et oublie la clé jusqu&apos;à ce que vous saisissiez à nouveau votre phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="167"/>
        <source>without use</source>
        <translation>sans utilisation</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="171"/>
        <source>Lock &amp;after:</source>
        <translation>Verrouiller &amp;après :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="178"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="182"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="188"/>
        <source>&amp;Remind me after:</source>
        <translation>Me &amp;rappeler après :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="189"/>
        <source>The dashboard reminds you when the last backup of the vault is older than this.</source>
        <translation>Le tableau de bord vous prévient quand la dernière sauvegarde du coffre-fort est plus ancienne que cela.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="195"/>
        <location filename="../../inspector/gui/settings_page.py" line="445"/>
        <location filename="../../inspector/gui/settings_page.py" line="525"/>
        <source>Signing certificate</source>
        <translation>Certificat de signature</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="196"/>
        <source>Looking for the signing certificate…</source>
        <translation>Recherche du certificat de signature…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="206"/>
        <location filename="../../inspector/gui/settings_page.py" line="381"/>
        <source>&amp;Create a self-signed certificate from the profile</source>
        <translation>&amp;Créer un certificat auto-signé à partir du profil</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="209"/>
        <source>Import from a P&amp;KCS#12 file…</source>
        <translation>Importer depuis un fichier P&amp;KCS#12…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="252"/>
        <source>Vault &amp;path:</source>
        <translation>Dossier du coffre-for&amp;t :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="419"/>
        <source>The certificate is made out to {certificate}, the profile to {profile}: reports are refused until they agree. Make a new certificate from the profile, or give the profile the certificate&apos;s name.</source>
        <translation>Le certificat est établi au nom de {certificate}, le profil à celui de {profile} : les rapports sont refusés tant qu&apos;ils ne concordent pas. Créez un nouveau certificat à partir du profil, ou donnez au profil le nom du certificat.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="427"/>
        <source>&amp;Replace with a self-signed certificate from the profile…</source>
        <translation>&amp;Remplacer par un certificat auto-signé à partir du profil…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="212"/>
        <source>Reports are signed with this certificate. Use the one your authority issued (a .p12 file); a self-signed one suits a laptop working on its own. The private key never leaves the vault.</source>
        <translation>Les rapports sont signés avec ce certificat. Utilisez celui délivré par votre autorité (un fichier .p12) ; un certificat auto-signé convient à un ordinateur portable utilisé seul. La clé privée ne quitte jamais le coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="239"/>
        <source>Vault</source>
        <translation>Coffre-fort</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="243"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="253"/>
        <source>Everything in it is encrypted. Back up the whole folder; the passphrase or the recovery key opens a copy.</source>
        <translation>Tout son contenu est chiffré. Sauvegardez le dossier entier ; la phrase de passe ou la clé de récupération ouvre une copie.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="309"/>
        <source>The settings could not be saved ({reason}); they apply until the app closes.</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés ({reason}) ; ils s&apos;appliquent jusqu&apos;à la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="383"/>
        <source>No signing certificate yet.</source>
        <translation>Pas encore de certificat de signature.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="384"/>
        <source>Reports cannot be signed until you create or import one.</source>
        <translation>Les rapports ne peuvent pas être signés tant que vous n&apos;en avez pas créé ou importé un.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="389"/>
        <source>Signer: {name}</source>
        <translation>Signataire : {name}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="390"/>
        <source>Subject: {subject}</source>
        <translation>Sujet : {subject}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="391"/>
        <source>Issuer: {issuer}</source>
        <translation>Émetteur : {issuer}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="392"/>
        <source>Valid: {start} to {end}</source>
        <translation>Validité : du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="396"/>
        <source>SHA-256 fingerprint: {fingerprint}</source>
        <translation>Empreinte SHA-256 : {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="397"/>
        <source>Self-signed: yes</source>
        <translation>Auto-signé : oui</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="397"/>
        <source>Self-signed: no</source>
        <translation>Auto-signé : non</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="403"/>
        <source>This certificate has expired: reports cannot be signed.</source>
        <translation>Ce certificat a expiré : les rapports ne peuvent pas être signés.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="406"/>
        <source>This certificate expires on {date}: ask for a new one.</source>
        <translation>Ce certificat expire le {date} : demandez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="412"/>
        <source>This certificate is not meant for signing documents (no non-repudiation).</source>
        <translation>Ce certificat n&apos;est pas destiné à la signature de documents (pas de non-répudiation).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="431"/>
        <source>The signing certificate could not be read.</source>
        <translation>Le certificat de signature n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="446"/>
        <source>Replace the signing certificate in use?</source>
        <translation>Remplacer le certificat de signature utilisé ?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="448"/>
        <source>Reports already signed stay valid; new reports are signed with the new one.</source>
        <translation>Les rapports déjà signés restent valides ; les nouveaux rapports sont signés avec le nouveau certificat.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="450"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="479"/>
        <location filename="../../inspector/gui/settings_page.py" line="487"/>
        <source>Import signing certificate</source>
        <translation>Importer un certificat de signature</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="481"/>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="488"/>
        <source>Password of {file}:</source>
        <translation>Mot de passe de {file} :</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../inspector/gui/shell.py" line="75"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="77"/>
        <source>&amp;Back up the vault…</source>
        <translation>&amp;Sauvegarder le coffre-fort…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="81"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="83"/>
        <source>&amp;Inspection</source>
        <translation>&amp;Inspection</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="86"/>
        <source>&amp;New inspection…</source>
        <translation>&amp;Nouvelle inspection…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="88"/>
        <source>&amp;Import the agency registry…</source>
        <translation>&amp;Importer le registre des agences…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="90"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="98"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="101"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="103"/>
        <source>&amp;About Field Inspector</source>
        <translation>À &amp;propos de Field Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="164"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="168"/>
        <source>Vault: {name}</source>
        <translation>Coffre-fort : {name}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="182"/>
        <source>Last backup: {when}</source>
        <translation>Dernière sauvegarde : {when}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="183"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="243"/>
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/editor/evidence.py" line="245"/>
        <source>Acce&amp;pt signature</source>
        <translation>Accepter la si&amp;gnature</translation>
    </message>
</context>
<context>
    <name>StartInspectionDialog</name>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="215"/>
        <source>Start an inspection</source>
        <translation>Démarrer une inspection</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="219"/>
        <source>Type part of the name or licence number…</source>
        <translation>Saisissez une partie du nom ou du numéro de licence…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="230"/>
        <source>A&amp;nnounced visit</source>
        <translation>Visite a&amp;nnoncée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="233"/>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="242"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="250"/>
        <source>&amp;Open it</source>
        <translation>&amp;Ouvrir celle-ci</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="259"/>
        <source>&amp;Agency:</source>
        <translation>&amp;Agence :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="263"/>
        <source>Agency:</source>
        <translation>Agence :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="264"/>
        <source>&amp;Checklist:</source>
        <translation>&amp;Liste de contrôle :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="265"/>
        <source>&amp;Planned date:</source>
        <translation>Date &amp;prévue :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="266"/>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/inspections.py" line="299"/>
        <source>{agency} already has an inspection under way: {reference} ({status}, {checklist}). Open it to continue, or start another one.</source>
        <translation>{agency} a déjà une inspection en cours : {reference} ({status}, {checklist}). Ouvrez-la pour continuer, ou démarrez-en une autre.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../inspector/gui/sync_controller.py" line="138"/>
        <source>The sync stopped when the window was locked; the next one goes on from there.</source>
        <translation>La synchronisation s&apos;est arrêtée au verrouillage de la fenêtre ; la suivante reprend à partir de là.</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="138"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="151"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="154"/>
        <source>Send what waits and receive what is new (F9)</source>
        <translation>Envoyer ce qui attend et recevoir les nouveautés (F9)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="195"/>
        <source>&amp;Quarantined ({n})</source>
        <translation>En &amp;quarantaine ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="196"/>
        <source>&amp;Conflicts ({n})</source>
        <translation>&amp;Conflits ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="231"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="245"/>
        <source>The sync could not finish: {reason}</source>
        <translation>La synchronisation n&apos;a pas pu aboutir : {reason}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_details.py" line="247"/>
        <source>The sync finished at {when}.</source>
        <translation>La synchronisation s&apos;est terminée : {when}.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsBox</name>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="41"/>
        <source>Central server</source>
        <translation>Serveur central</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="61"/>
        <source>The one-time code from your administrator</source>
        <translation>Le code à usage unique de votre administrateur</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="62"/>
        <source>&amp;Enrol…</source>
        <translation>In&amp;scrire…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="69"/>
        <source>&amp;Server address:</source>
        <translation>Adresse &amp;web du serveur :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="71"/>
        <source>Enrolment co&amp;de:</source>
        <translation>Co&amp;de d&apos;inscription :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="79"/>
        <source>Your administrator gives you the address, a one-time code and the fingerprint of the authority. Before anything is stored, the window shows the fingerprint the server sends, for you to compare.</source>
        <translation>Votre administrateur vous donne l&apos;adresse, un code à usage unique et l&apos;empreinte de l&apos;autorité. Avant tout enregistrement, la fenêtre affiche l&apos;empreinte envoyée par le serveur, pour que vous la compariez.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="83"/>
        <source>&amp;Enrol again…</source>
        <translation>In&amp;scrire à nouveau…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="85"/>
        <source>With a new code, for example when the administrator asks you to.</source>
        <translation>Avec un nouveau code, par exemple quand l&apos;administrateur vous le demande.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="88"/>
        <source>Sync &amp;details…</source>
        <translation>&amp;Détails de la synchronisation…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="96"/>
        <source>Standalone laptop: &amp;never sync</source>
        <translation>Ordinateur autonome : ne &amp;jamais synchroniser</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="100"/>
        <source>For a laptop that works on its own, without the authority&apos;s server: nothing is sent and nothing comes down.</source>
        <translation>Pour un ordinateur qui travaille seul, sans le serveur de l&apos;autorité : rien n&apos;est envoyé et rien n&apos;est reçu.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="161"/>
        <source>This laptop is not enrolled with a server.</source>
        <translation>Cet ordinateur n&apos;est inscrit auprès d&apos;aucun serveur.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="164"/>
        <source>Server: {name} ({url})</source>
        <translation>Serveur : {name} ({url})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="166"/>
        <source>Enrolled for: {account}, {jurisdiction}</source>
        <translation>Inscrit pour : {account}, {jurisdiction}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="168"/>
        <source>Enrolled: {when}</source>
        <translation>Inscrit : {when}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="169"/>
        <source>Authority fingerprint (SHA-256): {fingerprint}</source>
        <translation>Empreinte de l&apos;autorité (SHA-256) : {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="195"/>
        <source>Enter the server&apos;s address.</source>
        <translation>Saisissez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="199"/>
        <source>Enter the enrolment code.</source>
        <translation>Saisissez le code d&apos;inscription.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="210"/>
        <source>Contacting {url}…</source>
        <translation>Connexion à {url}…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="222"/>
        <source>Confirm the server</source>
        <translation>Confirmer le serveur</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="223"/>
        <source>Enrol this laptop with {name}?</source>
        <translation>Inscrire cet ordinateur auprès de {name} ?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="228"/>
        <source>Address: {url}

Fingerprint of its authority (SHA-256):
{fingerprint}

Compare it with the fingerprint your administrator gave you. Enrol only if they are the same; nothing has been stored yet.</source>
        <translation>Adresse : {url}

Empreinte de son autorité (SHA-256) :
{fingerprint}

Comparez-la avec l&apos;empreinte que votre administrateur vous a donnée. N&apos;inscrivez l&apos;ordinateur que si elles sont identiques ; rien n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="234"/>
        <source>They match: &amp;enrol</source>
        <translation>Elles correspondent : &amp;inscrire</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="246"/>
        <source>Not enrolled: the fingerprint was not confirmed. Nothing was stored.</source>
        <translation>Pas d&apos;inscription : l&apos;empreinte n&apos;a pas été confirmée. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="262"/>
        <source>Enrolling with {name}…</source>
        <translation>Inscription auprès de {name}…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="270"/>
        <source>Enrolled with {server} for {account} ({jurisdiction}). Reports are now signed with the certificate your authority issued. Sync now (F9) sends your work.</source>
        <translation>Inscrit auprès de {server} pour {account} ({jurisdiction}). Les rapports sont désormais signés avec le certificat délivré par votre autorité. « Synchroniser maintenant » (F9) envoie votre travail.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="303"/>
        <source>Standalone: this laptop never syncs.</source>
        <translation>Autonome : cet ordinateur ne se synchronise jamais.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_settings.py" line="305"/>
        <source>This laptop may sync again.</source>
        <translation>Cet ordinateur peut de nouveau se synchroniser.</translation>
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
        <translation>Bienvenue. Tout ce que vous enregistrez est conservé chiffré sur cet ordinateur portable. Choisissez une phrase de passe de plusieurs mots ; elle vous sera demandée à chaque ouverture de l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="100"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Créer le coffre-fort</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="104"/>
        <location filename="../../inspector/gui/unlock.py" line="216"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="105"/>
        <location filename="../../inspector/gui/unlock.py" line="255"/>
        <source>&amp;Again:</source>
        <translation>Con&amp;firmer :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="106"/>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="124"/>
        <source>Your recovery key is shown once, now. Write it down or print it and keep it somewhere safe, away from this laptop. It is the only way back into your records if you forget the passphrase.</source>
        <translation>Votre clé de récupération n&apos;est affichée qu&apos;une fois, maintenant. Notez-la ou imprimez-la et gardez-la en lieu sûr, loin de cet ordinateur portable. C&apos;est le seul moyen de retrouver vos données si vous oubliez la phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="139"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="143"/>
        <source>I have &amp;stored the recovery key in a safe place</source>
        <translation>J&apos;ai rangé la clé de récupération en lieu &amp;sûr</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="145"/>
        <source>C&amp;ontinue</source>
        <translation>Co&amp;ntinuer</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="165"/>
        <source>Who you are, for your reports: their letterhead names your authority and its office, and they are signed in your name. You can change this later in Settings.</source>
        <translation>Qui vous êtes, pour vos rapports : leur en-tête nomme votre autorité et son bureau, et ils sont signés à votre nom. Vous pourrez le modifier plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="173"/>
        <source>Make a self-signed &amp;signing certificate from this profile</source>
        <translation>Créer un certificat de &amp;signature auto-signé à partir de ce profil</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="178"/>
        <source>Leave this unticked if your authority will enrol this laptop: it issues the certificate then.</source>
        <translation>Laissez cette case décochée si votre autorité inscrira cet ordinateur : elle délivrera alors le certificat.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="183"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="185"/>
        <source>Save and &amp;continue</source>
        <translation>Enregistrer et &amp;continuer</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="209"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="212"/>
        <source>&amp;Forgot the passphrase?</source>
        <translation>Phrase de passe &amp;oubliée ?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="222"/>
        <location filename="../../inspector/gui/unlock.py" line="276"/>
        <source>Enter your passphrase to open your records.</source>
        <translation>Saisissez votre phrase de passe pour ouvrir vos données.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="236"/>
        <source>Enter the recovery key you stored when the vault was created, and choose a new passphrase.</source>
        <translation>Saisissez la clé de récupération conservée lors de la création du coffre-fort, puis choisissez une nouvelle phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="249"/>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="251"/>
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="253"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clé de récupération :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="254"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="294"/>
        <source>Too short: at least {n} characters</source>
        <translation>Trop courte : au moins {n} caractères</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="295"/>
        <source>Weak: add words</source>
        <translation>Faible : ajoutez des mots</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="296"/>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="297"/>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="298"/>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="302"/>
        <source>Tip: four or more unrelated words are strong and easy to type.</source>
        <translation>Astuce : quatre mots ou plus sans lien entre eux sont robustes et faciles à saisir.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="321"/>
        <location filename="../../inspector/gui/unlock.py" line="440"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe sont différentes.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="328"/>
        <source>The passphrase must have at least {n} characters.</source>
        <translation>La phrase de passe doit comporter au moins {n} caractères.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="391"/>
        <source>Enter your passphrase.</source>
        <translation>Saisissez votre phrase de passe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/unlock.py" line="404"/>
        <source>After several wrong attempts, please wait %n seconds…</source>
        <translation>
            <numerusform>Après plusieurs tentatives erronées, veuillez patienter %n seconde…</numerusform>
            <numerusform>Après plusieurs tentatives erronées, veuillez patienter %n secondes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="432"/>
        <source>Wrong passphrase. Try again.</source>
        <translation>Phrase de passe erronée. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/unlock.py" line="465"/>
        <source>That recovery key does not open this vault.</source>
        <translation>Cette clé de récupération n&apos;ouvre pas ce coffre-fort.</translation>
    </message>
</context>
<context>
    <name>WindowSync</name>
    <message>
        <location filename="../../inspector/gui/sync_window.py" line="62"/>
        <source>This laptop is set standalone: it never syncs. Turn that off in Settings (Ctrl+6) if your authority runs a server.</source>
        <translation>Cet ordinateur est en mode autonome : il ne se synchronise jamais. Désactivez ce mode dans les Paramètres (Ctrl+6) si votre autorité a un serveur.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_window.py" line="65"/>
        <source>Enrol this laptop in Settings (Ctrl+6) before it can sync.</source>
        <translation>Inscrivez cet ordinateur dans les Paramètres (Ctrl+6) avant de le synchroniser.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_window.py" line="71"/>
        <source>The ministry revoked this laptop. Its keys were destroyed: this vault can no longer be opened, with the passphrase or the recovery key. What it had sent is kept on the server. Contact your administrator.</source>
        <translation>Le ministère a révoqué cet ordinateur. Ses clés ont été détruites : ce coffre-fort ne peut plus être ouvert, ni avec la phrase de passe ni avec la clé de récupération. Ce qu&apos;il avait envoyé est conservé sur le serveur. Contactez votre administrateur.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_window.py" line="79"/>
        <source>Laptop revoked</source>
        <translation>Ordinateur révoqué</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../inspector/gui/shell.py" line="24"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="25"/>
        <source>&amp;Agencies</source>
        <translation>&amp;Agences</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="26"/>
        <source>&amp;Inspections</source>
        <translation>&amp;Inspections</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="27"/>
        <source>&amp;Complaints</source>
        <translation>&amp;Plaintes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="28"/>
        <source>Da&amp;ta</source>
        <translation>Donn&amp;ées</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/shell.py" line="29"/>
        <source>&amp;Settings</source>
        <translation>Pa&amp;ramètres</translation>
    </message>
</context>
<context>
    <name>complaints</name>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="33"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="34"/>
        <source>Referred</source>
        <translation>Transmise</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="35"/>
        <source>Under investigation</source>
        <translation>En cours d&apos;enquête</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="36"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="43"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="44"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="45"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/complaint_detail.py" line="46"/>
        <source>locked</source>
        <translation>verrouillée</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../inspector/gui/kept_text.py" line="46"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../inspector/gui/labels.py" line="15"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="16"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="17"/>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="18"/>
        <source>Revoked</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="19"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="25"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="26"/>
        <location filename="../../inspector/gui/labels.py" line="71"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="27"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="28"/>
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="34"/>
        <source>Routine</source>
        <translation>De routine</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="35"/>
        <source>Complaint-driven</source>
        <translation>Sur plainte</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="36"/>
        <source>Follow-up</source>
        <translation>De suivi</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="42"/>
        <location filename="../../inspector/gui/labels.py" line="54"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="43"/>
        <source>Major</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="44"/>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="45"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="51"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="52"/>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="53"/>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="60"/>
        <source>good standing</source>
        <translation>en règle</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="61"/>
        <source>surveillance</source>
        <translation>surveillance</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="62"/>
        <source>suspension or revocation</source>
        <translation>suspension ou retrait</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="70"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="72"/>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="73"/>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="74"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="80"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="81"/>
        <source>Referred</source>
        <translation>Transmise</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="82"/>
        <source>Under investigation</source>
        <translation>En cours d&apos;enquête</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="83"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="91"/>
        <source>overdue by {n} days</source>
        <translation>en retard de {n} jours</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="93"/>
        <source>overdue by 1 day</source>
        <translation>en retard d&apos;un jour</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="96"/>
        <source>due today</source>
        <translation>échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="98"/>
        <source>due tomorrow</source>
        <translation>échéance demain</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/labels.py" line="99"/>
        <source>in {n} days</source>
        <translation>dans {n} jours</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../inspector/gui/messages.py" line="20"/>
        <source>Something went wrong ({kind}). Nothing you entered was lost; try again, and if it happens again, tell your IT office.</source>
        <translation>Un problème est survenu ({kind}). Rien de ce que vous avez saisi n&apos;a été perdu ; réessayez et, si cela se reproduit, prévenez votre service informatique.</translation>
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
        <translation>Le fichier de paramètres n&apos;a pas pu être lu : les valeurs par défaut sont utilisées. Choisissez à nouveau vos paramètres ; ils sont enregistrés dès que vous en modifiez un.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="57"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="58"/>
        <source>auto-lock delay</source>
        <translation>délai de verrouillage automatique</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="59"/>
        <source>backup reminder</source>
        <translation>rappel de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_page.py" line="61"/>
        <source>Some settings were not valid and are back to their defaults: {names}.</source>
        <translation>Certains paramètres n&apos;étaient pas valides et ont repris leur valeur par défaut : {names}.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="23"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="26"/>
        <source>today {time}</source>
        <translation>aujourd&apos;hui {time}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="32"/>
        <source>Not yet sent: {records} and {files}.</source>
        <translation>Pas encore envoyés : {records} et {files}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/sync_texts.py" line="33"/>
        <source>%n records</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/gui/sync_texts.py" line="34"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="40"/>
        <source>Sending records: {done} of {total}</source>
        <translation>Envoi des enregistrements : {done} sur {total}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="44"/>
        <source>Sending the audit trail: {done}</source>
        <translation>Envoi du journal d&apos;audit : {done}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="47"/>
        <source>Sending files: {percent}%</source>
        <translation>Envoi des fichiers : {percent} %</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="49"/>
        <source>Receiving changes</source>
        <translation>Réception des nouveautés</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="189"/>
        <location filename="../../inspector/gui/sync_texts.py" line="50"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="40"/>
        <source>Standalone laptop: no sync</source>
        <translation>Ordinateur autonome : pas de synchronisation</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="42"/>
        <source>Sync not set up</source>
        <translation>Synchronisation non configurée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="54"/>
        <source>Last sync: {when}</source>
        <translation>Dernière synchronisation : {when}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="48"/>
        <source>Not yet sent: {n}</source>
        <translation>Pas encore envoyés : {n}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="50"/>
        <source>Quarantined: {n}</source>
        <translation>En quarantaine : {n}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="52"/>
        <source>Conflicts: {n}</source>
        <translation>Conflits : {n}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="46"/>
        <source>Last sync failed: {reason}</source>
        <translation>Échec de la dernière synchronisation : {reason}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="57"/>
        <source>Clock is off</source>
        <translation>Horloge décalée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="57"/>
        <source>This laptop is set standalone: it never syncs. Turn that off in Settings if your authority runs a server.</source>
        <translation>Cet ordinateur est en mode autonome : il ne se synchronise jamais. Désactivez ce mode dans les Paramètres si votre autorité a un serveur.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="65"/>
        <source>This laptop is not enrolled with a server yet: enrol it in Settings with the address and the one-time code your administrator gave you.</source>
        <translation>Cet ordinateur n&apos;est encore inscrit auprès d&apos;aucun serveur : inscrivez-le dans les Paramètres avec l&apos;adresse et le code à usage unique donnés par votre administrateur.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="75"/>
        <source>Server: {name} ({url})</source>
        <translation>Serveur : {name} ({url})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="78"/>
        <source>Last sync: {when}.</source>
        <translation>Dernière synchronisation : {when}.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="80"/>
        <source>Quarantined records: {n}. Conflicts to resolve: {m}.</source>
        <translation>Enregistrements en quarantaine : {n}. Conflits à résoudre : {m}.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_texts.py" line="86"/>
        <source>The last sync ({when}) could not finish: {reason}</source>
        <translation>La dernière synchronisation ({when}) n&apos;a pas pu aboutir : {reason}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="62"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="64"/>
        <source>Send what waits and receive what is new ({key})</source>
        <translation>Envoyer ce qui attend et recevoir les nouveautés ({key})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="184"/>
        <source>Click for the details: quarantined records and conflicts.</source>
        <translation>Cliquez pour les détails : enregistrements en quarantaine et conflits.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="218"/>
        <source>Sync de&amp;tails…</source>
        <translation>Dé&amp;tails de la synchronisation…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="234"/>
        <source>Standalone laptop: nothing is sent to a server.</source>
        <translation>Ordinateur autonome : rien n&apos;est envoyé à un serveur.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="236"/>
        <source>Not yet sent: {n}. This laptop is not enrolled with a server (Settings).</source>
        <translation>Pas encore envoyés : {n}. Cet ordinateur n&apos;est inscrit auprès d&apos;aucun serveur (Paramètres).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="240"/>
        <source>Not yet sent: {n}. Last sync: {when}.</source>
        <translation>Pas encore envoyés : {n}. Dernière synchronisation : {when}.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="245"/>
        <source>quarantined: {n}</source>
        <translation>en quarantaine : {n}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="248"/>
        <source>conflicts to resolve: {n}</source>
        <translation>conflits à résoudre : {n}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="251"/>
        <source>Needs you: {what}.</source>
        <translation>À traiter : {what}.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sync_status.py" line="255"/>
        <source>The last sync could not finish: {reason}</source>
        <translation>La dernière synchronisation n&apos;a pas pu aboutir : {reason}</translation>
    </message>
</context>
</TS>
