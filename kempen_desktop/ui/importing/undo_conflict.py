"""When undoing an import meets later work: every dossier in the way, and the offer to undo
the rest (every dossier of the import that nothing touched since) in one go."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.services.importing import UndoCheck
from kempen_desktop.ui.common.widgets import RememberingDialog


class UndoConflictDialog(RememberingDialog):
    """Accepted: the user chose to undo the rest."""

    def __init__(self, file_name: str, check: UndoCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import ongedaan maken"))
        self.resize(520, 420)
        layout = QVBoxLayout(self)
        self.explanation = QLabel(
            self.tr(
                "De import van %1 kan niet helemaal ongedaan gemaakt worden: %2 dossier(s) "
                "werden na de import gewijzigd of verwijderd (een notitie, een bewerking, een "
                "latere import). Die blijven zoals ze nu zijn:"
            )
            .replace("%1", file_name)
            .replace("%2", str(len(check.blocked)))
        )
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        # Every one of them, not only the first: the user looks them up by number.
        self.dossiers = QListWidget()
        self.dossiers.addItems(
            [self.tr("Dossier %1").replace("%1", str(num)) for num in check.blocked]
        )
        layout.addWidget(self.dossiers)
        if check.undoable:
            offer = self.tr(
                "De rest ongedaan maken? De %1 andere dossier(s) van deze import krijgen hun "
                "vorige toestand terug (nieuwe dossiers worden verwijderd), in één keer. De "
                "dossiers hierboven kunnen later nog ongedaan gemaakt worden, zodra het latere "
                "werk (of de latere import) ongedaan is."
            ).replace("%1", str(check.undoable))
        else:
            offer = self.tr(
                "Er blijft niets over om ongedaan te maken: maak eerst het latere werk (of de "
                "latere import) ongedaan."
            )
        self.offer = QLabel(offer)
        self.offer.setWordWrap(True)
        layout.addWidget(self.offer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Annuleren") if check.undoable else self.tr("Sluiten")
        )
        self.rest_button = QPushButton(self.tr("De &rest ongedaan maken"))
        self.rest_button.setVisible(bool(check.undoable))
        if check.undoable:
            buttons.addButton(self.rest_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
