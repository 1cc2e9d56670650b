"""Products and the program's draft/publish cycle (the till uses a version from its next sale)."""

from __future__ import annotations

from dataclasses import replace

from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.errors import Conflict, NotFound, ValidationError
from loyalty_pos.domain.events import ProductDeactivated, ProductSaved, ProgramDraftSaved, ProgramPublished
from loyalty_pos.domain.program import Program
from loyalty_pos.domain.program_codec import program_to_dict
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import Page, UnitOfWork
from loyalty_pos.services.program.authoring import require_authoring


def save_product(uow: UnitOfWork, product: Product, *, actor: Actor, clock: Clock, new: bool = False) -> Product:
    """``new``: the manager is adding a product, so a code already in the catalog is refused
    instead of silently overwriting that product."""
    actor.require_manager("Editing products")
    if not product.name.strip():
        raise ValidationError(code="product_name_required", template="A product needs a name")
    if not product.category.strip():
        raise ValidationError(code="product_category_required", template="A product needs a category")
    with uow:
        require_authoring(uow, "Editing products")
        if new and (existing := uow.products.get(product.code)) is not None:
            raise Conflict(code="product_code_in_use", template="Code {product_code} is already {name}",
                           product_code=product.code, name=existing.name)
        if product.barcode:
            holder = uow.products.by_barcode(product.barcode)
            if holder is not None and holder.code != product.code:
                raise Conflict(code="barcode_in_use", template="Barcode {barcode} is on {name}",
                               barcode=product.barcode, name=holder.name)
        uow.products.upsert(product)
        record(uow, actor, ProductSaved(product), clock.now())
        uow.commit()
    return product


def deactivate_product(uow: UnitOfWork, code: str, *, actor: Actor, clock: Clock) -> Product:
    """The till stops selling it; it stays in the catalog (old receipts and returns name it)."""
    actor.require_manager("Deactivating products")
    with uow:
        require_authoring(uow, "Deactivating products")
        product = uow.products.get(code)
        if product is None:
            raise NotFound(code="product_unknown", template="Product {key} was not found.", key=code)
        if not product.active:
            return product
        product = replace(product, active=False)
        uow.products.upsert(product)
        record(uow, actor, ProductDeactivated(product), clock.now())
        uow.commit()
    return product


def search_products(uow: UnitOfWork, text: str, *, cursor: str | None = None, limit: int = 50) -> Page[Product]:
    with uow:
        return uow.products.search(text.strip(), cursor=cursor, limit=max(1, min(limit, 200)))


def save_draft(uow: UnitOfWork, program: Program, *, actor: Actor, clock: Clock) -> None:
    actor.require_manager("Editing the loyalty program")
    with uow:
        require_authoring(uow, "Editing the loyalty program")
        uow.program.save_draft(program, actor=actor.username, at=clock.now())
        record(uow, actor, ProgramDraftSaved(), clock.now())
        uow.commit()


def publish(uow: UnitOfWork, *, actor: Actor, clock: Clock) -> Program:
    """The draft becomes the new version; the till uses it from its next sale."""
    actor.require_manager("Publishing the loyalty program")
    now = clock.now()
    with uow:
        require_authoring(uow, "Publishing the loyalty program")
        program = uow.program.publish(actor=actor.username, at=now)
        record(uow, actor, ProgramPublished(program.version, program_to_dict(program)), now)
        uow.commit()
    return program
