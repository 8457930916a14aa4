"""The screen's (translatable) words for the statuses of domain.meetings: one table each.
Marked for lupdate here, translated in the "MeetingsTab" context where shown."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kempen_desktop.domain import meetings as rules

MEETING_STATUS = {
    rules.PLANNED: QT_TRANSLATE_NOOP("MeetingsTab", "Gepland"),
    rules.HELD: QT_TRANSLATE_NOOP("MeetingsTab", "Gehouden"),
    rules.CANCELLED: QT_TRANSLATE_NOOP("MeetingsTab", "Geannuleerd"),
    rules.MOVED: QT_TRANSLATE_NOOP("MeetingsTab", "Verplaatst"),
}
ATTENDANCE = {
    rules.INVITED: QT_TRANSLATE_NOOP("MeetingsTab", "uitgenodigd"),
    rules.PRESENT: QT_TRANSLATE_NOOP("MeetingsTab", "aanwezig"),
    rules.EXCUSED: QT_TRANSLATE_NOOP("MeetingsTab", "verontschuldigd"),
    rules.ABSENT: QT_TRANSLATE_NOOP("MeetingsTab", "afwezig"),
}
ACTION_STATUS = {
    rules.OPEN: QT_TRANSLATE_NOOP("MeetingsTab", "open"),
    rules.BUSY: QT_TRANSLATE_NOOP("MeetingsTab", "bezig"),
    rules.DONE: QT_TRANSLATE_NOOP("MeetingsTab", "afgerond"),
    rules.LAPSED: QT_TRANSLATE_NOOP("MeetingsTab", "vervallen"),
}


def label(labels: dict[str, str], code: str) -> str:
    return QCoreApplication.translate("MeetingsTab", labels.get(code, code))


def meeting_status(code: str) -> str:
    return label(MEETING_STATUS, code)


def attendance(code: str) -> str:
    return label(ATTENDANCE, code)


def action_status(code: str) -> str:
    return label(ACTION_STATUS, code)
