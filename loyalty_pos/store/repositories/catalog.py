"""Products and categories; program versions (draft -> published -> retired); reward stock."""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from dataclasses import replace
from datetime import datetime
from collections.abc import Sequence

from sqlalchemy import bindparam, delete, func, insert, or_, select, tuple_, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.chain import RecordKind
from loyalty_pos.domain.errors import Conflict, RewardUnavailable, ValidationError
from loyalty_pos.domain.program import Program
from loyalty_pos.domain.program_codec import program_from_dict, program_to_dict
from loyalty_pos.services.ports import Page
from loyalty_pos.store.chain_links import extend
from loyalty_pos.store.repositories.base import DbRow, Repository, check_limit, decode_cursor, page_of
from loyalty_pos.store.tables import categories, products, program_versions, reward_stock
from loyalty_pos.store.types import canonical_json

P, V, K = products.c, program_versions.c, reward_stock.c

_PRODUCT_COLUMNS = (P.code, P.name, P.category, P.unit_price, P.currency, P.tax_rate_bp, P.barcode, P.active)
_PRODUCT = select(*_PRODUCT_COLUMNS).where(P.code == bindparam("code"))
_BY_BARCODE = select(*_PRODUCT_COLUMNS).where(P.barcode == bindparam("barcode"))
_PRODUCTS_IN = select(*_PRODUCT_COLUMNS).where(P.code.in_(bindparam("codes", expanding=True)))
_product_upsert = sqlite_insert(products)
_UPSERT_PRODUCT = _product_upsert.on_conflict_do_update(
    index_elements=[P.code],
    set_={name: _product_upsert.excluded[name] for name in
          ("name", "category", "unit_price", "currency", "tax_rate_bp", "barcode", "active")},
)
_ADD_CATEGORY = sqlite_insert(categories).on_conflict_do_nothing(index_elements=[categories.c.name])


def _product_from(row: DbRow) -> Product:
    return Product(row.code, row.name, row.category, row.unit_price, row.currency, row.tax_rate_bp, row.barcode,
                   bool(row.active))


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class SqlProducts(Repository):
    def get(self, code: str) -> Product | None:
        row = self._db.execute(_PRODUCT, {"code": code}).first()
        return None if row is None else _product_from(row)

    def get_many(self, codes: Sequence[str]) -> dict[str, Product]:
        """One query for a whole basket's products (unknown codes are simply absent)."""
        if not codes:
            return {}
        rows = self._db.execute(_PRODUCTS_IN, {"codes": list(dict.fromkeys(codes))})
        return {row.code: _product_from(row) for row in rows}

    def by_barcode(self, barcode: str) -> Product | None:
        row = self._db.execute(_BY_BARCODE, {"barcode": barcode}).first()
        return None if row is None else _product_from(row)

    def upsert(self, product: Product) -> None:
        self._db.execute(_ADD_CATEGORY, {"name": product.category})
        self._db.execute(_UPSERT_PRODUCT, {
            "code": product.code, "name": product.name, "category": product.category,
            "unit_price": product.unit_price, "currency": product.currency, "tax_rate_bp": product.tax_rate_bp,
            "barcode": product.barcode, "active": product.active,
        })

    def search(self, text: str, *, cursor: str | None, limit: int) -> Page[Product]:
        """Name or code containing ``text`` (any case), or the exact barcode; by name.
        A shop lists hundreds of products, not millions: a scan of the table is fine."""
        check_limit(limit)
        query = select(*_PRODUCT_COLUMNS)
        needle = text.strip()
        if needle:
            pattern = _like_pattern(needle)
            query = query.where(or_(
                P.name.ilike(pattern, escape="\\"), P.code.ilike(pattern, escape="\\"), P.barcode == needle
            ))
        if cursor:
            name, code = decode_cursor(cursor, "products", 2)
            query = query.where(tuple_(P.name, P.code) > tuple_(name, code))
        rows = list(self._db.execute(query.order_by(P.name, P.code).limit(limit + 1)))
        return page_of(rows, limit, "products", lambda row: (row.name, row.code), _product_from)

    def set_currency(self, currency: str) -> int:
        return int(self._db.execute(update(products).where(P.currency != currency).values(currency=currency))
                   .rowcount)

    def categories(self) -> list[str]:
        """Every category a product was ever saved in, plus any the seed added, by name."""
        return list(self._db.execute(select(categories.c.name).order_by(categories.c.name)).scalars())

    def category_counts(self) -> list[tuple[str, int]]:
        """Every category with how many products (active or not) name it, by name."""
        used = func.count(P.code)
        query = (
            select(categories.c.name, used)
            .select_from(categories.outerjoin(products, P.category == categories.c.name))
            .group_by(categories.c.name)
            .order_by(categories.c.name)
        )
        return [(row[0], int(row[1])) for row in self._db.execute(query)]

    def add_category(self, name: str) -> bool:
        return self._db.execute(_ADD_CATEGORY, {"name": name}).rowcount > 0

    def remove_category(self, name: str) -> bool:
        return self._db.execute(delete(categories).where(categories.c.name == name)).rowcount > 0


class _ProgramCache:
    """Parsed programs by document text: the till reads the published program on every
    sale, and parsing the JSON each time would be most of a checkout's CPU. Keyed by
    the text itself, so another database file or a re-saved draft can never hit a
    stale entry."""

    def __init__(self, size: int = 8) -> None:
        self._size = size
        self._items: OrderedDict[str, Program] = OrderedDict()
        self._lock = threading.Lock()  # GUI worker threads share it

    def parse(self, document: str) -> Program:
        with self._lock:
            found = self._items.get(document)
            if found is not None:
                self._items.move_to_end(document)
                return found
        parsed = program_from_dict(json.loads(document))
        with self._lock:
            self._items[document] = parsed
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return parsed


_PROGRAMS = _ProgramCache()
_WITH_STATUS = select(V.version, V.document).where(V.status == bindparam("status"))
_EVER_PUBLISHED = select(V.version, V.document).where(V.status.in_(("published", "retired")),
                                                      V.published_at.is_not(None))
_IN_FORCE = _EVER_PUBLISHED.where(V.published_at <= bindparam("at", type_=V.published_at.type)).order_by(
    V.published_at.desc(), V.version.desc()).limit(1)
_FIRST_PUBLISHED = _EVER_PUBLISHED.order_by(V.published_at, V.version).limit(1)
_STOCK = select(K.remaining).where(K.reward_id == bindparam("reward_id"))
_PUT_BACK = (
    update(reward_stock)
    .where(K.reward_id == bindparam("b_reward_id"))
    .values(remaining=K.remaining + bindparam("quantity"))
)
_TAKE = (
    update(reward_stock)
    .where(K.reward_id == bindparam("b_reward_id"), K.remaining >= bindparam("quantity"))
    .values(remaining=K.remaining - bindparam("quantity"))
)


class SqlProgram(Repository):
    def _load(self, status: str) -> Program | None:
        row = self._db.execute(_WITH_STATUS, {"status": status}).first()
        if row is None:
            return None
        program = _PROGRAMS.parse(row.document)
        return program if program.version == row.version else replace(program, version=row.version)

    def published(self) -> Program | None:
        return self._load("published")

    def draft(self) -> Program | None:
        return self._load("draft")

    def in_force_at(self, at: datetime) -> Program | None:
        """The version published last before ``at``; before the first publish, the first version."""
        row = self._db.execute(_IN_FORCE, {"at": at}).first() or self._db.execute(_FIRST_PUBLISHED).first()
        if row is None:
            return None
        program = _PROGRAMS.parse(row.document)
        return program if program.version == row.version else replace(program, version=row.version)

    def save_draft(self, program: Program, *, actor: str, at: datetime) -> None:
        """Replace the draft, or start one numbered after every version so far."""
        current = self._db.execute(select(V.version).where(V.status == "draft")).scalar_one_or_none()
        if current is None:
            latest = self._db.execute(select(func.max(V.version))).scalar_one()
            version = (latest or 0) + 1
        else:
            version = current
        document = canonical_json(program_to_dict(replace(program, version=version)))
        if current is None:
            self._db.execute(insert(program_versions), {
                "version": version, "status": "draft", "document": document, "saved_by": actor, "saved_at": at,
            })
        else:
            self._db.execute(
                update(program_versions).where(V.version == version)
                .values(document=document, saved_by=actor, saved_at=at)
            )

    def discard_draft(self) -> Program | None:
        """Drop the draft (its version number is never published); returns what was dropped."""
        dropped = self._load("draft")
        if dropped is not None:
            self._db.execute(delete(program_versions).where(V.status == "draft"))
        return dropped

    def publish(self, *, actor: str, at: datetime) -> Program:
        """The draft becomes the published version; the one before it is retired.
        Reward stock follows the manager's change: raising a reward's stock from 10 to
        15 adds 5 to what is left, it does not reset the count."""
        draft = self._db.execute(select(V.version, V.document).where(V.status == "draft")).first()
        if draft is None:
            raise Conflict(code="no_draft", template="There is no draft program to publish")
        program = self._load("draft")
        assert program is not None
        self._db.execute(update(program_versions).where(V.status == "published").values(status="retired"))
        self._db.execute(
            update(program_versions).where(V.version == draft.version)
            .values(status="published", published_by=actor, published_at=at)
        )
        extend(self._db, RecordKind.PROGRAM, [draft.version])  # a published version is history from now on
        self._sync_stock(program)
        return program

    def _sync_stock(self, program: Program) -> None:
        limited = {reward.id: reward.stock for reward in program.rewards if reward.stock is not None}
        existing = {row.reward_id: row for row in self._db.execute(select(K.reward_id, K.remaining, K.configured))}
        for reward_id in existing.keys() - limited.keys():
            self._db.execute(delete(reward_stock).where(K.reward_id == reward_id))
        for reward_id, stock in limited.items():
            before = existing.get(reward_id)
            if before is None:
                self._db.execute(insert(reward_stock), {"reward_id": reward_id, "remaining": stock,
                                                        "configured": stock})
            elif before.configured != stock:
                remaining = max(0, before.remaining + stock - before.configured)
                self._db.execute(update(reward_stock).where(K.reward_id == reward_id)
                                 .values(remaining=remaining, configured=stock))

    def set_currency(self, currency: str) -> int:
        """Each version's document rewritten in place: the shop's only departure from
        immutable versions, allowed while no sale was ever priced under any of them."""
        rewritten = 0
        for version, document in list(self._db.execute(select(V.version, V.document))):
            program = _PROGRAMS.parse(document)
            if program.currency == currency:
                continue
            changed = canonical_json(program_to_dict(replace(program, currency=currency)))
            self._db.execute(update(program_versions).where(V.version == version).values(document=changed))
            rewritten += 1
        return rewritten

    def stock_left(self, reward_id: str) -> int | None:
        """None when the reward has no stock limit."""
        value = self._db.execute(_STOCK, {"reward_id": reward_id}).scalar_one_or_none()
        return None if value is None else int(value)

    def put_back_stock(self, reward_id: str, quantity: int) -> None:
        if quantity <= 0:
            raise ValidationError(code="bad_quantity", template="Put back at least 1")
        self._db.execute(_PUT_BACK, {"b_reward_id": reward_id, "quantity": quantity})

    def take_stock(self, reward_id: str, quantity: int) -> None:
        if quantity <= 0:
            raise ValidationError(code="bad_quantity", template="Take at least 1 from stock")
        taken = self._db.execute(_TAKE, {"b_reward_id": reward_id, "quantity": quantity}).rowcount
        if taken == 0:
            left = self.stock_left(reward_id)
            if left is not None:
                raise RewardUnavailable(template="Reward {reward} is not available: only {left} left in stock.",
                                        reward=reward_id, left=left)
