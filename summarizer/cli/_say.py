"""What the command line says of a library error: the same line, naming flags where the library
names its own arguments (``FetchSettings.allow_private_hosts``, ``engine='offline'``)."""

from __future__ import annotations

__all__ = ["for_the_command_line"]

# Library wording -> command-line wording. The library's messages name what a caller of the
# library can change; a user of the command changes flags.
_FLAGS = (
    ("(FetchSettings.allow_private_hosts is False)", "(--block-private-hosts)"),
    ("or use engine='offline'", "or use --engine offline"),
    ("LLMSettings.timeout", "--timeout"),
    ("LLMSettings.article_timeout", "--article-timeout"),
    ("LLMSettings.max_reasks", "--max-reasks"),
    ("LLMSettings.max_output_tokens", "--max-output-tokens"),
    ("LLMSettings.api_key", "--api-key"),
    ("FetchSettings.timeout", "--timeout"),
    ("RetryPolicy.max_total_wait", "--max-wait"),
    ("max_cost cannot be kept", "--max-cost cannot be kept"),
    ("batch=True needs the LLM engine (engine='llm')", "--batch needs --engine llm"),
)


def for_the_command_line(text: str) -> str:
    """``text`` (an error line) with library argument names turned into flags."""
    for library, flag in _FLAGS:
        text = text.replace(library, flag)
    return text
