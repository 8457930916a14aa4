"""A version number on every record a user edits (team mode, issue 19).

SQLAlchemy's optimistic concurrency (`version_id_col`) rather than hand-written
``UPDATE ... WHERE version = :v`` in each service: every ORM flush of such a row, from any
service, adds ``WHERE version = <as read>`` and ``version = version + 1``, and raises
StaleDataError when another connection changed the row in between. So no writer can lose
a concurrent change silently, including the services that were written before versions
existed. Bulk writers that update rows with SQL bump ``version`` themselves
(services/importing/sqlwrite.py, the import's undo); inserts get 1 from the default.
What a user saw when a form was opened is compared field by field in the services
(domain/merge.py): the version only tells that something changed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Mapped, declared_attr, mapped_column


class Versioned:
    version: Mapped[int] = mapped_column(default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
