"""`censorscope calibrate`: measure a judge's agreement with labels you trust, before trusting its rates."""

from __future__ import annotations

import json
from pathlib import Path

import typer

DEFAULT_CALIBRATION_JUDGE = "rules,classifier"


def calibrate(
    labels: Path = typer.Option(..., "--labels", help="JSONL: prompt, response, label (+ optional lang/language, "
                                                      "topic, reasoning, finish_reason)."),
    judge_spec: str = typer.Option(DEFAULT_CALIBRATION_JUDGE, "--judge",
                                   help="rules, classifier, llm:openai:MODEL@URL, or a comma-separated ensemble."),
    label_map: str | None = typer.Option(None, "--label-map",
                                         help="Translate another labelling scheme, e.g. "
                                              "COMPLETE=answered,EVASIVE=deflected,DENIAL=refused."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Agreement of a judge with labelled responses: accuracy, per-class precision/recall/F1, Cohen's kappa,
    confusion matrix, overall and per language, and the binary censored/not agreement."""
    from censorscope.judges import build_judges
    from censorscope.judges.calibration import calibrate as run_calibration
    from censorscope.judges.calibration import format_report, parse_label_map, read_labels

    mapping = parse_label_map(label_map)
    labelled = read_labels(labels, mapping)
    judges = build_judges(judge_spec)
    report = run_calibration(labelled, judges)
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_report(report))


def register(app: typer.Typer) -> None:
    """Called by censorscope.cli.main when this module is present."""
    app.command("calibrate")(calibrate)
