"""Head office's publication, both ways: what a head-office till publishes, and how
another till makes it its own (docs/SYNC_PROTOCOL.md, "What head office publishes").

The key ring is not here: keys never enter the database, so the sync round hands them
between the key file and the wire itself. A publication received is kept as pending
until the till is between sales, then applied in one unit of work: a sale never sees
half a program or a catalog from two versions.
"""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import datetime
from typing import Any

from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.events import HeadOfficeApplied, StaffCreated
from loyalty_pos.domain.program_codec import program_from_dict, program_to_dict
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import StaffRecord, UnitOfWork

# The chain-wide settings (sync/publication.py validates with these): a till's own printer, scanner, till mode and backups never travel.
PROFILE_KEYS = ("shop_name", "shop_address", "country", "language", "timezone", "currency", "prices_include_tax",
                "receipt_header", "receipt_footer", "return_approval_minor", "shop_logo_png")
PUBLISHED_VERSION = "published_version"  # sync_state: the publication applied here
PENDING = "published_pending"  # sync_state: a publication received, waiting to be between sales
HEAD_OFFICE_ACTOR = "head-office"
_PAGE = 500


class NothingPublished(LoyaltyError):
    code = "nothing_published"
    template = "This till has no published program to send: publish a program first (Manager > Program)."


def publication_of(uow: UnitOfWork) -> dict[str, Any]:
    """What a head-office till publishes, without its key ring (the round adds it)."""
    with uow:
        program = uow.program.published()
        if program is None:
            raise NothingPublished()
        profile = {key: value for key in PROFILE_KEYS if (value := uow.settings.get(key)) is not None}
        staff = [{"username": s.username, "display_name": s.display_name, "role": str(s.role),
                  "pin_hash": s.pin_hash, "active": s.active} for s in uow.staff.all()]
        products = [_product_dict(product) for product in _all_products(uow)]
        categories = uow.products.categories()
    program_data = program_to_dict(replace(program, version=0))  # version numbers are each till's own
    return {"schema_version": 1, "profile": profile, "staff": staff, "program": program_data,
            "catalog": {"categories": categories, "products": products}}


def applied_version(uow: UnitOfWork) -> int:
    with uow:
        return int(uow.sync_state.get(PUBLISHED_VERSION) or 0)


def known_version(uow: UnitOfWork) -> int:
    """The newest publication this till holds, applied or pending: the server sends only a newer one."""
    with uow:
        pending = uow.sync_state.get(PENDING)
        applied = int(uow.sync_state.get(PUBLISHED_VERSION) or 0)
    return max(applied, int(json.loads(pending)["version"])) if pending else applied


def keep_pending(uow: UnitOfWork, version: int, document: dict[str, Any], *, clock: Clock) -> bool:
    """Keep a publication newer than the one applied (``document`` without its key ring)
    to apply between sales; False when it is not newer."""
    with uow:
        if version <= int(uow.sync_state.get(PUBLISHED_VERSION) or 0):
            return False
        body = {key: value for key, value in document.items() if key != "key_ring"}
        uow.sync_state.set(PENDING, json.dumps({"version": version, "document": body}, separators=(",", ":")),
                           clock.now())
        uow.commit()
    return True


def has_pending(uow: UnitOfWork) -> bool:
    with uow:
        return uow.sync_state.get(PENDING) is not None


def apply_pending(uow: UnitOfWork, *, terminal_id: str, clock: Clock) -> HeadOfficeApplied | None:
    """Make the pending publication this till's, all of it or nothing; None when none waits.
    The caller is between sales (the background worker waits for it; the command line is)."""
    now = clock.now()
    with uow:
        text = uow.sync_state.get(PENDING)
        if text is None:
            return None
        held = json.loads(text)
        version, document = int(held["version"]), held["document"]
        program = program_from_dict(document["program"])  # a ValidationError here leaves everything as it was
        for key, value in document["profile"].items():
            if key in PROFILE_KEYS and uow.settings.get(key) != value:
                uow.settings.set(key, value)
        actor = Actor(HEAD_OFFICE_ACTOR, Role.MANAGER, terminal_id)
        staff = _apply_staff(uow, document["staff"], actor, now)
        products = _apply_catalog(uow, document["catalog"])
        current = uow.program.published()
        published_version = None
        if current is None or program_to_dict(replace(current, version=0)) != program_to_dict(program):
            uow.program.save_draft(program, actor=HEAD_OFFICE_ACTOR, at=now)
            published_version = uow.program.publish(actor=HEAD_OFFICE_ACTOR, at=now).version
        event = HeadOfficeApplied(version=version, program_version=published_version, staff=staff, products=products)
        record(uow, actor, event, now)
        uow.sync_state.set(PUBLISHED_VERSION, str(version), now)
        uow.sync_state.clear(PENDING)
        uow.commit()
    return event


def _apply_staff(uow: UnitOfWork, staff: list[dict[str, Any]], actor: Actor, now: datetime) -> int:
    changed = 0
    for account in staff:
        held = uow.staff.get(account["username"])
        role = Role(account["role"])
        if held is None or held.role is not role:
            # The chained record ``check`` holds every account and its role to.
            record(uow, actor, StaffCreated(username=account["username"], role=role), now)
        if held is None:
            uow.staff.put(StaffRecord(account["username"], account["display_name"], role, account["pin_hash"],
                                      account["active"], 0, None))
        elif (held.display_name, held.role, held.pin_hash, held.active) != (
                account["display_name"], role, account["pin_hash"], account["active"]):
            # The lock-out counters are this till's own: a PIN mistyped here is not head office's.
            uow.staff.put(replace(held, display_name=account["display_name"], role=role,
                                  pin_hash=account["pin_hash"], active=account["active"]))
        else:
            continue
        changed += 1
    return changed


def _apply_catalog(uow: UnitOfWork, catalog: dict[str, Any]) -> int:
    for category in catalog["categories"]:
        uow.products.add_category(category)
    published = {data["code"]: Product(**data) for data in catalog["products"]}
    changed = 0
    for product in _all_products(uow):
        wanted = published.pop(product.code, None)
        if wanted is None:
            if product.active:  # deactivated, never deleted: old sales still name it
                uow.products.upsert(replace(product, active=False))
                changed += 1
        elif wanted != product:
            uow.products.upsert(wanted)
            changed += 1
    for product in published.values():
        uow.products.upsert(product)
        changed += 1
    return changed


def _all_products(uow: UnitOfWork) -> list[Product]:
    found: list[Product] = []
    cursor: str | None = None
    while True:
        page = uow.products.search("", cursor=cursor, limit=_PAGE)
        found.extend(page.rows)
        if page.next_cursor is None:
            return found
        cursor = page.next_cursor


def _product_dict(product: Product) -> dict[str, Any]:
    return asdict(product)
