"""The program's version, written once: packaging reads it (pyproject's dynamic version),
and so do ``--version`` and the About box."""

__version__ = "0.1.0"
