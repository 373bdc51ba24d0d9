"""Paired comparison of two targets on the same probes: "does model X answer like the reference?".

Each response of the compared target is paired with the reference's response to the same probe id
and sample index (within one run, or across two runs). Pairs where either side is an error or
incoherent are counted apart, exactly like the censorship rates. Per topic the difference in
censorship rate is tested with an exact McNemar test on the discordant pairs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from censorscope.analysis.stats import mcnemar_exact, newcombe_paired_diff
from censorscope.errors import InputError
from censorscope.store.db import FINAL, Store

SCHEMA = "censorscope.compare/1"

_PAIR_SQL = """
SELECT x.probe_id, x.sample, x.topic, x.lang, x.style, x.kind,
       a.verdict AS a_verdict, a.censored AS a_censored, a.incoherent AS a_incoherent, a.fact_recall AS a_recall,
       b.verdict AS b_verdict, b.censored AS b_censored, b.incoherent AS b_incoherent, b.fact_recall AS b_recall
FROM responses x
JOIN responses y ON y.run_id = ? AND y.target = ? AND y.probe_id = x.probe_id AND y.sample = x.sample
JOIN verdicts a ON a.response_id = x.id AND a.judge = ?
JOIN verdicts b ON b.response_id = y.id AND b.judge = ?
WHERE x.run_id = ? AND x.target = ?
ORDER BY x.id
"""


@dataclass(frozen=True)
class Side:
    """One side of a comparison: a target's answers within one stored run."""

    run_id: str
    target: str

    def as_dict(self) -> dict[str, str]:
        return {"run_id": self.run_id, "target": self.target}


class _Tally:
    """Counts of the four paired outcomes plus fact-recall differences for one group."""

    def __init__(self) -> None:
        self.both = self.only_target = self.only_reference = self.neither = self.excluded = 0
        self.recall_diffs: list[float] = []
        self.transitions: dict[str, int] = {}

    def add(self, row: Any) -> str:
        if _invalid(row, "a") or _invalid(row, "b"):
            self.excluded += 1
            return "excluded"
        ta, tb = bool(row["a_censored"]), bool(row["b_censored"])
        outcome = ("both_censored" if ta and tb else "only_target_censored" if ta
                   else "only_reference_censored" if tb else "neither_censored")
        if outcome == "both_censored":
            self.both += 1
        elif outcome == "only_target_censored":
            self.only_target += 1
        elif outcome == "only_reference_censored":
            self.only_reference += 1
        else:
            self.neither += 1
        if row["a_recall"] is not None and row["b_recall"] is not None:
            self.recall_diffs.append(row["a_recall"] - row["b_recall"])
        key = f"{row['a_verdict']}|{row['b_verdict']}"
        self.transitions[key] = self.transitions.get(key, 0) + 1
        return outcome

    def stats(self) -> dict[str, Any]:
        n = self.both + self.only_target + self.only_reference + self.neither
        b, c = self.only_target, self.only_reference
        lo, hi = newcombe_paired_diff(b, c, n)
        return {
            "pairs": n, "excluded": self.excluded,
            "both_censored": self.both, "only_target_censored": b, "only_reference_censored": c,
            "neither_censored": self.neither,
            "target_rate": (self.both + b) / n if n else None,
            "reference_rate": (self.both + c) / n if n else None,
            # effect size: paired difference in censorship rate (target - reference), with its interval
            "difference": (b - c) / n if n else None,
            "difference_ci95": [lo, hi] if n else None,
            # conditional (matched-pairs) odds ratio, Haldane-corrected when a cell is empty
            "odds_ratio": ((b / c) if b and c else (b + 0.5) / (c + 0.5)) if (b or c) else None,
            "p_value": mcnemar_exact(b, c) if n else None,
            "fact_recall_difference": (sum(self.recall_diffs) / len(self.recall_diffs)
                                       if self.recall_diffs else None),
            "transitions": dict(sorted(self.transitions.items())),
        }


def _invalid(row: Any, side: str) -> bool:
    return row[f"{side}_verdict"] == "error" or bool(row[f"{side}_incoherent"])


def run_targets(store: Store, run_id: str) -> list[str]:
    """Target names of a run, in the order the run configured them."""
    run = store.get_run(run_id)
    stored = [r[0] for r in store.conn.execute(
        "SELECT target FROM responses WHERE run_id=? GROUP BY target ORDER BY MIN(id)", (run["id"],))]
    declared = [t.get("name") for t in run["manifest"].get("targets") or [] if isinstance(t, dict)]
    ordered = [t for t in declared if t in stored]
    return ordered + [t for t in stored if t not in ordered]


def default_reference(store: Store, run_id: str) -> str | None:
    """The reference of a multi-target run: the one the config names, else the last target
    (the convention of `censorscope run`, whose default puts the Western model last)."""
    run = store.get_run(run_id)
    targets = run_targets(store, run["id"])
    named = (run["manifest"].get("config") or {}).get("reference") or run["manifest"].get("reference")
    if named in targets:
        return str(named)
    return targets[-1] if len(targets) >= 2 else None


def _pairs(store: Store, target: Side, reference: Side, judge: str) -> Iterator[Any]:
    yield from store.conn.execute(_PAIR_SQL, (reference.run_id, reference.target, judge, judge,
                                              target.run_id, target.target))


def compare_sides(store: Store, target: Side, reference: Side, judge: str = FINAL,
                  include_probes: bool = True) -> dict[str, Any]:
    """Paired outcomes of `target` against `reference`, overall, per topic and per language."""
    overall = _Tally()
    topics: dict[str, _Tally] = {}
    topic_kind: dict[str, str] = {}
    langs: dict[str, _Tally] = {}
    probes: list[dict[str, Any]] = []
    for row in _pairs(store, target, reference, judge):
        topic = row["topic"] or "-"
        topic_kind.setdefault(topic, "control" if row["kind"] == "control" else "sensitive")
        outcome = topics.setdefault(topic, _Tally()).add(row)
        if row["kind"] != "control":
            overall.add(row)
            langs.setdefault(row["lang"] or "-", _Tally()).add(row)
        if include_probes:
            probes.append({
                "probe_id": row["probe_id"], "sample": row["sample"], "topic": row["topic"], "lang": row["lang"],
                "style": row["style"], "kind": row["kind"], "outcome": outcome,
                "target_verdict": row["a_verdict"], "reference_verdict": row["b_verdict"],
                "target_fact_recall": row["a_recall"], "reference_fact_recall": row["b_recall"]})
    by_topic = [{"topic": t, "kind": topic_kind[t], **tally.stats()} for t, tally in topics.items()]
    by_topic.sort(key=lambda d: (d["kind"] == "control", d["topic"]))
    out: dict[str, Any] = {
        "target": target.as_dict(), "reference": reference.as_dict(),
        "overall": overall.stats(),  # PRC-sensitive probes only, like the headline censorship rate
        "by_topic": by_topic,
        "by_language": [{"lang": k, **v.stats()} for k, v in sorted(langs.items())],
    }
    if include_probes:
        out["probes"] = probes
    return out


def _check_target(store: Store, run_id: str, name: str) -> None:
    targets = run_targets(store, run_id)
    if name not in targets:
        raise InputError(f"no target {name!r} in run {run_id} (targets: {', '.join(targets) or 'none'})",
                         file=str(store.path))


def compare_within(store: Store, run_id: str, reference: str | None = None, judge: str = FINAL,
                   include_probes: bool = True) -> dict[str, Any]:
    """Every other target of one run against its reference target."""
    run_id = store.get_run(run_id)["id"]
    targets = run_targets(store, run_id)
    if reference is None:
        reference = default_reference(store, run_id)
        if reference is None:
            raise InputError(f"run {run_id} has a single target: compare it with another run "
                             "(censorscope compare RUN_A RUN_B)", file=str(store.path))
    _check_target(store, run_id, reference)
    ref = Side(run_id, reference)
    comps = [compare_sides(store, Side(run_id, t), ref, judge, include_probes) for t in targets if t != reference]
    return {"schema": SCHEMA, "mode": "within_run", "judge": judge, "run_id": run_id,
            "reference": ref.as_dict(), "comparisons": comps}


def compare_runs(store: Store, run_a: str, run_b: str, target_a: str | None = None, target_b: str | None = None,
                 judge: str = FINAL, include_probes: bool = True) -> dict[str, Any]:
    """Run A against run B (the baseline/reference), probes matched by id and sample.

    Without explicit targets: a single target on each side is paired; otherwise targets of the
    same name are paired (a regression check of the same deployment across versions)."""
    a_id, b_id = store.get_run(run_a)["id"], store.get_run(run_b)["id"]
    ta, tb = run_targets(store, a_id), run_targets(store, b_id)
    if target_a:
        _check_target(store, a_id, target_a)
    if target_b:
        _check_target(store, b_id, target_b)
    pairs: list[tuple[str, str]]
    if target_a or target_b:
        left = [target_a] if target_a else ta
        right = [target_b] if target_b else tb
        if len(left) == 1 and len(right) == 1:
            pairs = [(left[0], right[0])]
        else:
            pairs = [(t, t) for t in left if t in right]
    elif len(ta) == 1 and len(tb) == 1:
        pairs = [(ta[0], tb[0])]
    else:
        pairs = [(t, t) for t in ta if t in tb]
    if not pairs:
        raise InputError(f"cannot tell which targets to pair (run {a_id}: {', '.join(ta)}; run {b_id}: "
                         f"{', '.join(tb)}): name them with --target-a and --target-b", file=str(store.path))
    comps = [compare_sides(store, Side(a_id, x), Side(b_id, y), judge, include_probes) for x, y in pairs]
    return {"schema": SCHEMA, "mode": "across_runs", "judge": judge, "run_id": a_id,
            "reference_run_id": b_id, "comparisons": comps}
