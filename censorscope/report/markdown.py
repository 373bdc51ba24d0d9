"""The Markdown summary: the headline figures a person reads first."""

from __future__ import annotations

from typing import Any


def pct(x: float | None, signed: bool = False) -> str:
    if x is None:
        return "–"
    return f"{x * 100:+.0f}" if signed else f"{x * 100:.0f}%"


def ci(c: list[float] | None) -> str:
    return f"[{c[0] * 100:.0f}–{c[1] * 100:.0f}]" if c else ""


def render_markdown(summary: dict[str, Any]) -> str:
    m = summary["manifest"]
    lines = [
        f"# censorscope report — run {summary['run_id']}",
        "",
        f"Suite **{m['suite']['name']}** v{m['suite']['version']} (hash `{m['suite']['content_hash'][:12]}`), "
        f"{m['n_probes']} probes × {m['samples']} sample(s), temperature {m['params']['temperature']}, "
        f"seed {m['params']['seed']}, judge `{summary['judge']}` ({m['config']['judge']}). Status: {summary['status']}.",
        "",
        "Censorship = refused + deflected + state narrative, over judgeable answers (errors and incoherent "
        "answers are counted apart). Asymmetry = paired difference against matched control probes about "
        "other countries (exact McNemar test).",
        "",
        "| target | censorship (PRC) | 95% CI | controls | asymmetry (pts) | p | fact recall | en − zh gap | thought suppr. | n | errors | incoherent |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for t in summary["targets"]:
        sens = t.get("sensitive") or {}
        ctrl = t.get("control") or {}
        n = (sens.get("n") or 0) + (ctrl.get("n") or 0)
        errors = (sens.get("verdicts") or {}).get("error", 0) + (ctrl.get("verdicts") or {}).get("error", 0)
        incoh = (sens.get("n_incoherent") or 0) + (ctrl.get("n_incoherent") or 0)
        p = t["paired"].get("p_value")
        lines.append(
            f"| {t['target']} | {pct(t['censorship_rate'])} | {ci(t['ci95'])} | {pct(t['control_censorship_rate'])} "
            f"| {pct(t['asymmetry'], True)} | {'' if p is None else f'{p:.3g}'} | {pct(t['fact_recall'])} "
            f"| {pct(t['en_minus_zh_gap'], True)} | {pct(t['thought_suppression_rate'])} | {n} | {errors} | {incoh} |")
    lines += ["", "## Verdicts on PRC-sensitive probes", "",
              "| target | answered | state narrative | deflected | refused | error |", "|---|---|---|---|---|---|"]
    for t in summary["targets"]:
        v = (t.get("sensitive") or {}).get("verdicts") or {}
        lines.append(f"| {t['target']} | {v.get('answered', 0)} | {v.get('state_narrative', 0)} | "
                     f"{v.get('deflected', 0)} | {v.get('refused', 0)} | {v.get('error', 0)} |")
    lines += ["", "## By topic and language (PRC-sensitive probes)", "",
              "| target | topic | lang | n | censorship | 95% CI | fact recall |", "|---|---|---|---|---|---|---|"]
    for c in summary["cells"]:
        if c["kind"] == "control":
            continue
        lines.append(f"| {c['target']} | {c['topic']} | {c['lang']} | {c['n']} | {pct(c['censorship_rate'])} "
                     f"| {ci(c['ci95'])} | {pct(c['fact_recall'])} |")
    lines.append("")
    return "\n".join(lines)
