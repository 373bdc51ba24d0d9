"""Read JSONL input files with errors that name the file and line (judge, calibrate and import share it)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from censorscope.errors import InputError


def read_jsonl_objects(path: Path, encoding: str = "utf-8") -> list[tuple[int, dict[str, Any]]]:
    """(line number, object) pairs; blank lines skipped; anything else is an InputError naming file:line."""
    try:
        text = path.read_text(encoding=encoding)
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", file=str(path)) from None
    out = []
    for n, line in enumerate(text.split("\n"), 1):  # not splitlines(): U+2028 may sit raw inside a JSON string
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if "\\u" in line:  # only an escape can smuggle in a lone surrogate (the file itself is UTF-8)
                json.dumps(row, ensure_ascii=False).encode("utf-8")
        except RecursionError:
            raise InputError("invalid JSON: nested too deeply", file=str(path), line=n) from None
        except UnicodeEncodeError:  # a lone "\ud800" escape: not Unicode, cannot be written back out
            raise InputError("invalid JSON: a lone surrogate escape is not valid Unicode", file=str(path),
                             line=n) from None
        except ValueError as exc:
            raise InputError(f"invalid JSON: {exc.args[0] if exc.args else exc}", file=str(path), line=n) from None
        if not isinstance(row, dict):
            raise InputError("expected a JSON object", file=str(path), line=n)
        out.append((n, row))
    return out
