<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>Application</name>
    <message>
        <location filename="../../kempen_desktop/ui/app.py" line="+102"/>
        <source>De demodatabase kon niet gemaakt worden.</source>
        <translation>The demo database could not be created.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demodatabase maken…</source>
        <translation>Creating demo database…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Uw database is nog leeg. Wilt u eerst een demodatabase met fictieve dossiers openen om het programma te verkennen?

De demogegevens staan in een apart bestand en komen nooit bij uw echte dossiers. U vindt de demo later ook in het menu Bestand.</source>
        <translation>Your database is still empty. Would you like to open a demo database with fictitious cases first, to explore the program?

The demo data is kept in a separate file and never mixes with your real cases. You can also find the demo later in the File menu.</translation>
    </message>
</context>
<context>
    <name>DossierDetailPane</name>
    <message>
        <location filename="../../kempen_desktop/ui/dossier_detail.py" line="+17"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doorverwijzing</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beslissing</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status…</source>
        <translation>&amp;Status…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otitie…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Afsluiten…</source>
        <translation>C&amp;lose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Kies een dossier in de lijst om het hier te zien.</source>
        <translation>Choose a case in the list to see it here.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>sinds</source>
        <translation>since</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossiernummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geopend op</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INSZ</source>
        <translation>National number (INSZ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VDAB-klantnummer</source>
        <translation>VDAB client number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verantwoordelijke partner</source>
        <translation>Responsible partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begeleider</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volgende opvolging</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kansengroepen</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Situatie</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nog niets in de tijdlijn.</source>
        <translation>Nothing in the timeline yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/dossier_dialog.py" line="+65"/>
        <source>Dossier bewerken</source>
        <translation>Edit case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nieuw dossier</source>
        <translation>New case</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Identiteit</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>jj.mm.dd-vvv.cc (niet verplicht)</source>
        <translation>yy.mm.dd-nnn.cc (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vrouw</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Man</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Naam</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voornaam</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;INSZ</source>
        <translation>&amp;National number (INSZ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Geboortedatum</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geslacht</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adres en contact</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Straat en nr.</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ge&amp;meente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Begeleiding</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Korte schets van de situatie en de vraag</source>
        <translation>Short outline of the situation and the request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VDAB-klantnummer</source>
        <translation>VDAB client number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verantwoordelijke partner</source>
        <translation>Responsible partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begeleider</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Werkzoekend sinds</source>
        <translation>Job seeker since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volgende &amp;opvolging</source>
        <translation>Next follow-&amp;up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situatie</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kansengroepen</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volgt uit de geboortedatum</source>
        <translation>Follows from the date of birth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jongere en 55-plusser volgen automatisch uit de geboortedatum.</source>
        <translation>“Jongere” and “55-plusser” follow automatically from the date of birth.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Het dossier is niet bewaard: verbeter de rood gemelde velden.</source>
        <translation>The case was not saved: correct the fields marked in red.</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../kempen_desktop/ui/dossier_table_model.py" line="+40"/>
        <source>Naam</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kansengroepen</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begeleider</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volgende opvolging</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Opvolging verlopen</source>
        <translation>Follow-up overdue</translation>
    </message>
</context>
<context>
    <name>DossiersTab</name>
    <message>
        <location filename="../../kempen_desktop/ui/dossiers_tab.py" line="+76"/>
        <source>Zoek op naam, INSZ, klantnummer, gemeente of notitie…</source>
        <translation>Search by name, national number (INSZ), client number, municipality or note…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alle kansengroepen</source>
        <translation>All target groups</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alle gemeenten</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opvolging verlopen</source>
        <translation>Follow-up overdue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nieuw dossier</source>
        <translation>New case</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Geen dossiers gevonden.</source>
        <translation>No cases found.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Dossier verwijderen</source>
        <translation>Delete case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier %1 van %2 %3 definitief verwijderen, met de tijdlijn, de toestemmingen en de bespreking in overlegmomenten? Dit kan niet ongedaan gemaakt worden. Sluit het dossier liever af als de begeleiding stopt.</source>
        <translation>Permanently delete case %1 of %2 %3, with its timeline, consents and its discussion in meetings? This cannot be undone. When the guidance ends, close the case instead.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/error_dialog.py" line="+29"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kempen Desktop stootte op een onverwachte fout. Uw gegevens zijn bewaard tot aan de laatste geslaagde handeling. Kopieer de technische details hieronder als u de fout wilt melden; ze bevatten geen gegevens van cliënten.</source>
        <translation>Kempen Desktop ran into an unexpected error. Your data has been saved up to the last successful action. Copy the technical details below if you want to report the error; they contain no client data.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/import_history.py" line="+23"/>
        <source>Toegepast</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongedaan gemaakt</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiel</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geweigerd</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importgeschiedenis</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Er is nog niets geïmporteerd.</source>
        <translation>Nothing has been imported yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;ongedaan maken…</source>
        <translation>&amp;Undo import…</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>Import ongedaan maken</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>De import van %1 ongedaan maken? De %2 nieuwe dossiers worden verwijderd en de %3 gewijzigde dossiers krijgen hun vorige waarden terug.</source>
        <translation>Undo the import of %1? The %2 new cases will be deleted and the %3 changed cases get their previous values back.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../kempen_desktop/ui/import_wizard.py" line="+98"/>
        <source>Lijst importeren</source>
        <translation>Import list</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt; &amp;Vorige</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+324"/>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="-323"/>
        <location line="+325"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>Kies een .xlsx-, .xls-, .ods- of .csv-bestand</source>
        <translation>Choose an .xlsx, .xls, .ods or .csv file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bladeren…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Profiel</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Werkblad</source>
        <translation>&amp;Sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen lege velden aanvullen (aanbevolen)</source>
        <translation>Only fill in empty fields (recommended)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewaarde gegevens overschrijven met de waarden uit het bestand</source>
        <translation>Overwrite stored data with the values from the file</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bestaande dossiers</source>
        <translation>Existing cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er wordt niets bewaard voor u het voorbeeld gezien hebt. Een lege cel wist nooit gegevens.</source>
        <translation>Nothing is saved before you have seen the preview. An empty cell never erases data.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lijst kiezen</source>
        <translation>Choose list</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (verborgen)</source>
        <translation>%1 (hidden)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Kopregel staat op rij</source>
        <translation>&amp;Header is on row</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bewaren als &amp;profiel…</source>
        <translation>Save as &amp;profile…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gegeven</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kolom in het bestand</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Herkende kolommen zijn al gekozen. Pas aan waar nodig; velden zonder kolom worden niet ingelezen.</source>
        <translation>Recognised columns are already chosen. Adjust where needed; fields without a column are not read.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>— niet inlezen —</source>
        <translation>— do not read —</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Profiel bewaren</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Naam van het profiel:</source>
        <translation>Profile name:</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+263"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="-261"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>INSZ</source>
        <translation>National number (INSZ)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Profiel &amp;laden…</source>
        <translation>&amp;Load profile…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>&amp;Exporteren als TOML…</source>
        <translation>&amp;Export as TOML…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Profiel exporteren</source>
        <translation>Export profile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kan het profiel niet bewaren: %1</source>
        <translation>Cannot save the profile: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profiel laden</source>
        <translation>Load profile</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>In het bestand</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bestaand dossier</source>
        <translation>Existing case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beslissing</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Geweigerde rijen bewaren als .xlsx…</source>
        <translation>Save rejected rows as .xlsx…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nieuw (%1)</source>
        <translation>New (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gewijzigd (%1)</source>
        <translation>Changed (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Te beslissen (%1)</source>
        <translation>To decide (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongewijzigd (%1)</source>
        <translation>Unchanged (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Geweigerd (%1)</source>
        <translation>Rejected (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 rijen gelezen uit %2: %3 nieuwe dossiers, %4 gewijzigd, %5 ongewijzigd, %6 te beslissen, %7 geweigerd. Er is nog niets bewaard.</source>
        <translation>%1 rows read from %2: %3 new cases, %4 changed, %5 unchanged, %6 to decide, %7 rejected. Nothing has been saved yet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Overslaan</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zelfde persoon: samenvoegen</source>
        <translation>Same person: merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andere persoon: nieuw dossier</source>
        <translation>Different person: new case</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Geweigerde rijen bewaren</source>
        <translation>Save rejected rows</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 geweigerde rijen bewaard in %2.</source>
        <translation>%1 rejected rows saved in %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Geannuleerd: er is niets bewaard.</source>
        <translation>Cancelled: nothing was saved.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bestand lezen…</source>
        <translation>Reading file…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bestand lezen</source>
        <translation>Reading file</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Voorbeeld maken</source>
        <translation>Preparing preview</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import klaar. %1 nieuwe dossiers en %2 gewijzigde dossiers; %3 rijen overgeslagen, %4 geweigerd. U kunt deze import ongedaan maken via Bestand → Importgeschiedenis.</source>
        <translation>Import done. %1 new cases and %2 changed cases; %3 rows skipped, %4 rejected. You can undo this import via File → Import history.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importeren</source>
        <translation>Importing</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kempen_desktop/ui/main_window.py" line="+38"/>
        <source>&amp;Dossiers</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overlegmomenten</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partners</source>
        <translation>&amp;Partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rapporten</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nieuw dossier…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lijst &amp;importeren…</source>
        <translation>&amp;Import list…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import&amp;geschiedenis…</source>
        <translation>Import &amp;history…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Demodatabase openen</source>
        <translation>Open &amp;demo database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>B&amp;eeld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoals het systeem</source>
        <translation>System default</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Over Kempen Desktop</source>
        <translation>&amp;About Kempen Desktop</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>DEMO — </source>
        <translation>DEMO — </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dossier(s) in de lijst</source>
        <translation>
            <numerusform>%n case in the list</numerusform>
            <numerusform>%n cases in the list</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>De nieuwe taal wordt gebruikt vanaf de volgende start. / The new language is used from the next start.</source>
        <translation>The new language is used from the next start.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over Kempen Desktop</source>
        <translation>About Kempen Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kempen Desktop %1

Offline dossieropvolging voor de lokale regisseur sociale economie en werk.

Database: %2</source>
        <translation>Kempen Desktop %1

Offline case follow-up for the local coordinator of social economy and work (lokale regisseur sociale economie en werk).

Database: %2</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../kempen_desktop/ui/meetings_tab.py" line="+20"/>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gehouden</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Geannuleerd</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Verplaatst</source>
        <translation>Rescheduled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uitgenodigd</source>
        <translation>invited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aanwezig</source>
        <translation>present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verontschuldigd</source>
        <translation>excused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>afwezig</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bezig</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>afgerond</source>
        <translation>completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vervallen</source>
        <translation>lapsed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plaats</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+52"/>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open actiepunten</source>
        <translation>Open action points</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 overlegmomenten, waarvan %2 gepland.</source>
        <translation>%1 meetings, %2 of them planned.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nog geen overlegmomenten. Maak een demodatabase om te verkennen.</source>
        <translation>No meetings yet. Create a demo database to explore.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actiepunten</source>
        <translation>Action points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/note_dialog.py" line="+27"/>
        <source>Toevoegen aan tijdlijn</source>
        <translation>Add to timeline</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doorverwijzing</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beslissing</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bv. Telefonisch contact met begeleider</source>
        <translation>E.g. Phone call with counsellor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Soort</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Titel</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tekst</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../kempen_desktop/ui/operations.py" line="+95"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <location filename="../../kempen_desktop/ui/partners_tab.py" line="+19"/>
        <source>als werkgever</source>
        <translation>as employer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>als opdrachtgever</source>
        <translation>as customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>werkgever en opdrachtgever</source>
        <translation>employer and customer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Contactpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Open dossiers</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inclusief sinds</source>
        <translation>Inclusive since</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engagement</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 partners; %2 van %3 werkgevers engageren zich inclusief (doel: 1 op 2).</source>
        <translation>%1 partners; %2 of %3 employers have an inclusive commitment (target: 1 in 2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nog geen partners. Maak een demodatabase om te verkennen.</source>
        <translation>No partners yet. Create a demo database to explore.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Geen contactpersonen.</source>
        <translation>No contact persons.</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../kempen_desktop/ui/reports_tab.py" line="+51"/>
        <source>Open dossiers</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle dossiers</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opvolging verlopen</source>
        <translation>Follow-up overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inclusieve partners</source>
        <translation>Inclusive partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlegmomenten</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open actiepunten</source>
        <translation>Open action points</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Verlopen actiepunten</source>
        <translation>Overdue action points</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Geen verlopen actiepunten.</source>
        <translation>No overdue action points.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kerncijfers</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>op</source>
        <translation>on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers per status</source>
        <translation>Cases by status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open dossiers per kansengroep</source>
        <translation>Open cases by target group</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/status_dialog.py" line="+32"/>
        <source>Dossier afsluiten</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status wijzigen</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Huidige status: %s</source>
        <translation>Current status: %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>— kies een reden —</source>
        <translation>— choose a reason —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reden van afsluiten</source>
        <translation>&amp;Reason for closing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Toelichting (niet verplicht)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nieuwe status</source>
        <translation>&amp;New status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toelichting</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Afsluiten</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Vanuit deze status is geen wijziging mogelijk.</source>
        <translation>No change is possible from this status.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kies een reden om het dossier af te sluiten.</source>
        <translation>Choose a reason to close the case.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vul de datum in.</source>
        <translation>Enter the date.</translation>
    </message>
</context>
</TS>
