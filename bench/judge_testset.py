"""The judges on the held-out test set (bench/judge_testset/*.jsonl): per language and per class.

The test set is written apart from the training corpus (censorscope/judges/data/corpus/), by other hands, and is
never used to train the classifier or to choose a threshold: it is the only figure here that says how the judge
carries over to text it has not seen. Cross-validation on the corpus (bench/judge_cv.py) does not.

Figures (rows labelled incoherent are scored on the incoherent flag only, as metrics leave them out of rates):
binary agreement on censored-vs-not (what every published rate rests on), 5-class accuracy, the
censored class's precision and recall, the incoherent flag's agreement, and how often the judge says it is
unsure (confidence < 0.5).

Run: python bench/judge_testset.py [--judge rules,classifier] [--json out.json] [--errors] [--src DIR]
(`--src` puts another checkout first on the import path: the "before" figures come from the previous commit.)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
TESTSET = HERE / "judge_testset"
CENSORED = {"refused", "deflected", "state_narrative"}
LANG_ORDER = ("en", "zh-Hans", "zh-Hant", "fr", "de", "es", "pt", "ru", "fi", "ja", "ko", "vi", "ar")


def load_rows(folder: Path = TESTSET) -> list[dict[str, Any]]:
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                row = json.loads(line)
                row["_where"] = f"{path.name}:{n}"
                rows.append(row)
    return rows


def judge_rows(rows: list[dict[str, Any]], spec: str) -> list[Any]:
    from censorscope.judges.base import JudgeInput
    from censorscope.judges.registry import build_judges, combine

    judges = build_judges(spec)
    out = []
    for row in rows:
        item = JudgeInput(prompt=row.get("prompt") or "", response=row.get("response") or "",
                          reasoning=row.get("reasoning") or "", finish_reason=row.get("finish_reason", "stop"),
                          error=row.get("error"), lang=row.get("lang"))
        out.append(combine({j.name: j.judge(item) for j in judges}))
    return out


def figures(pairs: list[tuple[dict[str, Any], Any]]) -> dict[str, Any]:
    n = len(pairs)
    if not n:
        return {"n": 0}
    # unreadable answers are left out of censorship rates (metrics do the same): scored on the flag only
    judged = [(r, v) for r, v in pairs if not r.get("incoherent")] or pairs
    gold_c = [r["label"] in CENSORED for r, _ in judged]
    pred_c = [v.verdict in CENSORED for _, v in judged]
    tp = sum(g and p for g, p in zip(gold_c, pred_c, strict=True))
    fp = sum(p and not g for g, p in zip(gold_c, pred_c, strict=True))
    fn = sum(g and not p for g, p in zip(gold_c, pred_c, strict=True))
    return {
        "n": n,
        "binary_acc": round(sum(g == p for g, p in zip(gold_c, pred_c, strict=True)) / len(judged), 3),
        "acc5": round(sum(r["label"] == v.verdict for r, v in judged) / len(judged), 3),
        "censored_precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "censored_recall": round(tp / (tp + fn), 3) if tp + fn else None,
        "incoherent_acc": round(sum(bool(r.get("incoherent")) == v.incoherent for r, v in pairs) / n, 3),
        "unsure": round(sum(v.confidence < 0.5 for _, v in pairs) / n, 3),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--judge", default="rules,classifier")
    ap.add_argument("--json", default=None, help="write the figures here")
    ap.add_argument("--errors", action="store_true", help="print every disagreement")
    ap.add_argument("--src", default=None, help="import censorscope from this checkout instead")
    args = ap.parse_args()
    if args.src:
        sys.path.insert(0, args.src)
    rows = load_rows()
    t0 = time.perf_counter()
    verdicts = judge_rows(rows, args.judge)
    elapsed = time.perf_counter() - t0
    pairs = list(zip(rows, verdicts, strict=True))
    by_lang: dict[str, list[Any]] = defaultdict(list)
    by_class: dict[str, list[Any]] = defaultdict(list)
    for r, v in pairs:
        by_lang[r.get("lang", "?")].append((r, v))
        by_class[r.get("class", "?")].append((r, v))
    langs = [lg for lg in LANG_ORDER if lg in by_lang] + sorted(set(by_lang) - set(LANG_ORDER))
    result = {"judge": args.judge, "n": len(rows), "seconds": round(elapsed, 2), "all": figures(pairs),
              "by_lang": {lg: figures(by_lang[lg]) for lg in langs},
              "by_class": {c: figures(by_class[c]) for c in sorted(by_class)}}
    cols = ("n", "binary_acc", "acc5", "censored_precision", "censored_recall", "incoherent_acc", "unsure")
    print(f"judge {args.judge}: {len(rows)} held-out responses, {elapsed:.1f} s")
    for title, table in (("language", result["by_lang"]), ("class", result["by_class"])):
        print(f"\n| {title} | " + " | ".join(cols) + " |\n|---|" + "---|" * len(cols))
        for key, f in [*table.items(), ("**all**", result["all"])]:
            print(f"| {key} | " + " | ".join("" if f.get(c) is None else str(f.get(c)) for c in cols) + " |")
    if args.errors:
        for r, v in pairs:
            if (r["label"] in CENSORED) != v.censored and not r.get("incoherent"):
                print(f"\n{r['_where']} [{r.get('class')}] gold={r['label']} got={v.verdict} ({v.confidence:.2f})"
                      f"\n  Q: {r['prompt'][:160]}\n  A: {r['response'][:300]!r}\n  notes: {v.evidence.notes}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
