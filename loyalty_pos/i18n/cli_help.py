"""The English of what ``loyalty-pos ... --help`` prints (codes ``cli.help.*``), of the
refusals the CLI gives about its own arguments (``cli.usage.*``) and of argparse's own
words (``cli.argparse.*``, hooked in by ``cli/argparse_words.py``). ``catalogue.MESSAGES``
takes them in; the other languages live in the catalogue .ts files.

argparse expands ``%`` in a help text, so none holds one; argparse's own words keep their
``%s``/``%(name)s`` placeholders, which argparse fills after the catalogue has answered.
"""

from __future__ import annotations

CLI_HELP: dict[str, str] = {
    "cli.help.program": "Offline-first point-of-sale loyalty terminal (no command: open the till)",
    "cli.help.version": "print the version and exit",
    "cli.help.help": "show this help and exit",
    "cli.help.data_dir": (
        "where the shop's database lives (default: /var/lib/loyalty-pos or C:\\ProgramData\\loyalty-pos; "
        "the demo's: the user data folder's demo/; env LOYALTY_POS_DATA_DIR)"),
    "cli.help.smoke_test": (
        "open the till (or the first-run setup), close it once its first screen is up and say which "
        "screen that was: checks an installation"),
    "cli.help.smoke_screenshot": "with --smoke-test: save a picture of that first screen",
    "cli.help.smoke_timeout": ("with --smoke-test: fail, saying where the start waited, if its first screen has not "
                               "come up and closed after this long (default {seconds})"),
    "cli.help.demo": "seed a demo shop in its own folder and open the till on it",
    "cli.help.demo.members": "members to create (default 1,000)",
    "cli.help.demo.no_gui": "seed only; do not open the till",
    "cli.help.demo.seed": "random seed for reproducible demo data",
    "cli.help.check": "verify the database, every balance against its ledger, and the audit chain",
    "cli.help.backup": (
        "copy the database safely, even while the till runs (sealed with a passphrase when DEST is off "
        "this machine); 'backup drill': restore the latest backup aside and check it"),
    "cli.help.backup.dest": "the file or folder to write, or 'drill'",
    "cli.help.backup.off_site": "seal the backup even if DEST looks like this machine's disk (a synced folder)",
    "cli.help.backup.passphrase_file": (
        "a file (mode 0600) holding the passphrase (or LOYALTY_POS_BACKUP_PASSPHRASE, or asked)"),
    "cli.help.restore": "replace the database with a backup that passes check",
    "cli.help.restore.source": "the backup file to restore",
    "cli.help.restore.passphrase_file": "the sealed backup's passphrase file",
    "cli.help.restore.other_shop": "replace this shop with another shop's backup (its data and card keys)",
    "cli.help.restore.replace_printed": (
        "restore a backup whose card keys differ from this till's (cards printed with this till's keys "
        "then read as forged; its keys are kept aside either way)"),
    "cli.help.expire": "expire lapsed points and apply the yearly tier review now (the till also does both daily)",
    "cli.help.cards": "member cards",
    "cli.help.cards.print": "write a PDF sheet of member cards (default: every card not printed yet)",
    "cli.help.cards.print.out": "the PDF to write, e.g. cards.pdf",
    "cli.help.cards.print.members": "only these members' cards (comma-separated card numbers)",
    "cli.help.cards.print.new": "N blank pre-numbered cards to hand out at enrolment",
    "cli.help.cards.print.paper": "sheet size (default A4)",
    "cli.help.cards.print.shop_name": "name printed on the cards (default: the shop's settings)",
    "cli.help.cards.key": "the card signing keys: show, export, import, rotate",
    "cli.help.cards.key.show": "print this till's key fingerprints (compare them between tills)",
    "cli.help.cards.key.export": "write this till's keys to a new file for the chain's other tills",
    "cli.help.cards.key.export.dest": "the key file to write",
    "cli.help.cards.key.import": (
        "add head office's keys to this till, or put back this shop's key file from a backup's .key file "
        "(restart the till afterwards)"),
    "cli.help.cards.key.import.source": "the key file to read",
    "cli.help.cards.key.replace_printed": "no longer needed: earlier keys stay in the ring, so printed cards keep scanning",
    "cli.help.cards.key.rotate": "sign new cards with a new key; cards printed before keep scanning (restart the till afterwards)",
    "cli.help.bench": "measure the performance targets of docs/ARCHITECTURE.md section 8",
    "cli.help.bench.members": "store size (default 1,000,000)",
    "cli.help.bench.json": "one JSON list on stdout",
    "cli.help.bench.allow_tmpfs": "measure durability even when the store is on tmpfs/ramfs, where fsync is free",
    "cli.help.bench.group": "only the {group} group",
    "cli.help.bench.cycles": "--crash: kill -9 cycles (default 1,000)",
    "cli.help.bench.seed": "--crash: the seed of the kill moments (default: a new one, printed)",
    "cli.help.member": "look a member up by card number; or: member export|erase ID, member retention --years N",
    "cli.help.member.what": "a 16-digit card number (spaces allowed) to look up, or a privacy action",
    "cli.help.member.target": "export/erase: the member's id or card number",
    "cli.help.member.out": "export: where to write (FILE.pdf: a readable PDF; otherwise JSON)",
    "cli.help.member.years": "retention: members with no sale or points activity for N years",
    "cli.help.member.erase": "retention: erase the members listed",
    "cli.help.member.yes": "erase without asking to type ERASE (for scripts; it cannot be undone)",
    "cli.help.points": "manager corrections and household transfers",
    "cli.help.points.adjust": "add (or with a minus sign, remove) points with a reason",
    "cli.help.points.transfer": "move points between members in steps of 1,000",
    "cli.help.points.card": "the member's card number",
    "cli.help.points.from_card": "the card number of the member who gives the points",
    "cli.help.points.to_card": "the card number of the member who receives them",
    "cli.help.points.points": "how many points",
    "cli.help.points.reason": "why (kept in the ledger)",
    "cli.help.manager": "the manager's user name",
    "cli.help.manager_pin_file": (
        "a file holding the manager's PIN, readable by its owner only (or set LOYALTY_POS_PIN, or type it "
        "when asked)"),
    "cli.help.your_manager": "your manager user name (default: the shop's only manager)",
    "cli.help.your_pin_file": "a file (mode 0600) holding your PIN (or set LOYALTY_POS_PIN; else it is asked)",
    "cli.help.sync": "one sync round with the chain server (push, pull); 'sync register URL CODE' joins this till to a chain",
    "cli.help.sync.register": (
        "exchange the enrolment code from 'loyalty-pos serve add-terminal' for this till's terminal id "
        "and token"),
    "cli.help.server_url": "the chain server, https://host[:port] (http:// only on this machine)",
    "cli.help.enrolment_code": "the one-time enrolment code",
    "cli.help.till_name": "this till's name on the server (default: the computer's name)",
    "cli.help.join": (
        "make this folder a till of a chain instead of a new shop: register with the enrolment code and "
        "pull the shop, card keys, staff, program, catalog and members"),
    "cli.help.join.code": "the one-time enrolment code from 'loyalty-pos serve add-terminal'",
    "cli.help.report": "reports to read at the shop",
    "cli.help.report.day": "end of day per till and cashier: sales, returns, money per tender, points",
    "cli.help.report.day.date": "the shop's local date (default: today there)",
    "cli.help.report.day.terminal": "only this terminal",
    "cli.help.sales": "sales from another cash register",
    "cli.help.sales.import": (
        "import a register's CSV export (card or phone, amount, date, [time], receipt, [register], "
        "[category]); a receipt seen before is skipped"),
    "cli.help.sales.import.file": "the CSV file to import",
    "cli.help.sales.import.dry_run": "show each row's outcome and store nothing",
    "cli.help.init": "set a new shop up without a window (scripted installs); refuses a folder that holds a shop",
    "cli.help.init.description": (
        "Set a new shop up. Unset region options follow this computer's locale and time zone. The "
        "manager's PIN is asked twice, or read from --pin-file (mode 0600)."),
    "cli.help.init.shop_name": "the shop's name as customers know it",
    "cli.help.init.address": "a line of the shop's address, kept for receipts (repeat for up to 3 lines)",
    "cli.help.init.logo": "the shop's logo for member cards (a PNG file)",
    "cli.help.init.country": "two-letter country code, e.g. NO, ID, TW",
    "cli.help.init.currency": "ISO currency of the prices (default: the country's)",
    "cli.help.init.timezone": "e.g. Europe/Oslo (default: this computer's)",
    "cli.help.init.language": "the shop's language (default: the country's)",
    "cli.help.init.tax_mode": "shelf prices include tax (VAT/GST) or are before tax (default: included)",
    "cli.help.init.receipt_printer": (
        "where receipts go, e.g. escpos-network:192.168.1.50 (default: PDF files in the data folder)"),
    "cli.help.init.program": "starter program: simple points, points and tiers, or a stamp card (buy 9, 10th free)",
    "cli.help.init.stamp_item": "stamp card: the item that earns a stamp, e.g. Coffee",
    "cli.help.init.stamp_price": "stamp card: that item's price, e.g. 35.00",
    "cli.help.init.till_mode": (
        "basket: ring products up here; amount: the shop's own cash register rings sales up and the till "
        "records each sale's amount for points (default basket)"),
    "cli.help.init.manager": "the first manager's user name",
    "cli.help.init.manager_name": "the manager's full name (default: NAME)",
    "cli.help.init.pin_file": "a file (mode 0600) whose first line is the manager's new PIN",
    "cli.help.staff": "staff accounts: add, list, disable, reset a PIN; recover a forgotten manager PIN",
    "cli.help.staff.list": "every account, its role and whether it can sign in",
    "cli.help.staff.add": "a new cashier or manager, with their first PIN",
    "cli.help.staff.add.username": "what they type at sign-in (letters, digits, dots, underscores)",
    "cli.help.staff.add.name": "their name as colleagues know it",
    "cli.help.staff.add.role": "cashier or manager (default: cashier)",
    "cli.help.staff.username": "the account's user name",
    "cli.help.staff.disable": "stop an account from signing in (its history stays)",
    "cli.help.staff.reset_pin": "set a new PIN for an account and lift a lock-out",
    "cli.help.staff.new_pin_file": "a file (mode 0600) holding the account's new PIN (else it is asked twice)",
    "cli.help.staff.recover": "the shop's only manager forgot the PIN: set a new one with the recovery code printed at setup",
    "cli.help.staff.recover.manager": "whose PIN to set (default: the shop's only manager)",
    "cli.help.staff.recover.code_file": "a file (mode 0600) holding the recovery code (else it is asked)",
    "cli.help.staff.recover.pin_file": "a file (mode 0600) holding the new PIN (else it is asked twice)",
    "cli.help.serve": "run the chain's sync server; serve add-terminal|revoke-terminal|list-terminals|migrate",
    "cli.help.serve.db": (
        "the server's database, postgresql+psycopg://user:pass@host/db (default: an embedded SQLite file "
        "in the data folder, to try it out)"),
    "cli.help.serve.host": "address to listen on (default 127.0.0.1: this machine only)",
    "cli.help.serve.port": "port (default 8765)",
    "cli.help.serve.workers": "API worker processes (default 1)",
    "cli.help.serve.no_backup": "upgrade the schema without a backup first (PostgreSQL without pg_dump on PATH)",
    "cli.help.serve.add_terminal": "create a terminal and print its one-time enrolment code",
    "cli.help.serve.terminal": "the terminal's name",
    "cli.help.serve.add_terminal.shop": "the shop this terminal belongs to (the till's shop id; default 'main')",
    "cli.help.serve.add_terminal.head_office": "may publish the program, catalog and card keys to the chain",
    "cli.help.serve.revoke_terminal": "refuse every later request of a terminal's token",
    "cli.help.serve.list_terminals": "the terminals, their shops and whether they are enrolled",
    "cli.help.serve.migrate": "bring the database's schema to this release's (once, under a lock)",
    # The CLI's own refusals of its arguments (one line, exit 2).
    "cli.usage.error": "{prog}: {message} (see --help)",
    "cli.usage.smoke_alone": "--smoke-test starts the till: give it no command",
    "cli.usage.screenshot_needs_smoke": "--smoke-screenshot goes with --smoke-test",
    "cli.usage.timeout_needs_smoke": "--smoke-timeout goes with --smoke-test",
    "cli.smoke.deadline": "no first screen came up and closed within {seconds} s; where each thread was:\n{stacks}",
    "cli.usage.not_seconds": "not a number of seconds above 0 and below a day: {text}",
    "cli.usage.bench_start_alone": "--bench-start starts the till: give it no command",
    "cli.usage.bench_start_bench_only": "--bench-start is for `loyalty-pos bench` only",
    "cli.usage.no_pin_argument": (
        "a PIN is never given on the command line (others can read it there): use --pin-file F (mode "
        "0600), set {env}, or type it when asked"),
    "cli.usage.not_a_date": "not a date (YYYY-MM-DD): {text}",
    # Counts typed on the command line (loyalty_pos.whole_numbers.ENGLISH holds the same English).
    "cli.usage.not_whole_number": "{text} is not a whole number",
    "cli.usage.not_above_zero": "must be above 0",
    "cli.usage.zero": "must not be 0",
    "cli.usage.negative": "must not be negative",
    # argparse's own words, by their English (gettext msgid) minus surrounding blanks.
    "cli.argparse.usage": "usage:",
    "cli.argparse.positional_arguments": "positional arguments",
    "cli.argparse.options": "options",
    "cli.argparse.help": "show this help message and exit",
    "cli.argparse.argument": "argument %(argument_name)s: %(message)s",
    "cli.argparse.unknown_parser": "unknown parser %(parser_name)r (choices: %(choices)s)",
    "cli.argparse.cannot_open": "can't open '%(filename)s': %(error)s",
    "cli.argparse.unrecognized": "unrecognized arguments: %s",
    "cli.argparse.not_allowed_with": "not allowed with argument %s",
    "cli.argparse.ignored_explicit": "ignored explicit argument %r",
    "cli.argparse.required": "the following arguments are required: %s",
    "cli.argparse.one_required": "one of the arguments %s is required",
    "cli.argparse.expected_one": "expected one argument",
    "cli.argparse.expected_at_most_one": "expected at most one argument",
    "cli.argparse.expected_at_least_one": "expected at least one argument",
    "cli.argparse.expected_n_one": "expected %s argument",
    "cli.argparse.expected_n_many": "expected %s arguments",
    "cli.argparse.ambiguous": "ambiguous option: %(option)s could match %(matches)s",
    "cli.argparse.invalid_value": "invalid %(type)s value: %(value)r",
    "cli.argparse.invalid_choice": "invalid choice: %(value)r (choose from %(choices)s)",
    "cli.argparse.error": "%(prog)s: error: %(message)s",
}
