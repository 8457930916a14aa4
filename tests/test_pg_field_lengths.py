"""A dossier's texts fit their columns on both backends (issue 19): PostgreSQL refuses a text
longer than its varchar column with a server error where SQLite stored it; the dossier service
now refuses it in Dutch, naming the field, as the import already did (importing/rows.MAX_TEXT).

Runs once on SQLite and once on PostgreSQL (tests/pg.py; skipped without it, CI requires it).
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kempen_desktop.app import Workspace
from kempen_desktop.db.models import Person
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers.dossiers import DossierInput, ValidationError
from tests.pg import database_on_both_backends as database  # noqa: F401 - both backends


@pytest.mark.parametrize(
    ("field", "limit"),
    [("last_name", 100), ("first_name", 100), ("street", 200), ("phone", 40), ("language", 40)],
)
def test_a_text_longer_than_its_column_is_refused_in_dutch(
    database: Database,  # noqa: F811 - the fixture
    field: str,
    limit: int,
) -> None:
    service = Workspace(database).dossiers
    base = {"last_name": "Peeters", "first_name": "An"}
    with pytest.raises(ValidationError) as refused:
        service.create(DossierInput(**{**base, field: "x" * (limit + 1)}))
    assert refused.value.errors == {field: f"Hoogstens {limit} tekens; hier staan er {limit + 1}."}
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0

    dossier_id = service.create(DossierInput(**{**base, field: "y" * limit}))
    assert getattr(service.get(dossier_id).data, field) == "y" * limit  # stored whole
