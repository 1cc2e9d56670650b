"""Runnable benchmarks for the performance targets of docs/ARCHITECTURE.md section 8.

The folder stays at the top of the repository but installs as ``loyalty_pos.bench``
(pyproject's package-dir), so an installed till can be measured with
``loyalty-pos bench`` and no top-level ``benchmarks`` package lands in site-packages.
"""
