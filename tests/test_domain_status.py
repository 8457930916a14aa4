"""Tests for kempen_desktop.domain.status (dossier workflow)."""

from __future__ import annotations

import itertools

import pytest

from kempen_desktop.domain.status import (
    AAN_HET_WERK,
    AANGEMELD,
    AFGESLOTEN,
    ALL_STATUSES,
    CLOSING_REASONS,
    IN_BEGELEIDING,
    IN_OPLEIDING,
    INTAKE,
    OPEN_STATUSES,
    WERKERVARING,
    TransitionError,
    allowed_next,
    can_transition,
    check_transition,
    closing_reason_label,
    is_open,
    status_label,
)

CODES = [code for code, _ in ALL_STATUSES]

# The complete allowed-transition table, written out independently of the
# implementation so that any change to the workflow shows up here.
EXPECTED_NEXT = {
    "aangemeld": ("intake", "in_begeleiding", "afgesloten"),
    "intake": ("in_begeleiding", "afgesloten"),
    "in_begeleiding": ("in_opleiding", "werkervaring", "aan_het_werk", "afgesloten"),
    "in_opleiding": ("in_begeleiding", "werkervaring", "aan_het_werk", "afgesloten"),
    "werkervaring": ("in_begeleiding", "in_opleiding", "aan_het_werk", "afgesloten"),
    "aan_het_werk": ("in_begeleiding", "in_opleiding", "werkervaring", "afgesloten"),
    "afgesloten": ("aangemeld", "intake"),
}


def test_status_codes_and_labels() -> None:
    assert ALL_STATUSES == (
        ("aangemeld", "Aangemeld"),
        ("intake", "Intake"),
        ("in_begeleiding", "In begeleiding"),
        ("in_opleiding", "In opleiding"),
        ("werkervaring", "Werkervaring"),
        ("aan_het_werk", "Aan het werk"),
        ("afgesloten", "Afgesloten"),
    )
    assert (AANGEMELD, INTAKE, IN_BEGELEIDING, IN_OPLEIDING) == (
        "aangemeld",
        "intake",
        "in_begeleiding",
        "in_opleiding",
    )
    assert (WERKERVARING, AAN_HET_WERK, AFGESLOTEN) == (
        "werkervaring",
        "aan_het_werk",
        "afgesloten",
    )


def test_closing_reasons() -> None:
    assert CLOSING_REASONS == (
        ("werk", "Uitstroom naar werk"),
        ("opleiding", "Uitstroom naar opleiding"),
        ("verhuisd", "Verhuisd buiten de regio"),
        ("doorverwezen", "Doorverwezen naar andere dienst"),
        ("geen_medewerking", "Geen medewerking"),
        ("niet_bereikbaar", "Niet meer bereikbaar"),
        ("ziekte", "Medische redenen"),
        ("overleden", "Overleden"),
        ("andere", "Andere reden"),
    )
    assert closing_reason_label("ziekte") == "Medische redenen"
    with pytest.raises(ValueError, match="Onbekende reden"):
        closing_reason_label("vakantie")


def test_status_label() -> None:
    assert status_label(AAN_HET_WERK) == "Aan het werk"
    assert status_label("in_begeleiding") == "In begeleiding"
    with pytest.raises(ValueError, match="Onbekende status: 'gepauzeerd'."):
        status_label("gepauzeerd")


def test_is_open() -> None:
    assert [is_open(code) for code in CODES] == [True] * 6 + [False]
    assert OPEN_STATUSES == tuple(CODES[:6])
    with pytest.raises(ValueError):
        is_open("onbekend")


@pytest.mark.parametrize("status", CODES)
def test_allowed_next(status: str) -> None:
    assert allowed_next(status) == EXPECTED_NEXT[status]


def test_allowed_next_unknown_status() -> None:
    with pytest.raises(TransitionError, match="Onbekende status"):
        allowed_next("onbekend")


@pytest.mark.parametrize(("current", "new"), list(itertools.product(CODES, CODES)))
def test_transition_matrix(current: str, new: str) -> None:
    allowed = new in EXPECTED_NEXT[current]
    assert can_transition(current, new) is allowed
    reason = "werk" if new == AFGESLOTEN else None
    if allowed:
        check_transition(current, new, reason)  # must not raise
    else:
        with pytest.raises(TransitionError):
            check_transition(current, new, reason)


def test_no_self_transition() -> None:
    for code in CODES:
        assert not can_transition(code, code)
    with pytest.raises(TransitionError) as excinfo:
        check_transition(INTAKE, INTAKE)
    assert str(excinfo.value) == "Het dossier heeft al de status 'Intake'."


def test_can_transition_with_unknown_status_is_false() -> None:
    assert can_transition("onbekend", INTAKE) is False
    assert can_transition(INTAKE, "onbekend") is False


def test_transition_error_is_value_error() -> None:
    assert issubclass(TransitionError, ValueError)


def test_skip_from_aangemeld_to_work_is_refused() -> None:
    with pytest.raises(TransitionError) as excinfo:
        check_transition(AANGEMELD, AAN_HET_WERK)
    assert str(excinfo.value) == (
        "Van 'Aangemeld' kan een dossier niet rechtstreeks naar 'Aan het werk'."
    )


def test_intake_cannot_jump_to_training() -> None:
    with pytest.raises(TransitionError) as excinfo:
        check_transition(INTAKE, IN_OPLEIDING)
    assert str(excinfo.value) == (
        "Van 'Intake' kan een dossier niet rechtstreeks naar 'In opleiding'."
    )


def test_aangemeld_may_skip_intake() -> None:
    check_transition(AANGEMELD, IN_BEGELEIDING)


@pytest.mark.parametrize("reason", [None, "", "   "])
@pytest.mark.parametrize("current", CODES[:6])
def test_closing_requires_reason(current: str, reason: str | None) -> None:
    with pytest.raises(TransitionError) as excinfo:
        check_transition(current, AFGESLOTEN, reason)
    assert str(excinfo.value) == "Een dossier afsluiten vraagt een reden."


@pytest.mark.parametrize("reason", [code for code, _ in CLOSING_REASONS])
def test_every_closing_reason_is_accepted(reason: str) -> None:
    check_transition(WERKERVARING, AFGESLOTEN, reason)


def test_unknown_closing_reason() -> None:
    with pytest.raises(TransitionError) as excinfo:
        check_transition(IN_BEGELEIDING, AFGESLOTEN, "vakantie")
    assert str(excinfo.value) == "Onbekende reden voor afsluiten: 'vakantie'."


def test_reason_only_allowed_when_closing() -> None:
    with pytest.raises(TransitionError) as excinfo:
        check_transition(IN_BEGELEIDING, IN_OPLEIDING, "werk")
    assert str(excinfo.value) == "Een reden voor afsluiten hoort alleen bij de status 'Afgesloten'."
    check_transition(IN_BEGELEIDING, IN_OPLEIDING, "")  # blank counts as no reason


def test_reopening() -> None:
    check_transition(AFGESLOTEN, AANGEMELD)
    check_transition(AFGESLOTEN, INTAKE)
    with pytest.raises(TransitionError) as excinfo:
        check_transition(AFGESLOTEN, IN_BEGELEIDING)
    assert str(excinfo.value) == (
        "Een afgesloten dossier kan alleen heropend worden als 'Aangemeld' of 'Intake'."
    )


@pytest.mark.parametrize(
    ("current", "new"), [("onbekend", INTAKE), (INTAKE, "onbekend"), ("", AANGEMELD)]
)
def test_check_transition_unknown_status(current: str, new: str) -> None:
    with pytest.raises(TransitionError, match="Onbekende status"):
        check_transition(current, new)
