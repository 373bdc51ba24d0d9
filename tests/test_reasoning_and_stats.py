from __future__ import annotations

import pytest
from scipy.stats import binomtest

from censorscope.analysis.stats import mcnemar_exact, wilson
from censorscope.targets.spec import parse_target_spec, redact
from censorscope.text.reasoning import split_reasoning


@pytest.mark.parametrize("content, field, answer, reasoning", [
    ("<think>facts here</think>The answer.", None, "The answer.", "facts here"),
    ("facts here</think>\n\nThe answer.", None, "The answer.", "facts here"),  # template dropped <think>
    ("<think>still thinking when cut", None, "", "still thinking when cut"),
    ("The answer.", "separate trace", "The answer.", "separate trace"),
    ("Plain.", None, "Plain.", ""),
    ("", None, "", ""),
])
def test_split_reasoning(content, field, answer, reasoning) -> None:
    assert split_reasoning(content, field) == (answer, reasoning)


@pytest.mark.parametrize("k, n", [(0, 10), (3, 10), (10, 10), (57, 200), (1, 1)])
def test_wilson_matches_scipy(k: int, n: int) -> None:
    lo, hi = wilson(k, n)
    ref = binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    assert lo == pytest.approx(ref.low, abs=1e-9) and hi == pytest.approx(ref.high, abs=1e-9)


def test_mcnemar_exact() -> None:
    assert mcnemar_exact(0, 0) == 1.0
    assert mcnemar_exact(10, 0) == pytest.approx(2 * 0.5 ** 10)


def test_target_spec_replicas_and_redaction() -> None:
    spec = parse_target_spec("openai:Qwen/Qwen2.5-7B@http://a:8000/v1,http://b:8001/v1")
    assert spec.model == "Qwen/Qwen2.5-7B" and spec.urls == ("http://a:8000/v1", "http://b:8001/v1")
    secret = "openai:m@https://user:sk-SECRET@host/v1?api_key=sk-OTHER"
    assert "SECRET" not in redact(secret) and "OTHER" not in redact(secret)
    assert parse_target_spec("gguf:smollm2").model == "smollm2"


@pytest.mark.parametrize("bad", ["", "foo:bar", "openai:model", "openai:m@ftp://x", "openai:m@http://h:99999/v1"])
def test_bad_specs_raise_input_error(bad: str) -> None:
    from censorscope.errors import TargetSpecError

    with pytest.raises(TargetSpecError):
        parse_target_spec(bad)
