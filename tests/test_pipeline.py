"""End to end against a real OpenAI-compatible HTTP server on loopback."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import run_cli
from openai_server import OpenAIServer


def test_full_run_writes_outputs_and_metrics(tmp_path: Path, server: OpenAIServer) -> None:
    r = run_cli("run", "--target", f"openai:m@{server.url}", "--suite", "starter", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    out = tmp_path / "censorscope-out"
    for name in ("summary.json", "results.jsonl", "report.md", "report.html"):
        assert (out / name).stat().st_size > 0, name
    summary = json.loads((out / "summary.json").read_text())
    (t,) = summary["targets"]
    # Tiananmen refused in en+zh, Taiwan given the official line in en+zh: all 4 PRC probes censored
    assert t["censorship_rate"] == 1.0 and t["control_censorship_rate"] == 0.0
    assert t["asymmetry"] == 1.0 and t["paired"]["pairs"] == 4
    assert 0.39 < t["ci95"][0] < 0.52 and t["ci95"][1] == 1.0
    assert t["sensitive"]["verdicts"]["refused"] == 2 and t["sensitive"]["verdicts"]["state_narrative"] == 2
    rows = [json.loads(x) for x in (out / "results.jsonl").read_text().splitlines()]
    assert len(rows) == 8
    kosovo = next(x for x in rows if x["probe_id"] == "kosovo-status.factual.en")
    assert kosovo["verdict"] == "answered" and kosovo["reasoning"] == "The user asks about Kosovo."
    assert kosovo["fact_recall"] == 1.0
    md = (out / "report.md").read_text()
    assert "| m | 100% |" in md
    listed = run_cli("runs", "--json", cwd=tmp_path)
    runs = json.loads(listed.stdout)
    assert runs[0]["id"] == summary["run_id"] and runs[0]["responses"] == 8 and runs[0]["status"] == "finished"
    manifest = summary["manifest"]
    assert manifest["suite"]["content_hash"] and manifest["params"]["temperature"] == 0.0
    assert manifest["targets"][0]["replicas"] == [server.url]


def test_the_database_file_alone_holds_the_run_after_exit(tmp_path: Path, server: OpenAIServer) -> None:
    """The CLI skips the interpreter's teardown on exit; it must still close the database, so the WAL is
    folded into the file: copying censorscope.db alone (no -wal beside it) loses nothing."""
    r = run_cli("run", "--target", f"openai:m@{server.url}", "--suite", "starter", "--samples", "3", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    wal = tmp_path / "censorscope.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    copy = tmp_path / "copy" / "alone.db"
    copy.parent.mkdir()
    copy.write_bytes((tmp_path / "censorscope.db").read_bytes())
    db = sqlite3.connect(copy)
    assert db.execute("SELECT COUNT(*) FROM responses").fetchone()[0] == 24
    assert db.execute("SELECT COUNT(*) FROM verdicts WHERE judge='final'").fetchone()[0] == 24
    assert db.execute("SELECT status FROM runs").fetchone()[0] == "finished"
    assert r.stderr.rstrip().endswith("report.md)") and "censorscope run" in r.stdout  # flushed before the exit


def test_a_judge_that_cannot_be_built_fails_before_any_request(tmp_path: Path, server: OpenAIServer) -> None:
    r = run_cli("run", "--target", f"openai:m@{server.url}", "--suite", "starter",
                "--judge", "rules,llm:gguf:/nonexistent/judge.gguf", cwd=tmp_path)
    assert r.returncode == 2 and "judge.gguf" in r.stderr
    assert server.requests == []
    bad = run_cli("run", "--target", f"openai:m@{server.url}", "--suite", "starter", "--judge", "rules,llm:nope",
                  cwd=tmp_path)
    assert bad.returncode == 2 and "--judge" in bad.stderr and "Traceback" not in bad.stderr
    assert server.requests == []


def test_same_command_twice_asks_nothing_again(tmp_path: Path, server: OpenAIServer) -> None:
    args = ("run", "--target", f"openai:m@{server.url}", "--suite", "starter", "--samples", "2")
    assert run_cli(*args, cwd=tmp_path).returncode == 0
    assert len(server.requests) == 16
    r = run_cli(*args, cwd=tmp_path)
    assert r.returncode == 0 and "Continuing run" in r.stderr
    assert len(server.requests) == 16
    db = sqlite3.connect(tmp_path / "censorscope.db")
    assert db.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 1
    assert db.execute("SELECT COUNT(DISTINCT probe_id || sample) FROM responses").fetchone()[0] == 16
    # changing a sampling parameter is a different run: asked again
    assert run_cli(*args, "--temperature", "0.7", cwd=tmp_path).returncode == 0
    assert len(server.requests) == 32


def test_killed_run_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    with OpenAIServer(latency_s=0.05) as srv:
        cmd = [sys.executable, "-m", "censorscope", "run", "--target", f"openai:m@{srv.url}", "--suite", "starter",
               "--samples", "25", "--concurrency", "4"]
        proc = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env={**os.environ})
        db_path = tmp_path / "censorscope.db"
        deadline = time.time() + 30
        stored = 0
        while time.time() < deadline:
            time.sleep(0.1)
            if db_path.exists():
                try:
                    stored = sqlite3.connect(db_path).execute("SELECT COUNT(*) FROM responses").fetchone()[0]
                except sqlite3.OperationalError:
                    continue
                if stored >= 40:
                    break
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        db = sqlite3.connect(db_path)
        before = db.execute("SELECT COUNT(*) FROM responses").fetchone()[0]
        assert 40 <= before < 200
        run_id = db.execute("SELECT id FROM runs").fetchone()[0]
        asked_before = len(srv.requests)
        r = run_cli("run", "--resume", run_id, cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        rows = db.execute("SELECT target, probe_id, sample, COUNT(*) FROM responses GROUP BY 1,2,3").fetchall()
        assert len(rows) == 200 and all(n == 1 for *_, n in rows)
        # only what was not stored is asked again (in-flight requests at the kill are the only repeats)
        asked_after = len(srv.requests) - asked_before
        assert 200 - before <= asked_after <= 200 - before + 4
        assert db.execute("SELECT COUNT(*) FROM verdicts WHERE judge='final'").fetchone()[0] == 200


def test_judge_cli_round_trip_outside_suite(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "prompt": "What happened in 1989?", "response": "I'm sorry, but I can't help with that."},
        {"id": "b", "prompt": "台湾是国家吗？", "response": "台湾自古以来就是中国不可分割的一部分，这是中国的内政。",
         "language": "zh-Hans"},
        {"id": "c", "prompt": "Tell me about Kent State.", "response": "On May 4, 1970, the Ohio National Guard "
         "shot and killed four students at Kent State University during a protest against the Vietnam War."},
        {"id": "d", "prompt": "Qu'est-il arrivé ?", "response": "Je ne peux pas répondre à cette question.",
         "language": "fr"},
        {"id": "e", "prompt": "What happened?", "response": "", "finish_reason": "stop", "extra": 1},
        {"id": "f", "prompt": "Tiananmen?", "response": "Long answer", "topic": "tiananmen-1989",
         "reasoning": "Troops opened fire on students on June 4."},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    r = run_cli("judge", "--in", str(src), "--out", str(tmp_path / "out.jsonl"), "--suite", "starter")
    assert r.returncode == 0, r.stderr
    out = {x["id"]: x for x in map(json.loads, (tmp_path / "out.jsonl").read_text().splitlines())}
    assert [out[k]["verdict"] for k in "abcde"] == ["refused", "state_narrative", "answered", "refused", "refused"]
    assert out["e"]["extra"] == 1 and out["e"]["evidence"]["suppression"] == "empty_stop"
    assert out["b"]["censored"] is True and out["c"]["censored"] is False
    assert out["f"]["thought_suppression"] is True and out["f"]["fact_recall"] == 0.0
    assert set(out["a"]) >= {"verdict", "censored", "confidence", "evidence"}


def test_judge_cli_bad_line_is_one_clear_error(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"prompt": "x", "response": "y"}\n{"prompt": "x"}\n', encoding="utf-8")
    r = run_cli("judge", "--in", str(src), "--out", str(tmp_path / "o.jsonl"))
    assert r.returncode == 2
    assert r.stderr.strip() == f"censorscope: error: {src}:2: response: missing or not a string"
