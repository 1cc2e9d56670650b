"""A cashier adds missing contact details and fixes typos alone; changing a phone, email,
birthday or name on record needs a manager's approval. Every change is audited with who,
which fields (never their values) and who approved."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import date

import pytest

from loyalty_pos.domain.approvals import ApprovalAction, ApprovalRefused
from loyalty_pos.domain.errors import PermissionDenied
from loyalty_pos.domain.members import Member
from loyalty_pos.services.members.membership import (
    UpdateMember,
    get_member,
    update_member,
)
from tests.integration.conftest import Shop


def _edit(shop: Shop, member: Member, *, manager: bool = False, approval: str | None = None, **changes: object):  # noqa: ANN202
    values = {"name": member.name, "phone": member.phone, "email": member.email, "birthday": member.birthday,
              **changes}
    cmd = UpdateMember(member.id, values["name"], values["phone"], values["email"], values["birthday"],  # type: ignore[arg-type]
                       member.consents, approval=approval)
    return update_member(shop.uow(), cmd, actor=shop.manager if manager else shop.cashier, clock=shop.clock)


def _audit(shop: Shop) -> list[tuple[str, dict]]:
    with closing(sqlite3.connect(shop.app.config.db_path)) as db:
        rows = db.execute("SELECT actor, details FROM audit_log WHERE action = 'member_updated' ORDER BY seq")
        return [(actor, json.loads(details)) for actor, details in rows]


def test_a_cashier_adds_missing_details_and_fixes_a_typo_alone(shop: Shop) -> None:
    member = shop.enrol("Ada Lovlace")
    updated = _edit(shop, member, name="Ada Lovelace", phone="98765432", email="ada@example.com",
                    birthday=date(1990, 12, 10))
    assert (updated.name, updated.phone, updated.email) == ("Ada Lovelace", "+4798765432", "ada@example.com")
    ((actor, details),) = _audit(shop)
    assert actor == "cashier" and details["member_id"] == member.id and details["approved_by"] is None
    assert details["changed"] == ["name", "phone", "email", "birthday"]
    assert "ada@example.com" not in json.dumps(details) and "Lovelace" not in json.dumps(details)


@pytest.mark.parametrize("changes", [
    {"phone": "+4791111111"}, {"phone": None}, {"email": "thief@example.com"}, {"email": None},
    {"birthday": date(1991, 1, 1)}, {"name": "Bo Ek"},
])
def test_a_cashier_may_not_change_what_is_on_record_alone(shop: Shop, changes: dict) -> None:
    member = shop.enrol("Ada Lovelace", phone="98765432", email="ada@example.com", birthday=date(1990, 12, 10))
    with pytest.raises(PermissionDenied) as refused:
        _edit(shop, member, **changes)
    assert refused.value.code == "member_change_needs_manager"
    assert next(iter(changes)) in refused.value.message
    assert get_member(shop.uow(readonly=True), member.id) == member
    assert _audit(shop) == []


def test_a_managers_approval_lets_a_cashier_change_a_phone_once(shop: Shop) -> None:
    member = shop.enrol("Ada Lovelace", phone="98765432")
    other = shop.enrol("Bo Ek")
    with pytest.raises(ApprovalRefused):
        _edit(shop, member, phone="91111111", approval=shop.approve(ApprovalAction.MEMBER_DETAILS, 0, other.id))
    approval = shop.approve(ApprovalAction.MEMBER_DETAILS, 0, member.id)
    updated = _edit(shop, member, phone="91111111", approval=approval)
    assert updated.phone == "+4791111111"
    ((actor, details),) = _audit(shop)
    assert (actor, details["changed"], details["approved_by"]) == ("cashier", ["phone"], "manager")
    with pytest.raises(ApprovalRefused):  # used up
        _edit(shop, updated, phone="92222222", approval=approval)
    assert get_member(shop.uow(readonly=True), member.id).phone == "+4791111111"


def test_a_manager_changes_anything_without_an_approval(shop: Shop) -> None:
    member = shop.enrol("Ada Lovelace", phone="98765432")
    updated = _edit(shop, member, manager=True, name="Bo Ek", phone=None)
    assert (updated.name, updated.phone) == ("Bo Ek", None)
    ((actor, details),) = _audit(shop)
    assert actor == "manager" and details["changed"] == ["name", "phone"]
