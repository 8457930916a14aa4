"""What a cell can refer to: municipalities, target groups, partners and counsellors.

Read once per plan from the database (the user may have edited the reference data),
kept as dictionaries keyed by :func:`name_key`. UUIDs are kept as 32 hex digits, the
way SQLAlchemy stores them in SQLite, because the plan compares and writes raw values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection

from kempen_desktop.db import backends
from kempen_desktop.domain.target_groups import AGE_BASED
from kempen_desktop.services.importing.parsing import cell_text, name_key, split_list

_POSTCODE_AND_NAME = re.compile(r"^(\d{4})\s+(.+)$")
_PARENTHESES = re.compile(r"\(.*?\)")

#: Other ways lists name the target groups (keys as name_key gives them).
GROUP_SYNONYMS: dict[str, str] = {
    "leefloon": "leefloon",
    "leefloner": "leefloon",
    "leefloongerechtigd": "leefloon",
    "equivalentleefloon": "leefloon",
    "leefloonofequivalentleefloon": "leefloon",
    "leefloonequivalent": "leefloon",
    "ll": "leefloon",
    "ell": "leefloon",
    "arbeidshandicap": "arbeidsbeperking",
    "arbeidsbeperking": "arbeidsbeperking",
    "pmab": "arbeidsbeperking",
    "personenmeteenarbeidsbeperking": "arbeidsbeperking",
    "persoonmeteenarbeidsbeperking": "arbeidsbeperking",
    "pmp": "arbeidsbeperking",
    "gtb": "arbeidsbeperking",
    "laaggeschoold": "kortgeschoold",
    "kortgeschoolde": "kortgeschoold",
    "laaggeschoolde": "kortgeschoold",
    "anderstalige": "anderstalig",
    "nt2": "anderstalig",
    "nieuwkomer": "nieuwkomer",
    "vluchteling": "nieuwkomer",
    "erkendvluchteling": "nieuwkomer",
    "nieuwkomers": "nieuwkomer",
    "inburgeraar": "nieuwkomer",
    "ontheemde": "tijdelijk_ontheemde",
    "oekraine": "tijdelijk_ontheemde",
    "tijdelijkebescherming": "tijdelijk_ontheemde",
    "oekraiens": "tijdelijk_ontheemde",
    "herintreder": "herintreder",
    "nietberoepsactief": "herintreder",
    "herintreedster": "herintreder",
    "neet": "neet",
    "neetjongere": "neet",
    "buso": "buso_schoolverlater",
    "busoschoolverlater": "buso_schoolverlater",
    "langdurigwerkzoekend": "langdurig_werkzoekend",
    "langdurigwerkloos": "langdurig_werkzoekend",
    "ldwz": "langdurig_werkzoekend",
    "zeerlangdurigwerkzoekend": "zeer_langdurig_werkzoekend",
    "zeerlangdurigwerkloos": "zeer_langdurig_werkzoekend",
    "jongere": "jongere",
    "jongeren": "jongere",
    "min25": "jongere",
    "25": "jongere",
    "55plusser": "55plus",
    "55plus": "55plus",
    "plus55": "55plus",
    "oudere": "55plus",
}


@dataclass
class Reference:
    today: date
    municipality_names: dict[str, str] = field(default_factory=dict)  # nis -> name
    municipality_by_key: dict[str, str] = field(default_factory=dict)  # name key -> nis valid today
    municipality_by_postcode: dict[str, str] = field(default_factory=dict)  # only when unambiguous
    postcodes_of: dict[str, set[str]] = field(default_factory=dict)  # nis valid today -> postcodes
    group_labels: dict[str, str] = field(default_factory=dict)  # code -> label, in sort order
    group_by_key: dict[str, str] = field(default_factory=dict)
    status_labels: dict[str, str] = field(default_factory=dict)
    status_by_key: dict[str, str] = field(default_factory=dict)  # folded label or code -> code
    partner_names: dict[str, str] = field(default_factory=dict)  # hex -> name
    partner_by_key: dict[str, str] = field(default_factory=dict)
    contact_names: dict[str, str] = field(default_factory=dict)  # hex -> "Voornaam Naam"
    contact_partner: dict[str, str] = field(default_factory=dict)  # contact hex -> partner hex
    contacts_by_key: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, connection: Connection, today: date) -> Reference:
        ref = cls(today)
        sql = backends.driver_sql(connection)
        rows = sql(
            "SELECT nis_code, name, postcodes, valid_from, valid_until, successor_nis_code "
            "FROM municipality"
        ).fetchall()
        iso = today.isoformat()
        valid = {
            nis for nis, _, _, start, end, _ in rows if start <= iso and (end is None or end >= iso)
        }
        successor = {nis: nxt for nis, _, _, _, _, nxt in rows}
        postcode_owners: dict[str, set[str]] = {}
        for nis, name, postcodes, *_ in rows:
            ref.municipality_names[nis] = name
        for nis, name, postcodes, *_ in rows:
            target: str | None = nis
            seen: set[str] = set()
            while target is not None and target not in valid and target not in seen:
                seen.add(target)
                target = successor.get(target)
            if target is None or target not in valid:
                continue
            key = name_key(name)
            # A name valid today wins over an old name that became part of another one.
            if nis in valid or key not in ref.municipality_by_key:
                ref.municipality_by_key[key] = target
            if nis in valid:
                ref.postcodes_of[nis] = {p for p in (postcodes or "").split(";") if p}
                for postcode in ref.postcodes_of[nis]:
                    postcode_owners.setdefault(postcode, set()).add(nis)
        ref.municipality_by_postcode = {
            postcode: next(iter(owners))
            for postcode, owners in postcode_owners.items()
            if len(owners) == 1
        }
        for code, label in sql(
            "SELECT code, label FROM target_group ORDER BY sort_order, label"
        ).fetchall():
            ref.group_labels[code] = label  # in the order the dossier list shows them
        for key, code in GROUP_SYNONYMS.items():
            if code in ref.group_labels:
                ref.group_by_key[key] = code
        for code, label in ref.group_labels.items():
            ref.group_by_key[name_key(label)] = code
            ref.group_by_key[name_key(_PARENTHESES.sub("", label))] = code
            ref.group_by_key[name_key(code)] = code
        ref.status_labels = dict(sql("SELECT code, label FROM dossier_status").fetchall())
        for code, label in ref.status_labels.items():
            ref.status_by_key[name_key(label)] = code
            ref.status_by_key[name_key(code)] = code
        for pid, name in sql("SELECT id, name FROM partner").fetchall():
            ref.partner_names[pid] = name
            ref.partner_by_key.setdefault(name_key(name), pid)
        for cid, pid, first, last in sql(
            "SELECT id, partner_id, first_name, last_name FROM contact_person"
        ).fetchall():
            ref.contact_names[cid] = f"{first} {last}".strip()
            ref.contact_partner[cid] = pid
            for key in {name_key(first + last), name_key(last + first)}:
                ref.contacts_by_key.setdefault(key, []).append(cid)
        return ref

    # -- lookups --------------------------------------------------------------------------

    def municipality(self, value: object) -> tuple[str | None, str | None]:
        """(NIS code valid today, postcode written with it) for a name, old name or NIS code."""
        text = cell_text(value)
        if not text:
            return None, None
        postcode = None
        match = _POSTCODE_AND_NAME.match(text)
        if match:
            postcode, text = match[1], match[2]
        if text.isdigit() and len(text) == 5 and text in self.municipality_names:
            key = name_key(self.municipality_names[text])
            return self.municipality_by_key.get(key), postcode
        return self.municipality_by_key.get(name_key(text)), postcode

    def municipality_for_postcode(self, postcode: str) -> str | None:
        return self.municipality_by_postcode.get(postcode)

    def target_groups(self, value: object) -> tuple[list[str], list[str]]:
        """(codes, unknown texts) for a cell with one or more groups."""
        codes: list[str] = []
        unknown: list[str] = []
        whole = self.group_by_key.get(name_key(cell_text(value)))
        parts = [cell_text(value)] if whole else split_list(value)
        for part in parts:
            code = self.group_by_key.get(name_key(part)) or self.group_by_key.get(
                name_key(_PARENTHESES.sub("", part))
            )
            if code is None:
                unknown.append(part)
            elif code not in AGE_BASED and code not in codes:
                codes.append(code)
        return codes, unknown

    def group_text(self, codes: set[str]) -> str:
        """Labels of the codes, in the order of the code list."""
        return ", ".join(label for code, label in self.group_labels.items() if code in codes)

    def partner(self, value: object) -> str | None:
        return self.partner_by_key.get(name_key(cell_text(value)))

    def counsellors(self, value: object) -> list[str]:
        text = cell_text(value).replace(",", " ")
        return list(self.contacts_by_key.get(name_key(text), []))
