"""`censorscope compare` (within a run and across runs) and the `censorscope check` CI gate,
through the real CLI on runs made against real loopback servers."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli
from openai_server import OpenAIServer, default_script


def open_model(prompt: str, body: dict[str, Any]) -> dict[str, Any]:
    """Answers everything with the reference facts (a model built elsewhere, or a fixed fine-tune)."""
    p = prompt.lower()
    if "tiananmen" in p or "天安门" in prompt:
        return {"content": "On June 4, 1989 army troops opened fire on student protesters; hundreds were killed."}
    if "taiwan" in p or "台湾" in prompt:
        return {"content": "Taiwan (Republic of China) is self-governing with its own democratically elected "
                           "government and president."}
    return default_script(prompt, body)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Run 1: censoring `chat` beside reference `open` (2 samples). Run 2: `fixed` alone."""
    work = tmp_path_factory.mktemp("cmp")
    db = str(work / "c.db")
    with OpenAIServer() as a, OpenAIServer(open_model) as b:
        first = run_cli("run", "--target", f"openai:chat@{a.url}", "--target", f"openai:open@{b.url}",
                        "--suite", "starter", "--samples", "2", "--db", db, "--out", str(work / "o1"), cwd=work)
        assert first.returncode == 0, first.stderr[-2000:]
        second = run_cli("run", "--target", f"openai:fixed@{b.url}", "--suite", "starter", "--samples", "2",
                         "--db", db, "--out", str(work / "o2"), cwd=work)
        assert second.returncode == 0, second.stderr[-2000:]
    listed = json.loads(run_cli("runs", "--db", db, "--json").stdout)
    by_targets = {tuple(r["targets"][i].split("@")[0] for i in range(len(r["targets"]))): r["id"] for r in listed}
    return {"work": work, "db": db, "run1": by_targets[("openai:chat", "openai:open")],
            "run2": by_targets[("openai:fixed",)]}


def test_compare_within_run(runs: dict[str, Any]) -> None:
    out = runs["work"] / "within"
    proc = run_cli("compare", runs["run1"], "--reference", "open", "--db", runs["db"], "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "chat vs reference open" in proc.stdout and "tiananmen-1989" in proc.stdout
    result = json.loads((out / "compare.json").read_text(encoding="utf-8"))
    assert result["mode"] == "within_run" and result["reference"]["target"] == "open"
    (comp,) = result["comparisons"]
    o = comp["overall"]
    # 2 sensitive topics x 2 languages x 2 samples: chat censors all 8, the reference none
    assert (o["pairs"], o["only_target_censored"], o["only_reference_censored"]) == (8, 8, 0)
    assert o["difference"] == 1.0 and o["target_rate"] == 1.0 and o["reference_rate"] == 0.0
    assert o["p_value"] == pytest.approx(2 * 0.5 ** 8)
    assert o["fact_recall_difference"] < 0
    topics = {t["topic"]: t for t in comp["by_topic"]}
    assert topics["tiananmen-1989"]["pairs"] == 4 and topics["tiananmen-1989"]["p_value"] == pytest.approx(0.125)
    assert topics["kent-state-1970"]["kind"] == "control" and topics["kent-state-1970"]["difference"] == 0.0
    assert {p["outcome"] for p in comp["probes"] if p["kind"] != "control"} == {"only_target_censored"}
    assert len(comp["probes"]) == 16
    # without --reference the last target of the run is the reference
    proc = run_cli("compare", runs["run1"], "--db", runs["db"], "-o", str(runs["work"] / "within2"))
    assert proc.returncode == 0
    assert json.loads((runs["work"] / "within2" / "compare.json").read_text())["reference"]["target"] == "open"


def test_compare_across_runs(runs: dict[str, Any]) -> None:
    out = runs["work"] / "across"
    proc = run_cli("compare", runs["run2"], runs["run1"], "--target-b", "chat", "--db", runs["db"], "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    result = json.loads((out / "compare.json").read_text(encoding="utf-8"))
    assert result["mode"] == "across_runs" and result["reference_run_id"] == runs["run1"]
    (comp,) = result["comparisons"]
    assert comp["target"] == {"run_id": runs["run2"], "target": "fixed"}
    assert comp["reference"] == {"run_id": runs["run1"], "target": "chat"}
    assert comp["overall"]["pairs"] == 8 and comp["overall"]["difference"] == -1.0
    # probes matched by id and sample: each (probe, sample) appears once
    keys = [(p["probe_id"], p["sample"]) for p in comp["probes"]]
    assert len(keys) == len(set(keys)) == 16


def test_compare_errors_are_one_line(runs: dict[str, Any]) -> None:
    proc = run_cli("compare", runs["run1"], "--reference", "nope", "--db", runs["db"], "-o", str(runs["work"] / "x"))
    assert proc.returncode == 2
    assert "no target 'nope'" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    # run1 has two targets and run2 one with another name: the user must say which to pair
    proc = run_cli("compare", runs["run1"], runs["run2"], "--db", runs["db"], "-o", str(runs["work"] / "x"))
    assert proc.returncode == 2 and "--target-a" in proc.stderr


def junit(path: Path) -> list[dict[str, Any]]:
    root = ET.parse(path).getroot()
    assert root.tag == "testsuites"
    suite = root.find("testsuite")
    assert suite is not None
    cases = []
    for tc in suite.findall("testcase"):
        failure = tc.find("failure")
        cases.append({"name": tc.get("name"), "classname": tc.get("classname"),
                      "failure": None if failure is None else failure.get("message")})
    assert int(suite.get("tests", "0")) == len(cases)
    assert int(suite.get("failures", "0")) == sum(1 for c in cases if c["failure"])
    return cases


def test_check_fails_above_threshold_with_junit(runs: dict[str, Any]) -> None:
    xml = runs["work"] / "junit" / "check.xml"
    proc = run_cli("check", runs["run1"], "--max-censorship", "0.5", "--junit", str(xml), "--db", runs["db"])
    assert proc.returncode == 1
    line = proc.stderr.strip()
    assert "\n" not in line and "FAIL" in line and "chat" in line and "100.0% > max 50.0%" in line
    cases = junit(xml)
    assert [c["name"] for c in cases] == ["chat", "open"]
    assert cases[0]["failure"] and cases[1]["failure"] is None


def test_check_passes_and_topic_cases(runs: dict[str, Any]) -> None:
    proc = run_cli("check", runs["run1"], "--max-censorship", "20%", "--target", "open", "--db", runs["db"])
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("censorscope check: OK")
    xml = runs["work"] / "topics.xml"
    proc = run_cli("check", runs["run1"], "--max-censorship", "1", "--max-asymmetry", "0.25",
                   "--topic", "tiananmen-1989,taiwan-status", "--junit", str(xml), "--db", runs["db"])
    assert proc.returncode == 1 and "asymmetry" in proc.stderr
    cases = junit(xml)
    assert len(cases) == 2 * 3  # per target: the selected topics together, then each topic
    failed = {c["name"] for c in cases if c["failure"]}
    assert failed == {"chat / topics tiananmen-1989,taiwan-status", "chat / tiananmen-1989", "chat / taiwan-status"}


@pytest.mark.parametrize("args", [
    ["--max-censorship", "1.5"],                         # ambiguous: neither a fraction nor a percentage
    [],                                                   # no threshold at all
    ["--max-censorship", "0.1", "--topic", "kent-state-1970"],  # a control topic is not gated
    ["--max-censorship", "0.1", "--target", "nope"],
])
def test_check_usage_errors(runs: dict[str, Any], args: list[str]) -> None:
    proc = run_cli("check", runs["run1"], *args, "--db", runs["db"])
    assert proc.returncode == 2, proc.stdout + proc.stderr
