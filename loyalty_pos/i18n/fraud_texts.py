"""The English of the fraud limits' refusals (domain.fraud_limits, services.sale.fraud_checks,
the second manager on adjustments): each names the limit, its figure and what is left, so
the cashier can explain it. ``catalogue.MESSAGES`` takes them in; the other languages live
in the catalogue .ts files. Each wording is identical to its raise site's template
(tests/unit/test_refusal_catalogue.py).
"""

from __future__ import annotations

from loyalty_pos.domain import fraud_limits as limits

FRAUD_TEXTS: dict[str, str] = {
    f"error.{cls.code}": cls.template
    for cls in (limits.MemberRedeemCap, limits.TerminalRedeemCap, limits.SaleRedeemCap, limits.OwnCardRefused,
                limits.VerifyByPhone, limits.VerifyByBirthDate, limits.VerificationFailed,
                limits.VerificationImpossible, limits.SecondManagerNeeded, limits.SameManager)
} | {
    "error.redeem_limit": limits.RedeemLimitReached.template,
    "error.permission_denied.linking_a_staff_account_to_a_member":
        "Linking a staff account to a member needs the manager role.",
    "error.bad_limit": "A points limit cannot be negative",
    "error.bad_pattern_threshold": "An unusual pattern needs a threshold of 2 or more",
    "error.bad_phone_digits": "Ask for {low} to {high} digits of the phone",
    "error.bad_pattern_window": "The pattern window is from 1 minute to 24 hours",
}
