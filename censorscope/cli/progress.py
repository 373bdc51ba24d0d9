"""A rich progress bar per target, fed by the runner's progress hook."""

from __future__ import annotations

import time
from typing import Any

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from censorscope.cli.common import console


class RunProgress:
    """Steps are counted as they come and drawn at most ten times a second: redrawing per response cost
    0.2 ms of the event loop's time each, more than judging."""

    INTERVAL_S = 0.1

    def __init__(self) -> None:
        self.progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TimeRemainingColumn(),
                                 console=console, transient=False)
        self.task: TaskID | None = None
        self.pending = 0
        self.last = 0.0

    def hook(self, event: str, done: int, total: int) -> None:
        if event.startswith("start:"):
            self.flush()
            self.task = self.progress.add_task(event[6:], total=total, completed=done, rate="")
        elif event == "step" and self.task is not None:
            self.pending += done
            if time.monotonic() - self.last >= self.INTERVAL_S:
                self.flush()
        elif event == "end":
            self.flush()

    def flush(self) -> None:
        """Draw the steps counted since the last draw."""
        self.last = time.monotonic()
        if self.task is None or not self.pending:
            return
        self.progress.advance(self.task, self.pending)
        self.pending = 0
        task = self.progress.tasks[-1]
        if task.speed:
            self.progress.update(self.task, rate=f"{task.speed:.1f}/s")

    def stop(self) -> None:
        self.flush()
        self.progress.stop()

    def __enter__(self) -> RunProgress:
        self.progress.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()
