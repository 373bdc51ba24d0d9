"""`censorscope runs` and `censorscope report`."""

from __future__ import annotations

import time
from pathlib import Path

import typer

from censorscope.cli.common import console, out


def runs(db: Path = typer.Option(Path("censorscope.db"), "--db", help="SQLite file holding the runs."),
         json_out: bool = typer.Option(False, "--json", help="Print JSON instead of a table.")) -> None:
    """List the runs stored in the database."""
    from rich.table import Table

    from censorscope.store import Store

    if not db.exists():
        console.print(f"No database at {db} yet: start with `censorscope run`.")
        raise typer.Exit(1)
    rows = Store(db).list_runs()
    if json_out:
        import json

        print(json.dumps([{"id": r["id"], "status": r["status"], "responses": r["n"],
                           "created_at": r["created_at"], "targets": r["manifest"]["config"]["targets"],
                           "suite": r["manifest"]["suite"]} for r in rows], ensure_ascii=False, indent=2))
        return
    table = Table(title=f"runs in {db}", title_justify="left")
    for col in ("run id", "status", "started", "responses", "targets", "suite"):
        table.add_column(col)
    for r in rows:
        m = r["manifest"]
        table.add_row(r["id"], r["status"], time.strftime("%Y-%m-%d %H:%M", time.localtime(r["created_at"])),
                      str(r["n"]), ", ".join(m["config"]["targets"]), f"{m['suite']['name']} v{m['suite']['version']}")
    out.print(table)


def report(run_id: str = typer.Argument("latest", help="Run id (or 'latest')."),
           db: Path = typer.Option(Path("censorscope.db"), "--db", help="SQLite file holding the runs."),
           out_dir: Path = typer.Option(Path("censorscope-out"), "--out", "-o", help="Report folder."),
           judge: str = typer.Option("final", "--judge", help="Which stored judge's verdicts to report."),
           png: Path = typer.Option(None, "--png", help="Also write the key charts as PNG into this folder.")) -> None:
    """Write summary.json, results.jsonl, report.md and report.html for a stored run."""
    from censorscope.analysis.metrics import compute_summary
    from censorscope.cli.tables import print_summary
    from censorscope.report.writer import write_report
    from censorscope.store import Store

    if not db.exists():
        console.print(f"No database at {db}.")
        raise typer.Exit(1)
    store = Store(db)
    run = store.get_run(run_id)
    paths = write_report(store, run["id"], out_dir, judge=judge, png_dir=png)
    print_summary(compute_summary(store, run["id"], judge))
    console.print(f"Wrote {', '.join(str(p) for p in paths.values())}")
