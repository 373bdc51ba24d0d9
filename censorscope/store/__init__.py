"""Store: runs, responses and verdicts in one SQLite file."""

from censorscope.store.db import FINAL, Store

DEFAULT_DB = "censorscope.db"

__all__ = ["DEFAULT_DB", "FINAL", "Store"]
