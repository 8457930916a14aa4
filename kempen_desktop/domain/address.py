"""Postcode ↔ gemeente, both ways, without guessing.

A Belgian postcode belongs to one municipality (NIS code) or, rarely, to several; a
municipality has a main postcode and sometimes more; a deelgemeente (Morkhoven, Vremde,
Wilrijk) is a place name with its own postcode inside a municipality. The book answers:

- `for_postcode("2400")` → the municipalities that postcode belongs to (Mol).
- `for_name("Herentals")` → the place of that exact name (accents, case and hyphens do not
  matter; "herentals" is Herentals, "H" is nothing): a municipality with its main postcode
  (2200), or a deelgemeente with its own postcode and its municipality (Vremde → 2531,
  Boechout).

A deelgemeente name used by two places (Tongerlo in Westerlo and in Bree) gives nothing:
the postcode decides. Partial names are not completed either: a form that shows a gemeente
it guessed from the first letters stores a wrong address (issue 14: "Herentals" once gave
3150 Haacht).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    postcode: str
    name: str  # the place as written: a municipality or a deelgemeente
    nis_code: str  # the municipality the place belongs to
    municipality: str


def fold(text: str) -> str:
    """Compare names without case, accents, hyphens or doubled spaces."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[\s\-']+", " ", plain).strip().lower()


def is_belgian_postcode(text: str) -> bool:
    return bool(re.fullmatch(r"[1-9]\d{3}", text.strip()))


class AddressBook:
    """Municipalities (with their postcodes, main one first) and deelgemeenten."""

    def __init__(
        self,
        municipalities: list[tuple[str, str, list[str]]],  # (nis, name, postcodes)
        deelgemeenten: Sequence[Place] = (),
    ) -> None:
        self._by_postcode: dict[str, list[Place]] = {}
        self._by_name: dict[str, Place] = {}
        self._main: dict[str, Place] = {}
        for nis, name, postcodes in municipalities:
            for position, postcode in enumerate(p for p in postcodes if p):
                place = Place(postcode, name, nis, name)
                if position == 0:
                    self._main[nis] = place
                    self._by_name[fold(name)] = place
                self._add_postcode(place)
        municipality_names = set(self._by_name)
        ambiguous: set[str] = set()
        for place in deelgemeenten:
            if place.nis_code not in self._main:
                continue  # a municipality that is not valid any more
            municipality = self._main[place.nis_code].municipality
            place = Place(place.postcode, place.name, place.nis_code, municipality)
            self._add_postcode(place)
            key = fold(place.name)
            if key in municipality_names:
                continue  # a municipality name wins (Halle, Aalst)
            known = self._by_name.setdefault(key, place)
            if (known.postcode, known.nis_code) != (place.postcode, place.nis_code):
                ambiguous.add(key)  # Tongerlo (Westerlo, Bree), Meldert, Muizen: no guess
        for key in ambiguous:
            del self._by_name[key]

    def _add_postcode(self, place: Place) -> None:
        places = self._by_postcode.setdefault(place.postcode, [])
        if all(known.nis_code != place.nis_code for known in places):
            places.append(place)

    def for_postcode(self, postcode: str) -> list[Place]:
        """The municipalities of a postcode (one Place per NIS code), main ones first."""
        return list(self._by_postcode.get(postcode.strip(), []))

    def for_name(self, name: str) -> Place | None:
        return self._by_name.get(fold(name)) if name.strip() else None

    def main_postcode(self, nis_code: str) -> str:
        place = self._main.get(nis_code)
        return place.postcode if place else ""

    def belongs(self, postcode: str, nis_code: str) -> bool:
        return any(place.nis_code == nis_code for place in self.for_postcode(postcode))

    def nis_for(self, postcode: str, nis_code: str | None) -> str | None:
        """The NIS code a saved address should carry: the chosen one when the postcode fits
        it (or there is no postcode), else the postcode's only municipality, else None."""
        if nis_code and (not postcode.strip() or self.belongs(postcode, nis_code)):
            return nis_code
        places = self.for_postcode(postcode)
        return places[0].nis_code if len(places) == 1 else nis_code
