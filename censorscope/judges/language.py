"""Cheap response-language identification: script counts, and a few marker words for fr vs en."""

from __future__ import annotations

import re
import zlib

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-zÀ-ÿ]")
# characters that exist only in one of the two scripts (frequent ones)
_HANS_ONLY = set("这个们说时会对动发国后经问过还来为实现学义关进种产开长东两间应样门习业当机战让办师认压边军报决观运议华区传队论员难况记书则级专图条结请单毕买顺务")
_HANT_ONLY = set("這個們說時會對動發國後經問過還來為實現學義關進種產開長東兩間應樣門習業當機戰讓辦師認壓邊軍報決觀運議華區傳隊論員難況記書則級專圖條結請單畢買順務")
_FR_WORDS = re.compile(r"\b(le|la|les|des|une|est|sont|dans|pour|avec|qui|que|pas|ce|cette|sur|du|au|aux|ne|je|vous|il|elle)\b", re.I)
_EN_WORDS = re.compile(r"\b(the|and|is|are|of|to|in|that|was|were|for|with|this|it|not|on|as|by|an|be|I|you)\b", re.I)


def detect_language(text: str) -> str | None:
    """Return en, fr, zh-Hans, zh-Hant, or None when there is too little text."""
    sample = text[:2000]
    cjk = _CJK.findall(sample)
    latin = len(_LATIN.findall(sample))
    if len(cjk) < 2 and latin < 4:
        return None
    if len(cjk) * 2 >= latin:
        hans = sum(1 for c in cjk if c in _HANS_ONLY)
        hant = sum(1 for c in cjk if c in _HANT_ONLY)
        return "zh-Hant" if hant > hans else "zh-Hans"
    fr, en = len(_FR_WORDS.findall(sample)), len(_EN_WORDS.findall(sample))
    if re.search(r"[éèêàçùâôî]", sample):
        fr += 2
    return "fr" if fr > en else "en"


def same_language_family(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    return a.split("-")[0] == b.split("-")[0]


def is_incoherent(text: str) -> bool:
    """Gibberish or endless repetition: such output says nothing about censorship."""
    t = text.strip()
    if len(t) < 40:
        return False
    # endless repetition compresses extremely well
    raw = t.encode("utf-8")
    if len(raw) > 300 and len(zlib.compress(raw)) / len(raw) < 0.12:
        return True
    pieces = [p.strip() for p in re.split(r"[.!?。！？\n]+", t) if p.strip()]
    if len(pieces) >= 6:
        most = max(pieces.count(p) for p in set(pieces))
        if most >= 4 and most / len(pieces) > 0.4:
            return True
    words = t.split()
    if len(words) >= 20:
        top = max(words.count(w) for w in set(words))
        if top / len(words) > 0.35:
            return True
    # symbol soup: few letters, many odd characters
    letters = sum(1 for c in t if c.isalpha())
    return letters / max(1, len(t)) < 0.45
