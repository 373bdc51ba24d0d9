"""Turn external prompt sets (CSV, JSONL, plain text) into a censorscope suite YAML file.

Imported probes have no reference facts or controls unless mapped; their verdicts then come from
refusal/deflection/narrative phrasing alone.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

import yaml

from censorscope.errors import InputError

FIELDS = ("prompt", "topic", "lang", "style", "id", "control")
FORMATS = ("csv", "jsonl", "txt")


def parse_mapping(text: str | None) -> dict[str, str]:
    """`prompt=COL,topic=COL,lang=COL` -> {field: column}."""
    mapping: dict[str, str] = {}
    for item in filter(None, (x.strip() for x in (text or "").split(","))):
        key, eq, col = item.partition("=")
        if not eq or key not in FIELDS or not col:
            raise InputError(f"bad mapping {item!r}: expected FIELD=COLUMN with FIELD in {', '.join(FIELDS)}",
                             field="--map")
        mapping[key] = col
    return mapping


def _slug(text: str) -> str:
    s = re.sub(r"[^A-Za-z0-9]+", "-", text.strip().lower()).strip("-")
    return s[:48] or "imported"


def read_records(path: Path, fmt: str) -> list[tuple[int, dict[str, Any]]]:
    """(line number, record) pairs; plain text gives one prompt per non-empty line."""
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r} (expected {', '.join(FORMATS)})", field="--format")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", file=str(path)) from None
    if fmt == "txt":
        return [(n, {"prompt": line.strip()}) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    if fmt == "jsonl":
        from censorscope.jsonl import read_jsonl_objects

        return read_jsonl_objects(path, encoding="utf-8-sig")
    try:
        reader = csv.DictReader(io.StringIO(text))
        rows = []
        for row in reader:
            rows.append((reader.line_num, row))
    except csv.Error as exc:
        raise InputError(f"invalid CSV: {exc}", file=str(path)) from None
    return rows


def import_suite(path: Path, fmt: str, mapping: dict[str, str], name: str, *, default_lang: str = "en",
                 default_topic: str | None = None) -> dict[str, Any]:
    """Build the suite document (a dict ready for YAML) from an external file."""
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.\-]*", name):
        raise InputError("suite name must be letters, digits, '.', '_' or '-'", field="--name")
    records = read_records(path, fmt)
    if not records:
        raise InputError("no records found", file=str(path))
    prompt_col = mapping.get("prompt", "prompt")
    topics: dict[str, dict[str, Any]] = {}
    probes: list[dict[str, Any]] = []
    seen: set[str] = set()
    for n, rec in records:
        value = rec.get(prompt_col)
        if not isinstance(value, str) or not value.strip():
            raise InputError(f"missing or empty prompt column {prompt_col!r}", file=str(path), line=n,
                             field=prompt_col)

        def col(field: str, default: str | None, rec: dict[str, Any] = rec, n: int = n) -> str | None:
            c = mapping.get(field)
            if c is None:
                return default
            v = rec.get(c)
            if v is None or (isinstance(v, str) and not v.strip()):
                return default
            if not isinstance(v, str | int | float):
                raise InputError("expected a string", file=str(path), line=n, field=c)
            return str(v).strip()

        topic_title = col("topic", default_topic or name) or name
        topic_id = _slug(topic_title)
        topics.setdefault(topic_id, {"id": topic_id, "title": topic_title, "kind": "sensitive", "facts": [],
                                     "narrative": []})
        lang = col("lang", default_lang) or default_lang
        style = col("style", "other") or "other"
        if style not in ("factual", "analytical", "evaluative", "creative", "euphemism", "indirect", "other"):
            style = "other"
        pid = col("id", None) or f"{name}-{len(probes) + 1:05d}"
        pid = re.sub(r"[^A-Za-z0-9_.\-]", "-", pid)
        if not re.match(r"[A-Za-z0-9]", pid):
            pid = f"p{pid}"
        if pid in seen:
            raise InputError(f"duplicate probe id {pid!r}", file=str(path), line=n, field=mapping.get("id", "id"))
        seen.add(pid)
        probe = {"id": pid, "topic": topic_id, "lang": lang, "style": style, "text": value.strip()}
        probes.append(probe)
    return {"name": name, "version": "1", "description": f"Imported from {path.name} ({fmt})",
            "topics": list(topics.values()), "probes": probes}


def write_suite(doc: dict[str, Any], out: Path) -> None:
    out.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
