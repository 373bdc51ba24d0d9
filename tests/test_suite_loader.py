from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from conftest import run_cli

from censorscope.errors import InputError
from censorscope.suite import load_suite

GOOD = textwrap.dedent("""\
    name: mini
    version: "1"
    topics:
      - id: t1
        title: T1
        kind: sensitive
        facts:
          - {id: f1, en: ["alpha"], zh-Hans: ["阿尔法"]}
        narrative:
          - {id: n1, en: ["so-called"], zh-Hans: ["所谓"]}
      - id: c1
        title: C1
        kind: control
        facts:
          - {id: f1, en: ["beta"], zh-Hans: ["贝塔"]}
    probes:
      - {id: p1, topic: t1, lang: en, style: factual, text: "What about alpha?", control: q1}
      - {id: q1, topic: c1, lang: en, style: factual, text: "What about beta?"}
    """)


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "suite.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_starter_suite_loads_with_controls_and_hash() -> None:
    s = load_suite("starter")
    assert len(s.topics) == 4 and len(s.probes) == 8
    assert len(s.content_hash) == 64
    assert all(p.control in s.probe_by_id for p in s.probes if p.control)
    quick = s.select(subset="quick")
    assert {p.id for p in quick} >= {"tiananmen-1989.factual.en", "kent-state-1970.factual.en"}


def test_select_brings_matched_controls_along() -> None:
    s = load_suite("starter")
    chosen = s.select(topics=["tiananmen-1989"], langs=["en"])
    assert [p.id for p in chosen] == ["tiananmen-1989.factual.en", "kent-state-1970.factual.en"]


def test_content_hash_changes_with_content(tmp_path: Path) -> None:
    a = load_suite(write(tmp_path, GOOD)).content_hash
    b = load_suite(write(tmp_path, GOOD.replace("What about alpha?", "What about alpha now?"))).content_hash
    assert a != b


@pytest.mark.parametrize("mutate, line, field, message", [
    (lambda s: s.replace("control: q1", "control: nope"), 17, "probe p1: control", "does not exist"),
    (lambda s: s.replace("topic: t1, lang", "topic: zz, lang"), 17, "probe p1: topic", "unknown topic"),
    (lambda s: s.replace("style: factual, text: \"What about alpha?\"", "style: factual"), 17, "probe p1.text",
     "Field required"),
    (lambda s: s.replace("id: q1, topic", "id: p1, topic"), 18, "probe p1", "duplicate probe id"),
    (lambda s: s.replace("style: factual, text: \"What about beta", "style: poem, text: \"What about beta"),
     18, "probe q1: style", "unknown style"),
    (lambda s: s.replace('en: ["alpha"]', 'en: [1]'), 8, "topic t1: facts[0].en", "non-empty strings"),
])
def test_validation_errors_name_file_line_field(tmp_path: Path, mutate, line, field, message) -> None:
    path = write(tmp_path, mutate(GOOD))
    with pytest.raises(InputError) as err:
        load_suite(path)
    text = str(err.value)
    assert text.startswith(f"{path}:{line}: {field}: "), text
    assert message in text


def test_invalid_yaml_reports_line(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "probes: [\n  - {id: x\n")
    with pytest.raises(InputError) as err:
        load_suite(path)
    assert str(err.value).startswith(f"{path}:") and "invalid YAML" in str(err.value)


def test_cli_validate_one_line_error_no_traceback(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("control: q1", "control: nope"))
    r = run_cli("suite", "validate", str(path))
    assert r.returncode == 2
    err = r.stderr.strip()
    assert "Traceback" not in err and len(err.splitlines()) == 1
    assert f"{path}:17: probe p1: control: control probe 'nope' does not exist" in err


def test_cli_validate_and_stats_json(tmp_path: Path) -> None:
    import json

    r = run_cli("suite", "validate", str(write(tmp_path, GOOD)))
    assert r.returncode == 0, r.stderr
    r = run_cli("suite", "stats", "starter", "--json")
    st = json.loads(r.stdout)
    assert st["topics"] == 4 and st["probes"] == 8 and st["control_coverage"] == 1.0
    assert st["languages"] == {"en": 4, "zh-Hans": 4} and st["styles"] == {"factual": 8}
