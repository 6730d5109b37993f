"""How text gets in: sources, the ingest run, storing, identity across articles, uploads and their worker."""
