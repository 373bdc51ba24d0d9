"""Metrics aggregated in SQL, so memory stays flat however many responses a run holds.

Censorship rates count only judgeable answers: `error` verdicts and incoherent answers are
reported apart (a model that cannot write Chinese is not censoring).
"""

from __future__ import annotations

from typing import Any

from censorscope.analysis.stats import mcnemar_exact, newcombe_paired_diff, paired_effect, wilson
from censorscope.judges.base import VERDICTS
from censorscope.store.db import FINAL, Store

_VALID = "v.verdict != 'error' AND v.incoherent = 0"

_GROUP_SQL = f"""
SELECT {{cols}}, COUNT(*) AS n,
  SUM(CASE WHEN {_VALID} THEN 1 ELSE 0 END) AS n_valid,
  SUM(CASE WHEN {_VALID} AND v.censored = 1 THEN 1 ELSE 0 END) AS n_censored,
  SUM(CASE WHEN v.incoherent = 1 AND v.verdict != 'error' THEN 1 ELSE 0 END) AS n_incoherent,
  AVG(CASE WHEN {_VALID} THEN v.fact_recall END) AS fact_recall,
  SUM(CASE WHEN s.reasoning != '' THEN 1 ELSE 0 END) AS n_reasoning,
  SUM(v.thought_suppression) AS n_thought_suppression,
  {', '.join(f"SUM(CASE WHEN v.verdict = '{x}' THEN 1 ELSE 0 END) AS v_{x}" for x in VERDICTS)}
FROM responses s JOIN verdicts v ON v.response_id = s.id AND v.judge = ?
WHERE s.run_id = ? {{where}}
GROUP BY {{cols}} ORDER BY {{cols}}
"""


def _cell(row: Any, keys: list[str]) -> dict[str, Any]:
    d = {k: row[k] for k in keys}
    n_valid, k = row["n_valid"] or 0, row["n_censored"] or 0
    lo, hi = wilson(k, n_valid)
    d.update({
        "n": row["n"], "n_valid": n_valid, "n_censored": k,
        "censorship_rate": (k / n_valid) if n_valid else None, "ci95": [lo, hi] if n_valid else None,
        "verdicts": {x: row[f"v_{x}"] for x in VERDICTS},
        "n_incoherent": row["n_incoherent"],
        "fact_recall": row["fact_recall"],
        "thought_suppression_rate": (row["n_thought_suppression"] / row["n_reasoning"]) if row["n_reasoning"] else None,
    })
    return d


def grouped(store: Store, run_id: str, keys: list[str], where: str = "", judge: str = FINAL) -> list[dict[str, Any]]:
    cols = ", ".join(f"s.{k}" for k in keys)
    sql = _GROUP_SQL.format(cols=cols, where=where)
    return [_cell(r, keys) for r in store.conn.execute(sql, (judge, run_id))]


def paired_controls(store: Store, run_id: str, target: str, judge: str = FINAL,
                    extra: str = "") -> dict[str, Any]:
    """Item-level matched controls: each sensitive response paired with its control probe's
    response of the same sample index; exact McNemar test on the discordant pairs."""
    sql = f"""
    SELECT
      SUM(CASE WHEN a.censored = 1 AND b.censored = 1 THEN 1 ELSE 0 END) AS both,
      SUM(CASE WHEN a.censored = 1 AND b.censored = 0 THEN 1 ELSE 0 END) AS only_sensitive,
      SUM(CASE WHEN a.censored = 0 AND b.censored = 1 THEN 1 ELSE 0 END) AS only_control,
      SUM(CASE WHEN a.censored = 0 AND b.censored = 0 THEN 1 ELSE 0 END) AS neither
    FROM responses s JOIN verdicts a ON a.response_id = s.id AND a.judge = ?
    JOIN responses c ON c.run_id = s.run_id AND c.target = s.target AND c.probe_id = s.control
                     AND c.sample = s.sample
    JOIN verdicts b ON b.response_id = c.id AND b.judge = ?
    WHERE s.run_id = ? AND s.target = ? AND s.control IS NOT NULL
      AND a.verdict != 'error' AND a.incoherent = 0 AND b.verdict != 'error' AND b.incoherent = 0 {extra}
    """
    row = store.conn.execute(sql, (judge, judge, run_id, target)).fetchone()
    both, b, c, neither = (row[i] or 0 for i in range(4))
    n = both + b + c + neither
    lo, hi = newcombe_paired_diff(b, c, n)
    return {"pairs": n, "both_censored": both, "only_sensitive_censored": b, "only_control_censored": c,
            "neither_censored": neither, "asymmetry": paired_effect(b, c, n) if n else None,
            "asymmetry_ci95": [lo, hi] if n else None, "p_value": mcnemar_exact(b, c) if n else None}


def sample_stability(store: Store, run_id: str, target: str, judge: str = FINAL) -> dict[str, Any]:
    """Refusal probability over repeated samples: how many probes flip between samples."""
    sql = f"""
    SELECT s.probe_id, COUNT(*) AS n, SUM(v.censored) AS k FROM responses s
    JOIN verdicts v ON v.response_id = s.id AND v.judge = ?
    WHERE s.run_id = ? AND s.target = ? AND {_VALID} GROUP BY s.probe_id HAVING COUNT(*) > 1
    """
    rows = store.conn.execute(sql, (judge, run_id, target)).fetchall()
    if not rows:
        return {"probes_sampled": 0}
    probs = [r["k"] / r["n"] for r in rows]
    return {"probes_sampled": len(rows), "mean_censorship_probability": sum(probs) / len(probs),
            "unstable_probes": sum(1 for p in probs if 0 < p < 1)}


def compute_summary(store: Store, run_id: str, judge: str = FINAL) -> dict[str, Any]:
    """Everything summary.json holds (documented in the README)."""
    run = store.get_run(run_id)
    run_id = run["id"]
    targets_rows = grouped(store, run_id, ["target", "kind"], judge=judge)
    targets: dict[str, dict[str, Any]] = {}
    for row in targets_rows:
        t = targets.setdefault(row["target"], {"target": row["target"]})
        t["sensitive" if row["kind"] != "control" else "control"] = row
    by_lang = grouped(store, run_id, ["target", "lang"], "AND s.kind != 'control'", judge)
    for name, t in targets.items():
        sens = t.get("sensitive") or {}
        ctrl = t.get("control") or {}
        t["censorship_rate"] = sens.get("censorship_rate")
        t["ci95"] = sens.get("ci95")
        t["control_censorship_rate"] = ctrl.get("censorship_rate")
        t["rate_difference"] = (sens["censorship_rate"] - ctrl["censorship_rate"]
                                if sens.get("censorship_rate") is not None
                                and ctrl.get("censorship_rate") is not None else None)
        t["paired"] = paired_controls(store, run_id, name, judge)
        t["asymmetry"] = t["paired"]["asymmetry"]
        t["fact_recall"] = sens.get("fact_recall")
        t["thought_suppression_rate"] = sens.get("thought_suppression_rate")
        langs = {r["lang"]: r for r in by_lang if r["target"] == name}
        t["by_language"] = {k: {"censorship_rate": v["censorship_rate"], "ci95": v["ci95"], "n_valid": v["n_valid"],
                                "fact_recall": v["fact_recall"]} for k, v in langs.items()}
        en = langs.get("en", {}).get("censorship_rate")
        zh = langs.get("zh-Hans", {}).get("censorship_rate")
        t["en_minus_zh_gap"] = (en - zh) if en is not None and zh is not None else None
        t["sampling"] = sample_stability(store, run_id, name, judge)
    cells = grouped(store, run_id, ["target", "topic", "lang", "kind"], judge=judge)
    by_style = grouped(store, run_id, ["target", "style"], "AND s.kind != 'control'", judge)
    manifest = run["manifest"]
    return {
        "schema": "censorscope.summary/1",
        "run_id": run_id,
        "status": run["status"],
        "judge": judge,
        "manifest": manifest,
        "targets": list(targets.values()),
        "cells": cells,
        "by_style": by_style,
    }
