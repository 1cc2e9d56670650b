"""Head office's publication (docs/SYNC_PROTOCOL.md, "What head office publishes"): one
pydantic model both sides validate with, so a document the till would refuse is already
a 422 at the server, and one the server took cannot surprise a till."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.program_codec import program_from_dict
from loyalty_pos.domain.roles import Role
from loyalty_pos.services.shop.head_office import PROFILE_KEYS
from loyalty_pos.sync.errors import SyncError

_KEY_B64 = r"^[A-Za-z0-9+/]{43}=$"  # 32 bytes


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PublishedStaff(_Strict):
    username: str = Field(min_length=1, max_length=64)
    display_name: str = Field(min_length=1, max_length=120)
    role: str = Field(pattern=r"^[a-z_]{1,32}$")
    pin_hash: str = Field(min_length=16, max_length=512)  # a hash; a PIN would be 4-12 digits
    active: bool


class PublishedProduct(_Strict):
    code: str = Field(min_length=1, max_length=64)
    name: str = Field(max_length=200)
    category: str = Field(max_length=100)
    unit_price: int = Field(ge=0, le=10**12)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    tax_rate_bp: int = Field(ge=0, le=10_000)
    barcode: str | None = Field(default=None, max_length=64)
    active: bool = True


class PublishedCatalog(_Strict):
    categories: list[str] = Field(max_length=10_000)
    products: list[PublishedProduct] = Field(max_length=50_000)


class Publication(_Strict):
    schema_version: int = Field(ge=1, le=1)
    profile: dict[str, str]
    key_ring: list[str] = Field(min_length=1, max_length=64)
    staff: list[PublishedStaff] = Field(min_length=1, max_length=1_000)
    program: dict[str, Any]
    catalog: PublishedCatalog

    @model_validator(mode="after")
    def _known_parts(self) -> Publication:
        unknown = sorted(set(self.profile) - set(PROFILE_KEYS))
        if unknown:
            raise ValueError(f"profile: {unknown[0]!r} is not a chain-wide setting")
        if not all(re.fullmatch(_KEY_B64, key) for key in self.key_ring):
            raise ValueError("key_ring: each key is 32 bytes in base64")
        # What the till would refuse when applying it is refused here, before it is stored
        # or kept: a till must never hold a publication it cannot apply.
        try:
            program_from_dict(self.program)
            for product in self.catalog.products:
                Product(**product.model_dump())
            for account in self.staff:
                Role(account.role)
        except LoyaltyError as error:
            raise ValueError(error.message) from None
        except (TypeError, KeyError, ValueError) as error:  # a shape the domain's classes refused outright
            raise ValueError(f"not a program, product or role this till can use: {error}") from None
        return self


class PublicationInvalid(SyncError):
    code = "publication_invalid"


def checked(document: Any) -> dict[str, Any]:
    """``document`` as the model reads it, or PublicationInvalid naming the first problem."""
    try:
        return Publication.model_validate(document).model_dump()
    except (ValidationError, ValueError) as error:
        raise PublicationInvalid(template="Head office's publication cannot be used: {problem}",
                                 problem=_first(error)) from None


def _first(error: Exception) -> str:
    if isinstance(error, ValidationError) and error.errors():
        first = error.errors()[0]
        return f"{'.'.join(str(part) for part in first.get('loc', ()))}: {first.get('msg', 'not valid')}"[:300]
    return str(error)[:300]
