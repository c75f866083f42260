"""The offline engine: rule-based, deterministic briefings with no model and no network."""

from summarizer._engines.offline._engine import OfflineEngine

__all__ = ["OfflineEngine"]
