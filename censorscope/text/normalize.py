"""One text normalisation for everything that matches phrases, facts, markers or n-grams.

Models write the same words with different code points: typographic apostrophes (`I’m sorry`), full-width forms
(`ＮＯ`, `，`), ligatures, zero-width joiners, no-break spaces. A phrase table written with `'` must match them all,
so every matcher sees text through `fold`, and every pattern is folded the same way when it is compiled.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = "\u2018\u2019\u201a\u201b\u02bc\u02bb\u2032\u0060\u00b4\uff07"
_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
_SPACES = "\u00a0\u2007\u202f\u3000"
_FOLD = str.maketrans({**dict.fromkeys(_APOSTROPHES, "'"), **dict.fromkeys(_QUOTES, '"'),
                       **dict.fromkeys(_DASHES, "-"), **dict.fromkeys(_INVISIBLE, None),
                       **dict.fromkeys(_SPACES, " ")})
_FOLD_MAP = {chr(k): v or "" for k, v in _FOLD.items()}
# str.translate costs ~50 ns a character and NFKC ~200 ns a CJK character: both run on the matches only
_NEEDS_FOLD = re.compile("[" + re.escape("".join(_FOLD_MAP)) + "]+")
# the blocks that hold compatibility characters: Latin-1 signs, general punctuation, letterlike forms, enclosed
# alphanumerics, CJK compatibility, ligatures, Arabic presentation forms, full-width and half-width forms, math
_COMPAT = re.compile("[\u00a0-\u00bf\u01c4-\u01cc\u01f1-\u01f3\u02b0-\u02ff\u1d2c-\u1dbf\u2000-\u209f"
                     "\u2100-\u218f\u2460-\u24ff\u2e80-\u2fdf\u3131-\u319f\u3200-\u33ff\uf900-\ufaff"
                     "\ufb00-\ufdff\ufe10-\ufe6f\ufe70-\ufefe\uff00-\uffef\U0001d400-\U0001d7ff]+")


def _nfkc(m: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", m.group(0))


def _fold_run(m: re.Match[str]) -> str:
    return "".join(_FOLD_MAP[c] for c in m.group(0))


# the common ones, replaced one by one (str.replace runs at memory speed; a per-character path costs ~100 ns each)
_COMMON = (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2014", "-"), ("\u2013", "-"),
           ("\uff0c", ","), ("\uff01", "!"), ("\uff1f", "?"), ("\uff1a", ":"), ("\uff1b", ";"), ("\uff08", "("),
           ("\uff09", ")"), ("\u00a0", " "), ("\u3000", " "), ("\u2026", "..."), ("\u00ab", '"'), ("\u00bb", '"'))


# Arabic: harakat and tatweel dropped, alef forms, alef maqsura and ta marbuta folded (models and keyboards
# write them inconsistently; matching every variant in every pattern made the Arabic tables 20x slower)
_ARABIC = re.compile("[\u0600-\u06ff]")
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]+")
_ARABIC_FOLD = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ی", "ي"), ("ة", "ه"))


def fold(text: str) -> str:
    """NFKC (full-width forms, ligatures, compatibility characters), then quotes, apostrophes, dashes, spaces
    and invisible characters folded, and Arabic spelling variants. Idempotent. ASCII text is returned as it is (the common case, no copy)."""
    if text.isascii():
        return text
    for a, b in _COMMON:
        if a in text:
            text = text.replace(a, b)
    if not unicodedata.is_normalized("NFKC", text):  # same result as NFKC of the whole text, 10x faster on CJK
        text = unicodedata.normalize("NFC", _COMPAT.sub(_nfkc, unicodedata.normalize("NFC", text)))
    if _NEEDS_FOLD.search(text):
        text = _NEEDS_FOLD.sub(_fold_run, text)
    if _ARABIC.search(text):
        text = _ARABIC_MARKS.sub("", text)
        for a, b in _ARABIC_FOLD:  # str.replace: 30x faster than str.translate's per-character lookups
            if a in text:
                text = text.replace(a, b)
    return text
