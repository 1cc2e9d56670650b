"""The ``loyalty-pos`` command line: one module per group of commands."""

from loyalty_pos.cli.main import main, till_main

__all__ = ["main", "till_main"]
