"""A chain server address's problem as the till's language says it (both forms that take one)."""

from __future__ import annotations

from loyalty_pos.gui.language import spoken_language
from loyalty_pos.i18n.catalogue import text
from loyalty_pos.services.shop.server_address import server_url_problem_code


def server_address_problem(url: str) -> str | None:
    """Why ``url`` is refused, in the till's language; None: accepted."""
    code = server_url_problem_code(url)
    return None if code is None else text(f"server_address.{code}", spoken_language())
