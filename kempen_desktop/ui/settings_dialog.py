"""Bewerken → Instellingen… (Ctrl+,): every setting of the app on one dialog, in tabs.

Each value is stored once and read where it is used: the per-user settings in the typed
registry (ui/common/settings.py); what belongs to the database — the backup folder, how many
daily backups the rotation keeps, the retention periods — through the Workspace, in the
database itself (services/trust). Bewaren writes only what changed.

The letterhead (organisation, address, logo) and the user's name, function and organisation
are stored here; every PDF prints the letterhead at the top of its pages, minutes and reports
say who prepared them, e-mail drafts are signed with them (ui/common/sender.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Workspace
from kempen_desktop.app import first_run as setup
from kempen_desktop.domain.edits import edited_fields
from kempen_desktop.services.trust.backups import KEEP_DAILY_RANGE
from kempen_desktop.services.trust.retention import MAX_YEARS
from kempen_desktop.ui.common import settings
from kempen_desktop.ui.common.widgets import ErrorLabel, RememberingDialog


@dataclass(frozen=True)
class UserSettings:
    """What the dialog shows and saves of the per-user registry."""

    idle_lock_minutes: int
    language: str
    region: str
    municipalities: tuple[str, ...]
    letterhead_name: str
    letterhead_address: str
    letterhead_logo: str
    user_name: str
    user_function: str
    user_organisation: str
    import_mode: str
    meeting_minutes: int
    meeting_place: str

    @classmethod
    def read(cls) -> UserSettings:
        store = settings.open_settings()
        codes = settings.REGION_MUNICIPALITIES.get(store)
        return cls(
            idle_lock_minutes=max(0, settings.IDLE_LOCK_MINUTES.get(store)),
            language=settings.LANGUAGE.get(store),
            region=settings.REGION.get(store),
            municipalities=tuple(code for code in codes.split(";") if code),
            letterhead_name=settings.LETTERHEAD_NAME.get(store),
            letterhead_address=settings.LETTERHEAD_ADDRESS.get(store),
            letterhead_logo=settings.LETTERHEAD_LOGO.get(store),
            user_name=settings.USER_NAME.get(store),
            user_function=settings.USER_FUNCTION.get(store),
            user_organisation=settings.USER_ORGANISATION.get(store),
            import_mode=settings.IMPORT_DEFAULT_MODE.get(store),
            meeting_minutes=settings.MEETING_DEFAULT_MINUTES.get(store),
            meeting_place=settings.MEETING_DEFAULT_PLACE.get(store),
        )

    def write(self, names: Iterable[str]) -> None:
        """Store the fields called `names`, and only those."""
        store = settings.open_settings()
        for name in names:
            value = getattr(self, name)
            if name == "municipalities":
                value = ";".join(value)
            _SETTINGS[name].set(store, value)
        store.sync()


# The registry entry of every UserSettings field.
_SETTINGS: dict[str, settings.Setting[Any]] = {
    "idle_lock_minutes": settings.IDLE_LOCK_MINUTES,
    "language": settings.LANGUAGE,
    "region": settings.REGION,
    "municipalities": settings.REGION_MUNICIPALITIES,
    "letterhead_name": settings.LETTERHEAD_NAME,
    "letterhead_address": settings.LETTERHEAD_ADDRESS,
    "letterhead_logo": settings.LETTERHEAD_LOGO,
    "user_name": settings.USER_NAME,
    "user_function": settings.USER_FUNCTION,
    "user_organisation": settings.USER_ORGANISATION,
    "import_mode": settings.IMPORT_DEFAULT_MODE,
    "meeting_minutes": settings.MEETING_DEFAULT_MINUTES,
    "meeting_place": settings.MEETING_DEFAULT_PLACE,
}


class SettingsDialog(RememberingDialog):
    language_changed = Signal(str)  # the main window asks whether to restart

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trust = workspace.trust
        self.setWindowTitle(self.tr("Instellingen"))
        self._user = UserSettings.read()
        self._folder = self.trust.backup_folder()
        self._keep = self.trust.backup_keep_daily()
        self._years = self.trust.retention_years()
        self._presets = setup.region_presets()
        layout = QVBoxLayout(self)
        self.pages = QTabWidget(self)
        # Tab texts without Alt-letters: the fields of every tab carry them.
        self.pages.addTab(self._data_page(str(workspace.path)), self.tr("Gegevens"))
        self.pages.addTab(self._security_page(), self.tr("Beveiliging"))
        self.pages.addTab(self._language_page(), self.tr("Taal"))
        self.pages.addTab(self._region_page(), self.tr("Regio"))
        self.pages.addTab(self._letterhead_page(), self.tr("Briefhoofd"))
        self.pages.addTab(self._defaults_page(), self.tr("Standaardwaarden"))
        layout.addWidget(self.pages, 1)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Bewaren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setToolTip(self.tr("Sluiten zonder te bewaren (Esc)"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 480)
        # As the form shows them: a value it cannot show exactly is only written when changed.
        self._shown = self.values()

    # --- pages ---------------------------------------------------------------------------------
    def _data_page(self, database: str) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        location = QLabel(database)
        location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        location.setWordWrap(True)
        form.addRow(self.tr("Database:"), location)
        hint = QLabel(
            self.tr(
                "Een andere database openen: start Kempen Desktop met --db <bestand> of zet "
                "KEMPEN_DB. Het bestand wordt hier niet verplaatst."
            )
        )
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.backup_folder = QLineEdit(str(self._folder))
        browse = QPushButton(self.tr("B&laderen…"))
        browse.clicked.connect(self._browse_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(browse)
        folder_label = QLabel(self.tr("Back-&upmap:"))
        folder_label.setBuddy(self.backup_folder)
        form.addRow(folder_label, folder_row)
        self.keep_daily = QSpinBox()
        self.keep_daily.setRange(*KEEP_DAILY_RANGE)
        self.keep_daily.setValue(self._keep)
        self.keep_daily.setSuffix(self.tr(" dagelijkse back-ups"))
        self.keep_daily.setToolTip(
            self.tr(
                "Alles van de laatste 24 uur blijft, daarnaast dit aantal dagelijkse, 4 wekelijkse "
                "en 12 maandelijkse back-ups."
            )
        )
        self._row(form, self.tr("Aa&ntal bewaren:"), self.keep_daily)
        return page

    def _security_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.idle_lock = QSpinBox()
        self.idle_lock.setRange(0, 240)
        self.idle_lock.setSpecialValueText(self.tr("nooit"))
        self.idle_lock.setSuffix(self.tr(" minuten"))
        self.idle_lock.setValue(self._user.idle_lock_minutes)
        self._row(form, self.tr("&Vergrendelen na:"), self.idle_lock)
        self.dossier_years = QSpinBox()
        self.dossier_years.setRange(1, MAX_YEARS)
        self.dossier_years.setSuffix(self.tr(" jaar na afsluiting"))
        self.dossier_years.setValue(self._years["dossier_closed"])
        self._row(form, self.tr("Afgesloten &dossiers:"), self.dossier_years)
        self.audit_years = QSpinBox()
        self.audit_years.setRange(0, MAX_YEARS)
        self.audit_years.setSpecialValueText(self.tr("altijd bewaren"))
        self.audit_years.setSuffix(self.tr(" jaar"))
        self.audit_years.setValue(self._years["audit"])
        self._row(form, self.tr("Aud&itlog:"), self.audit_years)
        note = QLabel(
            self.tr(
                "Welke dossiers over hun termijn zijn, ziet en behandelt u in Bestand → "
                "Bewaartermijnen."
            )
        )
        note.setWordWrap(True)
        form.addRow("", note)
        return page

    def _language_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.language = QComboBox()
        for code, label in (
            ("", self.tr("Zoals het systeem")),
            ("nl", "Nederlands"),
            ("en", "English"),
        ):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._user.language)))
        self._row(form, self.tr("&Taal:"), self.language)
        note = QLabel(self.tr("Een andere taal wordt gebruikt na een herstart."))
        note.setWordWrap(True)
        form.addRow("", note)
        return page

    def _region_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.region = QComboBox()
        for preset in self._presets:
            self.region.addItem(preset.label, preset.code)
        self.region.addItem(self.tr("Vrije keuze"), setup.FREE_CHOICE)
        label = QLabel(self.tr("&Regio:"))
        label.setBuddy(self.region)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.region, 1)
        layout.addLayout(row)
        self.municipalities = QListWidget()
        chosen = set(self._user.municipalities)
        for municipality in setup.municipalities():
            item = QListWidgetItem(municipality.name)
            item.setData(Qt.ItemDataRole.UserRole, municipality.nis_code)
            ticked = municipality.nis_code in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.municipalities.addItem(item)
        layout.addWidget(self.municipalities, 1)
        index = self.region.findData(self._user.region or setup.FREE_CHOICE)
        self.region.setCurrentIndex(index if index >= 0 else self.region.count() - 1)
        self.region.currentIndexChanged.connect(self._preset_chosen)
        return page

    def _letterhead_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # the address box would otherwise spread the rows apart
        # Who prepares the documents: "Opgesteld door …" and the e-mail signature.
        self.user_name = QLineEdit(self._user.user_name)
        self._row(form, self.tr("Uw &naam:"), self.user_name)
        self.user_function = QLineEdit(self._user.user_function)
        self.user_function.setPlaceholderText(self.tr("bv. lokale regisseur sociale economie"))
        self._row(form, self.tr("&Functie:"), self.user_function)
        self.user_organisation = QLineEdit(self._user.user_organisation)
        self._row(form, self.tr("Organisatie (&werkgever):"), self.user_organisation)
        heading = QLabel(self.tr("Briefhoofd bovenaan elke PDF:"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        form.addRow(heading)
        self.letterhead_name = QLineEdit(self._user.letterhead_name)
        self.letterhead_name.setPlaceholderText(self.tr("leeg: uw organisatie hierboven"))
        self._row(form, self.tr("&Organisatie:"), self.letterhead_name)
        self.letterhead_address = QPlainTextEdit(self._user.letterhead_address)
        self.letterhead_address.setTabChangesFocus(True)
        # Four lines of the font in use (the text size may be larger than ours).
        lines = self.letterhead_address.fontMetrics().lineSpacing() * 4
        self.letterhead_address.setFixedHeight(lines + 12)
        self._row(form, self.tr("Adr&es:"), self.letterhead_address)
        self.letterhead_logo = QLineEdit(self._user.letterhead_logo)
        self.letterhead_logo.setPlaceholderText(self.tr("PNG of JPEG"))
        browse = QPushButton(self.tr("Bl&aderen…"))
        browse.clicked.connect(self._browse_logo)
        row = QHBoxLayout()
        row.addWidget(self.letterhead_logo, 1)
        row.addWidget(browse)
        logo_label = QLabel(self.tr("Lo&go:"))
        logo_label.setBuddy(self.letterhead_logo)
        form.addRow(logo_label, row)
        note = QLabel(
            self.tr(
                "Het briefhoofd staat bovenaan elke pagina van verslagen, fiches, rapporten en "
                "inzages; uw naam en functie onder hun titel en onder uw e-mails."
            )
        )
        note.setWordWrap(True)
        form.addRow("", note)
        return page

    def _defaults_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.import_mode = QComboBox()
        self.import_mode.addItem(self.tr("Alleen lege velden aanvullen (aanbevolen)"), "fill")
        self.import_mode.addItem(self.tr("Bewaarde gegevens overschrijven"), "overwrite")
        self.import_mode.setCurrentIndex(max(0, self.import_mode.findData(self._user.import_mode)))
        self._row(form, self.tr("I&mport, bestaande dossiers:"), self.import_mode)
        self.meeting_minutes = QSpinBox()
        self.meeting_minutes.setRange(5, 24 * 60)
        self.meeting_minutes.setSingleStep(15)
        self.meeting_minutes.setSuffix(self.tr(" minuten"))
        self.meeting_minutes.setValue(self._user.meeting_minutes)
        self._row(form, self.tr("&Standaardduur van een overleg:"), self.meeting_minutes)
        self.meeting_place = QLineEdit(self._user.meeting_place)
        self._row(form, self.tr("&Plaats van een overleg:"), self.meeting_place)
        return page

    @staticmethod
    def _row(form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)

    # --- actions -------------------------------------------------------------------------------
    def _browse_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Back-upmap kiezen"), self.backup_folder.text()
        )
        if chosen:
            self.backup_folder.setText(chosen)

    def _browse_logo(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Logo kiezen"), "", self.tr("Afbeeldingen (*.png *.jpg *.jpeg)")
        )
        if chosen:
            self.letterhead_logo.setText(chosen)

    def _preset_chosen(self) -> None:
        code = self.region.currentData()
        preset = next((p for p in self._presets if p.code == code), None)
        if preset is None:
            return  # a free choice keeps what is ticked
        for row in range(self.municipalities.count()):
            item = self.municipalities.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in preset.nis_codes
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def chosen_municipalities(self) -> tuple[str, ...]:
        return tuple(
            str(self.municipalities.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.municipalities.count())
            if self.municipalities.item(row).checkState() == Qt.CheckState.Checked
        )

    def values(self) -> UserSettings:
        return UserSettings(
            idle_lock_minutes=self.idle_lock.value(),
            language=str(self.language.currentData()),
            region=str(self.region.currentData()),
            municipalities=self.chosen_municipalities(),
            letterhead_name=self.letterhead_name.text().strip(),
            letterhead_address=self.letterhead_address.toPlainText().strip(),
            letterhead_logo=self.letterhead_logo.text().strip(),
            user_name=self.user_name.text().strip(),
            user_function=self.user_function.text().strip(),
            user_organisation=self.user_organisation.text().strip(),
            import_mode=str(self.import_mode.currentData()),
            meeting_minutes=self.meeting_minutes.value(),
            meeting_place=self.meeting_place.text().strip(),
        )

    def save(self) -> None:
        logo = self.letterhead_logo.text().strip()
        if logo and not Path(logo).is_file():
            self.pages.setCurrentIndex(4)
            self.error.show_message(self.tr("Het logobestand bestaat niet."))
            return
        folder_text = self.backup_folder.text().strip()
        folder = Path(folder_text) if folder_text else None
        if folder is not None and folder != self._folder and not folder.is_dir():
            self.pages.setCurrentIndex(0)
            self.error.show_message(self.tr("De back-upmap bestaat niet."))
            return
        if folder != self._folder:  # empty: back to the folder next to the database
            self.trust.set_backup_folder(folder)
        if self.keep_daily.value() != self._keep:
            self.trust.set_backup_keep_daily(self.keep_daily.value())
        for key, spin in (("dossier_closed", self.dossier_years), ("audit", self.audit_years)):
            if spin.value() != self._years[key]:
                self.trust.set_retention_years(key, spin.value())
        values = self.values()
        values.write(edited_fields(self._shown, values))
        if values.language != self._shown.language:
            self.language_changed.emit(values.language)
        self.accept()
