"""Two `censorscope run` processes writing one SQLite file at the same time both finish complete.

WAL lets readers and one writer proceed together; the busy timeout makes the second writer wait
for the first instead of failing with "database is locked".
"""

from __future__ import annotations

import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from openai_server import OpenAIServer

SAMPLES = 15  # 8 starter probes x 15 = 120 responses per run


def _start(url: str, cwd: Path, *extra: str, samples: int = SAMPLES) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", "censorscope", "run", "--target", f"openai:m@{url}", "--suite", "starter",
           "--judge", "rules", "--samples", str(samples), "--concurrency", "2", *extra]
    return subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _per_run(db: Path) -> dict[str, tuple[str, int, int, int]]:
    """run id -> (status, responses, distinct items, responses with a final verdict)."""
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT r.id, r.status, COUNT(s.id), COUNT(DISTINCT s.target || '/' || s.probe_id || '/' || s.sample), "
        "COUNT(v.response_id) FROM runs r LEFT JOIN responses s ON s.run_id = r.id "
        "LEFT JOIN verdicts v ON v.response_id = s.id AND v.judge = 'final' GROUP BY r.id").fetchall()
    conn.close()
    return {r[0]: tuple(r[1:]) for r in rows}  # type: ignore[misc]


def _stored(db: Path) -> int:
    try:
        conn = sqlite3.connect(db)
        try:
            return conn.execute("SELECT COUNT(*) FROM responses").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def test_two_runs_share_one_database(tmp_path: Path) -> None:
    """Different runs (two seeds, two report folders), and a third writer holding the lock for 1.5 s mid-run."""
    db = tmp_path / "shared.db"
    total = 8 * SAMPLES
    seen_in_lock: list[dict[str, int]] = []
    with OpenAIServer(latency_s=0.01) as srv:
        procs = [_start(srv.url, tmp_path, "--db", str(db), "--seed", str(seed), "--out", str(tmp_path / f"out{seed}"))
                 for seed in (1, 2)]

        def hold_write_lock() -> None:  # a long writer elsewhere: both runs must wait, not fail
            while not db.exists() or _stored(db) < 4:
                time.sleep(0.005)
            conn = sqlite3.connect(db, timeout=30, isolation_level=None)
            conn.execute("BEGIN IMMEDIATE")
            seen_in_lock.append(dict(conn.execute("SELECT run_id, COUNT(*) FROM responses GROUP BY run_id")))
            time.sleep(1.5)
            conn.execute("COMMIT")
            conn.close()

        locker = threading.Thread(target=hold_write_lock)
        locker.start()
        results = [p.communicate(timeout=120) for p in procs]
        locker.join()
    for p, (_, err) in zip(procs, results, strict=True):
        assert p.returncode == 0, err
        assert "locked" not in err and "Traceback" not in err
    runs = _per_run(db)
    assert len(runs) == 2
    (in_lock,) = seen_in_lock  # the lock was taken while both runs still had work to store
    assert all(in_lock.get(run_id, 0) < total for run_id in runs), in_lock
    assert sorted(runs.values()) == [("finished", total, total, total)] * 2
    for seed in (1, 2):
        assert len((tmp_path / f"out{seed}" / "results.jsonl").read_text().splitlines()) == total


def _wait_stored(db: Path, at_least: int, deadline_s: float = 60) -> None:
    deadline = time.monotonic() + deadline_s
    while _stored(db) < at_least:
        assert time.monotonic() < deadline, f"fewer than {at_least} responses stored"
        time.sleep(0.005)


def _pause_outside_a_write(proc: subprocess.Popen[str], db: Path) -> None:
    """SIGSTOP the process at a moment when it holds no write lock (else the other would wait on it)."""
    while True:
        proc.send_signal(signal.SIGSTOP)
        conn = sqlite3.connect(db, timeout=0, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
            return
        except sqlite3.OperationalError:
            proc.send_signal(signal.SIGCONT)
            time.sleep(0.002)
        finally:
            conn.close()


def test_two_processes_resuming_the_same_run(tmp_path: Path) -> None:
    """Two processes finishing one run at once: no duplicate, nothing missing (INSERT OR IGNORE on the key).

    The first is paused while the second starts up, so that both really do store responses side by side
    however slow the machine is.
    """
    db = tmp_path / "shared.db"
    samples = 25
    total = 8 * samples
    with OpenAIServer(latency_s=0.02) as srv:
        first = _start(srv.url, tmp_path, "--db", str(db), samples=samples)
        _wait_stored(db, 10)
        _pause_outside_a_write(first, db)
        paused_at = _stored(db)
        second = _start(srv.url, tmp_path, "--db", str(db), "--out", str(tmp_path / "out2"), samples=samples)
        _wait_stored(db, paused_at + 5)  # the second is storing...
        first.send_signal(signal.SIGCONT)  # ...and the first carries on beside it
        assert second.poll() is None and _stored(db) < total
        new = []
        for p in (first, second):
            _, err = p.communicate(timeout=120)
            assert p.returncode == 0, err
            new.append(int(re.search(r"(\d+) new responses", err)[1]))  # type: ignore[index]
        (run_id,) = _per_run(db)
        assert _per_run(db) == {run_id: ("finished", total, total, total)}
        assert sum(new) == total and min(new) > 0, new  # both stored some; each item counted exactly once
        assert total <= len(srv.requests) <= 2 * total  # both ask what was missing when they started


def test_many_openers_of_a_new_database(tmp_path: Path) -> None:
    """Opening one brand-new file from several connections at once (two runs starting together) once failed
    with "database is locked": the switch to WAL does not wait on the busy timeout."""
    from censorscope.store import Store

    errors: list[str] = []

    def open_store(path: Path) -> None:
        try:
            with Store(path) as store:
                store.create_run("h", {})
        except Exception as exc:  # noqa: BLE001 - any failure is the finding
            errors.append(repr(exc))

    for trial in range(40):
        path = tmp_path / f"new{trial}.db"
        threads = [threading.Thread(target=open_store, args=(path,)) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == []
    conn = sqlite3.connect(tmp_path / "new0.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 6
