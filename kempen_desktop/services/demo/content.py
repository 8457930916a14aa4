"""Names, places and text fragments (fictional people; real organisations from the seeds).

Plain data: the generator draws from these tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from kempen_desktop.domain import status as wf

REGISSEUR = "Regisseur sociale economie"

FLEMISH_SURNAMES = (
    "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
    "Wouters", "De Smedt", "Van den Broeck", "Verhoeven", "Vermeulen", "Lambrechts", "Hermans",
    "Aerts", "Michiels", "Pauwels", "Van Dyck", "Smets", "Verstraeten", "De Backer", "Wuyts",
    "Geerts", "Van Gorp", "Verheyen", "Dierckx", "Bogaerts", "Cools", "Van Looy", "Verschueren",
    "Luyten", "Van Hoof", "Sels", "Leysen", "Daems", "Gevers", "Nuyts", "Van Dun", "Vissers",
    "Hendrickx", "Verachtert", "Bellens", "Dams", "Van Herck", "Laenen", "Meeus", "Mariën",
    "Van Genechten", "Kenis", "Sterckx", "Van Tendeloo", "Van Olmen", "Helsen", "Goris",
    "Heylen", "Van Roey", "Adriaensen", "Horemans", "Schellekens", "Van Bael", "Huybrechts",
    "Thys", "Nijs", "Van Camp", "Boeckx", "Mols", "Smolders", "Van den Eynde", "Vermeiren",
    "Wellens", "Van Loon", "Stevens", "Verlinden", "Lauwers", "Segers", "Van de Velde",
    "Vervoort", "Verbist", "Cuypers", "Van Ostaeyen", "Bastiaens",
)
FLEMISH_MALE = (
    "Jan", "Peter", "Tom", "Bart", "Kevin", "Jens", "Stijn", "Wouter", "Koen", "Dirk", "Luc",
    "Marc", "Patrick", "Geert", "Kris", "Steven", "Pieter", "Tim", "Thomas", "Ruben", "Jonas",
    "Niels", "Robbe", "Lars", "Sander", "Wim", "Filip", "Frank", "Johan", "Erik", "Danny",
    "Gert", "Hans", "Joris", "Maarten", "Mathias", "Glenn", "Dries", "Bram", "Seppe", "Arne",
    "Lennert", "Jef", "Rik", "Guy", "Eddy", "Ronny", "Werner", "Jos", "Paul", "Rudi", "Karel",
    "Michiel", "Jeroen", "Yannick", "Brent", "Kenny", "Nick", "Dieter", "Gunther", "Sven",
    "Joeri", "Senne", "Wout", "Jelle", "Tijs", "Milan", "Lucas", "Louis", "Vincent", "Nicolas",
    "Benjamin", "Dimitri", "Björn", "Jurgen", "Raf", "Nico", "Toon", "Gilles", "Stef",
)
FLEMISH_FEMALE = (
    "An", "Els", "Katrien", "Sofie", "Lies", "Veerle", "Ilse", "Kristel", "Nathalie", "Sarah",
    "Laura", "Lotte", "Elke", "Inge", "Hilde", "Anja", "Karen", "Nele", "Evelien", "Ann",
    "Griet", "Liesbeth", "Marleen", "Martine", "Linda", "Rita", "Monique", "Christine", "Greet",
    "Annemie", "Leen", "Tine", "Sien", "Fien", "Jana", "Lien", "Femke", "Charlotte", "Julie",
    "Emma", "Lisa", "Amber", "Britt", "Kelly", "Tinne", "Joke", "Sabine", "Nancy", "Vicky",
    "Jessica", "Stefanie", "Kim", "Caroline", "Mieke", "Ellen", "Eline", "Hanne", "Marie",
    "Nina", "Jolien", "Silke", "Kaat", "Ines", "Eva", "Lore", "Ria", "Gerda", "Agnes", "Maria",
    "Anita", "Carine", "Peggy", "Sandra", "Tamara", "Debby", "Kathleen", "Bieke", "Wendy",
    "Heidi", "Annick",
)


@dataclass(frozen=True)
class _Origin:
    key: str
    weight: float
    surnames: tuple[str, ...]
    male: tuple[str, ...]
    female: tuple[str, ...]
    share_male: float
    languages: tuple[tuple[str, float], ...]
    newcomer: float  # probability that the person is a recent newcomer
    country: str


ORIGINS: tuple[_Origin, ...] = (
    _Origin("vlaams", 77.0, FLEMISH_SURNAMES, FLEMISH_MALE, FLEMISH_FEMALE, 0.52,
            (("Nederlands", 0.975), ("Frans", 0.015), ("Engels", 0.01)), 0.0, "België"),
    _Origin(
        "syrisch", 5.0,
        ("Al-Hassan", "Al-Ahmad", "Haddad", "Khalil", "Othman", "Hamdan", "Al-Khatib", "Darwish",
         "Nasser", "Youssef", "Ibrahim", "Al-Ali", "Mahmoud", "Saleh"),
        ("Mohammed", "Ahmad", "Omar", "Khaled", "Yousef", "Mahmoud", "Hussein", "Ali", "Abdullah",
         "Rami", "Samer", "Bashar"),
        ("Fatima", "Aya", "Rania", "Nour", "Hiba", "Lina", "Rasha", "Sara", "Dima", "Rima",
         "Amal", "Mariam"),
        0.6, (("Arabisch", 0.9), ("Engels", 0.05), ("Nederlands", 0.05)), 0.9, "Syrië"),
    _Origin(
        "afghaans", 4.0,
        ("Ahmadi", "Mohammadi", "Rahimi", "Hashimi", "Karimi", "Sultani", "Hosseini", "Noori",
         "Rezai", "Safi", "Wardak", "Popal"),
        ("Ahmad", "Mohammad", "Ali", "Hamid", "Javid", "Farid", "Wahid", "Naveed", "Sami",
         "Mustafa", "Rahim", "Zabihullah"),
        ("Mariam", "Zahra", "Fatima", "Shabnam", "Parwana", "Nazanin", "Freshta", "Mursal",
         "Laila", "Sahar", "Hosna", "Mina"),
        0.75, (("Dari", 0.9), ("Engels", 0.05), ("Nederlands", 0.05)), 0.95, "Afghanistan"),
    _Origin(
        "marokkaans", 4.5,
        ("El Amrani", "Benali", "El Idrissi", "Bouzid", "Ait Ali", "El Khattabi", "Ouali",
         "Bakkali", "Chaouki", "El Ouardi", "Tahiri", "Azzouzi", "Bousetta", "Boukhari"),
        ("Mohamed", "Youssef", "Karim", "Said", "Rachid", "Mustapha", "Hamza", "Ayoub", "Bilal",
         "Anas", "Ilias", "Nordin"),
        ("Fatima", "Khadija", "Nadia", "Samira", "Malika", "Naima", "Houda", "Imane", "Salma",
         "Yasmina", "Soukaina", "Loubna"),
        0.5, (("Arabisch", 0.55), ("Frans", 0.25), ("Nederlands", 0.2)), 0.5, "Marokko"),
    _Origin(
        "oekraiens", 4.5,
        ("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko",
         "Oliynyk", "Moroz", "Lysenko", "Marchenko", "Savchenko", "Rudenko", "Polishchuk"),
        ("Oleksandr", "Andrii", "Dmytro", "Serhii", "Volodymyr", "Mykola", "Ivan", "Yurii",
         "Bohdan", "Taras", "Maksym", "Vitalii"),
        ("Olena", "Iryna", "Natalia", "Tetiana", "Oksana", "Yuliia", "Svitlana", "Kateryna",
         "Anastasiia", "Mariia", "Halyna", "Viktoriia"),
        0.25, (("Oekraïens", 0.9), ("Engels", 0.1)), 1.0, "Oekraïne"),
    _Origin(
        "eritrees", 1.5,
        ("Tesfay", "Gebremedhin", "Habte", "Tekle", "Berhane", "Ghebreyesus", "Kidane", "Mehari",
         "Haile", "Weldemichael", "Yohannes", "Asmerom"),
        ("Yonas", "Dawit", "Filmon", "Semere", "Merhawi", "Biniam", "Robel", "Henok", "Samuel",
         "Aron", "Kibrom", "Mussie"),
        ("Helen", "Selam", "Senait", "Lidya", "Ruta", "Saba", "Winta", "Yordanos", "Feven",
         "Rahel", "Mebrat", "Hiwet"),
        0.65, (("Tigrinya", 0.85), ("Engels", 0.15)), 0.95, "Eritrea"),
    _Origin(
        "somalisch", 1.0,
        ("Mohamed", "Ahmed", "Abdi", "Hassan", "Warsame", "Farah", "Osman", "Jama", "Nur",
         "Hussein", "Yusuf", "Egal", "Ismail", "Ali"),
        ("Abdirahman", "Abdullahi", "Mohamed", "Ahmed", "Hassan", "Omar", "Abdikarim", "Said",
         "Mustafe", "Liban", "Khadar", "Guled"),
        ("Fadumo", "Hodan", "Sahra", "Asha", "Amina", "Hawa", "Ifrah", "Ladan", "Nasra", "Ubah",
         "Halima", "Khadra"),
        0.55, (("Somali", 0.85), ("Engels", 0.15)), 0.95, "Somalië"),
    _Origin(
        "turks", 2.5,
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan",
         "Doğan", "Koç", "Kurt"),
        ("Mehmet", "Mustafa", "Ahmet", "Emre", "Burak", "Murat", "Hasan", "Hüseyin", "Kemal",
         "Serkan", "Volkan", "Yusuf"),
        ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Merve", "Büşra", "Esra", "Derya",
         "Gül", "Hülya"),
        0.5, (("Nederlands", 0.6), ("Turks", 0.4)), 0.1, "Turkije"),
)

STREETS = (
    "Kerkstraat", "Stationsstraat", "Dorpsstraat", "Molenstraat", "Schoolstraat", "Nieuwstraat",
    "Kapelstraat", "Beekstraat", "Heidestraat", "Hoogstraat", "Zandstraat", "Bergstraat",
    "Lindenlaan", "Kastanjelaan", "Eikenlaan", "Berkenlaan", "Populierenlaan", "Heirbaan",
    "Gasthuisstraat", "Hofstraat", "Parklaan", "Leopoldstraat", "Koning Albertstraat",
    "Steenweg", "Turnhoutsebaan", "Antwerpsesteenweg", "Kempenlaan", "Akkerstraat",
    "Veldstraat", "Weversstraat", "Smidsestraat", "Bosstraat", "Vennestraat", "Heikant",
    "Boskant", "Nethelaan", "Sint-Jozefstraat", "Pastorijstraat", "Kloosterstraat",
    "Broekstraat", "Acacialaan", "Gildestraat", "Spoorwegstraat", "Vaartstraat",
    "Kanaalstraat", "Wijngaardstraat", "Prinsenstraat", "Vlasstraat", "Goorstraat",
    "Langstraat", "Oude Baan", "Ringlaan", "Vredelaan", "Collegestraat", "Hoevenstraat",
    "Ernest Claeslaan", "Stijn Streuvelslaan", "Guido Gezellelaan", "Diestseweg", "Markt",
)
MOBILE_PREFIXES = (
    "0456", "0460", "0465", "0466", "0467", "0468", "0470", "0471", "0472", "0473", "0474",
    "0475", "0476", "0477", "0478", "0479", "0483", "0484", "0485", "0486", "0487", "0488",
    "0489", "0490", "0491", "0492", "0493", "0494", "0495", "0496", "0497", "0498", "0499",
)
MAIL_DOMAINS = ("telenet.be", "gmail.com", "hotmail.com", "outlook.com", "skynet.be", "proximus.be")

#: Approximate population in thousands, used as weights for where people live.
POPULATION = {
    "Arendonk": 13.5, "Baarle-Hertog": 2.9, "Balen": 23.0, "Beerse": 18.5, "Dessel": 9.8,
    "Geel": 41.0, "Grobbendonk": 11.5, "Herentals": 29.0, "Herenthout": 9.0, "Herselt": 14.8,
    "Hoogstraten": 22.0, "Hulshout": 10.5, "Kasterlee": 18.8, "Lille": 16.8, "Meerhout": 10.5,
    "Merksplas": 9.0, "Mol": 37.0, "Olen": 12.8, "Oud-Turnhout": 14.0, "Ravels": 15.0,
    "Retie": 11.8, "Rijkevorsel": 11.8, "Turnhout": 46.0, "Vorselaar": 8.0, "Vosselaar": 11.5,
    "Westerlo": 25.5, "Laakdal": 16.3,
    "Boechout": 13.5, "Edegem": 31.0, "Hove": 8.3, "Kontich": 21.0, "Lint": 9.0,
    "Mortsel": 26.5, "Wommelgem": 13.0,
}
ZORA_MUNICIPALITIES = ("Boechout", "Edegem", "Hove", "Lint", "Kontich", "Mortsel", "Wommelgem")

# Sector key -> (label on a work exit / employer, phrase in a sentence)
SECTORS: dict[str, tuple[str, str]] = {
    "logistiek": ("Logistiek", "de logistiek"),
    "zorg": ("Zorg", "de zorg"),
    "schoonmaak": ("Schoonmaak", "de schoonmaak"),
    "horeca": ("Horeca", "de horeca"),
    "bouw": ("Bouw", "de bouw"),
    "metaal": ("Metaal en industrie", "de metaal en industrie"),
    "productie": ("Productie", "de productie"),
    "retail": ("Handel en retail", "de retail"),
    "groen": ("Groenonderhoud", "het groenonderhoud"),
    "voeding": ("Voeding", "de voedingsindustrie"),
    "administratie": ("Administratie", "een administratieve functie"),
    "kinderopvang": ("Kinderopvang", "de kinderopvang"),
    "transport": ("Transport", "het transport (als chauffeur)"),
    "tuinbouw": ("Land- en tuinbouw", "de tuinbouw"),
}
COURSES: dict[str, tuple[str, ...]] = {
    "logistiek": ("heftruckchauffeur", "orderpicker", "magazijnmedewerker"),
    "zorg": ("zorgkundige", "polyvalent verzorgende", "logistiek assistent in de zorg"),
    "schoonmaak": ("schoonmaaktechnicus", "medewerker facilitaire diensten"),
    "horeca": ("keukenmedewerker", "zaalmedewerker horeca"),
    "bouw": ("metselaar", "bekister", "dakwerker"),
    "metaal": ("lasser", "CNC-operator", "industrieel elektricien"),
    "productie": ("productiemedewerker", "operator productie"),
    "retail": ("winkelbediende", "Verkoop voor anderstaligen"),
    "groen": ("groenarbeider", "medewerker groenonderhoud"),
    "voeding": ("productiemedewerker voeding", "bakkerijmedewerker"),
    "administratie": ("administratief bediende", "onthaalmedewerker"),
    "kinderopvang": ("begeleider kinderopvang",),
    "transport": ("vrachtwagenchauffeur (rijbewijs C)", "buschauffeur"),
    "tuinbouw": ("medewerker tuinbouw", "seizoensarbeid tuinbouw"),
}
SUBJECTS_BY_SEX = {
    "F": ("Alleenstaande moeder van twee jonge kinderen", "Moeder van drie kinderen, lang thuis geweest",
          "Alleenstaande moeder, co-ouderschap"),
    "M": ("Alleenstaande vader in co-ouderschap", "Vader van twee kinderen, enige kostwinner"),
}
SUBJECTS_GENERAL = (
    "Gehuwd, partner werkt voltijds", "Woont alleen na een echtscheiding",
    "Samenwonend, drie schoolgaande kinderen", "Woont in een sociale woning",
    "Heeft lang voor een zieke ouder gezorgd", "Na een burn-out opnieuw op zoek naar werk",
    "Werkte jaren als interimkracht zonder vast contract", "Verloor het werk bij een faillissement",
)
SUBJECTS_YOUNG = (
    "Jongere die vroegtijdig de school verliet", "Schoolverlater zonder diploma secundair onderwijs",
    "Jongere uit het BuSO (opleidingsvorm 3)", "Jongere, woont nog bij de ouders",
    "Jongere die afhaakte in het deeltijds leren en werken",
)
SUBJECTS_SENIOR = (
    "55-plusser na een collectief ontslag in de metaalsector", "Ervaren kracht, stopte als zelfstandige",
    "Oudere werkzoekende met rugklachten", "55-plusser, lang bij dezelfde werkgever gewerkt",
)
SUBJECTS_NEWCOMER = (
    "Erkend vluchteling uit {country}, sinds {year} in België",
    "Nieuwkomer uit {country}, volgt het inburgeringstraject",
    "Gezinshereniging, sinds {year} in België",
)
SUBJECTS_DISPLACED = (
    "Tijdelijk ontheemde uit Oekraïne, sinds 2022 in België",
    "Gevlucht uit Oekraïne met twee kinderen",
)
INTERESTS = ("zoekt werk in {sector}", "wil aan de slag in {sector}", "heeft interesse in {sector}")
BARRIERS = (
    "Beperkte kennis van het Nederlands (niveau A1).", "Geen rijbewijs; woont ver van het openbaar vervoer.",
    "Schulden, in budgetbegeleiding bij het OCMW.",
    "Rugproblemen: geen zwaar tilwerk.", "Weinig werkervaring in België.",
    "Diploma uit het buitenland nog niet erkend (NARIC).", "Onzeker na een lange periode zonder werk.",
    "Psychische kwetsbaarheid; zoekt een rustige werkplek.",
    "Heeft geen computervaardigheden.", "Woonsituatie is onstabiel.", "Weinig zelfvertrouwen bij sollicitaties.",
    "Mobiliteit is een drempel: enkel een fiets.", "Wil deeltijds werken (max. 30 uur).",
)
BARRIERS_PARENT = ("Kinderopvang is nog niet geregeld.", "Moet rekening houden met de schooluren van de kinderen.")
INTAKE_EXTRAS = (
    "rijbewijs B in aanvraag", "volgt NT2-les bij CVO Kempen (niveau A2)", "heeft een VCA-attest",
    "kinderopvang is geregeld via het Huis van het Kind", "wil maximaal 30 uur per week werken",
    "geen eigen vervoer, wel een fiets", "diploma uit het buitenland, gelijkwaardigheid aangevraagd",
    "ervaring als heftruckchauffeur", "cv is nog niet in orde", "kan snel starten",
    "wil liefst in de buurt van {municipality} werken", "heeft een attest arbeidsbeperking nodig",
)
PROGRESS = (
    "volgt trouw de lessen Nederlands", "heeft een cv opgemaakt met de trajectbegeleider",
    "solliciteerde bij drie werkgevers in {municipality}", "wacht op antwoord van {employer}",
    "kwam twee afspraken niet na; nieuwe afspraak gemaakt", "is gemotiveerd maar twijfelt over de uren",
    "deed een proefdag bij {employer}", "heeft het rijexamen theorie gehaald",
    "volgt een sollicitatietraining bij VDAB", "zoekt nog kinderopvang voor de woensdagnamiddag",
    "is gestart met vrijwilligerswerk in {municipality}", "heeft een jobdate bijgewoond",
)
CONTACT_CONTENT = (
    "afspraak bevestigd voor volgende week", "vacatures in {sector} overlopen",
    "vraagt hulp bij het invullen van formulieren", "meldt zich ziek, nieuwe afspraak volgt",
    "gaat akkoord met een stage", "heeft vragen over de combinatie werk en leefloon",
    "wil graag starten met een opleiding", "gesprek over de planning van de komende weken",
)
REFERRALS = (
    ("GTB", "GTB", "een screening arbeidsbeperking"),
    ("CVO Kempen", "CVO Kempen", "lessen Nederlands tweede taal (NT2)"),
    ("CAW De Kempen", "CAW De Kempen", "schuldhulpverlening"),
    ("Agentschap Integratie en Inburgering", "Agentschap Integratie en Inburgering",
     "het inburgeringstraject en maatschappelijke oriëntatie"),
    ("Welzijnszorg Kempen", "Welzijnszorg Kempen", "ondersteuning rond armoede"),
    ("Lidwina", "maatwerkbedrijf Lidwina", "een werkervaringstraject"),
    ("Web", "Web", "een werkervaringsplaats in de kringwinkel"),
    ("IN-Z", "IN-Z", "een traject in de dienstenchequesector"),
    ("Arktos", "Arktos", "jongerenbegeleiding naar werk"),
)
AGREEMENTS: dict[str, tuple[str, ...]] = {
    wf.AANGEMELD: (
        "Intake wordt binnen twee weken ingepland door {partner}",
        "Eerst toestemming gegevensdeling laten ondertekenen, daarna een gezamenlijk gesprek",
    ),
    wf.INTAKE: (
        "Intake afronden en bespreken op het volgende overleg",
        "{partner} neemt de begeleiding op; OCMW blijft betrokken voor het leefloon",
    ),
    wf.IN_BEGELEIDING: (
        "Opstart werkervaring bij maatwerkbedrijf {maatwerk}",
        "VDAB start een screening; GTB wordt betrokken bij een vermoeden van arbeidsbeperking",
        "OCMW bekijkt een tewerkstelling art. 60",
        "{partner} zoekt gericht vacatures in {sector}",
        "Eerst NT2 afronden, daarna sollicitatietraining bij VDAB",
        "Doorverwijzing naar GTB voor een arbeidsbeperking-screening",
    ),
    wf.IN_OPLEIDING: (
        "Opleiding {course} loopt goed; opvolging na de proefperiode",
        "Stageplaats zoeken bij een inclusieve werkgever in {sector}",
    ),
    wf.WERKERVARING: (
        "Werkervaring met drie maanden verlengen",
        "Doorstroom naar een reguliere job voorbereiden met jobcoaching",
    ),
    wf.AAN_HET_WERK: (
        "Nazorg door {partner} gedurende zes maanden",
        "Dossier afsluiten na het nazorggesprek",
    ),
}
ACTION_TEXTS = (
    "Screeningsgesprek inplannen", "Aanvraag GTB-screening indienen",
    "Mogelijkheden art. 60-tewerkstelling bekijken", "Contact opnemen met {employer} voor een proefdag",
    "Kinderopvang nagaan via het Huis van het Kind", "NT2-aanbod bij CVO Kempen opvragen",
    "Attest arbeidsbeperking opvragen", "Terugkoppeling geven op het volgende overleg",
    "Vacatures in {sector} doorsturen", "Jobcoach aanvragen bij {maatwerk}",
)
FREE_AGENDA = (
    "Verwelkoming en goedkeuring verslag vorig overleg",
    "Stand van zaken Lokaal Activeringspact",
    "Nieuwe vacatures bij inclusieve werkgevers",
    "Terugkoppeling jobhunter ZORA Werkt",
    "Voorbereiding jobevent",
    "Varia en datum volgend overleg",
)
FREE_ACTIONS = (
    "Verslag bezorgen aan alle partners", "Lijst leefloongerechtigden actualiseren",
    "Datum volgend overleg vastleggen", "VDAB-lijst met klanten in intensieve begeleiding bezorgen",
    "Uitnodiging jobevent verspreiden bij de partners",
)
CANCEL_REASON = (
    "Geannuleerd: de medewerkers van VDAB en OCMW waren intensief bezig met de voorbereiding "
    "van de projectaanvraag WSE Lokaal Partnerschap, waarvan ZORA Werkt en VDAB de "
    "kernpartners zijn."
)
CLOSING_NOTES = {
    "werk": "Uitstroom naar werk; nazorg afgerond.",
    "opleiding": "Start een voltijdse opleiding.",
    "verhuisd": "Verhuisd buiten de regio; dossier overgedragen.",
    "doorverwezen": "Doorverwezen naar een andere dienst.",
    "geen_medewerking": "Geen medewerking na herhaalde uitnodigingen.",
    "niet_bereikbaar": "Niet meer bereikbaar per telefoon, mail of brief.",
    "ziekte": "Langdurig ziek; begeleiding stopgezet.",
    "overleden": "",
    "andere": "Afgesloten in overleg met de cliënt.",
}

# Partners: the organisations of the seed texts, the OCMW's, employers and social economy.
# (name, type, municipality, sector, role, website)
SEED_PARTNERS: tuple[tuple[str, str, str | None, str, str, str], ...] = (
    ("VDAB", "vdab", "Turnhout", "Arbeidsbemiddeling",
     "Regisseur arbeidsmarkt; dienst intensieve begeleiding", "www.vdab.be"),
    ("GTB", "gtb", "Turnhout", "Arbeidsbegeleiding",
     "Begeleiding van personen met een arbeidsbeperking", "www.gtb.be"),
    ("ZORA Werkt", "intergemeentelijk", "Mortsel", "Arbeidsbegeleiding",
     ("Intergemeentelijke dienst voor arbeidsbegeleiding van de OCMW's van Boechout, Edegem, "
      "Hove, Lint, Kontich, Mortsel en Wommelgem"), ""),
    ("I-Diverso", "andere", "Turnhout", "Diversiteit en inclusie",
     "Voortrekker Kempenpact2030 inclusieve economie", ""),
    ("Web", "maatwerkbedrijf", "Turnhout", "Sociale economie",
     "Voortrekker Kempenpact2030; werkervaring en maatwerk", ""),
    ("VOKA - Kamer van Koophandel Mechelen-Kempen", "werkgeversorganisatie", "Geel",
     "Werkgeversorganisatie", "Voortrekker Kempenpact2030; contact met werkgevers", "www.voka.be"),
    ("ACV", "vakbond", "Turnhout", "Vakbond",
     "Voortrekker Kempenpact2030; trekker pijler leren en werken Streekplatform", "www.hetacv.be"),
    ("ABVV", "vakbond", "Turnhout", "Vakbond", "Voortrekker Kempenpact2030", "www.abvv.be"),
    ("Lidwina", "maatwerkbedrijf", "Turnhout", "Sociale economie",
     "Maatwerkbedrijf; werkervaring en doorstroom", ""),
    ("Agentschap Integratie en Inburgering", "andere", "Turnhout", "Integratie en inburgering",
     "Inburgering, NT2-toeleiding en trajecten voor nieuwkomers", "www.integratie-inburgering.be"),
    ("Provincie Antwerpen", "lokaal_bestuur", "Antwerpen", "Overheid",
     "Voortrekker Kempenpact2030", "www.provincieantwerpen.be"),
    ("Stad Turnhout", "lokaal_bestuur", "Turnhout", "Overheid", "Voortrekker Kempenpact2030", ""),
    ("Arktos", "welzijn", "Turnhout", "Jongerenwelzijn",
     "Begeleiding van kwetsbare jongeren naar school en werk", ""),
    ("Welzijnszorg Kempen", "welzijn", "Geel", "Welzijn",
     "Voortrekker Kempenpact2030; armoedebestrijding", ""),
    ("Beweging.net", "andere", "Turnhout", "Middenveld", "Voortrekker Kempenpact2030", ""),
    ("IOK", "intergemeentelijk", "Geel", "Streekontwikkeling",
     "Intergemeentelijke samenwerking van de Kempense gemeenten", ""),
    ("Streekplatform Kempen", "intergemeentelijk", "Geel", "Streekontwikkeling",
     "Pijler leren en werken; netwerk Veldwerkers lokaal werk", ""),
    ("IN-Z", "lokale_diensteneconomie", None, "Dienstencheques en lokale diensteneconomie",
     "Vindplaatsgerichte trajecten voor herintreders", ""),
    ("CAW De Kempen", "welzijn", "Turnhout", "Welzijn", "Schuldhulpverlening en welzijnswerk", ""),
    ("CVO Kempen", "opleidingsverstrekker", "Geel", "Volwassenenonderwijs", "NT2 en beroepsopleidingen", ""),
    ("BuSO De Kempenschakel", "school", "Geel", "Onderwijs",
     "Netwerk BuSO en de weg naar werk", ""),
)
# (name, type, municipality, sector key)
EMPLOYERS: tuple[tuple[str, str, str, str], ...] = (
    ("Bakkerij Verlinden", "werkgever", "Herentals", "voeding"),
    ("Logistiek Geel NV", "werkgever", "Geel", "logistiek"),
    ("Kempen Distributie BV", "werkgever", "Meerhout", "logistiek"),
    ("Metaalbouw Van Gorp", "werkgever", "Olen", "metaal"),
    ("Staalconstructies Dessel NV", "werkgever", "Dessel", "metaal"),
    ("WZC Hof ter Heide", "werkgever", "Kasterlee", "zorg"),
    ("Woonzorgcentrum De Linde", "werkgever", "Mortsel", "zorg"),
    ("Thuiszorg Kempenhart", "werkgever", "Turnhout", "zorg"),
    ("Schoonmaakbedrijf Net & Proper", "werkgever", "Mol", "schoonmaak"),
    ("Glasnet Kempen", "werkgever", "Beerse", "schoonmaak"),
    ("Tuinbouwbedrijf Verboven", "werkgever", "Hoogstraten", "tuinbouw"),
    ("Aardbeienkwekerij De Rode Hoeve", "werkgever", "Hoogstraten", "tuinbouw"),
    ("Hoveniersbedrijf Groen & Co", "werkgever", "Lille", "groen"),
    ("Bouwbedrijf Hendrickx NV", "werkgever", "Westerlo", "bouw"),
    ("Dakwerken Mertens", "werkgever", "Laakdal", "bouw"),
    ("Brasserie 't Markske", "werkgever", "Turnhout", "horeca"),
    ("Hotel De Nete", "werkgever", "Herentals", "horeca"),
    ("Buurtsuper Dierckx", "werkgever", "Vorselaar", "retail"),
    ("Tuincentrum Den Olm", "werkgever", "Herenthout", "retail"),
    ("Drukkerij Van Dun", "werkgever", "Turnhout", "productie"),
    ("Kartonnage Kempen NV", "werkgever", "Beerse", "productie"),
    ("Kunststoffen Balen NV", "werkgever", "Balen", "productie"),
    ("Nethechem", "werkgever", "Geel", "metaal"),
    ("Meubelmakerij Vermeulen", "werkgever", "Hulshout", "productie"),
    ("Garage Peeters & Zonen", "werkgever", "Westerlo", "metaal"),
    ("Carrosserie Wuyts", "werkgever", "Arendonk", "metaal"),
    ("Transport Goossens", "werkgever", "Rijkevorsel", "transport"),
    ("Autocars Kempenland", "werkgever", "Ravels", "transport"),
    ("Kinderdagverblijf Het Kabouterhuis", "werkgever", "Edegem", "kinderopvang"),
    ("Kinderopvang 't Zonnetje", "werkgever", "Kontich", "kinderopvang"),
    ("Industriebouw Kontich NV", "werkgever", "Kontich", "metaal"),
    ("Precisietechniek Wommelgem", "werkgever", "Wommelgem", "metaal"),
    ("Verpakkingen Boechout BV", "werkgever", "Boechout", "productie"),
    ("Catering Smaak & Zorg", "werkgever", "Edegem", "voeding"),
    ("Slagerij Jacobs", "werkgever", "Hove", "voeding"),
    ("Bakkerij 't Lintse Brood", "werkgever", "Lint", "voeding"),
    ("Mortsel Clean", "werkgever", "Mortsel", "schoonmaak"),
    ("Administratiekantoor Claes", "werkgever", "Herentals", "administratie"),
    ("Boomkwekerij Laenen", "werkgever", "Grobbendonk", "tuinbouw"),
    ("Distributiecentrum Westerlo", "werkgever", "Westerlo", "logistiek"),
    ("Fietsenatelier Velo Mol", "werkgever", "Mol", "retail"),
    ("Interim Kempen Werkt", "interimkantoor", "Turnhout", "logistiek"),
    ("Jobs & Talent Interim", "interimkantoor", "Mortsel", "productie"),
    ("Maatwerkbedrijf De Kempense Werkplaats", "maatwerkbedrijf", "Geel", "productie"),
    ("Maatwerkbedrijf Nete & Aa", "maatwerkbedrijf", "Herentals", "groen"),
    ("Kringwinkel Zuidrand", "maatwerkbedrijf", "Edegem", "retail"),
    ("Sociale kruidenier De Schakel", "lokale_diensteneconomie", "Mortsel", "retail"),
    ("Klusjesdienst Kontich", "lokale_diensteneconomie", "Kontich", "groen"),
)
INCLUSIVE_EVIDENCE = (
    "Engagementsverklaring Kempenpact2030 ondertekend.",
    "Neemt jaarlijks werkervaringsstagiairs van Lidwina aan.",
    "Besteedt verpakkingswerk uit aan een maatwerkbedrijf.",
    "Werkt met jobcoaching van GTB.",
    "Nam deel aan de jobdate en werft anderstalige medewerkers.",
    "Biedt IBO-trajecten via VDAB aan.",
)
FUNCTIONS = {
    "vdab": ("Trajectbegeleider dienst intensieve begeleiding",) * 4
    + ("Coördinator dienst intensieve begeleiding", "Werkgeversconsulent"),
    "gtb": ("GTB-trajectbegeleider",) * 3 + ("Regioverantwoordelijke GTB",),
    "zora": ("Coördinator ZORA Werkt", "Expert arbeidsbegeleiding", "Arbeidsbegeleider",
             "Arbeidsbegeleider", "Jobhunter"),
    "ocmw": ("Maatschappelijk werker activering", "Trajectbegeleider werk",
             "Diensthoofd sociale dienst"),
    "employer": ("HR-verantwoordelijke", "Zaakvoerder", "Productieleider", "Personeelsdienst",
                 "Teamleider", "Directeur"),
    "other": ("Coördinator", "Medewerker", "Projectverantwoordelijke", "Consulent"),
}
