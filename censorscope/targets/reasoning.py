"""Split a reasoning trace from the final answer, robust to chat-template quirks."""

from __future__ import annotations

import re

_OPEN = re.compile(r"<think(?:ing)?>", re.IGNORECASE)
_CLOSE = re.compile(r"</think(?:ing)?>", re.IGNORECASE)


def split_reasoning(content: str | None, reasoning_content: str | None = None) -> tuple[str, str]:
    """Return (answer, reasoning).

    Handles a separate `reasoning_content` field, `<think>...</think>` inline, a template that
    dropped the opening tag (text before a lone `</think>` is reasoning), and a trace cut before
    its closing tag (everything is reasoning, the answer is empty).
    """
    text = content or ""
    reasoning = (reasoning_content or "").strip()
    close = _CLOSE.search(text)
    if close:
        before, after = text[: close.start()], text[close.end():]
        opened = _OPEN.search(before)
        inline = before[opened.end():] if opened else before
        prefix = before[: opened.start()] if opened else ""
        reasoning = "\n".join(x for x in (reasoning, inline.strip()) if x)
        return (prefix + after).strip(), reasoning
    opened = _OPEN.search(text)
    if opened:
        reasoning = "\n".join(x for x in (reasoning, text[opened.end():].strip()) if x)
        return text[: opened.start()].strip(), reasoning
    return text.strip(), reasoning
