"""The Target role: anything that turns a prompt into a Response."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from pydantic import BaseModel, ConfigDict


class SamplingParams(BaseModel):
    """Sampling settings; part of the resume key, so changing them asks again."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    temperature: float = 0.0
    max_tokens: int = 512
    top_p: float | None = None
    seed: int | None = 0
    system_prompt: str | None = None

    def key(self) -> str:
        return self.model_dump_json()


class Response(BaseModel):
    """What a target said, kept raw: the answer and the reasoning apart, and any error."""

    model_config = ConfigDict(extra="forbid")
    text: str = ""
    reasoning: str = ""
    finish_reason: str | None = None
    latency_s: float = 0.0
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    error: str | None = None
    error_kind: str | None = None
    attempts: int = 1

    @property
    def ok(self) -> bool:
        return self.error is None


class Target(ABC):
    """One model to audit. Implementations are async and safe to call concurrently."""

    #: short label used in tables and reports (e.g. "qwen2.5-coder-0.5b")
    name: str
    #: the spec string with any secret removed
    spec: str

    @abstractmethod
    async def complete(self, prompt: str, params: SamplingParams) -> Response:
        """Ask one prompt; never raises for a per-request failure (records it in Response.error)."""

    async def check(self) -> None:  # noqa: B027 - optional hook
        """Fail fast (raise TargetError) when the target cannot work at all: wrong key, unreachable."""

    async def aclose(self) -> None:  # noqa: B027 - optional hook
        """Release connections or model memory."""

    def manifest(self) -> dict[str, Any]:
        """What a reader needs to reproduce answers from this target (never a secret)."""
        return {"name": self.name, "spec": self.spec}
