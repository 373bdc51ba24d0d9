"""The self-contained HTML report: one file, no network request, model output always treated as data.

Safety model: every response travels once, as JSON in a <script type="application/json"> block with
'<', '>' and '&' escaped, and the page script writes it with textContent / DOM APIs only. The CSP
allows only the page's own inline scripts (pinned by SHA-256 hash), so even markup that slipped
through could not execute. Charts are Vega-Lite (inlined from the optional `charts` extra); without
it the same figures show as plain HTML tables.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import shlex
import zlib
from functools import lru_cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from censorscope.cache import cache_dir, write_atomic
from censorscope.judges.base import UNSURE
from censorscope.report.images import (
    VERDICT_COLOURS,
    VERDICT_LABELS,
    VERDICT_ORDER,
    chart_specs,
    gap_text,
    lang_label,
    language_matrix,
    topic_matrix,
)
from censorscope.report.writer import result_record
from censorscope.store.db import FINAL, Store

log = logging.getLogger(__name__)
MAX_EMBEDDED_RESPONSES = 60000
PAGE_SIZE = 50
PACK_THRESHOLD = 4_000_000  # characters of JSON above which the data block is gzip+base64 (opens faster)
MAX_REASONING_CHARS = 12_000  # per response in the page; results.jsonl keeps every character
_JS_SPECIAL = re.compile(r"[\\^$.*+?()\[\]{}|/]")


@lru_cache(maxsize=1)
def _env() -> Environment:
    """The template environment, built once per process (compiling the template costs ~60 ms)."""
    env = Environment(loader=PackageLoader("censorscope.report", "templates"),
                      autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["pct"] = lambda x: "–" if x is None else f"{x * 100:.0f}%"
    env.filters["signed"] = lambda x: "–" if x is None else f"{x * 100:+.0f}"
    env.filters["pval"] = _pval
    env.filters["ci"] = lambda c: "" if not c else f"{c[0] * 100:.0f}–{c[1] * 100:.0f}%"
    env.filters["sci"] = lambda c: "" if not c else f"{c[0] * 100:+.0f} to {c[1] * 100:+.0f}"
    env.filters["lang"] = lang_label
    return env


def _pval(p: float | None) -> str:
    if p is None:
        return "–"
    return "< 0.001" if p < 0.001 else f"{p:.2g}" if p < 0.1 else f"{p:.2f}"


def data_block(data: Any) -> str:
    """The responses as one inert <script> block: plain JSON, or gzip+base64 when large (it then
    opens several times faster). Base64 holds no '<', so no model text can close the block."""
    return _DataBlock().add(json.dumps(data, ensure_ascii=False, separators=(",", ":"))).close()


class _DataBlock:
    """Builds the data block from JSON pieces, holding at most PACK_THRESHOLD characters of plain text:
    past that it switches to streaming gzip, so a 50,000-response report never holds the run in memory."""

    def __init__(self) -> None:
        self.plain: list[str] | None = []
        self.size = 0
        self.gz = zlib.compressobj(6, zlib.DEFLATED, 31)  # wbits 31: a gzip stream
        self.packed: list[bytes] = []

    def add(self, piece: str) -> _DataBlock:
        if self.plain is not None:
            self.plain.append(piece)
            self.size += len(piece)
            if self.size > PACK_THRESHOLD:
                self.packed = [self.gz.compress("".join(self.plain).encode("utf-8"))]
                self.plain = None
        else:
            self.packed.append(self.gz.compress(piece.encode("utf-8")))
        return self

    def close(self) -> str:
        if self.plain is not None:
            raw = "".join(self.plain)
            return f'<script type="application/json" id="report-data">{_escape_json(raw)}</script>'
        self.packed.append(self.gz.flush())
        packed = base64.b64encode(b"".join(self.packed)).decode("ascii")
        return f'<script type="application/octet-stream" id="report-data-gz" data-encoding="gzip+base64">{packed}</script>'


def _escape_json(text: str) -> str:
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def safe_json(data: Any) -> str:
    """JSON for a <script type=application/json> block: '<', '>' and '&' escaped so no text closes it."""
    return _escape_json(json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def _static(name: str) -> str:
    return resources.files("censorscope.report").joinpath("static", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def vega_bundle() -> str | None:
    """vega-embed + Vega-Lite + Vega as one script, or None when the `charts` extra is absent.

    vl-convert builds the bundle in an embedded JavaScript engine: 1 s and ~100 MB per call, so it is built
    once per vl-convert version and kept in censorscope's cache folder."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        key = version("vl-convert-python")
    except PackageNotFoundError:
        return None
    path = cache_dir() / "report" / f"vega-bundle-{key}.js"
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        pass
    try:
        import vl_convert
    except ImportError:
        return None
    bundle = str(vl_convert.javascript_bundle()).replace("</script", "<\\/script")
    try:
        write_atomic(path, bundle.encode("utf-8"))
    except OSError as exc:  # read-only home: build it again next time
        log.warning("cannot cache the chart bundle at %s: %s", path, exc)
    return bundle


def warm() -> None:
    """Compile the template and load the chart bundle ahead of time (the run command does it while the
    requests are in flight)."""
    _env().get_template("report.html.j2")
    vega_bundle()


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def js_pattern(alternative: str) -> str:
    """A suite fact/marker alternative as JavaScript RegExp source (same matching as the judge)."""
    if alternative.startswith("re:"):
        src = alternative[3:].replace("(?P<", "(?<").replace("\\Z", "$").replace("\\A", "^")
        return re.sub(r"^\(\?[aiLmsux]+\)", "", src)
    return _JS_SPECIAL.sub(lambda m: "\\" + m.group(0), alternative)


def _suite_topics(manifest: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """Topic titles and fact/narrative patterns from the run's suite, for labels and highlighting.

    Returns ({}, reason) when the suite cannot be loaded or has changed since the run: the
    report then still works, without in-text fact highlighting."""
    from censorscope.suite import load_suite

    info = manifest.get("suite") or {}
    suite = None
    for source in (info.get("source"), info.get("name")):
        if not source:
            continue
        try:
            suite = load_suite(source)
            break
        except Exception:  # noqa: BLE001 - any unreadable suite only costs the highlighting
            continue
    if suite is None:
        return {}, "the run's suite could not be loaded here, so facts are listed but not highlighted"
    same = not info.get("content_hash") or suite.content_hash == info.get("content_hash")
    topics = {}
    for t in suite.topics:
        entry: dict[str, Any] = {"title": t.title, "kind": t.kind}
        if same:
            entry["facts"] = {m.id: {lg: [js_pattern(a) for a in alts] for lg, alts in m.alternatives.items()}
                              for m in t.facts}
            entry["narrative"] = {m.id: {lg: [js_pattern(a) for a in alts] for lg, alts in m.alternatives.items()}
                                  for m in t.narrative}
        topics[t.id] = entry
    return topics, None if same else "the suite changed since this run, so facts are listed but not highlighted"


def _embedded_caveat(manifest: dict[str, Any]) -> bool:
    """True when every audited target is a tiny embedded gguf model (the offline demo)."""
    specs = [str(t.get("spec") or "") for t in manifest.get("targets") or [] if isinstance(t, dict)]
    specs += [str(s) for s in (manifest.get("config") or {}).get("targets") or []]
    kinds = [str(t.get("kind") or "") for t in manifest.get("targets") or [] if isinstance(t, dict)]
    return bool(specs) and (any(s.startswith("gguf:") for s in specs) or "gguf" in kinds)


def _collect_rows(store: Store, run_id: str, judge: str, targets: list[str], certainty: dict[str, list[int]]
                  ) -> tuple[str, dict[str, list[Any]], int, set[str]]:
    """The page's data block, streamed row by row; probe fields are stored once per probe, not per response.
    Returns (data block, probes, total responses, response languages); fills `certainty` (question language ->
    [verdicts, unsure ones, ones in a language without phrase tables])."""
    index = {t: i for i, t in enumerate(targets)}
    probes: dict[str, list[Any]] = {}
    langs: set[str] = set()
    total = 0
    block = _DataBlock().add('{"rows":[')
    for row in store.iter_results(run_id, judge):
        total += 1
        if total > MAX_EMBEDDED_RESPONSES:
            continue
        r = result_record(row)
        if r["target"] not in index:
            index[r["target"]] = len(targets)
            targets.append(r["target"])
        if r["probe_id"] not in probes:
            probes[r["probe_id"]] = [r["topic"], r["lang"], r["style"], r["kind"], r["control"], r["prompt"]]
        ev = {k: v for k, v in (r["evidence"] or {}).items() if k != "raw"}
        if r["verdict"] and r["verdict"] != "error":
            cell = certainty.setdefault(r["lang"] or "?", [0, 0, 0])
            cell[0] += 1
            if r["confidence"] is not None and r["confidence"] < UNSURE:
                cell[1] += 1
                if any("no phrase tables for" in str(n) for n in ev.get("notes") or []):
                    cell[2] += 1
        flags = (1 if r["incoherent"] else 0) | (2 if r["thought_suppression"] else 0)
        reasoning = r["reasoning"] or ""
        if len(reasoning) > MAX_REASONING_CHARS:
            reasoning = reasoning[:MAX_REASONING_CHARS] + f"\n[… {len(reasoning) - MAX_REASONING_CHARS} more characters " \
                                                          "in results.jsonl]"
        if r["response_lang"]:
            langs.add(r["response_lang"])
        item = [index[r["target"]], r["probe_id"], r["sample"], r["verdict"] or "error", r["response"] or "",
                reasoning, r["fact_recall"], flags, ev, r["finish_reason"], r["error"],
                r["response_lang"], r["confidence"]]
        block.add(("," if total > 1 else "") + json.dumps(item, ensure_ascii=False, separators=(",", ":")))
    block.add('],"probes":' + json.dumps(probes, ensure_ascii=False, separators=(",", ":")) + "}")
    return block.close(), probes, total, langs


def _cards(summary: dict[str, Any], reference: str | None) -> list[dict[str, Any]]:
    cards = []
    for t in summary["targets"]:
        sens = t.get("sensitive") or {}
        ctrl = t.get("control") or {}
        verdicts = sens.get("verdicts") or {}
        total = sum(verdicts.values())
        segments = [{"key": v, "label": VERDICT_LABELS[v], "n": verdicts.get(v, 0), "colour": VERDICT_COLOURS[v],
                     "share": verdicts.get(v, 0) / total if total else 0} for v in VERDICT_ORDER]
        by_lang = t.get("by_language") or {}
        cards.append({
            "t": t, "reference": t["target"] == reference, "segments": segments, "n_sensitive": sens.get("n") or 0,
            "n_valid": sens.get("n_valid") or 0, "n_censored": sens.get("n_censored") or 0,
            "n_control": ctrl.get("n_valid") or 0, "n_ctrl_censored": ctrl.get("n_censored") or 0,
            "incoherent": (sens.get("n_incoherent") or 0) + (ctrl.get("n_incoherent") or 0),
            "errors": verdicts.get("error", 0) + ((ctrl.get("verdicts") or {}).get("error", 0)),
            "en": (by_lang.get("en") or {}).get("censorship_rate"),
            "zh": (by_lang.get("zh-Hans") or {}).get("censorship_rate"),
        })
    return cards


def _manifest_targets(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for t in manifest.get("targets") or []:
        if not isinstance(t, dict):
            continue
        extra = {k: v for k, v in t.items() if k not in ("name", "spec", "kind", "model")}
        rows.append({"name": t.get("name"), "kind": t.get("kind"), "model": t.get("model") or t.get("file"),
                     "spec": t.get("spec"),
                     "details": "; ".join(f"{k}={json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v}"
                                          for k, v in extra.items())})
    return rows


def _command(manifest: dict[str, Any]) -> str:
    """The `censorscope run` command line that asks the same questions the same way."""
    cfg = manifest.get("config") or {}
    params = cfg.get("params") or manifest.get("params") or {}
    args = ["censorscope", "run", "--suite", str(cfg.get("suite") or (manifest.get("suite") or {}).get("name") or "?")]
    for t in cfg.get("targets") or []:
        args += ["--target", str(t)]
    if cfg.get("subset"):
        args += ["--subset", str(cfg["subset"])]
    for flag, key in (("--lang", "langs"), ("--topic", "topics"), ("--style", "styles")):
        if cfg.get(key):
            args += [flag, ",".join(map(str, cfg[key]))]
    args += ["--samples", str(cfg.get("samples") or manifest.get("samples") or 1)]
    for flag, key in (("--temperature", "temperature"), ("--max-tokens", "max_tokens"), ("--seed", "seed"),
                      ("--system-prompt", "system_prompt")):
        if params.get(key) is not None:
            args += [flag, str(params[key])]
    if cfg.get("judge"):
        args += ["--judge", str(cfg["judge"])]
    return " ".join(shlex.quote(a) for a in args)


def _grid(rows: list[dict[str, Any]]) -> dict[str, dict[str, dict[str, Any]]]:
    """{row label: {target: cell}} for the HTML tables behind each heatmap."""
    grid: dict[str, dict[str, dict[str, Any]]] = {}
    for r in rows:
        grid.setdefault(r["label"], {})[r["target"]] = r
    return grid


def render_html(store: Store, summary: dict[str, Any], judge: str = FINAL) -> str:
    """Render report.html for the run in `summary` (as computed by compute_summary)."""
    from censorscope.analysis.compare import compare_within, default_reference, run_targets

    run_id = summary["run_id"]
    order = run_targets(store, run_id)  # present targets in the order the run named them
    summary = {**summary, "targets": sorted(summary["targets"], key=lambda t: (
        order.index(t["target"]) if t["target"] in order else len(order), t["target"]))}
    manifest = summary.get("manifest") or {}
    targets = [t["target"] for t in summary["targets"]]
    certainty: dict[str, list[int]] = {}
    data, probes, total, row_langs = _collect_rows(store, run_id, judge, targets, certainty)
    unsure_rows = [{"lang": lg, "label": lang_label(lg), "n": n, "unsure": u, "no_tables": nt, "share": u / n}
                   for lg, (n, u, nt) in sorted(certainty.items()) if n]
    topics, highlight_note = _suite_topics(manifest)
    titles = {k: v["title"] for k, v in topics.items()}
    reference = default_reference(store, run_id) if len(targets) >= 2 else None
    comparison = summary.get("comparison")
    if comparison is None and reference is not None:
        comparison = compare_within(store, run_id, reference, judge, include_probes=False)
    bundle = vega_bundle()
    charts = chart_specs(summary, titles) if bundle else None
    langs = {p[1] for p in probes.values() if p[1]} | row_langs
    meta = {"run_id": run_id, "targets": targets, "reference": reference, "topics": topics, "total": total,
            "charts": charts, "page_size": PAGE_SIZE, "lang_names": {lg: lang_label(lg) for lg in langs},
            "verdicts": {v: {"label": VERDICT_LABELS[v], "colour": VERDICT_COLOURS[v]} for v in VERDICT_ORDER}}
    app_js = _static("report.js")
    scripts = [s for s in (bundle, app_js) if s]
    csp = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; "
           "form-action 'none'; script-src " + " ".join(_csp_hash(s) for s in scripts))
    topic_rows = topic_matrix(summary, titles)
    lang_rows = language_matrix(summary)
    template = _env().get_template("report.html.j2")
    return template.render(
        summary=summary, manifest=manifest, csp=csp, css=_static("report.css"), app_js=app_js, bundle=bundle,
        meta_json=safe_json(meta), data_block=data,
        cards=_cards(summary, reference), reference=reference,
        comparison=comparison, titles=titles, topic_rows=topic_rows, lang_rows=lang_rows,
        topic_labels=list(dict.fromkeys(r["label"] for r in topic_rows)), topic_grid=_grid(topic_rows),
        lang_grid=_grid(lang_rows),
        lang_labels=list(dict.fromkeys(r["label"] for r in lang_rows)), targets=targets,
        gap=gap_text(summary), caveat=_embedded_caveat(manifest), highlight_note=highlight_note,
        truncated=total > MAX_EMBEDDED_RESPONSES, shown=min(total, MAX_EMBEDDED_RESPONSES), total=total,
        manifest_targets=_manifest_targets(manifest), command=_command(manifest), manifest_json=json.dumps(manifest, ensure_ascii=False, indent=2),
        verdict_order=VERDICT_ORDER, verdict_labels=VERDICT_LABELS, verdict_colours=VERDICT_COLOURS,
        unsure_rows=unsure_rows, unsure_threshold=UNSURE,
    )
