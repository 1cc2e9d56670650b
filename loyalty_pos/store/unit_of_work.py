"""One SQLite transaction per ``with uow:`` block (services.ports.UnitOfWork).

A writer begins with ``BEGIN IMMEDIATE`` (the write lock is taken before the
first read, so what it reads cannot change before it writes); a reader begins a
plain deferred transaction — one consistent snapshot under WAL, never blocking
the till — and runs with ``query_only`` so a write by mistake fails loudly.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Connection, Engine, RootTransaction

from loyalty_pos.domain.changes import Changes
from loyalty_pos.services.ports import (
    ApprovalRepository,
    AuditLog,
    BalanceRepository,
    CardRepository,
    ChainSnapshotLoad,
    ConsentLog,
    DonationRepository,
    GiftCardRepository,
    CountingRepository,
    IntegrityReads,
    LookupRepository,
    LedgerRepository,
    MemberRepository,
    Outbox,
    PrizeStore,
    ProductRepository,
    ProgramRepository,
    ReferralRepository,
    ReportQueries,
    SaleRepository,
    Settings,
    StaffRepository,
    SyncState,
)
from loyalty_pos.store.chain_links import CHAIN_EXTENDED, forget_head
from loyalty_pos.store.chain_links import head as chain_head
from loyalty_pos.store.engine import BEGIN_OPTION
from loyalty_pos.store.errors import StoreError
from loyalty_pos.store.head_file_keeper import HeadFileKeeper
from loyalty_pos.store.repositories.approvals import SqlApprovals
from loyalty_pos.store.repositories.referrals import SqlReferrals
from loyalty_pos.store.repositories.audit import SqlAudit
from loyalty_pos.store.repositories.catalog import SqlProducts, SqlProgram
from loyalty_pos.store.repositories.chain_snapshot import SqlChainSnapshot
from loyalty_pos.store.repositories.consents import SqlConsents
from loyalty_pos.store.repositories.donations import SqlDonations
from loyalty_pos.store.repositories.gift_cards import SqlGiftCards
from loyalty_pos.store.repositories.counting import SqlCounting
from loyalty_pos.store.repositories.integrity import SqlIntegrity
from loyalty_pos.store.repositories.ledger import SqlBalances, SqlLedger
from loyalty_pos.store.repositories.lookups import SqlLookups
from loyalty_pos.store.repositories.members import SqlCards, SqlMembers
from loyalty_pos.store.repositories.outbox import SqlOutbox
from loyalty_pos.store.repositories.prizes import SqlPrizes
from loyalty_pos.store.repositories.reports import SqlReports
from loyalty_pos.store.repositories.sales import SqlSales
from loyalty_pos.store.repositories.settings import SqlSettings
from loyalty_pos.store.repositories.staff import SqlStaff
from loyalty_pos.store.repositories.sync_state import SqlSyncState


class SqlUnitOfWork:
    """Entered again after it was left, it starts a fresh transaction; entered while
    already inside, it joins the running one (only the outermost block ends it)."""

    def __init__(self, engine: Engine, *, readonly: bool = False, head_file: HeadFileKeeper | None = None) -> None:
        self._engine = engine
        database = engine.url.database
        # Without a keeper of the shop's (store/shop_database.py) the file is written at each commit.
        self._head_file = head_file or HeadFileKeeper(Path(database) if database else None)
        self.readonly = readonly
        self._connection: Connection | None = None
        self._transaction: RootTransaction | None = None
        self._depth = 0
        self.changes = Changes.NONE
        self._uncommitted = Changes.NONE
        self.members: MemberRepository = SqlMembers(self)
        self.cards: CardRepository = SqlCards(self)
        self.ledger: LedgerRepository = SqlLedger(self)
        self.balances: BalanceRepository = SqlBalances(self)
        self.sales: SaleRepository = SqlSales(self)
        self.products: ProductRepository = SqlProducts(self)
        self.program: ProgramRepository = SqlProgram(self)
        self.staff: StaffRepository = SqlStaff(self)
        self.consents: ConsentLog = SqlConsents(self)
        self.audit: AuditLog = SqlAudit(self)
        self.outbox: Outbox = SqlOutbox(self)
        self.sync_state: SyncState = SqlSyncState(self)
        self.chain_snapshot: ChainSnapshotLoad = SqlChainSnapshot(self)
        self.settings: Settings = SqlSettings(self)
        self.reports: ReportQueries = SqlReports(self)
        self.approvals: ApprovalRepository = SqlApprovals(self)
        self.integrity: IntegrityReads = SqlIntegrity(self)
        self.lookups: LookupRepository = SqlLookups(self)
        self.referrals: ReferralRepository = SqlReferrals(self)
        self.gift_cards: GiftCardRepository = SqlGiftCards(self)
        self.donations: DonationRepository = SqlDonations(self)
        self.prizes: PrizeStore = SqlPrizes(self)
        self.counting: CountingRepository = SqlCounting(self)

    @property
    def connection(self) -> Connection:
        if self._connection is None:
            raise StoreError(code="unit_of_work_outside_with",
                             template="The database refused the operation: the unit of work is used outside its 'with' "
                                      "block.")
        return self._connection

    def __enter__(self) -> SqlUnitOfWork:
        if self._depth == 0:
            connection = self._engine.connect()
            try:
                connection.execution_options(**{BEGIN_OPTION: "DEFERRED" if self.readonly else "IMMEDIATE"})
                if self.readonly:
                    # Outside a transaction on purpose: this PRAGMA is per connection.
                    connection.connection.driver_connection.execute("PRAGMA query_only = ON")  # type: ignore[union-attr]
                self._transaction = connection.begin()
            except BaseException:
                self._release(connection)
                raise
            self._connection = connection
        self._depth += 1
        return self

    def __exit__(self, *exc: object) -> None:
        self._depth -= 1
        if self._depth > 0:
            return
        self._uncommitted = Changes.NONE
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.info.pop(CHAIN_EXTENDED, None)
            forget_head(connection)
        self._transaction = None
        if connection is not None:
            try:
                if connection.in_transaction():
                    connection.rollback()  # nothing half-saved: uncommitted work is discarded
            finally:
                self._release(connection)

    def _release(self, connection: Connection) -> None:
        try:
            if self.readonly and not connection.invalidated:
                connection.connection.driver_connection.execute("PRAGMA query_only = OFF")  # type: ignore[union-attr]
        finally:
            connection.close()

    def commit(self) -> None:
        """Durable when this returns (WAL + synchronous=FULL). Work after a commit in the
        same block runs in a new transaction."""
        connection = self.connection
        # Read inside the transaction: after the commit another writer may already have moved it.
        new_head = chain_head(connection) if connection.info.pop(CHAIN_EXTENDED, False) else None
        connection.commit()
        if new_head is not None:
            self._head_file.committed(new_head)
        self.changes |= self._uncommitted
        self._uncommitted = Changes.NONE

    def rollback(self) -> None:
        self.connection.info.pop(CHAIN_EXTENDED, None)
        forget_head(self.connection)
        self.connection.rollback()
        self._uncommitted = Changes.NONE

    def note_changes(self, changes: Changes) -> None:
        # Counted once committed: a refused or rolled-back use case changed nothing.
        self._uncommitted |= changes
