"""briefing (private)."""
