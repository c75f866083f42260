"""engines (private)."""
