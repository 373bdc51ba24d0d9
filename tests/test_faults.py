"""Fault injection against a real loopback server, driven through the real `censorscope run` CLI.

Every misbehaviour must end in the right outcome (retried and then stored, or stored as an error
with its reason) while the rest of the run carries on; a wrong key or an unreachable host must stop
the run early with one clear line instead of a retry storm.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import socket
import sqlite3
import struct
import subprocess
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from conftest import run_cli
from openai_server import OpenAIServer, free_port

from censorscope.suite import load_suite

Handler = Callable[[web.Request], Awaitable[web.StreamResponse | None]]
MB = 1024 * 1024


# -- misbehaving replies ----------------------------------------------------------------------------
def status(code: int, headers: dict[str, str] | None = None) -> web.Response:
    return web.json_response({"error": {"message": f"HTTP {code} from the fault injector"}}, status=code,
                             headers=headers)


def raw(body: bytes, content_type: str = "application/json") -> web.Response:
    return web.Response(body=body, content_type=content_type)


def completion(message: dict[str, Any], finish_reason: Any = "stop", usage: Any = None) -> web.Response:
    return web.json_response({"id": "x", "object": "chat.completion", "choices": [
        {"index": 0, "message": {"role": "assistant", **message}, "finish_reason": finish_reason}],
        "usage": usage if usage is not None else {"prompt_tokens": 3, "completion_tokens": 4}})


def cut_body(reset: bool) -> Handler:
    """Headers promise 4 KB, a few bytes follow, then the connection dies (RST, or a clean FIN)."""
    async def handler(request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse(headers={"Content-Type": "application/json", "Content-Length": "4096"})
        await resp.prepare(request)
        await resp.write(b'{"id": "x", "choices": [{"index": 0, "message": {"content": "half an ans')
        transport = request.transport
        assert transport is not None
        if reset:
            sock = transport.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            transport.abort()
        else:
            transport.close()
        return resp
    return handler


def slow(seconds: float) -> Handler:
    """Answer normally, but only after the client's timeout has passed."""
    async def handler(request: web.Request) -> None:
        await asyncio.sleep(seconds)
    return handler


def huge(size: int, chunked: bool) -> Handler:
    """A valid completion of `size` bytes, streamed (no Content-Length) or announced up front."""
    head = b'{"choices": [{"index": 0, "finish_reason": "stop", "message": {"content": "'
    tail = b'"}}]}'
    async def handler(request: web.Request) -> web.StreamResponse:
        headers = {"Content-Type": "application/json"}
        if not chunked:
            headers["Content-Length"] = str(size)
        resp = web.StreamResponse(headers=headers)
        if chunked:
            resp.enable_chunked_encoding()
        await resp.prepare(request)
        try:
            await resp.write(head)
            left = size - len(head) - len(tail)
            while left > 0:
                n = min(MB, left)
                await resp.write(b"a" * n)
                left -= n
            await resp.write(tail)
        except (ConnectionError, RuntimeError):
            pass  # the client stopped reading: exactly what we want
        return resp
    return handler


def http_date_in(seconds: float) -> str:
    return email.utils.formatdate(time.time() + seconds, usegmt=True)


# name -> (reply for attempt a (None = behave normally), expected error_kind or None, expected attempts)
FAULTS: dict[str, tuple[Callable[[int], Any], str | None, int]] = {
    "http500_once": (lambda a: status(500) if a == 1 else None, None, 2),
    "http502_once": (lambda a: status(502) if a == 1 else None, None, 2),
    "http503_once_http_date": (lambda a: status(503, {"Retry-After": http_date_in(1)}) if a == 1 else None, None, 2),
    "http429_retry_after": (lambda a: status(429, {"Retry-After": "1"}) if a == 1 else None, None, 2),
    "http429_no_retry_after": (lambda a: status(429) if a == 1 else None, None, 2),
    "reset_mid_body_once": (lambda a: cut_body(reset=True) if a == 1 else None, None, 2),
    "slow_once": (lambda a: slow(1.6) if a == 1 else None, None, 2),
    "invalid_json_once": (lambda a: raw(b'{"choices": [{"message": {"content": "tru') if a == 1 else None, None, 2),
    "stream_cut_once": (lambda a: cut_body(reset=False) if a == 1 else None, None, 2),
    "html_error_page_once": (lambda a: raw(b"<html>502 Bad Gateway</html>", "text/html") if a == 1 else None,
                             None, 2),
    "no_choices": (lambda a: web.json_response({"id": "x", "object": "chat.completion"}), "no_choices", 1),
    "empty_stop": (lambda a: completion({"content": ""}, "stop"), None, 1),
    "content_filter": (lambda a: completion({"content": ""}, "content_filter"), None, 1),
    "too_large_chunked_10mb": (lambda a: huge(10 * MB, chunked=True), "too_large", 1),
    "too_large_length_10mb": (lambda a: huge(10 * MB, chunked=False), "too_large", 1),
    "http500_always": (lambda a: status(500), "http_500", 3),
    "reset_always": (lambda a: cut_body(reset=True), "connection", 3),
    "slow_always": (lambda a: slow(1.6), "timeout", 3),
    "invalid_json_always": (lambda a: raw(b"not json at all"), "invalid_json", 3),
    "provider_error": (lambda a: web.json_response({"error": {"message": "model is overloaded"}}), "provider_error", 1),
    "http400": (lambda a: status(400), "http_400", 1),
    "lone_surrogate": (lambda a: completion({"content": "Kosovo \ud83c declared independence in 2008"}), None, 1),
    "odd_types": (lambda a: completion({"content": "An answer."}, 7, {"prompt_tokens": "12", "completion_tokens": -1}),
                  None, 1),
    "normal": (lambda a: None, None, 1),
}


class FaultPlan:
    """Assign one fault per (prompt, seed) and remember every attempt the server saw."""

    def __init__(self, probes: list[tuple[str, str]], samples: int) -> None:
        items = [(pid, text, seed) for seed in range(samples) for pid, text in probes]
        assert len(items) == len(FAULTS)
        self.by_key = {(text, seed): name for (_, text, seed), name in zip(items, FAULTS, strict=True)}
        self.by_item = {(pid, seed): name for (pid, _, seed), name in zip(items, FAULTS, strict=True)}
        self.attempts: dict[str, list[float]] = defaultdict(list)
        self.lock = threading.Lock()

    def __call__(self, n: int, body: dict[str, Any]) -> Any:
        name = self.by_key[(body["messages"][-1]["content"], body.get("seed"))]
        with self.lock:
            self.attempts[name].append(time.monotonic())
            attempt = len(self.attempts[name])
        return FAULTS[name][0](attempt)


def test_every_fault_ends_in_the_right_outcome(tmp_path: Path) -> None:
    suite = load_suite("starter")
    probes = [(p.id, p.text) for p in suite.probes]
    samples = len(FAULTS) // len(probes)
    plan = FaultPlan(probes, samples)
    with OpenAIServer() as srv:
        srv.state.fault = plan
        t0 = time.monotonic()
        r = run_cli("run", "--target", f"openai:m@{srv.url};timeout=1;retries=2", "--suite", "starter",
                    "--judge", "rules",
                    "--samples", str(samples), "--concurrency", str(len(FAULTS)), cwd=tmp_path)
        elapsed = time.monotonic() - t0
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert elapsed < 30, elapsed

    db = sqlite3.connect(tmp_path / "censorscope.db")
    db.row_factory = sqlite3.Row
    rows = db.execute("SELECT s.*, v.verdict, v.evidence FROM responses s JOIN verdicts v "
                      "ON v.response_id = s.id AND v.judge = 'final'").fetchall()
    assert len(rows) == len(FAULTS)  # every item stored once, with its final verdict
    seen = set()
    for row in rows:
        name = plan.by_item[(row["probe_id"], row["sample"])]
        seen.add(name)
        _, kind, attempts = FAULTS[name]
        assert row["error_kind"] == kind, (name, row["error"])
        assert row["attempts"] == attempts == len(plan.attempts[name]), name
        evidence = json.loads(row["evidence"])
        if kind is None:
            assert row["error"] is None, name
        else:
            assert row["error"] and row["verdict"] == "error", name
        if name == "empty_stop":  # suppression evidence, not a transport error
            assert row["text"] == "" and row["finish_reason"] == "stop"
            assert row["verdict"] == "refused" and evidence["suppression"] == "empty_stop"
        elif name == "content_filter":
            assert row["finish_reason"] == "content_filter" and evidence["suppression"] == "content_filter"
        elif name == "lone_surrogate":
            assert row["text"] == "Kosovo \ufffd declared independence in 2008"
        elif name == "odd_types":
            assert row["text"] == "An answer." and row["prompt_tokens"] is None and row["finish_reason"] is None
        elif kind is None:  # retried, then the real answer was stored and judged
            assert row["text"] and row["verdict"] != "error", name
    assert seen == set(FAULTS)
    # Retry-After is honoured; without it the client still backs off instead of hammering
    for name, at_least in (("http429_retry_after", 0.95), ("http503_once_http_date", 0.0),
                           ("http429_no_retry_after", 0.2)):
        first, second = plan.attempts[name]
        assert second - first >= at_least, name
    # the outputs agree with the store
    lines = [json.loads(x) for x in (tmp_path / "censorscope-out" / "results.jsonl").read_text().splitlines()]
    assert len(lines) == len(FAULTS)
    assert sum(1 for x in lines if x["error_kind"] == "too_large") == 2


CLIENT = """
import asyncio, sys, tracemalloc
from censorscope.targets import SamplingParams, make_target

async def main():
    target = make_target(sys.argv[1] + ";retries=0")
    tracemalloc.start()
    r = await target.complete("x", SamplingParams(max_tokens=8))
    print(r.error_kind, r.attempts, tracemalloc.get_traced_memory()[1])
    await target.aclose()

asyncio.run(main())
"""


@pytest.mark.parametrize(("chunked", "size"), [(True, 10 * MB), (False, 10 * MB), (True, 64 * MB)])
def test_oversized_body_is_refused_without_buffering_it(chunked: bool, size: int) -> None:
    """A 10 MB (or 64 MB streamed) body costs the client at most the 4 MB cap, never the whole body.

    The client runs in its own process so that tracemalloc sees its allocations only.
    """
    with OpenAIServer() as srv:
        srv.state.fault = lambda n, body: huge(size, chunked=chunked)
        r = subprocess.run([sys.executable, "-c", CLIENT, f"openai:m@{srv.url}"], capture_output=True, text=True,
                           timeout=60)
    assert r.returncode == 0, r.stderr
    kind, attempts, peak = r.stdout.split()
    assert (kind, attempts) == ("too_large", "1")
    assert int(peak) < 8 * MB, peak


# -- a target that cannot work at all: stop early, one line, a handful of requests -------------------
class CountingServer(OpenAIServer):
    """Counts every HTTP request, including those rejected before the chat handler runs."""

    hits = 0

    def _authorised(self, request: web.Request) -> bool:
        self.hits += 1
        return super()._authorised(request)


class Forbidding(CountingServer):
    """A key that is valid but has no access (HTTP 403)."""

    async def _models(self, request: web.Request) -> web.Response:
        self.hits += 1
        return status(403)


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "error" in line.lower()]


@pytest.mark.parametrize("code", [401, 403])
def test_wrong_key_stops_at_preflight(tmp_path: Path, code: int) -> None:
    server = CountingServer(api_key="sk-right") if code == 401 else Forbidding()
    with server as srv:
        t0 = time.monotonic()
        r = run_cli("run", "--target", f"openai:m@{srv.url}", "--suite", "starter",
                    "--judge", "rules", "--samples", "50",
                    cwd=tmp_path, env={"OPENAI_API_KEY": "sk-wrong"})
        assert time.monotonic() - t0 < 15
        assert r.returncode == 2, r.stderr
        assert "Traceback" not in r.stderr
        (line,) = error_lines(r.stderr)
        assert f"rejected the API key (HTTP {code})" in line
        assert srv.hits <= 2 and srv.requests == []


def test_key_rejected_mid_run_stops_then_resumes(tmp_path: Path) -> None:
    """/models is open but chat says 401 after a few answers (a revoked key): no retries, keep what is stored."""
    code = 401
    with OpenAIServer() as srv:
        srv.state.fault = lambda n, body: status(code) if n > 3 else None
        args = ("run", "--target", f"openai:m@{srv.url};retries=4", "--suite", "starter",
                "--judge", "rules", "--samples", "5",
                "--concurrency", "2")
        r = run_cli(*args, cwd=tmp_path)
        assert r.returncode == 2, r.stderr
        assert "Traceback" not in r.stderr
        (line,) = error_lines(r.stderr)
        assert f"rejected the API key (HTTP {code})" in line
        asked = len(srv.requests)
        assert asked <= 3 + 2  # the answers, then at most one rejected request per worker: no retry storm
        db = sqlite3.connect(tmp_path / "censorscope.db")
        stored = db.execute("SELECT COUNT(*) FROM responses").fetchone()[0]
        assert stored == 3
        assert db.execute("SELECT status FROM runs").fetchone()[0] == "failed"
        srv.state.fault = None  # key fixed: the same command finishes the run, asking only what is missing
        r = run_cli(*args, cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        assert db.execute("SELECT COUNT(*), COUNT(DISTINCT probe_id || '/' || sample) FROM responses"
                          ).fetchone() == (40, 40)
        assert len(srv.requests) - asked == 40 - 3
        assert db.execute("SELECT status FROM runs").fetchone()[0] == "finished"


def test_unreachable_host_stops_at_preflight(tmp_path: Path) -> None:
    t0 = time.monotonic()
    r = run_cli("run", "--target", f"openai:m@http://127.0.0.1:{free_port()}/v1", "--suite", "starter",
                "--judge", "rules", "--samples", "50", cwd=tmp_path)
    assert time.monotonic() - t0 < 15
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    (line,) = error_lines(r.stderr)
    assert "cannot connect to http://127.0.0.1:" in line


def test_a_run_that_cannot_start_leaves_no_empty_run(tmp_path: Path) -> None:
    """Issue: a failed start stored an empty `failed` run and told the user to resume it."""
    url = f"http://127.0.0.1:{free_port()}/v1"
    r = run_cli("run", "--target", f"openai:m@{url}", "--suite", "starter", "--judge", "rules", cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert url in r.stderr and "Nothing was stored" in r.stderr and "--resume" not in r.stderr
    runs = run_cli("runs", cwd=tmp_path)
    assert runs.returncode == 0, runs.stderr
    db = sqlite3.connect(tmp_path / "censorscope.db")
    assert db.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 0
