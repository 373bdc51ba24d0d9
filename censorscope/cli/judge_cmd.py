"""`censorscope judge`: judge responses that come from anywhere (JSONL in, JSONL out)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import typer

from censorscope.cli.common import console


def judge(
    in_path: Path = typer.Option(..., "--in", help="JSONL: id, prompt, response, optional reasoning, "
                                                    "language, topic, finish_reason."),
    out_path: Path = typer.Option(..., "--out", help="JSONL output: the input lines plus verdict, censored, "
                                                      "confidence, evidence."),
    judge_spec: str = typer.Option("rules,classifier", "--judge", help="rules, classifier, llm:openai:MODEL@URL, or an "
                                                            "ensemble."),
    suite: str = typer.Option("prc", "--suite", help="Suite whose topics give reference facts when a line "
                                                     "names a topic id."),
) -> None:
    """Judge JSONL responses (from any source); topics found in the suite add fact recall."""
    from censorscope.judges import JudgeInput, build_judges, combine
    from censorscope.suite import load_suite

    items = list(read_judge_lines(in_path))
    topics = load_suite(suite).topic_by_id
    judges = build_judges(judge_spec)

    async def go() -> list[dict[str, Any]]:
        results = []
        for row in items:
            item = JudgeInput(prompt=row.get("prompt", ""), response=row.get("response", ""),
                              reasoning=row.get("reasoning") or "", finish_reason=row.get("finish_reason", "stop"),
                              lang=row.get("language") or row.get("lang"), topic=topics.get(row.get("topic") or ""))
            verdicts = {j.name: (await j.ajudge(item) if j.is_async else j.judge(item)) for j in judges}
            final = combine(verdicts)
            d = final.to_dict()
            if len(verdicts) > 1:
                d["judges"] = {k: v.verdict for k, v in verdicts.items()}
            results.append({**row, **d})
        for j in judges:
            await j.aclose()
        return results

    results = asyncio.run(go())
    with out_path.open("w", encoding="utf-8") as fh:
        for r in results:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in results:
        counts[r["verdict"]] = counts.get(r["verdict"], 0) + 1
    console.print(f"Judged {len(results)} responses → {out_path}: "
                  + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def read_judge_lines(path: Path) -> list[dict[str, Any]]:
    """Read and validate judge input: each error names file, line and field."""
    from censorscope.errors import InputError
    from censorscope.jsonl import read_jsonl_objects

    rows = []
    for n, row in read_jsonl_objects(path):
        for field in ("prompt", "response"):
            if not isinstance(row.get(field), str):
                raise InputError("missing or not a string", file=str(path), line=n, field=field)
        for field in ("reasoning", "language", "lang", "topic", "finish_reason"):
            if row.get(field) is not None and not isinstance(row[field], str):
                raise InputError("must be a string", file=str(path), line=n, field=field)
        rows.append(row)
    return rows
