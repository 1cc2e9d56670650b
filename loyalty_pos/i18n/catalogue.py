"""Every text a person reads that is not drawn by a Qt widget: receipts, card sheets, the
CLI's messages and the refusals (``LoyaltyError``) the till and the CLI show.

``MESSAGES`` holds the English template of each code, with ``{named}`` placeholders.
The other languages' texts live in ``resources/i18n/catalogue_<code>.ts`` (Qt Linguist's
format, made by ``i18n.catalogue_ts.regenerate_catalogue`` so translators use the same
tools as for the screens) and are read here with ``xml.etree``: receipts print on a till
or a CLI with no QApplication.
"""

from __future__ import annotations

import logging
import string
from datetime import date, datetime
from functools import cache
from typing import Any
from xml.etree import ElementTree

from loyalty_pos.domain.check_problems import NOTES, PROBLEMS, Problem, ProblemLines
from loyalty_pos.domain.errors import FieldsInvalid, LoyaltyError
from loyalty_pos.domain.field_problems import FieldProblem
from loyalty_pos.domain.money import Money
from loyalty_pos.domain.receipt import ROUNDING_NOTES
from loyalty_pos.domain.regions import COUNTRIES, Country
from loyalty_pos.i18n.cli_help import CLI_HELP
from loyalty_pos.i18n.cli_texts import CLI_TEXTS
from loyalty_pos.i18n.prize_texts import PRIZE_CLI_TEXTS
from loyalty_pos.i18n.counting_texts import COUNTING_TEXTS
from loyalty_pos.i18n.formatting import format_date, format_money
from loyalty_pos.i18n.fraud_texts import FRAUD_TEXTS
from loyalty_pos.i18n.gift_card_texts import GIFT_CARD_TEXTS
from loyalty_pos.i18n.languages import ENGLISH, ui_language
from loyalty_pos.i18n.action_texts import ACTION_TEXTS
from loyalty_pos.i18n.points_texts import POINTS_TEXTS, REWARD_TEXTS
from loyalty_pos.i18n.price_rule_texts import PRICE_RULE_TEXTS
from loyalty_pos.i18n.refusal_texts import REFUSALS
from loyalty_pos.resources import ResourceMissing, resource_bytes

log = logging.getLogger(__name__)

CONTEXT = "catalogue"

MESSAGES: dict[str, str] = {
    # Receipts (printing/receipt_text.py); points and amounts come already formatted.
    "receipt.return": "RETURN",
    "receipt.copy": "COPY - NOT A NEW SALE",
    "receipt.training": "TRAINING — NOT A SALE",
    "receipt.test_print": "TEST PRINT - NOT A SALE",
    "receipt.number": "Receipt {number}",
    "receipt.till_cashier": "Till {till}, cashier {cashier}",
    "receipt.return_of": "Return of receipt {number}",
    "receipt.register_receipt": "Register receipt {number}",
    "receipt.discount": "Discount",
    "receipt.rewards_included": "Rewards (included above)",
    "receipt.reward": "Reward",
    "receipt.points_used": "{points} used",
    "receipt.subtotal": "Subtotal",
    "receipt.discounts_kept": "Discounts kept",
    "receipt.refund": "REFUND",
    "receipt.refunded_by": "Refunded by {tender}",
    "receipt.discounts": "Discounts",
    "receipt.total": "TOTAL",
    "receipt.paid_with_points": "Paid with points",
    "receipt.amount_due": "Amount due",
    "receipt.paid_by": "Paid by {tender}",
    "receipt.member": "Member {name}",
    "receipt.points_taken_back": "Points taken back",
    "receipt.points_restored": "Points restored",
    "receipt.points_earned": "Points earned",
    "receipt.points_redeemed": "Points redeemed",
    "receipt.balance": "Balance",
    "receipt.expires_one": "{points} expires on {day}",
    "receipt.expires_many": "{points} expire on {day}",
    "receipt.more_points_one": "{count} more point to {target}",
    "receipt.more_points_many": "{count} more points to {target}",
    "receipt.more_money": "{amount} more to {target}",
    "receipt.thank_you": "Thank you for shopping with us!",
    "receipt.instant_win": "Instant win: {reward}",
    **{f"receipt.rounding.{mode}": note for mode, note in ROUNDING_NOTES.items()},
    "points.one": "{count} point",
    "points.many": "{count} points",
    **POINTS_TEXTS,  # the lines that explain a sale's points, in their own module
    **REWARD_TEXTS,  # and what each redeemed reward did
    **ACTION_TEXTS,  # member actions, birthdays, referrals, win-backs: their points lines and refusals
    **GIFT_CARD_TEXTS,  # gift cards' and donations' receipt lines and refusals
    **PRICE_RULE_TEXTS,  # and what a member price or a volume step took off a line
    "tender.cash": "cash",
    "tender.card": "card",
    "tender.mobile": "mobile",
    "tender.voucher": "voucher",
    "tender.other": "other",
    # Card sheets (printing/card_face.py, printing/card_sheet.py).
    "card.loyalty_card": "Loyalty card",
    "card.sheet_footer": 'Print at 100 % (actual size), not "fit to page".  Page {page} of {pages}',
    # The CLI.
    "cli.interrupted": "interrupted",
    "cli.backup_written": "backup written to {path}",
    "cli.restored": "restored from {source}; the previous database was kept as {kept}",
    "cli.card_key_kept": "the card key file it replaced was kept as {path}",
    **CLI_TEXTS,  # the rest of the CLI's lines, in their own module
    **CLI_HELP,  # --help, the CLI's refusals of its arguments and argparse's own words
    **PRIZE_CLI_TEXTS,  # loyalty-pos giveaway
    # What check and the restore drill find (domain/check_problems.py; i18n/check_texts.py writes them).
    **{f"check.{code}": template for code, template in (PROBLEMS | NOTES).items()},
    # Refusals: the English text is the error class's template, so the same values fill it.
    "error.loyalty_error": "The operation was refused.",
    "error.not_found": "{what} {key} was not found.",
    "error.card_refused": "Card refused: {reason}.",
    "error.insufficient_points": "Needs {needed} points, member has {available}.",
    "error.reward_unavailable": "Reward {reward} is not available: {reason}.",
    "error.permission_denied": "{action} needs the {role} role.",
    "error.store_busy": "The database is busy; please try again.",
    "error.sign_in_refused": "Wrong user name or PIN.",
    "error.account_locked": "Too many wrong PINs: {username} is locked until {until}.",
    "error.no_program": "No loyalty program is published yet; a manager must publish one first.",
    "error.offline_redeem_cap": (
        "This till has not reached the chain's server lately, so a member may redeem at most {cap} points a day "
        "here ({used} already used today). Redeem less, or sync first."
    ),
    "error.receipt_already_recorded": "Receipt {ref}{register}, dated {on}, is already recorded.",
    "error.recovery_refused": "That is not this shop's recovery code; nothing was changed.",
    "error.disk_full": "The disk holding the database is full; nothing was saved. Free some space and try again.",
    "error.card_printing_cancelled": "Card printing was cancelled; no card was marked printed.",
    "error.simulation_cancelled": "The simulation was cancelled.",
    "error.unexpected_error": "Something went wrong ({detail}). Nothing was saved; please try again.",
    "error.card_sheet_unwritable": "Cannot write the card sheet {path}: {reason}.",
    "error.output_refused": "Not writing {path}: {reason}.",
    "error.setup_failed": "The shop was not set up: {reason}. Nothing was saved; please try again.",
    "error.shop_exists": "{where} already holds a shop; setup changes nothing there.",
    "error.database_too_new": "{path} was written by a newer loyalty-pos (schema {revision}); update this till first.",
    "error.corrupt_database": (
        "The database {path} is damaged ({reason}); restore it from a backup with 'loyalty-pos restore'."),
    "error.data_dir_in_use": (
        "{holder} is already running on this data directory (pid {pid} on host {host}); close it first"),
    "error.resource_missing": "The file {name} is missing from {folder}; reinstall loyalty-pos.",
    # Refusals given as a template with named values (ValidationError(code=, template=, ...));
    # a code raised with two wordings keys the second as error.<code>.<variant>.
    "error.empty_basket": "The basket is empty",
    "error.not_an_amount_product": "{product} has a price of its own",
    "error.product_inactive": "{product} is no longer sold",
    "error.currency_mismatch": "{product} is priced in {currency}",
    "error.receipt_is_a_return": "That receipt is itself a return",
    "error.nothing_to_return": "Choose at least one line to return",
    "error.unknown_line": "The sale has no line {line}",
    "error.bad_quantity": "Line {line}: return at least 1, not {quantity}",
    "error.nothing_left_to_return": "Line {line} ({product}): {left} of {bought} left to return, asked for {asked}",
    "error.member_not_active": "{name} is {status}",
    "error.member_not_active.profile": "This member is {status}: the profile cannot be edited",
    "error.reason_required": "An adjustment needs a reason",
    "error.zero_points": "An adjustment moves at least 1 point",
    "error.transfer_step": "Transfers go in steps of {step:,} points",
    "error.transfer_same_member": "Choose two different members",
    "error.bad_birthday": "Birthday is not a plausible date",
    "error.consent_required": "The member must consent to data processing to join the program",
    "error.search_too_short": "Type at least 2 characters to search",
    "error.bad_member_language": "{language!r} is not a language the till knows",
    "error.bad_phone": "{text!r} is not a phone number",
    "error.bad_email": "{text!r} is not an email address",
    "error.name_required": "A member needs a name",
    "error.name_too_long": "A name has at most {limit} characters",
    "error.bad_pin": "A PIN is 4 to 12 digits.",
    "error.bad_display_name": "A display name is at most {limit} characters.",
    "error.cannot_deactivate_self": "You cannot deactivate your own account.",
    "error.last_manager": "{username} is the last active manager; nobody could manage the shop.",
    "error.pins_differ": "The two PINs differ; type the same PIN twice.",
    "error.bad_price": "A price cannot be negative",
    "error.bad_discount": "A discount must be between 0 and the line total",
    "error.points_not_allowed": "{reward} costs a fixed {points} points; points cannot be typed",
    "error.points_below_minimum": "{reward} needs at least {minimum} points, {entered} were entered",
    # The rest of the templated refusals, kept in their own module (one entry per raise wording).
    **REFUSALS,
    **FRAUD_TEXTS,  # the fraud limits' refusals, in their own module
    **COUNTING_TEXTS,  # challenges, badges, paid membership (receipt lines and refusals)
    # Country names (setup's region page, settings, the setup summary). A table, not Qt's: QLocale
    # names a country in English (territoryToString) or in its own language (nativeTerritoryName,
    # "Deutschland" on a Norwegian till), never in the till's.
    **{f"country.{country.code}": country.name for country in COUNTRIES},
}


def country_name(country: Country, language: str) -> str:
    """``country``'s name in ``language`` (a stored tag or a file code)."""
    return text(f"country.{country.code}", language)


class UnknownMessage(KeyError):
    """A code no entry of MESSAGES has: a programming error, never shown to a shop."""


def placeholders(template: str) -> set[str]:
    return {field.split(".")[0].split("[")[0]
            for _, field, _, _ in string.Formatter().parse(template) if field}


def text(code: str, language: str, /, **values: Any) -> str:
    """The text of ``code`` in ``language`` (a stored tag or a file code), filled with ``values``.

    A language with no translation of the code (a .ts file lost or behind) prints English,
    logged, rather than nothing; so does a translation that names a value the English does
    not (a translator's slip must not stop a receipt printing). An unknown code, or a value
    the English needs and the caller did not give, raises.
    """
    try:
        english = MESSAGES[code]
    except KeyError:
        raise UnknownMessage(code) from None
    translated = translations(ui_language(language).code).get(code)
    if translated is not None:
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):
            log.warning("The %s translation of %s does not fit its values; printing English", language, code)
    return english.format(**values)


def error_key(error: LoyaltyError) -> str | None:
    """The catalogue code of a refusal: ``error.<code>``, or ``error.<code>.<variant>`` when one
    code is raised with more than one wording; None when no entry has exactly its English
    template (a refusal still given as free text, or a wording changed without its entry)."""
    # A refusal raised under a finer code than its class's (a reward refused for its reason,
    # "needs_tier") keeps its wordings among its class's variants.
    own = type(error).code
    for key in (f"error.{error.code}", *_variants(error.code),
                *((f"error.{own}", *_variants(own)) if own != error.code else ())):
        if MESSAGES.get(key) == error.template:
            return key
    return None


def _variants(code: str) -> list[str]:
    prefix = f"error.{code}."
    return [key for key in MESSAGES if key.startswith(prefix)]


def error_text(error: LoyaltyError, language: str) -> str:
    """A refusal in ``language`` when the catalogue has its text, else its own English."""
    if isinstance(error, FieldsInvalid):
        # A form's refusal is its fields' sentences: each says itself in ``language``.
        return " ".join(field_text(problem, language) for problem in error.fields.values())
    key = error_key(error)
    if key is None:
        return error.message
    # A refusal that wraps another (a start's "cannot open the shop" leads with the store's
    # refusal) reads the wrapped one in the same language, not its English message.
    values = {name: _written(value, language) for name, value in error.params.items()}
    try:
        return text(key, language, **values)
    except (KeyError, IndexError, ValueError):
        return error.message


def field_key(problem: FieldProblem) -> str | None:
    """``field.<code>`` when the catalogue has exactly the problem's English template, else None."""
    key = f"field.{problem.code}"
    return key if MESSAGES.get(key) == problem.template else None


def field_text(problem: str, language: str) -> str:
    """One field's problem in ``language``: a ``FieldProblem`` from the catalogue (a nested
    problem or refusal in its values in the same language); any other text is already the
    reader's (a GUI form's own ``tr()`` sentence) and is shown as it is."""
    if not isinstance(problem, FieldProblem):
        return str(problem)
    if problem.refusal is not None:
        return error_text(problem.refusal, language)
    key = field_key(problem)
    if key is None:
        return str(problem)
    values = {name: field_text(value, language) if isinstance(value, FieldProblem) else value
              for name, value in problem.values.items()}
    try:
        return text(key, language, **values)
    except (KeyError, IndexError, ValueError):
        return str(problem)


def _written(value: Any, language: str) -> Any:
    """A refusal's value as ``language`` writes it: amounts and days in its locale (the
    English message has them as ``str`` gives them), a wrapped refusal, check's lines and a
    sync sentence in that language; other values as they are."""
    if isinstance(value, LoyaltyError):
        return error_text(value, language)
    if isinstance(value, Money):
        return format_money(value, language)
    if isinstance(value, date) and not isinstance(value, datetime):
        return format_date(value, language)
    if isinstance(value, FieldProblem):
        return field_text(value, language)
    if isinstance(value, str):
        # Both write through this module's text(): imported when a value is written, not at load.
        from loyalty_pos.i18n.check_texts import problem_text, problems_text
        from loyalty_pos.i18n.sync_texts import SyncSentence, sync_message_text

        if isinstance(value, ProblemLines):
            return problems_text(value, language)
        if isinstance(value, Problem):
            return problem_text(value, language)
        if isinstance(value, SyncSentence):
            return sync_message_text(value, language)
    return value


@cache
def translations(code: str) -> dict[str, str]:
    """Code → translated template from ``catalogue_<code>.ts``; empty for English."""
    if code == ENGLISH.code:
        return {}
    try:
        document = resource_bytes(f"i18n/catalogue_{code}.ts")
    except ResourceMissing:
        log.warning("No catalogue for %s; its texts print in English", code)
        return {}
    return read_ts(document)


def read_ts(document: bytes) -> dict[str, str]:
    """The finished translations of the catalogue context in a Qt .ts document, by code.

    Unfinished and obsolete entries are left out so a stale translation never prints.
    """
    found: dict[str, str] = {}
    root = ElementTree.fromstring(document)
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            code = message.findtext("comment")
            if translation is None or code is None or translation.get("type") in ("unfinished", "obsolete",
                                                                                   "vanished"):
                continue
            if translation.text:
                found[code] = translation.text
    return found
