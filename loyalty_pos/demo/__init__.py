"""The demo shop: a realistic deli with a year of history, for trying and benchmarking."""
