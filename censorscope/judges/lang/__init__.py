"""Phrase tables per language, one module each: what a refusal, a deflection, the official line, an attribution,
a request for criticism... sound like in that language.

en, fr and zh's first tables live in `censorscope.judges.phrases`; every other table and language is a module
here. A module holds `LANG` (a language tag; `zh` means both Chinese scripts, written in Simplified and
converted), `TABLES` (table name -> regex list), `EXAMPLES` (table name -> texts each of which must match that
table) and `BENIGN` (everyday answers that must match none of the censorship tables). `check(module)` says what
is wrong with one; the tests run it on every module.

Patterns are Python regexes applied to folded (`censorscope.text.fold`), lowercased text; they are folded and
lowercased the same way when compiled. A pattern starting with `\\b` may only match at the start of a word.
"""

from __future__ import annotations

import importlib
import re
from types import ModuleType

from censorscope.text.normalize import fold

#: every language module, in load order
MODULES = ("en", "fr", "de", "zh", "es", "pt", "ru", "fi", "ja", "ko", "vi", "ar")

#: tables judged on the answer
ANSWER_TABLES = ("REFUSAL", "WEAK_REFUSAL", "DEFLECTION", "PLATITUDE", "SUBSTITUTE", "NARRATIVE", "NARRATIVE_WEAK",
                 "ATTRIBUTION", "CRITICAL", "GATEWAY", "MODERATION", "ACHIEVEMENT", "PREMISE_DENIAL", "REFERRAL",
                 "BALANCE")
#: tables judged on the question
PROMPT_TABLES = ("ASK_CRITICAL", "ASK_CREATIVE", "ASK_VOICE")
TABLE_NAMES = ANSWER_TABLES + PROMPT_TABLES
#: tables an everyday answer must never match
CENSORSHIP_TABLES = ("REFUSAL", "DEFLECTION", "NARRATIVE", "PREMISE_DENIAL", "REFERRAL", "MODERATION", "GATEWAY")


def load(name: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{name}")


def prepare_pattern(pattern: str) -> str:
    """Fold and lowercase a pattern's literal text, as the matchers do with the text (escapes kept)."""
    return lower_pattern(fold(pattern))


def lower_pattern(pattern: str) -> str:
    """Lowercase a regex's literal letters, leaving escapes (\\S, \\W, \\B ...) alone."""
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "\\" and i + 1 < len(pattern):
            out.append(pattern[i:i + 2])
            i += 2
        else:
            out.append(pattern[i].lower())
            i += 1
    return "".join(out)


def prepare_text(text: str) -> str:
    return fold(text).lower()


def check(module: ModuleType) -> list[str]:
    """Problems of one language module: unknown tables, patterns that do not compile, examples their table
    misses, everyday answers a censorship table matches."""
    problems: list[str] = []
    name = module.__name__.rsplit(".", 1)[-1]
    tables: dict[str, list[str]] = getattr(module, "TABLES", {})
    compiled: dict[str, list[re.Pattern[str]]] = {}
    for table, pats in tables.items():
        if table not in TABLE_NAMES:
            problems.append(f"{name}: unknown table {table}")
            continue
        compiled[table] = []
        for p in pats:
            try:
                compiled[table].append(re.compile(prepare_pattern(p)))
            except re.error as exc:
                problems.append(f"{name}.{table}: {p!r} does not compile: {exc}")
    for table, texts in getattr(module, "EXAMPLES", {}).items():
        pats = compiled.get(table, [])
        for t in texts:
            low = prepare_text(t)
            if not any(p.search(low) for p in pats):
                problems.append(f"{name}.{table}: example not matched: {t!r}")
    for t in getattr(module, "BENIGN", []):
        low = prepare_text(t)
        for table in CENSORSHIP_TABLES:
            hit = next((p.pattern for p in compiled.get(table, []) if p.search(low)), None)
            if hit:
                problems.append(f"{name}.{table}: everyday text matched by {hit!r}: {t!r}")
    return problems
