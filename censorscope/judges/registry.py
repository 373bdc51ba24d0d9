"""Build judges from `--judge` text and combine their verdicts into the final one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from censorscope.errors import InputError
from censorscope.judges.base import Judge, Verdict

DEFAULT_JUDGE = "rules,classifier"  # the CLI and runner defaults should use this


def _rules() -> Judge:
    from censorscope.judges.rules import RulesJudge

    return RulesJudge()


def _classifier() -> Judge:
    from censorscope.judges.classifier import ClassifierJudge

    return ClassifierJudge()


FACTORIES: dict[str, Callable[[], Judge]] = {"rules": _rules, "classifier": _classifier}


def parse_judge_spec(text: str | None) -> list[str]:
    """The parts of a `--judge` text (names, then at most one `llm:SPEC`), checked without building or
    importing any judge: a bad spec is an input error before the first request."""
    text = (text or DEFAULT_JUDGE).strip()
    parts: list[str] = []
    while text:
        if text.startswith("llm:"):
            from censorscope.targets import parse_target_spec

            try:
                parse_target_spec(text[4:])
            except InputError as exc:
                raise InputError(f"LLM judge: {exc.message}", field="--judge") from None
            parts.append(text)
            break
        head, _, text = text.partition(",")
        head = head.strip()
        if head not in FACTORIES:
            raise InputError(f"unknown judge {head!r} (expected rules, classifier or llm:SPEC)", field="--judge")
        parts.append(head)
    return parts


def build_judge(part: str) -> Judge:
    """One part of a parsed `--judge` text."""
    if part.startswith("llm:"):
        from censorscope.judges.llm import LLMJudge

        return LLMJudge(part[4:])
    return FACTORIES[part]()


def build_judges(text: str | None) -> list[Judge]:
    """`rules`, `classifier`, `llm:openai:MODEL@URL`, comma-separated (the llm spec must come last)."""
    return [build_judge(part) for part in parse_judge_spec(text)]


#: judges by authority, highest first; other names (plug-ins) rank below the rules judge
PRIORITY = ("llm", "classifier", "rules")


def _rank(name: str) -> int:
    """Position in PRIORITY (lower decides first)."""
    return PRIORITY.index(name) if name in PRIORITY else len(PRIORITY)


def combine(verdicts: dict[str, Verdict]) -> Verdict:
    """The final verdict of several judges: priority, with a majority check, and disagreements recorded.

    1. Nothing to judge: when the rules judge says `error` (transport error, provider moderation, error page,
       truncation, echo; deterministic checks) or empty-with-stop suppression, that verdict stands.
    2. Otherwise the judge highest in PRIORITY (llm > classifier > rules) that did not fail (`error`) decides:
       the classifier already reads the rules' evidence as features, and an LLM judge reads the whole text.
    3. Majority override: with three or more judges, when the deciding judge is unsure (confidence < 0.5) and
       a strict majority of the others agree on one verdict, the majority wins.
    Confidence is the decider's, lowered in proportion to the judges that disagree. Evidence (facts, markers,
    phrases) comes from the rules judge; every judge's verdict is kept in a note when they disagree, so
    reports can show disagreements.
    """
    from dataclasses import replace

    if len(verdicts) == 1:
        return next(iter(verdicts.values()))
    rules = verdicts.get("rules")
    ordered = sorted(verdicts.items(), key=lambda kv: _rank(kv[0]))
    if rules is not None and (rules.verdict == "error" or rules.evidence.suppression == "empty_stop"):
        decider_name, decider = "rules", rules
        final_label, conf = rules.verdict, rules.confidence
    else:
        usable = [(n, v) for n, v in ordered if v.verdict != "error"] or ordered
        decider_name, decider = usable[0]
        final_label, conf = decider.verdict, decider.confidence
        if len(verdicts) >= 3 and conf < 0.5:
            votes = Counter(v.verdict for n, v in verdicts.items() if n != decider_name)
            label, count = votes.most_common(1)[0]
            if count > len(verdicts) / 2 and label != final_label:
                final_label, conf = label, max(v.confidence for v in verdicts.values() if v.verdict == label)
    dissent = sum(1 for v in verdicts.values() if v.verdict != final_label)
    conf = conf * (1 - 0.5 * dissent / len(verdicts))
    base = rules or decider
    labels = {name: v.verdict for name, v in verdicts.items()}
    notes = list(base.evidence.notes)
    notes += [n for n in decider.evidence.notes if n not in notes]  # why the decider decided (model, encoder)
    if len(set(labels.values())) > 1:
        notes.append("judges disagree: " + ", ".join(f"{k}={v}" for k, v in labels.items())
                     + f" (final by {decider_name})")
    raw = next((v.evidence.raw for _, v in ordered if v.evidence.raw), None)
    return Verdict(verdict=final_label, confidence=conf,  # type: ignore[arg-type]
                   evidence=replace(base.evidence, notes=notes, raw=raw),
                   fact_recall=base.fact_recall,
                   thought_suppression=any(v.thought_suppression for v in verdicts.values()),
                   incoherent=base.incoherent, response_lang=base.response_lang, judge="final")
