"""Helpers shared by the CLI commands: console, list options, one-line errors."""

from __future__ import annotations

import sys

from rich.console import Console

console = Console(stderr=True)
out = Console()


def split_list(values: list[str] | None) -> list[str] | None:
    """Accept `--lang en,zh-Hans` and `--lang en --lang zh-Hans` alike."""
    if not values:
        return None
    items = [v.strip() for value in values for v in value.split(",") if v.strip()]
    return items or None


def fail(message: str, code: int = 2) -> None:
    console.print(f"[bold red]error:[/] {message}", highlight=False, markup=True, soft_wrap=True)
    sys.exit(code)
