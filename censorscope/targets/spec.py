"""Parse target spec strings and redact secrets from them."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from censorscope.errors import TargetSpecError

KINDS = ("openai", "gguf")
NUMERIC_OPTIONS = {"timeout": (float, 0.001), "retries": (int, 0), "per_replica": (int, 1)}


@dataclass(frozen=True)
class TargetSpec:
    kind: str
    model: str
    urls: tuple[str, ...] = ()
    options: dict[str, str] = field(default_factory=dict)
    raw: str = ""

    @property
    def redacted(self) -> str:
        return redact(self.raw)


# greedy up to the last '@' before the path, so a password that contains '@' is removed whole
_CRED = re.compile(r"(?P<scheme>[a-zA-Z][a-zA-Z0-9+.\-]*://)[^/\s]+@")
_KEY_PARAM = re.compile(r"(?i)([?&](?:api[_-]?key|key|token|access_token)=)[^&\s#]+")


def redact(text: str) -> str:
    """Remove credentials embedded in URLs (user:pass@host, ?api_key=...)."""
    text = _CRED.sub(lambda m: m.group("scheme") + "***@", text)
    return _KEY_PARAM.sub(lambda m: m.group(1) + "***", text)


def _strip_credentials(url: str) -> str:
    parts = urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def parse_target_spec(spec: str) -> TargetSpec:
    """`openai:MODEL@URL[,URL...]`, `gguf:PATH_OR_NAME`; options after `;` as key=value."""
    raw = spec.strip()
    if not raw:
        raise TargetSpecError("empty target spec", field="--target")
    body, _, opt_text = raw.partition(";")
    options: dict[str, str] = {}
    for item in filter(None, opt_text.split(";")):
        k, eq, v = item.partition("=")
        if not eq or not k.strip():
            raise TargetSpecError(f"option {item!r} is not key=value", field="--target", file=redact(raw))
        options[k.strip()] = v.strip()
    _check_options(options, raw)
    kind, colon, rest = body.partition(":")
    if not colon or kind not in KINDS:
        raise TargetSpecError(f"unknown target kind {kind!r}: expected openai:MODEL@URL or gguf:PATH|NAME",
                              field="--target", file=redact(raw))
    if kind == "gguf":
        if not rest:
            raise TargetSpecError("gguf target needs a path or an embedded model name", field="--target",
                                  file=redact(raw))
        return TargetSpec(kind="gguf", model=rest, options=options, raw=raw)
    # openai:MODEL@URL,URL — the model may itself contain '@' rarely; split on the first '@http'
    m = re.match(r"^(?P<model>.+?)@(?P<urls>https?://.+)$", rest)
    if not m:
        raise TargetSpecError("expected openai:MODEL@http(s)://HOST[:PORT]/v1", field="--target",
                              file=redact(raw))
    urls = []
    for u in m.group("urls").split(","):
        u = u.strip()
        try:
            parts = urlsplit(u)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise TargetSpecError(f"bad base URL {redact(u)!r}", field="--target", file=redact(raw))
            parts.port  # noqa: B018 - validates the port
        except ValueError:  # also urlsplit's "Invalid IPv6 URL"
            raise TargetSpecError(f"bad host or port in {redact(u)!r}", field="--target", file=redact(raw)) from None
        urls.append(u.rstrip("/"))
    return TargetSpec(kind="openai", model=m.group("model"), urls=tuple(urls), options=options, raw=raw)


def _check_options(options: dict[str, str], raw: str) -> None:
    """Numeric options fail here, before a run exists: not later as a traceback, or a hang (per_replica=0)."""
    for name, (cast, minimum) in NUMERIC_OPTIONS.items():
        if name not in options:
            continue
        try:
            value = cast(options[name])
        except ValueError:
            raise TargetSpecError(f"option {name}={options[name]!r} is not a number", field="--target",
                                  file=redact(raw)) from None
        if not math.isfinite(value) or value < minimum:
            raise TargetSpecError(f"option {name}={options[name]!r} must be a finite number >= {minimum:g}",
                                  field="--target", file=redact(raw))


def credentials_in_urls(spec: TargetSpec) -> list[tuple[str, str]]:
    """(clean_url, userinfo) pairs; userinfo is used as a bearer key when no env key is given."""
    out = []
    for u in spec.urls:
        parts = urlsplit(u)
        userinfo = parts.netloc.rsplit("@", 1)[0] if "@" in parts.netloc else ""
        out.append((_strip_credentials(u), userinfo))
    return out
