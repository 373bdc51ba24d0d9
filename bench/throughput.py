"""Throughput, CPU and memory of a full censorscope run against the minimal aiohttp client.

Both talk to the same fast loopback server (default 200 ms per answer, 64 in flight, 2,000 prompts, so the
physical limit is 320 requests/s). Run: python bench/throughput.py [--n 2000] [--latency 0.2] [--replicas 2]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from pathlib import Path

from common import FastServer, measure

ROOT = Path(__file__).resolve().parents[1]


def censorscope_cmd(urls: list[str], n: int, concurrency: int, work: Path) -> list[str]:
    samples = n // 8  # the starter suite has 8 probes
    return [sys.executable, "-m", "censorscope", "run", "--target", f"openai:m@{','.join(urls)}",
            "--suite", "starter", "--samples", str(samples), "--concurrency", str(concurrency),
            "--db", str(work / "bench.db"), "--out", str(work / "out")]


def request_phase_seconds(db: Path) -> float:
    """Seconds between the first and the last stored response: the run without start-up and report."""
    conn = sqlite3.connect(db)
    lo, hi, count = conn.execute("SELECT MIN(created_at), MAX(created_at), COUNT(*) FROM responses").fetchone()
    return (hi - lo) * count / max(1, count - 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--latency", type=float, default=0.2)
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--replicas", type=int, default=1, help="also measure a target spread over N servers")
    a = ap.parse_args()
    results = {}
    with FastServer(a.latency) as srv:
        m = measure([sys.executable, str(ROOT / "bench" / "minimal_client.py"), srv.url, "-n", str(a.n),
                     "-c", str(a.concurrency)])
        base_rps = a.n / json.loads(m.stdout)["seconds"]
        results["minimal aiohttp client"] = {"req_s": base_rps, "cpu_s": m.cpu_s, "peak_rss_mb": m.peak_rss_mb,
                                             "wall_s": m.wall_s}
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            m = measure(censorscope_cmd([srv.url], a.n, a.concurrency, work))
            phase = request_phase_seconds(work / "bench.db")
            results["censorscope run (end to end)"] = {
                "req_s": a.n / m.wall_s, "request_phase_req_s": a.n / phase, "cpu_s": m.cpu_s,
                "cpu_ms_per_response": 1000 * m.cpu_s / a.n, "peak_rss_mb": m.peak_rss_mb, "wall_s": m.wall_s}
    if a.replicas > 1:
        servers = [FastServer(a.latency) for _ in range(a.replicas)]
        try:
            with tempfile.TemporaryDirectory() as tmp:
                work = Path(tmp)
                per_replica = a.concurrency
                m = measure(censorscope_cmd([s.url for s in servers], a.n * a.replicas, per_replica * a.replicas,
                                            work))
                phase = request_phase_seconds(work / "bench.db")
                results[f"censorscope run, {a.replicas} replicas"] = {
                    "req_s": a.n * a.replicas / m.wall_s, "request_phase_req_s": a.n * a.replicas / phase,
                    "cpu_s": m.cpu_s, "peak_rss_mb": m.peak_rss_mb, "wall_s": m.wall_s}
        finally:
            for s in servers:
                s.__exit__()
    print(f"{a.n} prompts, {a.concurrency} in flight, server latency {a.latency * 1000:.0f} ms "
          f"(limit {a.concurrency / a.latency:.0f} req/s per server)")
    for name, r in results.items():
        extra = f", request phase {r['request_phase_req_s']:.0f} req/s" if "request_phase_req_s" in r else ""
        print(f"{name:34s} {r['req_s']:6.0f} req/s{extra}, CPU {r['cpu_s']:.2f} s, peak RSS {r['peak_rss_mb']:.0f} MB")
    cs = results["censorscope run (end to end)"]
    print(f"ratio censorscope / minimal: end to end {cs['req_s'] / base_rps:.2f}, "
          f"request phase {cs['request_phase_req_s'] / base_rps:.2f}; "
          f"client CPU {cs['cpu_ms_per_response']:.2f} ms per response (judging and storage included)")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
