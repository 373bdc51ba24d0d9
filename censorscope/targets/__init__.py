"""Targets: the models under audit, named by spec strings."""

from __future__ import annotations

import os

from censorscope.errors import InputError
from censorscope.targets.base import Response, SamplingParams, Target
from censorscope.targets.spec import TargetSpec, parse_target_spec, redact


def make_target(spec_text: str, *, api_key_env: str = "OPENAI_API_KEY", threads: int | None = None,
                chat_format: str | None = None, concurrency: int = 32) -> Target:
    """Build a Target from a spec string; heavy back-ends are imported only when used."""
    spec = parse_target_spec(spec_text)
    if spec.kind == "openai":
        from censorscope.targets.openai import OpenAITarget

        key = os.environ.get(api_key_env) if api_key_env else None
        if api_key_env and api_key_env != "OPENAI_API_KEY" and key is None:
            raise InputError(f"environment variable {api_key_env} is not set", field="--api-key-env")
        return OpenAITarget(spec, api_key=key or None, per_replica_concurrency=concurrency)
    from censorscope.targets.gguf import GGUFTarget  # needs the [embedded] extra

    return GGUFTarget(spec, threads=threads, chat_format=chat_format)


__all__ = ["Response", "SamplingParams", "Target", "TargetSpec", "make_target", "parse_target_spec", "redact"]
