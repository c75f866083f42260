"""ingest (private)."""
