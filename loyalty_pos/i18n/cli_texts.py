"""The English of the lines the CLI prints for a person (``cli/say.py``): check, drill, expire,
cards, serve, setup, sync, demo, staff, member and points. ``catalogue.MESSAGES`` takes them in;
the other languages live in the catalogue .ts files. Numbers, dates and money arrive already
written in the CLI's language, so no template carries a format spec of its own.
"""

from __future__ import annotations

CLI_TEXTS: dict[str, str] = {
    "cli.add_erase": "add --erase to erase them",
    "cli.cards_nothing": "nothing to print: every active member card has been printed already",
    "cli.cards_written": (
        "wrote {cards} card(s) on {pages} page(s) to {path} ({marked} member card(s) marked printed, "
        "{blank} blank); print at 100 % (actual size), not \"fit to page\""
    ),
    "cli.check_ok": "checked the ledgers of {members} members with points history ({entries} entries): OK",
    "cli.check_problems": (
        "checked the ledgers of {members} members with points history ({entries} entries): {problems} "
        "problem(s)"
    ),
    "cli.daily_backup": "daily backup: {path}",
    "cli.demo_already": (
        "The demo shop at {path} is already set up ({members} members). Sign in as {cashier} or "
        "{manager}."
    ),
    "cli.demo_ready": "Demo shop '{shop}' ready at {path} with {members} members. Sign in as {cashier} or {manager}.",
    "cli.drill_ok": "restore drill of {backup}: OK",
    "cli.drill_problems": "restore drill of {backup}: {problems} problem(s)",
    "cli.error_line": "loyalty-pos: {message}",
    "cli.expired": "expired {points} points; tier review: {moved_down} of {reviewed} member(s) reviewed moved down",
    "cli.import_column_amount": "amount",
    "cli.import_column_line": "line",
    "cli.import_column_outcome": "outcome",
    "cli.import_column_points": "points",
    "cli.import_column_receipt": "receipt",
    "cli.import_done": "imported",
    "cli.import_refused": "refused: {reason}",
    "cli.import_summary": "{imported} row(s) imported, {refused} refused",
    "cli.import_summary_dry": "{imported} row(s) would be imported, {refused} refused",
    "cli.import_would": "would import",
    "cli.inactive_count": "{count} member(s) inactive since {day}",
    "cli.inactive_count_more": "{count} member(s) (and more) inactive since {day}",
    "cli.inactive_erased": "{erased} member(s) erased, {points} points forfeited",
    "cli.inactive_row": "{member}  last activity {last}  {name}",
    "cli.key_added": "added {added} key(s)",
    "cli.key_exported": (
        "wrote the card keys ({fingerprints}) to {path}; keep it secret, import it on each till with: "
        "loyalty-pos cards key import FILE"
    ),
    "cli.key_file": "key file: {path}",
    "cli.key_fingerprint": "card key fingerprint {fingerprint}",
    "cli.key_fingerprint_current": "card key fingerprint {fingerprint}  (current: signs new cards)",
    "cli.key_imported": (
        "{what}{kept}; this till now signs cards with the key {current} and checks them with "
        "{fingerprints}; restart the till to use it"
    ),
    "cli.key_kept": " (the file it replaced is kept as {path})",
    "cli.key_none": "no card key on record for this shop",
    "cli.key_repaired": "put back this shop's card keys",
    "cli.key_rotated": (
        "new cards are now signed with the key {current}; cards printed with the earlier key(s) "
        "{earlier} still scan. Restart the till to use it"
    ),
    "cli.member_already_erased": "member {member} was already erased: nothing changed",
    "cli.member_balance": "  balance  {points} points",
    "cli.member_erased": (
        "member {member} erased: {points} points forfeited, {cards} card(s) blocked, {receipts} stored "
        "receipt(s) anonymised"
    ),
    "cli.member_expiring": "  expiring {points} points on {day}",
    "cli.member_exported": "member {member}: data written to {path} ({format})",
    "cli.member_next_tier": "  next tier {tier}: {amount} more spend",
    "cli.member_tier": "  tier     {tier}",
    "cli.never": "never",
    "cli.no_backup": "(no backup)",
    "cli.none": "none",
    "cli.none_inactive": "no member has been inactive since {day}",
    "cli.not_erased": "not erased: ERASE was not typed",
    "cli.note": "NOTE: {note}",
    "cli.pin_reset": "new PIN set for {username}; a lock-out, if any, is lifted",
    "cli.points_adjusted": "{name}: {points} points ({reason}); balance {balance}",
    "cli.points_moved": "moved {points} points from {giver} (now {given}) to {receiver} (now {received})",
    "cli.problem": "PROBLEM: {problem}",
    "cli.recovered": "new PIN set for {manager}; sign in with it.",
    "cli.recovery_code_replaced": (
        "The recovery code just used no longer works. The new one is shown only this once: write it "
        "down."
    ),
    "cli.serve_missing": (
        "loyalty-pos serve: the sync server needs packages this install does not have "
        "({package}).\nInstall them with: pip install 'loyalty-pos[server]'"
    ),
    "cli.setup_backup": "  first backup: {path}",
    "cli.setup_done": "The shop {name!r} is set up in {path}.",
    "cli.setup_manager": "  manager:      {manager} (signs in with the PIN just chosen)",
    "cli.setup_program": "  program:      {program} (version {version}, published)",
    "cli.setup_recovery_code": (
        "Recovery code. It is shown only this once: write it down and keep it away from the till."
    ),
    "cli.setup_recovery_use": "If the shop's only manager forgets the PIN, 'loyalty-pos staff recover' asks for it.",
    "cli.smoke_failed": "smoke test failed: exit code {code}, first screen {screen}",
    "cli.smoke_passed": "smoke test passed: the till opened on {screen} and closed",
    "cli.staff_active": "active",
    "cli.staff_added": "added the {role} {username} ({name}); they sign in with the new PIN",
    "cli.join_step_check": "checking what arrived...",
    "cli.join_step_pull": "pulling the chain (members, head office's shop)...",
    "cli.join_step_register": "registering with the chain server...",
    "cli.join_step_save": "saving the shop...",
    "cli.joined": "joined the chain as terminal {terminal}: {shop}, {members} member(s); first backup {backup}",
    "cli.staff_column_name": "NAME",
    "cli.staff_column_role": "ROLE",
    "cli.staff_column_status": "STATUS",
    "cli.staff_column_user": "USER NAME",
    "cli.staff_disabled": "disabled",
    "cli.staff_disabled_done": "{username} can no longer sign in; their sales and history stay",
    "cli.staff_locked_until": "locked until {time}",
    "cli.sync_clock_skew": "warning: this computer's clock differs from the server's by {seconds} s",
    "cli.sync_negative": (
        "{count} member(s) below zero after the merge (two tills spent the same points offline): "
        "{members}"
    ),
    "cli.sync_parked": "{parked} pulled event(s) wait for a member this till has not received yet",
    "cli.sync_registered": (
        "registered as terminal {terminal} of shop {shop} at {url}; run 'loyalty-pos sync' for the first "
        "round"
    ),
    "cli.sync_round": "pushed {pushed} event(s), pulled {pulled}, {waiting} waiting",
    "cli.value": "{value}",
    # What the CLI asks at the terminal; the answer follows on the same line.
    "cli.prompt.new_pin": "New PIN for {whose} (4-12 digits, not shown):",
    "cli.prompt.new_pin_again": "The same PIN again:",
    "cli.prompt.manager_pin": "PIN of the manager {manager} (not shown):",
    "cli.prompt.passphrase": "Backup passphrase (not shown):",
    "cli.prompt.passphrase_again": "The same passphrase again:",
    "cli.prompt.recovery_code": "Recovery code (as printed at setup; not shown):",
    "cli.prompt.erase": "{what} cannot be undone. Type ERASE to go ahead:",
    "cli.erasing_member": "Erasing member {member} ({name})",
    "cli.erasing_inactive": "Erasing every member inactive since {day}",
    # Stages of long commands (cli/progress.py): "cli.stage." + the stage a job reports.
    "cli.stage.members": "members",
    "cli.stage.history": "history",
    "cli.stage.indexing": "indexing",
    "cli.stage.card_sheet_pages": "card sheet pages",
    "cli.stage.erasing": "erasing",
}
