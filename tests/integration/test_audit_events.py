"""Events in the real audit log and outbox: members by id only in the audit, type and
schema version stored with each, and entries of earlier releases still listed and verified."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta

from loyalty_pos.domain.approvals import ApprovalAction
from loyalty_pos.domain.events import EventType
from loyalty_pos.domain.members import Consents
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.services.members.merge import merge_members
from loyalty_pos.services.members.membership import UpdateMember, update_member
from loyalty_pos.services.shop.audit_log import AuditQuery, search_audit
from tests.integration.conftest import Shop

ADA = {"name": "Ada Lovelace", "phone": "+4791234567", "email": "ada.lovelace@example.com",
       "birthday": date(1990, 12, 10)}
ADA_NEW = {"name": "Ada King", "phone": "+4798765432", "email": "ada.king@example.com", "birthday": date(1990, 12, 11)}


def _rows(shop: Shop, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(shop.app.config.db_path) as db:
        return db.execute(sql, params).fetchall()


def _identity_texts(person: dict[str, object]) -> list[str]:
    birthday = person["birthday"]
    assert isinstance(birthday, date)
    return [str(person["name"]), *str(person["name"]).split(), str(person["phone"]), str(person["phone"])[3:],
            str(person["email"]), birthday.isoformat()]


def test_enrolling_and_updating_a_member_audits_them_by_id_only(shop: Shop) -> None:
    ada = shop.enrol(ADA["name"], ADA["phone"], email=ADA["email"], birthday=ADA["birthday"])
    twin = shop.enrol("Ada Lovelace-Twin", "+4790000000")
    update_member(shop.uow(), UpdateMember(ada.id, ADA_NEW["name"], ADA_NEW["phone"], ADA_NEW["email"],
                                           ADA_NEW["birthday"], Consents(marketing=False, data_processing=True),
                                           approval=shop.approve(ApprovalAction.MEMBER_DETAILS, 0, ada.id)),
                  actor=shop.cashier, clock=shop.clock)
    merge_members(shop.uow(), keep_id=ada.id, duplicate_id=twin.id, actor=shop.manager, clock=shop.clock)

    audited = _rows(shop, "SELECT action, details FROM audit_log")
    text = "\n".join(details for _action, details in audited)
    for value in [*_identity_texts(ADA), *_identity_texts(ADA_NEW), "Twin", "+4790000000"]:
        assert value not in text, value
    for _action, details in audited:
        assert not {"name", "phone", "email", "birthday"} & set(json.loads(details)) or _action.startswith("category")

    member_rows = {action: json.loads(details) for action, details in audited
                   if action in ("member_enrolled", "member_updated") and json.loads(details)["key"] == ada.id}
    assert member_rows["member_enrolled"]["member_id"] == ada.id
    assert member_rows["member_enrolled"]["schema_version"] == 1
    assert member_rows["member_updated"]["changed"] == ["name", "phone", "email", "birthday", "consents"]

    # The sync outbox carries what the server needs to keep the member in step.
    ((payload,),) = _rows(shop, "SELECT payload FROM outbox WHERE kind = 'member_updated'")
    queued = json.loads(payload)
    assert (queued["name"], queued["phone"], queued["schema_version"]) == (ADA_NEW["name"], ADA_NEW["phone"], 1)
    assert check_file(shop.app.config.db_path).ok


def test_the_audit_viewer_lists_old_free_form_entries_beside_events_and_filters_them(shop: Shop) -> None:
    # An entry exactly as an earlier release wrote it: the member's name in the details.
    with shop.uow() as uow:
        uow.audit.append(at=shop.clock.now() - timedelta(days=30), actor="cashier", action="member_enrolled",
                         details={"terminal": "01", "key": "old-member", "member_id": "old-member",
                                  "name": "Old Release", "phone": None, "email": None, "birthday": None,
                                  "consent_marketing": False, "consent_data_processing": True,
                                  "card": "9400000000000018", "tier": "basic"})
        uow.audit.append(at=shop.clock.now() - timedelta(days=30), actor="cashier", action="note_made",
                         details={"terminal": "01", "key": "x"})  # an action no event has any more
        uow.commit()
    new = shop.enrol("Ny Medlem", "+4791111111")

    query = AuditQuery(action=EventType.MEMBER_ENROLLED)
    rows = search_audit(shop.uow(readonly=True), query, actor=shop.manager, cursor=None, limit=50).rows
    assert [row.details["key"] for row in rows] == [new.id, "old-member"]
    assert rows[1].details["name"] == "Old Release"  # shown as it was written: the chain covers it
    assert all(row.action == "member_enrolled" for row in rows)
    old = search_audit(shop.uow(readonly=True), AuditQuery(action="note_made"), actor=shop.manager,
                       cursor=None, limit=5).rows
    assert [row.details["key"] for row in old] == ["x"]
    assert check_file(shop.app.config.db_path).ok  # `loyalty-pos check`: the hash chain still verifies
