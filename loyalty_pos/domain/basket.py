"""What is being sold: products, basket lines, the basket."""

from __future__ import annotations

from dataclasses import dataclass

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.limits import (
    MAX_LINE_MINOR,
    MAX_SALE_MINOR,
    check_amount,
    check_quantity,
)
from loyalty_pos.domain.money import Money


@dataclass(frozen=True, slots=True)
class Product:
    code: str  # the shop's SKU; also what a product barcode carries
    name: str
    category: str
    unit_price: int  # minor units, as shelf-priced (see Basket.prices_include_tax)
    currency: str
    tax_rate_bp: int = 0  # basis points: 2500 = 25 % VAT
    barcode: str | None = None
    active: bool = True

    def __post_init__(self) -> None:
        if not self.code.strip():
            raise ValidationError(code="product_code_required", template="A product needs a code")
        if self.unit_price < 0:
            raise ValidationError(code="bad_price", template="A price cannot be negative")
        if not 0 <= self.tax_rate_bp <= 10_000:
            raise ValidationError(code="bad_tax_rate", template="Tax rate must be 0-100 %")


@dataclass(frozen=True, slots=True)
class BasketLine:
    line_no: int
    product_code: str
    name: str
    category: str
    unit_price: int  # minor units
    quantity: int
    tax_rate_bp: int = 0
    manual_discount: int = 0  # minor units off this line, approved by a manager

    def __post_init__(self) -> None:
        check_quantity(self.quantity, what=f"The quantity of {self.name}")
        if self.unit_price < 0:
            raise ValidationError(code="bad_price", template="A price cannot be negative")
        check_amount(self.unit_price, what=f"The price of {self.name}", maximum=MAX_LINE_MINOR)
        check_amount(self.gross, what=f"The line total of {self.name}", maximum=MAX_LINE_MINOR)
        check_amount(self.manual_discount, what=f"The discount on {self.name}", maximum=MAX_LINE_MINOR)
        if not 0 <= self.manual_discount <= self.gross:
            raise ValidationError(
                code="bad_discount", template="A discount must be between 0 and the line total"
            )

    @property
    def gross(self) -> int:
        return self.unit_price * self.quantity

    @classmethod
    def of(cls, line_no: int, product: Product, quantity: int = 1, manual_discount: int = 0) -> BasketLine:
        return cls(
            line_no=line_no,
            product_code=product.code,
            name=product.name,
            category=product.category,
            unit_price=product.unit_price,
            quantity=quantity,
            tax_rate_bp=product.tax_rate_bp,
            manual_discount=manual_discount,
        )


@dataclass(frozen=True, slots=True)
class Basket:
    currency: str
    lines: tuple[BasketLine, ...]
    prices_include_tax: bool = True  # Nordic/Asian retail shelf prices include VAT

    def __post_init__(self) -> None:
        numbers = [line.line_no for line in self.lines]
        if len(set(numbers)) != len(numbers):
            raise ValidationError(detail="basket line numbers must be unique")
        check_amount(sum(line.gross for line in self.lines), what="The sale's total", maximum=MAX_SALE_MINOR)

    @property
    def gross(self) -> Money:
        return Money(sum(line.gross for line in self.lines), self.currency)


@dataclass(frozen=True, slots=True)
class PricedLine:
    """A basket line after discounts: what earning, receipts and returns work from."""

    line_no: int
    product_code: str
    name: str
    category: str
    quantity: int
    unit_price: int
    tax_rate_bp: int
    gross_minor: int  # unit_price * quantity
    discount_minor: int  # manual + reward discounts allocated to this line
    points_paid_minor: int = 0  # store credit (a tender paid with points) allocated here
    points_earned: int = 0  # this line's share of the sale's earned points (returns reverse it)
    points_spent: int = 0  # this line's share of points redeemed on it (returns restore it)

    # Explicit constructors instead of dataclasses.replace: pricing rebuilds every line
    # once per reward, and replace()'s field introspection was most of its time.
    def adjusted(self, *, discount: int = 0, paid: int = 0) -> PricedLine:
        if not discount and not paid:
            return self
        return PricedLine(self.line_no, self.product_code, self.name, self.category, self.quantity,
                          self.unit_price, self.tax_rate_bp, self.gross_minor, self.discount_minor + discount,
                          self.points_paid_minor + paid, self.points_earned, self.points_spent)

    def with_points(self, *, earned: int, spent: int) -> PricedLine:
        return PricedLine(self.line_no, self.product_code, self.name, self.category, self.quantity,
                          self.unit_price, self.tax_rate_bp, self.gross_minor, self.discount_minor,
                          self.points_paid_minor, earned, spent)

    @property
    def net_minor(self) -> int:
        """What the customer is charged for this line (before tenders)."""
        return self.gross_minor - self.discount_minor

    @property
    def earnable_minor(self) -> int:
        """Net of discounts and of the part paid with points: the earning base."""
        return self.net_minor - self.points_paid_minor
