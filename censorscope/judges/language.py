"""Cheap response-language identification: script counts, and a few marker words for fr vs en."""

from __future__ import annotations

import re
import zlib
from collections import Counter

_NOT_CJK = re.compile(r"[^\u3400-\u9fff\uf900-\ufaff]+")
_NOT_LATIN = re.compile(r"[^A-Za-zÀ-ÿ]+")
# characters that exist only in one of the two scripts (frequent ones)
_HANS_ONLY = set("这个们说时会对动发国后经问过还来为实现学义关进种产开长东两间应样门习业当机战让办师认压边军报决观运议华区传队论员难况记书则级专图条结请单毕买顺务")
_HANT_ONLY = set("這個們說時會對動發國後經問過還來為實現學義關進種產開長東兩間應樣門習業當機戰讓辦師認壓邊軍報決觀運議華區傳隊論員難況記書則級專圖條結請單畢買順務")
# counting them: delete everything else (one regex pass instead of a set lookup per character)
_NOT_HANS = re.compile("[^" + "".join(sorted(map(re.escape, _HANS_ONLY))) + "]+")
_NOT_HANT = re.compile("[^" + "".join(sorted(map(re.escape, _HANT_ONLY))) + "]+")
_FR_MARKERS = ("le", "la", "les", "des", "une", "est", "sont", "dans", "pour", "avec", "qui", "que", "pas", "ce", "cette",
               "sur", "du", "au", "aux", "ne", "je", "vous", "il", "elle")
_EN_MARKERS = ("the", "and", "is", "are", "of", "to", "in", "that", "was", "were", "for", "with", "this", "it", "not", "on",
               "as", "by", "an", "be", "i", "you")
# a marker counts where a whole word (a maximal \w run) equals it, ignoring case
_FR_EN_I = re.compile(rf"\b(?:({'|'.join(_FR_MARKERS)})|({'|'.join(_EN_MARKERS)}))\b", re.I)
# the only characters where lowercasing and IGNORECASE disagree about these words (checked over all of Unicode:
# elsewhere lower() keeps one character, its word-ness, and maps to an ASCII letter exactly when IGNORECASE does)
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K
_WORDS = re.compile(r"\w+")
_WORD_BYTES = bytes(b if _WORDS.match(chr(b)) else 0x20 for b in range(256))  # \w kept, the rest made spaces
_FR_SET, _EN_SET = frozenset(_FR_MARKERS), frozenset(_EN_MARKERS)
_FR_BYTES, _EN_BYTES = frozenset(w.encode() for w in _FR_MARKERS), frozenset(w.encode() for w in _EN_MARKERS)
_FR_ACCENT = re.compile(r"[éèêàçùâôî]")
_BREAKS = re.compile(r"[.!?。！？\n]+")
# the same two classes as bytes of Latin-1 text, where bytes.translate counts them in one C call
_LATIN1_LATIN = bytes(b for b in range(256) if _NOT_LATIN.fullmatch(chr(b)) is None)
_LATIN1_LETTERS = bytes(b for b in range(256) if chr(b).isalpha())


def cjk_chars(text: str) -> str:
    """The CJK characters of `text`, in order: deleting the runs between them is 4x faster than a findall."""
    return _NOT_CJK.sub("", text)


def detect_language(text: str) -> str | None:
    """Return en, fr, zh-Hans, zh-Hant, or None when there is too little text."""
    sample = text[:2000]
    cjk = cjk_chars(sample)
    raw = latin1(sample)
    latin = len(_NOT_LATIN.sub("", sample)) if raw is None else _count_bytes(raw, _LATIN1_LATIN)
    if len(cjk) < 2 and latin < 4:
        return None
    if len(cjk) * 2 >= latin:
        hans, hant = len(_NOT_HANS.sub("", cjk)), len(_NOT_HANT.sub("", cjk))
        return "zh-Hant" if hant > hans else "zh-Hans"
    fr, en = _fr_en_counts(sample)
    if _FR_ACCENT.search(sample):
        fr += 2
    return "fr" if fr > en else "en"


def _fr_en_counts(sample: str) -> tuple[int, int]:
    """(French, English) marker words in the sample: its words, lowercased, looked up in two sets (IGNORECASE
    in a regex would cost twice as much)."""
    if _ODD_FOLDS.search(sample):
        found = _FR_EN_I.findall(sample)
        fr = sum(1 for f, _ in found if f)
        return fr, len(found) - fr
    low = sample.lower()
    raw = latin1(low)
    if raw is None:
        words = _WORDS.findall(low)
        return sum(map(_FR_SET.__contains__, words)), sum(map(_EN_SET.__contains__, words))
    byte_words = raw.translate(_WORD_BYTES).split()
    return sum(map(_FR_BYTES.__contains__, byte_words)), sum(map(_EN_BYTES.__contains__, byte_words))


def same_language_family(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    return a.split("-")[0] == b.split("-")[0]


def latin1(text: str) -> bytes | None:
    """The text as Latin-1 bytes, where bytes.translate counts or maps characters in one C call (a regex works
    per match), or None when the text has other characters (then it may have CJK too)."""
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return None


def _count_bytes(raw: bytes, chars: bytes) -> int:
    """How many bytes of `raw` are among `chars`."""
    return len(raw) - len(raw.translate(None, chars))


def letter_count(text: str) -> int:
    """How many characters are letters (str.isalpha): one C call for Latin-1 text, else one per character."""
    raw = latin1(text)
    return sum(map(str.isalpha, text)) if raw is None else _count_bytes(raw, _LATIN1_LETTERS)


def is_incoherent(text: str) -> bool:
    """Gibberish or endless repetition: such output says nothing about censorship."""
    t = text.strip()
    if len(t) < 40:
        return False
    # endless repetition compresses extremely well
    raw = t.encode("utf-8")
    if len(raw) > 300 and len(zlib.compress(raw)) / len(raw) < 0.12:
        return True
    pieces = [p for p in map(str.strip, _BREAKS.split(t)) if p]
    if len(pieces) >= 6:
        most = max(Counter(pieces).values())
        if most >= 4 and most / len(pieces) > 0.4:
            return True
    words = t.split()
    if len(words) >= 20:
        top = max(Counter(words).values())
        if top / len(words) > 0.35:
            return True
    # symbol soup: few letters, many odd characters
    return letter_count(t) / max(1, len(t)) < 0.45
