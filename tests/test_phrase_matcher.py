"""The Aho-Corasick-pruned phrase matcher finds exactly what one alternation of all phrases finds, on the
corpus' own answers in several scripts (the judge's speed rests on this equivalence)."""

from __future__ import annotations

import re

import pytest

from censorscope.judges.classifier import load_corpus
from censorscope.judges.lang import prepare_text
from censorscope.judges.matcher import PhraseMatcher, anchors
from censorscope.judges.phrases import _by_key
from censorscope.judges.rules import _BODY_TABLES, _key


def reference(tables: dict[str, list[str]]) -> tuple[re.Pattern[str], dict[str, str]]:
    """The alternation the matcher stands in for (word-start phrases first, each a named group) and the table
    of each group."""
    parts, names = [], {}
    ordered = [(n, p) for n, ps in tables.items() for p in ps if p.startswith(r"\b")] + \
              [(n, p) for n, ps in tables.items() for p in ps if not p.startswith(r"\b")]
    for i, (name, p) in enumerate(ordered):
        names[f"g{i}"] = name
        body = rf"(?<!\w)(?=\w)(?:{p[2:]})" if p.startswith(r"\b") else f"(?:{p})"
        parts.append(f"(?P<g{i}>{body})")
    return re.compile("|".join(parts), re.MULTILINE), names


@pytest.mark.parametrize("lang", ["en", "zh", "ar", "vi", "ru", "fi"])
def test_matcher_equals_one_alternation(lang: str) -> None:
    per_table = {name: _by_key(table, True).get(lang, []) for name, table in _BODY_TABLES.items()}
    matcher, (ref, names) = PhraseMatcher(per_table), reference(per_table)
    texts = [prepare_text(r["response"])[:4000] for r in load_corpus() if (_key(r["lang"]) or "") == lang][:150]
    assert len(texts) >= 20
    hits = 0
    for text in texts:
        expected = [(m.start(), m.end(), names[m.lastgroup or ""]) for m in ref.finditer(text) if m.end() > m.start()]
        got = [tuple(h) for h in matcher.hits(text)]
        assert got == expected, text[:200]
        hits += len(got)
    assert hits > 0


def test_anchors_are_required_literals() -> None:
    for pattern, texts in [(r"i (?:can't|cannot) help", ["i can't help", "i cannot help"]),
                           (r"(?:the )?government (?:says|claims)", ["the government claims", "government says"]),
                           (r"(?:[وفبلك]?ال|لل|[وفبل])?(?:حكومه|سلطات)", ["والحكومه", "سلطات"])]:
        req = anchors(pattern)
        assert req
        for text in texts:
            assert re.search(pattern, text) and any(a in text for a in req), (pattern, text, req)
    assert anchors(r"\w+") is None  # nothing literal: always tried
