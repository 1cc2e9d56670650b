"""``loyalty-pos member export|erase|retention``: a member's rights from the shell.

A member is named by their id (as the back office and exports show it) or by any card
they ever held, blocked ones included, so an erased member can still be named.
Export and erase are signed with a manager's PIN; erasing asks the manager to type
ERASE (or takes ``--yes`` in a script), because nothing brings the data back.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from loyalty_pos.cli.progress import progress_printer
from loyalty_pos.cli.say import line, say
from loyalty_pos.domain.errors import NotFound, ValidationError

if TYPE_CHECKING:
    from loyalty_pos.app import App

ACTIONS = ("export", "erase", "retention")
LISTED = 50  # rows printed by ``retention`` without --erase; the count covers them all


def add_arguments(member: argparse.ArgumentParser, integer: type) -> None:
    member.add_argument("target", nargs="?", metavar="ID",
                        help=line("cli.help.member.target"))
    member.add_argument("--out", type=Path, metavar="FILE",
                        help=line("cli.help.member.out"))
    member.add_argument("--years", type=integer, metavar="N",
                        help=line("cli.help.member.years"))
    member.add_argument("--erase", action="store_true", help=line("cli.help.member.erase"))
    member.add_argument("--yes", action="store_true",
                        help=line("cli.help.member.yes"))


def _resolve(app: App, target: str | None) -> str:
    from loyalty_pos.domain.members import validate_card_number

    if not target or not target.strip():
        raise ValidationError(code="member_required", template="Name the member: their id or card number")
    text = target.strip()
    with app.uow(readonly=True) as uow:
        if text.replace(" ", "").replace("-", "").isdigit():
            card = uow.cards.get(validate_card_number(text))
            if card is None:
                raise NotFound(template="Card {key} was not found.", key=text)
            return card.member_id
        if uow.members.get(text) is None:
            raise NotFound(template="Member {key} was not found.", key=text)
        return text


def _confirmed(args: argparse.Namespace, what: str) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise ValidationError(code="confirm_required",
                              template="{what} cannot be undone: add --yes to confirm it from a script", what=what)
    answer = input(line("cli.prompt.erase", what=what) + " ")
    return answer.strip() == "ERASE"


def run(app: App, args: argparse.Namespace) -> int:
    from loyalty_pos.cli.admin import manager_from_args

    if args.what == "retention":
        return _retention(app, args, manager_from_args)
    if args.what == "export" and args.out is None:
        raise ValidationError(code="out_required", template="member export needs --out FILE (.json or .pdf)")
    member_id = _resolve(app, args.target)
    if args.what == "export":
        return _export(app, args, member_id, manager_from_args(app, args, "Exporting a member's data"))
    actor = manager_from_args(app, args, "Erasing a member")
    return _erase(app, args, member_id, actor)


def _export(app: App, args: argparse.Namespace, member_id: str, actor: object) -> int:
    from loyalty_pos.jobs.member_export import export_member

    fmt = export_member(app.uow, member_id, args.out, actor=actor, clock=app.clock,
                        data_dir=app.config.data_dir)  # type: ignore[arg-type]
    say("cli.member_exported", member=member_id, path=args.out, format=fmt.upper())
    return 0


def _erase(app: App, args: argparse.Namespace, member_id: str, actor: object) -> int:
    from loyalty_pos.domain.members import MemberStatus
    from loyalty_pos.services.members.erasure import erase_member
    from loyalty_pos.services.members.membership import get_member

    member = get_member(app.uow(readonly=True), member_id)
    if member.status is MemberStatus.ERASED:
        say("cli.member_already_erased", member=member_id)
        return 0
    if not _confirmed(args, line("cli.erasing_member", member=member_id, name=member.name)):
        say("cli.not_erased")
        return 1
    done = erase_member(app.uow(), member_id, actor=actor, clock=app.clock)  # type: ignore[arg-type]
    if done.already_erased:
        say("cli.member_already_erased", member=member_id)
        return 0
    say("cli.member_erased", member=member_id, points=done.points_forfeited, cards=len(done.cards_blocked),
        receipts=done.receipts)
    return 0


def _retention(app: App, args: argparse.Namespace, manager_from_args) -> int:
    from loyalty_pos.services.members.retention import erase_inactive, inactive_members

    if args.years is None:
        raise ValidationError(code="years_required", template="member retention needs --years N")
    cutoff, page = inactive_members(app.uow(readonly=True), years=args.years, clock=app.clock, limit=LISTED)
    if not page.rows:
        say("cli.none_inactive", day=cutoff)
        return 0
    for row in page.rows:
        last = line("cli.value", value=row.last_activity_at.date()) if row.last_activity_at else line("cli.never")
        say("cli.inactive_row", member=row.member_id, last=f"{last:<10}", name=row.name)
    say("cli.inactive_count_more" if page.next_cursor else "cli.inactive_count", count=len(page.rows), day=cutoff)
    if not args.erase:
        say("cli.add_erase")
        return 0
    actor = manager_from_args(app, args, "Erasing inactive members")
    if not _confirmed(args, line("cli.erasing_inactive", day=cutoff)):
        say("cli.not_erased")
        return 1
    show = progress_printer()
    run = erase_inactive(app.uow, years=args.years, actor=actor, clock=app.clock,
                         progress=lambda done: show("erasing", done, done))
    say("cli.inactive_erased", erased=run.erased, points=run.points_forfeited)
    return 0
