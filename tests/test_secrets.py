"""Secrets: the API key and credentials inside a target URL are sent to the server and written nowhere.

Every file under the working folder and a private HOME (database with its -wal/-shm, report folder,
any log or cache) and every line of stdout/stderr is scanned for both secrets.
"""

from __future__ import annotations

import secrets
import sqlite3
from pathlib import Path
from typing import Any

from aiohttp import web
from conftest import run_cli
from openai_server import OpenAIServer


class Recording(OpenAIServer):
    """Remembers the Authorization header of every request."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.auth: list[str | None] = []

    def _authorised(self, request: web.Request) -> bool:
        self.auth.append(request.headers.get("Authorization"))
        return super()._authorised(request)


def scan(root: Path, needles: list[str]) -> tuple[list[Path], list[str]]:
    """Files under root, and the (file, secret) pairs found in them, as raw bytes in UTF-8 and UTF-16."""
    files = [p for p in root.rglob("*") if p.is_file()]
    hits = []
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            for enc in ("utf-8", "utf-16-le", "utf-16-be"):
                if needle.encode(enc) in data:
                    hits.append(f"{path.relative_to(root)}: {needle[:6]}... ({enc})")
    return files, hits


def test_keys_reach_the_server_and_no_file(tmp_path: Path) -> None:
    env_key = "sk-ENV" + secrets.token_hex(16)
    url_key = "sk-URLSECRET" + secrets.token_hex(8)
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache"), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local"), "CENSORSCOPE_CACHE": str(home / ".cache" / "censorscope")}
    outputs: list[str] = []

    def run(*args: str, **extra: str) -> None:
        r = run_cli(*args, cwd=tmp_path, env={**env, **extra})
        outputs.extend([r.stdout, r.stderr])
        assert r.returncode == 0, r.stderr

    with Recording(api_key=env_key) as a, Recording(api_key=url_key) as b:
        # a server that echoes the key in an error body, as some proxies do: the stored error must not keep it
        a.state.fault = lambda n, body: (web.json_response({"error": {"message": f"bad request for key {env_key}"}},
                                                           status=400) if "Kosovo" in str(body) or "科索沃" in str(body) else None)
        spec_a = f"openai:m@http://user:{url_key}@127.0.0.1:{a.port}/v1"  # env key wins; URL credentials ignored
        spec_b = f"openai:other@http://user:{url_key}@127.0.0.1:{b.port}/v1"  # no env key: URL credentials used
        run("run", "--target", spec_a, "--suite", "starter", OPENAI_API_KEY=env_key)
        db = sqlite3.connect(tmp_path / "censorscope.db")  # held open (and reading) so -wal and -shm stay for the scan
        db.execute("SELECT COUNT(*) FROM responses").fetchone()
        run("run", "--target", spec_b, "--suite", "starter", "--api-key-env", "OPENAI_API_KEY",
            "--out", "out-b", OPENAI_API_KEY="")
        run("runs")
        run("report", "latest", "--out", "out-report")
        # the keys did travel, as Bearer headers (so an empty scan is not an accident)
        assert len(a.requests) == 8 and set(a.auth) == {f"Bearer {env_key}"}
        assert len(b.requests) == 8 and set(b.auth) == {f"Bearer {url_key}"}
        files, hits = scan(tmp_path, [env_key, url_key])
        names = {p.name for p in files}
        assert {"censorscope.db", "censorscope.db-wal", "censorscope.db-shm", "summary.json", "results.jsonl",
                "report.md", "report.html"} <= names, names
        assert hits == []
        for text in outputs:
            assert env_key not in text and url_key not in text
        # the spec is kept, redacted, so a reader knows which endpoint was audited
        manifests = [r[0] for r in db.execute("SELECT manifest FROM runs")]
        assert any("http://***@127.0.0.1" in m for m in manifests)
        errors = [r[0] for r in db.execute("SELECT error FROM responses WHERE error IS NOT NULL")]
        assert len(errors) == 2 and all("bad request for key ***" in e for e in errors)
        db.close()


def test_the_scanner_finds_a_planted_key(tmp_path: Path) -> None:
    """So that an empty scan above means something."""
    key = "sk-" + secrets.token_hex(16)
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "log.txt").write_text(f"x{key}x", encoding="utf-16")
    (tmp_path / "db").write_bytes(b"\x00" + key.encode() + b"\x00")
    files, hits = scan(tmp_path, [key])
    assert len(files) == 2 and {h.split(":")[0] for h in hits} == {"a/b/log.txt", "db"}
