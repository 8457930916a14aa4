"""Overlegmomenten tab: all meetings, and for the selected one its participants, agenda
and action points. Planning and running meetings live in their own issue; this tab
shows what the database holds."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget

from kempen_desktop.services import overview
from kempen_desktop.services.database import Database
from kempen_desktop.services.overview import MeetingRow
from kempen_desktop.ui.lazy_tab import LazyTab
from kempen_desktop.ui.record_table_model import Column, RecordTableModel
from kempen_desktop.ui.tables import configure_table

# Labels are marked for lupdate here and translated ("MeetingsTab" context) where shown.
STATUS_LABELS = {"gepland": QT_TRANSLATE_NOOP("MeetingsTab", "Gepland"),
                 "gehouden": QT_TRANSLATE_NOOP("MeetingsTab", "Gehouden"),
                 "geannuleerd": QT_TRANSLATE_NOOP("MeetingsTab", "Geannuleerd"),
                 "verplaatst": QT_TRANSLATE_NOOP("MeetingsTab", "Verplaatst")}
ATTENDANCE_LABELS = {"uitgenodigd": QT_TRANSLATE_NOOP("MeetingsTab", "uitgenodigd"),
                     "aanwezig": QT_TRANSLATE_NOOP("MeetingsTab", "aanwezig"),
                     "verontschuldigd": QT_TRANSLATE_NOOP("MeetingsTab", "verontschuldigd"),
                     "afwezig": QT_TRANSLATE_NOOP("MeetingsTab", "afwezig")}
ACTION_STATUS_LABELS = {"open": QT_TRANSLATE_NOOP("MeetingsTab", "open"),
                        "bezig": QT_TRANSLATE_NOOP("MeetingsTab", "bezig"),
                        "afgerond": QT_TRANSLATE_NOOP("MeetingsTab", "afgerond"),
                        "vervallen": QT_TRANSLATE_NOOP("MeetingsTab", "vervallen")}


def _label(labels: dict[str, str], code: str) -> str:
    return QCoreApplication.translate("MeetingsTab", labels.get(code, code))


COLUMNS: list[Column[MeetingRow]] = [
    Column(QT_TRANSLATE_NOOP("MeetingsTab", "Datum"), lambda m: m.starts_at.strftime("%d-%m-%Y %H:%M"),
           lambda m: m.starts_at),
    Column(QT_TRANSLATE_NOOP("MeetingsTab", "Soort"), lambda m: m.type_label),
    Column(QT_TRANSLATE_NOOP("MeetingsTab", "Titel"), lambda m: m.title),
    Column(QT_TRANSLATE_NOOP("MeetingsTab", "Plaats"), lambda m: m.location),
    Column(QT_TRANSLATE_NOOP("MeetingsTab", "Status"), lambda m: _label(STATUS_LABELS, m.status)),
    Column(QT_TRANSLATE_NOOP("MeetingsTab", "Deelnemers"), lambda m: str(m.participants),
           lambda m: m.participants, True),
    Column(QT_TRANSLATE_NOOP("MeetingsTab", "Dossiers"), lambda m: str(m.dossiers), lambda m: m.dossiers, True),
    Column(QT_TRANSLATE_NOOP("MeetingsTab", "Open actiepunten"), lambda m: str(m.open_actions),
           lambda m: m.open_actions, True),
]


class MeetingsTab(LazyTab):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self.model: RecordTableModel[MeetingRow] = RecordTableModel(COLUMNS, "MeetingsTab", self)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = configure_table(
            QTableView(), self.model, (130, 130, 260, 160, 100, 90, 80),
            sort_order=Qt.SortOrder.DescendingOrder,
        )
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.detail = QTextBrowser()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)  # the summary line stays one line high

    def reload(self) -> None:
        with self._db.session() as session:
            rows = overview.meetings(session)
        self.model.set_records(rows)
        planned = sum(1 for row in rows if row.status == "gepland")
        self.summary.setText(
            self.tr("%1 overlegmomenten, waarvan %2 gepland.")
            .replace("%1", str(len(rows))).replace("%2", str(planned))
            if rows else self.tr("Nog geen overlegmomenten. Maak een demodatabase om te verkennen.")
        )
        if rows:
            self.table.selectRow(0)
        else:
            self.detail.clear()

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        meeting = self.model.record(current.row())
        if meeting is None:
            self.detail.clear()
            return
        with self._db.session() as session:
            detail = overview.meeting_detail(session, meeting.id)
        # tr() outside the f-strings: lupdate does not look inside f-strings.
        cancelled_label, participants_label = self.tr("Geannuleerd"), self.tr("Deelnemers")
        agenda_label, actions_label = self.tr("Agenda"), self.tr("Actiepunten")
        what_label, who_label = self.tr("Wat"), self.tr("Wie")
        deadline_label, status_label = self.tr("Deadline"), self.tr("Status")
        parts = [f"<h3>{escape(meeting.title)} — {meeting.starts_at:%d-%m-%Y %H:%M}</h3>"]
        if detail.cancel_reason:
            parts.append(f"<p><b>{escape(cancelled_label)}:</b> {escape(detail.cancel_reason)}</p>")
        if detail.participants:
            people = ", ".join(
                f"{escape(name)} <span style='color:#555'>({escape(_label(ATTENDANCE_LABELS, a))})</span>"
                for name, a in detail.participants
            )
            parts.append(f"<p><b>{escape(participants_label)}:</b> {people}</p>")
        if detail.agenda:
            items = "".join(
                f"<li>{escape(line.title)}"
                + (f"<br><i>{escape(line.agreements)}</i>" if line.agreements else "")
                + "</li>"
                for line in detail.agenda
            )
            parts.append(f"<p><b>{escape(agenda_label)}</b></p><ol>{items}</ol>")
        if detail.actions:
            rows = "".join(
                f"<tr><td>{escape(a.description)}</td><td>{escape(a.owner)}</td>"
                f"<td>{a.deadline.strftime('%d-%m-%Y') if a.deadline else ''}</td>"
                f"<td>{escape(_label(ACTION_STATUS_LABELS, a.status))}</td></tr>"
                for a in detail.actions
            )
            parts.append(
                f"<p><b>{escape(actions_label)}</b></p><table cellpadding='3'>"
                f"<tr><th align='left'>{escape(what_label)}</th><th align='left'>{escape(who_label)}</th>"
                f"<th align='left'>{escape(deadline_label)}</th><th align='left'>{escape(status_label)}</th></tr>"
                f"{rows}</table>"
            )
        self.detail.setHtml("".join(parts))
