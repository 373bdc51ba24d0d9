"""The self-contained HTML report (no network request; model output always escaped)."""

from __future__ import annotations

import json
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from censorscope.report.writer import result_record
from censorscope.store.db import FINAL, Store

MAX_EMBEDDED_RESPONSES = 60000


def _env() -> Environment:
    env = Environment(loader=PackageLoader("censorscope.report", "templates"),
                      autoescape=select_autoescape(["html", "j2"]))
    env.filters["pct"] = lambda x: "–" if x is None else f"{x * 100:.0f}%"
    env.filters["signed"] = lambda x: "–" if x is None else f"{x * 100:+.0f}"
    return env


def safe_json(data: Any) -> str:
    """JSON for a <script type=application/json> block: '<', '>' and '&' escaped so no text closes it."""
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render_html(store: Store, summary: dict[str, Any], judge: str = FINAL) -> str:
    records = []
    for i, row in enumerate(store.iter_results(summary["run_id"], judge)):
        if i >= MAX_EMBEDDED_RESPONSES:
            break
        r = result_record(row)
        records.append([r["target"], r["probe_id"], r["topic"], r["lang"], r["style"], r["kind"], r["prompt"],
                        r["response"], r["reasoning"], r["verdict"], r["fact_recall"], r["evidence"],
                        r["sample"], r["incoherent"], r["thought_suppression"], r["control"]])
    template = _env().get_template("report.html.j2")
    return template.render(summary=summary, data_json=safe_json({"summary": summary, "rows": records}))
