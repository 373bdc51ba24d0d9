"""Throughput, CPU and memory of a full censorscope run against the minimal aiohttp client.

Both talk to the same fast loopback server (default 200 ms per answer, 64 in flight, 2,000 prompts, so the
physical limit is 320 requests/s). Each repeat runs the minimal client, then `censorscope run` for each
--judge; medians are reported, since this machine is shared and noisy. Ratios compare whole processes
(start-up to exit, wall clock); the stricter ratio uses the minimal client's own timer, which leaves out its
interpreter start-up. Caches (classifier, chart bundle) are warmed first: the very first run after an install
trains the classifier once (a few seconds), which --cold measures.

Run: python bench/throughput.py [--n 2000] [--latency 0.2] [--repeat 3] [--judge rules,classifier --judge rules]
     [--replicas 2] [--cold]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from common import FastServer, measure, warm_caches

ROOT = Path(__file__).resolve().parents[1]


def censorscope_cmd(urls: list[str], n: int, concurrency: int, work: Path, judge: str) -> list[str]:
    samples = n // 8  # the starter suite has 8 probes
    return [sys.executable, "-m", "censorscope", "run", "--target", f"openai:m@{','.join(urls)}",
            "--suite", "starter", "--samples", str(samples), "--concurrency", str(concurrency),
            "--judge", judge, "--db", str(work / "bench.db"), "--out", str(work / "out")]


def request_phase_seconds(db: Path) -> float:
    """Seconds between the first and the last stored response: the run without start-up and report."""
    conn = sqlite3.connect(db)
    lo, hi, count = conn.execute("SELECT MIN(created_at), MAX(created_at), COUNT(*) FROM responses").fetchone()
    conn.close()
    return (hi - lo) * count / max(1, count - 1)


def run_censorscope(urls: list[str], n: int, concurrency: int, judge: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        m = measure(censorscope_cmd(urls, n, concurrency, work, judge))
        phase = request_phase_seconds(work / "bench.db")
    return {"req_s": n / m.wall_s, "request_phase_req_s": n / phase, "cpu_s": m.cpu_s,
            "cpu_ms_per_response": 1000 * m.cpu_s / n, "peak_rss_mb": m.peak_rss_mb, "wall_s": m.wall_s}


def median_of(runs: list[dict[str, float]]) -> dict[str, float]:
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--latency", type=float, default=0.2)
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--judge", action="append", help="judge spec(s) to measure (default: the default judge)")
    ap.add_argument("--replicas", type=int, default=1, help="also measure a target spread over N servers")
    ap.add_argument("--cold", action="store_true", help="also measure a first run with empty caches")
    ap.add_argument("--json", default=None, help="write the figures here")
    a = ap.parse_args()
    judges = a.judge or ["rules,classifier"]
    warm_caches()
    minimal: list[dict[str, float]] = []
    ours: dict[str, list[dict[str, float]]] = {j: [] for j in judges}
    results: dict[str, Any] = {}
    with FastServer(a.latency) as srv:
        for _ in range(a.repeat):
            m = measure([sys.executable, str(ROOT / "bench" / "minimal_client.py"), srv.url, "-n", str(a.n),
                         "-c", str(a.concurrency)])
            inner = json.loads(m.stdout)["seconds"]
            minimal.append({"req_s": a.n / m.wall_s, "req_s_own_timer": a.n / inner, "cpu_s": m.cpu_s,
                            "peak_rss_mb": m.peak_rss_mb, "wall_s": m.wall_s})
            for judge in judges:
                ours[judge].append(run_censorscope([srv.url], a.n, a.concurrency, judge))
        if a.cold:
            with tempfile.TemporaryDirectory() as cache:
                os.environ["CENSORSCOPE_CACHE"] = cache
                results["first run, empty caches"] = run_censorscope([srv.url], a.n, a.concurrency, judges[0])
                del os.environ["CENSORSCOPE_CACHE"]
    base = median_of(minimal)
    results = {"minimal aiohttp client": base, **{f"censorscope run --judge {j}": median_of(r)
                                                    for j, r in ours.items()}, **results}
    if a.replicas > 1:
        servers = [FastServer(a.latency) for _ in range(a.replicas)]
        try:
            results[f"censorscope, {a.replicas} replicas, --judge {judges[0]}"] = run_censorscope(
                [s.url for s in servers], a.n * a.replicas, a.concurrency * a.replicas, judges[0])
        finally:
            for s in servers:
                s.__exit__()
    print(f"{a.n} prompts, {a.concurrency} in flight, server latency {a.latency * 1000:.0f} ms "
          f"(limit {a.concurrency / a.latency:.0f} req/s per server); medians of {a.repeat} repeats")
    for name, r in results.items():
        extra = f", request phase {r['request_phase_req_s']:.0f} req/s" if "request_phase_req_s" in r else ""
        print(f"{name:44s} {r['req_s']:6.0f} req/s end to end{extra}, CPU {r['cpu_s']:.2f} s, "
              f"peak RSS {r['peak_rss_mb']:.0f} MB")
    for judge in judges:
        runs = ours[judge]
        ratios = sorted(r["req_s"] / mm["req_s"] for r, mm in zip(runs, minimal, strict=True))
        strict = sorted(r["req_s"] / mm["req_s_own_timer"] for r, mm in zip(runs, minimal, strict=True))
        cs = results[f"censorscope run --judge {judge}"]
        print(f"--judge {judge}: censorscope / minimal client, end to end: median {statistics.median(ratios):.2f} "
              f"(each repeat {', '.join(f'{x:.2f}' for x in ratios)}); against the client's own timer "
              f"{statistics.median(strict):.2f}; request phase {cs['request_phase_req_s'] / base['req_s_own_timer']:.2f}; "
              f"client CPU {cs['cpu_ms_per_response']:.2f} ms per response (judging and storage included)")
    if a.json:
        Path(a.json).write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
