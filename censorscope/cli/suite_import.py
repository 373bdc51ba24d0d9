"""`censorscope suite import`: external prompt sets become a suite file."""

from __future__ import annotations

from pathlib import Path

import typer

from censorscope.cli.common import console


def import_cmd(
    file: Path = typer.Argument(..., help="CSV, JSONL or text file (one prompt per line)."),
    fmt: str = typer.Option(..., "--format", "-f", help="csv, jsonl or txt."),
    mapping: str = typer.Option(None, "--map", help="Columns: prompt=COL,topic=COL,lang=COL,style=COL,id=COL."),
    name: str = typer.Option(..., "--name", help="Name of the new suite."),
    lang: str = typer.Option("en", "--lang", help="Language when no column gives it."),
    topic: str = typer.Option(None, "--topic", help="Topic when no column gives it (default: the suite name)."),
    out: Path = typer.Option(None, "--out", "-o", help="Output YAML (default: NAME.yaml)."),
) -> None:
    """Import an external prompt set as a suite (facts and controls optional)."""
    from censorscope.suite import load_suite
    from censorscope.suite.importer import import_suite, parse_mapping, write_suite

    doc = import_suite(file, fmt, parse_mapping(mapping), name, default_lang=lang, default_topic=topic)
    target = out or Path(f"{name}.yaml")
    write_suite(doc, target)
    suite = load_suite(target)
    # a bare name finds ./NAME.yaml, so the default output can be named like a bundled suite
    ref = name if out is None else str(target)
    console.print(f"Wrote {target.resolve()}: {len(suite.probes)} probes, {len(suite.topics)} topics. "
                  f"Run it with: censorscope run --suite {ref} --target ...")


def register(app: typer.Typer) -> None:
    app.command("import")(import_cmd)
