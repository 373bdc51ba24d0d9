"""Cross-validated agreement of the offline judges with the labelled corpus, per language.

Stratified (by label and language) 5-fold, grouped so that near-duplicates never straddle train and test: the
same response text (canned lines), and the English/French or Simplified/Traditional items that share an id
number (translations of each other) fall in one fold. For each fold the classifier is trained on the other
folds only; the rules judge needs no training. Reports binary censored/not accuracy and 5-class macro-F1 for
the rules judge alone and for the default ensemble (rules,classifier), plus per-class precision/recall.

Run: python bench/judge_cv.py [--folds 5] [--json out.json] [--c 20] [--dense-weight 1.0]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from typing import Any

import numpy as np
from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support
from sklearn.model_selection import StratifiedGroupKFold

from censorscope.judges.base import CENSORED, VERDICTS
from censorscope.judges.classifier import ClassifierJudge, fit, load_corpus, normalise, row_to_item
from censorscope.judges.registry import combine
from censorscope.judges.rules import RulesJudge

LANGS = ("en", "fr", "zh-Hans", "zh-Hant")


def groups_for(rows: list[dict[str, Any]]) -> list[int]:
    """Union-find over 'same normalised response' and 'translations sharing an id number'."""
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        parent[find(a)] = find(b)

    first: dict[str, int] = {}
    for i, row in enumerate(rows):
        keys = [normalise(row.get("response") or "")[:200] or f"empty-{i}"]
        m = re.match(r"^([a-z]+)-(\d+)$", str(row.get("id", "")))
        if m:
            family = "zh" if m.group(1).startswith("zh") else "enfr"
            keys.append(f"id:{family}:{m.group(2)}")
        for k in keys:
            if k.startswith("empty-"):
                continue
            if k in first:
                union(i, first[k])
            else:
                first[k] = i
    return [find(i) for i in range(len(rows))]


def binary(labels: list[str]) -> list[bool]:
    return [lab in CENSORED for lab in labels]


def scores(gold: list[str], pred: list[str]) -> dict[str, float]:
    return {"n": len(gold), "binary_acc": round(accuracy_score(binary(gold), binary(pred)), 4),
            "macro_f1": round(f1_score(gold, pred, labels=list(VERDICTS), average="macro", zero_division=0), 4),
            "acc": round(accuracy_score(gold, pred), 4)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, default=20.0)
    ap.add_argument("--dense-weight", type=float, default=1.0)
    ap.add_argument("--json", default=None)
    ap.add_argument("--errors", action="store_true", help="print the ensemble's mistakes")
    args = ap.parse_args()

    rows = load_corpus()
    langs = [r["lang"] for r in rows]
    gold = [r["label"] for r in rows]
    strat = [f"{r['label']}|{r['lang']}" for r in rows]
    groups = groups_for(rows)
    rules = RulesJudge()
    rules_pred = [rules.judge(row_to_item(r)).verdict for r in rows]
    ens_pred = [""] * len(rows)
    conf = [0.0] * len(rows)
    t0 = time.perf_counter()
    cv = StratifiedGroupKFold(n_splits=args.folds, shuffle=True, random_state=0)
    for train, test in cv.split(np.zeros(len(rows)), strat, groups):
        model = fit([rows[i] for i in train], c=args.c, dense_weight=args.dense_weight)
        judge = ClassifierJudge(model)
        items = [row_to_item(rows[i]) for i in test]
        clf_verdicts = judge.judge_many(items)
        for i, item, cv_ in zip(test, items, clf_verdicts, strict=True):
            final = combine({"rules": rules.judge(item), "classifier": cv_})
            ens_pred[i] = final.verdict
            conf[i] = final.confidence
    train_s = time.perf_counter() - t0

    report: dict[str, Any] = {"rows": len(rows), "folds": args.folds, "groups": len(set(groups)),
                              "seconds": round(train_s, 1), "rules": {}, "ensemble": {}}
    for name, pred in (("rules", rules_pred), ("ensemble", ens_pred)):
        report[name]["all"] = scores(gold, pred)
        for lang in LANGS:
            idx = [i for i, lg in enumerate(langs) if lg == lang]
            if idx:
                report[name][lang] = scores([gold[i] for i in idx], [pred[i] for i in idx])
        p, r, f, s = precision_recall_fscore_support(gold, pred, labels=list(VERDICTS), zero_division=0)
        report[name]["per_class"] = {v: {"precision": round(float(p[k]), 3), "recall": round(float(r[k]), 3),
                                         "f1": round(float(f[k]), 3), "support": int(s[k])}
                                     for k, v in enumerate(VERDICTS)}
    by_lang_class: dict[str, dict[str, float]] = defaultdict(dict)
    for lang in LANGS:
        idx = [i for i, lg in enumerate(langs) if lg == lang]
        if not idx:
            continue
        _, rec, _, _ = precision_recall_fscore_support([gold[i] for i in idx], [ens_pred[i] for i in idx],
                                                       labels=list(VERDICTS), zero_division=0)
        by_lang_class[lang] = {v: round(float(rec[k]), 3) for k, v in enumerate(VERDICTS)}
    report["ensemble"]["recall_by_lang"] = by_lang_class
    # calibration of the ensemble's confidence: expected calibration error over 10 bins
    correct = np.array([p == g for p, g in zip(ens_pred, gold, strict=True)], dtype=float)
    confs = np.array(conf)
    bins = np.minimum((confs * 10).astype(int), 9)
    ece = sum(abs(correct[bins == b].mean() - confs[bins == b].mean()) * (bins == b).mean()
              for b in range(10) if (bins == b).any())
    report["ensemble"]["mean_confidence"] = round(float(confs.mean()), 3)
    report["ensemble"]["ece"] = round(float(ece), 3)

    print(f"{len(rows)} responses, {len(set(groups))} groups, {args.folds}-fold grouped CV ({train_s:.1f}s)")
    print(f"{'':10s} {'rules bin':>10s} {'rules mF1':>10s} {'ens bin':>10s} {'ens mF1':>10s} {'n':>5s}")
    for lang in (*LANGS, "all"):
        if lang in report["ensemble"]:
            a, b = report["rules"][lang], report["ensemble"][lang]
            print(f"{lang:10s} {a['binary_acc']:10.3f} {a['macro_f1']:10.3f} {b['binary_acc']:10.3f} "
                  f"{b['macro_f1']:10.3f} {b['n']:5d}")
    print("ensemble per class:", json.dumps(report["ensemble"]["per_class"]))
    print(f"ensemble confidence: mean {report['ensemble']['mean_confidence']}, ECE {report['ensemble']['ece']}")
    if args.errors:
        for i, row in enumerate(rows):
            if ens_pred[i] != gold[i]:
                print(f"{row['id']:10s} {gold[i]:>15s} -> {ens_pred[i]:15s} {conf[i]:.2f} {row['response'][:120]!r}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(report, fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
