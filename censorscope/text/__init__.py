"""Text handling that targets, judges and live judging share: one normalisation, one reasoning splitter, one
language identifier."""

from censorscope.text.language import detect_language
from censorscope.text.normalize import fold
from censorscope.text.reasoning import split_reasoning

__all__ = ["detect_language", "fold", "split_reasoning"]
