"""summarizer: world-news articles in, grounded briefings out."""
