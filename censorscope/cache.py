"""censorscope's cache folder: assembled models, the trained classifier, the chart library bundle.

Everything there can be rebuilt from what is installed, so it may be deleted at any time; writes are atomic
(temp file + rename) so concurrent runs never read half a file."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """$CENSORSCOPE_CACHE, else $XDG_CACHE_HOME/censorscope, else ~/.cache/censorscope."""
    if env := os.environ.get("CENSORSCOPE_CACHE"):
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "censorscope"


def write_atomic(path: Path, data: bytes) -> None:
    """Write via a temp file in the same folder and rename; OSError when the folder is not writable."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def keep_newest(folder: Path, pattern: str, keep: int = 3) -> None:
    """Delete all but the `keep` newest files matching `pattern` (models of older corpora or judge versions)."""
    for old in sorted(folder.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)[keep:]:
        old.unlink(missing_ok=True)
