"""The key charts as Vega-Lite specs, shared by report.html and the PNG export (`--png DIR`).

One spec builder feeds both outputs so a slide shows exactly what the report shows. Rendering to
PNG needs the optional `charts` extra (vl-convert-python); building specs needs nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from censorscope.analysis.stats import wilson
from censorscope.errors import CensorscopeError

VERDICT_ORDER = ("answered", "state_narrative", "deflected", "refused", "error")
VERDICT_LABELS = {"answered": "answered", "state_narrative": "state narrative", "deflected": "deflected",
                  "refused": "refused", "error": "error"}
# Okabe-Ito: distinguishable with the common colour-vision deficiencies
VERDICT_COLOURS = {"answered": "#009E73", "state_narrative": "#CC79A7", "deflected": "#E69F00",
                   "refused": "#D55E00", "error": "#9A9A9A"}
HEAT_RANGE = ["#fbf5ee", "#f3c7a6", "#dd7a5a", "#b2182b", "#67001f"]
LANG_NAMES = {"en": "English", "zh-Hans": "Chinese (Simplified)", "zh-Hant": "Chinese (Traditional)",
              "fr": "French", "de": "German", "es": "Spanish", "ru": "Russian", "ja": "Japanese",
              "ko": "Korean", "ug": "Uyghur", "bo": "Tibetan", "yue": "Cantonese", "vi": "Vietnamese"}
# unquoted names only: a family such as "Source Sans 3" would invalidate the whole list in SVG
FONT = "Helvetica Neue, Arial, Liberation Sans, Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif"
PNG_NAMES = {"rates": "censorship-rates.png", "verdicts": "verdicts.png", "topics": "topic-heatmap.png",
             "languages": "language-heatmap.png"}
EXTRA_HINT = "pip install 'censorscope[charts]'"


def lang_label(code: str | None) -> str:
    """'zh-Hans' -> 'Chinese (Simplified)': readers do not know BCP 47 tags."""
    if not code:
        return "unknown"
    name = LANG_NAMES.get(code)
    return f"{name}" if name else code


def heat_ink(rate: float | None) -> str:
    """Text colour that stays readable on the heatmap cell colour."""
    return "#ffffff" if rate is not None and rate >= 0.5 else "#1d2330"


def heat_fill(rate: float | None) -> str:
    """The heatmap colour as CSS, for the HTML fallback tables (same stops as the chart scale)."""
    if rate is None:
        return "#eef0f3"
    stops = HEAT_RANGE
    x = max(0.0, min(1.0, rate)) * (len(stops) - 1)
    i = min(int(x), len(stops) - 2)
    f = x - i
    a, b = stops[i], stops[i + 1]
    rgb = [round(int(a[k:k + 2], 16) * (1 - f) + int(b[k:k + 2], 16) * f) for k in (1, 3, 5)]
    return "#" + "".join(f"{c:02x}" for c in rgb)


def target_names(summary: dict[str, Any]) -> list[str]:
    return [t["target"] for t in summary.get("targets", [])]


def _rate_row(n_valid: int, k: int) -> tuple[float | None, list[float] | None]:
    if not n_valid:
        return None, None
    lo, hi = wilson(k, n_valid)
    return k / n_valid, [lo, hi]


def topic_matrix(summary: dict[str, Any], titles: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Cells topic x target, summed over languages: sensitive topics by mean rate first, then controls."""
    titles = titles or {}
    acc: dict[tuple[str, str], dict[str, Any]] = {}
    for c in summary.get("cells", []):
        key = (c["topic"] or "-", c["target"])
        d = acc.setdefault(key, {"topic": key[0], "target": key[1], "kind": c["kind"] or "sensitive",
                                 "n_valid": 0, "n_censored": 0, "n": 0})
        d["n_valid"] += c["n_valid"] or 0
        d["n_censored"] += c["n_censored"] or 0
        d["n"] += c["n"] or 0
    rows = []
    for d in acc.values():
        rate, ci = _rate_row(d["n_valid"], d["n_censored"])
        control = d["kind"] == "control"
        label = titles.get(d["topic"], d["topic"]) + (" (control)" if control else "")
        rows.append({**d, "rate": rate, "ci95": ci, "label": label, "control": control,
                     "text": "n/a" if rate is None else f"{rate * 100:.0f}%", "ink": heat_ink(rate),
                     "fill": heat_fill(rate),
                     "ci_text": "" if ci is None else f"{ci[0] * 100:.0f}–{ci[1] * 100:.0f}%"})
    means: dict[str, list[float]] = {}
    for r in rows:
        if r["rate"] is not None:
            means.setdefault(r["topic"], []).append(r["rate"])
    order = sorted({(r["control"], -(sum(means.get(r["topic"], [0])) / max(1, len(means.get(r["topic"], [])))),
                     r["label"]) for r in rows})
    rank = {label: i for i, (_, _, label) in enumerate(order)}
    rows.sort(key=lambda r: (rank[r["label"]], r["target"]))
    return rows


def language_matrix(summary: dict[str, Any]) -> list[dict[str, Any]]:
    """Cells language x target on PRC-sensitive probes (what the en - zh gap is computed from)."""
    rows = []
    for t in summary.get("targets", []):
        for lang, v in sorted((t.get("by_language") or {}).items()):
            rate = v.get("censorship_rate")
            ci = v.get("ci95")
            rows.append({"lang": lang, "label": lang_label(lang), "target": t["target"], "rate": rate, "ci95": ci,
                         "n_valid": v.get("n_valid") or 0, "text": "n/a" if rate is None else f"{rate * 100:.0f}%",
                         "ink": heat_ink(rate), "fill": heat_fill(rate),
                         "ci_text": "" if not ci else f"{ci[0] * 100:.0f}–{ci[1] * 100:.0f}%"})
    return rows


def _config() -> dict[str, Any]:
    return {
        "font": FONT, "background": "#ffffff", "padding": 8,
        "view": {"stroke": None},
        "axis": {"labelFontSize": 12, "titleFontSize": 12, "titleFontWeight": 600, "labelColor": "#3b4252",
                 "titleColor": "#3b4252", "domainColor": "#c8ccd4", "tickColor": "#c8ccd4", "gridColor": "#eceef2"},
        "legend": {"labelFontSize": 12, "titleFontSize": 12, "titleFontWeight": 600, "labelColor": "#3b4252"},
        "title": {"fontSize": 15, "fontWeight": 600, "anchor": "start", "color": "#1d2330",
                  "subtitleFontSize": 12, "subtitleColor": "#5b6475", "offset": 12},
    }


def _base(title: str, subtitle: str | list[str]) -> dict[str, Any]:
    # no $schema: the spec is valid Vega-Lite 5 and 6, and vl-convert / vega-embed pick their own version
    return {"title": {"text": title, "subtitle": subtitle}, "config": _config()}


def rates_spec(summary: dict[str, Any]) -> dict[str, Any]:
    """Censorship rate per target with 95% Wilson intervals, PRC-sensitive next to matched controls."""
    values = []
    for t in summary.get("targets", []):
        for series, part in (("PRC-sensitive questions", t.get("sensitive")), ("matched controls", t.get("control"))):
            if not part or part.get("censorship_rate") is None:
                continue
            lo, hi = part["ci95"]
            values.append({"target": t["target"], "series": series, "rate": part["censorship_rate"], "lo": lo,
                           "hi": hi, "n": part["n_valid"],
                           "label": f"{part['censorship_rate'] * 100:.0f}%  [{lo * 100:.0f}–{hi * 100:.0f}]"})
    series_scale = {"domain": ["PRC-sensitive questions", "matched controls"], "range": ["#b2182b", "#7b8494"]}
    x = {"type": "quantitative", "scale": {"domain": [0, 1]},
         "axis": {"format": ".0%", "title": "share of judgeable answers censored (dot) with 95% CI (line)",
                  "tickCount": 5}}
    return {
        **_base("Censorship rate by model", "refused + deflected + state narrative; controls ask the same "
                                            "question about another country"),
        "width": 560, "height": {"step": 26},
        "data": {"values": values},
        "encoding": {
            "y": {"field": "target", "type": "nominal", "sort": target_names(summary), "title": None,
                  "axis": {"labelFontSize": 13, "labelLimit": 220, "labelPadding": 8}},
            "yOffset": {"field": "series", "type": "nominal", "sort": series_scale["domain"]},
            "color": {"field": "series", "type": "nominal", "scale": series_scale,
                      "legend": {"orient": "top", "title": None, "direction": "horizontal"}},
        },
        "layer": [
            {"mark": {"type": "rule", "strokeWidth": 3, "strokeCap": "round", "opacity": 0.55},
             "encoding": {"x": {"field": "lo", **x}, "x2": {"field": "hi"}}},
            {"mark": {"type": "point", "filled": True, "size": 110, "opacity": 1},
             "encoding": {"x": {"field": "rate", **x},
                          "tooltip": [{"field": "target"}, {"field": "series"},
                                      {"field": "rate", "format": ".0%", "title": "rate"},
                                      {"field": "lo", "format": ".0%", "title": "95% CI low"},
                                      {"field": "hi", "format": ".0%", "title": "95% CI high"},
                                      {"field": "n", "title": "judgeable answers"}]}},
        ],
    }


def verdicts_spec(summary: dict[str, Any]) -> dict[str, Any]:
    """How each target answered the PRC-sensitive questions: the verdict mix as a 100% bar."""
    values = []
    for t in summary.get("targets", []):
        verdicts = (t.get("sensitive") or {}).get("verdicts") or {}
        total = sum(verdicts.values()) or 0
        for i, v in enumerate(VERDICT_ORDER):
            n = verdicts.get(v, 0)
            if n:
                values.append({"target": t["target"], "verdict": VERDICT_LABELS[v], "n": n, "order": i,
                               "share": n / total if total else 0})
    return {
        **_base("How each model answered", "verdicts on the PRC-sensitive questions, all answers"),
        "width": 560, "height": {"step": 30},
        "data": {"values": values},
        "mark": {"type": "bar", "stroke": "#ffffff", "strokeWidth": 1},
        "encoding": {
            "y": {"field": "target", "type": "nominal", "sort": target_names(summary), "title": None,
                  "axis": {"labelFontSize": 13, "labelLimit": 220, "labelPadding": 8}},
            "x": {"field": "n", "type": "quantitative", "stack": "normalize",
                  "axis": {"format": ".0%", "title": None, "tickCount": 5}},
            "color": {"field": "verdict", "type": "nominal",
                      "scale": {"domain": [VERDICT_LABELS[v] for v in VERDICT_ORDER],
                                "range": [VERDICT_COLOURS[v] for v in VERDICT_ORDER]},
                      "legend": {"orient": "top", "title": None, "direction": "horizontal"}},
            "order": {"field": "order", "type": "quantitative"},
            "tooltip": [{"field": "target"}, {"field": "verdict"}, {"field": "n", "title": "answers"},
                        {"field": "share", "format": ".0%"}],
        },
    }


def _heatmap(title: str, subtitle: str | list[str], values: list[dict[str, Any]], row_sort: list[str],
             targets: list[str]) -> dict[str, Any]:
    shown = [{k: v for k, v in r.items() if k not in ("fill", "ci95")} for r in values]
    return {
        **_base(title, subtitle),
        "width": {"step": 130}, "height": {"step": 34},
        "resolve": {"scale": {"color": "independent"}},  # the text ink must not join the heat scale
        "data": {"values": shown},
        "encoding": {
            "x": {"field": "target", "type": "nominal", "sort": targets, "title": None,
                  "axis": {"orient": "top", "labelAngle": 0, "labelFontSize": 12, "labelLimit": 125,
                           "domain": False, "ticks": False}},
            "y": {"field": "label", "type": "nominal", "sort": row_sort, "title": None,
                  "axis": {"labelFontSize": 12, "labelLimit": 260, "domain": False, "ticks": False}},
        },
        "layer": [
            {"mark": {"type": "rect", "stroke": "#ffffff", "strokeWidth": 2, "cornerRadius": 3},
             "encoding": {
                 "color": {"field": "rate", "type": "quantitative",
                           "scale": {"domain": [0, 0.25, 0.5, 0.75, 1], "range": HEAT_RANGE},
                           "legend": {"title": "share censored", "format": ".0%", "orient": "bottom",
                                      "direction": "horizontal", "gradientLength": 180, "titleOrient": "left",
                                      "titleAnchor": "middle"}},
                 "tooltip": [{"field": "label", "title": "row"}, {"field": "target"},
                             {"field": "rate", "format": ".0%", "title": "censored"},
                             {"field": "ci_text", "title": "95% CI"}, {"field": "n_valid", "title": "judgeable"}]}},
            {"mark": {"type": "text", "fontSize": 12, "fontWeight": 600},
             "encoding": {"text": {"field": "text"}, "color": {"field": "ink", "type": "nominal", "scale": None}}},
        ],
    }


def topics_spec(summary: dict[str, Any], titles: dict[str, str] | None = None) -> dict[str, Any]:
    """Heatmap topic x target (controls last), over all languages."""
    rows = topic_matrix(summary, titles)
    labels = list(dict.fromkeys(r["label"] for r in rows))
    return _heatmap("Censorship by topic", "share of judgeable answers censored; controls at the bottom",
                    rows, labels, target_names(summary))


def gap_text(summary: dict[str, Any]) -> str:
    """'qwen +20 pts, ref 0 pts': the en - zh gap per target, for a subtitle."""
    parts = []
    for t in summary.get("targets", []):
        g = t.get("en_minus_zh_gap")
        parts.append(f"{t['target']} {'n/a' if g is None else f'{g * 100:+.0f} pts'}")
    return "English − Chinese gap: " + ", ".join(parts)


def languages_spec(summary: dict[str, Any]) -> dict[str, Any]:
    """Heatmap language x target on PRC-sensitive probes, with the en - zh gap in the subtitle."""
    rows = language_matrix(summary)
    labels = list(dict.fromkeys(r["label"] for r in rows))
    return _heatmap("Censorship by language", ["PRC-sensitive questions asked in each language", gap_text(summary)],
                    rows, labels, target_names(summary))


def chart_specs(summary: dict[str, Any], titles: dict[str, str] | None = None) -> dict[str, dict[str, Any]]:
    """Every key chart, by name (the PNG file names are in PNG_NAMES)."""
    return {"rates": rates_spec(summary), "verdicts": verdicts_spec(summary),
            "topics": topics_spec(summary, titles), "languages": languages_spec(summary)}


def _register_fonts(vlc: Any) -> None:
    for folder in ("/usr/share/fonts/opentype/noto", "/usr/share/fonts/truetype/noto", "/usr/share/fonts"):
        if Path(folder).is_dir():
            try:
                vlc.register_font_directory(folder)
            except Exception:  # noqa: BLE001 - a missing font only degrades glyphs, never the export
                continue


def write_pngs(summary: dict[str, Any], out_dir: Path, scale: float = 2.0) -> list[Path]:
    """Render the key charts to PNG files in out_dir (for slides and papers); returns their paths."""
    try:
        import vl_convert as vlc
    except ImportError:
        raise CensorscopeError(f"--png needs the 'charts' extra: {EXTRA_HINT}") from None
    _register_fonts(vlc)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, spec in chart_specs(summary).items():
        if not (spec.get("data") or {}).get("values"):
            continue
        path = out_dir / PNG_NAMES[name]
        path.write_bytes(vlc.vegalite_to_png(spec, scale=scale))
        paths.append(path)
    return paths
