"""Phrase tables matched at the cost of the few phrases that can match.

Python's regex engine tries every branch of an alternation at every word start, so a language's tables (hundreds
of phrases) cost 150-700 µs per 800-character answer even when nothing matches. Almost every phrase needs some
literal text to be present (a word, a pair of CJK characters): one Aho-Corasick pass over the text finds which of
those literals occur, and only the phrases whose literal is there are run. Results are the alternation's: matches
left to right, not overlapping, and where two phrases match at the same place the one listed first wins.
"""

from __future__ import annotations

import heapq
import re
import threading
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import NamedTuple

import ahocorasick  # type: ignore[import-untyped]

#: an anchor shorter than this is too common to prune anything (a single Latin letter); CJK counts double
MIN_ANCHOR = 3


_BUILD_LOCK = threading.Lock()


class Hit(NamedTuple):
    start: int
    end: int
    table: str


def _width(s: str) -> int:
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in s)


def _best(cands: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective requirement: longest shortest alternative, then fewest alternatives."""
    good = [c for c in cands if c and min(map(_width, c)) >= MIN_ANCHOR and len(c) <= 64]
    return max(good, key=lambda c: (min(map(_width, c)), -len(c))) if good else None


def _required(items: list[tuple[object, object]]) -> frozenset[str] | None:
    """Strings one of which every match of the parsed sequence contains, or None when none can be told."""
    cands: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            cands.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))  # type: ignore[arg-type]
            continue
        flush()
        if op is sre.SUBPATTERN:
            sub = _required(list(av[3]))  # type: ignore[index]
        elif op is sre.ATOMIC_GROUP:
            sub = _required(list(av))  # type: ignore[call-overload]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            sub = _required(list(av[2])) if av[0] >= 1 else None  # type: ignore[index]
        elif op is sre.BRANCH:
            alts = [_required(list(b)) for b in av[1]]  # type: ignore[index]
            sub = frozenset().union(*alts) if alts and all(a is not None for a in alts) else None  # type: ignore[arg-type]
        else:
            sub = None
        if sub:
            cands.append(sub)
    flush()
    return _best(cands)


def anchors(pattern: str) -> frozenset[str] | None:
    """Literal strings one of which must occur in any text the pattern matches (None: no such set known)."""
    try:
        return _required(list(sre_parse.parse(pattern)))
    except Exception:  # private parser API: any surprise only means no pruning for this phrase
        return None


def _structure(src: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth) of a regex's characters outside escapes and character classes; a
    parenthesis counts at its own depth (an opening one after entering, a closing one before leaving)."""
    depth, i, in_class = 0, 0, False
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            depth += ch == "("
            yield i, ch, depth
            depth -= ch == ")"
        i += 1


def _split_leading_optional(src: str) -> tuple[str, str] | None:
    """(group, rest) when the pattern opens with a short optional group, `(?:…)?rest` (Arabic clitics: و، ف، ب،
    ال…): searched as it is, such a pattern has no possible first characters for the engine to skip to."""
    if not src.startswith("("):
        return None
    close = next((i for i, ch, depth in _structure(src) if ch == ")" and depth == 1), None)
    if close is None:
        return None
    group, rest = src[:close + 1], src[close + 2:]
    if src[close + 1:close + 2] != "?" or rest[:1] in ("?", "+", "") or rest.startswith(("|", ")")):
        return None
    try:
        _, hi = sre_parse.parse(group).getwidth()
        re.compile(rest)
    except Exception:
        return None
    top_level_bar = any(ch == "|" and depth == 0 for _, ch, depth in _structure(rest))
    return (group, rest) if 0 < hi <= 4 and not top_level_bar else None


class _Phrase(NamedTuple):
    rx: re.Pattern[str]  # the phrase, or its core when `lead` is set
    table: str
    at_word: bool  # must start a word
    lead: re.Pattern[str] | None  # an optional group in front of the core, tried backwards from it
    lead_width: int


class PhraseMatcher:
    """One language's tables (name -> prepared patterns, in priority order) behind an Aho-Corasick prefilter."""

    def __init__(self, tables: dict[str, list[str]]) -> None:
        # built at first use: a run in two languages compiles two languages' phrases, not thirteen (0.6 s)
        self._tables = tables
        self._built = False

    def _build(self) -> None:
        with _BUILD_LOCK:
            if not self._built:
                self._compile(self._tables)
                self._built = True

    def _compile(self, tables: dict[str, list[str]]) -> None:
        self._pats: list[_Phrase] = []
        self._always: list[int] = []
        self._auto = ahocorasick.Automaton()
        by_anchor: dict[str, list[int]] = {}
        # word-start phrases come first, as in one alternation with the shared word-start guard in front
        ordered = [(name, p) for name, pats in tables.items() for p in pats if p.startswith(r"\b")] + \
                  [(name, p) for name, pats in tables.items() for p in pats if not p.startswith(r"\b")]
        seen: set[tuple[str, str]] = set()
        for name, p in ordered:
            if (name, p) in seen:
                continue
            seen.add((name, p))
            at_word = p.startswith(r"\b")
            body = p[2:] if at_word else p
            if re.compile(body, re.MULTILINE).match(""):  # would match everywhere and stop the scan: never used
                continue
            # the word-start test is made on each match, not in the regex: a leading assertion would stop the
            # engine from skipping ahead to the phrase's possible first characters (5-8x slower); a short
            # optional group in front is matched backwards from the core for the same reason
            split = _split_leading_optional(body) if at_word else None
            if split is not None:
                group, core = split
                phrase = _Phrase(re.compile(core, re.MULTILINE), name, True, re.compile(group),
                                 sre_parse.parse(group).getwidth()[1])
            else:
                phrase = _Phrase(re.compile(body, re.MULTILINE), name, at_word, None, 0)
            idx = len(self._pats)
            self._pats.append(phrase)
            req = anchors(body)
            if req is None:
                self._always.append(idx)
            else:
                for a in req:
                    by_anchor.setdefault(a, []).append(idx)
        for a, idxs in by_anchor.items():
            self._auto.add_word(a, tuple(idxs))
        if by_anchor:
            self._auto.make_automaton()
        self._has_anchors = bool(by_anchor)

    def __len__(self) -> int:
        if not self._built:
            self._build()
        return len(self._pats)

    def _candidates(self, low: str) -> list[int]:
        if not self._built:
            self._build()
        idx = set(self._always)
        if self._has_anchors:
            for _, found in self._auto.iter(low):
                idx.update(found)
        return sorted(idx)

    def _next(self, i: int, low: str, pos: int) -> tuple[int, int] | None:
        """(start, end) of the phrase's first non-empty match at or after `pos`, at a word start where it must
        be (its optional leading group, if any, included)."""
        rx, _, at_word, lead, width = self._pats[i]
        while True:
            m = rx.search(low, pos)
            if m is None:
                return None
            s, e = m.start(), m.end()
            if lead is not None:
                for k in range(min(width, s - pos), 0, -1):  # longest group first, as the regex would take it
                    if lead.fullmatch(low, s - k, s) and _word_start(low, s - k):
                        return s - k, e
            if e > s and (not at_word or _word_start(low, s)):
                return s, e
            pos = s + 1

    def hits(self, low: str) -> list[Hit]:
        """Matches in `low` (lowercased, folded text), as one alternation of every phrase would find them: the
        earliest match wins, the phrase listed first among those starting there, and the scan goes on after it
        (a phrase whose next match overlaps the winner is searched again from there)."""
        heap: list[tuple[int, int, int]] = []
        for i in self._candidates(low):
            m = self._next(i, low, 0)
            if m is not None:
                heap.append((m[0], i, m[1]))
        if not heap:
            return []
        heapq.heapify(heap)
        out: list[Hit] = []
        pos = 0
        while heap:
            start, i, end = heap[0]
            if start >= pos:
                out.append(Hit(start, end, self._pats[i].table))
                pos = end
            m = self._next(i, low, pos)
            if m is None:
                heapq.heappop(heap)
            else:
                heapq.heapreplace(heap, (m[0], i, m[1]))
        return out

    def search(self, low: str) -> bool:
        return any(self._next(i, low, 0) is not None for i in self._candidates(low))


def _word_start(low: str, s: int) -> bool:
    """What `(?<!\\w)(?=\\w)` tests at position s."""
    return s < len(low) and _is_word(low[s]) and (s == 0 or not _is_word(low[s - 1]))


def _is_word(ch: str) -> bool:
    """What `\\w` matches in a str pattern."""
    return ch.isalnum() or ch == "_"
