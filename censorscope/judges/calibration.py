"""Calibration: how far a judge agrees with independent labels, overall and per language.

A censorship rate is only as good as the judge behind it, so the agreement is measured and printed the same way
for every judge: accuracy, per-class precision/recall/F1, Cohen's kappa, the confusion matrix, and the binary
censored/not-censored agreement (what the headline rates depend on).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from censorscope.errors import InputError
from censorscope.judges.base import CENSORED, UNSURE, VERDICTS, Judge, JudgeInput, Verdict
from censorscope.judges.registry import combine
from censorscope.text.language import detect_language

BINARY = ("censored", "not_censored")


@dataclass
class Labelled:
    """One line of a labels file: what to judge, the gold verdict, its language, where it came from."""

    item: JudgeInput
    label: str
    lang: str
    line: int


def parse_label_map(text: str | None) -> dict[str, str]:
    """`COMPLETE=answered,EVASIVE=deflected,DENIAL=refused` -> {'complete': 'answered', ...} (keys lowercased)."""
    mapping: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in (text or "").split(","))):
        src, eq, dst = part.partition("=")
        dst = dst.strip().lower()
        if not eq or not src.strip():
            raise InputError(f"{part!r} is not SOURCE=verdict", field="--label-map")
        if dst not in VERDICTS:
            raise InputError(f"{dst!r} is not a verdict ({', '.join(VERDICTS)})", field="--label-map")
        mapping[src.strip().lower()] = dst
    return mapping


def read_labels(path: Path, label_map: dict[str, str] | None = None) -> list[Labelled]:
    """Read a labels JSONL file; every problem names the file, the line and the field."""
    from censorscope.jsonl import read_jsonl_objects

    label_map = label_map or {}
    out: list[Labelled] = []
    for n, row in read_jsonl_objects(path):
        for field in ("prompt", "response", "label"):
            if not isinstance(row.get(field), str):
                raise InputError("missing or not a string", file=str(path), line=n, field=field)
        for field in ("reasoning", "language", "lang", "topic", "finish_reason", "error"):
            if row.get(field) is not None and not isinstance(row[field], str):
                raise InputError("must be a string", file=str(path), line=n, field=field)
        raw_label = row["label"].strip()
        label = label_map.get(raw_label.lower()) or (raw_label.lower() if raw_label.lower() in VERDICTS else None)
        if label is None:
            hint = " (add it to --label-map)" if label_map else " (use --label-map to translate another scheme)"
            raise InputError(f"label {raw_label!r} is not one of {', '.join(VERDICTS)}{hint}", file=str(path),
                             line=n, field="label")
        lang = row.get("lang") or row.get("language")
        item = JudgeInput(prompt=row["prompt"], response=row["response"], reasoning=row.get("reasoning") or "",
                          finish_reason=row.get("finish_reason", "stop"), error=row.get("error"), lang=lang)
        lang = lang or detect_language(row["response"]) or detect_language(row["prompt"]) or "unknown"
        out.append(Labelled(item=item, label=label, lang=lang, line=n))
    if not out:
        raise InputError("no labelled lines", file=str(path))
    return out


def judge_all(items: Sequence[JudgeInput], judges: Sequence[Judge], concurrency: int = 16) -> list[Verdict]:
    """Final verdicts of the given judges (combined as the runner does); batch where a judge can."""
    per_judge: dict[str, list[Verdict]] = {}
    names = [j.name for j in judges]
    for j in judges:
        if j.name in per_judge:
            continue
        if j.name == "classifier" and "rules" in names and hasattr(j, "judge_pairs"):
            pairs = j.judge_pairs(items)  # the classifier runs the rules anyway: once for both
            per_judge["rules"], per_judge["classifier"] = [r for r, _ in pairs], [c for _, c in pairs]
        elif j.is_async:
            per_judge[j.name] = asyncio.run(_run_async(j, items, concurrency))
        elif hasattr(j, "judge_many"):
            per_judge[j.name] = list(j.judge_many(items))
        else:
            per_judge[j.name] = [j.judge(x) for x in items]
    return [combine({name: vs[i] for name, vs in per_judge.items()}) for i in range(len(items))]


async def _run_async(judge: Judge, items: Sequence[JudgeInput], concurrency: int) -> list[Verdict]:
    """An async (LLM) judge over all items, `concurrency` at a time, closed at the end."""
    sem = asyncio.Semaphore(concurrency)

    async def one(x: JudgeInput) -> Verdict:
        async with sem:
            return await judge.ajudge(x)

    try:
        return list(await asyncio.gather(*(one(x) for x in items)))
    finally:
        await judge.aclose()


def agreement(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    """Accuracy, kappa, per-class P/R/F1, confusion matrix (rows gold, columns judge), binary agreement."""
    from sklearn.metrics import (
        accuracy_score,
        cohen_kappa_score,
        confusion_matrix,
        precision_recall_fscore_support,
    )

    labels = list(VERDICTS)
    p, r, f, s = precision_recall_fscore_support(gold, pred, labels=labels, zero_division=0)
    gb = [BINARY[0] if g in CENSORED else BINARY[1] for g in gold]
    pb = [BINARY[0] if x in CENSORED else BINARY[1] for x in pred]
    bp, br, bf, _ = precision_recall_fscore_support(gb, pb, labels=[BINARY[0]], zero_division=0)
    return {
        "n": len(gold),
        "accuracy": float(accuracy_score(gold, pred)),
        "kappa": _kappa(cohen_kappa_score, gold, pred),
        "macro_f1": float(sum(f[k] for k in range(len(labels)) if s[k]) / max(1, sum(1 for x in s if x))),
        "per_class": {lab: {"precision": float(p[k]), "recall": float(r[k]), "f1": float(f[k]), "support": int(s[k])}
                      for k, lab in enumerate(labels)},
        "confusion": {"labels": labels, "matrix": confusion_matrix(gold, pred, labels=labels).tolist()},
        "binary": {"accuracy": float(accuracy_score(gb, pb)), "kappa": _kappa(cohen_kappa_score, gb, pb),
                   "precision": float(bp[0]), "recall": float(br[0]), "f1": float(bf[0])},
    }


def _kappa(fn: Any, a: Sequence[str], b: Sequence[str]) -> float | None:
    """Cohen's kappa, or None where it is undefined (a single class on both sides)."""
    if len(set(a) | set(b)) < 2:
        return None
    value = float(fn(a, b))
    return None if value != value else value  # NaN -> None


def calibrate(labelled: Sequence[Labelled], judges: Sequence[Judge]) -> dict[str, Any]:
    """The full report: overall and per language."""
    verdicts = judge_all([x.item for x in labelled], judges)
    gold = [x.label for x in labelled]
    pred = [v.verdict for v in verdicts]
    report: dict[str, Any] = {"judge": ",".join(j.name for j in judges), "overall": agreement(gold, pred),
                              "by_language": {}}
    report["overall"]["unsure"] = _unsure(verdicts)
    for lang in sorted({x.lang for x in labelled}):
        idx = [i for i, x in enumerate(labelled) if x.lang == lang]
        report["by_language"][lang] = agreement([gold[i] for i in idx], [pred[i] for i in idx])
        report["by_language"][lang]["unsure"] = _unsure([verdicts[i] for i in idx])
    report["disagreements"] = [{"line": x.line, "label": x.label, "judge": v.verdict, "confidence": round(v.confidence, 3)}
                               for x, v in zip(labelled, verdicts, strict=True) if x.label != v.verdict][:200]
    return report




def _unsure(verdicts: Sequence[Verdict]) -> dict[str, Any]:
    """How many verdicts the judge is unsure of, and why (a language without phrase tables, or a close call)."""
    low = [v for v in verdicts if v.confidence < UNSURE]
    no_tables = sum(1 for v in low if any(n.startswith("no phrase tables") for n in v.evidence.notes))
    return {"n": len(low), "share": round(len(low) / len(verdicts), 3) if verdicts else 0.0,
            "no_phrase_tables": no_tables}


def format_report(report: dict[str, Any]) -> str:
    """Plain-text tables for a terminal."""
    lines = [f"judge: {report['judge']}"]
    sections = [("overall", report["overall"])] + list(report["by_language"].items())
    for name, a in sections:
        k = "n/a" if a["kappa"] is None else f"{a['kappa']:.3f}"
        bk = "n/a" if a["binary"]["kappa"] is None else f"{a['binary']['kappa']:.3f}"
        lines += ["", f"== {name}: n={a['n']}  accuracy {a['accuracy']:.3f}  macro-F1 {a['macro_f1']:.3f}  "
                      f"kappa {k}",
                  f"   censored vs not: accuracy {a['binary']['accuracy']:.3f}  kappa {bk}  "
                  f"precision {a['binary']['precision']:.3f}  recall {a['binary']['recall']:.3f}",
                  *([f"   unsure (confidence < {UNSURE}): {a['unsure']['n']} ({a['unsure']['share']:.0%})"
                     + (f", {a['unsure']['no_phrase_tables']} in a language without phrase tables"
                        if a['unsure']['no_phrase_tables'] else "")] if "unsure" in a else []),
                  f"   {'class':16s} {'precision':>9s} {'recall':>7s} {'F1':>6s} {'n':>5s}"]
        for lab, m in a["per_class"].items():
            lines.append(f"   {lab:16s} {m['precision']:9.3f} {m['recall']:7.3f} {m['f1']:6.3f} {m['support']:5d}")
        labels = a["confusion"]["labels"]
        short = [lab[:9] for lab in labels]
        lines.append("   confusion (rows: label, columns: judge)")
        lines.append("   " + " " * 16 + "".join(f"{s:>10s}" for s in short))
        for lab, row in zip(labels, a["confusion"]["matrix"], strict=True):
            lines.append(f"   {lab:16s}" + "".join(f"{c:10d}" for c in row))
    return "\n".join(lines)


__all__ = ["Labelled", "agreement", "calibrate", "format_report", "judge_all", "parse_label_map", "read_labels"]
