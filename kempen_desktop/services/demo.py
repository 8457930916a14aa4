"""Generate a realistic, fictional demo database (Dutch data, Kempen and ZORA Werkt).

``generate_demo`` fills an *empty* database with persons, dossiers and everything that
hangs off them (status history, timeline, consents, exits to work), partners with
contact persons and cooperation history, overlegmomenten with agendas and action
points, BBC actions and events. The same seed and reference date always give the same
data: every random choice, UUIDs included, comes from one ``random.Random(seed)``, used
by one thread at a time.

Speed (100,000 dossiers in well under a minute on a modest two-core laptop) shapes the
design:

* Everything is planned in plain Python and written in one transaction with multi-row
  ``INSERT ... VALUES (...), (...)`` statements through the session's connection
  (``Connection.exec_driver_sql``). The values are produced directly in the storage
  format SQLAlchemy uses on SQLite (UUID as 32 lowercase hex digits, ``YYYY-MM-DD``
  dates, ``YYYY-MM-DD HH:MM:SS.ffffff`` datetimes, 0/1 booleans): the per-value bind
  processing of a Core ``insert()`` costs about four times as much as the insert itself.
  The column lists are checked against the SQLAlchemy tables, so a renamed or new
  NOT NULL column fails loudly instead of silently. Multi-row statements also matter
  for FTS5, which flushes its pending index data at the end of every statement.
* Triggers keep the search index (migration 0001) and the dossier list columns
  (migration 0002) up to date. The dossier's insert triggers build its search row and
  list columns from what is already there; the triggers on its timeline entries and
  target groups rebuild them again. So, within each chunk, timeline entries and target
  groups are written *before* their dossiers (``PRAGMA defer_foreign_keys = ON``
  postpones the foreign-key check to the commit): their triggers find no dossier and
  do nothing, and every dossier is indexed once, with all its notes and groups.
* The rows of the next chunk are built in a background thread while SQLite writes the
  current one (the sqlite3 module releases the GIL while SQLite works).

No Qt here: the UI calls this from a worker thread and shows ``progress``.
"""

from __future__ import annotations

import bisect
import gc
import itertools
import queue
import random
import sys
import threading
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, func, select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import (
    ActionPoint,
    AgendaItem,
    ClosingReason,
    Consent,
    ContactPerson,
    ContractType,
    CooperationEntry,
    Dossier,
    DossierStatus,
    Event,
    Meeting,
    MeetingParticipant,
    MeetingSeries,
    MeetingType,
    Municipality,
    Partner,
    PartnerType,
    Person,
    PolicyAction,
    StatusChange,
    TargetGroup,
    TimelineEntry,
    WorkExit,
    dossier_target_group,
    event_partner,
)
from kempen_desktop.domain import status as wf
from kempen_desktop.domain import target_groups as tg
from kempen_desktop.services import audit
from kempen_desktop.services.database import Database

ProgressCallback = Callable[[str, int], None]
_T = TypeVar("_T")

#: Dossiers planned and written per chunk (and rows per executemany call).
CHUNK = 5_000
#: Bound parameters per statement: SQLite's default limit since 3.32 is 32,766.
MAX_VARIABLES = 32_000
MAX_ROWS_PER_INSERT = 1_000
#: Page cache (KiB) while generating: random UUID keys scatter the inserts over the
#: indexes, and the default 2 MB cache would re-read index pages all the time.
CACHE_KIB = 256 * 1024
#: Dossiers are opened within this many days before the reference date.
HISTORY_DAYS = 3 * 365
REGISSEUR = "Regisseur sociale economie"
ROUTINE_STATUSES = frozenset({wf.AANGEMELD, wf.INTAKE, wf.IN_BEGELEIDING})
ACTIVE_STATUSES = frozenset({wf.IN_OPLEIDING, wf.WERKERVARING, wf.AAN_HET_WERK})

# ----------------------------------------------------------------------------------------
# Public API


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`generate_demo` wrote, as row counts."""

    dossiers: int
    persons: int
    partners: int
    contacts: int
    cooperation_entries: int
    dossier_target_groups: int
    status_changes: int
    timeline_entries: int
    consents: int
    work_exits: int
    meeting_series: int
    meetings: int
    meeting_participants: int
    agenda_items: int
    action_points: int
    policy_actions: int
    events: int

    @property
    def total_rows(self) -> int:
        return sum(getattr(self, name) for name in self.__dataclass_fields__)


def generate_demo(
    db: Database,
    *,
    dossiers: int = 400,
    seed: int = 1,
    today: date | None = None,
    progress: ProgressCallback | None = None,
) -> DemoSummary:
    """Fill the empty database ``db`` with fictional demo data; deterministic per seed.

    Raises ValueError (Dutch message) when the database already holds dossiers,
    persons or partners: the caller recreates the demo file instead.
    """
    if dossiers < 0:
        raise ValueError("Het aantal demodossiers kan niet negatief zijn.")
    day = today or date.today()
    report = progress or (lambda _stage, _percent: None)
    report("Referentiegegevens lezen", 0)
    # Millions of small objects would trigger ever longer full garbage collections;
    # nothing here creates reference cycles that need collecting.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    # The row-building thread would otherwise keep the GIL for up to 5 ms each time
    # SQLite finishes a statement and the writing thread wants it back.
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(min(switch_interval, 0.0005))
    try:
        summary = _generate(db, dossiers, seed, day, report)
    finally:
        sys.setswitchinterval(switch_interval)
        if gc_was_enabled:
            gc.enable()
    report("Demogegevens klaar", 100)
    return summary


def _generate(db: Database, dossiers: int, seed: int, day: date, report: ProgressCallback) -> DemoSummary:
    with db.engine.connect() as connection:
        cache_size = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
        # A brand-new demo file gains nothing from the WAL: with a rollback journal the
        # pages are written once instead of twice (WAL, then checkpoint). SQLite keeps
        # WAL when another connection has the file open; both are safe.
        journal = str(connection.exec_driver_sql("PRAGMA journal_mode = DELETE").scalar()).lower()
        connection.exec_driver_sql(f"PRAGMA cache_size = {-CACHE_KIB}")
        connection.commit()  # end SQLAlchemy's autobegun transaction (no SQL was written)
        try:
            with connection.begin():
                counts = [connection.scalar(select(func.count()).select_from(model))
                          for model in (Dossier, Person, Partner)]
                if any(counts):
                    raise ValueError(
                        "Deze database bevat al dossiers of partners. Demogegevens worden alleen in "
                        "een lege database aangemaakt: maak het demobestand opnieuw aan."
                    )
                generator = _Generator(_Reference.load(connection), _FastRandom(seed), dossiers, day, report)
                summary = generator.run(connection)
                with Session(bind=connection) as session:
                    audit.record(session, "demo.generate", "database", "", f"{dossiers} dossiers, seed {seed}")
                    session.flush()
                report("Gegevens vastleggen", 97)
            report("Databasebestand opschonen", 99)
            connection.exec_driver_sql("PRAGMA optimize")
            connection.commit()
        finally:
            connection.rollback()
            connection.exec_driver_sql(f"PRAGMA cache_size = {cache_size}")
            if journal == "delete":
                connection.exec_driver_sql("PRAGMA journal_mode = WAL")
            connection.commit()
    return summary


# ----------------------------------------------------------------------------------------
# Storage-format helpers


_UUID_KEEP = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)
_UUID_SET = (0x4000 << 64) | (0x8000 << 48)


def _new_id(rng: random.Random) -> str:
    """A version-4 UUID from the rng, as SQLAlchemy stores it on SQLite (32 hex digits)."""
    return f"{(rng.getrandbits(128) & _UUID_KEEP) | _UUID_SET:032x}"


def _stamp(day: date, minute_of_day: int = 9 * 60) -> str:
    """A naive datetime in SQLAlchemy's SQLite storage format."""
    return f"{day.isoformat()} {minute_of_day // 60:02d}:{minute_of_day % 60:02d}:00.000000"


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, 28))


def insz_for(birth: date, sequence: int, *, bis: bool = False) -> str:
    """A valid INSZ (rijksregisternummer, or BIS number with month + 40) for a birth date.

    The check digits are 97 - (N mod 97), where N is the first nine digits, with a
    2 put in front for births from 2000 on.
    """
    month = birth.month + (40 if bis else 0)
    base = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{sequence:03d}"
    number = int(base) + (2_000_000_000 if birth.year >= 2000 else 0)
    return f"{base}{97 - number % 97:02d}"


def kbo_for(first_eight: int) -> str:
    """A valid KBO number: the eight digits plus check digits 97 - (digits mod 97)."""
    return f"{first_eight:08d}{97 - first_eight % 97:02d}"


class _FastRandom(random.Random):
    """random.Random with simpler, about twice as fast choice/randint/randrange.

    Same quality for our purposes (53-bit floats, ranges far below 2**53) and just as
    deterministic for a given seed.
    """

    def choice(self, seq: Sequence[_T]) -> _T:  # type: ignore[override]
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            start, stop = 0, start
        return start + step * int(self.random() * ((stop - start + step - 1) // step))


class _Weighted:
    """Fast weighted choice (bisect on cumulative weights)."""

    __slots__ = ("cumulative", "items", "total")

    def __init__(self, pairs: Sequence[tuple[Any, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cumulative: list[float] = []
        running = 0.0
        for _, weight in pairs:
            running += weight
            self.cumulative.append(running)
        self.total = running

    def pick(self, rng: random.Random) -> Any:
        return self.items[bisect.bisect(self.cumulative, rng.random() * self.total)]


def _ascii(text: str) -> str:
    """'Ayşe Yılmaz' -> 'ayseyilmaz' for e-mail addresses."""
    text = text.replace("ı", "i").replace("'", "").replace("-", "").replace(" ", "")
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum()).lower()


# ----------------------------------------------------------------------------------------
# Names, places and text fragments (fictional people; real organisations from the seeds)

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
SECTOR_WEIGHTS = _Weighted([
    ("logistiek", 14), ("zorg", 11), ("schoonmaak", 12), ("horeca", 7), ("bouw", 6),
    ("metaal", 7), ("productie", 10), ("retail", 7), ("groen", 6), ("voeding", 5),
    ("administratie", 5), ("kinderopvang", 3), ("transport", 4), ("tuinbouw", 4),
])
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


# ----------------------------------------------------------------------------------------
# Reference data as found in the database


@dataclass(frozen=True)
class _Place:
    nis: str
    name: str
    postcodes: tuple[str, ...]
    region: str  # "kempen" / "zora" / ""


@dataclass(frozen=True)
class _Reference:
    places: dict[str, _Place]  # by name, valid municipalities of the two regions
    nis_by_name: dict[str, str]
    codes: dict[str, frozenset[str]]

    @classmethod
    def load(cls, connection: Connection) -> _Reference:
        nis_by_name: dict[str, str] = {}
        places: dict[str, _Place] = {}
        rows = connection.execute(
            select(Municipality.nis_code, Municipality.name, Municipality.postcodes,
                   Municipality.valid_until).order_by(Municipality.nis_code)
        ).all()
        for nis, name, postcodes, valid_until in rows:
            if valid_until is not None:
                continue
            nis_by_name.setdefault(name, nis)
            region = "kempen" if nis.startswith("13") else "zora" if name in ZORA_MUNICIPALITIES else ""
            if region and postcodes:
                places[name] = _Place(nis, name, tuple(postcodes.split(";")), region)
        if not any(p.region == "kempen" for p in places.values()):
            raise ValueError("De gemeenten van het arrondissement Turnhout ontbreken in de referentiegegevens.")
        codes = {
            name: frozenset(connection.scalars(select(model.code)))
            for name, model in (
                ("target_groups", TargetGroup), ("statuses", DossierStatus),
                ("closing_reasons", ClosingReason), ("partner_types", PartnerType),
                ("meeting_types", MeetingType), ("contract_types", ContractType),
            )
        }
        missing = {code for code, _ in wf.ALL_STATUSES} - codes["statuses"]
        if missing:
            raise ValueError(f"Dossierstatussen ontbreken in de referentiegegevens: {', '.join(sorted(missing))}.")
        return cls(places, nis_by_name, codes)


# ----------------------------------------------------------------------------------------
# Plans (what will be written), kept small with __slots__


class _ContactPlan:
    __slots__ = ("first", "function", "id", "last", "partner")

    def __init__(self, id_: str, partner: _PartnerPlan, first: str, last: str, function: str) -> None:
        self.id, self.partner, self.first, self.last, self.function = id_, partner, first, last, function

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


class _PartnerPlan:
    __slots__ = ("contacts", "id", "key", "name", "nis", "sector", "type")

    def __init__(self, id_: str, name: str, type_: str, nis: str | None, sector: str, key: str) -> None:
        self.id, self.name, self.type, self.nis, self.sector, self.key = id_, name, type_, nis, sector, key
        self.contacts: list[_ContactPlan] = []


class _PersonPlan:
    __slots__ = (
        "birth",
        "email",
        "first",
        "id",
        "insz",
        "language",
        "last",
        "newcomer",
        "origin",
        "phone",
        "place",
        "postcode",
        "ready",
        "sex",
        "street",
        "vdab",
        "written",
    )

    id: str
    last: str
    first: str
    sex: str
    birth: date
    insz: str | None
    vdab: str | None
    street: str
    place: _Place
    postcode: str
    phone: str
    email: str
    language: str
    origin: _Origin
    newcomer: bool
    ready: bool  # identity filled in (complete_person)
    written: bool  # row inserted


class _DossierPlan:
    __slots__ = (
        "counsellor",
        "follow_up",
        "groups",
        "id",
        "job_seeker_since",
        "num",
        "opened",
        "order",
        "partner",
        "path",
        "person",
        "reason",
        "sector",
        "situation",
    )

    id: str
    num: int
    person: _PersonPlan
    path: list[tuple[str, date]]
    opened: date
    reason: str | None
    groups: list[str]
    job_seeker_since: date | None
    partner: _PartnerPlan | None
    counsellor: _ContactPlan | None
    follow_up: date | None
    situation: str
    sector: str
    order: int

    @property
    def status(self) -> str:
        return self.path[-1][0]

    @property
    def status_since(self) -> date:
        return self.path[-1][1]

    @property
    def closed(self) -> date | None:
        return self.path[-1][1] if self.path[-1][0] == wf.AFGESLOTEN else None

    def status_on(self, day: date) -> str | None:
        current = None
        for status, since in self.path:
            if since > day:
                break
            current = status
        return current


# Typical days between two statuses (min, max), and days spent in the current status.
_GAPS: dict[tuple[str, str], tuple[int, int]] = {
    (wf.AANGEMELD, wf.INTAKE): (3, 30),
    (wf.AANGEMELD, wf.IN_BEGELEIDING): (7, 40),
    (wf.INTAKE, wf.IN_BEGELEIDING): (7, 45),
    (wf.IN_BEGELEIDING, wf.IN_OPLEIDING): (30, 240),
    (wf.IN_BEGELEIDING, wf.WERKERVARING): (30, 240),
    (wf.IN_BEGELEIDING, wf.AAN_HET_WERK): (60, 400),
    (wf.IN_OPLEIDING, wf.WERKERVARING): (60, 180),
    (wf.IN_OPLEIDING, wf.AAN_HET_WERK): (30, 180),
    (wf.WERKERVARING, wf.AAN_HET_WERK): (90, 365),
    (wf.WERKERVARING, wf.IN_BEGELEIDING): (60, 300),
    (wf.AAN_HET_WERK, wf.IN_BEGELEIDING): (30, 200),
}
_DWELL: dict[str, tuple[int, int]] = {
    wf.AANGEMELD: (0, 30), wf.INTAKE: (0, 40), wf.IN_BEGELEIDING: (0, 400),
    wf.IN_OPLEIDING: (0, 200), wf.WERKERVARING: (0, 300), wf.AAN_HET_WERK: (0, 365),
    wf.AFGESLOTEN: (0, 700),
}
_FINAL_STATUS = _Weighted([
    (wf.AANGEMELD, 7), (wf.INTAKE, 8), (wf.IN_BEGELEIDING, 30), (wf.IN_OPLEIDING, 12),
    (wf.WERKERVARING, 11), (wf.AAN_HET_WERK, 17), (wf.AFGESLOTEN, 15),
])
_CLOSING = _Weighted([
    ("werk", 35), ("opleiding", 10), ("verhuisd", 9), ("doorverwezen", 10),
    ("geen_medewerking", 12), ("niet_bereikbaar", 12), ("ziekte", 7), ("overleden", 1), ("andere", 4),
])
_LAST_BEFORE_CLOSING: dict[str, tuple[str, ...]] = {
    "werk": (wf.AAN_HET_WERK,) * 7 + (wf.IN_BEGELEIDING, wf.WERKERVARING, wf.IN_OPLEIDING),
    "opleiding": (wf.IN_BEGELEIDING, wf.IN_OPLEIDING, wf.IN_OPLEIDING),
    "niet_bereikbaar": (wf.AANGEMELD, wf.INTAKE, wf.IN_BEGELEIDING, wf.IN_BEGELEIDING),
    "geen_medewerking": (wf.INTAKE, wf.IN_BEGELEIDING, wf.IN_BEGELEIDING, wf.WERKERVARING),
}
_LAST_DEFAULT = (wf.INTAKE, wf.IN_BEGELEIDING, wf.IN_BEGELEIDING, wf.IN_OPLEIDING, wf.WERKERVARING)
_AGE_BANDS = _Weighted([((19, 24), 22), ((25, 54), 58), ((55, 65), 20)])
_HOURS = _Weighted([(38.0, 40), (30.0, 15), (32.0, 10), (24.0, 15), (19.0, 15), (20.0, 5)])
_CONTRACTS = _Weighted([
    ("onbepaalde_duur", 35), ("bepaalde_duur", 25), ("interim", 12), ("ibo", 12),
    ("deeltijds", 8), ("flexi", 3), ("zelfstandige", 2), ("andere", 3),
])
_ORIGINS = _Weighted([(origin, origin.weight) for origin in ORIGINS])
_LANGUAGES = {origin.key: _Weighted(origin.languages) for origin in ORIGINS}
_OPEN_FINAL = _Weighted([(s, w) for s, w in zip(_FINAL_STATUS.items, (7, 8, 30, 12, 11, 17, 0)) if w])


# ----------------------------------------------------------------------------------------
# Writing: multi-row INSERTs with checked column lists, rows built in a background thread


@dataclass(frozen=True)
class _Prepared:
    table: str
    rows: int
    statements: list[tuple[str, tuple[Any, ...]]]


class _Failure:
    def __init__(self, error: BaseException) -> None:
        self.error = error


def _in_background(items: Iterator[_T], depth: int = 2) -> Iterator[_T]:
    """Run the iterator in a worker thread, `depth` items ahead of the consumer.

    An exception in the worker is re-raised in the consumer; when the consumer stops
    early (or fails), the worker is told to stop and joined.
    """
    channel: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()
    finished = object()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                channel.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for item in items:
                if not put(item):
                    return
            put(finished)
        except BaseException as error:  # noqa: BLE001 - handed over to the consumer
            put(_Failure(error))

    worker = threading.Thread(target=work, name="demo-rows", daemon=True)
    worker.start()
    try:
        while True:
            item = channel.get()
            if item is finished:
                return
            if isinstance(item, _Failure):
                raise item.error
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        worker.join()


class _Writer:
    """Multi-row INSERTs on one connection, with column lists checked against the model.

    One statement inserts up to ``MAX_ROWS_PER_INSERT`` rows (fewer for wide tables, to
    stay under SQLite's limit of bound parameters); the sqlite3 module caches the prepared
    statements, so all full batches reuse one. Besides saving the per-statement overhead,
    this matters for the FTS5 triggers: FTS5 flushes its pending index data at the end of
    every statement, so executemany (one statement per row) would cost several times more.
    """

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._sql: dict[tuple[str, tuple[str, ...], int], str] = {}
        self.counts: dict[str, int] = {}

    def _statement(self, table: Table, columns: tuple[str, ...], rows: int) -> str:
        key = (table.name, columns, rows)
        sql = self._sql.get(key)
        if sql is None:
            unknown = [name for name in columns if name not in table.c]
            required = [c.name for c in table.c if not c.nullable and c.server_default is None]
            missing = [name for name in required if name not in columns]
            if unknown or missing:
                raise RuntimeError(f"Demo-insert in {table.name}: onbekend {unknown}, ontbrekend {missing}")
            names = ", ".join(f'"{name}"' for name in columns)
            one = f"({', '.join('?' * len(columns))})"
            sql = f'INSERT INTO "{table.name}" ({names}) VALUES {", ".join([one] * rows)}'
            self._sql[key] = sql
        return sql

    def prepare(self, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> _Prepared:
        """Statements and flat parameter tuples for the rows (thread-safe: no database access)."""
        per_statement = max(1, min(MAX_ROWS_PER_INSERT, MAX_VARIABLES // len(columns)))
        statements = []
        for start in range(0, len(rows), per_statement):
            batch = rows[start:start + per_statement]
            statements.append((self._statement(table, columns, len(batch)),
                               tuple([value for row in batch for value in row])))
        return _Prepared(table.name, len(rows), statements)

    def execute(self, prepared: _Prepared) -> None:
        self.counts[prepared.table] = self.counts.get(prepared.table, 0) + prepared.rows
        for sql, parameters in prepared.statements:
            self._connection.exec_driver_sql(sql, parameters)

    def write(self, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        self.execute(self.prepare(table, columns, rows))

    def count(self, table: Table) -> int:
        return self.counts.get(table.name, 0)


def _table(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


PERSON_COLS = ("id", "last_name", "first_name", "insz", "vdab_number", "birth_date", "sex", "street",
               "postcode", "municipality_nis", "phone", "email", "language", "created_at", "updated_at")
DOSSIER_COLS = ("id", "num", "person_id", "status_code", "status_since", "opened_on", "closed_on",
                "closing_reason_code", "responsible_partner_id", "counsellor_id", "follow_up_on",
                "job_seeker_since", "situation", "created_at", "updated_at")
TIMELINE_COLS = ("id", "dossier_id", "kind", "occurred_at", "title", "body", "author", "partner_id",
                 "meeting_id", "import_batch_id", "created_at", "updated_at")
STATUS_COLS = ("id", "dossier_id", "from_code", "to_code", "effective_on", "closing_reason_code",
               "note", "changed_at")
CONSENT_COLS = ("id", "dossier_id", "partner_id", "purpose", "given_on", "method", "valid_until",
                "withdrawn_on", "note", "created_at", "updated_at")
EXIT_COLS = ("id", "dossier_id", "employer_partner_id", "employer_name", "sector", "contract_type_code",
             "started_on", "hours_per_week", "followup_6m_on", "still_working_6m", "followup_12m_on",
             "still_working_12m", "note", "created_at", "updated_at")
GROUP_COLS = ("dossier_id", "target_group_code")
PARTNER_COLS = ("id", "name", "partner_type_code", "kbo_number", "municipality_nis", "sector", "street",
                "postcode", "website", "phone", "email", "role", "inclusive_since", "inclusive_as",
                "inclusive_evidence", "notes", "active", "created_at", "updated_at")
CONTACT_COLS = ("id", "partner_id", "first_name", "last_name", "function", "email", "phone", "active",
                "created_at", "updated_at")
COOP_COLS = ("id", "partner_id", "occurred_on", "kind", "description", "created_at", "updated_at")
SERIES_COLS = ("id", "title", "meeting_type_code", "interval_months", "created_at", "updated_at")
MEETING_COLS = ("id", "meeting_type_code", "series_id", "title", "starts_at", "ends_at", "location",
                "status", "cancel_reason", "minutes", "minutes_sent_on", "created_at", "updated_at")
PARTICIPANT_COLS = ("id", "meeting_id", "partner_id", "contact_person_id", "name", "attendance")
AGENDA_COLS = ("id", "meeting_id", "position", "title", "dossier_id", "discussion", "agreements")
ACTION_COLS = ("id", "meeting_id", "agenda_item_id", "dossier_id", "description", "owner_partner_id",
               "owner_contact_id", "owner_is_regisseur", "deadline", "status", "completed_on",
               "created_at", "updated_at")
POLICY_COLS = ("id", "code", "short_description", "long_description", "status", "starts_on", "ends_on",
               "priority", "wse_code", "report_text", "created_at", "updated_at")
EVENT_COLS = ("id", "kind", "title", "held_on", "location", "policy_action_id", "participant_count",
              "results", "created_at", "updated_at")


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _id(plan: _PartnerPlan | _ContactPlan | None) -> str | None:
    return None if plan is None else plan.id


# ----------------------------------------------------------------------------------------
# The generator


class _Generator:
    def __init__(self, ref: _Reference, rng: random.Random, dossiers: int, today: date,
                 report: ProgressCallback) -> None:
        self.ref, self.rng, self.n_dossiers, self.today, self.report = ref, rng, dossiers, today, report
        self.partners: list[_PartnerPlan] = []
        self.by_name: dict[str, _PartnerPlan] = {}
        self.ocmw: dict[str, _PartnerPlan] = {}  # by municipality name
        self.employers: list[_PartnerPlan] = []
        self.employers_by_sector: dict[str, list[_PartnerPlan]] = {}
        self.maatwerk: list[_PartnerPlan] = []
        self.persons: list[_PersonPlan] = []
        self.dossiers: list[_DossierPlan] = []
        self.used_insz: set[str] = set()
        self.used_vdab: set[int] = set()
        self.used_kbo: set[int] = set()
        self.ascii_cache: dict[str, str] = {}
        kempen = [p for p in ref.places.values() if p.region == "kempen"]
        zora = [p for p in ref.places.values() if p.region == "zora"]
        self.place_weights = _Weighted([(p, POPULATION.get(p.name, 10.0)) for p in kempen + zora])
        self.group_codes = ref.codes["target_groups"]
        self.coop_rows: list[tuple[Any, ...]] = []
        self.exits_to_work = 0

    # -- helpers ------------------------------------------------------------------------

    def new_id(self) -> str:
        return _new_id(self.rng)

    def phone(self) -> str:
        r = self.rng.randrange(1_000_000)
        return f"{self.rng.choice(MOBILE_PREFIXES)} {r // 10000:02d} {r // 100 % 100:02d} {r % 100:02d}"

    def ascii(self, text: str) -> str:
        folded = self.ascii_cache.get(text)
        if folded is None:
            folded = self.ascii_cache[text] = _ascii(text)
        return folded

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def weekday_near(self, day: date) -> date:
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return day

    # -- partners -----------------------------------------------------------------------

    def add_partner(self, name: str, type_: str, municipality: str | None, sector: str,
                    key: str = "") -> _PartnerPlan:
        if type_ not in self.ref.codes["partner_types"]:
            type_ = "andere"
        nis = self.ref.nis_by_name.get(municipality) if municipality else None
        partner = _PartnerPlan(self.new_id(), name, type_, nis, sector, key)
        self.partners.append(partner)
        self.by_name[name] = partner
        return partner

    def add_contacts(self, partner: _PartnerPlan, count: int, functions: Sequence[str]) -> None:
        rng = self.rng
        for index in range(count):
            if rng.random() < 0.5:
                first = rng.choice(FLEMISH_MALE)
            else:
                first = rng.choice(FLEMISH_FEMALE)
            last = rng.choice(FLEMISH_SURNAMES)
            function = functions[index] if index < len(functions) else rng.choice(functions)
            partner.contacts.append(_ContactPlan(self.new_id(), partner, first, last, function))

    def plan_partners(self) -> None:
        rng = self.rng
        for name, type_, municipality, sector, _role, _site in SEED_PARTNERS:
            partner = self.add_partner(name, type_, municipality, sector, key=name)
            if name == "VDAB":
                self.add_contacts(partner, 6, FUNCTIONS["vdab"])
            elif name == "GTB":
                self.add_contacts(partner, 4, FUNCTIONS["gtb"])
            elif name == "ZORA Werkt":
                self.add_contacts(partner, 5, FUNCTIONS["zora"])
            else:
                self.add_contacts(partner, rng.randint(1, 3), FUNCTIONS["other"])
            if type_ in ("maatwerkbedrijf", "lokale_diensteneconomie"):
                self.maatwerk.append(partner)
                self.employers.append(partner)
        for place in sorted(self.ref.places.values(), key=lambda p: p.name):
            partner = self.add_partner(f"OCMW {place.name}", "ocmw", place.name, "Sociale dienst")
            self.add_contacts(partner, rng.randint(1, 3), FUNCTIONS["ocmw"])
            self.ocmw[place.name] = partner
        for name, type_, municipality, sector in EMPLOYERS:
            partner = self.add_partner(name, type_, municipality, SECTORS[sector][0], key=sector)
            self.add_contacts(partner, rng.randint(1, 4), FUNCTIONS["employer"])
            self.employers.append(partner)
            self.employers_by_sector.setdefault(sector, []).append(partner)
            if type_ in ("maatwerkbedrijf", "lokale_diensteneconomie"):
                self.maatwerk.append(partner)

    def partner_rows(self) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        rng = self.rng
        seed_info = {name: (role, site) for name, _t, _m, _s, role, site in SEED_PARTNERS}
        partner_rows: list[tuple[Any, ...]] = []
        contact_rows: list[tuple[Any, ...]] = []
        for partner in self.partners:
            created = self.days_ago(1100, 1600)
            role, website = seed_info.get(partner.name, ("", ""))
            slug = self.ascii(partner.name.replace("&", "en"))[:24]
            if partner.type == "ocmw":
                domain = f"ocmw{self.ascii(partner.name[5:])}.be"
                role = "Sociale dienst: leefloon, GPMI en art. 60"
                if partner.name[5:] in ZORA_MUNICIPALITIES:
                    role += "; partner in ZORA Werkt"
            elif website:
                domain = website.removeprefix("www.")
            else:
                domain = f"{slug}.be"
            kbo = None
            inclusive_since = inclusive_as = None
            evidence = ""
            if partner in self.employers:
                # Fictional companies get a fictional, valid KBO number; real organisations none.
                kbo = self.kbo() if partner.key != partner.name else None
                if partner.type in ("maatwerkbedrijf", "lokale_diensteneconomie"):
                    inclusive_since, inclusive_as = date(rng.randint(1995, 2015), 1, 1), "werkgever"
                    evidence = "Erkend als initiatief van de sociale economie."
                elif rng.random() < 0.5:
                    inclusive_since = self.days_ago(60, 1800)
                    inclusive_as = rng.choice(("werkgever", "werkgever", "opdrachtgever", "beide"))
                    evidence = rng.choice(INCLUSIVE_EVIDENCE)
                role = role or ("Maatwerkbedrijf: werkervaring en doorstroom"
                                if partner.type == "maatwerkbedrijf" else "Werkgever in het netwerk")
            notes = ""
            if partner.name == "ZORA Werkt":
                notes = "Kernpartner samen met VDAB in de projectaanvraag WSE Lokaal Partnerschap."
            partner_rows.append((
                partner.id, partner.name, partner.type, kbo, partner.nis, partner.sector,
                f"{rng.choice(STREETS)} {rng.randint(1, 120)}",
                self.postcode_of(partner.nis), f"www.{domain}" if partner.type != "ocmw" else "",
                f"014 {rng.randint(20, 89)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                f"info@{domain}", role, _iso(inclusive_since), inclusive_as, evidence, notes, 1,
                _stamp(created), _stamp(created),
            ))
            for contact in partner.contacts:
                contact_rows.append((
                    contact.id, partner.id, contact.first, contact.last, contact.function,
                    f"{self.ascii(contact.first)}.{self.ascii(contact.last)}@{domain}", self.phone(),
                    1, _stamp(created), _stamp(created),
                ))
            self.plan_cooperation(partner, created, inclusive_since, inclusive_as)
        return partner_rows, contact_rows

    def postcode_of(self, nis: str | None) -> str:
        for place in self.ref.places.values():
            if place.nis == nis:
                return place.postcodes[0]
        return "2000" if nis else ""

    def kbo(self) -> str:
        while True:
            digits = self.rng.randint(4_000_000, 8_999_999)
            if digits not in self.used_kbo:
                self.used_kbo.add(digits)
                return kbo_for(digits)

    def plan_cooperation(self, partner: _PartnerPlan, created: date, inclusive_since: date | None,
                         inclusive_as: str | None) -> None:
        rng = self.rng
        entries: list[tuple[date, str, str]] = []
        if inclusive_since is not None and partner.type == "werkgever":
            entries.append((inclusive_since, "engagement",
                            (f"Engageert zich als inclusieve {inclusive_as} (Kempenpact2030: 1 op de 2 "
                             "ondernemingen inclusief).")))
        if partner.type == "vdab":
            entries.append((date(2023, 1, 1), "samenwerkingsovereenkomst",
                            ("Samenwerkingsovereenkomst VDAB - lokaal bestuur voor de regierol sociale "
                             "economie en werk (WSE-LR4).")))
        templates = {
            "werkgever": ("Bedrijfsbezoek met de werkgeversconsulent van VDAB.",
                          "Vacatures besproken voor kandidaten uit het cliëntoverleg.",
                          "Deelname aan de jobdate met lokale werkgevers."),
            "maatwerkbedrijf": ("Overleg over doorstroom van werkervaringsklanten.",
                                "Rondleiding voor de partners van het cliëntoverleg."),
            "ocmw": ("Afstemming over het Lokaal Activeringspact.",
                     "Overleg over art. 60-tewerkstellingen en GPMI's."),
        }.get(partner.type, ("Netwerkoverleg inclusieve economie.", "Afstemming over gezamenlijke acties."))
        for _ in range(rng.randint(1, 3)):
            entries.append((self.days_ago(14, 900), rng.choice(("overleg", "project", "overleg")),
                            rng.choice(templates)))
        for day, kind, text in entries:
            if day > self.today:
                continue
            self.coop_rows.append((self.new_id(), partner.id, day.isoformat(), kind, text,
                                   _stamp(day, 14 * 60), _stamp(day, 14 * 60)))

    # -- persons and dossiers -----------------------------------------------------------

    def complete_person(self, person: _PersonPlan) -> None:
        """Identity, address and contact data, filled in when the first dossier is written."""
        rng, today = self.rng, self.today
        origin: _Origin = _ORIGINS.pick(rng)
        person.ready = True
        person.id = self.new_id()
        person.origin = origin
        person.newcomer = rng.random() < origin.newcomer
        male = rng.random() < origin.share_male
        person.sex = "M" if male else "F"
        person.first = rng.choice(origin.male if male else origin.female)
        person.last = rng.choice(origin.surnames)
        low, high = _AGE_BANDS.pick(rng)
        age = rng.randint(low, high)
        birth = date.fromordinal(today.toordinal() - int((age + rng.random()) * 365.2425))
        if person.newcomer and origin.key in ("afghaans", "eritrees", "somalisch") and rng.random() < 0.2:
            birth = date(birth.year, 1, 1)  # only the year was known on arrival
        person.birth = birth
        language = "Nederlands" if not person.newcomer and origin.key != "vlaams" and rng.random() < 0.5 \
            else _LANGUAGES[origin.key].pick(rng)
        person.language = language
        has_insz = rng.random() < (0.72 if person.newcomer else 0.88)
        person.insz = self.insz(birth, male, bis=person.newcomer and rng.random() < (
            0.1 if origin.key in ("oekraiens", "marokkaans") else 0.35)) if has_insz else None
        person.vdab = self.vdab_number() if rng.random() < 0.87 else None
        place: _Place = self.place_weights.pick(rng)
        person.place = place
        person.postcode = rng.choice(place.postcodes)
        number = rng.randint(1, 180)
        suffix = rng.choice(("", "", "", "", "", "A", " bus 1", " bus 2", " bus 3"))
        person.street = f"{rng.choice(STREETS)} {number}{suffix}"
        person.phone = self.phone() if rng.random() < 0.9 else ""
        if rng.random() < (0.45 if origin.key == "vlaams" else 0.3):
            extra = f"{rng.randint(1, 99)}" if rng.random() < 0.4 else ""
            person.email = (f"{self.ascii(person.first)}.{self.ascii(person.last)}{extra}"
                            f"@{rng.choice(MAIL_DOMAINS)}")
        else:
            person.email = ""

    def insz(self, birth: date, male: bool, *, bis: bool) -> str:
        rng = self.rng
        for _ in range(50):
            sequence = rng.randrange(1, 998, 2) if male else rng.randrange(2, 999, 2)
            number = insz_for(birth, sequence, bis=bis)
            if number not in self.used_insz:
                self.used_insz.add(number)
                return number
        raise RuntimeError("Geen vrij INSZ-volgnummer gevonden.")  # pragma: no cover

    def vdab_number(self) -> str:
        while True:
            number = self.rng.randrange(10_000_000, 100_000_000)
            if number not in self.used_vdab:
                self.used_vdab.add(number)
                return str(number)

    def plan_path(self, final: str, reason: str | None, end: date, window: int) -> list[tuple[str, date]]:
        """Statuses from aangemeld to `final`, dated so that the last change lies before `end`."""
        rng = self.rng
        if final == wf.AFGESLOTEN:
            assert reason is not None
            before = rng.choice(_LAST_BEFORE_CLOSING.get(reason, _LAST_DEFAULT))
            statuses = self.statuses_to(before) + [wf.AFGESLOTEN]
        else:
            statuses = self.statuses_to(final)
        gaps = []
        for previous, current in itertools.pairwise(statuses):
            if current == wf.AFGESLOTEN:
                low, high = (120, 365) if previous == wf.AAN_HET_WERK else (20, 300)
            else:
                low, high = _GAPS[(previous, current)]
            gaps.append(rng.randint(low, high))
        low, high = _DWELL[final]
        dwell = rng.randint(low, high)
        total = sum(gaps) + dwell
        if total > window:  # squeeze the trajectory into the window, keeping its shape
            factor = window * (0.35 + 0.65 * rng.random()) / total
            gaps = [max(1, int(gap * factor)) for gap in gaps]
            dwell = max(0, min(int(dwell * factor), window - sum(gaps)))
        day = end - timedelta(days=sum(gaps) + dwell)
        path = [(statuses[0], day)]
        for status, gap in zip(statuses[1:], gaps):
            day += timedelta(days=gap)
            path.append((status, day))
        return path

    def statuses_to(self, final: str) -> list[str]:
        rng = self.rng
        if final == wf.AANGEMELD:
            return [wf.AANGEMELD]
        if final == wf.INTAKE:
            return [wf.AANGEMELD, wf.INTAKE]
        prefix = [wf.AANGEMELD, wf.INTAKE, wf.IN_BEGELEIDING] if rng.random() < 0.85 \
            else [wf.AANGEMELD, wf.IN_BEGELEIDING]
        r = rng.random()
        if final == wf.IN_BEGELEIDING:
            if r < 0.08:  # back and forth: lost a job or stopped work experience
                return prefix + [rng.choice((wf.WERKERVARING, wf.AAN_HET_WERK)), wf.IN_BEGELEIDING]
            return prefix
        if final == wf.IN_OPLEIDING:
            return prefix + [wf.IN_OPLEIDING]
        if final == wf.WERKERVARING:
            return prefix + ([wf.IN_OPLEIDING, wf.WERKERVARING] if r < 0.3 else [wf.WERKERVARING])
        if final == wf.AAN_HET_WERK:
            if r < 0.5:
                return prefix + [wf.AAN_HET_WERK]
            if r < 0.7:
                return prefix + [wf.IN_OPLEIDING, wf.AAN_HET_WERK]
            return prefix + [wf.WERKERVARING, wf.AAN_HET_WERK]
        raise AssertionError(final)

    def plan_dossier(self, person: _PersonPlan, *, end: date, window: int, closed: bool = False,
                     open_: bool = False) -> _DossierPlan:
        """The skeleton of a dossier: its status path (which fixes the opening date)."""
        rng = self.rng
        final = wf.AFGESLOTEN if closed else _OPEN_FINAL.pick(rng) if open_ else _FINAL_STATUS.pick(rng)
        reason = _CLOSING.pick(rng) if final == wf.AFGESLOTEN else None
        if closed and reason == "overleden":
            reason = "verhuisd"
        dossier = _DossierPlan()
        dossier.person = person
        dossier.path = self.plan_path(final, reason, end, window)
        dossier.opened = dossier.path[0][1]
        dossier.reason = reason
        dossier.order = len(self.dossiers)
        self.dossiers.append(dossier)
        return dossier

    def complete_dossier(self, dossier: _DossierPlan) -> None:
        """Everything else about the dossier, filled in just before it is written."""
        if not dossier.person.ready:
            self.complete_person(dossier.person)
        dossier.id = self.new_id()
        dossier.sector = SECTOR_WEIGHTS.pick(self.rng)
        self.plan_groups(dossier)
        self.plan_responsibility(dossier)
        self.plan_follow_up(dossier)
        dossier.situation = self.situation(dossier)

    def plan_groups(self, dossier: _DossierPlan) -> None:
        rng, person = self.rng, dossier.person
        age = tg.age_on(person.birth, dossier.opened)
        origin = person.origin.key
        salient: list[str] = []
        other: list[str] = []
        dossier.job_seeker_since = None
        herintreder = not person.newcomer and person.vdab is None and 25 <= age and rng.random() < 0.6
        if person.newcomer:
            if origin == "oekraiens":
                if rng.random() < 0.95:
                    salient.append(tg.ONTHEEMDE)
            elif rng.random() < 0.85:
                salient.append(tg.NIEUWKOMER)
            if rng.random() < 0.85:
                salient.append(tg.ANDERSTALIG)
            if rng.random() < (0.3 if origin == "oekraiens" else 0.45):
                other.append(tg.LEEFLOON)
            if rng.random() < 0.4:
                other.append(tg.KORTGESCHOOLD)
        else:
            if person.language not in ("Nederlands",) and rng.random() < 0.5:
                other.append(tg.ANDERSTALIG)
            if rng.random() < 0.18:
                other.append(tg.LEEFLOON)
            if rng.random() < 0.15:
                salient.append(tg.ARBEIDSBEPERKING)
            if rng.random() < 0.35:
                other.append(tg.KORTGESCHOOLD)
            if age < 25 and rng.random() < 0.45:
                other.append(tg.NEET)
            if age <= 21 and rng.random() < 0.2:
                salient.append(tg.BUSO)
            if herintreder:
                salient.append(tg.HERINTREDER)
        if person.vdab is not None and not herintreder and rng.random() < 0.75:
            max_days = max(30, min(1800, (age - 16) * 365))
            days = int(30 + (max_days - 30) * rng.random() ** 2.2)
            dossier.job_seeker_since = dossier.opened - timedelta(days=days)
            salient.extend(sorted(tg.unemployment_groups(dossier.job_seeker_since, dossier.opened)))
        groups = [g for g in salient + other if g in self.group_codes and g not in tg.AGE_BASED]
        if len(groups) > 3:
            keep = groups[:1]
            rest = groups[1:]
            rng.shuffle(rest)
            groups = keep + rest[:2]
        if not groups:
            fallback = tg.NEET if age < 25 else tg.KORTGESCHOOLD
            groups = [fallback] if fallback in self.group_codes else []
        dossier.groups = groups

    def plan_responsibility(self, dossier: _DossierPlan) -> None:
        rng, person = self.rng, dossier.person
        groups = dossier.groups
        zora = person.place.region == "zora"
        ocmw = self.ocmw.get(person.place.name)
        r = rng.random()
        by = self.by_name
        if dossier.status == wf.AANGEMELD and r < 0.3:
            dossier.partner = dossier.counsellor = None
            return
        r = rng.random()
        partner: _PartnerPlan | None
        if tg.ARBEIDSBEPERKING in groups:
            partner = by["GTB"] if r < 0.65 else (by["ZORA Werkt"] if zora else by["VDAB"])
        elif tg.LEEFLOON in groups:
            partner = (by["ZORA Werkt"] if r < 0.75 else ocmw) if zora else (ocmw if r < 0.7 else by["VDAB"])
        elif zora:
            partner = by["ZORA Werkt"] if r < 0.45 else by["VDAB"] if r < 0.9 else ocmw
        elif tg.NEET in groups and r < 0.25:
            partner = by["Arktos"]
        elif (tg.NIEUWKOMER in groups or tg.ONTHEEMDE in groups) and r < 0.15:
            partner = by["I-Diverso"]
        elif dossier.status == wf.WERKERVARING and r < 0.3:
            partner = rng.choice((by["Lidwina"], by["Web"]))
        else:
            partner = by["VDAB"] if r < 0.65 else ocmw
        dossier.partner = partner
        dossier.counsellor = rng.choice(partner.contacts) if partner and partner.contacts else None

    def plan_follow_up(self, dossier: _DossierPlan) -> None:
        rng, today = self.rng, self.today
        dossier.follow_up = None
        if dossier.status == wf.AFGESLOTEN:
            return
        r = rng.random()
        if r < 0.12:
            day = today - timedelta(days=rng.randint(1, 60))
            if day > dossier.opened:
                dossier.follow_up = day
                return
            r = 0.5
        if r < 0.80:
            dossier.follow_up = today + timedelta(days=rng.randint(0, 42))
        elif r < 0.90:
            dossier.follow_up = today + timedelta(days=rng.randint(43, 150))

    def situation(self, dossier: _DossierPlan) -> str:
        rng, person = self.rng, dossier.person
        age = tg.age_on(person.birth, dossier.opened)
        groups = dossier.groups
        if tg.ONTHEEMDE in groups:
            subject = rng.choice(SUBJECTS_DISPLACED)
        elif person.newcomer:
            subject = rng.choice(SUBJECTS_NEWCOMER).format(
                country=person.origin.country, year=rng.randint(2015, max(2016, dossier.opened.year)))
        elif age < 25:
            subject = rng.choice(SUBJECTS_YOUNG)
        elif age >= 55:
            subject = rng.choice(SUBJECTS_SENIOR)
        elif rng.random() < 0.3:
            subject = rng.choice(SUBJECTS_BY_SEX[person.sex])
        else:
            subject = rng.choice(SUBJECTS_GENERAL)
        interest = rng.choice(INTERESTS).format(sector=SECTORS[dossier.sector][1])
        barrier = rng.choice(BARRIERS_PARENT if 25 <= age < 50 and rng.random() < 0.12 else BARRIERS)
        return f"{subject}; {interest}. {barrier}"

    def plan_people(self) -> None:
        """Persons and the status paths of their dossiers; numbered in order of opening."""
        rng, today = self.rng, self.today
        target = self.n_dossiers
        while len(self.dossiers) < target:
            person = _PersonPlan()
            person.ready = person.written = False
            self.persons.append(person)
            if target - len(self.dossiers) >= 2 and rng.random() < 0.035:
                # A person with an earlier, closed trajectory and a newer one.
                second = self.plan_dossier(person, end=today, window=700, open_=True)
                gap = rng.randint(30, 200)
                end = second.opened - timedelta(days=gap)
                window = (end - (today - timedelta(days=HISTORY_DAYS))).days
                self.plan_dossier(person, end=end, window=max(window, 30), closed=True)
            else:
                final_window = HISTORY_DAYS
                self.plan_dossier(person, end=today, window=final_window)
        ordered = sorted(self.dossiers, key=lambda d: (d.opened, d.order))
        for num, dossier in enumerate(ordered, start=1):
            dossier.num = num
        self.dossiers = ordered

    # -- rows per dossier ---------------------------------------------------------------

    def dossier_rows(self, chunk: Sequence[_DossierPlan]) -> dict[str, list[tuple[Any, ...]]]:
        rng, today = self.rng, self.today
        persons: list[tuple[Any, ...]] = []
        dossiers: list[tuple[Any, ...]] = []
        groups: list[tuple[Any, ...]] = []
        statuses: list[tuple[Any, ...]] = []
        timeline: list[tuple[Any, ...]] = []
        consents: list[tuple[Any, ...]] = []
        exits: list[tuple[Any, ...]] = []
        labels = dict(wf.ALL_STATUSES)
        reason_labels = dict(wf.CLOSING_REASONS)
        vdab = self.by_name["VDAB"]
        gtb = self.by_name["GTB"]
        new_id = self.new_id
        for d in chunk:
            self.complete_dossier(d)
            p = d.person
            opened_stamp = _stamp(d.opened, 9 * 60 + rng.randrange(0, 480))
            if not p.written:
                p.written = True
                persons.append((
                    p.id, p.last, p.first, p.insz, p.vdab, p.birth.isoformat(), p.sex, p.street,
                    p.postcode, p.place.nis, p.phone, p.email, p.language, opened_stamp, opened_stamp,
                ))
            closed = d.closed
            dossiers.append((
                d.id, d.num, p.id, d.status, d.status_since.isoformat(), d.opened.isoformat(),
                _iso(closed), d.reason, _id(d.partner), _id(d.counsellor), _iso(d.follow_up),
                _iso(d.job_seeker_since), d.situation, opened_stamp, _stamp(d.status_since, 17 * 60),
            ))
            for code in d.groups:
                groups.append((d.id, code))
            # Status history (first entry: created as aangemeld), with a timeline entry for
            # the changes that matter later on (not for the routine aangemeld -> intake ->
            # in begeleiding steps).
            previous = None
            for index, (status, since) in enumerate(d.path):
                reason = d.reason if status == wf.AFGESLOTEN else None
                note = CLOSING_NOTES.get(reason or "", "") if reason else ""
                changed = _stamp(since, 10 * 60 + index)
                statuses.append((new_id(), d.id, previous, status, since.isoformat(), reason, note, changed))
                if previous is not None and (status not in ROUTINE_STATUSES or previous in ACTIVE_STATUSES):
                    title = f"Status: {labels[previous]} → {labels[status]}"
                    if reason:
                        title += f" ({reason_labels[reason]})"
                    author = d.counsellor.name if d.counsellor else REGISSEUR
                    timeline.append((new_id(), d.id, "status", changed, title, note, author, None,
                                     None, None, changed, changed))
                previous = status
            self.notes(d, timeline)
            # Consent to share data, usually signed at the start.
            if d.status != wf.AANGEMELD or rng.random() < 0.5:
                given = d.path[1][1] if len(d.path) > 1 and rng.random() < 0.3 else d.opened
                method = "schriftelijk" if rng.random() < 0.8 else rng.choice(("digitaal", "mondeling"))
                withdrawn = None
                if rng.random() < 0.01 and given < today - timedelta(days=30):
                    withdrawn = given + timedelta(days=rng.randint(10, (today - given).days))
                stamp = _stamp(given, 11 * 60)
                consents.append((
                    new_id(), d.id, vdab.id,
                    "Gegevensdeling met VDAB en OCMW voor de trajectbegeleiding naar werk",
                    given.isoformat(), method, _add_years(given, 2).isoformat(), _iso(withdrawn),
                    "Intrekking gemeld aan alle partners." if withdrawn else "", stamp, stamp,
                ))
                if tg.ARBEIDSBEPERKING in d.groups and rng.random() < 0.7:
                    consents.append((
                        new_id(), d.id, gtb.id, "Gegevensdeling met GTB voor een screening arbeidsbeperking",
                        given.isoformat(), method, _add_years(given, 2).isoformat(), None, "", stamp, stamp,
                    ))
                elif rng.random() < 0.25:
                    consents.append((
                        new_id(), d.id, None, "Bespreking van het dossier in het cliëntoverleg",
                        given.isoformat(), method, _add_years(given, 2).isoformat(), None, "", stamp, stamp,
                    ))
            self.work_exits(d, exits)
        return {"persons": persons, "dossiers": dossiers, "groups": groups, "statuses": statuses,
                "timeline": timeline, "consents": consents, "exits": exits}

    def notes(self, d: _DossierPlan, timeline: list[tuple[Any, ...]]) -> None:
        """1 to 4 notes, contacts and referrals between opening and closing (or yesterday)."""
        rng = self.rng
        end = d.closed or self.today - timedelta(days=1)
        span = max(0, (end - d.opened).days)
        count = rng.choice((1, 1, 2, 2, 2, 3, 3, 4))
        author = d.counsellor.name if d.counsellor else REGISSEUR
        partner_id = _id(d.partner)
        place = d.person.place.name
        sector_phrase = SECTORS[d.sector][1]
        employers = self.employers_by_sector.get(d.sector) or self.employers
        for index in range(count):
            day = d.opened + timedelta(days=0 if span == 0 else rng.randint(0, span))
            if index == 0 and len(d.path) > 1:
                day = d.path[1][1]  # intake (or start of begeleiding)
                title = "Intakegesprek"
                extra = rng.choice(INTAKE_EXTRAS).format(municipality=place)
                body = f"Intakegesprek gehad; interesse in {sector_phrase}, {extra}."
                kind = "note"
            else:
                r = rng.random()
                if r < 0.4:
                    kind, title = "contact", rng.choice(("Telefonisch contact", "Huisbezoek", "Gesprek op kantoor"))
                    content = rng.choice(CONTACT_CONTENT).format(sector=sector_phrase)
                    if title == "Huisbezoek":
                        body = f"Huisbezoek samen met de maatschappelijk werker van OCMW {place}; {content}."
                    elif title == "Gesprek op kantoor":
                        body = f"Afspraak op kantoor in {place}: {content}."
                    else:
                        body = f"Telefonisch contact met {d.person.first}: {content}."
                elif r < 0.62 or (tg.ARBEIDSBEPERKING in d.groups and r < 0.75):
                    kind = "referral"
                    if tg.ARBEIDSBEPERKING in d.groups and rng.random() < 0.6:
                        title, body = "Doorverwijzing GTB", "Doorverwezen naar GTB voor arbeidsbeperking-screening."
                    elif rng.random() < 0.35:
                        course = rng.choice(COURSES[d.sector])
                        title = "Aanmelding opleiding"
                        body = f"Aangemeld voor de opleiding {course} bij VDAB; interesse in {sector_phrase}."
                    else:
                        _key, target, goal = rng.choice(REFERRALS)
                        title, body = f"Doorverwijzing {target}", f"Doorverwezen naar {target} voor {goal}."
                else:
                    kind, title = "note", "Opvolging"
                    body = f"{d.person.first} " + rng.choice(PROGRESS).format(
                        municipality=place, employer=rng.choice(employers).name) + "."
            stamp = _stamp(day, 8 * 60 + rng.randrange(0, 540))
            timeline.append((self.new_id(), d.id, kind, stamp, title, body, author, partner_id, None,
                             None, stamp, stamp))

    def work_exits(self, d: _DossierPlan, exits: list[tuple[Any, ...]]) -> None:
        """An exit to work for every period 'aan het werk' and for closing with reason werk."""
        rng, today = self.rng, self.today
        starts: list[tuple[date, date | None]] = []  # (started, stopped working on)
        for index, (status, since) in enumerate(d.path):
            if status == wf.AAN_HET_WERK:
                nxt = d.path[index + 1] if index + 1 < len(d.path) else None
                stopped = nxt[1] if nxt and nxt[0] != wf.AFGESLOTEN else None
                starts.append((since, stopped))
        if d.reason == "werk" and not starts:
            starts.append((d.path[-1][1], None))
        for started, stopped in starts:
            self.exits_to_work += 1
            contracts = self.ref.codes["contract_types"]
            pool = self.employers_by_sector.get(d.sector) if rng.random() < 0.6 else None
            employer = rng.choice(pool or self.employers)
            if rng.random() < 0.12:
                employer_id, employer_name = None, rng.choice(
                    ("Interimkantoor (niet in het netwerk)", "Eenmanszaak in de buurt", "Werkgever buiten de regio"))
                sector = SECTORS[d.sector][0]
            else:
                employer_id, employer_name, sector = employer.id, employer.name, employer.sector
            contract: str | None
            if employer_id and employer.type == "maatwerkbedrijf":
                contract = "maatwerk"
            elif employer_id and employer.type == "lokale_diensteneconomie":
                contract = "lde"
            elif employer_id and employer.type == "interimkantoor":
                contract = "interim"
            elif d.partner is not None and d.partner.type == "ocmw" and rng.random() < 0.4:
                contract = "art60"
            else:
                contract = _CONTRACTS.pick(rng)
            if contract is not None and contract not in contracts:
                contract = None
            still_working = stopped is None
            f6 = w6 = f12 = w12 = None
            due6 = started + timedelta(days=182)
            if due6 <= today and rng.random() < 0.85:
                f6 = min(today, due6 + timedelta(days=rng.randint(0, 21)))
                w6 = (stopped is None or stopped > due6) and (d.status == wf.AAN_HET_WERK or rng.random() < 0.8)
            due12 = started + timedelta(days=365)
            if f6 is not None and due12 <= today and rng.random() < 0.8:
                f12 = min(today, due12 + timedelta(days=rng.randint(0, 21)))
                w12 = bool(w6) and (stopped is None or stopped > due12) and (
                    d.status == wf.AAN_HET_WERK or rng.random() < 0.85)
            note = "" if still_working else f"Tewerkstelling gestopt op {stopped:%d/%m/%Y}."
            stamp = _stamp(started, 15 * 60)
            exits.append((
                self.new_id(), d.id, employer_id, employer_name, sector, contract, started.isoformat(),
                _HOURS.pick(rng), _iso(f6), None if w6 is None else int(w6), _iso(f12),
                None if w12 is None else int(w12), note, stamp, stamp,
            ))

    # -- meetings -----------------------------------------------------------------------

    def plan_meetings(self, writer: _Writer) -> None:
        rng, today = self.rng, self.today
        types = self.ref.codes["meeting_types"]
        by = self.by_name
        zora_pool = [d for d in self.dossiers if d.person.place.region == "zora"]
        kempen_pool = [d for d in self.dossiers if d.person.place.region == "kempen"]
        pools = {
            "zora": rng.sample(zora_pool, min(len(zora_pool), 4000)),
            "kempen": rng.sample(kempen_pool, min(len(kempen_pool), 4000)),
        }
        series_rows: list[tuple[Any, ...]] = []
        meetings: list[tuple[Any, ...]] = []
        participants: list[tuple[Any, ...]] = []
        agenda: list[tuple[Any, ...]] = []
        actions: list[tuple[Any, ...]] = []
        decisions: list[tuple[Any, ...]] = []

        def type_code(code: str) -> str:
            return code if code in types else "clientoverleg"

        quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        plans: list[dict[str, Any]] = []
        series_defs = (
            ("zora", "Cliëntoverleg ZORA Werkt - VDAB - GTB", "clientoverleg",
             ("VDAB Mortsel", "Meerminne, Mortsel", "ZORA Werkt, Edegem"),
             ("VDAB", "ZORA Werkt", "GTB", "OCMW Mortsel", "OCMW Edegem")),
            ("kempen", "Dossierbespreking Kempen - VDAB en OCMW's", "dossierbespreking",
             ("VDAB Turnhout", "Sociaal Huis Geel", "Stadhuis Herentals"),
             ("VDAB", "GTB", "OCMW Turnhout", "OCMW Geel", "OCMW Mol", "OCMW Herentals")),
            ("", "Driemaandelijks overleg dienst intensieve begeleiding VDAB - ZORA Werkt",
             "thematisch_overleg", ("VDAB Mortsel",), ("VDAB", "ZORA Werkt")),
        )
        for region, title, mtype, locations, partner_names in series_defs:
            series_id = self.new_id()
            created = _stamp(_add_months(quarter_start, -24), 9 * 60)
            series_rows.append((series_id, title, type_code(mtype), 3, created, created))
            for offset in range(-8, 2):
                base = _add_months(quarter_start, 3 * offset)
                when = self.weekday_near(base + timedelta(days=rng.randint(14, 60)))
                cancelled = region == "zora" and offset in (-5, -4)
                plans.append({"series": series_id, "region": region, "title": title, "type": type_code(mtype),
                              "day": when, "location": rng.choice(locations), "partners": partner_names,
                              "cancelled": cancelled, "dossiers": region != ""})
        extra_defs = (
            ("stuurgroep", "Projectgroep Inclusieve economie Kempenpact2030", "IOK, Geel",
             ("I-Diverso", "VDAB", "VOKA - Kamer van Koophandel Mechelen-Kempen", "ACV", "ABVV",
              "Lidwina", "Web", "Provincie Antwerpen", "Stad Turnhout"), (-22, -16, -10, -4, 2)),
            ("netwerkmoment", "Werkmak(k)ers - netwerk Veldwerkers lokaal werk", "Streekplatform Kempen, Geel",
             ("Streekplatform Kempen", "VDAB", "IOK", "Welzijnszorg Kempen", "Provincie Antwerpen"),
             (-20, -14, -8, -2)),
            ("rondetafel", "Kempense rondetafel jeugdwerkloosheid", "Stadhuis Turnhout",
             ("Arktos", "VDAB", "ACV", "BuSO De Kempenschakel", "Stad Turnhout", "I-Diverso"), (-18, -6)),
            ("rondetafel", "Rondetafel inclusieve werkgevers Kontich", "Gemeentehuis Kontich",
             ("ZORA Werkt", "VDAB", "Industriebouw Kontich NV", "Kinderopvang 't Zonnetje"), (-12,)),
            ("thematisch_overleg", "Thematisch overleg Lokaal Activeringspact", "ZORA Werkt, Edegem",
             ("ZORA Werkt", "OCMW Mortsel", "OCMW Edegem", "OCMW Boechout", "VDAB"), (-9, -3)),
        )
        for mtype, title, location, invited, months in extra_defs:
            for month in months:
                when = self.weekday_near(_add_months(today, month) + timedelta(days=rng.randint(0, 20)))
                plans.append({"series": None, "region": "", "title": title, "type": type_code(mtype),
                              "day": when, "location": location, "partners": invited,
                              "cancelled": False, "dossiers": False})
        plans.sort(key=lambda plan: plan["day"])
        self.held_clientoverleg = 0
        for plan in plans:
            day: date = plan["day"]
            meeting_id = self.new_id()
            held = day < today and not plan["cancelled"]
            status = "geannuleerd" if plan["cancelled"] else "gehouden" if day < today else "gepland"
            start_minute = rng.choice((9 * 60, 9 * 60 + 30, 13 * 60 + 30))
            people: list[_ContactPlan] = []
            for name in plan["partners"]:
                partner = by.get(name)
                if partner is None or not partner.contacts:
                    continue
                count = 2 if name in ("VDAB", "ZORA Werkt") and len(partner.contacts) > 1 else 1
                people.extend(rng.sample(partner.contacts, count))
            present: list[str] = []
            excused: list[str] = []
            for contact in people:
                if held:
                    attendance = "aanwezig" if rng.random() < 0.8 else rng.choice(
                        ("verontschuldigd", "verontschuldigd", "verontschuldigd", "afwezig"))
                else:
                    attendance = "uitgenodigd"
                (present if attendance == "aanwezig" else excused).append(
                    f"{contact.name} ({contact.partner.name})")
                participants.append((self.new_id(), meeting_id, contact.partner.id, contact.id, "", attendance))
            participants.append((self.new_id(), meeting_id, None, None, REGISSEUR,
                                 "aanwezig" if held else "uitgenodigd"))
            # Agenda: free items around the dossiers.
            position = 0
            optional = [t for t in FREE_AGENDA[1:-1] if plan["region"] == "zora" or "ZORA" not in t]
            free_titles = [FREE_AGENDA[0]] + rng.sample(optional, rng.randint(1, 2))
            for item_title in free_titles:
                position += 1
                agenda.append((self.new_id(), meeting_id, position, item_title, None,
                               "Besproken." if held else "", ""))
            discussed = 0
            if plan["dossiers"] and not plan["cancelled"]:
                reference = min(today, day)
                candidates = [
                    d for d in pools[plan["region"]]
                    if d.opened <= reference - timedelta(days=7)
                    and (d.closed is None or d.closed > reference)
                    and d.status_on(reference) not in (None, wf.AFGESLOTEN)
                ]
                chosen = rng.sample(candidates, min(len(candidates), rng.randint(5, 12)))
                chosen.sort(key=lambda d: d.num)
                for d in chosen:
                    position += 1
                    item_id = self.new_id()
                    title_text = f"Dossier {d.num}"
                    discussion = agreements = ""
                    if held:
                        discussed += 1
                        status_then = d.status_on(day) or wf.IN_BEGELEIDING
                        partner_name = d.partner.name if d.partner else "VDAB"
                        fill = {
                            "partner": partner_name, "sector": SECTORS[d.sector][1],
                            "maatwerk": rng.choice(self.maatwerk).name,
                            "course": rng.choice(COURSES[d.sector]),
                            "employer": rng.choice(self.employers_by_sector.get(d.sector) or self.employers).name,
                        }
                        discussion = (f"{partner_name} licht de stand van zaken toe: {d.person.first} "
                                      + rng.choice(PROGRESS).format(municipality=d.person.place.name,
                                                                     employer=fill["employer"]) + ".")
                        agreements = rng.choice(AGREEMENTS.get(status_then, AGREEMENTS[wf.IN_BEGELEIDING])).format(**fill) + "."
                        stamp = _stamp(day, start_minute + position * 5)
                        decisions.append((self.new_id(), d.id, "decision", stamp, f"Afspraak {plan['title']}",
                                          f"Afspraak in overleg van {day:%d/%m/%Y}: {agreements}", REGISSEUR,
                                          None, meeting_id, None, stamp, stamp))
                        if rng.random() < 0.6:
                            actions.append(self.action_point(meeting_id, item_id, d.id, day, people, fill))
                    agenda.append((item_id, meeting_id, position, title_text, d.id, discussion, agreements))
            position += 1
            agenda.append((self.new_id(), meeting_id, position, FREE_AGENDA[-1], None, "", ""))
            if held:
                fill = {"employer": rng.choice(self.employers).name, "sector": "de logistiek",
                        "maatwerk": rng.choice(self.maatwerk).name}
                for _ in range(rng.randint(1, 2)):
                    actions.append(self.action_point(meeting_id, None, None, day, people, fill, free=True))
                if plan["type"] in ("clientoverleg", "dossierbespreking"):
                    self.held_clientoverleg += 1
            minutes = ""
            sent = None
            if held:
                minutes = (f"Aanwezig: {', '.join(present) or '-'}; {REGISSEUR.lower()}.\n"
                           f"Verontschuldigd: {', '.join(excused) or '-'}.\n"
                           + (f"{discussed} dossiers besproken; de afspraken staan per dossier in de agenda."
                              if discussed else "Zie de afspraken per agendapunt."))
                sent_day = day + timedelta(days=rng.randint(2, 10))
                sent = sent_day if sent_day <= today else None
            start = _stamp(day, start_minute)
            end = _stamp(day, start_minute + rng.choice((90, 120, 150)))
            created = _stamp(day - timedelta(days=rng.randint(20, 60)))
            meetings.append((
                meeting_id, plan["type"], plan["series"], plan["title"], start, end, plan["location"],
                status, CANCEL_REASON if plan["cancelled"] else "", minutes, _iso(sent), created, created,
            ))
        writer.write(_table(MeetingSeries), SERIES_COLS, series_rows)
        writer.write(_table(Meeting), MEETING_COLS, meetings)
        writer.write(_table(MeetingParticipant), PARTICIPANT_COLS, participants)
        writer.write(_table(AgendaItem), AGENDA_COLS, agenda)
        writer.write(_table(ActionPoint), ACTION_COLS, actions)
        # Few rows, written after their dossiers: the triggers update those search rows.
        writer.write(_table(TimelineEntry), TIMELINE_COLS, decisions)

    def action_point(self, meeting_id: str, item_id: str | None, dossier_id: str | None, day: date,
                     people: list[_ContactPlan], fill: dict[str, str], free: bool = False) -> tuple[Any, ...]:
        rng, today = self.rng, self.today
        text = rng.choice(FREE_ACTIONS if free else ACTION_TEXTS).format(**fill)
        owner: _ContactPlan | None = None
        regisseur = free and rng.random() < 0.6 or not people or rng.random() < 0.2
        if not regisseur:
            owner = rng.choice(people)
        deadline = day + timedelta(days=rng.randint(14, 42))
        completed = None
        if deadline < today:
            r = rng.random()
            status = "afgerond" if r < 0.7 else "bezig" if r < 0.8 else "open" if r < 0.95 else "vervallen"
        else:
            status = "open" if rng.random() < 0.6 else "bezig"
        if status == "afgerond":
            completed = min(today, day + timedelta(days=rng.randint(3, (deadline - day).days + 10)))
        stamp = _stamp(day, 12 * 60)
        return (self.new_id(), meeting_id, item_id, dossier_id, text,
                owner.partner.id if owner else None, owner.id if owner else None, int(regisseur),
                deadline.isoformat(), status, _iso(completed), stamp, stamp)

    # -- policy actions and events ------------------------------------------------------

    def plan_activities(self, writer: _Writer) -> None:
        rng, today = self.rng, self.today
        open_count = sum(1 for d in self.dossiers if d.closed is None)
        at_work = sum(1 for d in self.dossiers if d.status == wf.AAN_HET_WERK)
        young = sum(1 for d in self.dossiers if tg.age_on(d.person.birth, today) < 25 and d.closed is None)
        report = (
            "We hebben extra aandacht voor groepen in de regio die moeilijker aansluiting vinden met de "
            "arbeidsmarkt, zoals 55-plussers en langdurig werkzoekenden, en we trachten de "
            "jeugdwerkloosheid terug te dringen. De regisseur organiseert vier maal per jaar een "
            "cliëntoverleg en dossierbespreking met ZORA Werkt, de dienst intensieve begeleiding van "
            f"VDAB en GTB. Stand op {today:%d/%m/%Y}: {open_count} lopende dossiers, waarvan {young} "
            f"jongeren; {at_work} personen zijn aan het werk en {self.exits_to_work} uitstromen naar "
            f"werk werden geregistreerd. Er vonden {self.held_clientoverleg} cliëntoverleggen plaats."
        )
        # code, short, long, status, start, end, priority, wse, report
        actions_def = (
            ("5.2.4.10", "We nemen de regierol sociale economie en werk op",
             "Uitvoering van het decreet van 29 april 2022 over de lokale regierol sociale economie en werk.",
             "In uitvoering", date(2023, 1, 1), None, True, "WSE-LR1", ""),
            ("5.2.4.11", "We hebben extra aandacht voor kansengroepen",
             ("Samen met ZORA Werkt, VDAB en GTB begeleiden we mensen met een afstand tot de "
              "arbeidsmarkt naar duurzaam werk."), "In uitvoering", date(2023, 1, 1), None, True, "WSE-LR2", report),
            ("5.2.4.12", "We versterken de sociale economie en het maatschappelijk verantwoord ondernemen",
             ("Promotie van maatwerkbedrijven en lokale diensteneconomie, onder meer met pop-up "
              "winkels 'People made, echt waar'."), "In uitvoering", date(2023, 1, 1), None, False, "WSE-LR3", ""),
            ("5.2.4.13", "We streven naar 1 op de 2 inclusieve ondernemingen in de Kempen",
             ("Kempenpact2030: ondernemingen, organisaties en overheden engageren zich als "
              "inclusieve werkgever of opdrachtgever."), "In uitvoering", date(2023, 1, 1), date(2030, 12, 31), False,
             "WSE-LR3", ""),
            ("5.2.4.14", "We werken samen met VDAB binnen de samenwerkingsovereenkomst",
             "Afstemming met VDAB (regisseur arbeidsmarkt) en de partners van het WSE Lokaal Partnerschap.",
             "In uitvoering", date(2023, 1, 1), None, False, "WSE-LR4", ""),
            ("5.2.4.15", "We organiseren een Kempense rondetafel jeugdwerkloosheid",
             "Partnerschap met Arktos, VDAB en scholen voor kwetsbare jongeren.", "Beëindigd",
             date(2023, 1, 1), date(2024, 12, 31), False, "WSE-LR2", "De rondetafel vond plaats."),
        )
        action_ids: dict[str, str] = {}
        policy_rows: list[tuple[Any, ...]] = []
        for code, short, long, status, start, end, priority, wse, text in actions_def:
            action_ids[code] = self.new_id()
            stamp = _stamp(start)
            policy_rows.append((action_ids[code], code, short, long, status, start.isoformat(), _iso(end),
                                int(priority), wse, text, stamp, stamp))
        writer.write(_table(PolicyAction), POLICY_COLS, policy_rows)

        events_def: list[tuple[str, str, date, str, str, tuple[str, ...], int, str]] = [
            ("jobevent", "Jobevent voor Oekraïners en anderstaligen", date(2023, 1, 17), "Mortsel",
             "5.2.4.11", ("ZORA Werkt", "VDAB"), 64, "18 kandidaten uitgenodigd voor een sollicitatiegesprek."),
            ("jobatelier", "Jobatelier 'Jongeren en Werk'", date(2023, 5, 3), "Overkophuis, Mortsel",
             "5.2.4.11", ("ZORA Werkt", "VDAB", "Arktos"), 22, "Workshops cv en sollicitatiegesprek."),
            ("jobatelier", "Jobatelier 'Jongeren en Werk'", date(2023, 11, 29), "Overkophuis, Mortsel",
             "5.2.4.11", ("ZORA Werkt", "VDAB"), 17, "Zeven jongeren starten een traject."),
            ("jobevent", "Jobevent 'industrie' met de VDAB-industrietrailer", date(2023, 10, 24), "Kontich",
             "5.2.4.11", ("VDAB", "ZORA Werkt", "Industriebouw Kontich NV"), 85,
             "Workshops met de VDAB-industrietrailer."),
            ("jobdate", "Jobdate industrie met lokale werkgevers", date(2023, 10, 25), "Kontich",
             "5.2.4.11", ("VDAB", "ZORA Werkt", "Industriebouw Kontich NV", "Precisietechniek Wommelgem"), 41,
             "Negen aanwervingen na de jobdate."),
        ]
        for months in (-21, -15, -9, -3, 3):
            day = self.weekday_near(_add_months(today, months))
            events_def.append((
                "popupwinkel", "Pop-up winkel sociale economie 'People made, echt waar'", day,
                rng.choice(("Turnhout", "Geel", "Herentals")), "5.2.4.12",
                ("Lidwina", "Web", "Maatwerkbedrijf De Kempense Werkplaats", "IOK"), rng.randint(300, 900),
                "Cursisten 'Verkoop voor anderstaligen' van VDAB liepen stage in de winkel."))
        for months, title, place, partners in (
            (-16, "Jobdate logistiek", "Geel", ("VDAB", "Logistiek Geel NV", "Kempen Distributie BV")),
            (-11, "Jobdate zorg", "Turnhout", ("VDAB", "WZC Hof ter Heide", "Thuiszorg Kempenhart")),
            (-5, "Infosessie werkplekleren voor lokale besturen", "Geel", ("IOK", "VDAB")),
            (-2, "Infosessie Lokaal Activeringspact", "Edegem", ("ZORA Werkt", "OCMW Edegem")),
            (2, "Jobevent anderstaligen Kempen", "Turnhout", ("VDAB", "Agentschap Integratie en Inburgering")),
        ):
            kind = "jobdate" if title.startswith("Jobdate") else "infosessie" if title.startswith("Info") \
                else "jobevent"
            events_def.append((kind, title, self.weekday_near(_add_months(today, months)), place,
                               "5.2.4.11" if kind != "infosessie" else "5.2.4.14", partners,
                               rng.randint(15, 120), "Verslag en deelnemerslijst bij de partners."))
        event_rows: list[tuple[Any, ...]] = []
        links: list[tuple[Any, ...]] = []
        for kind, title, day, location, code, partner_names, count, results in events_def:
            event_id = self.new_id()
            past = day <= today
            stamp = _stamp(min(day, today) - timedelta(days=30))
            event_rows.append((event_id, kind, title, day.isoformat(), location, action_ids.get(code),
                               count if past else None, results if past else "", stamp, stamp))
            seen: set[str] = set()
            for name in partner_names:
                partner = self.by_name.get(name)
                if partner is None or partner.id in seen:
                    continue
                seen.add(partner.id)
                links.append((event_id, partner.id))
                if past:
                    self.coop_rows.append((self.new_id(), partner.id, day.isoformat(), "event",
                                           f"Mee-organisator van '{title}' ({location}).",
                                           _stamp(day, 16 * 60), _stamp(day, 16 * 60)))
        writer.write(_table(Event), EVENT_COLS, event_rows)
        writer.write(event_partner, ("event_id", "partner_id"), links)

    # -- run ------------------------------------------------------------------------------

    def run(self, connection: Connection) -> DemoSummary:
        writer = _Writer(connection)
        self.report("Partners aanmaken", 2)
        self.plan_partners()
        partner_rows, contact_rows = self.partner_rows()
        writer.write(_table(Partner), PARTNER_COLS, partner_rows)
        # The first write opened the transaction; foreign keys are now checked at COMMIT,
        # which lets timeline entries go in before their dossiers (see module docstring).
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        if connection.exec_driver_sql("PRAGMA defer_foreign_keys").scalar() != 1:
            raise RuntimeError("PRAGMA defer_foreign_keys werd niet aanvaard.")
        writer.write(_table(ContactPerson), CONTACT_COLS, contact_rows)

        self.report("Personen en dossiers plannen", 5)
        self.plan_people()
        total = len(self.dossiers)
        tables = (
            ("persons", _table(Person), PERSON_COLS),
            # Timeline entries and target groups before their dossiers: see the module docstring.
            ("timeline", _table(TimelineEntry), TIMELINE_COLS),
            ("groups", dossier_target_group, GROUP_COLS),
            ("dossiers", _table(Dossier), DOSSIER_COLS),
            ("statuses", _table(StatusChange), STATUS_COLS),
            ("consents", _table(Consent), CONSENT_COLS),
            ("exits", _table(WorkExit), EXIT_COLS),
        )

        def prepared_chunks() -> Iterator[tuple[int, list[_Prepared]]]:
            for start in range(0, total, CHUNK):
                rows = self.dossier_rows(self.dossiers[start:start + CHUNK])
                yield min(total, start + CHUNK), [
                    writer.prepare(table, columns, rows[key]) for key, table, columns in tables
                ]

        # The rows of the next chunks are built in a background thread while SQLite writes
        # this one (sqlite3 releases the GIL while it works): two cores, half the time.
        for done, prepared in _in_background(prepared_chunks()):
            for item in prepared:
                writer.execute(item)
            self.report(f"Dossiers wegschrijven ({done:,} van {total:,})".replace(",", "."),
                        10 + 80 * done // total)

        self.report("Overlegmomenten aanmaken", 91)
        self.plan_meetings(writer)
        self.report("Acties en activiteiten aanmaken", 94)
        self.plan_activities(writer)
        writer.write(_table(CooperationEntry), COOP_COLS, self.coop_rows)
        return DemoSummary(
            dossiers=writer.count(_table(Dossier)),
            persons=writer.count(_table(Person)),
            partners=writer.count(_table(Partner)),
            contacts=writer.count(_table(ContactPerson)),
            cooperation_entries=writer.count(_table(CooperationEntry)),
            dossier_target_groups=writer.count(dossier_target_group),
            status_changes=writer.count(_table(StatusChange)),
            timeline_entries=writer.count(_table(TimelineEntry)),
            consents=writer.count(_table(Consent)),
            work_exits=writer.count(_table(WorkExit)),
            meeting_series=writer.count(_table(MeetingSeries)),
            meetings=writer.count(_table(Meeting)),
            meeting_participants=writer.count(_table(MeetingParticipant)),
            agenda_items=writer.count(_table(AgendaItem)),
            action_points=writer.count(_table(ActionPoint)),
            policy_actions=writer.count(_table(PolicyAction)),
            events=writer.count(_table(Event)),
        )
