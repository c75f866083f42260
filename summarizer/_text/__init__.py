"""text (private)."""
