"""After Bestand → Werkkopie terugbrengen: what happened, in one small window (issue 20).

Applied, unchanged and new records, the dossier numbers the server gave to dossiers made
offline (old → new: printed papers from the meeting carry the old one), what the user
decided, and how many conflicts still wait.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from kempen_desktop.app import working_copy as copies
from kempen_desktop.ui.common.widgets import RememberingDialog


@dataclass(frozen=True)
class BroughtBack:
    """Check-in, the user's decisions and the check-in after them, added up."""

    applied: int
    unchanged: int
    created: int
    decided: int
    waiting: int
    renumbered: dict[int, int] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        first: copies.CheckinResult,
        decided: int = 0,
        decisions: copies.DecideResult | None = None,
        last: copies.CheckinResult | None = None,
    ) -> BroughtBack:
        later = last or copies.CheckinResult()
        renumbered = {**first.renumbered, **later.renumbered}
        if decisions:
            renumbered.update(decisions.renumbered)
        return cls(
            applied=first.applied + later.applied,
            unchanged=first.unchanged,
            created=first.created + later.created,
            decided=decided,
            waiting=len((last or first).conflicts),
            renumbered=renumbered,
        )


class BroughtBackDialog(RememberingDialog):
    def __init__(self, summary: BroughtBack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Werkkopie teruggebracht"))
        layout = QVBoxLayout(self)
        lines = [
            self.tr("Records toegepast op de server: %1").replace("%1", str(summary.applied)),
            self.tr("Records zonder wijziging: %1").replace("%1", str(summary.unchanged)),
            self.tr("Nieuwe records op de server: %1").replace("%1", str(summary.created)),
        ]
        if summary.decided:
            text = self.tr("Conflicten door u beslist: %1")
            lines.append(text.replace("%1", str(summary.decided)))
        for offline, final in sorted(summary.renumbered.items()):
            text = self.tr("Dossier %1 (offline gemaakt) heeft nu nummer %2")
            lines.append(text.replace("%1", str(offline)).replace("%2", str(final)))
        self.lines = lines
        body = QLabel("<br>".join(lines))
        body.setObjectName("summary")
        layout.addWidget(body)
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)
        if summary.waiting:
            self.waiting.setText(
                "<b>"
                + self.tr(
                    "%1 conflicten wachten nog op een keuze. Beide versies blijven bewaard; "
                    "breng de werkkopie opnieuw terug om ze te beslissen."
                ).replace("%1", str(summary.waiting))
                + "</b>"
            )
        else:
            self.waiting.setText(self.tr("Er wachten geen conflicten."))
        layout.addWidget(self.waiting)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
