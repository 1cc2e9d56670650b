"""Runnable benchmarks for the performance targets of DESIGN.md section 7."""
