<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/common/help_dialogs.py" line="+155"/>
        <source>Over %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline dossieropvolging voor de lokale regisseur sociale economie en werk.</source>
        <translation>Offline case follow-up for the local coordinator of social economy and work.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licentie: EUPL-1.2. Database: %1</source>
        <translation>Licence: EUPL-1.2. Database: %1</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/actions/dialogs.py" line="+165"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+17"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>Prioritaire actie</source>
        <translation>Priority action</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+18"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>&amp;Niveau</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>&amp;Hangt onder</source>
        <translation>&amp;Parent</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>&amp;Korte omschrijving</source>
        <translation>S&amp;hort description</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>&amp;Lange omschrijving</source>
        <translation>L&amp;ong description</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>&amp;WSE-prioriteit</source>
        <translation>&amp;WSE priority</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+16"/>
        <source>Start&amp;datum</source>
        <translation>Start &amp;date</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>&amp;Einddatum</source>
        <translation>&amp;End date</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>&amp;Verantwoordelijke</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Partners</source>
        <translation>P&amp;artners</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+6"/>
        <source>%1 van %2 tekens</source>
        <translation>%1 of %2 characters</translation>
    </message>
</context>
<context>
    <name>ActionPointDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/meetings/action_points_view.py" line="+340"/>
        <source>Actiepunt bewerken</source>
        <translation>Edit action point</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+42"/>
        <source>&amp;Wat</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+42"/>
        <source>W&amp;ie</source>
        <translation>Wh&amp;o</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+42"/>
        <source>&amp;Tegen</source>
        <translation>&amp;Due by</translation>
    </message>
</context>
<context>
    <name>ActionPointsView</name>
    <message>
        <location line="-352"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+223"/>
        <source>Actiepunt</source>
        <translation>Action point</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afgerond op</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tegen</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen &amp;verlopen</source>
        <translation>Only overd&amp;ue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen &amp;open</source>
        <translation>Only ope&amp;n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wie</source>
        <translation>&amp;Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Partner</source>
        <translation>P&amp;artner</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+123"/>
        <source>Geen open actiepunten</source>
        <translation>No open action points</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Actiepunten ontstaan in een overleg: bij een agendapunt legt u vast wie wat doet en tegen wanneer. Ze verschijnen hier tot ze afgerond zijn.</source>
        <translation>Action points come from a meeting: with an agenda item you record who does what and by when. They show here until they are done.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Afgeronde actiepunten tonen</source>
        <translation>Show completed action points</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Afgerond</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markeer het gekozen actiepunt als afgerond (Ctrl+Enter)</source>
        <translation>Mark the selected action point as completed (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bezig</source>
        <translation>&amp;In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ver&amp;vallen</source>
        <translation>&amp;Lapsed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Heropenen</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dossier openen</source>
        <translation>Open ca&amp;se</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Be&amp;werken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <source>De regisseur</source>
        <translation>The coordinator</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Alle partners</source>
        <translation>All partners</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 actiepunten, waarvan %2 verlopen.</source>
        <translation>%1 action points, %2 of them overdue.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nog geen actiepunten</source>
        <translation>No action points yet</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../kempen_desktop/ui/actions/actions_tab.py" line="+68"/>
        <source>Beleidsacties</source>
        <translation>Policy actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Nieuwe actie</source>
        <translation>&amp;New action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Indicator toevoegen</source>
        <translation>Add &amp;indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meting toevoegen</source>
        <translation>Add mea&amp;surement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overlegmomenten &amp;koppelen…</source>
        <translation>&amp;Link meetings…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actie verwijder&amp;en</source>
        <translation>Delete acti&amp;on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tatussen…</source>
        <translation>S&amp;tatuses…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WSE</source>
        <translation>WSE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Laatste waarde</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Op</source>
        <translation>On</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doel</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inhoudelijke rapportering</source>
        <translation>Content report</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rapporteringstekst</source>
        <translation>Report text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periode van</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tot</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>&amp;Actie bewerken</source>
        <translation>E&amp;dit action</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Concept opnie&amp;uw</source>
        <translation>Draft ane&amp;w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tek&amp;st bewaren</source>
        <translation>&amp;Save text</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nog geen beleidsacties</source>
        <translation>No policy actions yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neem de acties van uw meerjarenplan (BBC) over: een doelstelling, de acties eronder, hun indicatoren. De beleidsrapportage vraagt per actie een tekst.</source>
        <translation>Copy the actions of your multi-year plan (BBC): an objective, the actions under it, their indicators. The policy report asks for a text per action.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nieuwe actie…</source>
        <translation>New action…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Kies een actie links, of maak een nieuwe.</source>
        <translation>Choose an action on the left, or create a new one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · prioritair</source>
        <translation> · priority</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (berekend)</source>
        <translation> (computed)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>bewaarde tekst</source>
        <translation>saved text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>concept, nog niet bewaard</source>
        <translation>draft, not saved yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nieuw concept, nog niet bewaard</source>
        <translation>new draft, not saved yet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rapportering</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Actie %1 ‘%2’ verwijderen, met haar indicatoren, metingen en rapporteringen? Gekoppelde activiteiten blijven bestaan, zonder actie.</source>
        <translation>Delete action %1 ‘%2’ with its indicators, measurements and reports? Linked activities remain, without an action.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>De onderliggende acties komen dan los te staan.</source>
        <translation>The actions below it will then stand on their own.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actie verwijderen</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Statussen van acties</source>
        <translation>Action statuses</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Meting</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kies eerst een indicator.</source>
        <translation>Choose an indicator first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nieuwe &amp;activiteit</source>
        <translation>New &amp;activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activiteit b&amp;ewerken</source>
        <translation>E&amp;dit activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deelnemer toevoegen</source>
        <translation>Add &amp;participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aangeworven door…</source>
        <translation>&amp;Hired by…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aanwe&amp;zig ja/nee</source>
        <translation>Pre&amp;sent yes/no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deelnemer we&amp;ghalen</source>
        <translation>Re&amp;move participant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activiteit &amp;verwijderen</source>
        <translation>Delete acti&amp;vity</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aanwervingen</source>
        <translation>Hires</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aangeworven door</source>
        <translation>Hired by</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+8"/>
        <source>Deelnemer</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Dossiernummer of naam:</source>
        <translation>Case number or name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Geen dossier gevonden.</source>
        <translation>No case found.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welk dossier?</source>
        <translation>Which case?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Aanwerving</source>
        <translation>Hire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aanwezigheid</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>Deelnemer weghalen</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Dossier %1 (%2) weghalen bij deze activiteit?</source>
        <translation>Remove file %1 (%2) from this activity?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De aanwerving (uitstroom naar werk) wordt dan ook verwijderd.</source>
        <translation>The hire (exit to work) is then deleted too.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activiteit ‘%1’ van %2 verwijderen? Ook de deelnemers en hun aanwervingen (uitstroom naar werk) worden verwijderd.</source>
        <translation>Delete activity ‘%1’ of %2? Its participants and their hires (exits to work) are deleted too.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activiteit verwijderen</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Kies eerst een deelnemer.</source>
        <translation>Choose a participant first.</translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <location filename="../../kempen_desktop/ui/common/address.py" line="+107"/>
        <source>Postcode %1 hoort bij %2.</source>
        <translation>Postcode %1 belongs to %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Postcode %1 is onbekend: kies de gemeente.</source>
        <translation>Postcode %1 is unknown: choose the municipality.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&apos;%1&apos; is geen gemeente: kies er een uit de lijst.</source>
        <translation>&apos;%1&apos; is not a municipality: choose one from the list.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is een deelgemeente van %2.</source>
        <translation>%1 is part of the municipality %2.</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../kempen_desktop/ui/meetings/agenda_suggestions.py" line="+39"/>
        <source>Opvolgdatum vóór het overleg</source>
        <translation>Follow-up date before the meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuw sinds het vorige overleg</source>
        <translation>New since the previous meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status gewijzigd sinds het vorige overleg</source>
        <translation>Status changed since the previous meeting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gemarkeerd om te bespreken</source>
        <translation>Flagged for discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open actiepunt dat vervalt</source>
        <translation>Open action point falling due</translation>
    </message>
    <message>
        <location filename="../../kempen_desktop/ui/meetings/agenda_editor.py" line="+116"/>
        <source>Agenda — %1</source>
        <translation>Agenda — %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dossier zelf kiezen</source>
        <translation>Choose a case yourself</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naam, dossiernummer, gemeente… en Enter</source>
        <translation>Name, case number, municipality… and Enter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gekozen dossier toevoegen</source>
        <translation>Add chosen case</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vrij agendapunt, bv. Varia</source>
        <translation>Free agenda item, e.g. Any other business</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Punt toevoegen</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Standaardpunten toevoegen</source>
        <translation>Add standard items</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De vaste vrije punten van deze soort overleg bovenaan zetten</source>
        <translation>Put the standard free items of this kind of meeting at the top</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standaardpunten bewerken…</source>
        <translation>Edit standard items…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Agenda&lt;/b&gt; — slepen of Ctrl+↑/↓ om te ordenen, Delete om de gekozen punten te schrappen, F2 om te hernoemen, Ctrl+Z om ongedaan te maken</source>
        <translation>&lt;b&gt;Agenda&lt;/b&gt; — drag or Ctrl+↑/↓ to reorder, Delete to remove the selected items, F2 to rename, Ctrl+Z to undo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hernoemen</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrappen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agenda &amp;leegmaken</source>
        <translation>&amp;Empty the agenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+28"/>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ongedaan maken: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>volgorde wijzigen</source>
        <translation>change the order</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 agendapunt(en) schrappen</source>
        <translation>remove %1 agenda item(s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>agenda leegmaken</source>
        <translation>empty the agenda</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Agendapunt hernoemen</source>
        <translation>Rename agenda item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>hernoemen</source>
        <translation>rename</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>vrij punt toevoegen</source>
        <translation>add a free item</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 dossier(s) toevoegen</source>
        <translation>add %1 case(s)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Geen standaardpunten (meer) toe te voegen voor deze soort overleg.</source>
        <translation>No (more) standard items to add for this kind of meeting.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>standaardpunten toevoegen</source>
        <translation>add the standard items</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Standaardpunten</source>
        <translation>Standard items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vaste vrije agendapunten van deze soort overleg, één per regel:</source>
        <translation>Standard free agenda items of this kind of meeting, one per line:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Geen dossier gevonden.</source>
        <translation>No case found.</translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <location filename="../../kempen_desktop/ui/trust/lock_screen.py" line="+164"/>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../kempen_desktop/ui/app.py" line="+232"/>
        <source>De demodatabase kon niet gemaakt worden.</source>
        <translation>The demo database could not be created.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demodatabase maken…</source>
        <translation>Creating demo database…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Uw database is nog leeg. Wilt u eerst een demodatabase met fictieve dossiers openen om het programma te verkennen?

De demogegevens staan in een apart bestand en komen nooit bij uw echte dossiers. U vindt de demo later ook in het menu Bestand.</source>
        <translation>Your database is still empty. Would you like to open a demo database with fictitious cases first, to explore the program?

The demo data is kept in a separate file and never mixes with your real cases. You can also find the demo later in the File menu.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Wachtwoord (wordt niet bewaard):</source>
        <translation>Password (not stored):</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>De kernpartners konden niet toegevoegd worden; er werd geen enkele partner toegevoegd. U kunt ze zelf toevoegen onder Partners.

{error}</source>
        <translation>The core partners could not be added; no partner was added. You can add them yourself under Partners.

{error}</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../kempen_desktop/ui/trust/audit_view.py" line="+44"/>
        <source>Dossier aangemaakt</source>
        <translation>Case created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier gewijzigd</source>
        <translation>Case changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier verwijderd</source>
        <translation>Case deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status gewijzigd</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tijdlijn aangevuld</source>
        <translation>Timeline entry added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier geanonimiseerd</source>
        <translation>Case anonymised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te bespreken aangepast</source>
        <translation>“To discuss” changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lijst ingelezen</source>
        <translation>List imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import ongedaan gemaakt</source>
        <translation>Import undone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back-up gemaakt</source>
        <translation>Backup created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back-up teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oude back-ups opgeruimd</source>
        <translation>Old backups cleaned up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back-ups gewist</source>
        <translation>Backups erased</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back-upmap gewijzigd</source>
        <translation>Backup folder changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wachtwoord gewijzigd</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewaartermijnen gewijzigd</source>
        <translation>Retention periods changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demogegevens gemaakt</source>
        <translation>Demo data created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel-export</source>
        <translation>Excel export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF gemaakt</source>
        <translation>PDF created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda-export</source>
        <translation>Calendar export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inzage-export</source>
        <translation>Subject access export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verslag als PDF</source>
        <translation>Minutes as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossierfiche afgedrukt</source>
        <translation>Case summary printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persoon geanonimiseerd</source>
        <translation>Person anonymised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verwijderd na bewaartermijn</source>
        <translation>Deleted after retention period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oude auditregels gewist</source>
        <translation>Old audit entries erased</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alle dossierhandelingen</source>
        <translation>All case actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle exports</source>
        <translation>All exports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle afdrukken</source>
        <translation>All printouts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle imports</source>
        <translation>All imports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle overleghandelingen</source>
        <translation>All meeting actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle back-uphandelingen</source>
        <translation>All backup actions</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+132"/>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+34"/>
        <location line="+95"/>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+34"/>
        <location line="+95"/>
        <source>Handeling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+130"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+130"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+130"/>
        <source>Auditlog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>dossiernummer</source>
        <translation>case number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tot en met</source>
        <translation>To (inclusive)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporteren naar Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(onbekend)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle handelingen</source>
        <translation>All actions</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n handeling(en)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alleen de nieuwste worden getoond; verfijn de filter</source>
        <translation>only the most recent are shown; refine the filter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Auditlog exporteren</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Het bestand kon niet bewaard worden: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/trust/backup_dialog.py" line="+43"/>
        <source>Dagelijks</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handmatig</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voor een import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voor een update van de database</source>
        <translation>Before a database update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voor het terugzetten van een back-up</source>
        <translation>Before restoring a backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voor het verwijderen van gegevens</source>
        <translation>Before deleting data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voor een wachtwoordwijziging</source>
        <translation>Before a password change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voor het toepassen van bewaartermijnen</source>
        <translation>Before applying retention periods</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Gemaakt op</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Versleuteld</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Map kiezen…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Er zijn nog geen back-ups in deze map.</source>
        <translation>There are no backups in this folder yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nu een back-up maken</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ander bestand…</source>
        <translation>Other file…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Terugzetten…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Map: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De database is beschadigd. Zet een back-up terug: het beschadigde bestand wordt niet gewist maar hernoemd, zodat er niets verloren gaat.</source>
        <translation>The database is damaged. Restore a backup: the damaged file is not erased but renamed, so nothing is lost.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back-ups worden automatisch gemaakt: elke dag bij de start en voor elke import, update, terugzetting of verwijdering. Bewaard worden: alles van de laatste 24 uur, daarna 7 dagelijkse, 4 wekelijkse en 12 maandelijkse.</source>
        <translation>Backups are made automatically: every day at start-up and before every import, update, restore or deletion. Kept are: everything from the last 24 hours, then 7 daily, 4 weekly and 12 monthly backups.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Back-up maken…</source>
        <translation>Creating backup…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Map voor back-ups</source>
        <translation>Folder for backups</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back-up kiezen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back-ups (*.kbak *.db);;Alle bestanden (*)</source>
        <translation>Backups (*.kbak *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>De database wordt vervangen door de back-up van %1. Wat sindsdien werd ingevoerd, verdwijnt uit de database; de huidige toestand wordt eerst zelf als back-up bewaard.

Deze back-up terugzetten?</source>
        <translation>The database will be replaced by the backup of %1. Anything entered since then disappears from the database; the current state is first saved as a backup itself.

Restore this backup?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back-up terugzetten…</source>
        <translation>Restoring backup…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dit bestand kan niet gelezen worden.</source>
        <translation>This file cannot be read.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wachtwoord van de back-up</source>
        <translation>Password of the backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>De back-up werd teruggezet.</source>
        <translation>The backup was restored.</translation>
    </message>
</context>
<context>
    <name>BroughtBackDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/working_copy_summary.py" line="+54"/>
        <source>Werkkopie teruggebracht</source>
        <translation>Working copy brought back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records toegepast op de server: %1</source>
        <translation>Records applied on the server: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records zonder wijziging: %1</source>
        <translation>Records without changes: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuwe records op de server: %1</source>
        <translation>New records on the server: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicten door u beslist: %1</source>
        <translation>Conflicts you decided: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dossier %1 (offline gemaakt) heeft nu nummer %2</source>
        <translation>Case %1 (made offline) now has number %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 conflicten wachten nog op een keuze. Beide versies blijven bewaard; breng de werkkopie opnieuw terug om ze te beslissen.</source>
        <translation>%1 conflicts still wait for a choice. Both versions are kept; bring the working copy back again to decide them.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Er wachten geen conflicten.</source>
        <translation>No conflicts are waiting.</translation>
    </message>
</context>
<context>
    <name>CodeListDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/partners/code_list_dialog.py" line="+53"/>
        <source>Waarden in gebruik of meegeleverd met het programma kunnen niet verwijderd worden; zet ze op inactief, dan worden ze niet meer aangeboden maar blijven ze zichtbaar bij bestaande gegevens.</source>
        <translation>Values that are in use or that come with the program cannot be deleted; set them to inactive, then they are no longer offered but remain visible with existing data.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In gebruik</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Toevoegen…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam wijzigen…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Deactiveren</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inactief</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Activeren</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In gebruik: alleen deactiveren is mogelijk.</source>
        <translation>In use: it can only be deactivated.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meegeleverd met het programma: alleen deactiveren is mogelijk.</source>
        <translation>Comes with the program: it can only be deactivated.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Waarde toevoegen</source>
        <translation>Add value</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Omschrijving:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Naam wijzigen</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Waarde verwijderen</source>
        <translation>Delete value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‘%1’ verwijderen?</source>
        <translation>Delete ‘%1’?</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../kempen_desktop/ui/common/column_chooser.py" line="+61"/>
        <source>Standaardkolommen herstellen</source>
        <translation>Restore default columns</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/common/conflict_dialog.py" line="+35"/>
        <source>Iemand anders heeft dit intussen gewijzigd — opnieuw openen</source>
        <translation>Someone else changed this in the meantime — open it again</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Intussen gewijzigd door iemand anders</source>
        <translation>Changed by someone else in the meantime</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Iemand anders heeft dit intussen bewaard. Wat maar één van jullie wijzigde, is samengevoegd. Deze velden wijzigden jullie allebei: kies per veld wat bewaard wordt.</source>
        <translation>Someone else saved this in the meantime. What only one of you changed has been merged. You both changed these fields: choose per field what is saved.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hun versie (nu bewaard)</source>
        <translation>Their version (saved now)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn versie</source>
        <translation>My version</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Samengevoegd</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location line="+14"/>
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
    <name>ContactDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/partners/contact_dialog.py" line="+38"/>
        <source>Contactpersoon bewerken</source>
        <translation>Edit contact person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nieuwe contactpersoon</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bv. trajectbegeleider, HR-verantwoordelijke</source>
        <translation>e.g. pathway counsellor, HR manager</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actief (wordt aangeboden bij het kiezen van personen)</source>
        <translation>Active (offered when choosing people)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Familienaam</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functie</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Niet opgeslagen: verbeter de aangeduide velden.</source>
        <translation>Not saved: correct the marked fields.</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../kempen_desktop/ui/trust/lock_screen.py" line="-107"/>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../kempen_desktop/ui/common/date_field.py" line="+73"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typ bv. 28-11-2026, 28/11/26, 28112026, 2026-11-28, t (vandaag), +14 (dagen), -3w (weken), +2m (maanden). Pijl op/neer: een dag verder/terug.</source>
        <translation>Type e.g. 28-11-2026, 28/11/26, 28112026, 2026-11-28, t (today), +14 (days), -3w (weeks), +2m (months). Arrow up/down: one day later/earlier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Deze dag bestaat niet.</source>
        <translation>This day does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze datum ligt te ver in het verleden of de toekomst.</source>
        <translation>This date is too far in the past or the future.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geen datum. Typ bv. 28-11-2026, 28112026, t of +14.</source>
        <translation>Not a date. Type e.g. 28-11-2026, 28112026, t or +14.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vul een datum in.</source>
        <translation>Fill in a date.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>ma</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wo</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>za</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zo</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>DossierDetailPane</name>
    <message>
        <location filename="../../kempen_desktop/ui/dossiers/dossier_detail.py" line="+28"/>
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
        <location line="+124"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>&amp;Status…</source>
        <translation>&amp;Status…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Bewerk&amp;en…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notitie…</source>
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
        <location line="+1"/>
        <source>&amp;Te bespreken</source>
        <translation>&amp;To discuss</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zet dit dossier op de agenda van het volgende overleg</source>
        <translation>Put this case on the agenda of the next meeting</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Kies een dossier in de lijst om het hier te zien.</source>
        <translation>Choose a case in the list to see it here.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>sinds</source>
        <translation>since</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+2"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+2"/>
        <source>Verantwoordelijke partner</source>
        <translation>Responsible partner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Begeleider</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volgende opvolging</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Te bespreken</source>
        <translation>To discuss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ja, op het volgende overleg</source>
        <translation>yes, at the next meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kansengroepen</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Situatie</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nog niets in de tijdlijn.</source>
        <translation>Nothing in the timeline yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Opvolging en actiepunten</source>
        <translation>Follow-ups and action points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aangeworven</source>
        <translation>hired</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Auditlog van dit dossier</source>
        <translation>Audit log of this case</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>en %1 oudere; zie Bestand → Beveiliging → Auditlog</source>
        <translation>and %1 older; see File → Security → Audit log</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nog geen handelingen geregistreerd.</source>
        <translation>No actions recorded yet.</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/dossiers/dossier_dialog.py" line="+97"/>
        <source>Dossier bewerken</source>
        <translation>Edit case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nieuw dossier</source>
        <translation>New case</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Identiteit</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>jj.mm.dd-vvv.cc (niet verplicht)</source>
        <translation>yy.mm.dd-nnn.cc (optional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vrouw</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Man</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+7"/>
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
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Verantwoordelijke partner</source>
        <translation>Responsible partner</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+157"/>
        <source>Het dossier is niet bewaard: iemand anders wijzigde het intussen.</source>
        <translation>The dossier was not saved: someone else changed it in the meantime.</translation>
    </message>
    <message>
        <location line="-271"/>
        <location line="+118"/>
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
    <message>
        <location line="+9"/>
        <source>Het dossier is niet bewaard: %1</source>
        <translation>The case was not saved: %1</translation>
    </message>
</context>
<context>
    <name>DossierExportDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/dossiers/dossier_exports.py" line="+104"/>
        <location line="+90"/>
        <location line="+17"/>
        <source>Dossiers exporteren</source>
        <translation>Export cases</translation>
    </message>
    <message numerus="yes">
        <location line="-102"/>
        <source>%n dossier(s) in de huidige lijst (filter en sortering zoals getoond).</source>
        <translation>
            <numerusform>%n case in the current list (filter and sorting as shown).</numerusform>
            <numerusform>%n cases in the current list (filter and sorting as shown).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoals getoond: de zichtbare kolommen</source>
        <translation>As shown: the visible columns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle velden, met INSZ en adres (kan opnieuw ingelezen worden)</source>
        <translation>All fields, with INSZ and address (can be imported again)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voor een partner: enkel dossiers met geldige toestemming en enkel de velden die de partner mag ontvangen</source>
        <translation>For a partner: only cases with valid consent and only the fields the partner may receive</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statistisch: zonder namen, INSZ en geboortedata, met pseudoniemen; aantallen onder 5 verborgen</source>
        <translation>Statistical: without names, INSZ and dates of birth, with pseudonyms; counts below 5 hidden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Een export voor een partner wordt in het auditlogboek bijgehouden.</source>
        <translation>An export for a partner is recorded in the audit log.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kies de partner voor wie de lijst is.</source>
        <translation>Choose the partner the list is for.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dossiers voor %1</source>
        <translation>Cases for %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossiers statistisch</source>
        <translation>Case statistics</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kempen_desktop/ui/dossiers/dossiers_tab.py" line="+329"/>
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 dossier(s) bewaard in %2.</source>
        <translation>%1 case(s) saved in %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 dossier(s) zonder geldige toestemming werden weggelaten.</source>
        <translation>%1 case(s) without valid consent were left out.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>De export is mislukt (%1).</source>
        <translation>The export failed (%1).</translation>
    </message>
</context>
<context>
    <name>DossierExports</name>
    <message>
        <location line="-194"/>
        <source>Identiteit</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status en geschiedenis</source>
        <translation>Status and history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kansengroepen</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verantwoordelijke partner</source>
        <translation>Responsible partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open actiepunten</source>
        <translation>Open action points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uitstroom naar werk</source>
        <translation>Transition to work</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kies een partner…</source>
        <translation>Choose a partner…</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Dossiers wegschrijven…</source>
        <translation>Writing cases…</translation>
    </message>
</context>
<context>
    <name>DossierFilterBar</name>
    <message>
        <location filename="../../kempen_desktop/ui/dossiers/dossier_filters.py" line="+58"/>
        <source>Zoek op naam, INSZ, klantnummer, gemeente of notitie…</source>
        <translation>Search by name, national number (INSZ), client number, municipality or note…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open dossiers</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+19"/>
        <source>Mijn opvolgingen</source>
        <translation>My follow-ups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open dossiers met een opvolging tegen het einde van deze week of verlopen</source>
        <translation>Open cases with a follow-up due by the end of this week, or overdue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bewaarde filters</source>
        <translation>Saved filters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bewaren…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De huidige filters bewaren onder een naam</source>
        <translation>Save the current filters under a name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De gekozen bewaarde filter verwijderen</source>
        <translation>Delete the chosen saved filter</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Bewaarde filters…</source>
        <translation>Saved filters…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Filter bewaren</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Naam van deze filter:</source>
        <translation>Name of this filter:</translation>
    </message>
</context>
<context>
    <name>DossierSummaryDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/dossiers/dossier_exports.py" line="+64"/>
        <source>Dossierfiche</source>
        <translation>Case summary</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Dossierfiche van %n dossier(s); elk dossier begint op een nieuwe pagina.</source>
        <translation>
            <numerusform>Case summary of %n case; each case starts on a new page.</numerusform>
            <numerusform>Case summary of %n cases; each case starts on a new page.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Versie voor een partner (zonder INSZ en interne notities; enkel dossiers met toestemming)</source>
        <translation>Version for a partner (without INSZ and internal notes; only cases with consent)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Voorbeeld en afdrukken…</source>
        <translation>&amp;Preview and print…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kies minstens één onderdeel.</source>
        <translation>Choose at least one section.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kies de partner voor wie de fiche is.</source>
        <translation>Choose the partner the summary is for.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Geen enkel gekozen dossier heeft een geldige toestemming voor deze partner.</source>
        <translation>None of the chosen cases has valid consent for this partner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dossierfiche — voorbeeld</source>
        <translation>Case summary — preview</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 dossier(s) zonder geldige toestemming voor deze partner werden weggelaten.</source>
        <translation>%1 case(s) without valid consent for this partner were left out.</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../kempen_desktop/ui/dossiers/dossier_columns.py" line="+23"/>
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
        <location line="+47"/>
        <source>Opvolging verlopen</source>
        <translation>Follow-up overdue</translation>
    </message>
</context>
<context>
    <name>DossierUndo</name>
    <message>
        <location filename="../../kempen_desktop/ui/dossiers/undoable.py" line="+37"/>
        <source>Dossier bewerken</source>
        <translation>Edit case</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opvolgdatum wijzigen</source>
        <translation>Change follow-up date</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dossier afsluiten</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status wijzigen</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Notitie toevoegen</source>
        <translation>Add note</translation>
    </message>
</context>
<context>
    <name>DossiersTab</name>
    <message>
        <location filename="../../kempen_desktop/ui/dossiers/dossiers_tab.py" line="-235"/>
        <source>Nog geen dossiers</source>
        <translation>No cases yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importeer de lijst die u van VDAB of het OCMW kreeg (Excel of CSV), of maak een dossier aan voor wie u zelf aanmeldt.</source>
        <translation>Import the list you received from VDAB or the OCMW (Excel or CSV), or create a case for someone you register yourself.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lijst importeren…</source>
        <translation>Import list…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nieuw dossier…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Geen dossiers voor u</source>
        <translation>No cases for you</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U ziet hier de dossiers die uw organisatie volgt met een geldige toestemming. Nieuwe dossiers maakt de regisseur aan.</source>
        <translation>Here you see the cases your organisation follows with a valid consent. New cases are created by the coordinator.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nieuw dossier</source>
        <translation>New case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De lijst zoals getoond, voor een partner of statistisch naar Excel</source>
        <translation>The list as shown, for a partner or statistical, to Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dossierfiche…</source>
        <translation>Case summary…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF van de geselecteerde dossier(s): voorbeeld en afdrukken</source>
        <translation>PDF of the selected case(s): preview and print</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dossiers met een naam die lijkt op wat u zocht (een tikfout, een andere spelling)</source>
        <translation>Dossiers whose name looks like what you searched for (a typo, another spelling)</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of meer dossiers; typ verder om te verfijnen</source>
        <translation>
            <numerusform>%n or more cases; type more to narrow the search</numerusform>
            <numerusform>%n or more cases; type more to narrow the search</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Geen dossiers gevonden.</source>
        <translation>No cases found.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gelijkaardige namen zoeken</source>
        <translation>Find similar names</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Filter wissen</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Uit de rapporten: %1</source>
        <translation>From the reports: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Geen gelijkaardige namen</source>
        <translation>No similar names</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Namen die lijken op “%1”</source>
        <translation>Names like “%1”</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Dossier verwijderen</source>
        <translation>Delete case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossier %1 van %2 %3 definitief verwijderen, met de tijdlijn, de toestemmingen en de bespreking in overlegmomenten? Dit kan niet ongedaan gemaakt worden. Sluit het dossier liever af als de begeleiding stopt.</source>
        <translation>Permanently delete case %1 of %2 %3, with its timeline, consents and its discussion in meetings? This cannot be undone. When the guidance ends, close the case instead.</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/partners/engagement_dialog.py" line="+46"/>
        <source>Voortrekker</source>
        <translation>Lead partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Als werkgever (aanwerven, stages, …)</source>
        <translation>As employer (hiring, internships, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als opdrachtgever van de sociale economie</source>
        <translation>As customer of the social economy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aanwerving uit de kansengroepen</source>
        <translation>Hiring from the target groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation>Internships</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Werkplekleren</source>
        <translation>Workplace learning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art. 60</source>
        <translation>Art. 60</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wijk-werken</source>
        <translation>Wijk-werken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>aanwerving</source>
        <translation>hiring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stages</source>
        <translation>internships</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>werkplekleren</source>
        <translation>workplace learning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>art. 60</source>
        <translation>art. 60</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wijk-werken</source>
        <translation>wijk-werken</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Engagement bewerken</source>
        <translation>Edit commitment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nieuw engagement</source>
        <translation>New commitment</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inclusief ondernemen</source>
        <translation>Inclusive entrepreneurship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rol in het partnerschap</source>
        <translation>Role in the partnership</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Soort engagement</source>
        <translation>Type of commitment</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Engageert zich</source>
        <translation>Committed as</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vormen</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leeg: loopt nog. Het engagement telt niet meer mee vanaf deze datum.</source>
        <translation>Empty: still ongoing. The commitment no longer counts from this date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tot (leeg: loopt nog)</source>
        <translation>Until (empty: ongoing)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waaruit blijkt het engagement? bv. charter ondertekend, stageplaatsen aangeboden</source>
        <translation>What shows the commitment? e.g. charter signed, internships offered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bewijs</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Uitstroom naar werk</source>
        <translation>Transition to work</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Niet opgeslagen: verbeter de aangeduide velden.</source>
        <translation>Not saved: correct the marked fields.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/common/error_dialog.py" line="+31"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kempen Desktop stootte op een onverwachte fout. Uw gegevens zijn bewaard tot aan de laatste geslaagde handeling. Kopieer de technische details hieronder als u de fout wilt melden; ze bevatten geen gegevens van cliënten.</source>
        <translation>Kempen Desktop ran into an unexpected error. Your data has been saved up to the last successful action. Copy the technical details below if you want to report the error; they contain no client data.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1

Uw gegevens zijn bewaard tot aan de laatste geslaagde handeling.</source>
        <translation>%1

Your data has been saved up to the last successful action.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/actions/dialogs.py" line="+123"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+18"/>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Tot en &amp;met</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>&amp;Plaats</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>&amp;Actie</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Organiserende partners</source>
        <translation>&amp;Organising partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deelnemende &amp;werkgevers</source>
        <translation>Participating &amp;employers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doelgroep&amp;en</source>
        <translation>Target &amp;groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Anonieme &amp;bezoekers</source>
        <translation>Anonymous &amp;visitors</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>&amp;Contacten</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Sollicitatie&amp;gesprekken</source>
        <translation>Job &amp;interviews</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Aanwervingen &amp;zonder dossier</source>
        <translation>Hires &amp;without a case</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>&amp;Resultaten</source>
        <translation>&amp;Results</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../kempen_desktop/ui/first_run.py" line="+61"/>
        <source>Kempen Desktop instellen</source>
        <translation>Set up Kempen Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overslaan</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beginnen</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volgende &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; Vorige</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waar staan uw gegevens?</source>
        <translation>Where is your data kept?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+160"/>
        <source>Alle dossiers staan in één bestand op deze computer. Kies een map op een lokale schijf (geen netwerkmap).</source>
        <translation>All dossiers are kept in one file on this computer. Choose a folder on a local disk (not a network folder).</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Geen wachtwoord: het bestand niet versleutelen</source>
        <translation>No passphrase: do not encrypt the file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen op een computer met een versleutelde schijf (BitLocker, LUKS).</source>
        <translation>Only on a computer with an encrypted disk (BitLocker, LUKS).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lokaal bestand op deze computer</source>
        <translation>&amp;Local file on this computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team&amp;server (PostgreSQL)</source>
        <translation>Team &amp;server (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Databasebestand:</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wachtwoord:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herhaal het wachtwoord:</source>
        <translation>Repeat the passphrase:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>gebruiker@server:5432/kempen</source>
        <translation>user@server:5432/kempen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alleen voor deze verbinding; Kempen Desktop bewaart het nergens.</source>
        <translation>For this connection only; Kempen Desktop never stores it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbinding &amp;testen</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adres:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wachtwoord op de server:</source>
        <translation>Password on the server:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Uw regio</source>
        <translation>Your region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voor welke gemeenten werkt u? Kies een voorstel of vink zelf aan.</source>
        <translation>Which municipalities do you work for? Choose a preset or tick them yourself.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vrije keuze</source>
        <translation>Free choice</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Over u</source>
        <translation>About you</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw naam, functie en organisatie komen in verslagen, rapporten en e-mails.</source>
        <translation>Your name, function and organisation appear in minutes, reports and e-mails.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lokale regisseur sociale economie en werk</source>
        <translation>Lokale regisseur sociale economie en werk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bv. Stad Turnhout of IOK</source>
        <translation>e.g. Stad Turnhout or IOK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functie:</source>
        <translation>Function:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisatie:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kernpartners</source>
        <translation>Core partners</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze partners worden als organisatie toegevoegd. Vink uit wat niet past; dubbelklik om een naam aan te passen. Later kan alles in Partners.</source>
        <translation>These partners are added as organisations. Untick what does not fit; double-click to edit a name. Everything can be changed later in Partners.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Liever eerst de demo bekijken</source>
        <translation>Explore the demo first instead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opent een apart demobestand met fictieve dossiers; uw database blijft leeg.</source>
        <translation>Opens a separate demo file with fictitious dossiers; your database stays empty.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Databasebestand</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>De dossiers staan op de PostgreSQL-server van uw team. IT gaf u het adres en uw gebruikersnaam; uw wachtwoord wordt niet bewaard.</source>
        <translation>The cases are on your team&apos;s PostgreSQL server. IT gave you the address and your user name; your password is not stored.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Geef het adres als gebruiker@server:5432/database.</source>
        <translation>Give the address as user@server:5432/database.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verbonden: alles is klaar.</source>
        <translation>Connected: everything is ready.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Minstens 8 tekens, of kies uitdrukkelijk voor geen wachtwoord.</source>
        <translation>At least 8 characters, or explicitly choose no passphrase.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De twee wachtwoorden verschillen.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vergeet dit wachtwoord niet: niemand kan het herstellen.</source>
        <translation>Do not forget this passphrase: nobody can recover it.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/common/help_dialogs.py" line="-40"/>
        <source>Handleiding</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HireDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/actions/dialogs.py" line="+84"/>
        <source>Aanwerving</source>
        <translation>Hire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(geen aanwerving)</source>
        <translation>(no hire)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aangeworven &amp;door</source>
        <translation>Hired &amp;by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start op</source>
        <translation>&amp;Starts on</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/importing/import_history.py" line="+26"/>
        <source>Toegepast</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongedaan gemaakt</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deels ongedaan gemaakt</source>
        <translation>Partly undone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiel</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Geweigerd</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importgeschiedenis</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+30"/>
        <location line="+24"/>
        <location line="+9"/>
        <location line="+12"/>
        <location line="+6"/>
        <source>Import ongedaan maken</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Wat nog overblijft van de import van %1 ongedaan maken? %2 dossier(s) krijgen hun vorige toestand terug (nieuwe dossiers worden verwijderd).</source>
        <translation>Undo what is left of the import of %1? %2 case(s) get their previous state back (new cases are deleted).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De import van %1 ongedaan maken? De %2 nieuwe dossiers worden verwijderd en de %3 gewijzigde dossiers krijgen hun vorige waarden terug.</source>
        <translation>Undo the import of %1? The %2 new cases will be deleted and the %3 changed cases get their previous values back.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>De rest van de import is ongedaan gemaakt: %1 nieuwe dossier(s) verwijderd, %2 dossier(s) hersteld. Behouden zoals ze nu zijn: dossier(s) %3.</source>
        <translation>The rest of the import was undone: %1 new case(s) deleted, %2 case(s) restored. Kept as they are now: case(s) %3.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../kempen_desktop/ui/importing/import_wizard.py" line="+83"/>
        <source>Lijst importeren</source>
        <translation>Import list</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+423"/>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="-422"/>
        <location line="+426"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>Kies een .xlsx-, .xls-, .ods- of .csv-bestand</source>
        <translation>Choose an .xlsx, .xls, .ods or .csv file</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&lt; V&amp;orige</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Bla&amp;deren…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Profiel</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Werkblad</source>
        <translation>&amp;Sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen lege velden aanvullen (aanbevolen)</source>
        <translation>Only fill in empty fields (recommended)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bewaarde gegevens overschrijven met de waarden uit het bestand</source>
        <translation>Overwrite stored data with the values from the file</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bestaande dossiers</source>
        <translation>Existing cases</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Er wordt niets bewaard voor u het voorbeeld gezien hebt. Een lege cel wist nooit gegevens.</source>
        <translation>Nothing is saved before you have seen the preview. An empty cell never erases data.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Lijst kiezen</source>
        <translation>Choose list</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (verborgen)</source>
        <translation>%1 (hidden)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Kopregel staat op rij</source>
        <translation>&amp;Header is on row</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bewaren als &amp;profiel…</source>
        <translation>Save as &amp;profile…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gegeven</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kolom in het bestand</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Herkende kolommen zijn al gekozen. Pas aan waar nodig; velden zonder kolom worden niet ingelezen.</source>
        <translation>Recognised columns are already chosen. Adjust where needed; fields without a column are not read.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Statuswaarden in het bestand: welke status betekent elke waarde?</source>
        <translation>&amp;Status values in the file: which status does each value mean?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waarde in het bestand</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rijen</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Onze status</source>
        <translation>Our status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nieuwe dossiers starten in de gekoppelde status (Afgesloten: als Aangemeld, want afsluiten vraagt een reden). Een waarde die niet overgenomen wordt, verandert niets: de tekst komt in de tijdlijn. Bestaande dossiers houden hun status. Bewaar het profiel om deze koppeling te onthouden.</source>
        <translation>New cases start in the linked status (Closed: as Registered, because closing needs a reason). A value that is not taken changes nothing: the text goes into the timeline. Existing cases keep their status. Save the profile to remember this mapping.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>— niet overnemen —</source>
        <translation>— do not take —</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>— niet inlezen —</source>
        <translation>— do not read —</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Profiel bewaren</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam van het profiel:</source>
        <translation>Profile name:</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Import klaar: %1 nieuwe dossiers, %2 gewijzigde dossiers, %3 ongewijzigd, %4 verschilt (niet overgenomen), %5 niet beslist of overgeslagen, %6 geweigerd. U kunt deze import ongedaan maken via Bestand → Importgeschiedenis.</source>
        <translation>Import done: %1 new dossiers, %2 changed dossiers, %3 unchanged, %4 differ (not taken over), %5 not decided or skipped, %6 rejected. You can undo this import via File → Import history.</translation>
    </message>
    <message>
        <location filename="../../kempen_desktop/ui/importing/import_preview.py" line="+59"/>
        <source>Rij</source>
        <extracomment>the preview tabs, in order</extracomment>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>INSZ</source>
        <translation>National number (INSZ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verschilt, niet overgenomen</source>
        <translation>Differs, not taken over</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In het dossier → in het bestand (niet overgenomen)</source>
        <translation>In the dossier → in the file (not taken over)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cel</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../kempen_desktop/ui/importing/import_wizard.py" line="-476"/>
        <source>Profiel &amp;laden…</source>
        <translation>&amp;Load profile…</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>&amp;Exporteren als TOML…</source>
        <translation>&amp;Export as TOML…</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Profiel exporteren</source>
        <translation>Export profile</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kan het profiel niet bewaren: %1</source>
        <translation>Cannot save the profile: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profiel laden</source>
        <translation>Load profile</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Geweigerde rijen bewaren</source>
        <translation>Save rejected rows</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 geweigerde rijen bewaard in %2.</source>
        <translation>%1 rejected rows saved in %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Geannuleerd: er is niets bewaard.</source>
        <translation>Cancelled: nothing was saved.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bestand lezen…</source>
        <translation>Reading file…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bestand lezen</source>
        <translation>Reading file</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Voorbeeld maken</source>
        <translation>Preparing preview</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Importeren</source>
        <translation>Importing</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/partners/indicator_view.py" line="+275"/>
        <source>Inclusieve werkgevers (doel: 1 op 2)</source>
        <translation>Inclusive employers (target: 1 in 2)</translation>
    </message>
    <message>
        <location filename="../../kempen_desktop/ui/actions/dialogs.py" line="-248"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Met de hand ingevuld</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>geen doel</source>
        <translation>no target</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Berekening</source>
        <translation>&amp;Computation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eenheid</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Doel</source>
        <translation>&amp;Target</translation>
    </message>
</context>
<context>
    <name>IndicatorView</name>
    <message>
        <location filename="../../kempen_desktop/ui/partners/indicator_view.py" line="-237"/>
        <source>werkgever</source>
        <translation>employer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opdrachtgever</source>
        <translation>customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>werkgever en opdrachtgever</source>
        <translation>employer and customer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alle gemeenten</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+30"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Werkgevers</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Inclusief</source>
        <translation>Inclusive</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Aandeel</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Doel 1 op 2</source>
        <translation>Target 1 in 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gehaald</source>
        <translation>reached</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Werkgever</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Als</source>
        <translation>As</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vormen</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Peildatum</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Werkgevers: actieve partners van de soort ‘Werkgever’. Inclusief: met een lopend engagement als werkgever of als opdrachtgever van de sociale economie op de peildatum.</source>
        <translation>Employers: active partners of the type ‘Werkgever’ (employer). Inclusive: with an ongoing commitment as employer or as customer of the social economy on the reference date.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Alleen inclusieve</source>
        <translation>Only inclusive</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dubbelklik om de werkgever te tonen in de partnerlijst.</source>
        <translation>Double-click to show the employer in the partner list.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>doel gehaald</source>
        <translation>target met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>doel nog niet gehaald</source>
        <translation>target not yet met</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Op %1 engageren &lt;b&gt;%2 van de %3&lt;/b&gt; werkgevers zich inclusief: &lt;b&gt;%4&lt;/b&gt; (doel: 1 op 2, %5).</source>
        <translation>On %1, &lt;b&gt;%2 of the %3&lt;/b&gt; employers have an inclusive commitment: &lt;b&gt;%4&lt;/b&gt; (target: 1 in 2, %5).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Werkgevers in %1</source>
        <translation>Employers in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle werkgevers</source>
        <translation>All employers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 van %2 inclusief</source>
        <translation>%1 of %2 inclusive</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../kempen_desktop/ui/common/list_export.py" line="+219"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Het bestand is in gebruik of de map is niet schrijfbaar. Sluit het in Excel of LibreOffice en probeer opnieuw.</source>
        <translation>The file is in use or the folder is not writable. Close it in Excel or LibreOffice and try again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 kon niet geschreven worden.

%2</source>
        <translation>%1 could not be written.

%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lijst exporteren</source>
        <translation>Export list</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../kempen_desktop/ui/main_menus.py" line="+28"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+62"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+66"/>
        <source>Opn&amp;ieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>In&amp;stellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Ongedaan maken: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opn&amp;ieuw: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Handleiding</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Logmap openen</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Over Kempen Desktop</source>
        <translation>&amp;About Kempen Desktop</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Lijst: het gekozen item openen</source>
        <translation>List: open the selected item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lijst: het gekozen item verwijderen (met bevestiging)</source>
        <translation>List: delete the selected item (after confirmation)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tabblad kiezen</source>
        <translation>Choose a tab</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kempen_desktop/ui/main_window.py" line="+97"/>
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
        <location line="+2"/>
        <source>A&amp;cties</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <location line="+152"/>
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
        <source>Lijst &amp;exporteren…</source>
        <translation>&amp;Export list…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De lijst van het huidige tabblad naar Excel (.xlsx)</source>
        <translation>The list of the current tab to Excel (.xlsx)</translation>
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
        <location line="+18"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n of meer dossiers; typ verder om te verfijnen</source>
        <translation>
            <numerusform>%n or more cases; type more to narrow the search</numerusform>
            <numerusform>%n or more cases; type more to narrow the search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n dossier(s) in de lijst</source>
        <translation>
            <numerusform>%n case in the list</numerusform>
            <numerusform>%n cases in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n dossier(s) in de lijst — Enter opent, Delete verwijdert</source>
        <translation>
            <numerusform>%n case in the list — Enter opens, Delete deletes</numerusform>
            <numerusform>%n cases in the list — Enter opens, Delete deletes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overlegmomenten: plannen, agenda, vergadermodus en verslag</source>
        <translation>Meetings: planning, agenda, meeting mode and minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners: organisaties, contactpersonen en engagementen</source>
        <translation>Partners: organisations, contact persons and engagements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acties: beleidsacties met indicatoren en rapportering, activiteiten</source>
        <translation>Actions: policy actions with indicators and reporting, activities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapporten: dashboard, semesterrapport en lijsten</source>
        <translation>Reports: dashboard, semester report and lists</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Taal / Language</source>
        <translation>Taal / Language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De nieuwe taal wordt gebruikt na een herstart. Nu herstarten?

The new language is used after a restart. Restart now?</source>
        <translation>De nieuwe taal wordt gebruikt na een herstart. Nu herstarten?

The new language is used after a restart. Restart now?</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoals het systeem</source>
        <translation>System default</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>DEMO — </source>
        <translation>DEMO — </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Lijst bewaard in %1</source>
        <translation>List saved in %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit tabblad heeft geen lijst om te exporteren.</source>
        <translation>This tab has no list to export.</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/actions/dialogs.py" line="+32"/>
        <source>Meting</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De waarde wordt berekend op deze datum.</source>
        <translation>The value is computed on this date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Waarde</source>
        <translation>&amp;Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opmerking</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/meetings/meeting_dialog.py" line="+258"/>
        <source>Overleg bewerken</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reeks overlegmomenten plannen</source>
        <translation>Plan a series of meetings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuw overleg</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bv. Cliëntoverleg VDAB - OCMW</source>
        <translation>e.g. Client meeting VDAB - OCMW</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>van</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tot</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Plaats</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisator</source>
        <translation>&amp;Organiser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Algemene notities: staan in elke versie van het verslag, dus geen cliëntgegevens</source>
        <translation>General notes: they appear in every version of the minutes, so no client data</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Notities</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terugkerende reeks</source>
        <translation>Recurring series</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> keer</source>
        <translation> times</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> maand(en)</source>
        <translation> month(s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>om de</source>
        <translation>every</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Uitgenodigd&lt;/b&gt;</source>
        <translation>&lt;b&gt;Invited&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingExports</name>
    <message>
        <location filename="../../kempen_desktop/ui/meetings/meeting_exports.py" line="+115"/>
        <source>Volledig verslag (alle dossiers)</source>
        <translation>Full minutes (all dossiers)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versie voor %1</source>
        <translation>Version for %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>Verslag</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Welke versie?</source>
        <translation>Which version?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Verslag bewaren</source>
        <translation>Save minutes</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+55"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Map voor de e-maildrafts</source>
        <translation>Folder for the e-mail drafts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verslag versturen</source>
        <translation>Send minutes</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n e-maildraft(s) met het verslag per partner bewaard in %1; open ze in uw mailprogramma om ze na te lezen en te versturen.</source>
        <translation>
            <numerusform>%n e-mail draft with the minutes per partner saved in %1; open it in your mail program to check and send it.</numerusform>
            <numerusform>%n e-mail drafts with the minutes per partner saved in %1; open them in your mail program to check and send them.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Dossierfiches bewaren</source>
        <translation>Save dossier sheets</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dossierfiches</source>
        <translation>Dossier sheets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Geen dossier op de agenda mag met deze partner gedeeld worden.</source>
        <translation>No dossier on the agenda may be shared with this partner.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n dossierfiche(s) met voorblad bewaard in %1.</source>
        <translation>
            <numerusform>%n dossier sheet with cover page saved in %1.</numerusform>
            <numerusform>%n dossier sheets with cover page saved in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Verslag bewaard in %1.</source>
        <translation>Minutes saved in %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Actielijst bewaren</source>
        <translation>Save action list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Actielijst</source>
        <translation>Action list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actielijst bewaard in %1.</source>
        <translation>Action list saved in %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <location line="+9"/>
        <location line="+4"/>
        <source>Agenda exporteren</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>De hele reeks exporteren? (Nee: alleen dit overleg)</source>
        <translation>Export the whole series? (No: only this meeting)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agenda (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n overlegmoment(en) bewaard in %1.</source>
        <translation>
            <numerusform>%n meeting saved in %1.</numerusform>
            <numerusform>%n meetings saved in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingLinkDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/actions/dialogs.py" line="+131"/>
        <source>Overlegmomenten koppelen</source>
        <translation>Link meetings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoek op datum of titel</source>
        <translation>Search by date or title</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overlegmomenten</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aangevinkte overlegmomenten komen in het concept van de rapportering (geannuleerde met hun reden).</source>
        <translation>Ticked meetings appear in the report draft (cancelled ones with their reason).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
</context>
<context>
    <name>MeetingModeWindow</name>
    <message>
        <location filename="../../kempen_desktop/ui/meetings/meeting_mode.py" line="+107"/>
        <source>Vergadermodus — %1</source>
        <translation>Meeting mode — %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Dit overleg vindt pas plaats op %1: vergadermodus is alleen-lezen tot dan.</source>
        <translation>This meeting only takes place on %1: meeting mode is read-only until then.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deelnemers (F3; spatie: aanwezig/verontschuldigd)</source>
        <translation>Participants (F3; space: present/excused)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Persoonlijke gegevens verborgen (F9)</source>
        <translation>Personal data hidden (F9)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Iemand anders wijzigde deze tekst; beide versies bewaard</source>
        <translation>Someone else changed this text; both versions kept</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Besproken (Ctrl+D)</source>
        <translation>Discussed (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afspraak (Ctrl+G)</source>
        <translation>Agreement (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actiepunten (Ctrl+N: wat ⏎ wie ⏎ tegen wanneer ⏎)</source>
        <translation>Action points (Ctrl+N: what ⏎ who ⏎ by when ⏎)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wat moet er gebeuren?</source>
        <translation>What needs to be done?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wie?</source>
        <translation>Who?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tegen (15/12, +14, 3w)</source>
        <translation>By when (15/12, +14, 3w)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete schrapt het gekozen actiepunt</source>
        <translation>Delete removes the selected action point</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PgDn/Ctrl+→ volgende · PgUp/Ctrl+← vorige · F3 deelnemers · Ctrl+D besproken · Ctrl+G afspraak · Ctrl+N actiepunt · F9 verberg persoonsgegevens · Ctrl+E overleg afsluiten · Ctrl+plus/min zoom · Esc sluiten</source>
        <translation>PgDn/Ctrl+→ next · PgUp/Ctrl+← previous · F3 participants · Ctrl+D discussed · Ctrl+G agreement · Ctrl+N action point · F9 hide personal data · Ctrl+E close meeting · Ctrl+plus/minus zoom · Esc close</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Dossier %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossier %1 — %2</source>
        <translation>Case %1 — %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Punt %1 van %2</source>
        <translation>Item %1 of %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+228"/>
        <source>Deze agenda is leeg.</source>
        <translation>This agenda is empty.</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Niet bespreken met alle partners: %1</source>
        <translation>Not to be discussed with all partners: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vrij agendapunt.</source>
        <translation>Free agenda item.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dit dossier bestaat niet meer.</source>
        <translation>This case no longer exists.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Bewaard</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Typ eerst wat er moet gebeuren.</source>
        <translation>First type what needs to be done.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kies wie het opneemt: de regisseur of een deelnemer.</source>
        <translation>Choose who takes it on: the coordinator or a participant.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+11"/>
        <source>Overleg afsluiten</source>
        <translation>Close meeting</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Het overleg afsluiten als gehouden? De besproken punten en afspraken komen in de tijdlijn van elk besproken dossier.</source>
        <translation>Close the meeting as held? The points discussed and the agreements go into the timeline of every case discussed.</translation>
    </message>
    <message>
        <location filename="../../kempen_desktop/ui/meetings/meeting_mode_parts.py" line="+99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kansengroepen</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opgevolgd door</source>
        <translation>Followed by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Laatste notities</source>
        <translation>Latest notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open actiepunten</source>
        <translation>Open action points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sinds %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(verborgen)</source>
        <translation>(hidden)</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../kempen_desktop/ui/meetings/labels.py" line="+11"/>
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
        <source>Geannuleerd</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verplaatst</source>
        <translation>Rescheduled</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+3"/>
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
        <location filename="../../kempen_desktop/ui/meetings/meeting_detail.py" line="+19"/>
        <source>Alle data</source>
        <translation>All dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Komend</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgelopen 3 maanden</source>
        <translation>Past 3 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgelopen 12 maanden</source>
        <translation>Past 12 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit jaar</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorig jaar</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+51"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+37"/>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open actiepunten</source>
        <translation>Open action points</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisator</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verplaatst van een eerder overleg.</source>
        <translation>Moved from an earlier meeting.</translation>
    </message>
    <message>
        <location filename="../../kempen_desktop/ui/meetings/meetings_tab.py" line="+375"/>
        <source>Nog geen overlegmomenten. Maak een demodatabase om te verkennen.</source>
        <translation>No meetings yet. Create a demo database to explore.</translation>
    </message>
    <message>
        <location filename="../../kempen_desktop/ui/meetings/meeting_detail.py" line="-12"/>
        <location filename="../../kempen_desktop/ui/meetings/meetings_tab.py" line="-164"/>
        <source>Actiepunten</source>
        <translation>Action points</translation>
    </message>
    <message>
        <location filename="../../kempen_desktop/ui/meetings/meetings_tab.py" line="-110"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;artner</source>
        <translation>Par&amp;tner</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Nieuw overleg…</source>
        <translation>Ne&amp;w meeting…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Per&amp;iode</source>
        <translation>Per&amp;iod</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ree&amp;ks plannen…</source>
        <translation>Plan a &amp;series…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewerk&amp;en…</source>
        <translation>Modif&amp;y…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ann&amp;uleren…</source>
        <translation>Ca&amp;ncel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verplaatsen…</source>
        <translation>Resche&amp;dule…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soorten beheren…</source>
        <translation>Manage types…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;genda…</source>
        <translation>A&amp;genda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vergader&amp;modus</source>
        <translation>Meeting m&amp;ode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;fsluiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verslag (PDF)…</source>
        <translation>Minutes (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actielijst (.xlsx)…</source>
        <translation>Action list (.xlsx)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda exporteren (.ics)…</source>
        <translation>Export to calendar (.ics)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verslag versturen…</source>
        <translation>Send minutes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossierfiches agenda…</source>
        <translation>Agenda dossier sheets…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nog geen overlegmomenten</source>
        <translation>No meetings yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan een overleg met uw partners, of een reeks (bijvoorbeeld elk kwartaal met dezelfde deelnemers). De agenda stelt u daarna samen uit de dossiers.</source>
        <translation>Plan a meeting with your partners, or a series (for example every quarter with the same participants). You then build the agenda from the cases.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nieuw overleg…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reeks plannen…</source>
        <translation>Plan a series…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+68"/>
        <location line="+230"/>
        <source>Overlegmomenten</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Alle soorten</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alle partners</source>
        <translation>All partners</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 overlegmomenten, waarvan %2 komend.</source>
        <translation>%1 meetings, %2 of them upcoming.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Geen overlegmomenten voor deze filters.</source>
        <translation>No meetings for these filters.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Overleg annuleren</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waarom wordt ‘%1’ geannuleerd?</source>
        <translation>Why is ‘%1’ being cancelled?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overleg verplaatsen</source>
        <translation>Reschedule meeting</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overleg verwijderen</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>‘%1’ met agenda en actiepunten verwijderen? Dit kan niet ongedaan gemaakt worden.</source>
        <translation>Delete ‘%1’ with its agenda and action points? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Soorten overleg</source>
        <translation>Meeting types</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Overleg afgesloten; %n dossier(s) kregen de afspraken in hun tijdlijn.</source>
        <translation>
            <numerusform>Meeting closed; %n case received the agreements in its timeline.</numerusform>
            <numerusform>Meeting closed; %n cases received the agreements in their timeline.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+18"/>
        <source>Overleg afsluiten</source>
        <translation>Close meeting</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>‘%1’ afsluiten als gehouden? De besproken punten en afspraken komen in de tijdlijn van elk besproken dossier.</source>
        <translation>Close ‘%1’ as held? The points discussed and the agreements go into the timeline of every case discussed.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n punt(en) staan op de agenda van het volgende overleg.</source>
        <translation>
            <numerusform>%n item is on the agenda of the next meeting.</numerusform>
            <numerusform>%n items are on the agenda of the next meeting.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overdragen naar het volgende overleg</source>
        <translation>Carry over to the next meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 niet besproken dossier(s) en %2 open actiepunt(en) op de agenda zetten van het volgende overleg van de reeks (%3)?</source>
        <translation>Put %1 undiscussed dossier(s) and %2 open action point(s) on the agenda of the next meeting of the series (%3)?</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/meetings/meeting_dialog.py" line="+98"/>
        <source>Overleg verplaatsen</source>
        <translation>Reschedule meeting</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bv. te weinig partners beschikbaar</source>
        <translation>e.g. too few partners available</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nieuwe datum en beginuur</source>
        <translation>&amp;New date and start time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Einduur</source>
        <translation>&amp;End time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verplaatsen</source>
        <translation>Reschedule</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/trust/passphrase_dialog.py" line="+59"/>
        <source>Database versleutelen</source>
        <translation>Encrypt database</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+40"/>
        <source>Wachtwoord wijzigen</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Kies een wachtwoord voor uw database. Alle dossiers, ook back-ups, worden ermee versleuteld: wie de laptop of een USB-stick vindt, kan niets lezen.

Onthoud het goed: zonder wachtwoord zijn de gegevens niet meer te openen, ook niet door de leverancier.</source>
        <translation>Choose a password for your database. All cases, backups included, are encrypted with it: whoever finds the laptop or a USB stick cannot read anything.

Remember it well: without the password the data can no longer be opened, not even by the supplier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kies een nieuw wachtwoord. Oudere back-ups blijven met het vorige wachtwoord openen.</source>
        <translation>Choose a new password. Older backups still open with the previous password.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Huidig wachtwoord:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wachtwoord:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herhaal:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wachtwoord tonen</source>
        <translation>Show password</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Versleutelen</source>
        <translation>Encrypt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zonder versleuteling…</source>
        <translation>Without encryption…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versleuteling uitzetten…</source>
        <translation>Turn off encryption…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Het huidige wachtwoord is onjuist.</source>
        <translation>The current password is incorrect.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kies minstens %1 tekens; een zin van enkele woorden is het sterkst.</source>
        <translation>Choose at least %1 characters; a sentence of a few words is strongest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Het wachtwoord bevat een ongeldig teken.</source>
        <translation>The password contains an invalid character.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De twee wachtwoorden verschillen.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zonder versleuteling kan iedereen die het bestand of een back-up in handen krijgt, de namen, INSZ-nummers en notities lezen. Dat is alleen verantwoord op een toestel dat zelf volledig versleuteld is (BitLocker, FileVault).

Toch zonder versleuteling verdergaan?</source>
        <translation>Without encryption, anyone who gets hold of the file or a backup can read the names, INSZ numbers and notes. That is only responsible on a device that is itself fully encrypted (BitLocker, FileVault).

Continue without encryption anyway?</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/dossiers/note_dialog.py" line="+29"/>
        <source>Toevoegen aan tijdlijn</source>
        <translation>Add to timeline</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+4"/>
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
        <source>Te&amp;kst</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../../kempen_desktop/ui/common/operations.py" line="+129"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <location filename="../../kempen_desktop/ui/meetings/meeting_dialog.py" line="-354"/>
        <source>Zoek een partner of contactpersoon…</source>
        <translation>Search for a partner or contact person…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alleen uitgenodigden tonen</source>
        <translation>Show only invitees</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Andere deelnemers, één per regel (bv. een werkgever of een gast)</source>
        <translation>Other participants, one per line (e.g. an employer or a guest)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Andere deelnemers (één per regel)</source>
        <translation>Other participants (one per line)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Aangevinkt zonder contactpersoon: de organisatie is uitgenodigd.</source>
        <translation>Checked without a contact person: the organisation is invited.</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n deelnemer(s) gekozen</source>
        <translation>
            <numerusform>%n participant chosen</numerusform>
            <numerusform>%n participants chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDetailPane</name>
    <message>
        <location filename="../../kempen_desktop/ui/partners/partner_detail.py" line="+265"/>
        <source>Contactpersoon toevoegen…</source>
        <translation>Add contact person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Engagement toevoegen…</source>
        <translation>Add commitment…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beëindigen…</source>
        <translation>End…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dubbelklik om het dossier te openen.</source>
        <translation>Double-click to open the case.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Dubbelklik om de activiteit te openen.</source>
        <translation>Double-click to open the activity.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nog geen activiteiten</source>
        <translation>No activities yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jobevents, jobdates en andere activiteiten die deze partner organiseerde of waaraan hij als werkgever deelnam, verschijnen hier. Registreer ze in het tabblad Acties.</source>
        <translation>Job events, job dates and other activities this partner organised or took part in as an employer appear here. Record them in the Actions tab.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Contactpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+208"/>
        <source>Engagement</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actiepunten</source>
        <translation>Action points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samenwerking</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Alleen de meest recente %1 van %2 worden getoond.</source>
        <translation>Only the most recent %1 of %2 are shown.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volgt %1 dossiers op; werkgever in %2 uitstromen naar werk.</source>
        <translation>Follows up %1 cases; employer in %2 transitions to work.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>KBO %1</source>
        <translation>KBO %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inactief</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Engageert zich inclusief %1 sinds %2.</source>
        <translation>Has an inclusive commitment %1 since %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vandaag geen lopend inclusief engagement.</source>
        <translation>No ongoing inclusive commitment today.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rol: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <source>Contactpersoon verwijderen</source>
        <translation>Delete contact person</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 verwijderen?</source>
        <translation>Delete %1?</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+7"/>
        <source>Engagement beëindigen</source>
        <translation>End commitment</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Dit engagement is al beëindigd op %1.</source>
        <translation>This commitment already ended on %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Einddatum (dd-mm-jjjj); vanaf die dag telt het niet meer mee:</source>
        <translation>End date (dd-mm-yyyy); from that day on it no longer counts:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>‘%1’ is geen geldige datum (dd-mm-jjjj).</source>
        <translation>‘%1’ is not a valid date (dd-mm-yyyy).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+12"/>
        <source>Engagement verwijderen</source>
        <translation>Delete commitment</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Dit engagement verwijderen? Beëindig het liever als het echt gestopt is: zo blijft de geschiedenis bewaard.</source>
        <translation>Delete this commitment? If it has really stopped, end it instead: that way the history is kept.</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/partners/partner_dialog.py" line="+58"/>
        <source>Organisatie bewerken</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nieuwe organisatie</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>bv. 0123.456.749</source>
        <translation>e.g. 0123.456.749</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bv. trajectbegeleiding, werkervaring, vacatures</source>
        <translation>e.g. pathway guidance, work experience, vacancies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actief in het netwerk</source>
        <translation>Active in the network</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sinds wanneer deze organisatie in het netwerk zit. Leeg: de eerste samenwerking of de dag van aanmaken. Telt mee voor de indicator op een datum.</source>
        <translation>Since when this organisation has been in the network. Empty: its first engagement or the day it was created. Counts for the indicator as of a date.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>Ondernemingsnummer</source>
        <translation>Enterprise number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
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
        <source>Rol in het partnerschap</source>
        <translation>Role in the partnership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;netwerk sinds</source>
        <translation>In &amp;network since</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Niet opgeslagen: iemand anders wijzigde deze organisatie intussen.</source>
        <translation>Not saved: someone else changed this organisation in the meantime.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Niet opgeslagen: verbeter de aangeduide velden.</source>
        <translation>Not saved: correct the marked fields.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bestaat deze organisatie al?</source>
        <translation>Does this organisation already exist?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er bestaan al gelijkaardige organisaties:</source>
        <translation>Similar organisations already exist:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toch opslaan als aparte organisatie?</source>
        <translation>Save as a separate organisation anyway?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toch opslaan</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <location filename="../../kempen_desktop/ui/partners/partner_list_model.py" line="+30"/>
        <source>als werkgever</source>
        <translation>as employer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>als opdrachtgever</source>
        <translation>as customer</translation>
    </message>
    <message>
        <location filename="../../kempen_desktop/ui/partners/partner_detail.py" line="-504"/>
        <location line="+25"/>
        <location filename="../../kempen_desktop/ui/partners/partner_list_model.py" line="+14"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kempen_desktop/ui/partners/partner_list_model.py" line="-4"/>
        <source>(inactief)</source>
        <translation>(inactive)</translation>
    </message>
    <message>
        <location filename="../../kempen_desktop/ui/partners/partner_detail.py" line="-19"/>
        <location line="+34"/>
        <location line="+34"/>
        <location line="+28"/>
        <location filename="../../kempen_desktop/ui/partners/partner_list_model.py" line="+5"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kempen_desktop/ui/partners/partner_list_model.py" line="+1"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../kempen_desktop/ui/partners/partner_detail.py" line="-101"/>
        <source>Functie</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rol / als</source>
        <translation>Role / as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vormen</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tot</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loopt</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bewijs</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>uitstroom gekoppeld</source>
        <translation>transition to work linked</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>werkgever sinds %1</source>
        <translation>employer since %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Geopend</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+37"/>
        <location line="+25"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+35"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aanwezigheid</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actiepunt</source>
        <translation>Action point</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>organisator</source>
        <translation>organiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>werkgever</source>
        <translation>employer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisator, werkgever</source>
        <translation>organiser, employer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Als</source>
        <translation>As</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aanwervingen</source>
        <translation>Hires</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../kempen_desktop/ui/partners/partners_tab.py" line="+66"/>
        <source>Zoek op naam, ondernemingsnummer, sector, gemeente…</source>
        <translation>Search by name, enterprise number, sector, municipality…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inactieve tonen</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+57"/>
        <source>Nieuwe organisatie…</source>
        <translation>New organisation…</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inclusieve werkgevers…</source>
        <translation>Inclusive employers…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hoeveel werkgevers engageren zich inclusief, per gemeente (doel: 1 op 2)</source>
        <translation>How many employers have an inclusive commitment, by municipality (target: 1 in 2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meer</source>
        <translation>More</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soorten organisaties beheren…</source>
        <translation>Manage organisation types…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>Partnerlijst importeren…</source>
        <translation>Import partner list…</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Getoonde partners exporteren naar Excel…</source>
        <translation>Export shown partners to Excel…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nog geen partners</source>
        <translation>No partners yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voeg de organisaties van uw netwerk toe (VDAB, OCMW, GTB, maatwerkbedrijven, werkgevers), één voor één of uit een partnerlijst in Excel.</source>
        <translation>Add the organisations of your network (VDAB, OCMW, GTB, social-economy companies, employers), one by one or from a partner list in Excel.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Alle soorten</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Alle gemeenten</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nog geen partners. Voeg een organisatie toe of importeer een partnerlijst.</source>
        <translation>No partners yet. Add an organisation or import a partner list.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 van %2 partners getoond; vandaag engageren %3 van %4 werkgevers zich inclusief (doel: 1 op 2).</source>
        <translation>%1 of %2 partners shown; today %3 of %4 employers have an inclusive commitment (target: 1 in 2).</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisatie bewerken</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <source>Organisatie verwijderen</source>
        <translation>Delete organisation</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>‘%1’ met haar contactpersonen en engagementen verwijderen?</source>
        <translation>Delete ‘%1’ with its contact persons and commitments?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Soorten organisaties</source>
        <translation>Organisation types</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Partnerlijst kiezen</source>
        <translation>Choose partner list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lijsten (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Alle bestanden (*)</source>
        <translation>Lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Partnerlijst importeren</source>
        <translation>Import partner list</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 rijen: %2 nieuw, %3 aangevuld, %4 ongewijzigd, %5 geweigerd.</source>
        <translation>%1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rij %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… en %1 andere.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <location line="+6"/>
        <source>Partners exporteren</source>
        <translation>Export partners</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kan het bestand niet schrijven: %1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 partners geëxporteerd.</source>
        <translation>%1 partners exported.</translation>
    </message>
    <message>
        <location filename="../../kempen_desktop/ui/partners/partner_list_model.py" line="+8"/>
        <source>Open dossiers</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>als werkgever en opdrachtgever</source>
        <translation>as employer and customer</translation>
    </message>
    <message>
        <location filename="../../kempen_desktop/ui/partners/partner_detail.py" line="-131"/>
        <source>voortrekker</source>
        <translation>lead partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inclusief</source>
        <translation>Inclusive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnerschap</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <location filename="../../kempen_desktop/ui/partners/partner_list_model.py" line="+17"/>
        <source>Contacten</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inclusief sinds</source>
        <translation>Inclusive since</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Engagement</source>
        <translation>Commitment</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../kempen_desktop/ui/common/pdf_preview.py" line="+96"/>
        <source>De printer kon niet gestart worden.</source>
        <translation>The printer could not be started.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location line="+47"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opslaan &amp;als…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n pagina(&apos;s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Afdrukken mislukt</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PDF opslaan</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF-document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
</context>
<context>
    <name>PeriodReportDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/reports/period_report_dialog.py" line="+48"/>
        <location line="+149"/>
        <source>Beleidsrapportage</source>
        <translation>Policy report</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Cijfers worden berekend…</source>
        <translation>Calculating figures…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per prioriteit staat een concepttekst op basis van de cijfers. Controleer en vul aan; de teksten worden per periode bewaard.</source>
        <translation>For each priority there is a draft text based on the figures. Check and complete it; the texts are saved per period.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Concepttekst terugzetten</source>
        <translation>Restore draft text</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Teksten &amp;bewaren</source>
        <translation>&amp;Save texts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;PDF bekijken en afdrukken…</source>
        <translation>View and print &amp;PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Excel bewaren…</source>
        <translation>Save &amp;Excel…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cijfers berekenen</source>
        <translation>Calculating figures</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 — %2 (%3 – %4): %5 actieve dossiers, %6 nieuw, %7 afgesloten, %8 uitstroom naar werk.</source>
        <translation>%1 — %2 (%3 – %4): %5 active cases, %6 new, %7 closed, %8 transitions to work.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>De cijfers konden niet berekend worden: %1</source>
        <translation>The figures could not be calculated: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Teksten bewaard voor deze periode.</source>
        <translation>Texts saved for this period.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Beleidsrapportage — voorbeeld</source>
        <translation>Policy report — preview</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Beleidsrapportage bewaren</source>
        <translation>Save policy report</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De beleidsrapportage is bewaard in %1.</source>
        <translation>The policy report was saved in %1.</translation>
    </message>
</context>
<context>
    <name>PinnedDossier</name>
    <message>
        <location filename="../../kempen_desktop/ui/dossiers/dossier_pinning.py" line="+39"/>
        <source>Verbergen</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Dossier %1 past niet meer in de filters en blijft zichtbaar tot u een andere filter kiest.</source>
        <translation>Case %1 no longer matches the filters and stays visible until you choose another filter.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status wijzigen…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notitie toevoegen…</source>
        <translation>Add note…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Afsluiten…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dossierfiche…</source>
        <translation>Case summary…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../kempen_desktop/ui/importing/import_preview.py" line="+32"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam in het bestand</source>
        <translation>Name in the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat verschilt (bestand ≠ dossier)</source>
        <translation>What differs (file ≠ dossier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beslissing</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Voor alle rijen:</source>
        <translation>For all rows:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alle: nieuw dossier</source>
        <translation>all: new dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alle: zelfde persoon</source>
        <translation>all: same person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alle: overslaan</source>
        <translation>all: skip</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Een import koppelt nooit een INSZ aan een bestaand dossier op naam en geboortedatum alleen: zulke rijen staan hier. &apos;Zelfde persoon&apos; wordt onthouden voor de volgende import van deze bron.</source>
        <translation>An import never attaches an INSZ to an existing dossier on name and birth date alone: such rows are listed here. &apos;Same person&apos; is remembered for the next import from this source.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Geweigerde rijen bewaren als .xlsx…</source>
        <translation>Save rejected rows as .xlsx…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nieuw (%1)</source>
        <translation>New (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gewijzigd (%1)</source>
        <translation>Changed (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te beslissen (%1)</source>
        <translation>To decide (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verschilt, niet overgenomen (%1)</source>
        <translation>Differs, not taken over (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongewijzigd (%1)</source>
        <translation>Unchanged (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geweigerd (%1)</source>
        <translation>Rejected (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 rijen gelezen uit %2: %3 nieuwe dossiers, %4 gewijzigd, %5 ongewijzigd, %8 verschilt (niet overgenomen), %6 te beslissen, %7 geweigerd. Er is nog niets bewaard.</source>
        <translation>%1 rows read from %2: %3 new dossiers, %4 changed, %5 unchanged, %8 differ (not taken over), %6 to decide, %7 rejected. Nothing has been saved yet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Aanvullen: waar het dossier al iets anders invult, blijft het dossier staan (zie het tabblad Verschilt).</source>
        <translation>Fill mode: where the dossier already holds something else, the dossier is kept (see the Differs tab).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>niet overgenomen</source>
        <translation>not taken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>niet gekoppeld: de status blijft zoals hij is</source>
        <translation>not linked: the status stays as it is</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: een nieuw dossier start als %2, want afsluiten vraagt een reden</source>
        <translation>%1: a new case starts as %2, because closing needs a reason</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>‘%1’ → %2 (1 rij)</source>
        <translation>‘%1’ → %2 (1 row)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>‘%1’ → %2 (%3 rijen)</source>
        <translation>‘%1’ → %2 (%3 rows)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 bestaande dossier(s) met een andere status: niet gewijzigd</source>
        <translation>; %1 existing case(s) with another status: not changed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status uit het bestand: %1. Nieuwe dossiers starten in de gekoppelde status; bestaande dossiers houden hun status; een waarde die niet overgenomen wordt, verandert niets (de tekst komt in de tijdlijn).</source>
        <translation>Status from the file: %1. New cases start in the linked status; existing cases keep their status; a value that is not taken changes nothing (the text goes into the timeline).</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <translation>Other person: new dossier</translation>
    </message>
</context>
<context>
    <name>ReaderTab</name>
    <message>
        <location filename="../../kempen_desktop/ui/dossiers/reader_tab.py" line="+90"/>
        <source>Zoeken op naam, dossiernummer of gemeente</source>
        <translation>Search by name, case number or municipality</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alleen lezen: u ziet de lijst en de cijfers zonder INSZ, adres en notities.</source>
        <translation>Read only: you see the list and the figures without national number, address and notes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+22"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Verantwoordelijke partner</source>
        <translation>Responsible partner</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Trajectbegeleider</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kansengroepen</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cijfers: dossiers per status en verantwoordelijke partner</source>
        <translation>Figures: cases per status and responsible partner</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>de eerste %1 dossiers: zoek om te verfijnen</source>
        <translation>the first %1 cases: search to narrow down</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../kempen_desktop/ui/reports/charts.py" line="+20"/>
        <source>Actieve dossiers</source>
        <translation>Active cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuwe dossiers</source>
        <translation>New cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uitstroom naar werk</source>
        <translation>Transitions to work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opvolging verlopen</source>
        <translation>Follow-up overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actiepunten over de deadline</source>
        <translation>Action points past the deadline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inclusieve werkgevers</source>
        <translation>Inclusive employers</translation>
    </message>
    <message>
        <location filename="../../kempen_desktop/ui/reports/reports_tab.py" line="+48"/>
        <source>Dit semester</source>
        <translation>This half-year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorig semester</source>
        <translation>Last half-year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit kwartaal</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorig kwartaal</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit jaar</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorig jaar</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zelf kiezen</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../kempen_desktop/ui/reports/charts.py" line="+69"/>
        <source>Klik om deze %1 dossier(s) te tonen</source>
        <translation>Click to show these %1 case(s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Klik voor de partners</source>
        <translation>Click for the partners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klik voor de overlegmomenten</source>
        <translation>Click for the meetings</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Per kwartaal</source>
        <translation>Per quarter</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Kansengroepen (actieve dossiers)</source>
        <translation>Target groups (active cases)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Geen actieve dossiers in deze periode.</source>
        <translation>No active cases in this period.</translation>
    </message>
    <message>
        <location filename="../../kempen_desktop/ui/reports/reports_tab.py" line="+92"/>
        <source>Geteld op de einddatum van de periode uit de statusgeschiedenis: een rapport over een vorige periode verandert niet als een dossier vandaag wijzigt. Klik op een tegel of een balk om de dossiers te zien.</source>
        <translation>Counted on the end date of the period from the status history: a report on a previous period does not change when a case changes today. Click a tile or a bar to see the cases.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+58"/>
        <location line="+25"/>
        <source>Alle gemeenten</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Bel&amp;eidsrapportage…</source>
        <translation>P&amp;olicy report…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gemeenten:</source>
        <translation>Municipalities:</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 gemeenten</source>
        <translation>%1 municipalities</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>De einddatum ligt vóór de begindatum.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cijfers worden berekend…</source>
        <translation>Calculating figures…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cijfers berekenen</source>
        <translation>Calculating figures</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>De cijfers konden niet berekend worden.</source>
        <translation>The figures could not be calculated.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 · %3 – %4</source>
        <translation>%1 · %2 · %3 – %4</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cijfers exporteren</source>
        <translation>Export figures</translation>
    </message>
    <message>
        <location filename="../../kempen_desktop/ui/reports/charts.py" line="-225"/>
        <source>Overlegmomenten</source>
        <translation>Meetings</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/trust/retention_dialog.py" line="+45"/>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afgesloten op</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opmerking</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>persoon heeft nog een lopend of recent dossier: naam blijft</source>
        <translation>person still has an open or recent case: name is kept</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <source>Bewaartermijnen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> jaar na afsluiting</source>
        <translation> year(s) after closing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>altijd bewaren</source>
        <translation>keep forever</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> jaar</source>
        <translation> year(s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afgesloten dossiers:</source>
        <translation>Closed cases:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditlog:</source>
        <translation>Audit log:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termijnen bewaren</source>
        <translation>Save periods</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Anonimiseren wist naam, INSZ, klantnummer, contactgegevens, straat en alle vrije tekst (notities, situatie, tijdlijn). Leeftijdsgroep, gemeente, kansengroepen en data per kwartaal blijven, zodat de statistieken kloppen. Verwijderen wist het dossier helemaal.</source>
        <translation>Anonymising erases the name, INSZ, client number, contact details, street and all free text (notes, situation, timeline). Age group, municipality, target groups and dates by quarter remain, so the statistics stay correct. Deleting erases the case completely.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alles selecteren</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anonimiseren…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n dossier(s) voorbij de bewaartermijn.</source>
        <translation>
            <numerusform>%n case past the retention period.</numerusform>
            <numerusform>%n cases past the retention period.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geen dossiers voorbij de bewaartermijn.</source>
        <translation>No cases past the retention period.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n oude auditregel(s) gewist.</source>
        <translation>
            <numerusform>%n old audit entry erased.</numerusform>
            <numerusform>%n old audit entries erased.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n dossier(s) definitief verwijderen? Dit kan niet ongedaan gemaakt worden (er wordt eerst een back-up gemaakt).</source>
        <translation>
            <numerusform>Permanently delete %n case? This cannot be undone (a backup is made first).</numerusform>
            <numerusform>Permanently delete %n cases? This cannot be undone (a backup is made first).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n dossier(s) anonimiseren? Namen en vrije tekst worden gewist; dit kan niet ongedaan gemaakt worden (er wordt eerst een back-up gemaakt).</source>
        <translation>
            <numerusform>Anonymise %n case? Names and free text are erased; this cannot be undone (a backup is made first).</numerusform>
            <numerusform>Anonymise %n cases? Names and free text are erased; this cannot be undone (a backup is made first).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Bewaartermijnen toepassen…</source>
        <translation>Applying retention periods…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n oudere back-up(s) bevatten deze gegevens nog. Ze verdwijnen vanzelf door de rotatie (uiterlijk na 12 maanden). Wilt u ze nu wissen? Dan kunt u ook niet meer terugkeren naar een toestand van vóór vandaag.</source>
        <translation>
            <numerusform>%n older backup still contains this data. It disappears by itself through rotation (after 12 months at the latest). Do you want to erase it now? Then you can no longer go back to a state from before today either.</numerusform>
            <numerusform>%n older backups still contain this data. They disappear by themselves through rotation (after 12 months at the latest). Do you want to erase them now? Then you can no longer go back to a state from before today either.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../kempen_desktop/ui/common/service_messages.py" line="+21"/>
        <source>Vul de naam in.</source>
        <translation>Fill in the last name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vul de voornaam in.</source>
        <translation>Fill in the first name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geboortedatum verschilt van die in het INSZ (%1).</source>
        <translation>The date of birth differs from the one in the INSZ (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De geboortedatum ligt in de toekomst.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is geen geldig e-mailadres.</source>
        <translation>This is not a valid e-mail address.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een Belgische postcode heeft 4 cijfers.</source>
        <translation>A Belgian postcode has 4 digits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het VDAB-klantnummer bestaat uit cijfers.</source>
        <translation>The VDAB client number consists of digits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Werkzoekend sinds ligt in de toekomst.</source>
        <translation>Jobseeker since is in the future.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er bestaat al een dossier met dit INSZ (dossier %1).</source>
        <translation>A case with this INSZ already exists (case %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De begeleider hoort niet bij de verantwoordelijke partner.</source>
        <translation>The counsellor does not belong to the responsible partner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>INSZ mag alleen cijfers bevatten (eventueel met punten, streepjes of spaties).</source>
        <translation>The INSZ may only contain digits (possibly with dots, dashes or spaces).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>INSZ-controlecijfer klopt niet.</source>
        <translation>The INSZ check digits are wrong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INSZ bevat een ongeldige geboortedatum.</source>
        <translation>The INSZ contains an invalid date of birth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INSZ bevat een ongeldig volgnummer (000 en 999 worden nooit toegekend).</source>
        <translation>The INSZ contains an invalid sequence number (000 and 999 are never issued).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>INSZ moet %1 cijfers hebben (nu %2).</source>
        <translation>The INSZ must have %1 digits (now %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoogstens %1 tekens; hier staan er %2.</source>
        <translation>At most %1 characters; this has %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een notitie zonder tekst wordt niet bewaard.</source>
        <translation>A note without text is not saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is %2 tekens lang; het maximum is %3 tekens. Bewaar een langere tekst in een apart document.</source>
        <translation>%1 is %2 characters long; the maximum is %3 characters. Keep a longer text in a separate document.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Het dossier heeft al de status &apos;%1&apos;.</source>
        <translation>The case already has the status &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een dossier afsluiten vraagt een reden.</source>
        <translation>Closing a case needs a reason.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een reden voor afsluiten hoort alleen bij de status &apos;%1&apos;.</source>
        <translation>A reason for closing only goes with the status &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een afgesloten dossier kan alleen heropend worden als &apos;%1&apos; of &apos;%2&apos;.</source>
        <translation>A closed case can only be reopened as &apos;%1&apos; or &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Van &apos;%1&apos; kan een dossier niet rechtstreeks naar &apos;%2&apos;.</source>
        <translation>A case cannot go directly from &apos;%1&apos; to &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geef een omschrijving.</source>
        <translation>Give a description.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De omschrijving mag hoogstens %1 tekens hebben.</source>
        <translation>The description may have at most %1 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er bestaat al een waarde ‘%1’.</source>
        <translation>A value ‘%1’ already exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze waarde bestaat niet meer.</source>
        <translation>This value no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‘%1’ wordt met het programma meegeleverd en kan niet verwijderd worden. Zet de waarde op inactief: ze wordt dan niet meer aangeboden.</source>
        <translation>‘%1’ comes with the program and cannot be deleted. Set the value to inactive: it is then no longer offered.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>‘%1’ is in gebruik (%2×) en kan niet verwijderd worden. Zet de waarde op inactief: ze blijft dan zichtbaar bij bestaande gegevens maar wordt niet meer aangeboden.</source>
        <translation>‘%1’ is in use (%2×) and cannot be deleted. Set the value to inactive: it stays visible on existing records but is no longer offered.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/settings_dialog.py" line="+121"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gegevens</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beveiliging</source>
        <translation>Security</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefhoofd</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standaardwaarden</source>
        <translation>Defaults</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sluiten zonder te bewaren (Esc)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een andere database openen: start Kempen Desktop met --db &lt;bestand&gt; of zet KEMPEN_DB. Het bestand wordt hier niet verplaatst.</source>
        <translation>To open another database: start Kempen Desktop with --db &lt;file&gt; or set KEMPEN_DB. The file is not moved here.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>B&amp;laderen…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back-&amp;upmap:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> dagelijkse back-ups</source>
        <translation> daily backups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alles van de laatste 24 uur blijft, daarnaast dit aantal dagelijkse, 4 wekelijkse en 12 maandelijkse back-ups.</source>
        <translation>Everything from the last 24 hours is kept, besides this number of daily, 4 weekly and 12 monthly backups.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aa&amp;ntal bewaren:</source>
        <translation>Number &amp;kept:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+127"/>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>&amp;Vergrendelen na:</source>
        <translation>&amp;Lock after:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> jaar na afsluiting</source>
        <translation> years after closing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afgesloten &amp;dossiers:</source>
        <translation>Closed &amp;dossiers:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>altijd bewaren</source>
        <translation>keep forever</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aud&amp;itlog:</source>
        <translation>&amp;Audit log:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welke dossiers over hun termijn zijn, ziet en behandelt u in Bestand → Bewaartermijnen.</source>
        <translation>Which dossiers are past their period you see and handle in File → Retention periods.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zoals het systeem</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Taal:</source>
        <translation>La&amp;nguage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een andere taal wordt gebruikt na een herstart.</source>
        <translation>Another language is used after a restart.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vrije keuze</source>
        <translation>Free choice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Regio:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Uw &amp;naam:</source>
        <translation>Your na&amp;me:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>leeg: uw organisatie hierboven</source>
        <translation>empty: your organisation above</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>bv. lokale regisseur sociale economie</source>
        <translation>e.g. local director social economy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Functie:</source>
        <translation>Func&amp;tion:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisatie (&amp;werkgever):</source>
        <translation>Emplo&amp;yer (organisation):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefhoofd bovenaan elke PDF:</source>
        <translation>Letterhead at the top of every PDF:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Organisatie:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adr&amp;es:</source>
        <translation>Addr&amp;ess:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG of JPEG</source>
        <translation>PNG or JPEG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bl&amp;aderen…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;go:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Het briefhoofd staat bovenaan elke pagina van verslagen, fiches, rapporten en inzages; uw naam en functie onder hun titel en onder uw e-mails.</source>
        <translation>The letterhead is at the top of every page of minutes, fiches, reports and access requests; your name and function under their title and under your e-mails.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alleen lege velden aanvullen (aanbevolen)</source>
        <translation>Only fill empty fields (recommended)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewaarde gegevens overschrijven</source>
        <translation>Overwrite stored data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&amp;mport, bestaande dossiers:</source>
        <translation>&amp;Import, existing dossiers:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Standaardduur van een overleg:</source>
        <translation>Default meeting d&amp;uration:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Plaats van een overleg:</source>
        <translation>Meeting &amp;place:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back-upmap kiezen</source>
        <translation>Choose backup folder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Het logobestand bestaat niet.</source>
        <translation>The logo file does not exist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De back-upmap bestaat niet.</source>
        <translation>The backup folder does not exist.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/common/help_dialogs.py" line="-39"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opslaan in een venster</source>
        <translation>Save a dialog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naar het volgende veld, ook uit een tekstvak</source>
        <translation>Next field, also out of a text box</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab typen in een tekstvak</source>
        <translation>Type a tab in a text box</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Toetsen</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../kempen_desktop/ui/trust/trust_startup.py" line="+166"/>
        <source>De controle van de database vond beschadigingen. Zet een back-up terug om verder te werken.</source>
        <translation>The database check found damage. Restore a backup to continue working.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>U kunt ook verdergaan zonder terug te zetten: de database opent dan alleen-lezen, zodat u gegevens kunt bekijken maar niets wijzigt.</source>
        <translation>You can also continue without restoring: the database then opens read-only, so you can view data but change nothing.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back-up terugzetten…</source>
        <translation>Restore backup…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alleen-lezen openen</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/dossiers/status_dialog.py" line="+47"/>
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
        <location line="+8"/>
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
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../../kempen_desktop/ui/meetings/agenda_suggestions.py" line="+22"/>
        <source>Voorstellen op basis van regels</source>
        <translation>Suggestions based on rules</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alleen dossiers die de uitgenodigde partners opvolgen</source>
        <translation>Only cases followed by the invited partners</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uit: ook andere dossiers; die worden getoond maar niet vooraf aangevinkt. Zonder uitgenodigde partner: alle dossiers.</source>
        <translation>Off: other cases too; they are shown but not ticked beforehand. Without an invited partner: all cases.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Voorstellen zoeken</source>
        <translation>&amp;Find suggestions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Aangevinkte &amp;toevoegen</source>
        <translation>&amp;Add ticked</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Geen dossiers gevonden voor de aangevinkte regels.</source>
        <translation>No cases found for the ticked rules.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deelbaar met alle uitgenodigde partners (%1)</source>
        <translation>Shareable with all invited partners (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Niet deelbaar met elke uitgenodigde partner — niet aangevinkt (%1)</source>
        <translation>Not shareable with every invited partner — not ticked (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>niet opgevolgd door een uitgenodigde partner</source>
        <translation>not followed by an invited partner</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 voorgesteld, %2 aangevinkt.</source>
        <translation>%1 suggested, %2 ticked.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Veel dossiers</source>
        <translation>Many cases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U voegt %1 dossiers in één keer toe aan de agenda. Dat is meer dan in één overleg besproken kan worden. Toch toevoegen?</source>
        <translation>You are adding %1 cases to the agenda at once. That is more than one meeting can discuss. Add them anyway?</translation>
    </message>
</context>
<context>
    <name>TakeAlongDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/working_copy_take_dialog.py" line="+66"/>
        <source>Werkkopie meenemen</source>
        <translation>Take a working copy along</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neem dossiers mee in een versleutelde werkkopie om zonder netwerk te werken. Alleen wat u op de server mag zien gaat mee. Breng de werkkopie nadien terug met Bestand → Werkkopie terugbrengen.</source>
        <translation>Take cases along in an encrypted working copy to work without network. Only what you may see on the server goes along. Bring the working copy back afterwards with File → Bring working copy back.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Overleg:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dossiernummers:</source>
        <translation>Case &amp;numbers:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bv. 12, 15, 40</source>
        <translation>e.g. 12, 15, 40</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiernummers</source>
        <translation>Case numbers</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bestand:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Wachtwoord:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Herhaal wachtwoord:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De werkkopie wordt altijd versleuteld: zonder dit wachtwoord is ze niet te openen. Het wordt nergens bewaard.</source>
        <translation>The working copy is always encrypted: it cannot be opened without this password. It is not stored anywhere.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Meenemen</source>
        <translation>&amp;Take along</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 — %2 — %3 (%4 dossiers op de agenda)</source>
        <translation>%1 — %2 — %3 (%4 cases on the agenda)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2 dossiers)</source>
        <translation>%1 (%2 cases)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(geen geplande overleggen)</source>
        <translation>(no planned meetings)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Geef dossiernummers, gescheiden door komma&apos;s.</source>
        <translation>Give case numbers, separated by commas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies wat u meeneemt.</source>
        <translation>Choose what to take along.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In de werkkopie: %1 dossiers.</source>
        <translation>In the working copy: %1 cases.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niet alle nummers bestaan of zijn zichtbaar voor u.</source>
        <translation>Not all numbers exist or are visible to you.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Werkkopie bewaren</source>
        <translation>Save working copy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Er gaan geen (of niet alle gevraagde) dossiers mee.</source>
        <translation>No cases (or not all requested cases) go along.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies een bestand voor de werkkopie.</source>
        <translation>Choose a file for the working copy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dat bestand bestaat al; kies een nieuw bestand.</source>
        <translation>That file exists already; choose a new file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies een wachtwoord: de werkkopie wordt altijd versleuteld.</source>
        <translation>Choose a password: the working copy is always encrypted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De wachtwoorden verschillen.</source>
        <translation>The passwords differ.</translation>
    </message>
</context>
<context>
    <name>TrustActions</name>
    <message>
        <location filename="../../kempen_desktop/ui/trust/trust_actions.py" line="+59"/>
        <source>&amp;Back-up maken</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back-up &amp;terugzetten…</source>
        <translation>Res&amp;tore backup…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wachtwoord wijzigen…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;uditlog…</source>
        <translation>A&amp;udit log…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bewaar&amp;termijnen…</source>
        <translation>Re&amp;tention periods…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Inzage-export…</source>
        <translation>&amp;Subject access export…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alles wat over de persoon van het gekozen dossier bewaard wordt, als PDF en Excel</source>
        <translation>Everything stored about the person of the selected case, as PDF and Excel</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+63"/>
        <source>ALLEEN-LEZEN (beschadigd)</source>
        <translation>READ-ONLY (damaged)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>De controle van de database vond beschadigingen. De database is nu alleen-lezen. Wilt u een back-up terugzetten?</source>
        <translation>The database check found damage. The database is now read-only. Do you want to restore a backup?</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>De database is nu versleuteld met het nieuwe wachtwoord; onversleutelde back-ups werden mee versleuteld. Oudere versleutelde back-ups openen nog met het wachtwoord van toen.</source>
        <translation>The database is now encrypted with the new password; unencrypted backups were encrypted along with it. Older encrypted backups still open with the password from that time.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Dagelijkse back-up gemaakt.</source>
        <translation>Daily backup created.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>&amp;Automatisch vergrendelen…</source>
        <translation>&amp;Automatic lock…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bevei&amp;liging</source>
        <translation>Se&amp;curity</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Back-up maken…</source>
        <translation>Creating backup…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back-up gemaakt: %1</source>
        <translation>Backup created: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Database versleutelen</source>
        <translation>Encrypt database</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Database opnieuw versleutelen…</source>
        <translation>Re-encrypting database…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>De database is niet meer versleuteld.</source>
        <translation>The database is no longer encrypted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatisch vergrendelen</source>
        <translation>Lock automatically</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vergrendelen na zoveel minuten zonder gebruik (0 = nooit):</source>
        <translation>Lock after this many minutes of inactivity (0 = never):</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Kies eerst in de lijst een dossier van de persoon.</source>
        <translation>First choose a case of the person in the list.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inzage-export bewaren</source>
        <translation>Save subject access export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF en Excel (*.pdf)</source>
        <translation>PDF and Excel (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>De inzage-export is mislukt: %1</source>
        <translation>The subject access export failed: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inzage-export bewaard: %1 en %2</source>
        <translation>Subject access export saved: %1 and %2</translation>
    </message>
</context>
<context>
    <name>UndoConflictDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/importing/undo_conflict.py" line="+24"/>
        <source>Import ongedaan maken</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De import van %1 kan niet helemaal ongedaan gemaakt worden: %2 dossier(s) werden na de import gewijzigd of verwijderd (een notitie, een bewerking, een latere import). Die blijven zoals ze nu zijn:</source>
        <translation>The import of %1 cannot be undone completely: %2 case(s) were changed or deleted after the import (a note, an edit, a later import). They stay as they are now:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dossier %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De rest ongedaan maken? De %1 andere dossier(s) van deze import krijgen hun vorige toestand terug (nieuwe dossiers worden verwijderd), in één keer. De dossiers hierboven kunnen later nog ongedaan gemaakt worden, zodra het latere werk (of de latere import) ongedaan is.</source>
        <translation>Undo the rest? The %1 other case(s) of this import get their previous state back (new cases are deleted), in one go. The cases above can still be undone later, once the later work (or the later import) has been undone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Er blijft niets over om ongedaan te maken: maak eerst het latere werk (of de latere import) ongedaan.</source>
        <translation>Nothing is left to undo: undo the later work (or the later import) first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De &amp;rest ongedaan maken</source>
        <translation>Undo the &amp;rest</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/trust/passphrase_dialog.py" line="+19"/>
        <source>Database openen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is versleuteld. Geef het wachtwoord.</source>
        <translation>%1 is encrypted. Enter the password.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Het wachtwoord is onjuist. Probeer opnieuw.</source>
        <translation>The password is incorrect. Try again.</translation>
    </message>
</context>
<context>
    <name>UnlockPrompt</name>
    <message>
        <location filename="../../kempen_desktop/ui/trust/lock_screen.py" line="+32"/>
        <source>Kempen Desktop is vergrendeld</source>
        <translation>Kempen Desktop is locked</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Geef het wachtwoord van de database om verder te werken.</source>
        <translation>Enter the database password to continue working.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Het scherm is vergrendeld, maar de database is niet versleuteld: wie de computer gebruikt, kan ontgrendelen. Stel een wachtwoord in om de gegevens echt te beschermen.</source>
        <translation>The screen is locked, but the database is not encrypted: anyone who uses the computer can unlock it. Set a password to really protect the data.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wachtwoord instellen…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Het wachtwoord is onjuist.</source>
        <translation>The password is incorrect.</translation>
    </message>
</context>
<context>
    <name>WorkingCopyActions</name>
    <message>
        <location filename="../../kempen_desktop/ui/working_copy_actions.py" line="+47"/>
        <source>werkkopie sinds %1</source>
        <translation>working copy since %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Werk&amp;kopie meenemen…</source>
        <translation>Take a &amp;working copy along…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossiers in een versleutelde werkkopie meenemen om offline te werken</source>
        <translation>Take cases along in an encrypted working copy to work offline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Werkkopie terugb&amp;rengen…</source>
        <translation>Brin&amp;g the working copy back…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De werkkopie per veld samenvoegen met de server</source>
        <translation>Merge the working copy with the server, field by field</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Werkkopie meenemen</source>
        <translation>Take a working copy along</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Geef dossiernummers, gescheiden door komma&apos;s.</source>
        <translation>Give case numbers, separated by commas.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Werkkopie met %1 dossiers bewaard in %2.</source>
        <translation>Working copy with %1 cases saved in %2.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Werkkopie terugbrengen</source>
        <translation>Bring the working copy back</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Werkkopie teruggebracht: %1 toegepast, %2 nieuw, %3 conflicten wachten op een keuze.</source>
        <translation>Working copy brought back: %1 applied, %2 new, %3 conflicts wait for a decision.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agendapunt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actiepunt</source>
        <translation>Action point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Situatie</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verantwoordelijke partner</source>
        <translation>Responsible partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trajectbegeleider</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kansengroepen</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Naam</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bespreking</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verslag</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>INSZ</source>
        <translation>INSZ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>dossier %1</source>
        <translation>case %1</translation>
    </message>
</context>
<context>
    <name>WorkingCopyConflictDialog</name>
    <message>
        <location filename="../../kempen_desktop/ui/working_copy_conflicts.py" line="+80"/>
        <source>Werkkopie: conflicten beslissen</source>
        <translation>Working copy: decide conflicts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wat maar aan één kant gewijzigd was, is samengevoegd. Deze dingen werden op de server én op de laptop gewijzigd (of aan één kant verwijderd): kies per regel wat blijft. Wat u op Later beslissen laat, blijft aan beide kanten bewaard tot u het terugbrengt en beslist.</source>
        <translation>What was changed on one side only has been merged. These were changed on the server and on the laptop (or deleted on one side): choose per line what stays. What you leave at Decide later is kept on both sides until you bring the copy back and decide.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Op de server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Op de laptop</source>
        <translation>On the laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+120"/>
        <source>Samengevoegd</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Later beslissen</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>het juiste INSZ</source>
        <translation>the correct INSZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het juiste INSZ</source>
        <translation>The correct INSZ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Keuzes toepassen</source>
        <translation>Apply choices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verwijderd op de server</source>
        <translation>Deleted on the server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>→ verwijderd laten</source>
        <translation>→ leave it deleted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gewijzigd op de laptop</source>
        <translation>Changed on the laptop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ herstellen met de waarden van de laptop</source>
        <translation>→ restore with the laptop&apos;s values</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gewijzigd of aangevuld op de server</source>
        <translation>Changed or added to on the server</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Op de server hoort dit INSZ bij iemand die u niet mag zien</source>
        <translation>On the server this INSZ belongs to someone you may not see</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Op de server hoort dit INSZ bij</source>
        <translation>On the server this INSZ belongs to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ dezelfde persoon: koppelen</source>
        <translation>→ the same person: link</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Op de laptop ingegeven voor</source>
        <translation>Entered on the laptop for</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ INSZ verbeteren:</source>
        <translation>→ correct the INSZ:</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>→ de wijziging van de server houden</source>
        <translation>→ keep the server&apos;s change</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verwijderd op de laptop</source>
        <translation>Deleted on the laptop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ ook op de server verwijderen</source>
        <translation>→ delete on the server too</translation>
    </message>
</context>
<context>
    <name>_Closable</name>
    <message>
        <location filename="../../kempen_desktop/ui/common/help_dialogs.py" line="-19"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
