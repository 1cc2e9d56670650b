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
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.ports import UnitOfWork


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
