"""Split a reasoning trace from the final answer, whatever format the model or its chat template used.

A trace left in the answer is judged as if it were the answer: a model that thinks "the user asks about a
sensitive topic, I should refuse" and then answers fully would be called a refusal. Formats handled:

- a separate `reasoning_content` (or `reasoning`) field;
- tag pairs: `<think>…</think>`, `<thinking>`, `<reasoning>`, `<thought>`, `<seed:think>`, `[THINK]…[/THINK]`,
  Kimi's `◁think▷…◁/think▷`, `<|begin_of_thought|>…<|end_of_thought|>` (with the answer in
  `<|begin_of_solution|>…<|end_of_solution|>`); a template that dropped the opening tag (text before a lone
  closing tag is reasoning) and a trace cut before its closing tag (all reasoning, no answer);
- gpt-oss harmony channels (`<|channel|>analysis<|message|>…<|end|>…<|channel|>final<|message|>…`), also with
  the special tokens stripped (`analysis…assistantfinal…`);
- untagged thinking of distilled R1 models ("Okay, the user is asking about…", "嗯，用户想了解…"): leading
  paragraphs that talk about "the user" and plan the answer, up to the first paragraph that does not.
"""

from __future__ import annotations

import re

# (open, close) tag pairs, case-insensitive; the close tag alone also splits (a template dropped the open tag)
_PAIRS = (
    (r"<think(?:ing)?>", r"</think(?:ing)?>"),
    (r"<seed:think>", r"</seed:think>"),
    (r"<reasoning>", r"</reasoning>"),
    (r"<thought>", r"</thought>"),
    (r"\[THINK\]", r"\[/THINK\]"),
    (r"◁think▷", r"◁/think▷"),
    (r"<\|begin_of_thought\|>", r"<\|end_of_thought\|>"),
)
_TAGS = [(re.compile(o, re.I), re.compile(c, re.I)) for o, c in _PAIRS]
_SOLUTION = re.compile(r"<\|begin_of_solution\|>(.*?)(?:<\|end_of_solution\|>|$)", re.S)
_SOLUTION_TAGS = re.compile(r"<\|(?:begin|end)_of_solution\|>")
# harmony: every message is <|start|>ROLE<|channel|>NAME<|message|>TEXT<|end|> (or <|return|>, <|call|>)
_HARMONY = re.compile(r"<\|channel\|>\s*(\w+)[^<]*<\|message\|>(.*?)(?=<\|end\|>|<\|return\|>|<\|call\|>|<\|start\|>|"
                      r"<\|channel\|>|$)", re.S)
_HARMONY_STRIPPED = re.compile(r"^\s*analysis(.*?)assistantfinal(.*)$", re.S)
_HARMONY_TOKENS = re.compile(r"<\|(?:start|end|return|call|message|channel|constrain)\|>")
_CHEAP_HINT = re.compile(r"think|reason|thought|◁|<\|channel|analysis", re.I)

# untagged thinking: the first paragraph must speak of "the user" (an answer addresses the user, it does not
# describe them) and the trace then runs while paragraphs keep planning
_USER = re.compile(r"\b(?:the user|user(?:'s)? (?:is|wants|asks|asked|request)|l'utilisateur|der (?:nutzer|benutzer)|"
                   r"el usuario|o usuário|o utilizador|пользовател|käyttäjä|người dùng|المستخدم)|用户|用戶|ユーザー|사용자",
                   re.I)
_OPENER = re.compile(r"^\s*(?:okay|ok|alright|all right|hmm+|so|well|right|first|let me|let's see|we need|we have|"
                     r"the user|user|d'accord|bon|alors|bien|vale|bueno|de acuerdo|ok|tudo bem|certo|gut|also|"
                     r"хорошо|итак|ладно|selvä|okei|no niin|được rồi|حسنًا|حسنا|嗯|好的|好|首先|让我|讓我|我需要|"
                     r"さて|まず|ユーザー|좋아|음|사용자)", re.I)
_PLANNING = re.compile(r"\b(?:I (?:should|need|must|will|'ll|have to|think|recall|remember|want)|let me|I'm going to|"
                       r"maybe|perhaps|wait|but (?:I|the)|the user|first,|also,|so,|hmm|alright|okay|now,|"
                       r"they (?:might|may|want|are)|je dois|il faut|je vais|debo|tengo que|voy a|ich (?:sollte|muss)|"
                       r"я должен|нужно|minun pitää|täytyy|tôi cần|يجب)|用户|我(?:需要|应该|得|要|想|先)|可能|首先|接下来|不过|"
                       r"另外|ユーザー|사용자", re.I)
_PARAGRAPH = re.compile(r"\n\s*\n")
_HEADING = re.compile(r"^\s*(?:#{1,6}\s|\*\*|[-*•]\s|\d+[.)]\s|>)")


def split_reasoning(content: str | None, reasoning_content: str | None = None) -> tuple[str, str]:
    """Return (answer, reasoning), both stripped; a separate `reasoning_content` comes first in the reasoning."""
    text = content or ""
    given = (reasoning_content or "").strip()
    answer, trace = _split(text)
    reasoning = "\n".join(x for x in (given, trace) if x)
    return answer, reasoning


def _split(text: str) -> tuple[str, str]:
    if not text:
        return "", ""
    head = text[:20000]
    if _CHEAP_HINT.search(head):
        for split in (_split_harmony, _split_tags):
            found = split(text)
            if found is not None:
                return found
    found = _split_untagged(text)
    return found if found is not None else (text.strip(), "")


def _split_tags(text: str) -> tuple[str, str] | None:
    for open_re, close_re in _TAGS:
        close = close_re.search(text)
        if close:
            before, after = text[: close.start()], text[close.end():]
            opened = open_re.search(before)
            inline = before[opened.end():] if opened else before
            prefix = before[: opened.start()] if opened else ""
            answer = prefix + after
            sol = _SOLUTION.search(answer)
            if sol:
                answer = answer[: sol.start()] + sol.group(1) + answer[sol.end():]
            return _SOLUTION_TAGS.sub("", answer).strip(), inline.strip()
        opened = open_re.search(text)
        if opened:  # cut inside the trace: all of it is reasoning
            return text[: opened.start()].strip(), text[opened.end():].strip()
    return None


def _split_harmony(text: str) -> tuple[str, str] | None:
    if "<|channel|>" in text:
        finals, traces = [], []
        for m in _HARMONY.finditer(text):
            (finals if m.group(1).lower() == "final" else traces).append(m.group(2).strip())
        if not finals and not traces:
            return None
        return "\n".join(finals).strip(), "\n".join(traces).strip()
    m = _HARMONY_STRIPPED.match(text)
    if m and len(m.group(1)) > 10:
        return _HARMONY_TOKENS.sub("", m.group(2)).strip(), m.group(1).strip()
    return None


def _split_untagged(text: str) -> tuple[str, str] | None:
    """Leading paragraphs of plain-text thinking, or None when the text does not open with one."""
    first = text[:600]
    if not _OPENER.match(first) or not _USER.search(first[:400]):
        return None
    paragraphs = _PARAGRAPH.split(text.strip())
    if len(paragraphs) < 2:
        return None
    n = 0
    for i, para in enumerate(paragraphs):
        thinking = (i == 0 or (not _HEADING.match(para) and len(_PLANNING.findall(para[:800])) >= 1
                               and (_USER.search(para) is not None or _OPENER.match(para) is not None)))
        if not thinking:
            break
        n = i + 1
    if n == 0 or n >= len(paragraphs):
        return None
    return "\n\n".join(paragraphs[n:]).strip(), "\n\n".join(paragraphs[:n]).strip()
