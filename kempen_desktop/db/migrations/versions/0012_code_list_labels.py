"""Code-list labels per language (issue 14).

Every code list (statuses, kansengroepen, closing reasons, partner, meeting and contract
types, action statuses) gets ``label_en``, the label the English UI shows. The codes shipped
with the app get their English label here, but only while their Dutch label is still the
shipped one: a value the user renamed, like a value the user added, keeps an empty
``label_en`` and shows its Dutch label in English too (services/common/labels.py).
New databases get the English labels from resources/reference (db/seed.py).

Plain ALTER TABLE ... ADD COLUMN and UPDATE: runs on SQLite and PostgreSQL alike.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# table -> (code, Dutch label as shipped, English label); a frozen copy of resources/reference.
SHIPPED: dict[str, list[tuple[str, str, str]]] = {
    "target_group": [
        ("jongere", "Jongere (< 25 jaar)", "Young person (< 25)"),
        ("55plus", "55-plusser", "Aged 55 or over"),
        (
            "langdurig_werkzoekend",
            "Langdurig werkzoekend (> 1 jaar)",
            "Long-term jobseeker (> 1 year)",
        ),
        (
            "zeer_langdurig_werkzoekend",
            "Zeer langdurig werkzoekend (> 2 jaar)",
            "Very long-term jobseeker (> 2 years)",
        ),
        ("leefloon", "Leefloongerechtigde", "Receives living wage (leefloon)"),
        (
            "arbeidsbeperking",
            "Persoon met arbeidsbeperking",
            "Person with an occupational disability",
        ),
        ("kortgeschoold", "Kortgeschoold", "Low-skilled"),
        ("anderstalig", "Anderstalig", "Non-native speaker"),
        ("nieuwkomer", "Nieuwkomer / vluchteling", "Newcomer / refugee"),
        (
            "tijdelijk_ontheemde",
            "Tijdelijk ontheemde (Oekraïne)",
            "Temporarily displaced (Ukraine)",
        ),
        ("herintreder", "Niet-beroepsactief / herintreder", "Not economically active / returner"),
        ("neet", "NEET-jongere", "NEET young person"),
        ("buso_schoolverlater", "BuSO-schoolverlater", "Special-needs school leaver (BuSO)"),
    ],
    "dossier_status": [
        ("aangemeld", "Aangemeld", "Registered"),
        ("intake", "Intake", "Intake"),
        ("in_begeleiding", "In begeleiding", "In guidance"),
        ("in_opleiding", "In opleiding", "In training"),
        ("werkervaring", "Werkervaring", "Work experience"),
        ("aan_het_werk", "Aan het werk", "In work"),
        ("afgesloten", "Afgesloten", "Closed"),
    ],
    "closing_reason": [
        ("werk", "Uitstroom naar werk", "Moved into work"),
        ("opleiding", "Uitstroom naar opleiding", "Moved into training"),
        ("verhuisd", "Verhuisd buiten de regio", "Moved out of the region"),
        ("doorverwezen", "Doorverwezen naar andere dienst", "Referred to another service"),
        ("geen_medewerking", "Geen medewerking", "No cooperation"),
        ("niet_bereikbaar", "Niet meer bereikbaar", "No longer reachable"),
        ("ziekte", "Medische redenen", "Medical reasons"),
        ("overleden", "Overleden", "Deceased"),
        ("andere", "Andere reden", "Other reason"),
    ],
    "partner_type": [
        ("werkgever", "Werkgever", "Employer"),
        (
            "maatwerkbedrijf",
            "Maatwerkbedrijf (sociale economie)",
            "Sheltered company (social economy)",
        ),
        ("lokale_diensteneconomie", "Lokale diensteneconomie", "Local services economy"),
        ("vdab", "VDAB", "VDAB"),
        ("ocmw", "OCMW / sociale dienst", "OCMW / social services"),
        ("gtb", "GTB", "GTB"),
        ("opleidingsverstrekker", "Opleidingsverstrekker", "Training provider"),
        ("school", "School", "School"),
        ("welzijn", "Welzijnsorganisatie", "Welfare organisation"),
        ("vakbond", "Vakbond", "Trade union"),
        ("werkgeversorganisatie", "Werkgeversorganisatie", "Employers' organisation"),
        ("lokaal_bestuur", "Lokaal bestuur", "Local government"),
        (
            "intergemeentelijk",
            "Intergemeentelijk samenwerkingsverband",
            "Intermunicipal partnership",
        ),
        ("interimkantoor", "Interimkantoor", "Temporary employment agency"),
        ("andere", "Andere", "Other"),
    ],
    "meeting_type": [
        ("clientoverleg", "Cliëntoverleg", "Client consultation"),
        ("dossierbespreking", "Dossierbespreking", "Case review"),
        ("thematisch_overleg", "Thematisch overleg", "Thematic meeting"),
        ("stuurgroep", "Stuurgroep", "Steering group"),
        ("netwerkmoment", "Netwerkmoment", "Networking event"),
        ("rondetafel", "Rondetafel", "Round table"),
    ],
    "contract_type": [
        ("onbepaalde_duur", "Contract van onbepaalde duur", "Permanent contract"),
        ("bepaalde_duur", "Contract van bepaalde duur", "Fixed-term contract"),
        ("interim", "Interim", "Temporary agency work"),
        ("art60", "Art. 60", "Art. 60"),
        ("maatwerk", "Maatwerk", "Sheltered employment"),
        ("lde", "Lokale diensteneconomie", "Local services economy"),
        ("ibo", "IBO", "IBO (in-company training)"),
        ("deeltijds", "Deeltijds contract", "Part-time contract"),
        ("zelfstandige", "Zelfstandige", "Self-employed"),
        ("flexi", "Flexi-job", "Flexi-job"),
        ("andere", "Andere", "Other"),
    ],
    "action_status": [
        ("niet_gestart", "Niet gestart", "Not started"),
        ("in_uitvoering", "In uitvoering", "In progress"),
        ("afgerond", "Afgerond", "Completed"),
        ("uitgesteld", "Uitgesteld", "Postponed"),
        ("stopgezet", "Stopgezet", "Stopped"),
    ],
}


def upgrade() -> None:
    for table, codes in SHIPPED.items():
        op.add_column(
            table, sa.Column("label_en", sa.String(120), nullable=False, server_default="")
        )
        update = f"UPDATE {table} SET label_en = :english WHERE code = :code AND label = :dutch"
        for code, dutch, english in codes:
            op.execute(sa.text(update).bindparams(code=code, dutch=dutch, english=english))


def downgrade() -> None:
    for table in SHIPPED:  # ALTER TABLE ... DROP COLUMN: SQLite 3.35+ and PostgreSQL
        op.drop_column(table, "label_en")
