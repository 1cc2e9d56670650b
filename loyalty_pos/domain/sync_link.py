"""What the till knows of its link to the chain's server, and the rules that follow from it.

The sync client writes the ``sync_state`` rows (docs/SYNC_PROTOCOL.md, "Till state");
these rules read them: whether the till counts as offline for the redemption cap,
whether its clock is to be distrusted, whether the chain disconnected it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

# sync_state names (the contract's list).
SERVER_URL = "server_url"
TERMINAL_ID = "terminal_id"
TERMINAL_TOKEN = "terminal_token"
LAST_SYNC_AT = "last_sync_at"
LAST_ATTEMPT_AT = "last_attempt_at"
LAST_ERROR = "last_error"
CLOCK_SKEW_MS = "clock_skew_ms"
CHAIN_ROLE = "chain_role"

# chain_role values. The contract names "joined"; a till enrolled with --head-office is
# recorded as "head_office" so it keeps the program and catalog editors.
JOINED = "joined"
HEAD_OFFICE = "head_office"

# The server's answer to a revoked token (docs/SYNC_PROTOCOL.md): the till cannot fix that by retrying.
TOKEN_INVALID = "token_invalid"
# Beyond this a till's times (receipts, hlc, expiry) disagree with the chain's enough to matter.
CLOCK_SKEW_WARNING = timedelta(minutes=1)
DEFAULT_OFFLINE_AFTER_MINUTES = 15


@dataclass(frozen=True, slots=True)
class SyncLink:
    registered: bool
    server_url: str
    terminal_id: str
    chain_role: str  # "" for a single shop's till
    last_sync_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str
    clock_skew_ms: int | None

    @property
    def disconnected(self) -> bool:
        """The chain revoked this till's token: only registering again helps."""
        return self.registered and self.last_error.startswith(TOKEN_INVALID)

    @property
    def authoring_elsewhere(self) -> bool:
        """Program and catalog come from head office: this till may not author them."""
        return self.chain_role == JOINED

    def offline(self, now: datetime, after: timedelta) -> bool:
        """Whether sales here count as offline: a registered till that has not synced for
        ``after``. A shop's only till, never registered, has no server to be cut off from."""
        if not self.registered:
            return False
        return self.last_sync_at is None or now - self.last_sync_at > after

    def clock_off(self) -> bool:
        return self.clock_skew_ms is not None and abs(self.clock_skew_ms) > CLOCK_SKEW_WARNING / timedelta(milliseconds=1)


def _when(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        at = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None  # a value this release cannot read counts as never, which errs towards offline
    return at if at.tzinfo is not None else None


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text else None
    except ValueError:
        return None


def read_link(values: dict[str, str]) -> SyncLink:
    return SyncLink(
        registered=bool(values.get(TERMINAL_TOKEN)) and bool(values.get(SERVER_URL)),
        server_url=values.get(SERVER_URL, ""),
        terminal_id=values.get(TERMINAL_ID, ""),
        chain_role=values.get(CHAIN_ROLE, ""),
        last_sync_at=_when(values.get(LAST_SYNC_AT)),
        last_attempt_at=_when(values.get(LAST_ATTEMPT_AT)),
        last_error=values.get(LAST_ERROR, ""),
        clock_skew_ms=_int(values.get(CLOCK_SKEW_MS)),
    )
