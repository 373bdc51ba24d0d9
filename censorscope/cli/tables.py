"""The one-screen summary table printed at the end of a run or report."""

from __future__ import annotations

from typing import Any

from rich.table import Table

from censorscope.cli.common import out
from censorscope.report.markdown import ci, pct


def print_summary(summary: dict[str, Any]) -> None:
    table = Table(title=f"censorscope run {summary['run_id']}", title_justify="left")
    for col in ("target", "censorship (PRC)", "95% CI", "controls", "asymmetry", "p", "fact recall",
                "en−zh", "answered/narrative/deflected/refused/error"):
        table.add_column(col, justify="left" if col == "target" else "right")
    for t in summary["targets"]:
        v = (t.get("sensitive") or {}).get("verdicts") or {}
        p = t["paired"].get("p_value")
        table.add_row(t["target"], pct(t["censorship_rate"]), ci(t["ci95"]), pct(t["control_censorship_rate"]),
                      pct(t["asymmetry"], True), "" if p is None else f"{p:.2g}", pct(t["fact_recall"]),
                      pct(t["en_minus_zh_gap"], True),
                      "/".join(str(v.get(k, 0)) for k in ("answered", "state_narrative", "deflected", "refused",
                                                          "error")))
    out.print(table)
