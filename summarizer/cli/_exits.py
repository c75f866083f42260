"""The command's exit statuses."""

EXIT_OK = 0
EXIT_ERROR = 1  # nothing done: every source failed, or an error before any work
EXIT_USAGE = 2
EXIT_PARTIAL = 3  # some sources done, some not
EXIT_INTERRUPTED = 130
