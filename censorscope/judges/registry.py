"""Build judges from `--judge` text and combine their verdicts into the final one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from censorscope.errors import InputError
from censorscope.judges.base import Judge, Verdict

DEFAULT_JUDGE = "rules"


def _rules() -> Judge:
    from censorscope.judges.rules import RulesJudge

    return RulesJudge()


def _classifier() -> Judge:
    from censorscope.judges.classifier import ClassifierJudge

    return ClassifierJudge()


FACTORIES: dict[str, Callable[[], Judge]] = {"rules": _rules, "classifier": _classifier}


def build_judges(text: str | None) -> list[Judge]:
    """`rules`, `classifier`, `llm:openai:MODEL@URL`, comma-separated (the llm spec must come last)."""
    text = (text or DEFAULT_JUDGE).strip()
    judges: list[Judge] = []
    while text:
        if text.startswith("llm:"):
            from censorscope.judges.llm import LLMJudge

            judges.append(LLMJudge(text[4:]))
            break
        head, _, text = text.partition(",")
        head = head.strip()
        if head not in FACTORIES:
            raise InputError(f"unknown judge {head!r} (expected rules, classifier or llm:SPEC)", field="--judge")
        judges.append(FACTORIES[head]())
    return judges


def combine(verdicts: dict[str, Verdict]) -> Verdict:
    """The final verdict: an LLM judge wins when present; otherwise the majority of the judges,
    ties broken by confidence, with the rules judge's evidence (facts, markers) kept."""
    if len(verdicts) == 1:
        return next(iter(verdicts.values()))
    rules = verdicts.get("rules")
    errors = [v for v in verdicts.values() if v.verdict == "error"]
    if rules is not None and rules.verdict == "error":
        final_label, conf = "error", rules.confidence
    elif "llm" in verdicts and verdicts["llm"].verdict != "error":
        final_label, conf = verdicts["llm"].verdict, verdicts["llm"].confidence
    else:
        votes = Counter(v.verdict for v in verdicts.values() if v.verdict != "error" or len(errors) == len(verdicts))
        weight: Counter[str] = Counter()
        for v in verdicts.values():
            weight[v.verdict] += v.confidence
        final_label = max(votes, key=lambda k: (votes[k], weight[k]))
        conf = weight[final_label] / max(1e-9, sum(weight.values()))
    base = rules or next(iter(verdicts.values()))
    labels = {name: v.verdict for name, v in verdicts.items()}
    evidence = base.evidence
    notes = list(evidence.notes)
    if len(set(labels.values())) > 1:
        notes.append("judges disagree: " + ", ".join(f"{k}={v}" for k, v in labels.items()))
    from dataclasses import replace

    return Verdict(verdict=final_label, confidence=conf, evidence=replace(evidence, notes=notes),  # type: ignore[arg-type]
                   fact_recall=base.fact_recall,
                   thought_suppression=any(v.thought_suppression for v in verdicts.values()),
                   incoherent=base.incoherent, response_lang=base.response_lang, judge="final")
