"""Any OpenAI-compatible chat endpoint (vLLM, SGLang, TGI, llama.cpp, Ollama, OpenRouter...) over aiohttp."""

from __future__ import annotations

import asyncio
import email.utils
import json
import random
import re
import time
from dataclasses import dataclass
from typing import Any

import aiohttp

from censorscope.errors import TargetError
from censorscope.targets.base import Response, SamplingParams, Target
from censorscope.targets.spec import TargetSpec, credentials_in_urls
from censorscope.text.reasoning import split_reasoning

RETRY_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}
FATAL_STATUS = {401, 403}
MAX_BODY_BYTES = 4 * 1024 * 1024


@dataclass
class _Replica:
    url: str
    auth: str
    limit: asyncio.Semaphore
    in_flight: int = 0


class _Retryable(Exception):
    def __init__(self, kind: str, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.kind, self.retry_after = kind, retry_after


class _Final(Exception):
    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or HTTP date); None when absent/invalid."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class OpenAITarget(Target):
    """Chat completions with bounded concurrency per replica, retries, and Retry-After."""

    def __init__(self, spec: TargetSpec, *, api_key: str | None = None, timeout_s: float = 120.0,
                 max_retries: int = 4, per_replica_concurrency: int = 64, backoff_s: float = 0.5,
                 max_backoff_s: float = 30.0, name: str | None = None) -> None:
        self.spec = spec.redacted
        self.model = spec.model
        self.name = name or spec.options.get("name") or spec.model
        self.timeout_s = float(spec.options.get("timeout", timeout_s))
        self.max_retries = int(spec.options.get("retries", max_retries))
        self.backoff_s, self.max_backoff_s = backoff_s, max_backoff_s
        per_replica = int(spec.options.get("per_replica", per_replica_concurrency))
        self._replicas = []
        for url, userinfo in credentials_in_urls(spec):
            key = api_key or (userinfo.split(":", 1)[-1] if userinfo else "")
            self._replicas.append(_Replica(url=url, auth=f"Bearer {key}" if key else "",
                                           limit=asyncio.Semaphore(per_replica)))
        self._rr = 0
        self._session: aiohttp.ClientSession | None = None
        self._secrets = [r.auth[7:] for r in self._replicas if len(r.auth) > 10]

    def _scrub(self, text: str) -> str:
        """Servers may echo the key in error bodies; error text is stored, the key never is."""
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text

    # -- plumbing ---------------------------------------------------------------------------------
    def _get_session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=0, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(connector=connector, json_serialize=json.dumps)
        return self._session

    def _pick(self) -> _Replica:
        """Least in flight; ties broken round-robin so equal replicas share the load."""
        n = len(self._replicas)
        self._rr = (self._rr + 1) % n
        order = self._replicas[self._rr:] + self._replicas[: self._rr]
        return min(order, key=lambda r: r.in_flight)

    def _headers(self, replica: _Replica) -> dict[str, str]:
        h = {"Content-Type": "application/json"}
        if replica.auth:
            h["Authorization"] = replica.auth
        return h

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def manifest(self) -> dict[str, Any]:
        return {"name": self.name, "spec": self.spec, "kind": "openai", "model": self.model,
                "replicas": [r.url for r in self._replicas]}

    # -- preflight --------------------------------------------------------------------------------
    async def check(self) -> None:
        session = self._get_session()
        for replica in self._replicas:
            try:
                async with session.get(f"{replica.url}/models", headers=self._headers(replica),
                                       timeout=aiohttp.ClientTimeout(total=min(10.0, self.timeout_s))) as r:
                    if r.status in FATAL_STATUS:
                        raise TargetError(f"{self.name}: {replica.url} rejected the API key (HTTP {r.status}); "
                                          "set OPENAI_API_KEY or --api-key-env NAME")
            except aiohttp.ClientConnectorError as exc:
                raise TargetError(f"{self.name}: cannot connect to {replica.url} ({exc.os_error or exc})") from None
            except (TimeoutError, aiohttp.ClientError):
                pass  # a slow or odd /models endpoint is not fatal; real requests will tell

    # -- one request ------------------------------------------------------------------------------
    def _payload(self, prompt: str, params: SamplingParams) -> dict[str, Any]:
        messages = []
        if params.system_prompt:
            messages.append({"role": "system", "content": params.system_prompt})
        messages.append({"role": "user", "content": prompt})
        body: dict[str, Any] = {"model": self.model, "messages": messages,
                                "temperature": params.temperature, "max_tokens": params.max_tokens}
        if params.top_p is not None:
            body["top_p"] = params.top_p
        if params.seed is not None:
            body["seed"] = params.seed
        return body

    async def complete(self, prompt: str, params: SamplingParams) -> Response:
        payload = json.dumps(self._payload(prompt, params), ensure_ascii=False).encode("utf-8")
        start = time.perf_counter()
        last: Exception | None = None
        attempt = 0
        for attempt in range(1, self.max_retries + 2):
            replica = self._pick()
            try:
                async with replica.limit:
                    replica.in_flight += 1
                    try:
                        resp = await self._once(replica, payload)
                    finally:
                        replica.in_flight -= 1
                resp.latency_s = time.perf_counter() - start
                resp.attempts = attempt
                return resp
            except _Final as exc:
                return Response(error=self._scrub(str(exc)), error_kind=exc.kind, attempts=attempt,
                                latency_s=time.perf_counter() - start)
            except _Retryable as exc:
                last = exc
                if attempt > self.max_retries:
                    break
                delay = exc.retry_after
                if delay is None:
                    delay = min(self.max_backoff_s, self.backoff_s * 2 ** (attempt - 1))
                    delay *= 0.5 + random.random()
                await asyncio.sleep(min(delay, 60.0))
        kind = last.kind if isinstance(last, _Retryable) else "transport"
        return Response(error=self._scrub(f"{last} (after {attempt} attempts)"), error_kind=kind,
                        attempts=attempt, latency_s=time.perf_counter() - start)

    async def _once(self, replica: _Replica, payload: bytes) -> Response:
        session = self._get_session()
        url = f"{replica.url}/chat/completions"
        try:
            async with session.post(url, data=payload, headers=self._headers(replica),
                                    timeout=aiohttp.ClientTimeout(total=self.timeout_s)) as r:
                if r.status in FATAL_STATUS:
                    raise TargetError(f"{self.name}: {replica.url} rejected the API key (HTTP {r.status})")
                length = r.content_length
                if length is not None and length > MAX_BODY_BYTES:
                    raise _Final("too_large", f"response body of {length} bytes exceeds {MAX_BODY_BYTES}")
                chunks, total = [], 0
                async for chunk in r.content.iter_chunked(65536):
                    total += len(chunk)
                    if total > MAX_BODY_BYTES:
                        raise _Final("too_large", f"response body exceeds {MAX_BODY_BYTES} bytes")
                    chunks.append(chunk)
                body = b"".join(chunks)
                if r.status in RETRY_STATUS:
                    raise _Retryable(f"http_{r.status}", f"HTTP {r.status}: {_snippet(body)}",
                                     parse_retry_after(r.headers.get("Retry-After")))
                if r.status >= 400:
                    raise _Final(f"http_{r.status}", f"HTTP {r.status}: {_snippet(body)}")
        except (aiohttp.ClientPayloadError, aiohttp.ServerDisconnectedError,
                aiohttp.ClientOSError, aiohttp.ClientConnectionError) as exc:
            raise _Retryable("connection", f"{type(exc).__name__}: {exc}") from None
        except TimeoutError:
            raise _Retryable("timeout", f"no complete response within {self.timeout_s:g}s") from None
        return parse_chat_completion(body)


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _text(value: Any) -> str:
    """Model text as valid Unicode: a lone surrogate (a split emoji) cannot be stored or written as UTF-8."""
    if isinstance(value, list):  # some servers return content parts
        value = "".join(p["text"] for p in value if isinstance(p, dict) and isinstance(p.get("text"), str))
    return _SURROGATE.sub("\ufffd", value) if isinstance(value, str) else ""


def _count(value: Any) -> int | None:
    """A token count, or None when the server sends something that is not one (SQLite takes 64-bit ints)."""
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**63
    return value if ok else None


def _snippet(body: bytes, n: int = 200) -> str:
    return body[:n].decode("utf-8", "replace").replace("\n", " ").strip()


def parse_chat_completion(body: bytes) -> Response:
    """Turn a chat-completion body into a Response; malformed bodies retry, provider errors record."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise _Retryable("invalid_json", f"invalid JSON body: {_snippet(body, 80)!r}") from None
    if not isinstance(data, dict):
        raise _Retryable("invalid_json", "JSON body is not an object")
    choices = data.get("choices")
    if not choices or not isinstance(choices, list) or not isinstance(choices[0], dict):
        err = data.get("error")
        msg = err.get("message") if isinstance(err, dict) else err
        raise _Final("provider_error" if msg else "no_choices",
                     f"provider error: {_text(str(msg))[:500]}" if msg else "response has no choices")
    choice = choices[0]
    message = choice.get("message")
    message = message if isinstance(message, dict) else {}
    reasoning_field = _text(message.get("reasoning_content") or message.get("reasoning"))
    answer, reasoning = split_reasoning(_text(message.get("content")), reasoning_field or None)
    usage = data.get("usage")
    usage = usage if isinstance(usage, dict) else {}
    finish = choice.get("finish_reason")
    return Response(text=answer, reasoning=reasoning,
                    finish_reason=_text(finish) if isinstance(finish, str) else None,
                    prompt_tokens=_count(usage.get("prompt_tokens")),
                    completion_tokens=_count(usage.get("completion_tokens")))
