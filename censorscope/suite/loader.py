"""Load and validate suites from YAML, with errors that name file, line and field."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from censorscope.errors import InputError
from censorscope.suite.model import STYLES, Marker, Probe, Suite, Topic

BUNDLED_DIR = Path(__file__).parent / "bundled"
LINE_KEY = "__line__"
MAX_NODES = 2_000_000  # values after alias expansion: a bundled suite has ~10^4; a "billion laughs" has 10^9


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that remembers the line of every mapping, for error messages."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE_KEY] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", file=str(path)) from None
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
        _check_size(data, str(path))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"invalid YAML: {problem}", file=str(path), line=line) from None
    except RecursionError:
        raise InputError("invalid YAML: nested too deeply", file=str(path)) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError("expected a mapping at the top level", file=str(path), line=1)
    return data


def _check_size(data: Any, file: str) -> None:
    """Reject alias bombs and self-referencing aliases before anything walks or copies the tree."""
    sizes: dict[int, int] = {}
    open_ids: set[int] = set()

    def size(node: Any) -> int:
        if not isinstance(node, (dict, list)):
            return 1
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in open_ids:
            raise InputError("invalid YAML: an alias refers to itself", file=file)
        open_ids.add(key)
        n = 1 + sum(size(v) for v in (node.values() if isinstance(node, dict) else node))
        open_ids.discard(key)
        sizes[key] = n
        return n

    if size(data) > MAX_NODES:
        raise InputError(f"invalid YAML: more than {MAX_NODES} values once aliases are expanded", file=file)


def _strip(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k != LINE_KEY}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def _first_error(exc: ValidationError, prefix: str) -> tuple[str, str]:
    err = exc.errors()[0]
    loc = ".".join(str(p) for p in err["loc"])
    return (f"{prefix}.{loc}" if loc else prefix), err["msg"]


def _markers(raw: Any, path: Path, where: str, line: int | None) -> tuple[Marker, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise InputError("expected a list", file=str(path), line=line, field=where)
    out = []
    for i, item in enumerate(raw):
        field = f"{where}[{i}]"
        if not isinstance(item, dict):
            raise InputError("expected a mapping with id and per-language lists", file=str(path),
                             line=line, field=field)
        item_line = item.get(LINE_KEY, line)
        alts: dict[str, tuple[str, ...]] = {}
        for lang, values in item.items():
            if lang in ("id", LINE_KEY):
                continue
            if isinstance(values, str):
                values = [values]
            if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
                raise InputError("expected a list of non-empty strings", file=str(path), line=item_line,
                                 field=f"{field}.{lang}")
            alts[str(lang)] = tuple(values)
        try:
            marker = Marker(id=item.get("id", ""), alternatives=alts)
        except ValidationError as exc:
            f, msg = _first_error(exc, field)
            raise InputError(msg, file=str(path), line=item_line, field=f) from None
        for lang, values in alts.items():
            for v in values:
                if v.startswith("re:"):
                    import re

                    try:
                        re.compile(v[3:])
                    except re.error as exc:
                        raise InputError(f"bad regex {v!r}: {exc}", file=str(path), line=item_line,
                                         field=f"{field}.{lang}") from None
        out.append(marker)
    return tuple(out)


def _parse_file(path: Path, data: dict[str, Any], acc: dict[str, Any]) -> None:
    known = {"name", "version", "description", "subsets", "topics", "probes", LINE_KEY}
    for key in data:
        if key not in known:
            raise InputError(f"unknown key (expected one of {sorted(known - {LINE_KEY})})",
                             file=str(path), line=1, field=str(key))
    for key in ("name", "version", "description"):
        if key in data:
            acc[key] = str(data[key])
    subsets = data.get("subsets") or {}
    if not isinstance(subsets, dict):
        raise InputError("expected a mapping of name -> list of probe ids", file=str(path), field="subsets")
    for name, ids in subsets.items():
        if name == LINE_KEY:
            continue
        if not isinstance(ids, list):
            raise InputError("expected a list of probe ids", file=str(path), field=f"subsets.{name}")
        acc["subsets"].setdefault(str(name), []).extend((str(i), str(path)) for i in ids)
    for key in ("topics", "probes"):
        if not isinstance(data.get(key) or [], list):
            raise InputError("expected a list", file=str(path), line=data.get(LINE_KEY), field=key)
    for i, raw in enumerate(data.get("topics") or []):
        line = raw.get(LINE_KEY) if isinstance(raw, dict) else None
        if not isinstance(raw, dict):
            raise InputError("expected a mapping", file=str(path), field=f"topics[{i}]")
        tid = raw.get("id", f"topics[{i}]")
        try:
            topic = Topic(
                id=raw.get("id", ""), title=raw.get("title", ""), kind=raw.get("kind", "sensitive"),
                facts=_markers(raw.get("facts"), path, f"topic {tid}: facts", line),
                narrative=_markers(raw.get("narrative"), path, f"topic {tid}: narrative", line),
            )
        except ValidationError as exc:
            f, msg = _first_error(exc, f"topic {tid}")
            raise InputError(msg, file=str(path), line=line, field=f) from None
        extra = set(raw) - {"id", "title", "kind", "facts", "narrative", LINE_KEY}
        if extra:
            raise InputError(f"unknown field {sorted(extra)[0]!r}", file=str(path), line=line,
                             field=f"topic {tid}")
        acc["topics"].append((topic, str(path), line))
    for i, raw in enumerate(data.get("probes") or []):
        if not isinstance(raw, dict):
            raise InputError("expected a mapping", file=str(path), field=f"probes[{i}]")
        line = raw.get(LINE_KEY)
        pid = raw.get("id", f"probes[{i}]")
        try:
            probe = Probe(**_strip(raw))
        except (ValidationError, TypeError) as exc:
            if isinstance(exc, ValidationError):
                f, msg = _first_error(exc, f"probe {pid}")
            else:
                f, msg = f"probe {pid}", str(exc)
            raise InputError(msg, file=str(path), line=line, field=f) from None
        acc["probes"].append((probe, str(path), line))


def content_hash(suite_dict: dict[str, Any]) -> str:
    blob = json.dumps(suite_dict, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def load_suite(source: str | Path) -> Suite:
    """Load a suite from a bundled name, a YAML file or a suite folder."""
    path = resolve_suite_path(source)
    files = [path] if path.is_file() else _suite_files(path)
    acc: dict[str, Any] = {"topics": [], "probes": [], "subsets": {}}
    for f in files:
        _parse_file(f, _read_yaml(f), acc)
    return _assemble(acc, default_name=path.stem if path.is_file() else path.name, source=str(path))


def _suite_files(folder: Path) -> list[Path]:
    head = folder / "suite.yaml"
    files = [head] if head.exists() else []
    files += sorted(p for p in folder.glob("topics/*.y*ml"))
    files += sorted(p for p in folder.glob("*.y*ml") if p.name != "suite.yaml")
    if not files:
        raise InputError("no suite.yaml or topics/*.yaml found", file=str(folder))
    return files


def _assemble(acc: dict[str, Any], default_name: str, source: str) -> Suite:
    topics: dict[str, Topic] = {}
    for topic, file, line in acc["topics"]:
        if topic.id in topics:
            raise InputError("duplicate topic id", file=file, line=line, field=f"topic {topic.id}")
        topics[topic.id] = topic
    probes: dict[str, Probe] = {}
    where: dict[str, tuple[str, int | None]] = {}
    for probe, file, line in acc["probes"]:
        if probe.id in probes:
            raise InputError("duplicate probe id", file=file, line=line, field=f"probe {probe.id}")
        probes[probe.id] = probe
        where[probe.id] = (file, line)
    for probe in probes.values():
        file, line = where[probe.id]
        if probe.topic not in topics:
            raise InputError(f"unknown topic {probe.topic!r}", file=file, line=line,
                             field=f"probe {probe.id}: topic")
        if probe.style not in STYLES and probe.style != "other":
            raise InputError(f"unknown style {probe.style!r} (expected one of {', '.join(STYLES)}, other)",
                             file=file, line=line, field=f"probe {probe.id}: style")
        if probe.control is not None:
            ctrl = probes.get(probe.control)
            if ctrl is None:
                raise InputError(f"control probe {probe.control!r} does not exist", file=file, line=line,
                                 field=f"probe {probe.id}: control")
            if ctrl.control is not None:
                raise InputError(f"control probe {probe.control!r} has a control of its own", file=file,
                                 line=line, field=f"probe {probe.id}: control")
    subsets: dict[str, tuple[str, ...]] = {}
    for name, entries in acc["subsets"].items():
        for pid, file in entries:
            if pid not in probes:
                raise InputError(f"unknown probe id {pid!r}", file=file, field=f"subsets.{name}")
        subsets[name] = tuple(dict.fromkeys(pid for pid, _ in entries))
    body = {
        "name": acc.get("name", default_name),
        "version": acc.get("version", "0"),
        "description": acc.get("description", ""),
        "topics": [t.model_dump(mode="json") for t in topics.values()],
        "probes": [p.model_dump(mode="json") for p in probes.values()],
        "subsets": {k: list(v) for k, v in subsets.items()},
    }
    return Suite(
        name=body["name"], version=body["version"], description=body["description"],
        topics=tuple(topics.values()), probes=tuple(probes.values()), subsets=subsets,
        content_hash=content_hash(body), source=source,
    )


def bundled_suites() -> list[str]:
    names = []
    for p in sorted(BUNDLED_DIR.iterdir()):
        if p.is_dir() and not p.name.startswith(("_", ".")):
            names.append(p.name)
        elif p.suffix in (".yaml", ".yml"):
            names.append(p.stem)
    return names


def resolve_suite_path(source: str | Path) -> Path:
    path = Path(source)
    if path.exists():
        return path
    name = str(source)
    # a bare name: a bundled suite, else NAME.yaml here (where `suite import --name NAME` writes it)
    for candidate in (BUNDLED_DIR / name, BUNDLED_DIR / f"{name}.yaml", Path(f"{name}.yaml"), Path(f"{name}.yml")):
        if candidate.exists():
            return candidate
    raise InputError(f"no such suite file or bundled suite (bundled: {', '.join(bundled_suites())})",
                     file=str(source))
