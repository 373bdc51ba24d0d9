"""A rich progress bar per target, fed by the runner's progress hook."""

from __future__ import annotations

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
    def __init__(self) -> None:
        self.progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TimeRemainingColumn(),
                                 console=console, transient=False)
        self.task: TaskID | None = None

    def hook(self, event: str, done: int, total: int) -> None:
        if event.startswith("start:"):
            self.task = self.progress.add_task(event[6:], total=total, completed=done, rate="")
        elif event == "step" and self.task is not None:
            self.progress.advance(self.task, done)
            task = self.progress.tasks[-1]
            if task.speed:
                self.progress.update(self.task, rate=f"{task.speed:.1f}/s")

    def stop(self) -> None:
        self.progress.stop()

    def __enter__(self) -> RunProgress:
        self.progress.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.progress.stop()
