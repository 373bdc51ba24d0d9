"""Runner: one audit of one or more targets, resumable."""

from censorscope.runner.config import RunConfig
from censorscope.runner.run import Runner, RunOutcome

__all__ = ["RunConfig", "RunOutcome", "Runner"]
