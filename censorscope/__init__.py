"""censorscope: audit large language models for political censorship."""

__version__ = "0.1.0"

__all__ = ["__version__"]
