"""One SQLite file holds runs, responses and verdicts; every response is committed as it arrives."""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from censorscope.errors import InputError

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id TEXT PRIMARY KEY,
    config_hash TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at REAL NOT NULL,
    finished_at REAL,
    manifest TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS runs_config ON runs(config_hash);
CREATE TABLE IF NOT EXISTS responses (
    id INTEGER PRIMARY KEY,
    run_id TEXT NOT NULL REFERENCES runs(id),
    target TEXT NOT NULL,
    probe_id TEXT NOT NULL,
    sample INTEGER NOT NULL,
    topic TEXT, lang TEXT, style TEXT, kind TEXT, control TEXT,
    prompt TEXT NOT NULL,
    text TEXT NOT NULL,
    reasoning TEXT NOT NULL,
    finish_reason TEXT,
    latency_s REAL, prompt_tokens INTEGER, completion_tokens INTEGER,
    error TEXT, error_kind TEXT, attempts INTEGER,
    created_at REAL NOT NULL,
    UNIQUE(run_id, target, probe_id, sample)
);
CREATE TABLE IF NOT EXISTS verdicts (
    response_id INTEGER NOT NULL REFERENCES responses(id),
    judge TEXT NOT NULL,
    verdict TEXT NOT NULL,
    censored INTEGER NOT NULL,
    confidence REAL,
    fact_recall REAL,
    thought_suppression INTEGER NOT NULL DEFAULT 0,
    incoherent INTEGER NOT NULL DEFAULT 0,
    response_lang TEXT,
    evidence TEXT NOT NULL,
    PRIMARY KEY(response_id, judge)
);
"""

FINAL = "final"  # the judge name under which the combined verdict is stored
_OPEN: weakref.WeakSet[Store] = weakref.WeakSet()


def close_all() -> None:
    """Close every store still open (the CLI's fast exit: SQLite checkpoints the WAL into the file on close).

    Stores nobody references any more are collected first: their connections close as they are freed."""
    import gc

    gc.collect()
    for store in list(_OPEN):
        store.close()


class Store:
    """A thin, explicit wrapper over sqlite3; WAL and a busy timeout let two runs share one file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        deadline = time.monotonic() + 60.0
        while True:
            try:
                self.conn = sqlite3.connect(str(self.path), timeout=60.0, isolation_level=None,
                                            check_same_thread=False)
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
                self.conn.execute("PRAGMA busy_timeout=60000")
                self.conn.executescript(SCHEMA)
                break
            except sqlite3.OperationalError as exc:
                # two processes creating one new file: switching it to WAL can fail at once, without the
                # busy handler (SQLite's deadlock avoidance); wait and try again like a busy timeout would
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise InputError(f"cannot open the database: {exc}", file=str(path)) from None
                self.conn.close()
                time.sleep(0.05)
            except sqlite3.DatabaseError as exc:
                raise InputError(f"not a censorscope database: {exc}", file=str(path)) from None
        self.conn.row_factory = sqlite3.Row
        _OPEN.add(self)

    def close(self) -> None:
        """Close; the last connection to close folds the WAL into the database file."""
        self.conn.close()
        _OPEN.discard(self)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- runs -------------------------------------------------------------------------------------
    def create_run(self, config_hash: str, manifest: dict[str, Any]) -> str:
        run_id = time.strftime("%Y%m%d-%H%M%S") + "-" + secrets.token_hex(3)
        manifest = {**manifest, "run_id": run_id}
        self.conn.execute(
            "INSERT INTO runs(id, config_hash, status, created_at, manifest) VALUES (?,?,?,?,?)",
            (run_id, config_hash, "running", time.time(), json.dumps(manifest, ensure_ascii=False)))
        return run_id

    def find_run(self, config_hash: str) -> str | None:
        row = self.conn.execute("SELECT id FROM runs WHERE config_hash=? ORDER BY created_at DESC LIMIT 1",
                                (config_hash,)).fetchone()
        return row["id"] if row else None

    def get_run(self, run_id: str) -> dict[str, Any]:
        row = self.conn.execute("SELECT * FROM runs WHERE id=?", (run_id,)).fetchone()
        if row is None:
            if run_id == "latest":
                row = self.conn.execute("SELECT * FROM runs ORDER BY created_at DESC LIMIT 1").fetchone()
            if row is None:
                raise InputError(f"no run {run_id!r} in this database (see `censorscope runs`)",
                                 file=str(self.path))
        out = dict(row)
        out["manifest"] = json.loads(out["manifest"])
        return out

    def update_manifest(self, run_id: str, **fields: Any) -> None:
        manifest = self.get_run(run_id)["manifest"]
        manifest.update(fields)
        self.conn.execute("UPDATE runs SET manifest=? WHERE id=?",
                          (json.dumps(manifest, ensure_ascii=False), run_id))

    def delete_run(self, run_id: str) -> None:
        """Remove a run that stored nothing (it could not start): `runs` must not list it as if it held data."""
        if self.count(run_id):
            raise ValueError(f"run {run_id} holds responses; refusing to delete it")
        self.conn.execute("DELETE FROM runs WHERE id=?", (run_id,))

    def set_status(self, run_id: str, status: str) -> None:
        finished = time.time() if status in ("finished", "failed") else None
        self.conn.execute("UPDATE runs SET status=?, finished_at=? WHERE id=?", (status, finished, run_id))

    def list_runs(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT r.*, (SELECT COUNT(*) FROM responses s WHERE s.run_id=r.id) AS n "
            "FROM runs r ORDER BY created_at DESC").fetchall()
        out = []
        for row in rows:
            d = dict(row)
            d["manifest"] = json.loads(d["manifest"])
            out.append(d)
        return out

    # -- responses --------------------------------------------------------------------------------
    def done_keys(self, run_id: str) -> set[tuple[str, str, int]]:
        rows = self.conn.execute("SELECT target, probe_id, sample FROM responses WHERE run_id=?", (run_id,))
        return {(r[0], r[1], r[2]) for r in rows}

    def add_result(self, run_id: str, target: str, probe: dict[str, Any], sample: int, response: Any,
                   verdicts: dict[str, Any]) -> int | None:
        """Insert a response and its verdicts in one transaction; None if it was already stored."""
        r = response
        with self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            cur = self.conn.execute(
                "INSERT OR IGNORE INTO responses(run_id, target, probe_id, sample, topic, lang, style, kind, "
                "control, prompt, text, reasoning, finish_reason, latency_s, prompt_tokens, completion_tokens, "
                "error, error_kind, attempts, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (run_id, target, probe["id"], sample, probe.get("topic"), probe.get("lang"), probe.get("style"),
                 probe.get("kind"), probe.get("control"), probe["text"], r.text, r.reasoning, r.finish_reason,
                 r.latency_s, r.prompt_tokens, r.completion_tokens, r.error, r.error_kind, r.attempts,
                 time.time()))
            if cur.rowcount == 0:
                return None
            rid = cur.lastrowid
            self._insert_verdicts(rid, verdicts)
        return rid

    def _insert_verdicts(self, response_id: int | None, verdicts: dict[str, Any]) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO verdicts(response_id, judge, verdict, censored, confidence, fact_recall, "
            "thought_suppression, incoherent, response_lang, evidence) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(response_id, name, v.verdict, int(v.censored), v.confidence, v.fact_recall,
              int(v.thought_suppression), int(v.incoherent), v.response_lang, v.evidence_json())
             for name, v in verdicts.items()])

    def replace_verdicts(self, response_id: int, verdicts: dict[str, Any]) -> None:
        with self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute("DELETE FROM verdicts WHERE response_id=?", (response_id,))
            self._insert_verdicts(response_id, verdicts)

    def iter_results(self, run_id: str, judge: str = FINAL) -> Iterator[sqlite3.Row]:
        """Stream responses joined with one judge's verdict, without loading the run into memory."""
        cur = self.conn.execute(
            "SELECT s.*, v.verdict, v.censored, v.confidence, v.fact_recall, v.thought_suppression, "
            "v.incoherent, v.response_lang, v.evidence FROM responses s "
            "LEFT JOIN verdicts v ON v.response_id = s.id AND v.judge = ? "
            "WHERE s.run_id = ? ORDER BY s.id", (judge, run_id))
        yield from cur

    def judge_names(self, run_id: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT DISTINCT v.judge FROM verdicts v JOIN responses s ON s.id=v.response_id WHERE s.run_id=?",
            (run_id,))
        return sorted(r[0] for r in rows)

    def count(self, run_id: str) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM responses WHERE run_id=?", (run_id,)).fetchone()[0]
