"""The HTTP target against real loopback servers: retries, Retry-After, auth, replicas."""

from __future__ import annotations

import time

import pytest
from aiohttp import web
from openai_server import OpenAIServer

from censorscope.errors import TargetError
from censorscope.targets import SamplingParams, make_target

P = SamplingParams(max_tokens=16)


async def test_retries_honour_retry_after_then_succeed() -> None:
    with OpenAIServer() as srv:
        srv.state.fault = lambda n, body: (web.json_response({"error": "busy"}, status=429,
                                                             headers={"Retry-After": "1"}) if n == 1 else None)
        target = make_target(f"openai:m@{srv.url}")
        t0 = time.perf_counter()
        r = await target.complete("Kent State?", P)
        await target.aclose()
        assert r.ok and r.attempts == 2 and "National Guard" in r.text
        assert time.perf_counter() - t0 >= 0.95


async def test_persistent_503_becomes_recorded_error() -> None:
    with OpenAIServer() as srv:
        srv.state.fault = lambda n, body: web.json_response({"error": "down"}, status=503)
        target = make_target(f"openai:m@{srv.url};retries=2")
        target.backoff_s = 0.01
        r = await target.complete("x", P)
        await target.aclose()
        assert not r.ok and r.error_kind == "http_503" and r.attempts == 3 and len(srv.requests) == 3


async def test_wrong_key_fails_fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "wrong")
    with OpenAIServer(api_key="right") as srv:
        target = make_target(f"openai:m@{srv.url}")
        with pytest.raises(TargetError, match="rejected the API key"):
            await target.check()
        await target.aclose()


async def test_unreachable_host_fails_fast() -> None:
    from openai_server import free_port

    target = make_target(f"openai:m@http://127.0.0.1:{free_port()}/v1")
    with pytest.raises(TargetError, match="cannot connect"):
        await target.check()
    await target.aclose()


async def test_replicas_share_the_load() -> None:
    import asyncio

    with OpenAIServer(latency_s=0.02) as a, OpenAIServer(latency_s=0.02) as b:
        target = make_target(f"openai:m@{a.url},{b.url}")
        await asyncio.gather(*(target.complete(f"q{i}", P) for i in range(40)))
        await target.aclose()
        assert len(a.requests) + len(b.requests) == 40
        assert 12 <= len(a.requests) <= 28


async def test_key_is_sent_as_bearer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MY_KEY", "sk-test-123")
    with OpenAIServer(api_key="sk-test-123") as srv:
        target = make_target(f"openai:m@{srv.url}", api_key_env="MY_KEY")
        await target.check()
        r = await target.complete("Kosovo?", P)
        await target.aclose()
        assert r.ok and r.reasoning == "The user asks about Kosovo."
