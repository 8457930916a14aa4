"""Bestand → Werkkopie meenemen…: which dossiers, where, and the copy's password (issue 20).

Three ways to choose: a planned meeting (its agenda's dossiers; the next one is chosen
first), a partner (the dossiers it follows), or dossier numbers. Before anything is
written the dialog says how many dossiers the copy will hold, counted on the server by
the same rule the copy is taken by, so what the user may not see is not counted. The copy
is always encrypted (it leaves the office on a laptop): a password, typed twice.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Workspace
from kempen_desktop.app import working_copy as copies
from kempen_desktop.domain import meetings as rules
from kempen_desktop.services.meetings.meeting_list import MeetingFilter
from kempen_desktop.ui.common.widgets import ErrorLabel, RememberingDialog

MEETING, PARTNER, NUMBERS = 0, 1, 2


@dataclass(frozen=True)
class TakeAlong:
    """What the dialog chose: the dossiers, the file and the password."""

    path: Path
    passphrase: str
    meeting_id: uuid.UUID | None = None
    partner_id: uuid.UUID | None = None
    dossier_nums: tuple[int, ...] = ()


def parse_nums(text: str) -> tuple[int, ...] | None:
    """ "12, 15;40" -> (12, 15, 40); None when something is not a number."""
    parts = [p.strip() for p in text.replace(";", ",").replace(" ", ",").split(",")]
    try:
        return tuple(int(p) for p in parts if p)
    except ValueError:
        return None


class TakeAlongDialog(RememberingDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Werkkopie meenemen"))
        self.count: int | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Neem dossiers mee in een versleutelde werkkopie om zonder netwerk te werken. "
                "Alleen wat u op de server mag zien gaat mee. Breng de werkkopie nadien terug "
                "met Bestand → Werkkopie terugbrengen."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        grid = QGridLayout()
        self.kind = QButtonGroup(self)
        self.by_meeting = QRadioButton(self.tr("&Overleg:"))
        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Overleg"))
        self.by_partner = QRadioButton(self.tr("&Partner:"))
        self.partner = QComboBox()
        self.partner.setAccessibleName(self.tr("Partner"))
        self.by_numbers = QRadioButton(self.tr("&Dossiernummers:"))
        self.numbers = QLineEdit()
        self.numbers.setPlaceholderText(self.tr("bv. 12, 15, 40"))
        self.numbers.setAccessibleName(self.tr("Dossiernummers"))
        for row, (button, field, kind) in enumerate(
            (
                (self.by_meeting, self.meeting, MEETING),
                (self.by_partner, self.partner, PARTNER),
                (self.by_numbers, self.numbers, NUMBERS),
            )
        ):
            self.kind.addButton(button, kind)
            grid.addWidget(button, row, 0)
            grid.addWidget(field, row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.count_label = QLabel()
        self.count_label.setObjectName("copy_count")
        layout.addWidget(self.count_label)

        form = QFormLayout()
        file_row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Bestand"))
        browse = QPushButton(self.tr("&Bladeren…"))
        browse.clicked.connect(self.choose_file)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form.addRow(self.tr("Bestand:"), file_row)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Wachtwoord:"), self.passphrase)
        form.addRow(self.tr("&Herhaal wachtwoord:"), self.again)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "De werkkopie wordt altijd versleuteld: zonder dit wachtwoord is ze niet te "
                "openen. Het wordt nergens bewaard."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Meenemen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._fill()
        self.kind.idToggled.connect(lambda _id, on: on and self.recount())
        self.meeting.currentIndexChanged.connect(lambda _i: self._pick(MEETING))
        self.partner.currentIndexChanged.connect(lambda _i: self._pick(PARTNER))
        # Typing numbers asks the server once the typing pauses, not at every key.
        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(300)
        self.typing.timeout.connect(lambda: self._pick(NUMBERS))
        self.numbers.textEdited.connect(self._typed)
        for field in (self.path, self.passphrase, self.again):
            field.textChanged.connect(lambda _t: self._validate())
        self.resize(640, self.sizeHint().height())
        self.recount()

    def _fill(self) -> None:
        """Planned meetings, soonest first (the next one chosen), and the partners."""
        meetings = self.workspace.meetings.rows(MeetingFilter(status=rules.PLANNED))
        for row in meetings:
            text = self.tr("%1 — %2 — %3 (%4 dossiers op de agenda)")
            for marker, value in (
                ("%1", row.starts_at.strftime("%d-%m-%Y %H:%M")),
                ("%2", row.type_label),
                ("%3", row.title),
                ("%4", str(row.dossiers)),
            ):
                text = text.replace(marker, value)
            self.meeting.addItem(text, str(row.id))
        for partner in sorted(self.workspace.partners.rows(), key=lambda p: p.name.lower()):
            text = self.tr("%1 (%2 dossiers)")
            self.partner.addItem(
                text.replace("%1", partner.name).replace("%2", str(partner.dossiers)),
                str(partner.id),
            )
        self.by_meeting.setEnabled(bool(meetings))
        self.meeting.setEnabled(bool(meetings))
        if not meetings:
            self.meeting.addItem(self.tr("(geen geplande overleggen)"), "")
        first = self.by_meeting if meetings else self.by_numbers
        first.setChecked(True)

    def _typed(self) -> None:
        self.count = None
        self.ok.setEnabled(False)
        self.typing.start()

    def _pick(self, kind: int) -> None:
        button = self.kind.button(kind)
        if button.isChecked():
            self.recount()
        else:
            button.setChecked(True)  # toggling recounts

    def chosen(self) -> tuple[uuid.UUID | None, uuid.UUID | None, tuple[int, ...] | None]:
        """(meeting, partner, numbers) as chosen now; numbers None when not numbers."""
        kind = self.kind.checkedId()
        if kind == MEETING and self.meeting.currentData():
            return uuid.UUID(self.meeting.currentData()), None, ()
        if kind == PARTNER and self.partner.currentData():
            return None, uuid.UUID(self.partner.currentData()), ()
        if kind == NUMBERS:
            return None, None, parse_nums(self.numbers.text())
        return None, None, ()

    def recount(self) -> None:
        """Ask the server how many dossiers the copy will hold."""
        meeting, partner, nums = self.chosen()
        self.count = None
        if nums is None:
            self.count_label.setText(self.tr("Geef dossiernummers, gescheiden door komma's."))
        elif meeting is None and partner is None and not nums:
            self.count_label.setText(self.tr("Kies wat u meeneemt."))
        else:
            try:
                self.count = copies.copy_size(
                    self.workspace, dossier_nums=nums, meeting_id=meeting, partner_id=partner
                )
            except copies.WorkingCopyError as error:
                self.count_label.setText(str(error))
            else:
                text = self.tr("In de werkkopie: %1 dossiers.").replace("%1", str(self.count))
                if nums and self.count < len(set(nums)):
                    text += " " + self.tr("Niet alle nummers bestaan of zijn zichtbaar voor u.")
                self.count_label.setText(text)
        self._validate()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Werkkopie bewaren"), "werkkopie.db", "Kempen Desktop (*.db)"
        )
        if path:
            self.path.setText(path)

    def problem(self) -> str | None:
        """Why the copy cannot be taken yet, or None."""
        _meeting, _partner, nums = self.chosen()
        if not self.count or (nums and self.count < len(set(nums))):
            return self.tr("Er gaan geen (of niet alle gevraagde) dossiers mee.")
        path = self.path.text().strip()
        if not path:
            return self.tr("Kies een bestand voor de werkkopie.")
        if Path(path).expanduser().exists():
            return self.tr("Dat bestand bestaat al; kies een nieuw bestand.")
        if not self.passphrase.text():
            return self.tr("Kies een wachtwoord: de werkkopie wordt altijd versleuteld.")
        if self.passphrase.text() != self.again.text():
            return self.tr("De wachtwoorden verschillen.")
        return None

    def _validate(self) -> None:
        problem = self.problem()
        self.ok.setEnabled(problem is None)
        shown = bool(self.path.text() and self.passphrase.text() and self.again.text())
        self.error.show_message(problem if shown else None)

    def result_value(self) -> TakeAlong:
        meeting, partner, nums = self.chosen()
        return TakeAlong(
            Path(self.path.text().strip()).expanduser(),
            self.passphrase.text(),
            meeting,
            partner,
            nums or (),
        )
