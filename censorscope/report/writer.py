"""Write a run's outputs: summary.json, results.jsonl, report.md, report.html."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from censorscope.analysis.metrics import compute_summary
from censorscope.store.db import FINAL, Store

OUTPUTS = ("summary.json", "results.jsonl", "report.md", "report.html")


def result_record(row: Any) -> dict[str, Any]:
    """One line of results.jsonl: the response, its probe and its final verdict."""
    return {
        "run_id": row["run_id"], "target": row["target"], "probe_id": row["probe_id"], "sample": row["sample"],
        "topic": row["topic"], "lang": row["lang"], "style": row["style"], "kind": row["kind"],
        "control": row["control"], "prompt": row["prompt"], "response": row["text"],
        "reasoning": row["reasoning"], "finish_reason": row["finish_reason"], "latency_s": row["latency_s"],
        "prompt_tokens": row["prompt_tokens"], "completion_tokens": row["completion_tokens"],
        "error": row["error"], "error_kind": row["error_kind"],
        "verdict": row["verdict"], "censored": bool(row["censored"]) if row["censored"] is not None else None,
        "confidence": row["confidence"], "fact_recall": row["fact_recall"],
        "thought_suppression": bool(row["thought_suppression"]), "incoherent": bool(row["incoherent"]),
        "response_lang": row["response_lang"],
        "evidence": json.loads(row["evidence"]) if row["evidence"] else {},
    }


def write_results_jsonl(store: Store, run_id: str, path: Path, judge: str = FINAL) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for row in store.iter_results(run_id, judge):
            fh.write(json.dumps(result_record(row), ensure_ascii=False) + "\n")
            n += 1
    return n


def write_report(store: Store, run_id: str, out_dir: str | Path, judge: str = FINAL,
                 png_dir: str | Path | None = None, summary: dict[str, Any] | None = None) -> dict[str, Path]:
    """Write every output file of a run into out_dir and return their paths (`summary`: already computed
    by the caller for this run and judge, so it is not computed twice)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if summary is None:
        summary = compute_summary(store, run_id, judge)
    run_id = summary["run_id"]
    paths = {name: out / name for name in OUTPUTS}
    paths["summary.json"].write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    write_results_jsonl(store, run_id, paths["results.jsonl"], judge)
    from censorscope.report.markdown import render_markdown

    paths["report.md"].write_text(render_markdown(summary), encoding="utf-8")
    from censorscope.report.html import render_html

    paths["report.html"].write_text(render_html(store, summary, judge), encoding="utf-8")
    if png_dir is not None:
        from censorscope.report.images import write_pngs

        for p in write_pngs(summary, Path(png_dir)):
            paths[p.name] = p
    return paths
