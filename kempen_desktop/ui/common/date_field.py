"""The one date field of the app: type a date the way you say it, see what it means.

Reads text with the app's date rule (domain.date_input): ``28-11-2026``, ``28/11/26``,
``28112026``, ``2026-11-28``, ``t``, ``+14``, ``-3w``, ``+2m`` (relative to today or to the
reference day the dialog gives, e.g. the meeting date). While typing, a small label next to
the field says which day that is; a text it cannot read turns the field red with the reason,
and the dialog's save button is disabled until it is fixed. Nothing is guessed. An optional
field may stay empty. Up/Down move a day, the button opens a calendar.

It keeps the QDateEdit calls the app used (date(), setDate(), dateChanged) so dialogs only
swap the class.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from kempen_desktop.domain.date_input import TYPED, DateProblem, DateRules, read_date
from kempen_desktop.ui.common import colours

DISPLAY = "%d-%m-%Y"
_BLOCKED = "date_field_blocked"  # property on a save button this field disabled


class _DateLineEdit(QLineEdit):
    """Up/Down step a day from the shown date (or from the reference day when empty)."""

    def __init__(self, owner: DateField) -> None:
        super().__init__()
        self._owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        if step is not None:
            start = self._owner.value() or self._owner.reference()
            self._owner.set_value(start + timedelta(days=step))
            self._owner.commit()
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """A date as text, read on every key; `value()` is the day or None (empty or invalid)."""

    dateChanged = Signal(QDate)  # on commit (Enter, leaving the field, calendar, set_value)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        optional: bool = True,
        rules: DateRules = TYPED,
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self._rules = rules
        self._reference: date | None = None
        self._committed: date | None = None
        self.edit = _DateLineEdit(self)
        self.edit.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.edit.setToolTip(
            self.tr(
                "Typ bv. 28-11-2026, 28/11/26, 28112026, 2026-11-28, t (vandaag), "
                "+14 (dagen), -3w (weken), +2m (maanden). Pijl op/neer: een dag verder/terug."
            )
        )
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("00-00-00000") + 16)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Kalender"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self._open_calendar)
        self.hint = QLabel()
        self.hint.setStyleSheet(f"color: {colours.css(colours.MUTED)};")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addWidget(self.hint, 1)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._show_reading)
        self.edit.editingFinished.connect(self.commit)
        self._show_reading()

    # --- the value ---------------------------------------------------------------------
    def reference(self) -> date:
        """The day '+14' and 't' count from: the one the dialog set, else today."""
        return self._reference or date.today()

    def set_reference(self, day: date | None) -> None:
        self._reference = day
        self._show_reading()

    def value(self) -> date | None:
        return read_date(self.edit.text(), self.reference(), self._rules).day

    def set_value(self, value: date | None) -> None:
        """Show `value`; dateChanged is emitted when that is another day (as QDateEdit)."""
        self.edit.setText(value.strftime(DISPLAY) if value else "")
        self.commit()

    def problem(self) -> str | None:
        """Why the text is refused (translated), or None when it is fine."""
        reading = read_date(self.edit.text(), self.reference(), self._rules)
        if reading.problem is DateProblem.NO_SUCH_DAY:
            return self.tr("Deze dag bestaat niet.")
        if reading.problem is DateProblem.OUT_OF_RANGE:
            return self.tr("Deze datum ligt te ver in het verleden of de toekomst.")
        if reading.problem is not None:
            return self.tr("Geen datum. Typ bv. 28-11-2026, 28112026, t of +14.")
        if reading.day is None and not self._optional:
            return self.tr("Vul een datum in.")
        return None

    def is_valid(self) -> bool:
        return self.problem() is None

    def commit(self) -> None:
        """Show a readable text in the usual form and tell listeners about a new day."""
        day = self.value()
        if day is not None and self.edit.text() != day.strftime(DISPLAY):
            self.edit.setText(day.strftime(DISPLAY))
        if self.is_valid() and day != self._committed:
            self._committed = day
            self.dateChanged.emit(_qdate(day))

    # --- QDateEdit calls the app used --------------------------------------------------
    def date(self) -> QDate:
        day = self.value()
        return _qdate(day)

    def setDate(self, value: QDate) -> None:
        day = date(value.year(), value.month(), value.day()) if value.isValid() else None
        self.set_value(day)

    # --- showing -----------------------------------------------------------------------
    def _show_reading(self) -> None:
        problem = self.problem()
        day = self.value()
        if problem and self.edit.text().strip():
            self.hint.setText(problem)
            self.hint.setStyleSheet(f"color: {colours.css(colours.ERROR)};")
            self.edit.setStyleSheet(colours.error_field_style())
        else:
            shown = day.strftime(DISPLAY) if day else ""
            if shown == self.edit.text():  # shown as typed: the weekday is news enough
                self.hint.setText(self._weekday(day))
            else:
                self.hint.setText("= " + self._weekday(day) + " " + shown)
            self.hint.setStyleSheet(f"color: {colours.css(colours.MUTED)};")
            self.edit.setStyleSheet(
                colours.error_field_style() if problem and self.edit.hasFocus() else ""
            )
        self.edit.setAccessibleDescription(self.hint.text())
        block_save_while_invalid(self)

    def _weekday(self, day: date | None) -> str:
        if day is None:
            return ""
        names = (
            self.tr("ma"),
            self.tr("di"),
            self.tr("wo"),
            self.tr("do"),
            self.tr("vr"),
            self.tr("za"),
            self.tr("zo"),
        )
        return names[day.weekday()]

    def _open_calendar(self) -> None:
        calendar = QCalendarWidget(self, Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.setGridVisible(True)
        calendar.setSelectedDate(_qdate(self.value() or self.reference()))

        def picked(value: QDate) -> None:
            self.set_value(date(value.year(), value.month(), value.day()))
            calendar.close()
            self.edit.setFocus()

        calendar.clicked.connect(picked)
        calendar.activated.connect(picked)
        calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        calendar.show()
        calendar.setFocus()


def _qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else QDate()


def first_invalid(container: QWidget) -> DateField | None:
    """The first date field in `container` whose text is refused (for a dialog's save)."""
    for field in container.findChildren(DateField):
        if field.isEnabled() and not field.is_valid():
            return field
    return None


def block_save_while_invalid(field: DateField) -> None:
    """Disable the dialog's accepting buttons while any of its date fields is refused, and
    give them back once all are fine (only those this rule disabled)."""
    dialog = field.window()
    if not isinstance(dialog, QDialog):
        return
    invalid = first_invalid(dialog) is not None
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) != QDialogButtonBox.ButtonRole.AcceptRole:
                continue
            if invalid and button.isEnabled():
                button.setEnabled(False)
                button.setProperty(_BLOCKED, True)
            elif not invalid and button.property(_BLOCKED):
                button.setEnabled(True)
                button.setProperty(_BLOCKED, False)
