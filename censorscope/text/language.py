"""Language identification: CLD2 (compact, in its wheel, ~13 µs per 400 characters, 80+ languages), with a
script-count fallback for text too short for it; plus the cheap text measures the judges share.

Chosen by measurement on short answers in the 13 judge languages (38 sentences): pycld2 37/38 right and
13 µs each; py3langid 36/38 and 100 µs (it calls Traditional Chinese Cantonese); the hand-written detector
before them knew only en, fr and Chinese, so a German answer was "en" and a Spanish one "fr".
"""

from __future__ import annotations

import operator
import re
import zlib
from collections import Counter
from functools import lru_cache

from pycld2 import detect as _detect

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


#: CLD2 codes that we report under another tag
_CLD_TAGS = {"zh": "zh-Hans", "zh-Hant": "zh-Hant", "iw": "he", "jw": "jv", "tl": "fil", "nb": "no", "nn": "no"}


def detect_language(text: str) -> str | None:
    """A language tag (en, fr, de, zh-Hans, zh-Hant, ja, ...), or None when there is too little text.

    CLD2 decides where it is reliable; Chinese script (Simplified or Traditional) is told by character counts,
    which also decide short texts CLD2 is unsure of."""
    sample = text[:2000]
    cld = _cld2(sample)
    if cld is not None:
        if cld.startswith("zh"):
            return _zh_script(cjk_chars(sample))
        return cld
    return _script_guess(sample)


def _cld2(sample: str) -> str | None:
    """CLD2's language when it is reliable, else None."""
    try:
        reliable, _, details = _detect(sample)
    except Exception:  # invalid UTF-8 (lone surrogates) and the like: fall back to scripts
        return None
    code = details[0][1]
    if not reliable or code in ("un", "xxx"):
        return None
    return _CLD_TAGS.get(code, code)


def _zh_script(cjk: str) -> str:
    hans, hant = len(_NOT_HANS.sub("", cjk)), len(_NOT_HANT.sub("", cjk))
    return "zh-Hant" if hant > hans else "zh-Hans"


_SCRIPTS = ((re.compile(r"[\u3040-\u30ff]"), "ja"), (re.compile(r"[\uac00-\ud7af]"), "ko"),
            (re.compile(r"[\u0400-\u04ff]"), "ru"), (re.compile(r"[\u0600-\u06ff]"), "ar"))


def _script_guess(sample: str) -> str | None:
    """Scripts first (kana, hangul, Cyrillic, Arabic), then CJK against Latin, then marker words for French
    against English: for text too short for CLD2."""
    for script, tag in _SCRIPTS:
        if len(script.findall(sample)) >= 2:
            return tag
    cjk = cjk_chars(sample)
    raw = latin1(sample)
    latin = len(_NOT_LATIN.sub("", sample)) if raw is None else _count_bytes(raw, _LATIN1_LATIN)
    if len(cjk) < 2 and latin < 4:
        return None
    if len(cjk) * 2 >= latin:
        return _zh_script(cjk)
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


def base_language(tag: str | None) -> str | None:
    """`zh` for both Chinese scripts, the primary subtag otherwise (`pt-BR` -> `pt`)."""
    return tag.split("-")[0].lower() if tag else None


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


_NON_LETTERS = re.compile(r"[\W\d_]+")


def letter_count(text: str) -> int:
    """How many characters are letters (str.isalpha): one C call for Latin-1 text, else one per character."""
    raw = latin1(text)
    if raw is None:  # what is left once non-letters are removed: one C pass (a per-character count costs 40 µs)
        return len(_NON_LETTERS.sub("", text))
    return _count_bytes(raw, _LATIN1_LETTERS)


@lru_cache(maxsize=64)
def compress_ratio(text: str) -> float:
    """Compressed size over raw size (UTF-8): endless repetition compresses extremely well. Cached, as the
    loop collapse and the incoherence test ask about the same answer."""
    raw = text.encode("utf-8")
    return len(zlib.compress(raw)) / len(raw) if raw else 1.0


def looks_repetitive(text: str) -> bool:
    """Whether some stretch of the text recurs: eight 12-character samples, each counted in the whole text (one
    C search each, ~1 µs). A loop covering a fair share of the text puts a sample inside it; an ordinary answer
    repeats no 12-character stretch three times. Gates `compress_ratio`, which costs 50-100 µs per answer."""
    n = len(text)
    for k in range(1, 9):
        sample = text[n * k // 9:n * k // 9 + 12]
        if len(sample.strip()) >= 6 and text.count(sample) >= 3:
            return True
    return False


def is_incoherent(text: str) -> bool:
    """Gibberish or endless repetition: such output says nothing about censorship."""
    t = text.strip()
    if len(t) < 40:
        return _token_soup(t)
    # endless repetition compresses extremely well
    long = len(t) > 300 or len(t.encode("utf-8")) > 300
    ratio = compress_ratio(t) if long and looks_repetitive(t) else 1.0
    if long and ratio < 0.12:
        return True
    # one line or word making up much of the text compresses well too (at most 0.3 measured on the corpus):
    # above 0.45 the counts are not needed
    if not long or ratio < 0.45:
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
    if letter_count(t) / max(1, len(t)) < 0.45:
        return True
    return _token_soup(t)


_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[^\W\d_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")


_CJK_OR_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
# CJK tokens with nothing between them that `_TOKEN` would take as a word (spaces, punctuation and digits are not
# tokens)
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff](?:[\W\d_]*[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff])*")


def _token_soup(text: str) -> bool:
    """Stutter ("的的的", "police police police") or words of two scripts shuffled together ("province of river
    banana 的 mountain hello 我们"): token soup that no reader can follow."""
    toks = _TOKEN.findall(text[:1500])
    if len(toks) < 6:
        return False
    stutter = sum(map(operator.eq, toks, toks[1:]))  # adjacent equal tokens, counted in C
    if stutter / len(toks) > (0.12 if len(toks) >= 15 else 0.3):
        return True
    if len(toks) < 15 or not _CJK_OR_KANA.search(text):
        return False
    # kana count with kanji; a switch is a CJK token next to another word, i.e. two per run of CJK tokens in
    # the token stream, less one for a run at either end (counted with regexes: a per-token loop costs 100 µs)
    window = text[:1500]
    n_cjk = len(_CJK_OR_KANA.findall(window))
    runs = _CJK_RUN.findall(window)
    first_cjk = bool(_CJK_OR_KANA.match(toks[0]))
    last_cjk = bool(_CJK_OR_KANA.match(toks[-1]))
    switches = 2 * len(runs) - first_cjk - last_cjk
    return min(n_cjk, len(toks) - n_cjk) >= 5 and switches / len(toks) > 0.3


_PIECES = re.compile(r"[^.!?。！？\n]+[.!?。！？]*\s*|\n+")
_PERIODIC = re.compile(r"(.{10,160}?)(?:\s*\1){2,}", re.S)
_KEY = re.compile(r"[\W\d_]+")


def collapse_loops(text: str) -> tuple[str, int]:
    """The text with repeated sentences (and runs of a phrase repeated back to back) kept once, and how many
    repeats were removed. A readable statement said twenty times is still a statement: judges read it once,
    and only unreadable text counts as incoherent."""
    if len(text) < 80:
        return text, 0
    pieces = _PIECES.findall(text)
    exact = [p.strip().lower() for p in pieces]
    stripped = text.strip()
    if len(set(exact)) == len(exact) and (len(stripped.encode("utf-8")) <= 200 or not looks_repetitive(stripped)
                                          or compress_ratio(stripped) >= 0.45):
        # no sentence said twice, and the text does not compress like a loop (loops seen on the corpus: below
        # 0.3): the per-sentence keys below would find nothing either (most answers: skips ~60 µs)
        return stripped, 0
    seen: set[str] = set()
    kept: list[str] = []
    removed = 0
    for piece in pieces:
        key = _KEY.sub("", piece.lower())
        if len(key) >= 4 and key in seen:
            removed += 1
            continue
        seen.add(key)
        kept.append(piece)
    out = ("".join(kept) if removed else text).strip()
    if len(out.encode("utf-8")) > 200 and compress_ratio(out) < 0.2:  # a phrase looping without punctuation
        runs = 0

        def once(m: re.Match[str]) -> str:
            nonlocal runs
            unit = m.group(1)
            if len(set(unit)) < 6:  # a stutter ("的的的", "台湾是台湾是"), not a statement: left as it is
                return m.group(0)
            runs += 1
            return unit

        out = _PERIODIC.sub(once, out).strip()
        removed += runs * 3
    return out, removed
