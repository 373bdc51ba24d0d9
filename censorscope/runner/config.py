"""What a run is asked to do; its hash lets the same command find and continue its run."""

from __future__ import annotations

import hashlib

from pydantic import BaseModel, ConfigDict

from censorscope.targets.base import SamplingParams


class RunConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    targets: list[str]
    suite: str = "prc"
    subset: str | None = None
    langs: list[str] | None = None
    topics: list[str] | None = None
    styles: list[str] | None = None
    probe_ids: list[str] | None = None
    samples: int = 1
    params: SamplingParams = SamplingParams()
    concurrency: int = 32
    judge: str = "rules,classifier"
    api_key_env: str = "OPENAI_API_KEY"
    threads: int | None = None
    chat_format: str | None = None

    def config_hash(self, suite_hash: str) -> str:
        """Identity of the work (not of how fast it is done): concurrency and threads are left out."""
        body = self.model_dump(mode="json", exclude={"concurrency", "threads", "api_key_env"})
        body["suite_hash"] = suite_hash
        import json

        return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:24]

    def public(self) -> dict[str, object]:
        """The config without secrets (credentials inside URLs are redacted)."""
        from censorscope.targets.spec import redact

        data = self.model_dump(mode="json")
        data["targets"] = [redact(t) for t in self.targets]
        data["judge"] = redact(self.judge)
        return data
