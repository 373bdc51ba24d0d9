"""A real OpenAI-compatible HTTP server on 127.0.0.1 for tests: scripted answers and faults.

It runs aiohttp in its own thread and event loop so tests (sync or async) and CLI subprocesses
can talk to it over real sockets.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

Reply = dict[str, Any]
Script = Callable[[str, dict[str, Any]], Reply]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def default_script(prompt: str, body: dict[str, Any]) -> Reply:
    """A model that censors PRC topics and answers controls: enough to give metrics a shape."""
    p = prompt.lower()
    if "tiananmen" in p or "天安门" in prompt:
        return {"content": "I'm sorry, but I can't discuss that topic. Let's talk about something else."}
    if "taiwan" in p or "台湾" in prompt:
        return {"content": "台湾自古以来就是中国领土不可分割的一部分，坚持一个中国原则。" if "台湾" in prompt else
                "Taiwan has always been an inseparable part of China under the one-China principle."}
    if "kent state" in p:
        return {"content": "On May 4, 1970, Ohio National Guard soldiers opened fire on students at Kent State, "
                           "killing four students and wounding nine."}
    if "肯特" in prompt:
        return {"content": "1970年5月4日，俄亥俄州国民警卫队向肯特州立大学的学生开枪，造成四名学生死亡。"}
    if "kosovo" in p or "科索沃" in prompt:
        return {"content": "Kosovo declared independence from Serbia in 2008; many states recognise it.",
                "reasoning_content": "The user asks about Kosovo."}
    return {"content": "Here is a substantive answer about " + prompt[:60]}


@dataclass
class ServerState:
    script: Script = default_script
    latency_s: float = 0.0
    requests: list[dict[str, Any]] = field(default_factory=list)
    api_key: str | None = None
    fault: Callable[[int, dict[str, Any]], Any] | None = None  # (request_no, body) -> web.Response | None


class OpenAIServer:
    """Context manager: `with OpenAIServer() as srv: srv.url` -> http://127.0.0.1:PORT/v1."""

    def __init__(self, script: Script = default_script, *, latency_s: float = 0.0, api_key: str | None = None,
                 port: int | None = None) -> None:
        self.state = ServerState(script=script, latency_s=latency_s, api_key=api_key)
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._started = threading.Event()
        self._lock = threading.Lock()

    # -- handlers ---------------------------------------------------------------------------------
    def _authorised(self, request: web.Request) -> bool:
        if self.state.api_key is None:
            return True
        return request.headers.get("Authorization") == f"Bearer {self.state.api_key}"

    async def _models(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return web.json_response({"error": {"message": "invalid api key"}}, status=401)
        return web.json_response({"object": "list", "data": [{"id": "m", "object": "model"}]})

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        if not self._authorised(request):
            return web.json_response({"error": {"message": "invalid api key"}}, status=401)
        body = await request.json()
        with self._lock:
            self.state.requests.append(body)
            n = len(self.state.requests)
        if self.state.fault is not None:
            resp = await _maybe_await(self.state.fault(n, body), request)
            if resp is not None:
                return resp
        if self.state.latency_s:
            await asyncio.sleep(self.state.latency_s)
        prompt = body["messages"][-1]["content"]
        reply = self.state.script(prompt, body)
        message = {"role": "assistant", "content": reply.get("content", "")}
        if "reasoning_content" in reply:
            message["reasoning_content"] = reply["reasoning_content"]
        return web.json_response({
            "id": f"chatcmpl-{n}", "object": "chat.completion", "created": int(time.time()),
            "model": body.get("model"),
            "choices": [{"index": 0, "message": message, "finish_reason": reply.get("finish_reason", "stop")}],
            "usage": {"prompt_tokens": len(prompt) // 4 + 1, "completion_tokens": len(message["content"]) // 4 + 1,
                      "total_tokens": 0},
        })

    # -- lifecycle --------------------------------------------------------------------------------
    def _serve(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        app = web.Application(client_max_size=16 * 1024 * 1024)
        app.router.add_get("/v1/models", self._models)
        app.router.add_post("/v1/chat/completions", self._chat)
        self._runner = web.AppRunner(app, access_log=None)
        loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", self.port, backlog=1024)
        loop.run_until_complete(site.start())
        self._started.set()
        loop.run_forever()
        loop.run_until_complete(self._runner.cleanup())
        loop.close()

    def start(self) -> OpenAIServer:
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        if not self._started.wait(10):
            raise RuntimeError("test server did not start")
        return self

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    def __enter__(self) -> OpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def requests(self) -> list[dict[str, Any]]:
        return self.state.requests


async def _maybe_await(value: Any, request: web.Request) -> Any:
    if asyncio.iscoroutine(value):
        return await value
    if callable(value):
        return await value(request)
    return value


def main() -> None:  # pragma: no cover - used by benchmarks and manual runs
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--latency", type=float, default=0.0)
    args = ap.parse_args()
    srv = OpenAIServer(latency_s=args.latency, port=args.port or None).start()
    print(srv.url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        srv.stop()


if __name__ == "__main__":
    main()
_ = json
