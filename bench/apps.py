from django.apps import AppConfig


class BenchConfig(AppConfig):
    """Development only: the ingest and page benchmarks and their synthetic data (no models)."""

    name = "bench"
