"""Judging speed (responses per second) of the offline judges on this machine.

Uses the bundled corpus' responses (all four languages, all verdicts), repeated to --n items. Reports the rules
judge per item, the classifier in batch (`judge_many`, the fast path) and per item, and the default ensemble
(rules,classifier + combine) both ways. The classifier is loaded (or trained and cached) before timing.

Run: python bench/judge_speed.py [--n 5000] [--batch 512] [--realistic | --long] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable

from censorscope.judges.classifier import ClassifierJudge, load_corpus, load_model, row_to_item
from censorscope.judges.registry import combine
from censorscope.judges.rules import _MEMO, RulesJudge

CPU: dict[str, float] = {}


def rate(fn: Callable[[], object], n: int, repeat: int = 3, key: str = "") -> float:
    """Best of `repeat` runs (wall clock): other load on the machine only ever slows a run down. The CPU time
    of this process is recorded too (under `key`): a figure that other tenants of the machine do not move."""
    best, best_cpu = float("inf"), float("inf")
    for _ in range(repeat):
        _MEMO.clear()
        t, c = time.perf_counter(), time.process_time()
        fn()
        best, best_cpu = min(best, time.perf_counter() - t), min(best_cpu, time.process_time() - c)
    if key:
        CPU[key] = n / best_cpu
    return n / best


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--batch", type=int, default=512)
    ap.add_argument("--json", default=None)
    ap.add_argument("--long", action="store_true", help="make every response ~4x longer (real answers are long)")
    ap.add_argument("--realistic", action="store_true",
                    help="only corpus answers of 400-1,600 characters (mean ~800, the length of real answers)")
    args = ap.parse_args()

    rows = load_corpus()
    if args.realistic:
        rows = [r for r in rows if 400 <= len(r["response"]) <= 1600]
    items = [row_to_item(rows[i % len(rows)]) for i in range(args.n)]
    for i, item in enumerate(items):  # distinct items: the rules' memo must not make repeats free
        item.prompt = f"{item.prompt} [{i}]"
    if args.long:
        for item in items:
            item.response = "\n\n".join([item.response] * 4) if item.response.strip() else item.response
    chars = sum(len(x.response) for x in items) / len(items)
    t = time.perf_counter()
    model = load_model()
    load_s = time.perf_counter() - t
    rules, clf = RulesJudge(), ClassifierJudge(model)
    clf.judge_many(items[:50])  # warm-up

    def batched() -> None:
        for i in range(0, len(items), args.batch):
            clf.judge_many(items[i:i + args.batch])

    def ensemble_all() -> None:  # one call: worker processes when the batch is large enough
        for r, c in clf.judge_pairs(items):
            combine({"rules": r, "classifier": c})

    results = {
        "rules_per_item": rate(lambda: [rules.judge(x) for x in items], len(items), key="rules_per_item"),
        "classifier_per_item": rate(lambda: [clf.judge(x) for x in items[:2000]], min(2000, len(items)),
                                    key="classifier_per_item"),
        "ensemble_per_item": rate(lambda: [combine({"rules": rules.judge(x), "classifier": clf.judge(x)})
                                           for x in items[:2000]], min(2000, len(items)), key="ensemble_per_item"),
        f"classifier_batches_of_{args.batch}": rate(batched, len(items)),
        f"ensemble_one_batch_{clf.workers}_workers": rate(ensemble_all, len(items)),
    }
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"{len(items)} responses (mean {chars:.0f} chars), {cores} cores, model ready in {load_s:.2f}s")
    for k, v in results.items():
        cpu = f"   ({CPU[k]:.0f}/s of one core's CPU time)" if k in CPU else ""
        print(f"{k:34s} {v:7.0f} responses/s{cpu}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"cores": cores, "model_load_s": load_s, "mean_chars": chars,
                       **{k: round(v) for k, v in results.items()},
                       **{f"{k}_cpu": round(v) for k, v in CPU.items()}}, fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
