"""The refusal every printing path raises when its printer cannot be reached."""

from __future__ import annotations

from loyalty_pos.domain.errors import LoyaltyError


class PrinterUnavailable(LoyaltyError):
    """The printer is missing, off, unplugged or unknown to the system.

    The sale is already committed when a receipt fails to print, so this is a
    message for the cashier (check the printer, then reprint), never a rollback.
    """

    code = "printer_unavailable"
    template = "Printer {printer} is not available: {reason}. Check that it is on and connected, then reprint."
