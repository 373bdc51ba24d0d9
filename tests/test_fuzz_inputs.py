"""Property-based fuzzing of every input a user or a server controls.

The property is the same everywhere: the input is accepted, or rejected with one `InputError` line
that names the file (and the line/field where there is one). Any other exception is a bug, because
the CLI would print a traceback, or a run would die on one bad server reply.
"""

from __future__ import annotations

import importlib.util
import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import run_cli
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st

from censorscope.cli.judge_cmd import read_judge_lines
from censorscope.errors import InputError, TargetSpecError
from censorscope.judges.base import JudgeInput
from censorscope.judges.rules import RulesJudge
from censorscope.store.db import FINAL, Store
from censorscope.suite.loader import BUNDLED_DIR, load_suite
from censorscope.targets.base import Response
from censorscope.targets.openai import OpenAITarget, _Final, _Retryable, parse_chat_completion
from censorscope.targets.spec import parse_target_spec

CASES: Counter[str] = Counter()  # examples run per input kind, printed at the end (pytest -s)
# ~15 s in all on 2 cores; FUZZ_SCALE=10 for a longer local soak
SCALE = float(os.environ.get("FUZZ_SCALE", "1"))
FUZZ = settings(max_examples=int(600 * SCALE), deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
SMALL = settings(FUZZ, max_examples=int(250 * SCALE))
FIRST_FOUND = settings(database=None, derandomize=True, max_examples=500, deadline=None, phases=[Phase.generate])
JUDGE = RulesJudge()


@pytest.fixture(scope="module", autouse=True)
def _report_counts() -> Iterator[None]:
    yield
    print(f"\nfuzz cases run: {sum(CASES.values())} ({', '.join(f'{k} {v}' for k, v in sorted(CASES.items()))})")


@pytest.fixture(scope="module")
def workdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as d:
        yield Path(d)


def assert_one_line_error(exc: InputError, file: Path | None) -> None:
    text = str(exc)
    assert "\n" not in text and "\r" not in text, text
    if file is not None:
        assert exc.file == str(file) and text.startswith(str(file)), text


# -- strategies -------------------------------------------------------------------------------------
SUITE_KEYS = ["name", "version", "description", "subsets", "topics", "probes", "id", "title", "kind", "facts",
              "narrative", "topic", "lang", "style", "text", "control", "en", "zh-Hans", "quick", "sensitive"]
scalars = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=True),
                    st.text(max_size=12), st.sampled_from(SUITE_KEYS + ["re:(", "re:a+", "", "factual", "control"]))
keys = st.one_of(st.sampled_from(SUITE_KEYS), st.text(max_size=6), st.integers(-3, 3))
json_like = st.recursive(scalars, lambda kids: st.one_of(st.lists(kids, max_size=4),
                                                          st.dictionaries(keys, kids, max_size=5)), max_leaves=25)
YAML_TOKENS = ["\n", "  ", "- ", ": ", "[", "]", "{", "}", ",", "&a ", "*a", "&b ", "*b", "? ", "!!binary ", "!!set ",
               "!!python/object:os.system ", "|\n", ">-\n", "#", "'", '"', "\\u0000", "---\n", "...\n", "%YAML 1.1\n",
               "<<: *a", "topics", "probes", "id", "text", "topic: t", "lang: en", "~", "null", "1e999", "0x1F", "é中"]
yaml_soup = st.lists(st.sampled_from(YAML_TOKENS), max_size=40).map("".join)


@st.composite
def mutated_starter(draw: st.DrawFn) -> str:
    """The starter suite with one value somewhere replaced, removed or duplicated."""
    data = yaml.safe_load((BUNDLED_DIR / "starter.yaml").read_text(encoding="utf-8"))
    for _ in range(draw(st.integers(1, 3))):
        node: Any = data
        path: list[Any] = []
        while isinstance(node, (dict, list)) and node and draw(st.booleans()):
            key = draw(st.sampled_from(sorted(node, key=str) if isinstance(node, dict) else range(len(node))))
            path.append((node, key))
            node = node[key]
        if not path:
            continue
        parent, key = path[-1]
        action = draw(st.sampled_from(["replace", "delete", "duplicate"]))
        if action == "replace":
            parent[key] = draw(json_like)
        elif action == "delete":
            del parent[key]
        elif isinstance(parent, list):
            parent.append(parent[key])
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


suite_text = st.one_of(st.text(max_size=200), yaml_soup, mutated_starter(),
                       json_like.map(lambda v: yaml.safe_dump(v, allow_unicode=True)))


def load_or_reject(path: Path) -> None:
    try:
        load_suite(path)
    except InputError as exc:
        assert_one_line_error(exc, path)


# -- suite YAML -----------------------------------------------------------------------------------
@FUZZ
@given(text=suite_text)
def test_suite_yaml_loader(workdir: Path, text: str) -> None:
    CASES["suite yaml"] += 1
    path = workdir / "suite.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    load_or_reject(path)


@SMALL
@given(data=st.binary(max_size=300))
def test_suite_yaml_loader_bytes(workdir: Path, data: bytes) -> None:
    CASES["suite yaml"] += 1
    path = workdir / "suite.yaml"
    path.write_bytes(data)
    load_or_reject(path)


@pytest.mark.parametrize("text", [
    "[" * 5000 + "]" * 5000,                                          # deeper than Python's recursion limit
    "a: &a [*a]\n",                                                   # an alias inside itself
    "probes:\n  - id: p\n    topic: t\n    lang: en\n    text: &l0 [x, x, x, x, x, x, x, x, x]\n"
    + "".join(f"    k{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]\n" for i in range(1, 10)),  # 9^9 alias bomb
    "topics: 5\n", "probes: {a: 1}\n", "subsets: {1: []}\n", "subsets: [a]\n", "name: !!binary aGk=\n",
])
def test_suite_yaml_known_traps(workdir: Path, text: str) -> None:
    """Inputs that once crashed or hung the loader (RecursionError, TypeError, ValidationError, alias bomb)."""
    CASES["suite yaml"] += 1
    path = workdir / "trap.yaml"
    path.write_text(text, encoding="utf-8")
    load_or_reject(path)


# -- suite importer (csv/jsonl/txt), when it exists ----------------------------------------------
IMPORT_TOKENS = ["prompt", "topic", "lang", "id", "q", ",", "\n", "\r\n", '"', "{", "}", ":", "[", "]", "\t", "en",
                 "é中", "\\u0000", "\\ud800", "\x00", " ", "1", "null", "-", "\ufeff", "'", "\x85", "\u2028"]
import_text = st.one_of(st.text(max_size=200), st.lists(st.sampled_from(IMPORT_TOKENS), max_size=40).map("".join),
                        st.lists(st.dictionaries(
                            st.sampled_from(["prompt", "q", "topic", "lang", "id"]), json_like, max_size=5),
                            max_size=4).map(lambda rows: "\n".join(json.dumps(r) for r in rows)))
mapping_text = st.one_of(st.none(), st.text(max_size=20), st.lists(st.tuples(
    st.sampled_from(["prompt", "topic", "lang", "id", "style", "control", "x", ""]), st.sampled_from(["=", ""]),
    st.sampled_from(["prompt", "q", "topic", "lang", "id", "", "1"])), max_size=3).map(
    lambda items: ",".join(f"{k}{e}{v}" for k, e, v in items)))


@pytest.mark.skipif(importlib.util.find_spec("censorscope.suite.importer") is None, reason="no importer yet")
@SMALL
@given(text=import_text, fmt=st.sampled_from(["csv", "jsonl", "txt"]), mapping=mapping_text)
def test_suite_importer(workdir: Path, text: str, fmt: str, mapping: str | None) -> None:
    """Import is accepted or one-line rejected; and what it accepts always loads back as a valid suite."""
    from censorscope.suite.importer import import_suite, parse_mapping, write_suite

    CASES["suite import"] += 1
    path = workdir / f"probes.{fmt}"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        doc = import_suite(path, fmt, parse_mapping(mapping), "fuzz")
    except InputError as exc:
        assert_one_line_error(exc, path if exc.file else None)
        return
    out = workdir / "imported.yaml"
    write_suite(doc, out)
    assert len(load_suite(out).probes) == len(doc["probes"])


@pytest.mark.skipif(importlib.util.find_spec("censorscope.suite.importer") is None, reason="no importer yet")
@pytest.mark.parametrize("text", ["[" * 100000 + "]" * 100000, '{"prompt": "a\\ud800"}'])
def test_suite_importer_known_traps(workdir: Path, text: str) -> None:
    """A RecursionError, and a lone surrogate that once produced a suite file that would not load."""
    from censorscope.suite.importer import import_suite

    CASES["suite import"] += 1
    path = workdir / "trap.jsonl"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        import_suite(path, "jsonl", {}, "fuzz")
    assert_one_line_error(err.value, path)


# -- judge input ----------------------------------------------------------------------------------
judge_row = st.dictionaries(st.sampled_from(["prompt", "response", "reasoning", "language", "lang", "topic",
                                             "finish_reason", "id"]) | st.text(max_size=5), json_like, max_size=6)
judge_line = st.one_of(judge_row.map(lambda r: json.dumps(r, ensure_ascii=False)), st.text(max_size=80),
                       st.lists(st.sampled_from(['{', '}', '"prompt"', '"response"', ':', ',', '"x"', '[', ']',
                                                 '1', 'NaN', '"\\ud800"', '"\\u0000"', 'null', ' ']),
                                max_size=30).map("".join))


@FUZZ
@given(lines=st.lists(judge_line, max_size=5))
def test_judge_input(workdir: Path, lines: list[str]) -> None:
    CASES["judge jsonl"] += 1
    path = workdir / "in.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    try:
        rows = read_judge_lines(path)
    except InputError as exc:
        assert_one_line_error(exc, path)
        return
    for row in rows:  # what was accepted can be judged and written back out as UTF-8
        item = JudgeInput(prompt=row["prompt"], response=row["response"], reasoning=row.get("reasoning") or "",
                          finish_reason=row.get("finish_reason", "stop"), lang=row.get("language") or row.get("lang"))
        JUDGE.judge(item)
        json.dumps(row, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("text", ["[" * 100000 + "]" * 100000, '{"prompt": "\\ud800", "response": "x"}'])
def test_judge_input_known_traps(workdir: Path, text: str) -> None:
    CASES["judge jsonl"] += 1
    path = workdir / "trap.jsonl"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_judge_lines(path)
    assert_one_line_error(err.value, path)


# -- calibrate input, when it exists --------------------------------------------------------------
label_row = st.fixed_dictionaries({}, optional={
    "prompt": st.one_of(st.text(max_size=20), json_like), "response": st.one_of(st.text(max_size=40), json_like),
    "label": st.one_of(st.sampled_from(["answered", "REFUSED", " deflected ", "state_narrative", "error", "COMPLETE",
                                        "EVASIVE", "DENIAL", "", "x"]), json_like),
    "lang": json_like, "language": st.sampled_from(["en", "zh-Hans", ""]), "reasoning": json_like,
    "finish_reason": json_like, "error": json_like})
label_line = st.one_of(label_row.map(lambda r: json.dumps(r, ensure_ascii=False)), judge_line)
label_map_text = st.one_of(st.none(), st.text(max_size=20), st.lists(st.tuples(
    st.sampled_from(["COMPLETE", "EVASIVE", "denial", "", " "]), st.sampled_from(["=", ""]),
    st.sampled_from(["answered", "deflected", "refused", "Refused", "x", ""])), max_size=3).map(
    lambda items: ",".join(f"{k}{e}{v}" for k, e, v in items)))


@pytest.mark.skipif(importlib.util.find_spec("censorscope.judges.calibration") is None, reason="no calibration yet")
@SMALL
@given(lines=st.lists(label_line, max_size=5), label_map=label_map_text)
def test_calibrate_input(workdir: Path, lines: list[str], label_map: str | None) -> None:
    from censorscope.judges.calibration import parse_label_map, read_labels

    CASES["calibrate"] += 1
    path = workdir / "gold.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    try:
        labelled = read_labels(path, parse_label_map(label_map))
    except InputError as exc:
        assert_one_line_error(exc, path if exc.file else None)
        return
    for x in labelled:
        JUDGE.judge(x.item)


@pytest.mark.skipif(importlib.util.find_spec("censorscope.judges.calibration") is None, reason="no calibration yet")
@pytest.mark.parametrize(("text", "expected"), [
    ("[" * 100000 + "]" * 100000, "invalid JSON: nested too deeply"),
    ('{"prompt": "a\u2028b", "response": "c", "label": "nope"}', ":1: label: label 'nope'")])
def test_calibrate_input_known_traps(workdir: Path, text: str, expected: str) -> None:
    """A RecursionError; and a raw U+2028 inside a string, which splitlines() would cut in two."""
    from censorscope.judges.calibration import read_labels

    CASES["calibrate"] += 1
    path = workdir / "trap.jsonl"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_labels(path)
    assert_one_line_error(err.value, path)
    assert expected in str(err.value)


# -- target specs ---------------------------------------------------------------------------------
spec_text = st.one_of(
    st.text(max_size=60),
    st.tuples(st.sampled_from(["openai", "gguf", "OPENAI", "", "http"]), st.sampled_from([":", "", "::"]),
              st.text(max_size=8), st.sampled_from(["@", "", "@@"]),
              st.sampled_from(["http://", "https://", "ftp://", "http:/", ""]),
              st.sampled_from(["", "u:p@", "u:p@ss@", ":@"]),
              st.sampled_from(["127.0.0.1", "[::1]", "[::1", "h", "", "a b", "é.com"]),
              st.sampled_from(["", ":8000", ":0", ":99999", ":-1", ":x", ":"]),
              st.sampled_from(["", "/v1", "/v1/", "/v1,http://h/v1", ","]),
              st.lists(st.tuples(st.sampled_from(["timeout", "retries", "per_replica", "name", "x", ""]),
                                 st.sampled_from(["=", ""]),
                                 st.sampled_from(["1", "0", "-1", "abc", "1.5", "nan", "inf", "1e9", "", "2"])),
                       max_size=3)).map(lambda t: "".join(t[:9]) + "".join(f";{k}{e}{v}" for k, e, v in t[9])),
)


@FUZZ
@given(text=spec_text)
def test_target_specs(text: str) -> None:
    CASES["target spec"] += 1
    try:
        spec = parse_target_spec(text)
        if spec.kind == "openai":
            OpenAITarget(spec)  # option values are checked here; no network is touched
    except TargetSpecError as exc:
        assert_one_line_error(exc, None)
        assert exc.field == "--target"


# -- server replies: whatever an endpoint sends, the run stores something ------------------------
reply = st.one_of(
    st.binary(max_size=200),
    st.fixed_dictionaries({}, optional={
        "choices": st.one_of(json_like, st.lists(st.fixed_dictionaries({}, optional={
            "message": st.one_of(json_like, st.fixed_dictionaries({}, optional={
                "content": st.one_of(json_like, st.text(), st.lists(st.fixed_dictionaries(
                    {"type": st.just("text"), "text": json_like}))),
                "reasoning_content": st.one_of(json_like, st.text())})),
            "finish_reason": st.one_of(json_like, st.sampled_from(["stop", "length", "content_filter"]))}),
            max_size=2)),
        "usage": st.one_of(json_like, st.fixed_dictionaries({}, optional={
            "prompt_tokens": json_like, "completion_tokens": st.one_of(json_like, st.integers())})),
        "error": json_like,
    }).map(lambda d: json.dumps(d).encode()),
    st.text().map(lambda t: json.dumps({"choices": [{"message": {"content": t}, "finish_reason": "stop"}]}).encode()),
)


@FUZZ
@given(body=reply)
def test_server_reply_is_always_storable(body: bytes) -> None:
    """Parse, judge and store any body: a lone surrogate or a wrong type must not crash the run."""
    CASES["server reply"] += 1
    try:
        resp = parse_chat_completion(body)
    except (_Retryable, _Final) as exc:
        resp = Response(error=str(exc), error_kind=exc.kind)
    verdict = JUDGE.judge(JudgeInput(prompt="q", response=resp.text, reasoning=resp.reasoning,
                                            finish_reason=resp.finish_reason, error=resp.error, lang="en"))
    with Store(":memory:") as store:
        run_id = store.create_run("h", {})
        probe = {"id": "p", "text": "q"}
        assert store.add_result(run_id, "t", probe, 0, resp, {FINAL: verdict}) is not None
        row = next(store.iter_results(run_id))
        assert row["text"] == resp.text and row["verdict"] == verdict.verdict


# -- the CLI on a fuzzed bad input: one line on stderr, no traceback ------------------------------
def test_cli_on_fuzzed_bad_inputs(tmp_path: Path) -> None:
    def rejected(text: str) -> bool:
        path = tmp_path / "probe.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            load_suite(path)
        except InputError:
            return True
        return False

    bad = find(mutated_starter(), rejected, settings=FIRST_FOUND)
    path = tmp_path / "bad.yaml"
    path.write_text(bad, encoding="utf-8")
    bad_spec = find(spec_text, lambda s: _spec_rejected(s) and bool(s.strip()) and not s.startswith("-"),
                    settings=FIRST_FOUND)
    jsonl = tmp_path / "bad.jsonl"
    jsonl.write_text('{"prompt": "a", "response": "b"}\n' + "[" * 100000 + "\n", encoding="utf-8")
    for args in (["suite", "validate", str(path)],
                 ["run", "--suite", str(path), "--target", "openai:m@http://127.0.0.1:9/v1", "--db",
                  str(tmp_path / "a.db")],
                 ["run", "--suite", "starter", "--target", bad_spec, "--db", str(tmp_path / "b.db")],
                 ["judge", "--in", str(jsonl), "--out", str(tmp_path / "o.jsonl"), "--suite", "starter"]):
        CASES["cli"] += 1
        r = run_cli(*args, cwd=tmp_path)
        err = r.stderr.strip()
        assert r.returncode == 2, (args, r.stdout, err)
        assert "Traceback" not in err and len(err.splitlines()) == 1, (args, err)
        assert err.startswith("censorscope: error: "), err
        if "validate" in args or "--suite" in args and str(path) in args:
            assert str(path) in err
        if "judge" in args:
            assert f"{jsonl}:2:" in err


def _spec_rejected(text: str) -> bool:
    try:
        spec = parse_target_spec(text)
        if spec.kind == "openai":
            OpenAITarget(spec)
    except TargetSpecError:
        return True
    return False
