"""Untrusted text: model output is data. Stored verbatim, escaped in every report, never run or used as a path.

A hostile answer carries shell metacharacters, Jinja syntax, script and markup, path traversal,
NUL bytes and Unicode line separators. (Its behaviour inside a real browser is checked by
test_report_browser.py; here: storage, outputs, templates, the file system.)
"""

from __future__ import annotations

import base64
import gzip
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

from conftest import run_cli
from openai_server import OpenAIServer, default_script

HOSTILE = ("$(touch pwned1); `touch pwned2` | tee pwned3 && rm -rf ./x || echo $HOME ${PATH} > pwned4 "
           "{{ 'inj' ~ 'ected' }} {{ config.items() }} {% for i in range(3) %}LOOP{% endfor %} {# c #} "
           "<script>alert('xss')</script></script><script>alert(1)</script><img src=x onerror=alert(2)> "
           "<!-- --> ]]> ../../etc/passwd ..\\..\\windows\\win.ini /etc/shadow ../../../../tmp/pwned5 "
           "nul:\x00:nul %s %n {0.__class__} \u2028\u2029 \x1b[31mred\x1b[0m \r\n end")
REASONING = "think: <script>alert('r')</script> {{ 6*6 }} $(touch pwned6) ../../pwned7 \x00"


def hostile(prompt: str, body: dict[str, Any]) -> dict[str, Any]:
    if "tiananmen" in prompt.lower() or "天安门" in prompt:
        return {"content": HOSTILE, "reasoning_content": REASONING}
    return default_script(prompt, body)


def data_blocks(html: str) -> list[tuple[str, str]]:
    """(attributes, content) of every non-executable <script> data block."""
    return [(m[1], m[2]) for m in re.finditer(r"<script([^>]*\btype=\"application/(?:json|octet-stream)\"[^>]*)>"
                                               r"(.*?)</script>", html, re.S)]


def decoded(attrs: str, content: str) -> Any:
    if "gzip+base64" in attrs:
        return json.loads(gzip.decompress(base64.b64decode(content)).decode("utf-8"))
    return json.loads(content)


def strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in strings(v)]
    return []


def test_hostile_answer_is_stored_verbatim_and_stays_inert(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    with OpenAIServer(hostile) as srv:
        r = run_cli("run", "--target", f"openai:m@{srv.url}", "--suite", "starter", cwd=work)
        assert r.returncode == 0, r.stderr
    # results.jsonl goes back through `censorscope judge` unchanged (JSONL lines end at \n, not at U+2028)
    results = work / "censorscope-out" / "results.jsonl"
    r2 = run_cli("judge", "--in", str(results), "--out", str(work / "judged.jsonl"), "--suite", "starter", cwd=work)
    assert r2.returncode == 0, r2.stderr

    # stored verbatim, NUL bytes and all, in the database and in every machine-readable output
    db = sqlite3.connect(work / "censorscope.db")
    stored = db.execute("SELECT text, reasoning FROM responses WHERE probe_id LIKE 'tiananmen%'").fetchall()
    assert stored == [(HOSTILE, REASONING)] * 2
    db.close()
    out = work / "censorscope-out"
    for name in ("censorscope-out/results.jsonl", "judged.jsonl"):
        rows = [json.loads(x) for x in (work / name).read_text(encoding="utf-8").split("\n") if x]
        assert len(rows) == 8
        assert [(x["response"], x["reasoning"]) for x in rows if x["probe_id"].startswith("tiananmen")] == [
            (HOSTILE, REASONING)] * 2

    # Markdown: no raw markup from the answer
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "<script>alert" not in md and "<img src=x" not in md and "\x00" not in md

    # HTML: the answer appears only inside inert data blocks, whose JSON escapes '<' so no text can close them
    html = (out / "report.html").read_text(encoding="utf-8")
    blocks = data_blocks(html)
    assert blocks
    found = []
    for attrs, content in blocks:
        assert "<" not in content, attrs
        found += strings(decoded(attrs, content))
    assert HOSTILE in found and REASONING in found  # verbatim inside: never rendered by Jinja
    outside = html
    for _, content in blocks:
        outside = outside.replace(content, "")
    for raw in ("<script>alert", "<img src=x", "onerror=alert", "{{", "{%", "LOOP", "injected", "pwned", "\x00"):
        assert raw not in outside, raw
    assert not any("injected" in x or "LOOPLOOP" in x for x in found)
    assert "</script><script>alert(1)" not in html

    # no shell ran, no path from the answer was used: only the expected files exist anywhere near the run
    made = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    assert made == ["work/censorscope-out/report.html", "work/censorscope-out/report.md",
                    "work/censorscope-out/results.jsonl", "work/censorscope-out/summary.json",
                    "work/censorscope.db", "work/judged.jsonl"], made
    assert not any(p.name.startswith("pwned") for p in Path("/tmp").glob("pwned*"))
