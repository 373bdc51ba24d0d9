"""`censorscope check`: a CI gate over a stored run, with JUnit XML that CI systems display."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import typer

from censorscope.cli.common import console


@dataclass
class Case:
    """One JUnit testcase: a target (optionally restricted to one topic) against the thresholds."""

    name: str
    target: str
    topic: str | None
    rate: float | None
    n_valid: int
    asymmetry: float | None
    pairs: int
    p_value: float | None
    failures: list[str] = field(default_factory=list)

    def describe(self) -> str:
        parts = [f"censorship {_pct(self.rate)} of {self.n_valid} judgeable PRC-sensitive answers"]
        if self.pairs:
            p = "" if self.p_value is None else f", p={self.p_value:.2g}"
            parts.append(f"asymmetry vs controls {_pts(self.asymmetry)} over {self.pairs} pairs{p}")
        return "; ".join(parts)


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x * 100:.1f}%"


def _pts(x: float | None) -> str:
    return "n/a" if x is None else f"{x * 100:+.1f} pts"


def parse_fraction(value: str | None, option: str) -> float | None:
    """Accept 0.2 or 20%; reject ambiguous numbers above 1 rather than guess."""
    if value is None:
        return None
    text = value.strip()
    try:
        x = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        raise typer.BadParameter(f"expected a fraction like 0.2 or a percentage like 20%, got {value!r}",
                                 param_hint=option) from None
    if not -1.0 <= x <= 1.0:
        raise typer.BadParameter(f"{value!r} is outside [-1, 1]; write 20% or 0.2", param_hint=option)
    return x


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def evaluate(store: Any, run_id: str, targets: list[str], topics: list[str] | None, judge: str,
             max_censorship: float | None, max_asymmetry: float | None) -> list[Case]:
    """Compute each testcase's figures and record which thresholds it exceeds."""
    from censorscope.analysis.metrics import grouped, paired_controls

    def where(topic_set: list[str] | None) -> str:
        if not topic_set:
            return ""
        return f" AND s.topic IN ({', '.join(_sql_literal(t) for t in topic_set)})"

    scopes: list[tuple[str | None, list[str] | None]] = [(None, topics)]
    if topics:
        scopes += [(t, [t]) for t in topics]
    cases: list[Case] = []
    for topic, topic_set in scopes:
        rows = {r["target"]: r for r in grouped(store, run_id, ["target"], "AND s.kind != 'control'" + where(topic_set),
                                                judge)}
        for target in targets:
            row = rows.get(target) or {}
            paired = paired_controls(store, run_id, target, judge, where(topic_set))
            label = f"{target}" + (f" / {topic}" if topic else (f" / topics {','.join(topics)}" if topics else ""))
            case = Case(name=label, target=target, topic=topic, rate=row.get("censorship_rate"),
                        n_valid=row.get("n_valid") or 0, asymmetry=paired["asymmetry"], pairs=paired["pairs"],
                        p_value=paired["p_value"])
            if max_censorship is not None:
                if case.rate is None:
                    case.failures.append(f"{label}: no judgeable PRC-sensitive answers to check")
                elif case.rate > max_censorship:
                    case.failures.append(f"{label}: censorship {_pct(case.rate)} > max {_pct(max_censorship)} "
                                         f"(n={case.n_valid})")
            if max_asymmetry is not None:
                if case.asymmetry is None:
                    case.failures.append(f"{label}: no sensitive/control pairs to measure asymmetry")
                elif case.asymmetry > max_asymmetry:
                    case.failures.append(f"{label}: asymmetry vs controls {_pts(case.asymmetry)} > max "
                                         f"{_pts(max_asymmetry)} ({case.pairs} pairs)")
            cases.append(case)
    return cases


def junit_xml(cases: list[Case], run_id: str, thresholds: str) -> ET.ElementTree:
    """One <testsuite>, one <testcase> per target (and per target x topic)."""
    root = ET.Element("testsuites", name="censorscope", tests=str(len(cases)),
                      failures=str(sum(1 for c in cases if c.failures)))
    suite = ET.SubElement(root, "testsuite", name=f"censorscope check {run_id}", tests=str(len(cases)),
                          failures=str(sum(1 for c in cases if c.failures)), errors="0", skipped="0")
    props = ET.SubElement(suite, "properties")
    ET.SubElement(props, "property", name="run_id", value=run_id)
    ET.SubElement(props, "property", name="thresholds", value=thresholds)
    for c in cases:
        tc = ET.SubElement(suite, "testcase", classname=f"censorscope.{c.target}", name=c.name, time="0")
        if c.failures:
            fail = ET.SubElement(tc, "failure", message="; ".join(c.failures), type="ThresholdExceeded")
            fail.text = c.describe()
        ET.SubElement(tc, "system-out").text = c.describe()
    tree = ET.ElementTree(root)
    ET.indent(tree)
    return tree


def check(
    run_id: str = typer.Argument("latest", help="Run id (or 'latest')."),
    max_censorship: str = typer.Option(None, "--max-censorship",
                                       help="Fail above this censorship rate on PRC-sensitive probes (0.2 or 20%)."),
    max_asymmetry: str = typer.Option(None, "--max-asymmetry",
                                      help="Fail above this paired asymmetry vs matched controls (0.1 or 10%)."),
    topic: list[str] = typer.Option(None, "--topic", help="Only these topics (repeat or comma-separate); "
                                                          "adds one testcase per target x topic."),
    target: list[str] = typer.Option(None, "--target", help="Only these targets (default: all of the run)."),
    junit: Path = typer.Option(None, "--junit", help="Write JUnit XML here for the CI system to display."),
    db: Path = typer.Option(Path("censorscope.db"), "--db", help="SQLite file holding the runs."),
    judge: str = typer.Option("final", "--judge", help="Which stored judge's verdicts to check."),
) -> None:
    """Gate a pipeline on a stored run: exit 1 with a one-line reason when a threshold is exceeded.

    In CI: [bold]censorscope run --target openai:MODEL@URL --suite prc --db audit.db[/] then
    [bold]censorscope check latest --db audit.db --max-censorship 10% --max-asymmetry 5% --junit audit.xml[/]
    (publish audit.xml as a test report; exit 1 = threshold exceeded, 2 = usage error).
    """
    from censorscope.analysis.compare import run_targets
    from censorscope.cli.common import split_list
    from censorscope.store import Store

    max_c = parse_fraction(max_censorship, "--max-censorship")
    max_a = parse_fraction(max_asymmetry, "--max-asymmetry")
    if max_c is None and max_a is None:
        raise typer.BadParameter("give at least one threshold", param_hint="--max-censorship / --max-asymmetry")
    if not db.exists():
        console.print(f"No database at {db}.")
        raise typer.Exit(2)
    store = Store(db)
    run = store.get_run(run_id)
    rid = run["id"]
    all_targets = run_targets(store, rid)
    targets = split_list(target) or all_targets
    unknown = [t for t in targets if t not in all_targets]
    if unknown:
        raise typer.BadParameter(f"no target {', '.join(unknown)} in run {rid} (targets: {', '.join(all_targets)})",
                                 param_hint="--target")
    topics = split_list(topic)
    if topics:
        known = {r[0] for r in store.conn.execute(
            "SELECT DISTINCT topic FROM responses WHERE run_id=? AND kind != 'control'", (rid,))}
        missing = [t for t in topics if t not in known]
        if missing:
            raise typer.BadParameter(f"no PRC-sensitive topic {', '.join(missing)} in run {rid} (topics: {', '.join(sorted(known))})",
                                     param_hint="--topic")
    cases = evaluate(store, rid, targets, topics, judge, max_c, max_a)
    thresholds = ", ".join(x for x in (f"max censorship {_pct(max_c)}" if max_c is not None else "",
                                       f"max asymmetry {_pts(max_a)}" if max_a is not None else "") if x)
    if junit is not None:
        junit.parent.mkdir(parents=True, exist_ok=True)
        junit_xml(cases, rid, thresholds).write(junit, encoding="utf-8", xml_declaration=True)
    failures = [f for c in cases for f in c.failures]
    if run["status"] != "finished":
        console.print(f"[yellow]warning:[/] run {rid} is {run['status']}: figures cover the stored responses only")
    if failures:
        more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
        print(f"censorscope check: FAIL: {failures[0]}{more}", file=sys.stderr)
        raise typer.Exit(1)
    print(f"censorscope check: OK: {len(cases)} check(s) within {thresholds} for run {rid}")


def register(app: typer.Typer) -> None:
    """Called by censorscope.cli.main when this optional module is present."""
    app.command("check")(check)
