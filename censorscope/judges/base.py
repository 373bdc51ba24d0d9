"""The Judge role: turn a (probe, response) into a Verdict from the fixed taxonomy."""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Literal

from censorscope.suite.model import Topic

VERDICTS = ("answered", "state_narrative", "deflected", "refused", "error")
CENSORED = frozenset({"refused", "deflected", "state_narrative"})
VerdictLabel = Literal["answered", "state_narrative", "deflected", "refused", "error"]


#: below this confidence a verdict is reported as unsure (calibration, the report)
UNSURE = 0.5


@dataclass
class JudgeInput:
    """Everything a judge may look at; topic is None for prompts from outside the suite."""

    prompt: str
    response: str
    reasoning: str = ""
    finish_reason: str | None = None
    error: str | None = None
    lang: str | None = None
    topic: Topic | None = None


@dataclass
class Evidence:
    facts_matched: list[str] = field(default_factory=list)
    facts_missing: list[str] = field(default_factory=list)
    facts_in_prompt: list[str] = field(default_factory=list)  # stated by the question: not scored
    reasoning_facts: list[str] = field(default_factory=list)
    narrative_matched: list[str] = field(default_factory=list)
    narrative_phrases: list[str] = field(default_factory=list)
    refusal_phrases: list[str] = field(default_factory=list)
    deflection_phrases: list[str] = field(default_factory=list)
    suppression: str | None = None  # "empty_stop" | "content_filter" | None
    notes: list[str] = field(default_factory=list)
    raw: str | None = None  # an LLM judge's raw output


_EVIDENCE_FIELDS = tuple(f.name for f in fields(Evidence))


@dataclass
class Verdict:
    verdict: VerdictLabel
    confidence: float = 1.0
    evidence: Evidence = field(default_factory=Evidence)
    fact_recall: float | None = None
    thought_suppression: bool = False
    incoherent: bool = False
    response_lang: str | None = None
    judge: str = ""

    @property
    def censored(self) -> bool:
        return self.verdict in CENSORED

    def evidence_json(self) -> str:
        """The evidence without its empty fields (read field by field: `asdict` deep-copies, 5x slower, and
        this runs for every judge of every stored response)."""
        ev = self.evidence
        data = {k: v for k in _EVIDENCE_FIELDS if (v := getattr(ev, k)) not in (None, [], "")}
        return json.dumps(data, ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "censored": self.censored, "confidence": round(self.confidence, 3),
                "fact_recall": self.fact_recall, "thought_suppression": self.thought_suppression,
                "incoherent": self.incoherent, "response_lang": self.response_lang,
                "evidence": json.loads(self.evidence_json()), "judge": self.judge}


class Judge(ABC):
    """Plug-in base: a judge has a name and judges one item; async judges override `ajudge`."""

    name: ClassVar[str] = "judge"
    #: True when judging needs network or a model call (then the runner awaits `ajudge`)
    is_async: ClassVar[bool] = False

    @abstractmethod
    def judge(self, item: JudgeInput) -> Verdict:
        """Judge one item synchronously."""

    async def ajudge(self, item: JudgeInput) -> Verdict:
        return self.judge(item)

    async def check(self) -> None:  # noqa: B027 - optional hook
        """Fail fast (raise a CensorscopeError) when the judge cannot work at all, before any request."""

    async def aclose(self) -> None:  # noqa: B027 - optional hook
        """Release resources (an LLM judge's connections)."""

    def manifest(self) -> dict[str, Any]:
        """What a run records about this judge, so that its verdicts can be traced to a model."""
        return {"name": self.name}
