"""Vergadermodus: run an overlegmoment on the laptop (or the projector) without a mouse.

Keys (also shown at the bottom of the window):
  PgDown / Ctrl+→   next agenda item          PgUp / Ctrl+←   previous item
  F3                participants: Space toggles present/excused, A/V/X set it
  Ctrl+D / Ctrl+G   discussion / agreement    Ctrl+N   new action point
                    (action line: what Enter, who Enter, by when Enter — e.g. 15/12, +14, 3w)
  F9 / Ctrl+H       hide everything personal (client names, kansengroepen, notes, texts)
  Ctrl+plus/minus   zoom for a projector (Ctrl+0: normal), remembered
  Delete            in the action list: remove the chosen action point
  Ctrl+E            close the meeting as held (asks first) and leave
  Esc               leave vergadermodus

It fills the whole screen: the projector's when a second screen is attached
(`show_full_screen`). A meeting that still has to take place opens read-only, with a line
that says so. A dossier that may not be shared with every invited partner carries a banner
(the reason from workspace.meetings.not_shareable, domain/consent.py). A due date like
"+14" counts from the meeting's date.

Everything is saved as it is typed: 500 ms after the last keystroke, on every item change
and on leaving, each in its own small transaction, so closing the lid loses nothing.

Over 400 lines on purpose: this is one window with one keyboard flow (layout, keys, the
editors' autosave); what stands apart (style, participant list, dossier summary, owners)
is in `meeting_mode_parts`.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QFrame,
    QGraphicsBlurEffect,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Workspace
from kempen_desktop.domain.merge import EditConflictError
from kempen_desktop.services.meetings.action_points import (
    ActionFilter,
    ActionInput,
    Owner,
    parse_deadline,
)
from kempen_desktop.services.meetings.meetings import AgendaView, MeetingError, MeetingView
from kempen_desktop.services.meetings.running import ItemTextSaved
from kempen_desktop.ui.common import colours
from kempen_desktop.ui.common.text_limit import limit_length
from kempen_desktop.ui.meetings.meeting_mode_parts import (
    ATTENDANCE_COLOUR,
    ATTENDANCE_MARK,
    ID_ROLE,
    SAVE_DELAY_MS,
    ParticipantList,
    apply_zoom,
    owner_for,
    owners_of,
    style,
    summary_html,
)


class MeetingModeWindow(QWidget):
    """A focused full-window view that steps through the agenda."""

    closed = Signal()
    meeting_closed = Signal(int)  # closed as held from here: dossiers that got a decision

    def __init__(
        self, workspace: Workspace, meeting_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("meetingMode")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(style())
        self._meeting_id = meeting_id
        self._meetings = workspace.meetings
        self._actions = workspace.action_points
        self._view: MeetingView = self._meetings.get(meeting_id)
        self._index = 0
        self._private = False
        self._loading = False
        # The editors' text right after the current item was loaded: only what differs from it
        # was edited by the user and is saved. None while no item is loaded.
        self._shown: tuple[str, str] | None = None
        self._owners: list[tuple[str, Owner]] = []
        self.setWindowTitle(self.tr("Vergadermodus — %1").replace("%1", self._view.title))
        self._base_point_size = max(self.font().pointSizeF(), 9) * 1.25
        self.zoom = apply_zoom(self, self._base_point_size, 0)
        # Still to take place: read-only, so nothing is noted in advance by mistake.
        self.read_only = self._view.starts_at.date() > date.today()
        self._refusals: dict[uuid.UUID, str] = {}

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        header = QFrame()
        header.setObjectName("header")
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(18, 10, 18, 10)
        self.meeting_label = QLabel()
        self.position_label = QLabel()
        self.saved_label = QLabel()
        header_layout.addWidget(self.meeting_label, 1)
        header_layout.addWidget(self.saved_label)
        header_layout.addSpacing(24)
        header_layout.addWidget(self.position_label)
        outer.addWidget(header)
        self.read_only_label = QLabel(
            self.tr(
                "Dit overleg vindt pas plaats op %1: vergadermodus is alleen-lezen tot dan."
            ).replace("%1", f"{self._view.starts_at:%d-%m-%Y}")
        )
        self.read_only_label.setObjectName("readOnly")
        self.read_only_label.setVisible(self.read_only)
        outer.addWidget(self.read_only_label)

        body = QSplitter(Qt.Orientation.Horizontal)
        body.setContentsMargins(12, 12, 12, 12)
        outer.addWidget(body, 1)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(12, 12, 6, 12)
        side_layout.addWidget(self._section(self.tr("Agenda")))
        self.agenda_list = QListWidget()
        self.agenda_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.agenda_list.currentRowChanged.connect(self._agenda_clicked)
        side_layout.addWidget(self.agenda_list, 3)
        side_layout.addWidget(
            self._section(self.tr("Deelnemers (F3; spatie: aanwezig/verontschuldigd)"))
        )
        self.participants = ParticipantList()
        self.participants.attendance_wanted.connect(self._set_attendance)
        side_layout.addWidget(self.participants, 2)
        body.addWidget(side)

        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(6, 12, 12, 12)
        title_row = QHBoxLayout()
        self.item_title = QLabel()
        self.item_title.setObjectName("itemTitle")
        self.item_title.setWordWrap(True)
        self.privacy_label = QLabel(self.tr("Persoonlijke gegevens verborgen (F9)"))
        self.privacy_label.setObjectName("privacy")
        self.privacy_label.hide()
        title_row.addWidget(self.item_title, 1)
        title_row.addWidget(self.privacy_label, 0, Qt.AlignmentFlag.AlignTop)
        main_layout.addLayout(title_row)
        self.share_banner = QLabel()
        self.share_banner.setObjectName("shareBanner")
        self.share_banner.setWordWrap(True)
        self.share_banner.hide()
        main_layout.addWidget(self.share_banner)
        # Someone else changed a text I was typing: both versions are in the field now
        # (running.MINE_FOLLOWS); said here, never asked, so the meeting goes on.
        self.conflict_banner = QLabel(
            self.tr("Iemand anders wijzigde deze tekst; beide versies bewaard")
        )
        self.conflict_banner.setObjectName("conflictBanner")
        self.conflict_banner.setWordWrap(True)
        self.conflict_banner.hide()
        main_layout.addWidget(self.conflict_banner)
        self.summary = QTextBrowser()
        self.summary.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.summary.setMaximumHeight(210)
        main_layout.addWidget(self.summary)
        main_layout.addWidget(self._section(self.tr("Besproken (Ctrl+D)")))
        self.discussion = QPlainTextEdit()
        self.discussion.setTabChangesFocus(True)
        main_layout.addWidget(self.discussion, 2)
        main_layout.addWidget(self._section(self.tr("Afspraak (Ctrl+G)")))
        self.agreement = QPlainTextEdit()
        self.agreement.setTabChangesFocus(True)
        main_layout.addWidget(self.agreement, 1)
        main_layout.addWidget(
            self._section(self.tr("Actiepunten (Ctrl+N: wat ⏎ wie ⏎ tegen wanneer ⏎)"))
        )
        action_row = QHBoxLayout()
        self.action_what = QLineEdit()
        self.action_what.setPlaceholderText(self.tr("Wat moet er gebeuren?"))
        self.action_who = QComboBox()
        self.action_who.setEditable(True)
        self.action_who.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.action_who.setMinimumWidth(240)
        self.action_who.lineEdit().setPlaceholderText(self.tr("Wie?"))
        self._owner_model = QStringListModel(self)
        completer = QCompleter(self._owner_model, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.action_who.setCompleter(completer)
        self.action_when = QLineEdit()
        self.action_when.setPlaceholderText(self.tr("Tegen (15/12, +14, 3w)"))
        self.action_when.setMaximumWidth(190)
        self.action_add = QPushButton(self.tr("Toevoegen"))
        self.action_add.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.action_add.clicked.connect(self.add_action)
        action_row.addWidget(self.action_what, 3)
        action_row.addWidget(self.action_who, 2)
        action_row.addWidget(self.action_when, 1)
        action_row.addWidget(self.action_add)
        main_layout.addLayout(action_row)
        self.action_error = QLabel()
        self.action_error.setStyleSheet(f"color: {colours.css(colours.ERROR)};")
        self.action_error.hide()
        main_layout.addWidget(self.action_error)
        self.action_list = QListWidget()
        self.action_list.setToolTip(self.tr("Delete schrapt het gekozen actiepunt"))
        self.action_list.setMaximumHeight(110)
        main_layout.addWidget(self.action_list)
        body.addWidget(main)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 3)
        body.setSizes([330, 900])

        keys = QLabel(
            self.tr(
                "PgDn/Ctrl+→ volgende · PgUp/Ctrl+← vorige · F3 deelnemers · Ctrl+D besproken · "
                "Ctrl+G afspraak · Ctrl+N actiepunt · F9 verberg persoonsgegevens · "
                "Ctrl+E overleg afsluiten · Ctrl+plus/min zoom · Esc sluiten"
            )
        )
        keys.setObjectName("keys")
        keys.setContentsMargins(18, 4, 18, 8)
        outer.addWidget(keys)

        self.discussion.textChanged.connect(self._text_changed)
        self.agreement.textChanged.connect(self._text_changed)
        for editor in (self.discussion, self.agreement):
            limit_length(editor, self._action_problem)  # the one red message line of this screen
        self.action_what.returnPressed.connect(self.action_who.setFocus)
        self.action_who.lineEdit().returnPressed.connect(self.action_when.setFocus)
        self.action_when.returnPressed.connect(self.add_action)
        # (key, with Ctrl) -> action; handled in eventFilter so they work in every field,
        # also where a text field would otherwise take the key (PgDown, Ctrl+arrows).
        self._keys = {
            (Qt.Key.Key_PageDown, False): lambda: self.step(1),
            (Qt.Key.Key_Right, True): lambda: self.step(1),
            (Qt.Key.Key_PageUp, False): lambda: self.step(-1),
            (Qt.Key.Key_Left, True): lambda: self.step(-1),
            (Qt.Key.Key_F3, False): self._focus_participants,
            (Qt.Key.Key_D, True): self.discussion.setFocus,
            (Qt.Key.Key_G, True): self.agreement.setFocus,
            (Qt.Key.Key_N, True): self._focus_action,
            (Qt.Key.Key_F9, False): self.toggle_private,
            (Qt.Key.Key_H, True): self.toggle_private,
            (Qt.Key.Key_Escape, False): self.close,
            (Qt.Key.Key_E, True): self.close_meeting,
            (Qt.Key.Key_Plus, True): lambda: self.zoom_by(10),
            (Qt.Key.Key_Equal, True): lambda: self.zoom_by(10),
            (Qt.Key.Key_Minus, True): lambda: self.zoom_by(-10),
            (Qt.Key.Key_0, True): lambda: self.zoom_by(100 - self.zoom),
        }
        app = QApplication.instance()
        app.installEventFilter(self)
        app.aboutToQuit.connect(self.save_now)  # quitting from elsewhere loses nothing either

        self._fill_participants()
        self._fill_owners()
        self._fill_agenda()
        self.show_item(0)

    @staticmethod
    def _section(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionLabel")
        return label

    # -- keyboard navigation that works whichever field has the focus ------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and (watched is self or self.isAncestorOf(watched))
        ):
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if watched is self.action_list and event.key() == Qt.Key.Key_Delete:
                if event.type() == QEvent.Type.KeyPress:
                    self.delete_action()
                event.accept()
                return True
            action = self._keys.get((Qt.Key(event.key()), ctrl))
            if action is not None:
                if event.type() == QEvent.Type.KeyPress:
                    action()
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def step(self, delta: int) -> None:
        target = self._index + delta
        if 0 <= target < len(self._view.agenda):
            self.show_item(target)

    def _agenda_clicked(self, row: int) -> None:
        if not self._loading and row >= 0 and row != self._index:
            self.show_item(row)

    def _focus_participants(self) -> None:
        self.participants.setFocus()
        if self.participants.currentRow() < 0 and self.participants.count():
            self.participants.setCurrentRow(0)

    def _focus_action(self) -> None:
        self.action_what.setFocus()
        self.action_what.selectAll()

    # -- content ------------------------------------------------------------------------------

    def current_item(self) -> AgendaView | None:
        agenda = self._view.agenda
        return agenda[self._index] if 0 <= self._index < len(agenda) else None

    def _item_label(self, item: AgendaView) -> str:
        if item.dossier_id is not None:
            if self._private or not item.person_name:
                return self.tr("Dossier %1").replace("%1", str(item.dossier_num))
            return (
                self.tr("Dossier %1 — %2")
                .replace("%1", str(item.dossier_num))
                .replace("%2", item.person_name)
            )
        return item.title

    def _fill_agenda(self) -> None:
        self._loading = True
        self.agenda_list.clear()
        for number, item in enumerate(self._view.agenda, start=1):
            done = "✔ " if item.discussion.strip() or item.agreements.strip() else ""
            self.agenda_list.addItem(QListWidgetItem(f"{number}. {done}{self._item_label(item)}"))
        self.agenda_list.setCurrentRow(self._index)
        self._loading = False

    def _fill_participants(self) -> None:
        row = max(self.participants.currentRow(), 0)
        self.participants.clear()
        for participant in self._view.participants:
            label = participant.label or participant.partner_name
            entry = QListWidgetItem(f"{ATTENDANCE_MARK.get(participant.attendance, '?')}  {label}")
            entry.setData(ID_ROLE, str(participant.id))
            entry.setData(ID_ROLE + 1, participant.attendance)
            entry.setToolTip(participant.attendance)
            colour = ATTENDANCE_COLOUR.get(participant.attendance)
            if colour:
                entry.setForeground(colours.colour(colour))
            self.participants.addItem(entry)
        if self.participants.count():
            self.participants.setCurrentRow(min(row, self.participants.count() - 1))

    def _fill_owners(self) -> None:
        self._owners = owners_of(self._view)
        self.action_who.clear()
        for label, _owner in self._owners:
            self.action_who.addItem(label)
        self._owner_model.setStringList([label for label, _owner in self._owners])
        self.action_who.setCurrentIndex(-1)
        self.action_who.setEditText("")

    def show_item(self, index: int) -> None:
        self.save_now()
        self._index = index
        item = self.current_item()
        self._loading = True
        self.agenda_list.setCurrentRow(index)
        self.discussion.setPlainText(item.discussion if item else "")
        self.agreement.setPlainText(item.agreements if item else "")
        # Read back, not the stored text: the editor turns CRLF into LF, which is no edit.
        self._shown = (
            (self.discussion.toPlainText(), self.agreement.toPlainText()) if item else None
        )
        self._loading = False
        total = len(self._view.agenda)
        self.position_label.setText(
            self.tr("Punt %1 van %2")
            .replace("%1", str(index + 1 if item else 0))
            .replace("%2", str(total))
        )
        self.meeting_label.setText(
            f"<b>{escape(self._view.title)}</b> — "
            f"{self._view.starts_at:%d-%m-%Y %H:%M}"
            + (f" · {escape(self._view.location)}" if self._view.location else "")
        )
        self.item_title.setText(self._item_label(item) if item else self.tr("Deze agenda is leeg."))
        self._show_banner(item)
        self.conflict_banner.hide()
        self._show_summary(item)
        self._show_actions(item)
        self.discussion.setEnabled(item is not None)
        self.agreement.setEnabled(item is not None)
        for editor in (self.discussion, self.agreement):
            editor.setReadOnly(self.read_only)
        for widget in (self.action_what, self.action_who, self.action_when, self.action_add):
            widget.setEnabled(not self.read_only)

    def _show_banner(self, item: AgendaView | None) -> None:
        """A dossier not shareable with a partner invited: say so, loud, before discussing."""
        self._refusals = self._meetings.not_shareable(self._meeting_id)
        reason = self._refusals.get(item.dossier_id) if item and item.dossier_id else None
        self.share_banner.setVisible(reason is not None)
        if reason is not None:
            self.share_banner.setText(
                self.tr("Niet bespreken met alle partners: %1").replace("%1", reason)
            )

    def zoom_by(self, step: int) -> None:
        """Ctrl+plus/minus: larger or smaller for a projector; remembered for next time."""
        self.zoom = apply_zoom(self, self._base_point_size, step)

    def _show_summary(self, item: AgendaView | None) -> None:
        if item is None or item.dossier_id is None:
            free_item = self.tr("Vrij agendapunt.")
            muted = colours.css(colours.MUTED)
            self.summary.setHtml(f"<p style='color:{muted}'>{escape(free_item)}</p>")
            self.summary.setMaximumHeight(48)
            return
        self.summary.setMaximumHeight(210)
        summary = self._meetings.dossier_summary(item.dossier_id)
        if summary is None:
            self.summary.setHtml(escape(self.tr("Dit dossier bestaat niet meer.")))
            return
        self.summary.setHtml(summary_html(summary, self._private))

    def _show_actions(self, item: AgendaView | None) -> None:
        self.action_list.clear()
        if item is None:
            return
        rows = self._actions.rows(ActionFilter(meeting_id=self._meeting_id, open_only=False))
        for row in rows:
            if (item.dossier_id is not None and row.dossier_id == item.dossier_id) or (
                item.dossier_id is None and row.dossier_id is None
            ):
                who = (
                    row.owner if not self._private or row.owner_is_regisseur else self.tr("partner")
                )
                when = f" — {row.deadline:%d-%m-%Y}" if row.deadline else ""
                entry = QListWidgetItem(f"• {row.description} ({who}){when}")
                entry.setData(ID_ROLE, str(row.id))
                self.action_list.addItem(entry)

    # -- saving -------------------------------------------------------------------------------

    def _text_changed(self) -> None:
        if not self._loading:
            self.saved_label.setText(self.tr("…"))
            self._save_timer.start()

    def save_now(self) -> None:
        """Save the fields of the current item the user edited since it was loaded; a field
        left alone is not written (it may have been changed elsewhere meanwhile)."""
        self._save_timer.stop()
        item = self.current_item()
        if item is None or self._shown is None:
            return
        texts = (self.discussion.toPlainText(), self.agreement.toPlainText())
        edited = [text if text != shown else None for text, shown in zip(texts, self._shown)]
        if edited == [None, None]:
            return
        try:
            saved = self._save_texts(item.id, edited, self._shown)
        except (MeetingError, EditConflictError) as error:
            self.saved_label.setText(str(error))
            return
        for field, editor in (("discussion", self.discussion), ("agreements", self.agreement)):
            if field in saved.kept_both:
                self._show_both(editor, getattr(saved, field))
        # My save is my new base: what the editors hold now (both versions where kept).
        self._shown = (self.discussion.toPlainText(), self.agreement.toPlainText())
        discussion, agreement = saved.discussion, saved.agreements
        agenda = list(self._view.agenda)
        agenda[self._index] = AgendaView(
            item.id,
            item.position,
            item.title,
            item.dossier_id,
            item.dossier_num,
            item.person_name,
            discussion,
            agreement,
            item.suggested_by,
        )
        self._view = replace(self._view, agenda=tuple(agenda))
        self.saved_label.setText(self.tr("Bewaard"))
        done = "✔ " if discussion.strip() or agreement.strip() else ""
        list_item = self.agenda_list.item(self._index)
        if list_item is not None:
            list_item.setText(f"{self._index + 1}. {done}{self._item_label(item)}")

    def _save_texts(
        self, item_id: uuid.UUID, edited: list[str | None], base: tuple[str, str]
    ) -> ItemTextSaved:
        """Two saves racing on the row (the version check) are tried once more: the second
        try merges with what the other just stored."""
        try:
            return self._meetings.save_item_text(item_id, edited[0], edited[1], base=base)
        except EditConflictError:
            return self._meetings.save_item_text(item_id, edited[0], edited[1], base=base)

    def _show_both(self, editor: QPlainTextEdit, stored: str) -> None:
        """Put the stored text (theirs, then mine) in the editor without losing my place:
        my text is at its end, so the cursor moves by what came before it."""
        cursor = editor.textCursor()
        from_end = len(editor.toPlainText()) - cursor.position()
        self._loading = True
        editor.setPlainText(stored)
        self._loading = False
        cursor = editor.textCursor()
        cursor.setPosition(max(0, len(editor.toPlainText()) - from_end))
        editor.setTextCursor(cursor)
        self.conflict_banner.show()

    def _set_attendance(self, participant_id: str, attendance: str) -> None:
        if self.read_only:
            return
        try:
            self._meetings.set_attendance(uuid.UUID(participant_id), attendance)
        except MeetingError as error:
            self.saved_label.setText(str(error))
            return
        self._view = replace(
            self._view, participants=self._meetings.get(self._meeting_id).participants
        )
        self._fill_participants()

    def add_action(self) -> None:
        item = self.current_item()
        if self.read_only:
            return
        what = self.action_what.text().strip()
        if not what:
            self._action_problem(self.tr("Typ eerst wat er moet gebeuren."))
            self.action_what.setFocus()
            return
        owner = owner_for(self._owners, self.action_who.currentText())
        if owner is None:
            self._action_problem(self.tr("Kies wie het opneemt: de regisseur of een deelnemer."))
            self.action_who.setFocus()
            return
        try:
            # "+14" counts from the meeting's day, not from today.
            deadline = parse_deadline(self.action_when.text(), self._view.starts_at.date())
            self._actions.create(
                ActionInput(
                    what,
                    owner,
                    deadline,
                    self._meeting_id,
                    item.id if item else None,
                    item.dossier_id if item else None,
                )
            )
        except MeetingError as error:
            self._action_problem(str(error))
            self.action_when.setFocus()
            return
        self.action_error.hide()
        self.action_what.clear()
        self.action_who.setCurrentIndex(-1)
        self.action_who.setEditText("")
        self.action_when.clear()
        self._show_actions(item)
        self.action_what.setFocus()

    def delete_action(self) -> None:
        entry = self.action_list.currentItem()
        if entry is None:
            return
        row = self.action_list.currentRow()
        try:
            self._actions.delete(uuid.UUID(entry.data(ID_ROLE)))
        except MeetingError as error:
            self._action_problem(str(error))
            return
        self._show_actions(self.current_item())
        if self.action_list.count():
            self.action_list.setCurrentRow(min(row, self.action_list.count() - 1))
        else:
            self.action_what.setFocus()

    def close_meeting(self) -> None:
        """Ctrl+E: close the meeting as held (after a question) and leave vergadermodus."""
        self.save_now()
        answer = QMessageBox.question(
            self,
            self.tr("Overleg afsluiten"),
            self.tr(
                "Het overleg afsluiten als gehouden? De besproken punten en afspraken komen in de "
                "tijdlijn van elk besproken dossier."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            touched = self._meetings.close(self._meeting_id)
        except MeetingError as error:
            QMessageBox.warning(self, self.tr("Overleg afsluiten"), str(error))
            return
        self.close()
        self.meeting_closed.emit(touched)

    def _action_problem(self, message: str) -> None:
        self.action_error.setText(message)
        self.action_error.show()

    # -- privacy and leaving ------------------------------------------------------------------

    def toggle_private(self) -> None:
        self._private = not self._private
        self.privacy_label.setVisible(self._private)
        self._fill_agenda()
        item = self.current_item()
        self.item_title.setText(self._item_label(item) if item else self.tr("Deze agenda is leeg."))
        self._show_summary(item)
        self._show_actions(item)
        # What was typed may name the client: blurred on the projector, still editable.
        for widget in (self.discussion, self.agreement, self.action_list, self.share_banner):
            widget.setGraphicsEffect(self._blur(widget) if self._private else None)

    @staticmethod
    def _blur(widget: QWidget) -> QGraphicsBlurEffect:
        effect = QGraphicsBlurEffect(widget)  # parented: PySide does not keep an orphan alive
        effect.setBlurRadius(10)
        return effect

    @property
    def private(self) -> bool:
        return self._private

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_now()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            app.aboutToQuit.disconnect(self.save_now)
        self.closed.emit()
        super().closeEvent(event)
