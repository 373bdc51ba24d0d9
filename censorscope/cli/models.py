"""`censorscope models ...`: list the embedded models and hand their verified files to other tools."""

from __future__ import annotations

import typer

from censorscope.cli.common import out

app = typer.Typer(
    help="The embedded GGUF models (installed by pip, never downloaded): list them, or print a verified "
         "file path, e.g. to serve one over HTTP with: "
         "python -m llama_cpp.server --model $(censorscope models path qwen2.5-coder-0.5b)",
    no_args_is_help=True,
)


def _size(n: int) -> str:
    return f"{n / 1e6:,.0f} MB"


@app.command("list")
def list_models() -> None:
    """Show every embedded model, whether it is installed, its size and licence."""
    from rich.table import Table

    from censorscope.targets.embedded import embedded_models

    table = Table(title="embedded models (run as --target gguf:NAME)", title_justify="left")
    table.add_column("name", no_wrap=True)
    table.add_column("description")
    table.add_column("installed")
    table.add_column("size", justify="right", no_wrap=True)
    table.add_column("licence", no_wrap=True)
    missing = False
    for m in embedded_models():
        missing |= not m.installed
        table.add_row(m.name, m.description, "yes" if m.installed else "[red]no[/]", _size(m.size), m.licence)
    out.print(table)
    if missing:
        out.print("Install the missing ones with: pip install 'censorscope[embedded]'")


@app.command("path")
def path(name: str = typer.Argument(..., help="Embedded model name, e.g. qwen2.5-coder-0.5b or smollm2.")) -> None:
    """Verify an embedded model (assembling it on first use) and print its file path, and nothing else."""
    from censorscope.errors import EmbeddedModelError
    from censorscope.targets.embedded import MODELS, lookup, resolve_embedded

    model = lookup(name)
    if model is None:
        raise EmbeddedModelError(f"no embedded model named {name!r}; choose one of: {', '.join(MODELS)}")
    print(resolve_embedded(model))
