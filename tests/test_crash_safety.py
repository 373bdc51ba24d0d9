"""Crash safety: SIGKILL a real `censorscope run` at 20+ moments, resume each time, lose nothing.

After every kill the store must be consistent (no duplicate, no response without its final verdict,
nothing committed before the kill lost); after the last resume it must hold exactly one judged
response per (target, probe, sample). Ctrl-C must stop cleanly with exit code 130 and the resume command.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from conftest import run_cli
from openai_server import OpenAIServer

PROBES, SAMPLES, CONCURRENCY = 8, 30, 3
TOTAL = PROBES * SAMPLES


class Watch:
    """Read-only view of the run's database while another process writes it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn: sqlite3.Connection | None = None

    def _q(self, sql: str) -> Any:
        if self.conn is None:
            if not self.path.exists():
                return None
            self.conn = sqlite3.connect(self.path, timeout=5)
        try:
            row = self.conn.execute(sql).fetchone()
        except sqlite3.OperationalError:  # schema not created yet, or briefly locked
            return None
        return row[0] if row else None

    def stored(self) -> int:
        return self._q("SELECT COUNT(*) FROM responses") or 0

    def run_id(self) -> str | None:
        return self._q("SELECT id FROM runs ORDER BY created_at LIMIT 1")

    def status(self) -> str | None:
        return self._q("SELECT status FROM runs ORDER BY created_at LIMIT 1")

    def mark_interrupted(self) -> None:
        assert self.conn is not None
        self.conn.execute("UPDATE runs SET status = 'interrupted'")
        self.conn.commit()

    def check_consistent(self) -> int:
        """No duplicate, no half-written response, database intact; returns the number stored."""
        if not self.path.exists():
            return 0
        assert self._q("PRAGMA integrity_check") == "ok"
        assert self._q("SELECT COUNT(*) FROM (SELECT 1 FROM responses GROUP BY run_id, target, probe_id, sample "
                       "HAVING COUNT(*) > 1)") in (0, None)
        assert self._q("SELECT COUNT(*) FROM responses s LEFT JOIN verdicts v ON v.response_id = s.id "
                       "AND v.judge = 'final' WHERE v.response_id IS NULL") in (0, None)
        return self.stored()


@dataclass
class KillPoint:
    name: str
    when: Callable[[Watch, float], bool] | None = None  # polled: (db, seconds since start) -> kill now?
    on_request: int | None = None  # or: kill from inside the server when it receives this request (in flight)
    clear_outputs: bool = False  # remove the report folder first, so its reappearance marks report writing
    mark_interrupted: bool = False  # set the status aside first, so its flip back to running marks the moment


def after_seconds(s: float) -> Callable[[Watch, float], bool]:
    return lambda db, t: t >= s


def after_stored(k: int) -> Callable[[Watch, float], bool]:
    return lambda db, t: db.stored() >= k


KILL_POINTS = [
    KillPoint("start-up: right after exec", after_seconds(0.0)),
    KillPoint("start-up: importing", after_seconds(0.15)),
    KillPoint("start-up: database file created", lambda db, t: db.path.exists()),
    KillPoint("start-up: run row created, nothing stored", lambda db, t: db.run_id() is not None),
    KillPoint("resume: run marked running again, before any request", lambda db, t: db.status() == "running",
              mark_interrupted=True),
    *(KillPoint(f"after {k} stored", after_stored(k)) for k in (1, 12, 30, 47, 65, 80, 101, 120, 139, 160, 181, 199,
                                                                 215, 228)),
    KillPoint("request in flight (server side)", on_request=6),
    KillPoint("request in flight, second batch (server side)", on_request=2),
    KillPoint(f"after {TOTAL - 1} stored", after_stored(TOTAL - 1)),
    KillPoint("report: folder just created", lambda db, t: (db.path.parent / "censorscope-out").exists(),
              clear_outputs=True),
    KillPoint("report: results.jsonl being written",
              lambda db, t: (db.path.parent / "censorscope-out" / "results.jsonl").exists(), clear_outputs=True),
    KillPoint("report: html being written",
              lambda db, t: (db.path.parent / "censorscope-out" / "report.html").exists(), clear_outputs=True),
]


def test_sigkill_at_many_moments_then_resume(tmp_path: Path) -> None:
    with OpenAIServer(latency_s=0.01) as srv:
        base = [sys.executable, "-m", "censorscope", "run", "--target", f"openai:m@{srv.url}", "--suite", "starter",
                "--judge", "rules", "--samples", str(SAMPLES), "--concurrency", str(CONCURRENCY)]
        db = Watch(tmp_path / "censorscope.db")
        current: dict[str, Any] = {}

        def kill_in_flight(n: int, body: dict[str, Any]) -> None:
            if current.get("on_request") == len(srv.requests) - current["asked_before"]:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(current["pid"], signal.SIGKILL)

        srv.state.fault = kill_in_flight
        landed: list[str] = []
        before = 0
        for i, point in enumerate(KILL_POINTS):
            run_id = db.run_id()
            cmd = [*base[:3], "run", "--resume", run_id] if run_id and i % 2 else base
            if point.mark_interrupted:
                db.mark_interrupted()
            if point.clear_outputs:
                subprocess.run(["rm", "-rf", str(tmp_path / "censorscope-out")], check=True)
            current.update(on_request=point.on_request, asked_before=len(srv.requests))
            t0 = time.monotonic()
            proc = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            current["pid"] = proc.pid
            while proc.poll() is None and point.when is not None and not point.when(db, time.monotonic() - t0):
                time.sleep(0.001)
            if point.when is not None and proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
            _, err = proc.communicate(timeout=60)
            now = db.check_consistent()
            if proc.returncode == -signal.SIGKILL:
                landed.append(f"{point.name} [{now}]")
            else:  # finished before the moment came (only possible for the report points)
                assert proc.returncode == 0, (point.name, err.decode())
                assert point.name.startswith("report"), point.name
            assert now >= before, (point.name, before, now)  # nothing committed is ever lost
            before = now
            current["on_request"] = None

        assert len(landed) >= 20, landed
        asked_during_kills = len(srv.requests)
        r = run_cli("run", "--resume", db.run_id() or "", cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        final = db.check_consistent()
        assert final == TOTAL  # exactly one judged response per (target, probe, sample)
        assert db.status() == "finished"
        # only requests in flight at a kill were ever asked twice
        assert len(srv.requests) <= TOTAL + len(landed) * CONCURRENCY, (len(srv.requests), asked_during_kills)
        out = tmp_path / "censorscope-out"
        assert len((out / "results.jsonl").read_text().splitlines()) == TOTAL
        assert json.loads((out / "summary.json").read_text())["run_id"] == db.run_id()
        assert (out / "report.html").read_text().rstrip().endswith("</html>")
        print(f"\nSIGKILL landed at {len(landed)} moments [responses stored after it]: " + "; ".join(landed))


def test_ctrl_c_stops_cleanly_and_prints_the_resume_command(tmp_path: Path) -> None:
    with OpenAIServer(latency_s=0.01) as srv:
        cmd = [sys.executable, "-m", "censorscope", "run", "--target", f"openai:m@{srv.url}", "--suite", "starter",
               "--judge", "rules", "--samples", str(SAMPLES), "--concurrency", str(CONCURRENCY)]
        db = Watch(tmp_path / "censorscope.db")
        proc = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env={**os.environ, "COLUMNS": "200"})
        deadline = time.monotonic() + 60
        while db.stored() < 20 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 130, err
        assert "Traceback" not in err
        run_id = db.run_id()
        assert re.search(rf"censorscope run --resume {re.escape(run_id or '?')}\b", err), err
        assert db.status() == "interrupted"
        stored = db.check_consistent()
        assert 20 <= stored < TOTAL
        r = run_cli("run", "--resume", run_id or "", cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        assert db.check_consistent() == TOTAL and db.status() == "finished"


def test_ctrl_c_while_writing_the_report(tmp_path: Path) -> None:
    """The run is complete; Ctrl-C during the report says so and how to write it, exit code 130."""
    with OpenAIServer() as srv:
        cmd = [sys.executable, "-m", "censorscope", "run", "--target", f"openai:m@{srv.url}", "--suite", "starter",
               "--judge", "rules"]
        out_dir = tmp_path / "censorscope-out"
        proc = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env={**os.environ, "COLUMNS": "200"})
        while not out_dir.exists() and proc.poll() is None:
            time.sleep(0.0005)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    db = Watch(tmp_path / "censorscope.db")
    assert f"censorscope report {db.run_id()} --db censorscope.db --out censorscope-out" in err
    assert db.status() == "finished" and db.check_consistent() == 8
    r = run_cli("report", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert len((out_dir / "results.jsonl").read_text().splitlines()) == 8
