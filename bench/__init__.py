"""Benchmarks: `make bench` (ingest) and `make bench-pages` (pages over synthetic data)."""
