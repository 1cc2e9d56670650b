"""``loyalty-pos bench`` / ``python -m loyalty_pos.bench``: run the groups, print figures.

Without a selector: the engine and the store/services groups; ``--gui`` and
``--reports`` on request; ``--crash [--cycles N] [--seed S]`` kills a seller N times
and counts what was lost (its own scratch shop, or the ``--data-dir`` shop). ``loyalty-pos --data-dir DIR bench ...`` measures the store
in DIR, seeding it only if it is empty (the store group sells into it). ``--json``
prints one JSON list on stdout; progress always goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from loyalty_pos.bench.figures import Figure

from loyalty_pos import whole_numbers
from loyalty_pos.i18n.catalogue import text
from loyalty_pos.i18n.languages import ENGLISH

if TYPE_CHECKING:
    # The seeded store imports the whole program; `loyalty-pos --help` builds this
    # module's arguments and must not (see cli/main.py).
    from loyalty_pos.bench.seeded import SeededStore

GROUPS = ("engine", "store", "gui", "reports", "crash", "sync")
DEFAULT_GROUPS = ("engine", "store")


def _engine(store: SeededStore, args: argparse.Namespace) -> list[Figure]:
    from loyalty_pos.bench import engine

    return engine.run()


def _store(store: SeededStore, args: argparse.Namespace) -> list[Figure]:
    from loyalty_pos.bench import store as store_group

    return store_group.run(store, log=_log, with_sync=args.sync)


def _gui(store: SeededStore, args: argparse.Namespace) -> list[Figure]:
    from loyalty_pos.bench import gui

    return gui.run(store, log=_log)


def _reports(store: SeededStore, args: argparse.Namespace) -> list[Figure]:
    from loyalty_pos.bench import reports

    return reports.run(store, log=_log)


def _crash(store: SeededStore, args: argparse.Namespace) -> list[Figure]:
    from loyalty_pos.bench import crash

    # Never seeded: a shop of a million members would make each cycle's check the whole run.
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    _log(f"crash seed {seed} (repeat with --seed {seed}); {args.cycles:,} cycles in {store.config.data_dir}")
    run = crash.run_cycles(store.config.data_dir, args.cycles, seed, _log)
    return crash.figures(run, args.cycles)


def _sync(store: SeededStore, args: argparse.Namespace) -> list[Figure]:
    from loyalty_pos.bench import sync

    return sync.run(log=_log, pull_members=args.members)


_RUNNERS: dict[str, Callable[[SeededStore, argparse.Namespace], list[Figure]]] = {
    "engine": _engine,
    "store": _store,
    "gui": _gui,
    "reports": _reports,
    "crash": _crash,
    "sync": _sync,
}


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def selected_groups(args: argparse.Namespace) -> list[str]:
    chosen = [group for group in GROUPS if getattr(args, group, False)]
    return chosen or list(DEFAULT_GROUPS)


# Groups whose figures depend on fsync reaching the disk: seeding to its last fsync and
# the durable checkout.
DURABILITY_GROUPS = ("store",)
# Groups measured on the seeded store, whose figures carry its member count. The engine
# prices in memory: its figure carries the count only in a run that also measured a store
# (so a run on a small store prints no PASS at all). The crash group kills a seller in a
# shop of its own, whatever --members says.
STORE_SIZED_GROUPS = ("store", "gui", "reports")


def tmpfs_refusal(data_dir: Path, groups: list[str]) -> str | None:
    """Why these groups must not run on ``data_dir`` without --allow-tmpfs, or None."""
    from loyalty_pos.bench.environment import in_memory

    durable = [group for group in groups if group in DURABILITY_GROUPS]
    where = in_memory(data_dir) if durable else None
    if where is None:
        return None
    return (f"refusing to measure durability ({', '.join(durable)} group) in {data_dir}: it is on {where}, "
            "where fsync costs nothing, so durable checkouts and seeding would read faster than on any disk. "
            "Point TMPDIR or --data-dir at a directory on a disk, or pass --allow-tmpfs to measure there anyway "
            "(every figure then says its file system).")


def header(members: int | None, data_dir: Path, cpu: str, filesystem: str) -> str:
    from loyalty_pos.bench.cache import can_drop_os_cache
    from loyalty_pos.bench.environment import load_average

    load = load_average()
    why_not_cold = can_drop_os_cache()
    cold = "whole OS cache dropped" if why_not_cold is None else f"database pages evicted only ({why_not_cold})"
    return "\n".join((
        f"members      {members:,}" if members is not None else "members      none (engine only)",
        f"file system  {filesystem} ({data_dir})",
        f"CPU          {cpu}, {os.cpu_count()} logical",
        "load average " + (" ".join(f"{value:.2f}" for value in load) if load else "unknown"),
        f"cold cache   {cold}",
    ))


def run_from_cli(args: argparse.Namespace) -> int:
    from loyalty_pos.bench.environment import cpu_model, filesystem_of
    from loyalty_pos.bench.seeded import SeededStore

    figures: list[Figure] = []
    groups = selected_groups(args)
    with tempfile.TemporaryDirectory(prefix="loyalty-bench-") as scratch:
        data_dir = getattr(args, "data_dir", None)  # the CLI's global --data-dir: reuse that store
        store = SeededStore(Path(scratch), args.members, _log, Path(data_dir) if data_dir else None)
        refusal = None if args.allow_tmpfs else tmpfs_refusal(store.config.data_dir, groups)
        if refusal is not None:
            _log(refusal)
            return 2
        cpu, filesystem = cpu_model(), filesystem_of(store.config.data_dir)
        sized = any(group in STORE_SIZED_GROUPS for group in groups)
        if sized:
            store.ensure()  # the header says how many members: a reused store may differ from --members
        if not args.json:
            print(header(store.members if sized else None, store.config.data_dir, cpu, filesystem), flush=True)
        for group in groups:
            _log(f"== {group}")
            members = store.members if sized and group in (*STORE_SIZED_GROUPS, "engine") else None
            for figure in _RUNNERS[group](store, args):
                figure = figure.with_context(members=members, filesystem=filesystem, cpu=cpu)
                figures.append(figure)
                if not args.json:
                    print(figure.line(), flush=True)
    if args.json:
        print(json.dumps([f.as_dict() for f in figures]))
    return 1 if any(f.passed is False for f in figures) else 0


def add_arguments(parser: argparse.ArgumentParser, line: Callable[..., str]) -> None:
    """``line`` gives a help text by its catalogue code: ``loyalty-pos bench`` passes the CLI's
    (``cli.say.line``, the computer's language); ``python -m loyalty_pos.bench`` the English."""
    parser.add_argument("--members", type=int, default=1_000_000, help=line("cli.help.bench.members"))
    parser.add_argument("--json", action="store_true", help=line("cli.help.bench.json"))
    parser.add_argument("--allow-tmpfs", action="store_true",
                        help=line("cli.help.bench.allow_tmpfs"))
    for group in GROUPS:
        parser.add_argument(f"--{group}", action="store_true", help=line("cli.help.bench.group", group=group))
    parser.add_argument("--cycles", type=whole_numbers.read_with(line).positive, default=1_000,
                        help=line("cli.help.bench.cycles"))
    parser.add_argument("--seed", type=int, help=line("cli.help.bench.seed"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loyalty_pos.bench")
    add_arguments(parser, lambda code, **values: text(code, ENGLISH.code, **values))
    return run_from_cli(parser.parse_args(argv))
