"""A GGUF model run in-process through llama-cpp-python: the offline, no-GPU, no-key target."""

from __future__ import annotations

import asyncio
import importlib.metadata
import os
import random
import threading
import time
from pathlib import Path
from typing import Any

from censorscope.errors import EmbeddedModelError, InputError, TargetError
from censorscope.targets.base import Response, SamplingParams, Target
from censorscope.targets.embedded import lookup, model_sha256, resolve_model
from censorscope.targets.spec import TargetSpec
from censorscope.text.reasoning import split_reasoning

DEFAULT_N_CTX = 2048
_TEMPLATE_SLACK = 48  # tokens a chat template adds around the messages (role markers, default system prompt)
# llama-cpp-python's own sampler defaults, passed explicitly so the manifest states what was used
SAMPLER_DEFAULTS: dict[str, float] = {"top_p": 0.95, "top_k": 40, "min_p": 0.05, "repeat_penalty": 1.0}


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def default_threads(cores: int | None = None) -> int:
    """Threads per model when none is configured.

    On 2 cores, 2 threads are ~1.5x faster for one model alone, but ~3x slower as soon as anything else
    runs (the default run keeps a Chinese and a Western model busy side by side), so 1 thread is the robust
    choice. On bigger machines, half the cores leaves room for a second model; llama.cpp gains little
    beyond 8 threads for models this small.
    """
    cores = cores or usable_cores()
    return 1 if cores <= 2 else min(8, cores // 2)


def _int_option(value: Any, name: str, spec: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        n = int(value)
    except (TypeError, ValueError):
        n = 0
    if n < 1:
        raise InputError(f"{name} must be a positive integer, got {value!r}", field="--target", file=spec)
    return n


class GGUFTarget(Target):
    """One GGUF file (or named embedded model) loaded lazily; one generation at a time per model."""

    kind = "gguf"

    def __init__(self, spec: TargetSpec, *, threads: int | None = None, chat_format: str | None = None,
                 n_ctx: int | None = None, name: str | None = None) -> None:
        self.spec = spec.redacted
        self.model_ref = spec.model
        self.embedded = lookup(spec.model)
        opts = spec.options
        self.name = (name or opts.get("name")
                     or (self.embedded.name if self.embedded else Path(spec.model).stem))
        self.threads = (threads or _int_option(opts.get("threads"), "threads", self.spec)
                        or _int_option(os.environ.get("CENSORSCOPE_THREADS"), "CENSORSCOPE_THREADS", "<env>")
                        or default_threads())
        self.n_ctx = n_ctx or _int_option(opts.get("n_ctx"), "n_ctx", self.spec) or DEFAULT_N_CTX
        self.chat_format = chat_format or opts.get("chat_format") or None
        self._llm: Any = None
        self._path: Path | None = None
        self._facts: dict[str, Any] = {}
        self._thread_lock = threading.Lock()  # guards the Llama object against any caller, sync or async
        # async queue in front of the worker thread, so waiters hold no thread; rebuilt if the loop changes
        self._alock: tuple[asyncio.AbstractEventLoop, asyncio.Lock] | None = None

    # ---------------------------------------------------------------- loading

    @property
    def path(self) -> Path:
        """The verified model file (assembles an embedded model on first use)."""
        if self._path is None:
            self._path = resolve_model(self.model_ref)
        return self._path

    def _load(self) -> Any:
        """Load the model once; call with `_thread_lock` held."""
        if self._llm is not None:
            return self._llm
        path = self.path
        with open(path, "rb") as fh:
            if fh.read(4) != b"GGUF":
                raise EmbeddedModelError(f"{path} is not a GGUF file")
        try:
            from llama_cpp import Llama, llama_chat_format
        except ImportError as exc:
            raise TargetError(
                f"gguf targets need llama-cpp-python: pip install 'censorscope[embedded]' ({exc})") from None
        if self.chat_format:
            try:
                llama_chat_format.get_chat_completion_handler(self.chat_format)
            except ValueError:
                raise InputError(f"unknown chat format {self.chat_format!r} (llama-cpp-python names, e.g. "
                                 "chatml, llama-2, gemma)", field="--chat-format") from None
        t0 = time.perf_counter()
        try:
            llm = Llama(model_path=str(path), n_ctx=self.n_ctx, n_threads=self.threads,
                        n_threads_batch=self.threads, chat_format=self.chat_format, verbose=False)
        except Exception as exc:  # llama.cpp reports load failures as ValueError/RuntimeError
            raise TargetError(f"{self.name}: cannot load {path}: {exc}") from exc
        template = llm.metadata.get("tokenizer.chat_template")
        self._facts = {
            "load_s": round(time.perf_counter() - t0, 3),
            "chat_template": template if template and not self.chat_format else None,
            "chat_format": self.chat_format or ("gguf-template" if template else llm.chat_format),
            "architecture": llm.metadata.get("general.architecture"),
            "gguf_name": llm.metadata.get("general.name"),
        }
        if self.chat_format:
            self._facts["gguf_chat_template"] = template
        self._llm = llm
        return llm

    def _ensure_loaded(self) -> Any:
        with self._thread_lock:
            return self._load()

    async def check(self) -> None:
        """Resolve, verify and load the model now, so a missing or corrupted file stops the run early."""
        await asyncio.to_thread(self._ensure_loaded)

    # ---------------------------------------------------------------- generation

    def _lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        if self._alock is None or self._alock[0] is not loop:
            self._alock = (loop, asyncio.Lock())
        return self._alock[1]

    def _generate(self, prompt: str, params: SamplingParams) -> Response:
        with self._thread_lock:
            llm = self._load()
            messages = []
            if params.system_prompt:
                messages.append({"role": "system", "content": params.system_prompt})
            messages.append({"role": "user", "content": prompt})
            seed = params.seed if params.seed is not None else random.randrange(2**31)
            sampler = dict(SAMPLER_DEFAULTS)
            if params.top_p is not None:
                sampler["top_p"] = params.top_p
            t0 = time.perf_counter()
            try:
                # llama-cpp-python answers an over-long prompt with a numpy broadcast error; say what it is
                n_prompt = sum(len(llm.tokenize(m["content"].encode(), add_bos=False)) for m in messages)
                if n_prompt + _TEMPLATE_SLACK >= self.n_ctx:
                    return Response(error=f"prompt of ~{n_prompt} tokens does not fit the context window of "
                                          f"{self.n_ctx} (set the target option n_ctx=)",
                                    error_kind="generation", prompt_tokens=n_prompt)
                # llama-cpp-python reuses the KV cache of the previous prompt's common prefix; results then
                # depend on what was asked before. Reset so an answer depends only on its own prompt.
                llm.reset()
                out = llm.create_chat_completion(messages=messages, temperature=params.temperature,
                                                 max_tokens=params.max_tokens, seed=seed, **sampler)
            except Exception as exc:
                return Response(error=f"{type(exc).__name__}: {exc}", error_kind="generation",
                                latency_s=time.perf_counter() - t0)
            latency = time.perf_counter() - t0
        choice = (out.get("choices") or [{}])[0]
        message = choice.get("message") or {}
        text, reasoning = split_reasoning(message.get("content"), message.get("reasoning_content"))
        usage = out.get("usage") or {}
        return Response(text=text, reasoning=reasoning, finish_reason=choice.get("finish_reason"),
                        latency_s=latency, prompt_tokens=usage.get("prompt_tokens"),
                        completion_tokens=usage.get("completion_tokens"))

    async def complete(self, prompt: str, params: SamplingParams) -> Response:
        """Generate in a worker thread, one request at a time per model (llama.cpp contexts are not
        re-entrant); a model that cannot be found or loaded raises (EmbeddedModelError/TargetError)."""
        async with self._lock():
            return await asyncio.to_thread(self._generate, prompt, params)

    async def aclose(self) -> None:
        """Free the model's memory; a later call loads it again."""
        async with self._lock():
            await asyncio.to_thread(self._free)

    def _free(self) -> None:
        with self._thread_lock:
            llm, self._llm = self._llm, None
            if llm is not None:
                llm.close()

    # ---------------------------------------------------------------- reproducibility

    def manifest(self) -> dict[str, Any]:
        """Everything needed to reproduce this target's answers: file hash, template, runtime settings."""
        if not self._facts:
            self._ensure_loaded()
        path = self.path
        info: dict[str, Any] = {
            "name": self.name,
            "spec": self.spec,
            "kind": self.kind,
            "file": str(path),
            "file_sha256": model_sha256(path),
            "file_size": path.stat().st_size,
            **self._facts,
            "n_ctx": self.n_ctx,
            "threads": self.threads,
            "sampler_defaults": dict(SAMPLER_DEFAULTS),
            "kv_cache_reset_per_request": True,
            "llama_cpp_python": _version("llama_cpp_python"),
        }
        if self.embedded is not None:
            info["embedded"] = {"name": self.embedded.name, "description": self.embedded.description,
                                "origin": self.embedded.origin, "licence": self.embedded.licence,
                                "source": self.embedded.source}
        return info


def _version(dist: str) -> str | None:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None
