"""The English of the refusals raised with a template and named values across the services,
domain, printing and CLI (issue #23): settings, the program and rules editors, imports, limits,
parsing. ``catalogue.MESSAGES`` takes them in; the other languages live in the catalogue .ts files.

A key is ``error.<code>`` or, when one code is raised with more than one wording,
``error.<code>.<variant>``; ``catalogue.error_key`` finds a refusal's entry by its code and
its exact English template, so the wording here and at the raise site must stay identical
(tests/unit/test_refusal_catalogue.py fails on a raise site whose template has no entry).
"""

from __future__ import annotations

from loyalty_pos.domain.pricing import REASON_TEMPLATES
from loyalty_pos.i18n.prize_texts import PRIZE_REFUSALS

REFUSALS: dict[str, str] = {
    "error.amount_empty": "Amount is empty",
    "error.amount_too_large": "{text!r} is too large to be an amount",
    "error.amount_too_large.range": "{what} is from 0 to {maximum:,} minor units, not {minor:,}",
    "error.bad_shop_address": "The address: at most {lines} lines of {characters} characters",
    "error.bad_amount": "{what} is a whole number of minor units, not {minor!r}",
    "error.bad_amount.range": "{what} is from 0 to {maximum:,} minor units, not {minor:,}",
    "error.bad_approval_subject": "An approval names the sale, return or member.",
    "error.bad_auto_lock_minutes": "The till locks after 1 to 60 minutes idle, or 0 for never",
    "error.bad_backup_dir": "The backup folder is a full path (from / or a drive)",
    "error.bad_backup_keep_days": "Backups are kept 1 to 3650 days",
    "error.bad_backup_off_site": "The backup folder is off-site (yes) or not (no)",
    "error.bad_base_rate": "Base rate must be >= 0 points per > 0 amount",
    "error.bad_campaign": "Campaign {name!r} ends before it starts",
    "error.bad_campaign.action": "An action campaign needs an action",
    "error.bad_campaign.bonus": "A bonus campaign needs bonus points above 0",
    "error.bad_campaign.names": "Campaign {name!r} needs names in other languages with {problem}",
    "error.bad_campaign.multiplier": "A multiplier campaign needs more than 100 %",
    "error.bad_campaign.odds": "Instant-win odds must be 1 in 2 or rarer",
    "error.bad_campaign.holdout": "A campaign holds out 0 to {most} % of members",
    "error.bad_campaign.weekdays": "Campaign {name!r}: weekdays are 1 (Monday) to 7 (Sunday)",
    "error.bad_campaign.hours": "Campaign {name!r}: the hours start before they end, within one day",
    "error.bad_campaign.tier_factor": "Campaign {name!r}: a tier's factor cannot be negative",
    "error.bad_member_price.id": "A member price needs an id and a name",
    "error.bad_member_price.scope": "Member price {name!r} needs either a product or a category",
    "error.bad_member_price.kind": "Member price {name!r} needs either a price or a percent off",
    "error.bad_member_price.price": "Member price {name!r}: a price of 0 or more, on a product",
    "error.bad_member_price.percent": "Member price {name!r}: a percent from 1 to 100",
    "error.bad_volume_rule.id": "A volume rule needs an id and a name",
    "error.bad_volume_rule.scope": "Volume rule {name!r}: a product or a category, not both",
    "error.bad_volume_rule.threshold": "Volume rule {name!r} needs either a minimum quantity or a minimum basket "
                                       "value",
    "error.bad_volume_rule.effect": "Volume rule {name!r} needs a percent off (1 to 100) or bonus points",
    "error.duplicate_price_rule": "Two price rules have the same id",
    "error.no_such_tier": "There is no tier {tier}; choose one of the program's tiers.",
    "error.bad_early_access": "Early access needs a product and a tier",
    "error.early_access": "{product} is only for {tier} members and up until {day}",
    "error.bad_cap": "Daily cap cannot be negative",
    "error.bad_segment": "Segment {name!r} is missing what its kind needs",
    "error.bad_card_count": "Print between 1 and {max_cards_per_run:,} cards at a time, not {count:,}",
    "error.bad_country": "{value!r} is not a country the till knows",
    "error.bad_currency": "{new!r} is not a currency the till knows",
    "error.bad_currency.parsing": "{currency!r} is not a currency the till knows",
    "error.bad_cursor": "This page cursor belongs to another list; start again",
    "error.bad_customer_display": "The customer display is either on or off",
    "error.bad_date_range": "The first day is after the last day.",
    "error.bad_display_screen": "A screen's name is at most 200 characters",
    "error.bad_display_theme": "The till's theme is normal or high_contrast",
    "error.bad_format": "Export as {formats}, not {fmt!r}",
    "error.bad_grace": "Grace after the review is 0 to 365 days",
    "error.bad_import_mode": "Import mode must be one of {modes}",
    "error.bad_language": "{value!r} is not a language the till knows",
    "error.bad_logo": "The logo must be a PNG picture.",
    "error.bad_logo.not_stored": "The logo is not a stored picture",
    "error.bad_logo.too_large": "The logo is over 512 KB even scaled; choose a simpler picture.",
    "error.bad_minimum": "Minimum basket cannot be negative",
    "error.bad_multiplier": "Multiplier for {name} is negative",
    "error.bad_offline_after_minutes": "The till counts as offline after 1 to 10080 minutes without a sync",
    "error.bad_offline_cap": "The offline cap is a number of points, or empty for the program's",
    "error.bad_page_size": "A page holds at least 1 row",
    "error.bad_paper": "Paper must be A4 or Letter, not {paper!r}",
    "error.bad_paper.cards": "Cards print on A4 or Letter",
    "error.bad_percent": "{text!r} is not a percentage like 25 or 12.5",
    "error.bad_percent.too_high": "{text} % is more than {maximum} %",
    "error.bad_phone.region": "{text!r} is not a phone number in {region}",
    "error.bad_points": "Points are whole numbers, not {points!r}",
    "error.bad_prefix": "A card prefix is 1 to 6 digits",
    "error.bad_quantity.not_whole": "{what} is a whole number, not {quantity!r}",
    "error.bad_quantity.put_back": "Put back at least 1",
    "error.bad_quantity.range": "{what} is from 1 to {max_quantity}, not {quantity}",
    "error.bad_quantity.take": "Take at least 1 from stock",
    "error.bad_receipt_footer": "The receipt footer: at most {lines} lines of {characters} characters",
    "error.bad_receipt_footer.translated": (
        "A translated receipt footer: at most {lines} lines of {characters} characters"
    ),
    "error.bad_receipt_header": "The receipt header: at most {lines} lines of {characters} characters",
    "error.bad_receipt_header.translated": (
        "A translated receipt header: at most {lines} lines of {characters} characters"
    ),
    "error.bad_receipt_printer": "{text!r} is not a receipt printer: {why}. Examples: {examples}",
    "error.bad_receipt_sequence": "A receipt sequence number is between 1 and {maximum}, not {seq}",
    "error.bad_recovery_code": (
        "A recovery code is {groups} groups of {group_length} letters and digits, as printed when the shop "
        "was set up."
    ),
    "error.bad_review_date": "Tier review date {review_month}/{review_day} is not a date",
    "error.bad_scanner_max_gap_ms": "The scanner's key gap is 5 to 500 ms",
    "error.bad_scanner_min_length": "The shortest scan is 3 to 64 characters",
    "error.bad_search": "Search for text",
    "error.bad_search.control_character": "The search holds an invisible control character: clear it and type it again",
    "error.bad_search.too_long": "Search for at most {max_search_chars} characters",
    "error.bad_sync_every_seconds": "The till syncs every 5 to 3600 seconds",
    "error.bad_tax_mode": "Prices either include tax (yes) or not (no)",
    "error.bad_tax_rate": "Tax rate must be 0-100 %",
    "error.bad_tender": "Tender must be one of {known}",
    "error.bad_terminal_id": "A terminal id has 1-8 letters or digits, not {terminal_id!r}",
    "error.bad_text_size": "The text size is 100, 125 or 150 %",
    "error.bad_text_variants": "The translations map languages to texts",
    "error.bad_text_variants.language": "{language!r} is not a language the till knows",
    "error.bad_text_variants.not_json": "The translations are not a JSON map",
    "error.bad_threshold": "The approval threshold is an amount in minor units",
    "error.bad_tier": "Tier {tier}: negative value",
    "error.bad_tier_code": "Tier code {tier!r}: use lower case letters without spaces",
    "error.bad_tier_order": "Tiers need strictly rising thresholds starting at 0",
    "error.bad_till_language": "{value!r} is not a language the till knows",
    "error.bad_till_mode": "The till either rings up baskets or records amounts",
    "error.bad_timezone": "{value!r} is not a time zone",
    "error.bad_username": "A user name is 1 to {max_username} letters, digits, dots or underscores.",
    "error.bad_window": "The qualifying window is 1 to 36 months",
    "error.bad_window.simulation": "Simulate 1 to {max_days} days, not {days}",
    "error.bad_years": "Retention is 1 to {max_retention_years} years, not {years}",
    "error.balance_too_large": "A member's balance stays within {max_balance:,} points; this would make it {balance:,}",
    "error.barcode_in_use": "Barcode {barcode} is on {name}",
    "error.barcode_text_invalid": (
        "A Code 128 barcode takes 1-{max_code128_text} printable ASCII characters, not {text!r}"
    ),
    "error.campaign_over": "{name} has already ended",
    "error.card_keys_known": (
        "Every key in the file is already in this till's ring (current {current}); nothing changed"
    ),
    "error.card_number_not_normalised": "Card number {card_number!r} must be 16 digits without spaces",
    "error.card_numbers_exhausted": "Could not find enough free card numbers",
    "error.card_numbers_exhausted.one": "Could not find a free card number",
    "error.category_exists": "Category {name} already exists",
    "error.category_in_program": "Category {name} is named by {uses} in the loyalty program",
    "error.category_in_use": "Category {name} still has {count} products; move them to another first",
    "error.category_name_required": "A category needs a name",
    "error.category_name_too_long": "A category name has at most {max_name_length} characters",
    "error.confirm_required": "{what} cannot be undone: add --yes to confirm it from a script",
    "error.country_fixed": "The country cannot change once the shop has made a sale",
    "error.csv_unreadable": "Cannot open {path}: {reason}",
    "error.csv_unreadable.csv": "{path}: {error}",
    "error.csv_unreadable.not_utf8": "{path} is not UTF-8 text",
    "error.csv_unwritable": "Cannot write {out_path}: {reason}",
    "error.currency_decimals_differ": (
        "{new} has {exponent} decimals and {old} {old_exponent}: every price and threshold would change; set "
        "the shop up again in {new} instead"
    ),
    "error.currency_fixed": "The currency cannot change once the shop has made a sale",
    "error.currency_mismatch.program": "The basket is in {basket}, the program in {program}",
    "error.duplicate_tier": "Tier codes must be unique",
    "error.email_in_use": "Email {email} already belongs to a member",
    "error.file_unreadable": "{path}: {reason}",
    "error.logo_refused": "The logo {name} cannot be used: {reason}.",
    "error.logo_unreadable": (
        "The logo stored with the shop cannot be read; use a PNG or JPEG file, or print without a logo"
    ),
    "error.logo_unreadable.file": "The logo {path} cannot be read; use a PNG or JPEG file, or print without a logo",
    "error.member_merged": (
        "This record was merged into member {merged_into}: erase that member (its duplicates go with it)"
    ),
    "error.member_required": "Name the member: their id or card number",
    "error.merge_duplicate_not_active": "Cannot merge {name}: that member is {status}",
    "error.merge_same_member": "A member cannot be merged into themselves",
    "error.merge_target_not_active": "Cannot merge into {name}: that member is {status}",
    "error.misplaced_groups": "{text!r} has misplaced thousands separators",
    "error.no_cards": "There are no cards to print",
    "error.no_cards.numbers": "Give at least one card number to print",
    "error.no_draft": "There is no draft to discard",
    "error.no_draft.publish": "There is no draft program to publish",
    "error.no_draft.simulate": "There is no draft program to simulate; save a draft first",
    "error.no_recovery_code": (
        "This shop has no recovery code (it was set up before codes existed); another manager can reset the "
        "PIN with: loyalty-pos staff reset-pin"
    ),
    "error.no_terminal": "There is no terminal to ask for {what}: give it with {option}.",
    "error.no_tiers": "A program needs at least one tier",
    "error.not_a_manager": "{wanted} is not an active manager of this shop.",
    "error.not_an_amount": "{text!r} is not an amount",
    "error.not_locked": "{username} is not locked.",
    "error.nothing_to_save": "Nothing to save",
    "error.out_required": "member export needs --out FILE (.json or .pdf)",
    "error.paper_unknown": "Receipt paper is 58mm or 80mm, not {paper!r}",
    "error.passphrases_differ": "The two passphrases differ; nothing was written.",
    "error.phone_in_use": "Phone {phone} already belongs to a member",
    "error.points_not_positive": "points to spend must be above 0",
    "error.points_too_many": "One entry moves at most {max_points_per_entry:,} points, not {points:,}",
    "error.printed_cards_use_this_key": (
        "{printed:,} printed card(s) carry QR codes signed with this till's key {current}; after the swap "
        "those QR codes would be refused (their barcodes still scan). Pass --replace-printed to swap anyway, "
        "then reprint them"
    ),
    "error.printer_host_required": "A network receipt printer needs a host",
    "error.printer_kind_unknown": "A receipt printer is usb, network, file or dummy, not {kind!r}",
    "error.printer_path_required": "A file receipt printer needs a path",
    "error.printer_profile_unknown": "python-escpos has no printer profile named {profile!r}",
    "error.printer_usb_ids_required": "A USB receipt printer needs its vendor and product id (see lsusb)",
    "error.product_category_required": "A product needs a category",
    "error.product_code_in_use": "Code {product_code} is already {name}",
    "error.product_code_required": "A product needs a code",
    "error.product_name_required": "A product needs a name",
    "error.reason_required.block_card": "Say why the card is blocked",
    "error.reason_required.ledger": "an adjustment needs a reason",
    "error.receipt_width_too_small": "A receipt needs at least {min_width} columns, not {width}",
    "error.shop_name_required": "Cards need the shop's name",
    "error.shop_name_required.settings": "The shop needs a name",
    "error.snapshot_duplicate": "The chain's snapshot holds a member or card twice: {why}",
    "error.staff_exists": "The user name {username} is taken.",
    "error.tier_in_use": "A removed tier is still required by {users}; change those first",
    "error.tier_needs_name": "Every tier needs a code and a name",
    "error.too_many_decimals": "{currency} has {exponent} decimals; {text!r} has {decimals}",
    "error.unknown_category": "There is no category {unknown}; add it under Products first",
    "error.weak_pin": "Type a PIN.",
    "error.weak_pin.digits_only": "A PIN is digits only.",
    "error.weak_pin.repeated": "A PIN of one digit repeated is the first one anyone tries; choose another.",
    "error.weak_pin.sequence": "A PIN of digits in a row (like 1234 or 9876) is easy to guess; choose another.",
    "error.weak_pin.too_long": "A PIN has at most 12 digits.",
    "error.weak_pin.too_short": "A PIN has at least 4 digits.",
    "error.which_manager": "This shop has several managers ({names}): name one with --manager.",
    "error.years_required": "member retention needs --years N",
    "error.zero_points.entry": "A ledger entry moves at least 1 point",
    "error.zero_points.ledger": "a ledger entry moves at least 1 point",
    # Refusals of the other error classes in domain/, services/, store/ and the top-level modules
    # (refusals1): one whole sentence per wording, values only numbers, names and ids.
    'error.approval_invalid.none': "The manager's approval does not hold: no such approval was given. Ask a manager to approve again.",
    'error.approval_invalid.used': "The manager's approval does not hold: it was already used. Ask a manager to approve again.",
    'error.approval_invalid.action': "The manager's approval does not hold: it was given for another kind of approval. Ask a manager to approve again.",
    'error.approval_invalid.subject': "The manager's approval does not hold: it was given for another sale, return or member. Ask a manager to approve again.",
    'error.approval_invalid.amount': "The manager's approval does not hold: it was given for another amount. Ask a manager to approve again.",
    'error.approval_invalid.expired': "The manager's approval does not hold: it has expired. Ask a manager to approve again.",
    'error.approval_invalid.approver': "The manager's approval does not hold: {approver} is no longer an active manager. Ask a manager to approve again.",
    'error.approval_refused': "That is not a manager's PIN.",
    'error.approvals_locked': 'Too many wrong manager PINs at this till: approvals resume at {until}.',
    'error.card_not_numeric': 'Card refused: a card number has digits only.',
    'error.card_bad_length': 'Card refused: a card number has {length} digits, this has {found}.',
    'error.card_bad_check_digit': 'Card refused: the check digit is wrong (mistyped?).',
    'error.card_not_numeric.typed': 'Card refused: {text!r}: a card number has digits only.',
    'error.card_bad_length.typed': 'Card refused: {text!r}: a card number has {length} digits, this has {found}.',
    'error.card_bad_check_digit.typed': 'Card refused: {text!r}: the check digit is wrong (mistyped?).',
    'error.card_blocked': 'Card refused: this card is blocked.',
    'error.card_blocked.printing': 'Card refused: card {card} is blocked.',
    'error.card_replaced': 'Card refused: this card was replaced by a newer card.',
    'error.card_replaced.printing': 'Card refused: card {card} was replaced by a newer card; print that one.',
    'error.card_unknown': 'Card refused: no member has this card.',
    'error.card_unknown.printing': 'Card refused: no member has card {card}.',
    'error.card_in_use': 'Card refused: this card already belongs to a member.',
    'error.member_blocked': 'Card refused: this member is blocked.',
    'error.member_erased': "Card refused: this member's data was erased.",
    'error.member_merged.card': 'Card refused: this member was merged into another member.',
    'error.member_blocked.printing': 'Card refused: the member holding card {card} is blocked.',
    'error.member_erased.printing': 'Card refused: the member holding card {card} is erased.',
    'error.member_merged.printing': 'Card refused: the member holding card {card} is merged.',
    'error.not_found.member': 'Member {key} was not found.',
    'error.not_found.card': 'Card {key} was not found.',
    'error.not_found.staff': 'Staff {key} was not found.',
    'error.not_found.member_or_sale': 'Member {member} or original sale {sale} was not found.',
    'error.reward_unknown': 'Reward {key} was not found.',
    'error.campaign_unknown': 'Campaign {key} was not found.',
    'error.segment_unknown': 'Segment {key} was not found.',
    "error.segment_in_use": "{segment} is the target of {campaigns}: aim those campaigns elsewhere first.",
    'error.product_unknown': 'Product {key} was not found.',
    'error.unknown_product': 'Product {key} was not found.',
    'error.category_unknown': 'Category {key} was not found.',
    'error.receipt_not_stored': 'The printed receipt of sale {key} was not found.',
    'error.receipt_unknown': 'Receipt {key} was not found.',
    'error.receipt_unknown.empty': 'Receipt (no number typed) was not found.',
    'error.phone_unknown': 'Member with phone {key} was not found.',
    'error.no_eligible_lines': 'Reward {reward} is not available: nothing left in the basket it applies to.',
    'error.reward_unavailable.stock': 'Reward {reward} is not available: only {left} left in stock.',
    'error.discount_needs_approval': 'A manual discount needs the manager role.',
    'error.return_needs_approval': 'A return of this size needs the manager role.',
    'error.member_change_needs_manager.name': "Changing the member's name needs the manager role.",
    'error.member_change_needs_manager.phone': "Changing the member's phone needs the manager role.",
    'error.member_change_needs_manager.email': "Changing the member's email needs the manager role.",
    'error.member_change_needs_manager.birthday': "Changing the member's birthday needs the manager role.",
    'error.member_change_needs_manager': "Changing the member's name, phone, email or birthday needs the manager role.",
    'error.retention_cancelled': 'Stopped: {erased:,} member(s) were erased before the stop; the rest are untouched.',
    'error.nothing_published': 'This till has no published program to send: publish a program first (Manager > Program).',
    'error.shop_exists.database': 'This database already holds a shop; setup changes nothing there.',
    'error.data_dir_unusable': 'Cannot use data directory {path}: {reason}.',
    'error.data_dir_unusable.not_writable': 'Cannot use data directory {path}: it is not writable.',
    'error.no_database': "There is no shop database at {path}{hint} (run 'loyalty-pos demo' or start the till first).",
    'error.empty_database': "The shop database {path} is empty (0 bytes); it is left as it is, never set up over. Restore a backup with 'loyalty-pos restore BACKUP', or move the file away to set up a new shop.",
    'error.disk_write_failed': 'The database could not be written (a disk I/O error: the disk may be full or failing, or a file size limit was reached); nothing was saved. Free some space or check the disk, then try again.',
    'error.database_read_only': 'The database {path} cannot be written (file permissions, or a read-only view); nothing was saved.',
    'error.not_our_database.no_file': '{path} is not a loyalty-pos database (there is no such file); choose the right file or another data directory.',
    'error.not_our_database.empty': '{path} is not a loyalty-pos database (the file is empty); choose the right file or another data directory.',
    'error.not_our_database.not_sqlite': '{path} is not a loyalty-pos database (it is not a SQLite database); choose the right file or another data directory.',
    'error.not_our_database.no_tables': '{path} is not a loyalty-pos database (it has none of our tables); choose the right file or another data directory.',
    'error.not_our_database.missing_tables': '{path} is not a loyalty-pos database (tables {tables} are missing); choose the right file or another data directory.',
    'error.not_our_database.no_revision': '{path} is not a loyalty-pos database (it has no schema revision); choose the right file or another data directory.',
    'error.store_error.wal': 'The database refused the operation: the database cannot use write-ahead logging here (journal mode {mode}).',
    'error.store_error.cannot_open': 'The database refused the operation: cannot open {path}: {error}.',
    'error.store_error.backup_failed': 'The database refused the operation: backup to {dest} failed: {error}.',
    'error.output_refused.folder': 'Not writing {path}: it is a folder; give a file name.',
    'error.output_refused.not_a_file': 'Not writing {path}: it is not a regular file (a device or pipe).',
    'error.output_refused.database': "Not writing {path}: it is the shop's database.",
    'error.output_refused.database_file': "Not writing {path}: it is one of the shop's database files.",
    'error.output_refused.card_key': "Not writing {path}: it is the shop's card key.",
    'error.output_refused.data_folder': "Not writing {path}: it is the shop's data folder.",
    'error.output_refused.backups': "Not writing {path}: it is inside the shop's backups folder {backups}.",
    'error.output_refused.inside_data_folder': "Not writing {path}: the data folder {data_dir} holds only the shop's own files; choose another folder.",
    'error.output_refused.hard_link': "Not writing {path}: it is another name (a hard link) for one of the shop's files.",
    'error.resource_missing.not_unpacked': 'The file {name} is missing from {folder} (not unpacked on disk); reinstall loyalty-pos.',
    'error.card_key_mismatch.missing_none_recorded': "The card signing key {path} cannot be used: the file is missing and the shop has no card key on record. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run 'loyalty-pos cards key import FILE' with the key file of this shop.",
    'error.card_key_mismatch.untrusted': "The card signing key {path} cannot be used: the shop has no card key on record (there was no key file when it was upgraded), so this file's key {present} cannot be trusted. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run 'loyalty-pos cards key import FILE' with the key file of this shop.",
    'error.card_key_mismatch.missing': "The card signing key {path} cannot be used: the file is missing; this shop's key is {recorded}. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run 'loyalty-pos cards key import FILE' with the key file of this shop.",
    'error.card_key_mismatch.other_key': "The card signing key {path} cannot be used: the file holds the key {present}, but this shop's key is {recorded}. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run 'loyalty-pos cards key import FILE' with the key file of this shop.",
    'error.card_key_mismatch.new_shop': "The new shop's card signing key cannot be used: this shop already has a card key on record. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run 'loyalty-pos cards key import FILE' with the key file of this shop.",
    'error.card_key_mismatch.rotation': "The card signing key cannot be rotated: the ring changed while it was being rotated. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run 'loyalty-pos cards key import FILE' with the key file of this shop.",
    'error.card_key_mismatch.head_office': "Head office's card signing key ring cannot be used: the ring changed while it was being taken. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run 'loyalty-pos cards key import FILE' with the key file of this shop.",
    'error.permission_denied.editing_the_reward_catalog': 'Editing the reward catalog needs the manager role.',
    'error.permission_denied.retiring_rewards': 'Retiring rewards needs the manager role.',
    'error.permission_denied.adding_product_categories': 'Adding product categories needs the manager role.',
    'error.permission_denied.removing_product_categories': 'Removing product categories needs the manager role.',
    'error.permission_denied.editing_the_loyalty_program': 'Editing the loyalty program needs the manager role.',
    'error.permission_denied.discarding_the_draft_program': 'Discarding the draft program needs the manager role.',
    'error.permission_denied.importing_products': 'Importing products needs the manager role.',
    'error.permission_denied.editing_products': 'Editing products needs the manager role.',
    'error.permission_denied.deactivating_products': 'Deactivating products needs the manager role.',
    'error.permission_denied.publishing_the_loyalty_program': 'Publishing the loyalty program needs the manager role.',
    'error.permission_denied.editing_campaigns': 'Editing campaigns needs the manager role.',
    'error.permission_denied.ending_campaigns': 'Ending campaigns needs the manager role.',
    'error.permission_denied.editing_segments': 'Editing segments needs the manager role.',
    'error.permission_denied.exporting_a_member_s_data': "Exporting a member's data needs the manager role.",
    'error.permission_denied.erasing_a_member': 'Erasing a member needs the manager role.',
    'error.permission_denied.re_issuing_a_card': 'Re-issuing a card needs the manager role.',
    'error.permission_denied.blocking_a_card': 'Blocking a card needs the manager role.',
    'error.permission_denied.merging_members': 'Merging members needs the manager role.',
    'error.permission_denied.erasing_inactive_members': 'Erasing inactive members needs the manager role.',
    'error.permission_denied.replacing_the_card_signing_key': 'Replacing the card signing key needs the manager role.',
    'error.permission_denied.adjusting_points': 'Adjusting points needs the manager role.',
    'error.permission_denied.transferring_points': 'Transferring points needs the manager role.',
    'error.permission_denied.rotating_the_card_signing_key': 'Rotating the card signing key needs the manager role.',
    'error.permission_denied.importing_a_card_signing_key': 'Importing a card signing key needs the manager role.',
    'error.permission_denied.creating_staff': 'Creating staff needs the manager role.',
    'error.permission_denied.resetting_a_pin': 'Resetting a PIN needs the manager role.',
    'error.permission_denied.changing_staff_accounts': 'Changing staff accounts needs the manager role.',
    'error.permission_denied.unlocking_a_staff_account': 'Unlocking a staff account needs the manager role.',
    'error.permission_denied.reading_staff_accounts': 'Reading staff accounts needs the manager role.',
    'error.permission_denied.reading_the_audit_log': 'Reading the audit log needs the manager role.',
    'error.permission_denied.verifying_the_audit_log': 'Verifying the audit log needs the manager role.',
    'error.permission_denied.changing_shop_settings': 'Changing shop settings needs the manager role.',
    'error.permission_denied.reading_shop_settings': 'Reading shop settings needs the manager role.',
    'error.permission_denied.importing_sales': 'Importing sales needs the manager role.',
    'error.permission_denied.managing_staff_accounts': 'Managing staff accounts needs the manager role.',
    'error.authored_at_head_office.editing_the_reward_catalog': 'Authored at head office: editing the reward catalog is done on the head office till (Back office > Program), and reaches this till with the next sync.',
    'error.authored_at_head_office.retiring_rewards': 'Authored at head office: retiring rewards is done on the head office till (Back office > Program), and reaches this till with the next sync.',
    'error.authored_at_head_office.adding_product_categories': 'Authored at head office: adding product categories is done on the head office till (Back office > Program), and reaches this till with the next sync.',
    'error.authored_at_head_office.removing_product_categories': 'Authored at head office: removing product categories is done on the head office till (Back office > Program), and reaches this till with the next sync.',
    'error.authored_at_head_office.editing_the_loyalty_program': 'Authored at head office: editing the loyalty program is done on the head office till (Back office > Program), and reaches this till with the next sync.',
    'error.authored_at_head_office.discarding_the_draft_program': 'Authored at head office: discarding the draft program is done on the head office till (Back office > Program), and reaches this till with the next sync.',
    'error.authored_at_head_office.importing_products': 'Authored at head office: importing products is done on the head office till (Back office > Program), and reaches this till with the next sync.',
    'error.authored_at_head_office.editing_products': 'Authored at head office: editing products is done on the head office till (Back office > Program), and reaches this till with the next sync.',
    'error.authored_at_head_office.deactivating_products': 'Authored at head office: deactivating products is done on the head office till (Back office > Program), and reaches this till with the next sync.',
    'error.authored_at_head_office.publishing_the_loyalty_program': 'Authored at head office: publishing the loyalty program is done on the head office till (Back office > Program), and reaches this till with the next sync.',
    'error.authored_at_head_office.editing_campaigns': 'Authored at head office: editing campaigns is done on the head office till (Back office > Program), and reaches this till with the next sync.',
    'error.authored_at_head_office.ending_campaigns': 'Authored at head office: ending campaigns is done on the head office till (Back office > Program), and reaches this till with the next sync.',
    'error.authored_at_head_office.editing_segments': 'Authored at head office: editing segments is done on the head office till (Back office > Program), and reaches this till with the next sync.',
    # Part 2 (jobs, printing, cards, sync, cli, demo): each class's template, and a variant for each
    # wording that was a sentence passed as a value.
    "error.card_key_invalid": (
        "The card signing key {path} is {size} bytes, expected {expected} per key. "
        "Restore it from a backup (the .key file beside the backup); a new key would make every "
        "printed card's QR code invalid."),
    "error.card_key_missing": (
        "The card signing key {path} is missing, so printed cards' QR codes cannot be checked. "
        "Restore it from a backup (the .key file beside the backup) or with "
        "'loyalty-pos cards key import FILE'; a new key would make every printed card's QR code invalid."),
    "error.card_key_file_refused": "{path}: {reason}.",
    "error.card_key_file_refused.not_regular_file": "{path}: not a regular file.",
    "error.card_key_file_refused.too_large": "{path}: {size:,} bytes, far too large for a card key file.",
    "error.card_key_file_refused.not_a_key": "{path}: {size} bytes, not a card signing key ({key_bytes} bytes per key).",
    "error.card_key_file_refused.same_key_twice": "{path}: it holds the same key twice.",
    "error.card_key_file_refused.exists": "{path}: already exists; choose a new file name.",
    "error.backup_unsealable.not_sealed": "{path}: not a sealed loyalty-pos backup",
    "error.backup_unsealable.cut_off": "{path}: the file is cut off",
    "error.backup_unsealable.damaged": "{path}: the file is damaged",
    "error.backup_unsealable.damaged_or_cut_off": "{path}: the file is damaged or cut off",
    "error.backup_unsealable.wrong_passphrase": "{path}: wrong passphrase (nothing was restored)",
    "error.backup_unsealable.damaged_not_restored": "{path}: the file is damaged (nothing was restored)",
    "error.backup_unsealable.data_after_end": "{path}: the file has data after its end",
    "error.backup_unsealable.empty_passphrase": "{path}: an empty passphrase seals nothing",
    "error.backup_passphrase_file_refused.not_a_file": "{path}: not a file",
    "error.backup_passphrase_file_refused.shared": (
        "{path}: other accounts can read or change it (mode {mode}): chmod 600 {path}"),
    "error.backup_passphrase_needed": (
        "{path} is off this machine (another disk or a network share), so the backup is sealed with a passphrase, and none was given: use "
        "--passphrase-file F (mode 0600), set LOYALTY_POS_BACKUP_PASSPHRASE, or type it when asked; "
        "the till's daily backup reads it from backup-passphrase (mode 0600) in the data folder."),
    "error.backup_passphrase_needed.off_site": (
        "{path} is marked off-site, so the backup is sealed with a passphrase, and none was given: use "
        "--passphrase-file F (mode 0600), set LOYALTY_POS_BACKUP_PASSPHRASE, or type it when asked; "
        "the till's daily backup reads it from backup-passphrase (mode 0600) in the data folder."),
    "error.backup_passphrase_needed.daily": (
        "{path} is off the machine (or marked off-site), so the backup is sealed with a passphrase, and none was given: use "
        "--passphrase-file F (mode 0600), set LOYALTY_POS_BACKUP_PASSPHRASE, or type it when asked; "
        "the till's daily backup reads it from backup-passphrase (mode 0600) in the data folder."),
    "error.restore_refused.no_such_file": "Not restoring {path}: no such file",
    "error.damaged_shop": (
        "{problem} The newest backup that passes check is {backup}; restore it with: "
        "loyalty-pos --data-dir {data_dir} restore {backup}"
    ),
    "error.damaged_shop.no_backup": (
        "{problem} No backup that passes check was found in {folder}; if you keep copies "
        "elsewhere, restore one with: loyalty-pos --data-dir {data_dir} restore BACKUP"
    ),
    "error.restore_refused.fails_check": "Not restoring {path}: it fails check: {problems}",
    "error.restore_refused.sealed": (
        "Not restoring {path}: it is sealed; give its passphrase (--passphrase-file F, "
        "LOYALTY_POS_BACKUP_PASSPHRASE, or type it when asked)"),
    "error.restore_refused.wrong_key_file": (
        "Not restoring {path}: the key file beside it holds {held}, but the backup's shop signs with "
        "{signs}: it is not this backup's key file"),
    "error.restore_needs_consent.other_shop": (
        "Not restoring {path}: it is another shop's backup (shop {backup_shop}; this is shop {current_shop}): "
        "its data and card keys would replace this shop's. To restore it anyway, pass --{flag}"),
    "error.restore_needs_consent.replace_printed": (
        "Not restoring {path}: its card keys ({arriving}) are not this till's ({here}): cards printed with "
        "this till's keys would read as forged after it (this till's key file is kept aside either way). "
        "To restore it anyway, pass --{flag}"),
    "error.card_key_mismatch.import_does_not_mend": (
        "The card signing key {path} cannot be used: the key file to import does not mend it: {problem}. "
        "Use the .key file of one of this shop's backups."),
    "error.card_sheet_unwritable.folder": (
        "Cannot write the card sheet {path}: it is a folder; give a file name such as cards.pdf."),
    "error.card_sheet_unwritable.no_folder": "Cannot write the card sheet {path}: the folder {folder} does not exist.",
    "error.join_failed.sync": (
        "This till did not join the chain: {reason} Nothing was saved; ask head office for a new enrolment code "
        "(this one is used up) and try again."),
    "error.join_failed.not_published": (
        "This till did not join the chain: head office has not published the shop yet (its till publishes it on "
        "its next sync). Nothing was saved; ask head office for a new enrolment code (this one is used up) and "
        "try again."),
    "error.join_failed.fails_check": (
        "This till did not join the chain: {problems}. Nothing was saved; ask head office for a new enrolment "
        "code (this one is used up) and try again."),
    "error.no_shop_yet": (
        "There is no shop in {path} yet. Set one up with 'loyalty-pos' (a window guides you) or "
        "'loyalty-pos init' (see --help)."),
    "error.no_shop_yet.nearby": (
        "There is no shop in {path} yet; did you mean --data-dir {nearby}? Set one up with 'loyalty-pos' "
        "(a window guides you) or 'loyalty-pos init' (see --help)."),
    "error.setup_failed.fails_check": "The shop was not set up: {problems}. Nothing was saved; please try again.",
    "error.setup_failed.key_changed": (
        "The shop was not set up: the card key {path} changed while the shop was being set up. "
        "Nothing was saved; please try again."),
    # The sync client's refusals (sync/errors.py): the CLI, Settings > Sync and the status bar's tip.
    "error.insecure_url": "{problem} (not {url!r})",
    "error.bad_certificate": "The server's certificate was not accepted ({url}): {reason}",
    "error.offline": "The chain server cannot be reached ({url}).",
    "error.offline.timeout": "The chain server did not answer in time ({url}).",
    "error.offline.connection": "The connection to the chain server failed: {reason}",
    "error.offline.unavailable": "The chain server is unavailable (HTTP {status}); try again later.",
    "error.sync_failed": "The sync with the chain server failed.",
    "error.sync_failed.not_protocol": "The chain server answered something that is not the protocol (HTTP {status}).",
    "error.sync_failed.enrolment": "The chain server's enrolment answer has no terminal id or token.",
    "error.sync_failed.no_version": "The chain server's publication has no version.",
    "error.disconnected": "This till was disconnected from the chain (its token was revoked); register it again.",
    "error.not_registered": "This till is not registered with a chain server (loyalty-pos sync register).",
    "error.protocol": "The chain server sent an event this till cannot read: {problem}",
    "error.protocol.pull": "The chain server's pull answer has no events list or cursor.",
    "error.protocol.as_of": "The chain server's snapshot has no as_of.",
    "error.protocol.members": "The chain server's snapshot page has no members list.",
    "error.protocol.stuck": (
        "The chain server's snapshot does not move on: its next page starts at {after!r} after {asked!r}."),
    "error.protocol.member": "The chain server sent a snapshot member this till cannot read: {problem}",
    "error.publication_invalid": "Head office's publication cannot be used: {problem}",
    "error.refused": "The chain server refused the request: {detail}",
    # Printing (printing/printer_errors.py, fonts.py).
    "error.printer_unavailable": (
        "Printer {printer} is not available: {reason}. Check that it is on and connected, then reprint."),
    "error.printer_unavailable.no_pyusb": (
        "Printer {printer} is not available: USB printing needs the pyusb package: "
        "pip install 'python-escpos[usb]'. Check that it is on and connected, then reprint."),
    "error.printer_unavailable.copies": (
        "Printer {printer} is not available: {copies} copies of {receipt} are already there. "
        "Check that it is on and connected, then reprint."),
    "error.printer_unavailable.job_not_started": (
        "Printer {printer} is not available: the print job could not be started. "
        "Check that it is on and connected, then reprint."),
    "error.printer_unavailable.no_default": (
        "Printer (default) is not available: no default printer is set up on this computer. "
        "Check that it is on and connected, then reprint."),
    "error.printer_unavailable.unknown_none_installed": (
        "Printer {printer} is not available: no printer has that name (installed: none). "
        "Check that it is on and connected, then reprint."),
    "error.printer_unavailable.unknown": (
        "Printer {printer} is not available: no printer has that name (installed: {installed}). "
        "Check that it is on and connected, then reprint."),
    "error.font_unusable": "The bundled font {name} could not be loaded; reinstall loyalty-pos.",
    "error.glyph_missing": (
        "{whose} contains {char!r} ({codepoint} {char_name}), which no font on this computer can "
        "draw (the cards use {family}); change the name, or install a font that has it"),
    # The CLI (cli/display.py, pin_input.py, privacy.py, staff.py).
    "error.no_display.unset": (
        "no display found (DISPLAY and WAYLAND_DISPLAY are not set); start the till from the "
        "desktop, or set QT_QPA_PLATFORM (for example QT_QPA_PLATFORM=offscreen to run it "
        "without a screen)"),
    "error.missing_display_library": (
        "the till cannot open its window: Qt needs the system libraries {libraries} on X11; "
        "install them (Debian/Ubuntu: sudo apt install {packages}) and start the till again"),
    "error.secret_file_refused": "{path}: {reason}",
    "error.secret_file_refused.not_a_file": "{path}: not a file",
    "error.secret_file_refused.shared": (
        "{path}: other accounts can read or change this file (mode {mode}); a PIN file must be private: "
        "chmod 600 {path}"),
    "error.secret_file_refused.empty": "{path}: the file is empty; its first line is the PIN",
    # The demo (demo/seed.py).
    "error.not_a_demo": (
        "{path} holds the shop {name!r}, not the demo; the demo never touches a real shop's data. "
        "Run 'loyalty-pos demo' without --data-dir: the demo keeps its own folder."),
    "error.not_a_demo.unnamed": (
        "{path} holds a shop without a name, not the demo; the demo never touches a real shop's data. "
        "Run 'loyalty-pos demo' without --data-dir: the demo keeps its own folder."),
    # End of part 2.
}

# Settings > Sync's registration wraps a sync refusal (sync/till_link.RegistrationRefused) under its
# own code with the same wording: each sync wording is a variant of that code too.
REFUSALS.update({
    f"error.sync_registration_refused.{key.removeprefix('error.').replace('.', '_')}": english
    for key, english in list(REFUSALS.items())
    if key.split(".")[1] in {"insecure_url", "bad_certificate", "offline", "sync_failed", "disconnected",
                             "not_registered", "protocol", "publication_invalid", "refused"}
})

# fields: the sentences a form puts under each field (domain/field_problems.FieldProblem), keyed
# field.<code>; a FieldsInvalid refusal reads as its fields' sentences. catalogue.field_key finds
# an entry by its code and exact English template, as error_key does for a refusal.
REFUSALS.update({
    # The shop's profile (domain/shop_profile.py).
    "field.shop_name_empty": "Type the shop's name as customers know it.",
    "field.shop_name_too_long": "At most {limit} characters: a receipt's header holds no more.",
    "field.shop_address_too_long": "At most {lines} lines of {characters} characters.",
    "field.country_unknown": "Choose the country the shop is in.",
    "field.currency_unknown": "Choose the currency the shop's prices are in.",
    "field.timezone_unknown": "{timezone!r} is not a time zone; choose one like Europe/Oslo.",
    "field.language_unknown": "Choose one of the languages offered.",
    # The first manager, the PIN and the logo (services/shop/setup.py, domain/pins.py, shop_logo.py).
    "field.manager_name_empty": "Type the manager's name.",
    "field.too_long": "At most {limit} characters.",
    "field.pin_empty": "Type a PIN.",
    "field.pin_digits_only": "A PIN is digits only.",
    "field.pin_too_short": "A PIN has at least {digits} digits.",
    "field.pin_too_long": "A PIN has at most {digits} digits.",
    "field.pin_repeated": "A PIN of one digit repeated is the first one anyone tries; choose another.",
    "field.pin_sequence": "A PIN of digits in a row (like 1234 or 9876) is easy to guess; choose another.",
    "field.pins_differ": "The two PINs differ; type the same PIN twice.",
    "field.logo_not_png": "The logo must be a PNG picture.",
    "field.logo_too_large": "The logo is over {kb} KB even scaled; choose a simpler picture.",
    # The stamp card's item (domain/starter_programs.py).
    "field.stamp_item_empty": "Name the item that earns a stamp, e.g. Coffee.",
    "field.stamp_price_missing": "Type the item's price, above 0.",
    "field.stamp_item_missing": "A stamp card needs the item that earns a stamp.",
    # The reward editor (services/program/reward_catalog.py).
    "field.reward_name_empty": "Give the reward a name.",
    "field.reward_points_cost": "The points price must be above 0.",
    "field.reward_amount": "The amount must be above 0.",
    "field.reward_percent": "The percent must be between 1 and 100.",
    "field.reward_product": "Choose the product.",
    "field.reward_quantities": "Buy and free quantities must both be above 0.",
    "field.reward_point_value": "The value of the points must be above 0.",
    "field.last_day_before_first": "The last day must be on or after the first day.",
    "field.reward_per_member_limit": "The per-member limit must be above 0, or none.",
    "field.reward_limit_period": "Choose a limit period: day, week, month, year or ever.",
    "field.reward_stock": "Stock must be 0 or more, or unlimited.",
    "field.reward_names": (
        "Names in other languages are one line each, up to 80 characters (a description up to 200)."),
    "field.image_not_png": "The image must be a PNG picture chosen with the image button.",
    "field.image_too_large": "The image is too large; choose a smaller picture.",
    "field.image_unreadable": "The image could not be read; choose it again.",
    "field.no_such_tier": "There is no tier {tier}; choose one of the program's tiers.",
    "field.no_such_product": "There is no product {product}; choose one from the catalog.",
    "field.no_excluded_product": "There is no product {products}; remove it from the list.",
    "field.no_such_category": "There is no category {category}; choose one from the list.",
    # The campaign editor (services/program/campaign_catalog.py).
    "field.campaign_name_empty": "Give the campaign a name.",
    "field.campaign_multiplier": "A multiplier must be above 100 % (200 % is double points).",
    "field.campaign_bonus": "The bonus must be at least 1 point.",
    "field.campaign_action": "Choose what the member does to earn the bonus.",
    "field.campaign_odds": "The odds must be 1 in 2 or rarer.",
    "field.campaign_hours": "The hours must start before they end.",
    "field.no_such_products": "There is no product {products}; type codes from the catalog.",
    "field.campaign_min_spend": "The minimum spend cannot be negative.",
    "field.campaign_names": "Names in other languages are one line each, up to 80 characters.",
    "field.no_such_categories": "There is no category {categories}; choose from the list.",
    "field.campaign_action_not_awarded": "The till awards only these actions: {actions}.",
    # The segment editor (services/program/segment_catalog.py).
    "field.segment_name_empty": "Give the segment a name.",
    "field.segment_tier": "Choose the tier.",
    "field.segment_days": "Look back 1 to {most} days.",
    "field.segment_visits": "At least 1 visit.",
    "field.segment_spend": "The spend must be above 0.",
    "field.segment_names": "Names in other languages are one line each, up to 80 characters.",
    "field.campaign_holdout": "Hold out 0 to {most} % of members.",
    "field.no_such_segment": "There is no segment {segment}; choose one from the list.",
    # loyalty-pos init names each problem by its option (cli/setup.py): "--shop-name: Type the ...".
    "field.flagged": "{flag}: {problem}",
})

# leftovers2: the rest of the refusals that were still English.
REFUSALS.update({
    # A reward refused while pricing a sale (domain/pricing._refuse): one wording per reason, raised
    # under the reason's code and found by its template among the class's variants. The class's
    # code already keys "nothing left in the basket" (error.no_eligible_lines).
    **{f"error.reward_unavailable.{why}": english for why, english in REASON_TEMPLATES.items()
       if why != "no_eligible_lines"},
    # Why a restore waits for consent (jobs/backups.RestoreNeedsConsent.why_text): the back office asks
    # its question with it (it capitalises the first letter).
    "restore_consent.other_shop": (
        "it is another shop's backup (shop {backup_shop}; this is shop {current_shop}): its data and card keys "
        "would replace this shop's"),
    "restore_consent.replace_printed": (
        "its card keys ({arriving}) are not this till's ({here}): cards printed with this till's keys would read "
        "as forged after it (this till's key file is kept aside either way)"),
    # The data directory's lock (data_dir_lock.HELD_BY): one wording per holder a lock file names.
    "error.data_dir_in_use.till": (
        'the till is already running on this data directory (pid {pid} on host {host}); close it first'),
    "error.data_dir_in_use.restore": (
        'loyalty-pos restore is already running on this data directory (pid {pid} on host {host}); close it '
        'first'),
    "error.data_dir_in_use.demo": (
        'loyalty-pos demo is already running on this data directory (pid {pid} on host {host}); close it '
        'first'),
    "error.data_dir_in_use.upgrade": (
        'a database upgrade is already running on this data directory (pid {pid} on host {host}); close it '
        'first'),
    "error.data_dir_in_use.unknown": (
        'another loyalty-pos is already running on this data directory; close it first'),
    # The machine-wide data folder that cannot be used (config.UNUSABLE_TEMPLATES), per platform.
    "error.shared_data_dir_unusable.win32": (
        "loyalty-pos keeps a shop's data in {path}, where every account on this computer finds it, but "
        'cannot use that folder ({reason}). Start loyalty-pos once with "Run as administrator" so it can '
        'create the folder, or create {path} yourself and give the Users group Modify permission on it. Or '
        'keep the data in a folder of your choice with --data-dir DIR or the environment variable '
        'LOYALTY_POS_DATA_DIR=DIR. To only try loyalty-pos, run: loyalty-pos demo'),
    "error.shared_data_dir_unusable.darwin": (
        "loyalty-pos keeps a shop's data in {path}, where every account on this computer finds it, but "
        'cannot use that folder ({reason}). Create it once for the account that runs the till: sudo mkdir -p '
        "'{path}' && sudo chown {user} '{path}'. Or keep the data in a folder of your choice with --data-dir "
        'DIR or the environment variable LOYALTY_POS_DATA_DIR=DIR. To only try loyalty-pos, run: loyalty-pos '
        'demo'),
    "error.shared_data_dir_unusable.other": (
        "loyalty-pos keeps a shop's data in {path}, where every account on this computer finds it, but "
        'cannot use that folder ({reason}). Create it once for the account that runs the till: sudo install '
        '-d -o {user} -m 0755 {path} Or keep the data in a folder of your choice with --data-dir DIR or the '
        'environment variable LOYALTY_POS_DATA_DIR=DIR. To only try loyalty-pos, run: loyalty-pos demo'),
    # The same problems as a form shows them under its address field (services/shop/server_address.PROBLEMS).
    "server_address.no_host": "The server address starts with https:// and names a host, e.g. https://chain.example.com",
    "server_address.plain_http": (
        "Use https:// for the server: plain http:// is only for a server on this computer (localhost)"),
    # A server address the sync client refuses (sync/client.check_url), one per problem.
    "error.insecure_url.no_host": (
        "The server address starts with https:// and names a host, e.g. https://chain.example.com (not {url!r})"),
    "error.insecure_url.plain_http": (
        "Use https:// for the server: plain http:// is only for a server on this computer (localhost) "
        "(not {url!r})"),
})
# Settings > Sync's registration wraps these too (as above).
REFUSALS.update({
    f"error.sync_registration_refused.insecure_url_{variant}": REFUSALS[f"error.insecure_url.{variant}"]
    for variant in ("no_host", "plain_http")
})
REFUSALS.update(PRIZE_REFUSALS)
