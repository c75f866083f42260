"""eval (private)."""
