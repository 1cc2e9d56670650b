"""Migration 0012 on a store the previous release made: personal data out of the audit
log and the stored receipts, every record chained once, the old audit head kept, and
the old sales still reprint and return."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

from loyalty_pos.app import open_app
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.reprint import receipt_for
from loyalty_pos.services.sale.returns import ProcessReturn, process_return
from loyalty_pos.store.chain_head_file import head_path, read_head
from loyalty_pos.store.repositories.audit import GENESIS, chain_hash
from loyalty_pos.store.types import from_micros
from tests.integration.conftest import Shop


def _as_previous_release(db_path: Path, member_id: str) -> str:
    """Turn the file into what 0009 wrote: audit entries with the member's contact data
    (hash-chained as that release chained them), receipts with the first name, no chain."""
    connection = sqlite3.connect(db_path)
    try:
        rows = connection.execute("SELECT seq, at, actor, action, details FROM audit_log ORDER BY seq").fetchall()
        prev = GENESIS
        for seq, at, actor, action, details in rows:
            parsed = json.loads(details)
            if action == "member_enrolled":
                parsed.update(name="Ada Lovelace", phone="+4791234567", email="ada@example.com",
                              birthday="1990-12-10")
            text = json.dumps(parsed, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
            digest = chain_hash(prev, seq, from_micros(at), actor, action, json.loads(text))
            connection.execute("UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                               (text, prev, digest, seq))
            prev = digest
        connection.execute("UPDATE sales SET receipt = json_set(receipt, '$.member_name', 'Ada') "
                           "WHERE member_id = ?", (member_id,))
        connection.execute("DROP TABLE chain")
        # What 0016 added (outbox event ids and stamps), as 0013 had none of it.
        connection.executescript("DROP INDEX uq_outbox_event_id; DROP INDEX ix_outbox_key; "
                                 "ALTER TABLE outbox DROP COLUMN event_id; ALTER TABLE outbox DROP COLUMN hlc; "
                                 "DROP TABLE sync_member_fields; DROP TABLE sync_parked; DELETE FROM sync_state;")
        connection.execute("ALTER TABLE members DROP COLUMN preferred_language")  # migration 0018's
        connection.executescript("ALTER TABLE staff DROP COLUMN phone; ALTER TABLE staff DROP COLUMN member_id; "
                                 "DROP TABLE member_lookups;")  # migration 0019's
        connection.executescript("DROP TABLE gift_card_entries; DROP TABLE donations;")  # migration 0021's
        connection.executescript("DROP TABLE partner_codes; DROP TABLE prize_outcomes; "  # migration 0022's
                                 "DROP TABLE giveaway_draws;")
        connection.executescript("DROP TABLE member_badges; DROP TABLE paid_memberships;")  # migration 0023's
        connection.execute("DROP TABLE referrals")  # migration 0020's
        connection.execute("UPDATE alembic_version SET version_num = '0013'")  # the revision before the chain
        connection.commit()
        return prev
    finally:
        connection.close()
        head_path(db_path).unlink(missing_ok=True)


def test_an_old_store_is_redacted_chained_and_still_returns(shop: Shop) -> None:
    member = shop.enrol("Ada Lovelace", phone="+4791234567")
    sale_id = str(uuid.uuid4())
    sold = checkout(shop.uow(), Checkout(sale_id, member.id, (SaleLineInput("DEL-SAL", 2),), tender="card"),
                    actor=shop.cashier, clock=shop.clock).receipt
    config, clock = shop.app.config, shop.clock
    shop.app.close()
    old_head = _as_previous_release(config.db_path, member.id)

    app = open_app(config, clock=clock)  # migrates 0013 -> head, after a backup
    try:
        connection = sqlite3.connect(config.db_path)
        try:
            audit = connection.execute("SELECT action, details FROM audit_log ORDER BY seq").fetchall()
            receipt_names = connection.execute("SELECT json_extract(receipt, '$.member_name') FROM sales").fetchall()
            links = connection.execute("SELECT count(*) FROM chain").fetchone()[0]
            records = connection.execute(
                "SELECT (SELECT count(*) FROM ledger) + (SELECT count(*) FROM sales) + "
                "(SELECT count(*) FROM audit_log) + "
                "(SELECT count(*) FROM program_versions WHERE published_at IS NOT NULL)").fetchone()[0]
        finally:
            connection.close()
        everything = " ".join(details for _, details in audit)
        for personal in ("Lovelace", "+4791234567", "ada@example.com", "1990-12-10"):
            assert personal not in everything
        enrolled = json.loads(next(details for action, details in audit if action == "member_enrolled"))
        assert enrolled["redacted"] == ["birthday", "email", "name", "phone"]
        assert enrolled["member_id"] == member.id
        started = json.loads(next(details for action, details in audit if action == "chain_started"))
        assert started["previous_audit_hash"] == old_head and started["entries_rewritten"] == 1
        assert receipt_names == [(None,)]
        assert links == records
        heads = read_head(config.db_path)
        assert heads is not None and heads[0].n == links
        report = check_file(config.db_path)
        assert report.ok, report.problems

        reprinted = receipt_for(app.uow(readonly=True), sold.receipt_no)
        assert reprinted.member_name == "Ada" and reprinted.total == sold.total
        returned = process_return(app.uow(), ProcessReturn(str(uuid.uuid4()), sold.receipt_no,
                                                           (ReturnLine(1, 1),), tender="card"),
                                  actor=shop.cashier, clock=clock)
        assert returned.total == -sold.total // 2
        assert check_file(config.db_path).ok
    finally:
        app.close()
