"""A new till joins a chain instead of creating a shop: the setup window's "Join a chain"
and ``loyalty-pos join URL CODE``.

Built like a new shop (``jobs/shop_setup.py``): in a private folder inside the data
directory, then moved into place, the database last. The till registers with the
enrolment code, pulls the chain (members, ledger, cards) and head office's publication
(profile, card key ring, staff, program, catalog) into that folder, and only a folder
holding all of it becomes the shop. Any failure leaves no shop, so setup can be retried
(with a new code if the server already took this one: a code is used once).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC
from pathlib import Path
from typing import Any

from loyalty_pos.config import Config
from loyalty_pos.domain.check_problems import ProblemLines
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.i18n.sync_texts import SyncSentence
from loyalty_pos.jobs.backups import back_up
from loyalty_pos.jobs.card_key_ring import new_shop_ring
from loyalty_pos.jobs.chain_keys import JoiningKeys
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.jobs.shop_setup import STAGING_PREFIX, put_in_place, shop_exists
from loyalty_pos.services.clock import Clock, SystemClock
from loyalty_pos.services.shop.profile import holds_shop
from loyalty_pos.services.shop.setup import ShopExists
from loyalty_pos.store.backup import backup
from loyalty_pos.store.files import ensure_writable_dir
from loyalty_pos.store.shop_database import open_shop_database

# register(make_uow, url, code, terminal_name, *, clock) -> the enrolment answer, raising a
# LoyaltyError the person can act on (sync.till_link.register_till's); run_round(make_uow, *,
# clock, keys) -> a SyncRound. Handed in: jobs never import the sync client.
Register = Callable[..., dict[str, Any]]
RunRound = Callable[..., Any]
Progress = Callable[[str], None]


class JoinFailed(LoyaltyError):
    code = "join_failed"
    template = "This till did not join the chain: {reason} Nothing was saved; {retry}"


@dataclass(frozen=True, slots=True)
class JoinOutcome:
    terminal_id: str
    shop_name: str
    members: int
    data_dir: Path
    first_backup: Path


def join_chain(config: Config, url: str, code: str, *, terminal_name: str, register: Register, run_round: RunRound,
               clock: Clock | None = None, progress: Progress | None = None) -> JoinOutcome:
    """Refuses a folder that holds a shop; raises JoinFailed (or the register's refusal)
    with nothing saved."""
    say = progress or (lambda _step: None)
    clock = clock or SystemClock()
    ensure_writable_dir(config.data_dir)
    if shop_exists(config):
        raise ShopExists(where=str(config.data_dir))
    for leftover in config.data_dir.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(leftover, ignore_errors=True)  # an earlier setup or join cut off half-way
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=config.data_dir))
    try:
        staged = replace(config, data_dir=staging)
        database = open_shop_database(staged.db_path, staged.backup_dir)
        try:
            say("register")
            answer = register(database.uow, url, code, terminal_name, clock=clock)
            say("pull")
            result = run_round(database.uow, clock=clock, keys=JoiningKeys(staged.key_path))
            if getattr(result, "error", None):
                # The round's own sentence: SyncRound carries its text, not the error.
                raise JoinFailed(template=(
                    "This till did not join the chain: {reason} Nothing was saved; ask head office for a new "
                    "enrolment code (this one is used up) and try again."), reason=SyncSentence(result.error))
            if not holds_shop(database.uow(readonly=True)) or not staged.key_path.is_file():
                raise JoinFailed(template=(
                    "This till did not join the chain: head office has not published the shop yet (its till "
                    "publishes it on its next sync). Nothing was saved; ask head office for a new enrolment code "
                    "(this one is used up) and try again."))
            say("check")
            new_shop_ring(database.uow, staged.key_path)  # records head office's ring, received above
            uow = database.uow(readonly=True)
            with uow:
                shop_name = uow.settings.get("shop_name") or ""
                members = uow.members.count()
        finally:
            database.close()
        report = check_file(staged.db_path)
        if not report.ok:
            raise JoinFailed(template=("This till did not join the chain: {problems}. Nothing was saved; ask head office "
                                       "for a new enrolment code (this one is used up) and try again."),
                             problems=ProblemLines(report.problems[:3]))
        say("save")
        stamp = clock.now().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        first_backup = back_up(staged.db_path, staged.key_path, staged.backup_dir / f"loyalty-join-{stamp}.sqlite")
        ready = backup(staged.db_path, staging / "ready.sqlite")
        placed = put_in_place(config, staged, ready, first_backup)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return JoinOutcome(str(answer["terminal_id"]), shop_name, members, config.data_dir, placed)
