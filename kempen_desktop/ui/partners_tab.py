"""Partners tab: the organisations in the network, their contact persons and how many
open dossiers each follows. Editing partners lives in its own issue."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget

from kempen_desktop.services import overview
from kempen_desktop.services.database import Database
from kempen_desktop.services.overview import PartnerRow
from kempen_desktop.ui.lazy_tab import LazyTab
from kempen_desktop.ui.record_table_model import Column, RecordTableModel
from kempen_desktop.ui.tables import configure_table

# Marked for lupdate here, translated ("PartnersTab" context) where shown.
INCLUSIVE_AS = {"werkgever": QT_TRANSLATE_NOOP("PartnersTab", "als werkgever"),
                "opdrachtgever": QT_TRANSLATE_NOOP("PartnersTab", "als opdrachtgever"),
                "beide": QT_TRANSLATE_NOOP("PartnersTab", "werkgever en opdrachtgever")}

COLUMNS: list[Column[PartnerRow]] = [
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Naam"), lambda p: p.name),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Soort"), lambda p: p.type_label),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Gemeente"), lambda p: p.municipality),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Contactpersonen"), lambda p: str(p.contacts), lambda p: p.contacts, True),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Open dossiers"), lambda p: str(p.dossiers), lambda p: p.dossiers, True),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Inclusief sinds"),
           lambda p: p.inclusive_since.strftime("%d-%m-%Y") if p.inclusive_since else "",
           lambda p: (p.inclusive_since is None, p.inclusive_since)),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Engagement"),
           lambda p: QCoreApplication.translate("PartnersTab", INCLUSIVE_AS.get(p.inclusive_as, p.inclusive_as))),
]


class PartnersTab(LazyTab):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self.model: RecordTableModel[PartnerRow] = RecordTableModel(COLUMNS, "PartnersTab", self)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = configure_table(QTableView(), self.model, (240, 170, 120, 110, 100, 110))
        self.table.selectionModel().currentRowChanged.connect(self._show_contacts)
        self.contacts = QTextBrowser()
        splitter.addWidget(self.table)
        splitter.addWidget(self.contacts)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)  # the summary line stays one line high

    def reload(self) -> None:
        with self._db.session() as session:
            rows = overview.partners(session)
        self.model.set_records(rows)
        employers = [p for p in rows if p.type_code == "werkgever"]
        inclusive = sum(1 for p in employers if p.inclusive_since)
        if rows:
            self.summary.setText(
                self.tr("%1 partners; %2 van %3 werkgevers engageren zich inclusief (doel: 1 op 2).")
                .replace("%1", str(len(rows))).replace("%2", str(inclusive)).replace("%3", str(len(employers)))
            )
            self.table.selectRow(0)
        else:
            self.summary.setText(self.tr("Nog geen partners. Maak een demodatabase om te verkennen."))
            self.contacts.clear()

    def _show_contacts(self, current: QModelIndex, _previous: QModelIndex) -> None:
        partner = self.model.record(current.row())
        if partner is None:
            self.contacts.clear()
            return
        with self._db.session() as session:
            people = overview.partner_contacts(session, partner.id)
        # tr() outside the f-strings: lupdate does not look inside f-strings.
        no_contacts, contacts_title = self.tr("Geen contactpersonen."), self.tr("Contactpersonen")
        items = "".join(
            f"<p><b>{escape(name)}</b><br>{escape(function)}<br>{escape(email)}<br>{escape(phone)}</p>"
            for name, function, email, phone in people
        ) or f"<p style='color:gray'>{escape(no_contacts)}</p>"
        self.contacts.setHtml(f"<h3>{escape(partner.name)}</h3><h4>{escape(contacts_title)}</h4>{items}")
