"""First-run setup: a short wizard, once, skippable, only when there is no database yet.

Pages: where the database lives and its passphrase (or explicitly none), or the team server
(PostgreSQL) to work on, tested before the wizard goes on; the region (a preset or a free
choice of municipalities); the user's name, function and organisation; the core partners of
the region to add (editable), or the demo instead -- not for a team server, whose partners
are the team's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kempen_desktop.app import Workspace
from kempen_desktop.app import first_run as setup
from kempen_desktop.ui.common import settings

MIN_PASSPHRASE = 8


@dataclass
class FirstRunChoices:
    db_path: Path
    passphrase: str | None
    region: str
    nis_codes: list[str]
    name: str = ""
    function: str = ""
    organisation: str = ""
    partners: list[setup.ProposedPartner] = field(default_factory=list)
    open_demo: bool = False
    # A team server instead of the file: its URL (kept in the settings, without password)
    # and the password typed for this start only (never stored).
    server_url: str | None = None
    server_password: str | None = field(default=None, repr=False)


class FirstRunWizard(QWizard):
    def __init__(self, default_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kempen Desktop instellen"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Overslaan"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Beginnen"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Vorige"))
        self.open_demo = False
        self._presets = setup.region_presets()
        self._municipalities = setup.municipalities()
        self._proposed_for: tuple[str, ...] | None = None
        self._tested: tuple[str, str] | None = None  # the URL and password that connected
        self.addPage(self._location_page(default_path))
        self.addPage(self._region_page())
        self._user_id = self.addPage(self._user_page())
        self._partners_id = self.addPage(self._partners_page())
        self.currentIdChanged.connect(self._entered)
        self.resize(640, 520)

    # --- pages ------------------------------------------------------------------------------
    def _location_page(self, default_path: Path) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Waar staan uw gegevens?"))
        page.setSubTitle(
            self.tr(
                "Alle dossiers staan in één bestand op deze computer. Kies een map op een "
                "lokale schijf (geen netwerkmap)."
            )
        )
        self.path_edit = QLineEdit(str(default_path))
        browse = QPushButton(self.tr("Bladeren…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_repeat = QLineEdit()
        self.passphrase_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.no_encryption = QCheckBox(self.tr("Geen wachtwoord: het bestand niet versleutelen"))
        self.no_encryption.setToolTip(
            self.tr("Alleen op een computer met een versleutelde schijf (BitLocker, LUKS).")
        )
        self.no_encryption.toggled.connect(self._encryption_toggled)
        self.passphrase_hint = QLabel()
        self.passphrase_hint.setWordWrap(True)
        self.local_choice = QRadioButton(self.tr("&Lokaal bestand op deze computer"))
        self.server_choice = QRadioButton(self.tr("Team&server (PostgreSQL)"))
        self.local_choice.setChecked(True)
        self.local_box = QWidget()
        form = QFormLayout(self.local_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Databasebestand:"), row)
        form.addRow(self.tr("Wachtwoord:"), self.passphrase_edit)
        form.addRow(self.tr("Herhaal het wachtwoord:"), self.passphrase_repeat)
        form.addRow("", self.no_encryption)
        form.addRow("", self.passphrase_hint)
        self.server_box = self._server_fields(page)
        layout = QVBoxLayout(page)
        layout.addWidget(self.local_choice)
        layout.addWidget(self.server_choice)
        layout.addWidget(self.local_box)
        layout.addWidget(self.server_box)
        layout.addStretch(1)
        self.server_choice.toggled.connect(self._where_toggled)
        self._where_toggled(False)
        page.isComplete = self._location_complete  # type: ignore[method-assign]
        for edit in (self.path_edit, self.passphrase_edit, self.passphrase_repeat):
            edit.textChanged.connect(page.completeChanged)
        self.no_encryption.toggled.connect(page.completeChanged)
        self.server_choice.toggled.connect(page.completeChanged)
        self._location = page
        return page

    def _server_fields(self, page: QWizardPage) -> QWidget:
        box = QWidget()
        self.server_edit = QLineEdit()
        self.server_edit.setPlaceholderText(self.tr("gebruiker@server:5432/kempen"))
        self.server_password = QLineEdit()
        self.server_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.server_password.setToolTip(
            self.tr("Alleen voor deze verbinding; Kempen Desktop bewaart het nergens.")
        )
        self.test_button = QPushButton(self.tr("Verbinding &testen"))
        self.test_button.clicked.connect(self.test_server)
        self.server_result = QLabel()
        self.server_result.setWordWrap(True)
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Adres:"), self.server_edit)
        form.addRow(self.tr("Wachtwoord op de server:"), self.server_password)
        form.addRow("", self.test_button)
        form.addRow("", self.server_result)
        for edit in (self.server_edit, self.server_password):
            edit.textChanged.connect(self._server_edited)
            edit.textChanged.connect(page.completeChanged)
        return box

    def _region_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Uw regio"))
        page.setSubTitle(
            self.tr("Voor welke gemeenten werkt u? Kies een voorstel of vink zelf aan.")
        )
        self.region_combo = QComboBox()
        for preset in self._presets:
            self.region_combo.addItem(preset.label, preset.code)
        self.region_combo.addItem(self.tr("Vrije keuze"), setup.FREE_CHOICE)
        self.municipality_list = QListWidget()
        for municipality in self._municipalities:
            item = QListWidgetItem(municipality.name)
            item.setData(Qt.ItemDataRole.UserRole, municipality.nis_code)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.municipality_list.addItem(item)
        self.region_combo.currentIndexChanged.connect(self._preset_chosen)
        layout = QVBoxLayout(page)
        layout.addWidget(self.region_combo)
        layout.addWidget(self.municipality_list)
        self._preset_chosen()
        return page

    def _user_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Over u"))
        page.setSubTitle(
            self.tr("Uw naam, functie en organisatie komen in verslagen, rapporten en e-mails.")
        )
        self.name_edit = QLineEdit()
        self.function_edit = QLineEdit(self.tr("Lokale regisseur sociale economie en werk"))
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setPlaceholderText(self.tr("bv. Stad Turnhout of IOK"))
        form = QFormLayout(page)
        form.addRow(self.tr("Naam:"), self.name_edit)
        form.addRow(self.tr("Functie:"), self.function_edit)
        form.addRow(self.tr("Organisatie:"), self.organisation_edit)
        return page

    def _partners_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Kernpartners"))
        page.setSubTitle(
            self.tr(
                "Deze partners worden als organisatie toegevoegd. Vink uit wat niet past; "
                "dubbelklik om een naam aan te passen. Later kan alles in Partners."
            )
        )
        self.partner_list = QListWidget()
        demo = QPushButton(self.tr("Liever eerst de demo bekijken"))
        demo.setToolTip(
            self.tr("Opent een apart demobestand met fictieve dossiers; uw database blijft leeg.")
        )
        demo.clicked.connect(self._choose_demo)
        layout = QVBoxLayout(page)
        layout.addWidget(self.partner_list)
        layout.addWidget(demo, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    # --- behaviour --------------------------------------------------------------------------
    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Databasebestand"), self.path_edit.text(), "Kempen (*.db)"
        )
        if chosen:
            self.path_edit.setText(chosen)

    def _encryption_toggled(self, off: bool) -> None:
        self.passphrase_edit.setEnabled(not off)
        self.passphrase_repeat.setEnabled(not off)

    def _where_toggled(self, server: bool) -> None:
        self.local_box.setVisible(not server)
        self.server_box.setVisible(server)
        self._location_subtitle(server)

    def _location_subtitle(self, server: bool) -> None:
        page = self.page(0) if self.pageIds() else None
        if page is None:
            return
        page.setSubTitle(
            self.tr(
                "De dossiers staan op de PostgreSQL-server van uw team. IT gaf u het adres "
                "en uw gebruikersnaam; uw wachtwoord wordt niet bewaard."
            )
            if server
            else self.tr(
                "Alle dossiers staan in één bestand op deze computer. Kies een map op een "
                "lokale schijf (geen netwerkmap)."
            )
        )

    def _server_edited(self) -> None:
        self._tested = None
        self.server_result.setText("")

    def test_server(self) -> bool:
        """Verbinding testen: connect as the typed user; the answer in plain Dutch."""
        url = setup.team_server_url(self.server_edit.text())
        if url is None:
            self.server_result.setText(
                self.tr("Geef het adres als gebruiker@server:5432/database.")
            )
            return False
        password = self.server_password.text()
        check = setup.test_team_server(url, password or None)
        if check.ok:
            self._tested = (url, password)
            self.server_result.setText(self.tr("Verbonden: alles is klaar."))
        else:
            self._tested = None
            self.server_result.setText(check.message)
        self._location.completeChanged.emit()
        return check.ok

    def _location_complete(self) -> bool:
        if self.server_choice.isChecked():  # only a server that answered
            url = setup.team_server_url(self.server_edit.text())
            return self._tested is not None and self._tested == (
                url,
                self.server_password.text(),
            )
        if not self.path_edit.text().strip():
            return False
        if self.no_encryption.isChecked():
            self.passphrase_hint.setText("")
            return True
        text, again = self.passphrase_edit.text(), self.passphrase_repeat.text()
        if len(text) < MIN_PASSPHRASE:
            self.passphrase_hint.setText(
                self.tr("Minstens 8 tekens, of kies uitdrukkelijk voor geen wachtwoord.")
            )
            return False
        if text != again:
            self.passphrase_hint.setText(self.tr("De twee wachtwoorden verschillen."))
            return False
        self.passphrase_hint.setText(
            self.tr("Vergeet dit wachtwoord niet: niemand kan het herstellen.")
        )
        return True

    def _preset_chosen(self) -> None:
        code = self.region_combo.currentData()
        preset = next((p for p in self._presets if p.code == code), None)
        if preset is None:
            return  # a free choice keeps what is ticked
        for row in range(self.municipality_list.count()):
            item = self.municipality_list.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in preset.nis_codes
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def chosen_municipalities(self) -> list[str]:
        return [
            self.municipality_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.municipality_list.count())
            if self.municipality_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def nextId(self) -> int:
        # A team server has its partners: the wizard ends after "Over u".
        if self.currentId() == self._user_id and self.server_choice.isChecked():
            return -1
        return super().nextId()

    def _entered(self, page_id: int) -> None:
        if page_id == self._partners_id:
            self._fill_partners()

    def _fill_partners(self) -> None:
        key = (self.region_combo.currentData(), *self.chosen_municipalities())
        if key == self._proposed_for:
            return  # keep the user's edits
        self._proposed_for = key
        self.partner_list.clear()
        for proposal in setup.proposed_partners(key[1:], key[0]):
            item = QListWidgetItem(proposal.name)
            item.setFlags(
                item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, proposal)
            self.partner_list.addItem(item)

    def _choose_demo(self) -> None:
        self.open_demo = True
        self.accept()

    def choices(self) -> FirstRunChoices:
        server = self._tested if self.server_choice.isChecked() else None
        if server is not None:
            self._fill_partners()  # (a team server's partners are the team's: none added)
            return FirstRunChoices(
                db_path=Path(self.path_edit.text().strip()).expanduser(),
                passphrase=None,
                region=self.region_combo.currentData(),
                nis_codes=self.chosen_municipalities(),
                name=self.name_edit.text().strip(),
                function=self.function_edit.text().strip(),
                organisation=self.organisation_edit.text().strip(),
                server_url=server[0],
                server_password=server[1] or None,
            )
        self._fill_partners()
        partners = []
        for row in range(self.partner_list.count()):
            item = self.partner_list.item(row)
            proposal: setup.ProposedPartner = item.data(Qt.ItemDataRole.UserRole)
            proposal.name = item.text()
            proposal.chosen = item.checkState() == Qt.CheckState.Checked
            partners.append(proposal)
        return FirstRunChoices(
            db_path=Path(self.path_edit.text().strip()).expanduser(),
            passphrase=None if self.no_encryption.isChecked() else self.passphrase_edit.text(),
            region=self.region_combo.currentData(),
            nis_codes=self.chosen_municipalities(),
            name=self.name_edit.text().strip(),
            function=self.function_edit.text().strip(),
            organisation=self.organisation_edit.text().strip(),
            partners=partners,
            open_demo=self.open_demo,
        )


def remember(choices: FirstRunChoices) -> None:
    """Store what the user said (settings, once); the database path only when not default."""
    store = settings.open_settings()
    # A team server: its URL (user, server, database; never the password) opens it next time.
    settings.DATABASE_PATH.set(store, choices.server_url or str(choices.db_path))
    settings.REGION.set(store, choices.region)
    settings.REGION_MUNICIPALITIES.set(store, ";".join(choices.nis_codes))
    settings.USER_NAME.set(store, choices.name)
    settings.USER_FUNCTION.set(store, choices.function)
    settings.USER_ORGANISATION.set(store, choices.organisation)
    settings.FIRST_RUN_DONE.set(store, True)
    settings.DEMO_OFFERED.set(store, True)  # the wizard offered it


def apply_to(workspace: Workspace, choices: FirstRunChoices) -> int:
    """Seed the chosen core partners into the new database; how many were added (none on a
    team server)."""
    if choices.server_url:
        return 0
    return setup.seed_partners(workspace, choices.partners)
