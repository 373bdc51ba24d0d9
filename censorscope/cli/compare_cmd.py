"""`censorscope compare`: paired comparison with a reference target, within a run or across runs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from censorscope.cli.common import console, out


def _fmt_pct(x: float | None, signed: bool = False) -> str:
    if x is None:
        return "–"
    return f"{x * 100:+.0f}" if signed else f"{x * 100:.0f}%"


def _fmt_p(p: float | None) -> str:
    return "–" if p is None else f"{p:.2g}"


def _add_row(table: Any, label: str, s: dict[str, Any], style: str | None = None) -> None:
    ci = s["difference_ci95"]
    table.add_row(label, str(s["pairs"]), _fmt_pct(s["target_rate"]), _fmt_pct(s["reference_rate"]),
                  _fmt_pct(s["difference"], True), f"[{ci[0] * 100:+.0f}, {ci[1] * 100:+.0f}]" if ci else "",
                  str(s["only_target_censored"]), str(s["only_reference_censored"]), _fmt_p(s["p_value"]),
                  _fmt_pct(s["fact_recall_difference"], True), style=style)


def print_comparison(result: dict[str, Any]) -> None:
    """One rich table per compared pair: overall row first, then one row per topic."""
    from rich.table import Table

    for comp in result["comparisons"]:
        a, b = comp["target"], comp["reference"]
        left = a["target"] if result["mode"] == "within_run" else f"{a['target']} ({a['run_id']})"
        right = b["target"] if result["mode"] == "within_run" else f"{b['target']} ({b['run_id']})"
        table = Table(title=f"{left} vs reference {right}", title_justify="left")
        for col in ("topic", "pairs", "target", "ref", "diff pts", "95% CI", "only target",
                    "only ref", "p", "recall diff"):
            table.add_column(col, justify="left" if col == "topic" else "right")

        _add_row(table, "all PRC-sensitive", comp["overall"], "bold")
        for t in comp["by_topic"]:
            _add_row(table, t["topic"] + (" (control)" if t["kind"] == "control" else ""), t)
        out.print(table)


def compare(
    run_a: str = typer.Argument("latest", help="Run id (or 'latest')."),
    run_b: str = typer.Argument(None, help="A second run to compare against (the baseline)."),
    reference: str = typer.Option(None, "--reference", "-r",
                                  help="Reference target within the run (default: the run's last target)."),
    target_a: str = typer.Option(None, "--target-a", help="Across runs: the target of RUN_A to compare."),
    target_b: str = typer.Option(None, "--target-b", help="Across runs: the target of RUN_B to compare against."),
    db: Path = typer.Option(Path("censorscope.db"), "--db", help="SQLite file holding the runs."),
    out_dir: Path = typer.Option(Path("censorscope-out"), "--out", "-o", help="Folder for compare.json."),
    judge: str = typer.Option("final", "--judge", help="Which stored judge's verdicts to compare."),
) -> None:
    """Compare targets probe by probe: per-topic censorship difference, exact McNemar test, effect size.

    Within one run: every target against --reference. Across runs (RUN_A RUN_B): the same probes
    matched by probe id and sample, RUN_B being the baseline. Writes OUT/compare.json.
    """
    from censorscope.analysis.compare import compare_runs, compare_within
    from censorscope.store import Store

    if not db.exists():
        console.print(f"No database at {db}.")
        raise typer.Exit(2)
    store = Store(db)
    if run_b is None:
        if target_a or target_b:
            raise typer.BadParameter("--target-a/--target-b need two runs; within a run use --reference",
                                     param_hint="--target-a")
        result = compare_within(store, run_a, reference, judge)
    else:
        if reference:
            raise typer.BadParameter("across runs RUN_B is the reference; pick targets with --target-a/--target-b",
                                     param_hint="--reference")
        result = compare_runs(store, run_a, run_b, target_a, target_b, judge)
    if not result["comparisons"]:
        console.print("Nothing to compare: the run has no other target than the reference.")
        raise typer.Exit(2)
    print_comparison(result)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "compare.json"
    path.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    console.print(f"Wrote {path}")


def register(app: typer.Typer) -> None:
    """Called by censorscope.cli.main when this optional module is present."""
    app.command("compare")(compare)
