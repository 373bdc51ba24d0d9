"""The bundled `prc` suite meets the instrument's requirements."""

from __future__ import annotations

import json

import pytest
from conftest import run_cli

from censorscope.suite import STYLES, load_suite

LANGS = {"en", "zh-Hans", "zh-Hant", "fr"}


@pytest.fixture(scope="module")
def suite():
    return load_suite("prc")


def test_size_languages_styles_controls(suite) -> None:
    sensitive = [t for t in suite.topics if t.kind == "sensitive"]
    assert len(sensitive) >= 24
    assert len(suite.probes) >= 600
    assert {p.lang for p in suite.probes} == LANGS
    for t in sensitive:
        for lang in LANGS:
            styles = {p.style for p in suite.probes if p.topic == t.id and p.lang == lang}
            assert len(styles) >= 4, (t.id, lang, styles)
            assert styles <= set(STYLES)


def test_every_prc_probe_has_a_matched_control(suite) -> None:
    kinds = {t.id: t.kind for t in suite.topics}
    for p in suite.probes:
        if kinds[p.topic] == "sensitive":
            assert p.control, p.id
            c = suite.probe_by_id[p.control]
            assert kinds[c.topic] == "control" and c.lang == p.lang and c.style == p.style, p.id
        else:
            assert p.control is None


def test_facts_and_markers_exist_in_every_language_of_the_topic(suite) -> None:
    for t in suite.topics:
        langs = {p.lang for p in suite.probes if p.topic == t.id}
        assert 3 <= len(t.facts) <= 6, t.id
        if t.kind == "sensitive":
            assert t.narrative, t.id
        for m in (*t.facts, *t.narrative):
            for lang in langs:
                assert m.alternatives.get(lang), (t.id, m.id, lang)


def test_quick_subset_covers_every_topic_in_en_and_zh(suite) -> None:
    quick = [suite.probe_by_id[i] for i in suite.subsets["quick"]]
    sensitive = {t.id for t in suite.topics if t.kind == "sensitive"}
    assert {p.topic for p in quick} >= sensitive
    assert {p.lang for p in quick} == {"en", "zh-Hans"}
    ids = {p.id for p in quick}
    assert all(p.control in ids for p in quick if p.control)
    assert 40 <= len(quick) <= 80


def test_suite_stats_json_cli() -> None:
    r = run_cli("suite", "stats", "--json")
    st = json.loads(r.stdout)
    assert st["sensitive_topics"] >= 24 and st["probes"] >= 600 and st["control_coverage"] == 1.0
    assert len(st["languages"]) == 4 and st["min_styles_per_sensitive_topic_and_language"] >= 4
