"""Codes and draws (Rewards, Ctrl+G): import a partner's voucher codes, commit a
giveaway's seed before entries close, draw the winners after, and verify a draw.

In a chain the dialog says whose job each is: head office imports into the chain's pool
and draws; a joined till shows the codes leased to it and the pool, and verifies draws.

Every button is a service call on the worker; the tables are read again after each.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.rewards.kinds import last_day
from loyalty_pos.gui.widgets.dialog_parts import DIALOG_ROOM_ON_SMALLEST_SCREEN
from loyalty_pos.gui.widgets.message_bar import Level, MessageBar
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.program import giveaways
from loyalty_pos.services.program.giveaways import GiveawayStatus, Verification
from loyalty_pos.domain.sync_link import HEAD_OFFICE, JOINED
from loyalty_pos.services.program.partner_codes import (
    CodesImported,
    PartnerCodes,
    chain_role,
    import_code_file,
    partner_codes,
)
from loyalty_pos.services.shop.shop import shop_zone

def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    # Three rows under the heading however small the dialog: squeezed by the notes at 150 %
    # text, a table shrank to a sliver showing half a row.
    table.setMinimumHeight(table.horizontalHeader().sizeHint().height()
                           + 3 * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth())
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # The name gives way (elided) before a figure, a fingerprint or a winner does.
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _headings_width(table: QTableWidget) -> int:
    header = table.horizontalHeader()
    return sum(header.sectionSizeFromContents(column).width() for column in range(header.count())
               if not header.isSectionHidden(column))


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)  # a long seed or list of winners, whole
            table.setItem(row, column, item)


class PrizesDialog(QDialog):
    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        actor.require_manager("Importing partner codes")
        self.ctx, self.actor = ctx, actor
        self.zone: ZoneInfo | None = None
        self.partners: list[PartnerCodes] = []
        self.statuses: list[GiveawayStatus] = []
        self.role: str | None = None  # the till's place in a chain (None: not in one)
        self.setWindowTitle(self.tr("Partner codes and giveaway draws"))
        self.setModal(True)
        self.messages = MessageBar(self)

        codes = QGroupBox(self.tr("Partner vouchers"), self)
        self.codes_table = _table(codes, "partnerCodes", [self.tr("Reward"), self.tr("Partner's offer"),
                                                          self.tr("Handed out"), self.tr("Codes left"),
                                                          self.tr("Chain's pool")])
        self.codes_table.setColumnHidden(4, True)  # shown in a chain
        self.codes_table.setAccessibleName(self.tr("Partner vouchers"))
        self.code_reward = QComboBox(codes)
        self.code_reward.setObjectName("codeReward")
        self.code_file = QLineEdit(codes)
        self.code_file.setObjectName("codeFile")
        self.code_file.setPlaceholderText(self.tr("Path of a .csv or .txt file, one code a line"))
        self.import_button = QPushButton(self.tr("&Import codes"), codes)
        self.import_button.clicked.connect(self.import_codes)
        form = QFormLayout()
        form.addRow(QLabel(self.tr("&Reward"), codes, buddy=self.code_reward), self.code_reward)
        file_row = QHBoxLayout()
        file_row.addWidget(self.code_file, 1)
        file_row.addWidget(self.import_button)
        form.addRow(QLabel(self.tr("&File"), codes, buddy=self.code_file), file_row)
        self.codes_note = note = QLabel(self._codes_note(None), codes)
        note.setObjectName("codesNote")
        note.setWordWrap(True)
        note.setProperty("muted", True)
        box = QVBoxLayout(codes)
        box.setContentsMargins(4, 6, 4, 6)
        box.addWidget(self.codes_table)
        box.addLayout(form)
        box.addWidget(note)

        draws = QGroupBox(self.tr("Giveaways"), self)
        self.draw_table = _table(draws, "giveawayDraws", [
            self.tr("Giveaway"), self.tr("Entries close"), self.tr("Entries"), self.tr("Members"),
            self.tr("Seed"), self.tr("Winners")])
        self.draw_table.setAccessibleName(self.tr("Giveaways"))
        # The winners are what a manager reads: they take the room; a seed is checked, not read,
        # so it gives way in its middle (whole in its tooltip).
        # Every column stays on screen (no sideways scrolling): the name and the winners share
        # what the figures leave; a seed is checked, not read, so it keeps only its heading's
        # width and gives way in its middle. Each is whole in its tooltip.
        header = self.draw_table.horizontalHeader()
        for column in (0, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, header.sectionSizeFromContents(4).width())
        self.draw_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.draw_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.giveaway = QComboBox(draws)
        self.giveaway.setObjectName("giveawayChoice")
        self.commit_button = QPushButton(self.tr("&Commit seed"), draws)
        self.draw_button = QPushButton(self.tr("&Draw winners"), draws)
        self.verify_button = QPushButton(self.tr("&Verify draw"), draws)
        self.commit_button.clicked.connect(self.commit_seed)
        self.draw_button.clicked.connect(self.draw)
        self.verify_button.clicked.connect(self.verify)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("&Giveaway"), draws, buddy=self.giveaway))
        actions.addWidget(self.giveaway, 1)
        # The three steps on a row of their own: beside the choice they made the dialog
        # 1,180 px wide at 150 % text, past a 1024 px till.
        steps = QHBoxLayout()
        for button in (self.commit_button, self.draw_button, self.verify_button):
            button.setAutoDefault(False)
            steps.addWidget(button)
        steps.addStretch(1)
        self.draws_note = how = QLabel(self._draws_note(None), draws)
        how.setObjectName("drawsNote")
        how.setWordWrap(True)
        how.setProperty("muted", True)
        box = QVBoxLayout(draws)
        box.setContentsMargins(4, 6, 4, 6)  # the table's six headings whole at 150 % on a 1024 px till
        box.addWidget(self.draw_table)
        box.addLayout(actions)
        box.addLayout(steps)
        box.addWidget(how)

        self.close_button = QPushButton(self.tr("Close (Esc)"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        # Both parts scroll together when a small screen at a large text cannot hold them
        # (the focused field is scrolled into view); nothing ever scrolls sideways.
        body = QWidget(self)
        parts = QVBoxLayout(body)
        parts.setContentsMargins(0, 0, 0, 0)
        parts.addWidget(codes, 1)
        parts.addWidget(draws, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.messages)
        layout.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        wanted = body.sizeHint()
        headings = max(_headings_width(self.codes_table), _headings_width(self.draw_table))
        self.resize(min(DIALOG_ROOM_ON_SMALLEST_SCREEN[0], max(900, wanted.width() + 40, headings + 200)),
                    min(DIALOG_ROOM_ON_SMALLEST_SCREEN[1], max(640, wanted.height() + 120)))
        self.reload()

    # -- reading -----------------------------------------------------------------------
    def reload(self) -> None:
        make_uow = self.ctx.make_uow

        def read() -> tuple[ZoneInfo, list[PartnerCodes], list[GiveawayStatus], str | None]:
            uow = make_uow(readonly=True)
            with uow:
                zone, role = shop_zone(uow), chain_role(uow)
            return (zone, partner_codes(make_uow(readonly=True)), giveaways.giveaways(make_uow(readonly=True)),
                    role)

        self.ctx.ops.run(self, read, on_done=self._loaded, on_error=self.messages.show_error, latest="prizes-desk")

    def _codes_note(self, role: str | None) -> str:
        if role == JOINED:
            return self.tr("This till is in a chain: partner codes are imported at head office. The chain's pool "
                           "leases this till a block of codes at each sync (Codes left); it hands them out offline "
                           "too, and no other till holds them. A returned sale keeps its code.")
        if role == HEAD_OFFICE:
            return self.tr("Codes imported here go to the chain's pool at the next sync; every till, this one too, "
                           "leases a block of them at each sync (the reward's Codes a till). Handed out counts "
                           "every till's. A returned sale keeps its code.")
        return self.tr("Codes are this till's own: give each till its own file, so two tills never hand "
                       "out the same code. A returned sale keeps its code.")

    def _draws_note(self, role: str | None) -> str:
        if role == JOINED:
            return self.tr("Entries bought here count in the chain's draw, which head office holds. Its seed's "
                           "fingerprint and, after the draw, the seed and winners arrive with the sync: Verify draw "
                           "recomputes them from every till's entries.")
        if role == HEAD_OFFICE:
            return self.tr("The chain's draw: entries bought at every till count once they have synced, so draw "
                           "after entries close and every till has synced. Commit the seed before entries close; "
                           "the tills get its fingerprint, then the seed and winners, and can verify the draw.")
        return self.tr("Commit the seed before entries close: only its fingerprint is shown until the draw. "
                       "After the draw the seed is shown, and anyone can recompute the winners from it "
                       "and the entries (loyalty-pos giveaway verify).")

    def _loaded(self, loaded: tuple[ZoneInfo, list[PartnerCodes], list[GiveawayStatus], str | None]) -> None:
        self.zone, self.partners, self.statuses, self.role = loaded
        self.codes_table.setColumnHidden(4, self.role is None)
        self.codes_note.setText(self._codes_note(self.role))
        self.draws_note.setText(self._draws_note(self.role))
        _fill(self.codes_table, [[p.name, p.partner, f"{p.handed_out:,}", f"{p.left:,}",
                                  "" if p.pool is None else f"{p.pool:,}"] for p in self.partners])
        _fill(self.draw_table, [self._draw_row(status) for status in self.statuses])
        self.draw_table.resizeRowsToContents()  # a winner a line
        for combo, items in ((self.code_reward, [(p.name, p.reward_id) for p in self.partners]),
                             (self.giveaway, [(s.reward.name, s.reward.id) for s in self.statuses])):
            current = combo.currentData()
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        # A joined till's import and draw would be refused: head office's (the notes say so).
        importing = bool(self.partners) and self.role != JOINED
        for widget in (self.import_button, self.code_file, self.code_reward):
            widget.setEnabled(importing)
        for button in (self.commit_button, self.draw_button, self.verify_button):
            button.setEnabled(bool(self.statuses) and (button is self.verify_button or self.role != JOINED))

    def _draw_row(self, status: GiveawayStatus) -> list[str]:
        draw = status.draw
        closes = status.reward.valid_until
        day = last_day(closes, self.zone).isoformat() if closes is not None and self.zone is not None else ""
        if draw is None:
            seed = self.tr("not committed")
        elif status.published_seed is None:
            seed = self.tr("fingerprint {digest}").format(digest=draw.seed_digest[:12])
        else:
            seed = status.published_seed
        winners = "\n".join(f"{n}. {name}" for n, name in enumerate(status.winner_names, start=1))
        return [status.reward.name, day, f"{status.entries:,}", f"{status.members:,}", seed,
                winners or self.tr("not drawn")]

    # -- commands ----------------------------------------------------------------------
    def _run(self, call: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def finished(result: Any) -> None:
            done(result)
            self.reload()

        self.ctx.ops.run(self, call, on_done=finished, on_error=self._refused)

    def _refused(self, error: LoyaltyError) -> None:
        self.messages.show_error(error)

    def import_codes(self) -> None:
        reward_id, path = self.code_reward.currentData(), self.code_file.text().strip()
        if not reward_id or not path:
            self.messages.show_message(self.tr("Choose the reward and type the file's path."), Level.WARNING)
            self.code_file.setFocus()
            return
        ctx, actor = self.ctx, self.actor
        self._run(lambda: import_code_file(ctx.make_uow(), reward_id, Path(path), actor=actor, clock=ctx.clock),
                  self._imported)

    def _imported(self, done: CodesImported) -> None:
        if done.pooled:
            self.messages.show_message(self.tr("{added:,} codes go to the chain's pool at the next sync ({duplicates:,} "
                                               "twice in the file, kept once).").format(
                                                   added=done.added, duplicates=done.duplicates), Level.SUCCESS)
            return
        self.messages.show_message(self.tr("{added:,} codes added, {duplicates:,} already there; {left:,} left to "
                                           "hand out.").format(added=done.added, duplicates=done.duplicates,
                                                               left=done.left), Level.SUCCESS)

    def commit_seed(self) -> None:
        reward_id, ctx, actor = self.giveaway.currentData(), self.ctx, self.actor
        self._run(lambda: giveaways.commit_seed(ctx.make_uow(), reward_id, actor=actor, clock=ctx.clock),
                  lambda digest: self.messages.show_message(
                      self.tr("Seed committed. Its fingerprint is in the audit log: {digest}").format(digest=digest),
                      Level.SUCCESS))

    def draw(self) -> None:
        reward_id, ctx, actor = self.giveaway.currentData(), self.ctx, self.actor
        self._run(lambda: giveaways.draw(ctx.make_uow(), reward_id, actor=actor, clock=ctx.clock),
                  lambda winners: self.messages.show_message(
                      self.tr("{count} winner(s) drawn; they are listed in the table.").format(count=len(winners)),
                      Level.SUCCESS))

    def verify(self) -> None:
        reward_id, ctx = self.giveaway.currentData(), self.ctx
        self._run(lambda: giveaways.verify(ctx.make_uow(readonly=True), reward_id), self._verified)

    def _verified(self, result: Verification) -> None:
        if result.ok:
            self.messages.show_message(self.tr("Verified: the seed matches its fingerprint and the entries give "
                                               "the same winners."), Level.SUCCESS)
        else:
            self.messages.show_message(self.tr("NOT verified: the seed or the entries have changed since the draw. "
                                               "Tell head office."), Level.ERROR)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.accept()
            return
        super().keyPressEvent(event)
