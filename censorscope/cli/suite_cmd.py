"""`censorscope suite ...`: list, show, validate, stats (and import, when present)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import typer

from censorscope.cli.common import console, out

app = typer.Typer(help="Inspect, validate and import probe suites.", no_args_is_help=True)


@app.command("list")
def list_suites() -> None:
    """List the bundled suites."""
    from rich.table import Table

    from censorscope.suite import bundled_suites, load_suite

    table = Table(title="bundled suites", title_justify="left")
    for col in ("name", "version", "topics", "probes", "languages", "subsets", "description"):
        table.add_column(col)
    for name in bundled_suites():
        s = load_suite(name)
        table.add_row(s.name, s.version, str(len(s.topics)), str(len(s.probes)),
                      ",".join(sorted({p.lang for p in s.probes})), ",".join(s.subsets), s.description)
    out.print(table)


@app.command("show")
def show(name: str = typer.Argument(..., help="Bundled suite name or path."),
         lang: str = typer.Option(None, "--lang", help="Only probes in this language.")) -> None:
    """Show a suite's topics and probes."""
    from censorscope.suite import load_suite

    s = load_suite(name)
    out.print(f"[bold]{s.name}[/] v{s.version} — {s.description}\nhash {s.content_hash}\n")
    by_topic: dict[str, list[Any]] = {}
    for p in s.probes:
        if lang is None or p.lang == lang:
            by_topic.setdefault(p.topic, []).append(p)
    for t in s.topics:
        out.print(f"[bold]{t.id}[/] ({t.kind}) {t.title}: facts {', '.join(f.id for f in t.facts)}"
                  + (f"; narrative {', '.join(m.id for m in t.narrative)}" if t.narrative else ""))
        for p in by_topic.get(t.id, []):
            ctrl = f"  → control {p.control}" if p.control else ""
            out.print(f"   {p.id} [{p.lang}/{p.style}] {p.text}{ctrl}", highlight=False, markup=False)


@app.command("validate")
def validate(path: str = typer.Argument(..., help="Suite YAML file, folder, or bundled name.")) -> None:
    """Validate a suite; errors name the file, line and field."""
    from censorscope.suite import load_suite

    s = load_suite(path)
    stats = suite_stats(s)
    console.print(f"ok: {s.name} v{s.version}: {stats['topics']} topics, {stats['probes']} probes, "
                  f"{len(stats['languages'])} languages, control coverage {stats['control_coverage']:.0%}")


@app.command("stats")
def stats(name: str = typer.Argument("prc", help="Bundled suite name or path."),
          json_out: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Counts of topics, probes, languages, styles and control coverage."""
    from censorscope.suite import load_suite

    st = suite_stats(load_suite(name))
    if json_out:
        print(json.dumps(st, ensure_ascii=False, indent=2))
        return
    out.print(f"[bold]{st['name']}[/] v{st['version']}: {st['topics']} topics ({st['sensitive_topics']} sensitive), "
              f"{st['probes']} probes, {st['probes_with_control']} with a control "
              f"({st['control_coverage']:.0%} of PRC-sensitive probes)")
    out.print("languages: " + ", ".join(f"{k} {v}" for k, v in st["languages"].items()))
    out.print("styles: " + ", ".join(f"{k} {v}" for k, v in st["styles"].items()))
    out.print("subsets: " + ", ".join(f"{k} {v}" for k, v in st["subsets"].items()))


def suite_stats(s: Any) -> dict[str, Any]:
    kinds = {t.id: t.kind for t in s.topics}
    sensitive = [p for p in s.probes if kinds.get(p.topic) == "sensitive"]
    with_control = [p for p in sensitive if p.control]
    per_topic: dict[str, dict[str, Any]] = {}
    for p in s.probes:
        d = per_topic.setdefault(p.topic, {"kind": kinds.get(p.topic), "probes": 0, "languages": Counter(),
                                           "styles_per_language": {}})
        d["probes"] += 1
        d["languages"][p.lang] += 1
        d["styles_per_language"].setdefault(p.lang, set()).add(p.style)
    for d in per_topic.values():
        d["languages"] = dict(d["languages"])
        d["styles_per_language"] = {k: sorted(v) for k, v in d["styles_per_language"].items()}
    sens_topics = [t for t in s.topics if t.kind == "sensitive"]
    min_styles = min((len(v) for t in sens_topics for v in per_topic.get(t.id, {}).get("styles_per_language", {}).values()),
                     default=0)
    return {
        "name": s.name, "version": s.version, "content_hash": s.content_hash,
        "topics": len(s.topics), "sensitive_topics": len(sens_topics),
        "control_topics": len(s.topics) - len(sens_topics), "probes": len(s.probes),
        "sensitive_probes": len(sensitive), "probes_with_control": len(with_control),
        "control_coverage": (len(with_control) / len(sensitive)) if sensitive else 0.0,
        "languages": dict(Counter(p.lang for p in s.probes)),
        "styles": dict(Counter(p.style for p in s.probes)),
        "min_styles_per_sensitive_topic_and_language": min_styles,
        "subsets": {k: len(v) for k, v in s.subsets.items()},
        "per_topic": per_topic,
    }


def _register_import() -> None:
    from censorscope.cli import suite_import

    suite_import.register(app)


_register_import()
