"""A real audit of both embedded models through the CLI: reproducible, with a verifiable manifest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

from censorscope.targets import embedded as emb

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not emb.qwen_parts_installed(),
                                                   reason="embedded extra not installed")]


def audit(where: Path) -> tuple[dict, list[dict]]:
    where.mkdir()
    r = run_cli("run", "--target", "gguf:qwen2.5-coder-0.5b", "--target", "gguf:smollm2", "--suite", "starter",
                "--subset", "quick", "--max-tokens", "40", "--seed", "7", cwd=where)
    assert r.returncode == 0, r.stderr
    out = where / "censorscope-out"
    summary = json.loads((out / "summary.json").read_text())
    rows = [json.loads(x) for x in (out / "results.jsonl").read_text().splitlines()]
    return summary, rows


def test_two_runs_same_seed_identical_and_manifest_complete(tmp_path: Path) -> None:
    s1, rows1 = audit(tmp_path / "a")
    s2, rows2 = audit(tmp_path / "b")
    key = lambda r: (r["target"], r["probe_id"])  # noqa: E731
    assert len(rows1) == 8 and {r["target"] for r in rows1} == {"qwen2.5-coder-0.5b", "smollm2"}
    assert all(r["response"] or r["error"] for r in rows1)
    a = {key(r): r["response"] for r in rows1}
    b = {key(r): r["response"] for r in rows2}
    assert a == b
    targets = {t["name"]: t for t in s1["manifest"]["targets"]}
    assert targets["qwen2.5-coder-0.5b"]["file_sha256"] == emb.lookup("qwen2.5-coder-0.5b").sha256
    assert all(t.get("chat_template") for t in targets.values())
    assert s1["manifest"]["seed"] == 7 and s1["manifest"]["params"]["temperature"] == 0.0
    assert {t["target"] for t in s1["targets"]} == {"qwen2.5-coder-0.5b", "smollm2"}
