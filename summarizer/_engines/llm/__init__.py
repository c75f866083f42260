"""llm (private)."""
