"""The lezer's part of the façade: its dossier list and figures from the views made for it
(services/team/lezer_views.py). Used when the capabilities say the user reads only those
(app/capabilities.py: `reader_only`)."""

from __future__ import annotations

from kempen_desktop.app.area import Area
from kempen_desktop.services.team.lezer_views import (
    LezerFigure,
    LezerRow,
    lezer_dossiers,
    lezer_figures,
)


class ReaderArea(Area):
    def dossiers(self, typed: str = "") -> tuple[list[LezerRow], bool]:
        """The list (at most lezer_views.MAX_ROWS) and whether more matched."""
        with self._read() as session:
            return lezer_dossiers(session, typed)

    def figures(self) -> list[LezerFigure]:
        with self._read() as session:
            return lezer_figures(session)
