"""One exception family, so the CLI can turn any expected failure into a single readable line."""

from __future__ import annotations


class CensorscopeError(Exception):
    """Base of every error censorscope expects and reports without a traceback."""


class InputError(CensorscopeError):
    """Bad user input: names the file, line and field so the user can fix it at once."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        self.file, self.line, self.field, self.message = file, line, field, message
        where = file or "<input>"
        if line is not None:
            where += f":{line}"
        if field:
            where += f": {field}"
        super().__init__(one_line(f"{where}: {message}"))


def one_line(text: str) -> str:
    """Escape line breaks and control characters: errors quote user text, and stay one terminal line."""
    return "".join(c if c.isprintable() or c == "\t" else repr(c)[1:-1] for c in text)


class TargetSpecError(InputError):
    """A target spec string that cannot be parsed."""


class TargetError(CensorscopeError):
    """A target that cannot be used at all (wrong key, unreachable host): stop early, do not retry."""


class EmbeddedModelError(CensorscopeError):
    """An embedded model file is missing or fails verification."""
