"""Shared benchmark plumbing: a fast loopback server process and child-process resource accounting."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FastServer:
    """tests/openai_server.py in its own process, so it does not steal the client's CPU accounting."""

    def __init__(self, latency_s: float = 0.2) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.proc = subprocess.Popen([sys.executable, str(ROOT / "tests" / "openai_server.py"), "--port",
                                      str(self.port), "--latency", str(latency_s)],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.proc.stdout.readline()  # type: ignore[union-attr]

    def __enter__(self) -> FastServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        self.proc.wait(10)


@dataclass
class Measured:
    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    stdout: str


def measure(cmd: list[str], cwd: Path | None = None) -> Measured:
    """Run a command; wall time, user+sys CPU and peak RSS of that process alone (os.wait4)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env={**os.environ, "COLUMNS": "160"})
    out = proc.stdout.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed with {proc.returncode}")
    return Measured(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out)


def warm_caches() -> None:
    """Train/load the classifier and build the chart bundle once, as any earlier run would have."""
    subprocess.run([sys.executable, "-c", "from censorscope.judges.classifier import load_model; load_model(); "
                    "from censorscope.report.html import vega_bundle; vega_bundle()"], check=True)
