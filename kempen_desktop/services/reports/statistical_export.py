"""The sheets of the statistical dossier export: a k-anonymous row per dossier, counts
with small groups merged, and a sheet that says in words what was done.

Generalisation order: what is coarsened first is what a policy reader needs least, and
status is never coarsened (outflow per kansengroep and period is what WSE reporting asks).
1. partner name -> "met/zonder partner" (an internal detail, and a name narrows a lot);
2. municipality -> arrondissement (counts per municipality stay on the Tellingen sheet);
3. start month -> quarter (reports are per quarter or semester);
4. age in 10-year bands -> <25 / 25-54 / 55+ (the bands of the target groups);
5. start quarter -> year;  6. arrondissement -> province;  7. partner given up;
8. the combination of kansengroepen -> the main one (first in priority order, not counting
   the age groups, which the age column shows) "e.a.";  9. sex given up;  10. age given up;
11. kansengroep -> the main one only;  12. start given up;  13. place given up.
Coarsening stops at the first step where at most 5 % of the dossiers are in a class
smaller than 5; those are left out and counted in a note. On 2,000 demo dossiers that is
(nearly) the end of the path: seven quasi-identifiers are too many for k = 5 at that size,
so the row sheet keeps status, main kansengroep and what else the data allow, and the
detail lives on the Tellingen sheet. The rule itself is in domain/k_anonymity.py.

The rows are sorted on their values, not in list order: a list sorted by name would
let someone who knows the names match them to the rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import Municipality, TargetGroup
from kempen_desktop.domain.k_anonymity import Hierarchy, K, anonymise
from kempen_desktop.domain.target_groups import JONGERE, PLUS55, age_on

ALL = "alle"
UNKNOWN = "onbekend"
OTHER = "andere (elk minder dan 5)"
NO_PARTNER = "geen partner"

# Column order of the quasi-identifiers on the Dossiers sheet (after the pseudonym).
AGE, SEX, PLACE, STATUS, GROUPS, PARTNER, START = range(7)
HEADERS = (
    "Leeftijdsgroep",
    "Geslacht",
    "Woonplaats",
    "Status",
    "Kansengroepen",
    "Partner",
    "Startperiode",
)
WIDTHS = (14, 9, 22, 15, 40, 22, 12)
STEPS = (PARTNER, PLACE, START, AGE, START, PLACE, PARTNER, GROUPS, SEX, AGE, GROUPS, START, PLACE)


def age_band_10(birth: date | None, day: date) -> str:
    """10-year bands, cut at 25 and 55 where the kansengroepen jongere and 55-plusser start."""
    if birth is None or birth > day:
        return UNKNOWN
    age = age_on(birth, day)
    if age < 25:
        return "jonger dan 25"
    if age >= 55:
        return "55 en ouder"
    low = 25 + 10 * ((age - 25) // 10)
    return f"{low}-{low + 9}"


def _policy_age(band: Hashable) -> Hashable:
    return "25-54" if band in ("25-34", "35-44", "45-54") else band


def _quarter(month: Hashable) -> Hashable:
    if month == UNKNOWN:
        return month
    year, number = str(month).split("-")
    return f"{year}-K{(int(number) - 1) // 3 + 1}"


def _year(month: Hashable) -> Hashable:
    return month if month == UNKNOWN else str(month)[:4]


def _everything(_value: Hashable) -> Hashable:
    return ALL


def hierarchies(
    places: dict[str, tuple[str, str]], age_groups: frozenset[str] = frozenset()
) -> list[Hierarchy]:
    """`places`: municipality name -> (arrondissement, province); `age_groups`: the labels of
    the kansengroepen that follow from age (the age column already shows them)."""

    def main_groups(value: Hashable) -> list[str]:
        labels = str(value).split("; ")
        return [label for label in labels if label not in age_groups] or labels

    def main_and_more(value: Hashable) -> Hashable:
        labels = main_groups(value)
        return labels[0] + (" e.a." if len(labels) > 1 else "")

    def arrondissement(name: Hashable) -> Hashable:
        return f"arr. {places[name][0]}" if name in places and places[name][0] else UNKNOWN

    def province(name: Hashable) -> Hashable:
        return f"prov. {places[name][1]}" if name in places and places[name][1] else UNKNOWN

    return [
        Hierarchy(
            AGE,
            ("10 jaar", "jonger dan 25 / 25-54 / 55 en ouder", "weggelaten"),
            (_policy_age, _everything),
        ),
        Hierarchy(SEX, ("zoals geregistreerd", "weggelaten"), (_everything,)),
        Hierarchy(
            PLACE,
            ("gemeente", "arrondissement", "provincie", "weggelaten"),
            (arrondissement, province, _everything),
        ),
        Hierarchy(
            PARTNER,
            ("naam", "met of zonder partner", "weggelaten"),
            (lambda p: NO_PARTNER if p == NO_PARTNER else "met partner", _everything),
        ),
        Hierarchy(
            START, ("maand", "kwartaal", "jaar", "weggelaten"), (_quarter, _year, _everything)
        ),
        Hierarchy(
            GROUPS,
            (
                "alle kansengroepen van het dossier",
                "de belangrijkste, met 'e.a.' als er meer zijn",
                "enkel de belangrijkste",
            ),
            (main_and_more, lambda value: main_groups(value)[0]),
        ),
    ]


def _places(session: Session) -> dict[str, tuple[str, str]]:
    return {
        name: (arr, prov)
        for name, arr, prov in session.execute(
            select(Municipality.name, Municipality.arrondissement, Municipality.province)
        )
    }


def _age_group_labels(session: Session) -> frozenset[str]:
    return frozenset(
        session.scalars(select(TargetGroup.label).where(TargetGroup.code.in_((JONGERE, PLUS55))))
    )


def _merge_rare_groups(groups: list[list[str]]) -> list[str]:
    """A kansengroep held by fewer than 5 dossiers becomes OTHER inside the combination,
    so a rare group coarsens the row instead of leaving it out."""
    counts = Counter(label for labels in groups for label in labels)
    merged = []
    for labels in groups:
        kept = [label for label in labels if counts[label] >= K]
        if len(kept) < len(labels):
            kept.append(OTHER)
        merged.append("; ".join(kept) or "geen")
    return merged


def dossier_rows(records: Sequence[Any], day: date) -> list[tuple[str, ...]]:
    """The quasi-identifiers of each dossier at level 0, in HEADERS order."""
    groups = _merge_rare_groups(
        [list(filter(None, r.values["target_groups"].split("; "))) for r in records]
    )
    rows: list[tuple[str, ...]] = []
    for record, group in zip(records, groups, strict=True):
        v = record.values
        rows.append(
            (
                age_band_10(record.birth_date, day),
                v["sex"] or UNKNOWN,
                v["municipality"] or UNKNOWN,
                v["status"] or UNKNOWN,
                group,
                v["partner"] or NO_PARTNER,
                v["start_date"].strftime("%Y-%m") if v["start_date"] else UNKNOWN,
            )
        )
    return rows


def counted(table: dict[str, int]) -> list[tuple[str, int | str]]:
    """Counts per value, largest first; values held by 1 to 4 dossiers are merged into one
    OTHER row (shown as "<5" if that too is small), so no small group is named and none
    can be worked out from the total."""
    shown = sorted(
        ((label, n) for label, n in table.items() if n >= K), key=lambda item: (-item[1], item[0])
    )
    rest = sum(n for n in table.values() if 0 < n < K)
    result: list[tuple[str, int | str]] = list(shown)
    if rest:
        result.append((OTHER, rest if rest >= K else f"<{K}"))
    return result


def statistical_sheets(
    session: Session, records: Sequence[Any], day: date, pseudonym: Callable[[Any], str]
) -> list[Any]:
    from kempen_desktop.documents.xlsx import XlsxColumn, XlsxSheet

    tables: dict[str, Counter[str]] = {
        name: Counter() for name in ("Gemeente", "Status", "Kansengroep", "Leeftijdsgroep")
    }
    for record in records:
        v = record.values
        tables["Gemeente"][v["municipality"] or UNKNOWN] += 1
        tables["Status"][v["status"]] += 1
        tables["Leeftijdsgroep"][age_band_10(record.birth_date, day)] += 1
        for label in filter(None, v["target_groups"].split("; ")):
            tables["Kansengroep"][label] += 1
    counts = [[title, label, n] for title, table in tables.items() for label, n in counted(table)]

    result = anonymise(
        dossier_rows(records, day), hierarchies(_places(session), _age_group_labels(session)), STEPS
    )
    rows = sorted(
        ([*row, pseudonym(records[i])] for row, i in zip(result.rows, result.kept, strict=True)),
        key=lambda row: tuple(str(value) for value in row),
    )
    rows = [[row[-1], *row[:-1]] for row in rows]
    notes = _notes(len(records), result)
    total = (
        f"{len(records)} dossiers, gepseudonimiseerd: geen namen, INSZ, geboortedata of adressen"
    )
    sheets = []
    if rows:
        summary = (
            f"{total}; elke combinatie komt minstens {K} keer voor; "
            + "; ".join(_generalised(result))
            + f"; {result.suppressed} dossiers weggelaten (zie Toelichting)"
        )
        columns = [
            XlsxColumn("Pseudoniem", "text", 16),
            *(XlsxColumn(h, "text", w) for h, w in zip(HEADERS, WIDTHS, strict=True)),
        ]
        sheets.append(XlsxSheet("Dossiers", columns, rows, "Dossiers — statistisch", summary))
    sheets.append(
        XlsxSheet(
            "Tellingen",
            [
                XlsxColumn("Indeling", "text", 16),
                XlsxColumn("Waarde", "text", 40),
                XlsxColumn("Aantal dossiers", "int", 15),
            ],
            counts,
            "Tellingen — statistisch",
            f"{total}; waarden met minder dan {K} dossiers samengevoegd",
        )
    )
    sheets.append(
        XlsxSheet(
            "Toelichting",
            [XlsxColumn("Toelichting", "text", 110)],
            [[line] for line in notes],
            "Toelichting — statistische export",
            total,
        )
    )
    return sheets


def _generalised(result: Any) -> list[str]:
    """Per column, in words, how coarse it is on the Dossiers sheet."""
    names = result.level_names
    groups = (
        f"kansengroepen: {names[GROUPS]} "
        f"(een kansengroep met minder dan {K} dossiers heet '{OTHER}')"
    )
    return [
        f"leeftijd: {names[AGE]}",
        f"geslacht: {names[SEX]}",
        f"woonplaats: {names[PLACE]}",
        f"partner: {names[PARTNER]}",
        f"startdatum: {names[START]}",
        groups,
        "status: zoals geregistreerd",
    ]


def _notes(total: int, result: Any) -> list[str]:
    """What was generalised and left out, in words, for the Toelichting sheet."""
    columns = ", ".join(h.lower() for h in HEADERS)
    first = (
        f"Blad Dossiers: één rij per dossier; elke combinatie van {columns} komt minstens {K} keer "
        "voor "
        f"(k-anonimiteit, k = {K})."
    )
    lines = [first, *_generalised(result)]
    if result.rows:
        lines.append(
            f"Weggelaten: {result.suppressed} van de {total} dossiers, omdat hun combinatie ook "
            f"na deze veralgemening minder dan {K} keer voorkwam. "
            "Aantallen per gemeente, status, kansengroep en leeftijd staan op het blad Tellingen."
        )
    else:
        lines.append(
            f"Het blad Dossiers is weggelaten: bij {total} dossiers komt geen enkele combinatie "
            f"minstens {K} keer voor. Gebruik het blad Tellingen."
        )
    lines.append(
        f"Blad Tellingen: waarden met 1 tot {K - 1} dossiers zijn samengevoegd tot '{OTHER}'; "
        f"is ook dat minder dan {K}, dan staat er <{K}."
    )
    lines.append(
        "Pseudoniem: geldt alleen binnen deze export. Elke statistische export krijgt nieuwe "
        "pseudoniemen, zodat twee exports niet aan elkaar gekoppeld kunnen worden."
    )
    return lines
