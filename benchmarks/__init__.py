"""Reproducible performance measurements (python -m benchmarks)."""
