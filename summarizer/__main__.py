"""``python -m summarizer``."""

from summarizer.cli import main

raise SystemExit(main())
