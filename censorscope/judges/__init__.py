"""Judges: rules, trained classifier, LLM, and their ensemble, behind one interface."""

from censorscope.judges.base import CENSORED, VERDICTS, Evidence, Judge, JudgeInput, Verdict
from censorscope.judges.registry import build_judges, combine

__all__ = ["CENSORED", "VERDICTS", "Evidence", "Judge", "JudgeInput", "Verdict", "build_judges", "combine"]
