"""The parts of vergadermodus that are not the window itself: its style, the participant
list that sets attendance from the keyboard, the dossier summary as HTML, and who can
own an action point."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QListWidget, QWidget

from kempen_desktop.domain import meetings as rules
from kempen_desktop.services.meetings.action_points import Owner
from kempen_desktop.services.meetings.meeting_list import DossierSummary
from kempen_desktop.services.meetings.meetings import REGISSEUR, MeetingView
from kempen_desktop.ui.common import colours
from kempen_desktop.ui.common.formatting import local_datetime
from kempen_desktop.ui.common.settings import MEETING_MODE_ZOOM, open_settings

SAVE_DELAY_MS = 500
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ATTENDANCE_KEYS = {
    Qt.Key.Key_A: rules.PRESENT,
    Qt.Key.Key_V: rules.EXCUSED,
    Qt.Key.Key_X: rules.ABSENT,
}
# Light and dark variants (ui/common/colours.py): vergadermodus follows the system's scheme.
ATTENDANCE_COLOUR: dict[str, colours.Pair] = {
    rules.PRESENT: ("#1b6e3a", "#8fd4a8"),
    rules.EXCUSED: ("#9a5b00", "#f6c27a"),
    rules.ABSENT: ("#8a1c1c", "#ff9a9a"),
}
ATTENDANCE_MARK = {rules.PRESENT: "✔", rules.EXCUSED: "✖", rules.ABSENT: "–", rules.INVITED: "?"}

_LIGHT_STYLE = """
QWidget#meetingMode { background: #F4F6F9; }
QFrame#header { background: #1F4E79; }
QFrame#header QLabel { color: white; }
QLabel#itemTitle { font-size: 22pt; font-weight: 600; color: #1F4E79; }
QLabel#sectionLabel { font-weight: 600; color: #5A6470; margin-top: 6px; }
QLabel#keys { color: #5A6470; }
QLabel#privacy { background: #FFF3CD; color: #664D03; padding: 4px 8px; border-radius: 3px; }
QLabel#shareBanner { background: #F8D7DA; color: #842029; font-weight: 600; padding: 8px 12px;
    border: 2px solid #B02A37; border-radius: 3px; }
QLabel#readOnly { background: #FFF3CD; color: #664D03; font-weight: 600; padding: 6px 18px; }
QLabel#conflictBanner { background: #FFF3CD; color: #664D03; padding: 6px 12px; }
QPlainTextEdit, QLineEdit, QComboBox, QTextBrowser, QListWidget { background: white; }
QListWidget::item:selected { background: #1F4E79; color: white; }
"""
# The same on a dark system scheme: the text fields keep the palette's own (dark) base.
_DARK_STYLE = """
QWidget#meetingMode { background: #1B1F24; }
QFrame#header { background: #163A5C; }
QFrame#header QLabel { color: white; }
QLabel#itemTitle { font-size: 22pt; font-weight: 600; color: #8DB8E8; }
QLabel#sectionLabel { font-weight: 600; color: #A7B0BA; margin-top: 6px; }
QLabel#keys { color: #A7B0BA; }
QLabel#privacy { background: #3D3012; color: #F6D48B; padding: 4px 8px; border-radius: 3px; }
QLabel#shareBanner { background: #4A1C1A; color: #FFB4AB; font-weight: 600; padding: 8px 12px;
    border: 2px solid #E57373; border-radius: 3px; }
QLabel#readOnly { background: #3D3012; color: #F6D48B; font-weight: 600; padding: 6px 18px; }
QLabel#conflictBanner { background: #3D3012; color: #F6D48B; padding: 6px 12px; }
QListWidget::item:selected { background: #3D6EA8; color: white; }
"""


def style() -> str:
    """The vergadermodus style sheet for the palette in use (light or dark)."""
    return colours.sheet(_LIGHT_STYLE, _DARK_STYLE)  # swapped on a live palette change too


class ParticipantList(QListWidget):
    attendance_wanted = Signal(str, str)  # participant id, attendance

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if item is not None and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            if event.key() == Qt.Key.Key_Space:
                current = item.data(ID_ROLE + 1)
                self.attendance_wanted.emit(
                    item.data(ID_ROLE), rules.EXCUSED if current == rules.PRESENT else rules.PRESENT
                )
                return
            if event.key() in ATTENDANCE_KEYS:
                self.attendance_wanted.emit(
                    item.data(ID_ROLE), ATTENDANCE_KEYS[Qt.Key(event.key())]
                )
                return
        super().keyPressEvent(event)


def summary_html(summary: DossierSummary, private: bool) -> str:
    """What vergadermodus shows about a dossier; `private` hides who follows it and its notes."""
    status_label, groups_label = (
        QCoreApplication.translate("MeetingModeWindow", "Status"),
        QCoreApplication.translate("MeetingModeWindow", "Kansengroepen"),
    )
    follows_label, follow_up_label = (
        QCoreApplication.translate("MeetingModeWindow", "Opgevolgd door"),
        QCoreApplication.translate("MeetingModeWindow", "Opvolging"),
    )
    notes_label, actions_label = (
        QCoreApplication.translate("MeetingModeWindow", "Laatste notities"),
        QCoreApplication.translate("MeetingModeWindow", "Open actiepunten"),
    )
    since = QCoreApplication.translate("MeetingModeWindow", "sinds %1").replace(
        "%1", f"{summary.status_since:%d-%m-%Y}"
    )
    rows = [(status_label, f"{summary.status} ({since})")]
    if not private:  # kansengroepen say "leefloon", "arbeidsbeperking": personal
        rows.append((groups_label, ", ".join(summary.target_groups) or "—"))
        rows.append((follows_label, summary.follows or "—"))
    if summary.follow_up_on:
        rows.append((follow_up_label, f"{summary.follow_up_on:%d-%m-%Y}"))
    muted = colours.css(colours.MUTED)
    parts = ["<table cellspacing='0' cellpadding='2'>"]
    parts += [
        f"<tr><td style='color:{muted};padding-right:14px'>{escape(k)}</td>"
        f"<td>{escape(v)}</td></tr>"
        for k, v in rows
    ]
    parts.append("</table>")
    if summary.open_actions:
        parts.append(
            f"<p style='margin-bottom:0'><b>{escape(actions_label)}</b></p>"
            "<ul style='margin-top:0'>"
        )
        hidden = QCoreApplication.translate("MeetingModeWindow", "(verborgen)")
        for description, owner, deadline in summary.open_actions:
            when = f" — {deadline:%d-%m-%Y}" if deadline else ""
            who = "" if private and owner != REGISSEUR else f" ({escape(owner)})"
            # An action point's text may name the client or their situation.
            what = escape(hidden) if private else escape(description)
            parts.append(f"<li>{what}{who}{when}</li>")
        parts.append("</ul>")
    if summary.notes and not private:
        parts.append(f"<p style='margin-bottom:0'><b>{escape(notes_label)}</b></p>")
        for at, title, body in summary.notes:
            text = (body or title).strip().replace("\n", " ")
            if len(text) > 220:
                text = text[:217] + "…"
            parts.append(
                f"<p style='margin:0 0 4px 0'><span style='color:{muted}'>{local_datetime(at)[:10]}"
                f"</span> {escape(text)}</p>"
            )
    return "".join(parts)


def owners_of(view: MeetingView) -> list[tuple[str, Owner]]:
    """Who can take an action point: the regisseur, then the invited people and partners."""
    owners: list[tuple[str, Owner]] = [(REGISSEUR, Owner.regisseur())]
    partners_seen = set()
    for participant in view.participants:
        if participant.contact_id is not None:
            owners.append((participant.label, Owner(contact_id=participant.contact_id)))
        if participant.partner_id is not None and participant.partner_id not in partners_seen:
            partners_seen.add(participant.partner_id)
            owners.append((participant.partner_name, Owner(partner_id=participant.partner_id)))
    return [owners[0]] + sorted(owners[1:], key=lambda pair: pair[0].casefold())


def owner_for(owners: list[tuple[str, Owner]], text: str) -> Owner | None:
    """The owner typed: an exact label, or the only one containing the text."""
    needle = text.strip().casefold()
    if not needle:
        return None
    exact = [owner for label, owner in owners if label.casefold() == needle]
    if exact:
        return exact[0]
    partial = [owner for label, owner in owners if needle in label.casefold()]
    return partial[0] if len(partial) == 1 else None


ZOOM_RANGE = (60, 250)  # percent


def apply_zoom(window: QWidget, base_point_size: float, step: int) -> int:
    """Change the remembered zoom by `step` percent (0: just apply it) and set the window's
    font accordingly; returns the zoom now in use."""
    settings = open_settings()
    zoom = MEETING_MODE_ZOOM.get(settings) + step
    zoom = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], zoom))
    if step:
        MEETING_MODE_ZOOM.set(settings, zoom)
    font = window.font()
    font.setPointSizeF(base_point_size * zoom / 100)
    window.setFont(font)
    return zoom


def show_full_screen(window: QWidget, beside: QWidget | None = None) -> None:
    """Fill a whole screen: the second one (the projector) when attached, else the screen of
    `beside` (the main window), so the main window's lists are not visible around it."""
    screens = QGuiApplication.screens()
    own = beside.screen() if beside is not None else QGuiApplication.primaryScreen()
    others = [screen for screen in screens if screen is not own]
    target = others[0] if others else own
    if target is not None:
        window.setScreen(target)
        window.setGeometry(target.geometry())
    window.showFullScreen()
