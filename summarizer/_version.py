"""The package's version: written here only.

``pyproject.toml`` reads it when the package is built (``[tool.hatch.version]``), and
:mod:`summarizer` and the fetcher's User-Agent import it. A module of its own, with nothing
else in it, so that reading the version loads nothing else of the package.
"""

__version__ = "0.1.0"
