"""What every till widget is given in its constructor (no globals, no sessions)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from loyalty_pos.cards.key_ring import KeyRing
from loyalty_pos.config import ScannerSettings
from loyalty_pos.domain.till_mode import TillMode
from loyalty_pos.gui.customer_display.screens import ScreenProvider, system_screens
from loyalty_pos.gui.operations import Operations
from loyalty_pos.jobs.background_sync import SyncRoundFn
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.ports import UnitOfWork

# register(make_uow, *, server_url, code, clock): enrols this till with a chain's server and
# stores the sync_state rows (docs/SYNC_PROTOCOL.md); raises LoyaltyError when refused.
RegisterFn = Callable[..., object]


@dataclass(frozen=True)
class TillContext:
    """``make_uow(readonly=...)`` builds a fresh unit of work for one service call;
    it is only ever called inside ``ops.run`` (on a worker thread)."""

    make_uow: Callable[..., UnitOfWork]
    clock: Clock
    key: KeyRing  # the shop's card keys: scans are checked against all, new cards signed with the current
    terminal_id: str
    scanner: ScannerSettings
    ops: Operations
    receipts_dir: Path | None = None  # receipts as PDF files when no printer is set up
    data_dir: Path | None = None  # shown in the About box
    log_file: Path | None = None  # named by the About box and the error dialog
    till_mode: TillMode = TillMode.BASKET  # which sale screen the till shows
    screens: ScreenProvider = system_screens  # the connected screens, for the customer display's placement
    # The sync client's run_sync_round and register (loyalty_pos.sync), wired by whoever starts
    # the till; None: this till syncs with nothing (its status still shows what the store says).
    sync_round: SyncRoundFn | None = None
    sync_register: RegisterFn | None = None
    # terminal_id is the chain server's (T002): it names itself, and the status bar has no room to spare.
    chain_terminal: bool = False
    # The ring as it is now (``App.key``): head office's rotation grows it while the till runs,
    # so a scan reads ``ring()``, never ``key`` (the ring the till started with). None: it never grows.
    key_now: Callable[[], KeyRing] | None = None

    def ring(self) -> KeyRing:
        return self.key_now() if self.key_now is not None else self.key
