"""Finding the files that ship beside the code: prompts and schemas.

In a checkout (or an editable install) they sit at the top of the repository; in a wheel the
build copies them into the package (see ``[tool.hatch...force-include]`` in pyproject.toml).
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """The folder ``name`` ("prompts" or "schemas"), wherever this copy keeps it."""
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"summarizer is installed without its {name}/ folder")
