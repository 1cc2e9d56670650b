"""Audit log entries, newest first, one keyset page at a time."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QT_TRANSLATE_NOOP

from loyalty_pos.gui.models.paged import PagedTableModel
from loyalty_pos.services.ports import AuditRecord


class AuditColumn(enum.IntEnum):
    SEQ = 0
    WHEN = 1
    PERSON = 2
    ACTION = 3
    KEY = 4


_HEADERS = {AuditColumn.SEQ: "#", AuditColumn.WHEN: QT_TRANSLATE_NOOP("AuditModel", "When"), AuditColumn.PERSON: QT_TRANSLATE_NOOP("AuditModel", "Person"),
            AuditColumn.ACTION: QT_TRANSLATE_NOOP("AuditModel", "Action"), AuditColumn.KEY: QT_TRANSLATE_NOOP("AuditModel", "Key")}


# Every audited event (domain.events.EventType) by the word the log stores, as a manager reads it.
_ACTIONS = {
    "member_enrolled": QT_TRANSLATE_NOOP("AuditActions", "member enrolled"),
    "member_updated": QT_TRANSLATE_NOOP("AuditActions", "member updated"),
    "members_merged": QT_TRANSLATE_NOOP("AuditActions", "members merged"),
    "tier_changed": QT_TRANSLATE_NOOP("AuditActions", "tier changed"),
    "consent_changed": QT_TRANSLATE_NOOP("AuditActions", "consent changed"),
    "member_erased": QT_TRANSLATE_NOOP("AuditActions", "member erased"),
    "member_data_exported": QT_TRANSLATE_NOOP("AuditActions", "member data exported"),
    "card_issued": QT_TRANSLATE_NOOP("AuditActions", "card issued"),
    "card_blocked": QT_TRANSLATE_NOOP("AuditActions", "card blocked"),
    "cards_printed": QT_TRANSLATE_NOOP("AuditActions", "cards printed"),
    "card_key_replaced": QT_TRANSLATE_NOOP("AuditActions", "card key replaced"),
    "card_key_rotated": QT_TRANSLATE_NOOP("AuditActions", "card key rotated"),
    "card_key_imported": QT_TRANSLATE_NOOP("AuditActions", "card key imported"),
    "card_key_ring_received": QT_TRANSLATE_NOOP("AuditActions", "card key ring updated from head office"),
    "card_key_ring_refused": QT_TRANSLATE_NOOP("AuditActions", "card key ring from head office refused"),
    "points_adjusted": QT_TRANSLATE_NOOP("AuditActions", "points adjusted"),
    "points_transferred": QT_TRANSLATE_NOOP("AuditActions", "points transferred"),
    "points_expired": QT_TRANSLATE_NOOP("AuditActions", "points expired"),
    "ledger_entry": QT_TRANSLATE_NOOP("AuditActions", "ledger entry"),
    "balance_flagged": QT_TRANSLATE_NOOP("AuditActions", "balance flagged"),
    "sale_committed": QT_TRANSLATE_NOOP("AuditActions", "sale committed"),
    "return_processed": QT_TRANSLATE_NOOP("AuditActions", "return processed"),
    "product_saved": QT_TRANSLATE_NOOP("AuditActions", "product saved"),
    "product_deactivated": QT_TRANSLATE_NOOP("AuditActions", "product deactivated"),
    "products_imported": QT_TRANSLATE_NOOP("AuditActions", "products imported"),
    "category_added": QT_TRANSLATE_NOOP("AuditActions", "category added"),
    "category_removed": QT_TRANSLATE_NOOP("AuditActions", "category removed"),
    "reward_saved": QT_TRANSLATE_NOOP("AuditActions", "reward saved"),
    "reward_retired": QT_TRANSLATE_NOOP("AuditActions", "reward retired"),
    "campaign_saved": QT_TRANSLATE_NOOP("AuditActions", "campaign saved"),
    "campaign_ended": QT_TRANSLATE_NOOP("AuditActions", "campaign ended"),
    "campaign_removed": QT_TRANSLATE_NOOP("AuditActions", "campaign removed"),
    "program_earning_saved": QT_TRANSLATE_NOOP("AuditActions", "program earning saved"),
    "program_tiers_saved": QT_TRANSLATE_NOOP("AuditActions", "program tiers saved"),
    "program_price_rules_saved": QT_TRANSLATE_NOOP("AuditActions", "program price rules saved"),
    "program_expiry_saved": QT_TRANSLATE_NOOP("AuditActions", "program expiry saved"),
    "program_limits_saved": QT_TRANSLATE_NOOP("AuditActions", "program limits saved"),
    "staff_member_linked": QT_TRANSLATE_NOOP("AuditActions", "staff linked to member"),
    "program_draft_saved": QT_TRANSLATE_NOOP("AuditActions", "program draft saved"),
    "program_draft_discarded": QT_TRANSLATE_NOOP("AuditActions", "program draft discarded"),
    "program_published": QT_TRANSLATE_NOOP("AuditActions", "program published"),
    "staff_created": QT_TRANSLATE_NOOP("AuditActions", "staff created"),
    "staff_activated": QT_TRANSLATE_NOOP("AuditActions", "staff activated"),
    "staff_deactivated": QT_TRANSLATE_NOOP("AuditActions", "staff deactivated"),
    "staff_unlocked": QT_TRANSLATE_NOOP("AuditActions", "staff unlocked"),
    "pin_reset": QT_TRANSLATE_NOOP("AuditActions", "pin reset"),
    "signed_in": QT_TRANSLATE_NOOP("AuditActions", "signed in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("AuditActions", "sign in failed"),
    "approval_given": QT_TRANSLATE_NOOP("AuditActions", "approval given"),
    "approval_failed": QT_TRANSLATE_NOOP("AuditActions", "approval failed"),
    "approval_issued": QT_TRANSLATE_NOOP("AuditActions", "approval issued"),
    "settings_changed": QT_TRANSLATE_NOOP("AuditActions", "settings changed"),
    "currency_changed": QT_TRANSLATE_NOOP("AuditActions", "currency changed"),
    "shop_created": QT_TRANSLATE_NOOP("AuditActions", "shop created"),
    "recovery_failed": QT_TRANSLATE_NOOP("AuditActions", "recovery failed"),
    "access_recovered": QT_TRANSLATE_NOOP("AuditActions", "access recovered"),
    "chain_started": QT_TRANSLATE_NOOP("AuditActions", "chain started"),
    "chain_restored": QT_TRANSLATE_NOOP("AuditActions", "chain restored"),
    "head_office_applied": QT_TRANSLATE_NOOP("AuditActions", "head office's shop applied"),
    "member_action_recorded": QT_TRANSLATE_NOOP("AuditActions", "member action recorded"),
    "member_referred": QT_TRANSLATE_NOOP("AuditActions", "member referred by a friend"),
    "partner_codes_imported": QT_TRANSLATE_NOOP("AuditActions", "partner codes imported"),
    "giveaway_seed_committed": QT_TRANSLATE_NOOP("AuditActions", "giveaway seed committed"),
    "giveaway_drawn": QT_TRANSLATE_NOOP("AuditActions", "giveaway drawn"),
    "partner_codes_pooled": QT_TRANSLATE_NOOP("AuditActions", "partner codes pooled"),
    "partner_codes_leased": QT_TRANSLATE_NOOP("AuditActions", "partner codes leased"),
    "partner_code_handed_out": QT_TRANSLATE_NOOP("AuditActions", "partner code handed out"),
    "giveaway_entered": QT_TRANSLATE_NOOP("AuditActions", "giveaway entries bought"),
    "badge_earned": QT_TRANSLATE_NOOP("AuditActions", "badge earned"),
    "paid_membership_sold": QT_TRANSLATE_NOOP("AuditActions", "paid membership sold"),
    "program_segment_saved": QT_TRANSLATE_NOOP("AuditActions", "segment saved"),
    "program_segment_removed": QT_TRANSLATE_NOOP("AuditActions", "segment removed"),
    "gift_card_entry": QT_TRANSLATE_NOOP("AuditActions", "gift card money moved"),
    "charity_donated": QT_TRANSLATE_NOOP("AuditActions", "points given to charity"),
}


def action_text(action: str) -> str:
    """``staff_created`` as a manager reads it, in the till's language; an action this till
    does not know (a newer till's, in a restored log) reads as stored, underscores spaced."""
    text = _ACTIONS.get(action)
    return QCoreApplication.translate("AuditActions", text) if text else action.replace("_", " ")


class AuditModel(PagedTableModel[AuditRecord]):
    columns = AuditColumn

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():  # a long key is elided in its cell
            return self.cell(self.row(index.row()), AuditColumn(index.column()))
        return super().data(index, role)

    def header(self, column: AuditColumn) -> str:
        return QCoreApplication.translate("AuditModel", _HEADERS[column])

    def cell(self, item: AuditRecord, column: AuditColumn) -> str:
        if column is AuditColumn.SEQ:
            return str(item.seq)
        if column is AuditColumn.WHEN:
            return item.at.strftime("%Y-%m-%d %H:%M")  # in the shop's zone; seconds are in the entry's details
        if column is AuditColumn.PERSON:
            return item.actor
        if column is AuditColumn.ACTION:
            return action_text(item.action)
        return str(item.details.get("key", ""))

    def alignment(self, column: AuditColumn) -> Qt.AlignmentFlag:
        if column is AuditColumn.SEQ:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().alignment(column)
