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
import random
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from loyalty_pos.bench.figures import Figure

from loyalty_pos import whole_numbers

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

    return store_group.run(store, log=_log)


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


def run_from_cli(args: argparse.Namespace) -> int:
    from loyalty_pos.bench.seeded import SeededStore

    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="loyalty-bench-") as scratch:
        data_dir = getattr(args, "data_dir", None)  # the CLI's global --data-dir: reuse that store
        store = SeededStore(Path(scratch), args.members, _log, Path(data_dir) if data_dir else None)
        for group in selected_groups(args):
            _log(f"== {group}")
            for figure in _RUNNERS[group](store, args):
                figures.append(figure)
                if not args.json:
                    print(figure.line(), flush=True)
    if args.json:
        print(json.dumps([f.as_dict() for f in figures]))
    return 0 if all(f.passed for f in figures) else 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--members", type=int, default=1_000_000, help="store size (default 1,000,000)")
    parser.add_argument("--json", action="store_true", help="one JSON list on stdout")
    for group in GROUPS:
        parser.add_argument(f"--{group}", action="store_true", help=f"only the {group} group")
    parser.add_argument("--cycles", type=whole_numbers.positive, default=1_000, help="--crash: kill -9 cycles (default 1,000)")
    parser.add_argument("--seed", type=int, help="--crash: the seed of the kill moments (default: a new one, printed)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loyalty_pos.bench")
    add_arguments(parser)
    return run_from_cli(parser.parse_args(argv))
