"""Memory growth from 2,000 to 50,000 responses, and report time at 50,000.

Run: python bench/scale.py [--small 2000] [--large 50000] [--latency 0.005]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from common import FastServer, measure, warm_caches


def run(url: str, n: int, work: Path, concurrency: int) -> tuple[float, float, float]:
    cmd = [sys.executable, "-m", "censorscope", "run", "--target", f"openai:m@{url}", "--suite", "starter",
           "--samples", str(n // 8), "--concurrency", str(concurrency), "--db", str(work / "s.db"),
           "--out", str(work / "out")]
    m = measure(cmd)
    return m.peak_rss_mb, m.wall_s, m.cpu_s


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--small", type=int, default=2000)
    ap.add_argument("--large", type=int, default=50000)
    ap.add_argument("--latency", type=float, default=0.005)
    ap.add_argument("--concurrency", type=int, default=64)
    a = ap.parse_args()
    warm_caches()
    with FastServer(a.latency) as srv, tempfile.TemporaryDirectory() as t1, tempfile.TemporaryDirectory() as t2:
        small = run(srv.url, a.small, Path(t1), a.concurrency)
        large = run(srv.url, a.large, Path(t2), a.concurrency)
        t0 = time.perf_counter()
        rep = measure([sys.executable, "-m", "censorscope", "report", "latest", "--db", str(Path(t2) / "s.db"),
                       "--out", str(Path(t2) / "out2")])
        report_s = time.perf_counter() - t0
        html_mb = (Path(t2) / "out2" / "report.html").stat().st_size / 1e6
    print(f"run of {a.small:>6} responses: peak RSS {small[0]:.0f} MB, {small[1]:.1f} s, CPU {small[2]:.1f} s")
    print(f"run of {a.large:>6} responses: peak RSS {large[0]:.0f} MB, {large[1]:.1f} s, CPU {large[2]:.1f} s")
    print(f"growth {large[0] - small[0]:+.0f} MB; `censorscope report` at {a.large}: {report_s:.1f} s "
          f"(peak RSS {rep.peak_rss_mb:.0f} MB), report.html {html_mb:.1f} MB")


if __name__ == "__main__":
    main()
