"""The status bar's word on sync: online or offline (in words, not only colour), how many
changes wait to be sent, when the last sync was; a warning when the till's clock is off the
server's, and when the chain disconnected this till. A till not in a chain shows nothing.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from loyalty_pos.gui.language import spoken_language
from loyalty_pos.gui.widgets.theme import set_banner
from loyalty_pos.i18n.sync_texts import last_error_text
from loyalty_pos.jobs.background_sync import SyncOutcome
from loyalty_pos.services.clock import Clock

REDRAW_MS = 20_000  # "2 min ago" keeps counting between rounds


def _tr(text: str) -> str:
    # lupdate files _tr() texts under the empty context: it cannot see a helper's.
    return QCoreApplication.translate("", text)


def ago(then: datetime | None, now: datetime) -> str:
    if then is None:
        return _tr("never")
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 60:
        return _tr("just now")
    if seconds < 3600:
        return _tr("{minutes} min ago").format(minutes=seconds // 60)
    if seconds < 2 * 86400:
        return _tr("{hours} h ago").format(hours=seconds // 3600)
    return _tr("{days} days ago").format(days=seconds // 86400)


def _skew(ms: int) -> str:
    """``ms`` is the server's time minus the till's: positive, the till's clock is slow."""
    off = timedelta(milliseconds=abs(ms))
    if off < timedelta(hours=2):
        minutes = round(off.total_seconds() / 60)
        return (_tr("{minutes} min slow") if ms > 0 else _tr("{minutes} min fast")).format(minutes=minutes)
    hours = f"{off.total_seconds() / 3600:.0f}"
    return (_tr("{hours} h slow") if ms > 0 else _tr("{hours} h fast")).format(hours=hours)


def _styled(label: QLabel, level: str | None) -> None:
    # The theme's level colours (set_banner), so high contrast recolours the status bar's marks.
    set_banner(label, level or "")
    label.setStyleSheet("" if level is None else "border-radius: 4px; padding: 0 4px;")


class SyncIndicator(QWidget):
    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.state = QLabel(self)
        self.state.setObjectName("syncState")
        self.clock_warning = QLabel(self)
        self.clock_warning.setObjectName("syncClockWarning")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.clock_warning)
        layout.addWidget(self.state)
        self.outcome: SyncOutcome | None = None
        self._redraw = QTimer(self)
        self._redraw.timeout.connect(self._draw)
        self._redraw.start(REDRAW_MS)
        self.setVisible(False)

    def show_outcome(self, outcome: SyncOutcome) -> None:
        self.outcome = outcome
        self._draw()

    def _draw(self) -> None:
        outcome = self.outcome
        if outcome is None or not outcome.status.link.registered:
            self.setVisible(False)
            return
        status, link, now = outcome.status, outcome.status.link, self.clock.now()
        synced = ago(link.last_sync_at, now)
        tip = self.tr("Server {url}, terminal {terminal}; {waiting} changes wait to be sent").format(
            url=link.server_url, terminal=link.terminal_id, waiting=status.waiting)
        if link.disconnected:
            text, level = self.tr("Disconnected from the chain"), "error"
            tip = self.tr("The chain's server refused this till's token. "
                          "A manager registers it again in Settings > Sync.")
        elif outcome.failed or link.last_error or status.offline:
            text = self.tr("Offline · {waiting} unsent · synced {ago}").format(waiting=status.waiting, ago=synced)
            level = "warning"
        else:
            text = self.tr("Online · {waiting} unsent · synced {ago}").format(waiting=status.waiting, ago=synced)
            level = None
        self.state.setText(text)
        if link.last_error:
            tip += "\n" + self.tr("Last error: {error}").format(error=last_error_text(link.last_error, spoken_language()))
        self.state.setToolTip(tip)
        _styled(self.state, level)
        if link.clock_off() and link.clock_skew_ms is not None:
            self.clock_warning.setText(self.tr("Clock {skew}").format(skew=_skew(link.clock_skew_ms)))
            self.clock_warning.setToolTip(self.tr("This till's clock differs from the chain server's by more than a "
                                                  "minute: receipts and expiry use it. Set the computer's time."))
            _styled(self.clock_warning, "warning")
            self.clock_warning.setVisible(True)
        else:
            self.clock_warning.setVisible(False)
        self.setVisible(True)
        self.updateGeometry()
