"""The `censorscope` command: a thin layer over the pipeline packages."""

from __future__ import annotations

import sys

import typer

from censorscope import __version__

app = typer.Typer(
    name="censorscope",
    help="Audit large language models for political censorship: refusal, deflection, state narrative "
         "and omission on PRC-sensitive topics, compared with matched controls and with reference models.",
    no_args_is_help=False,
    add_completion=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        print(f"censorscope {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def _root(ctx: typer.Context,
          version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    if ctx.invoked_subcommand is None:
        print(ctx.get_help())


def _register() -> None:
    from censorscope.cli import judge_cmd, report_cmd, run_cmd, suite_cmd

    app.command("run")(run_cmd.run)
    app.command("runs")(report_cmd.runs)
    app.command("report")(report_cmd.report)
    app.command("judge")(judge_cmd.judge)
    app.add_typer(suite_cmd.app, name="suite")
    try:
        from censorscope.cli import models

        app.add_typer(models.app, name="models")
    except ImportError:  # pragma: no cover - only while the module is absent
        pass
    for optional in ("compare_cmd", "check_cmd", "calibrate_cmd"):
        try:
            module = __import__(f"censorscope.cli.{optional}", fromlist=["register"])
        except ImportError:
            continue
        module.register(app)


_register()


def main() -> None:
    from censorscope.errors import CensorscopeError

    try:
        app()
    except CensorscopeError as exc:
        print(f"censorscope: error: {exc}", file=sys.stderr)
        sys.exit(2)
