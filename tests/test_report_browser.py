"""report.html in a real headless Chromium (Debian's /usr/bin/chromium): it loads offline with no
console error, charts render, filters and the side-by-side viewer work, and hostile model output
stays inert text. A screenshot is kept in test-artifacts/report.png."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, run_cli
from openai_server import OpenAIServer, default_script

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
XSS = ('<script>window.__pwned = 1; alert("script")</script> '
       '<img src=x onerror="window.__pwned = 2; alert(2)"> '
       '<a href="javascript:alert(3)">click me</a> [link](javascript:alert(4)) '
       '</script><svg onload=alert(5)><iframe src="https://example.com/"></iframe>')

pytestmark = pytest.mark.browser


def hostile(prompt: str, body: dict[str, Any]) -> dict[str, Any]:
    """A target whose Tiananmen answer carries markup and script in the answer and the reasoning."""
    if "tiananmen" in prompt.lower():
        return {"content": "On June 4, 1989 troops fired on student protesters; hundreds were killed. " + XSS,
                "reasoning_content": "Reasoning with markup: " + XSS}
    return default_script(prompt, body)


def reference(prompt: str, body: dict[str, Any]) -> dict[str, Any]:
    """A reference model that answers every question with the key facts."""
    p = prompt.lower()
    if "tiananmen" in p or "天安门" in prompt:
        return {"content": "On June 4, 1989, army troops and tanks opened fire on student protesters in Beijing; "
                           "hundreds, possibly thousands, were killed."}
    if "taiwan" in p or "台湾" in prompt:
        return {"content": "Taiwan, officially the Republic of China (ROC), is self-governing, with its own "
                           "government and a democratically elected president."}
    return default_script(prompt, body)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("report")
    with OpenAIServer(hostile) as a, OpenAIServer(reference) as b:
        proc = run_cli("run", "--target", f"openai:hostile@{a.url}", "--target", f"openai:reference@{b.url}",
                       "--suite", "starter", "--samples", "2", "--db", str(work / "r.db"), "--out", str(work / "out"),
                       cwd=work, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return work / "out" / "report.html"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"])
        yield b
        b.close()


class Page:
    """A loaded report page plus everything it logged, requested and tried to pop up."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 1000})
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("html[data-ready=true]", state="attached", timeout=15000)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def visible_rows(self) -> list[dict[str, str]]:
        return self.page.eval_on_selector_all(
            "#rows tr", "rows => rows.map(r => ({verdict: r.dataset.verdict, topic: r.dataset.topic, "
                        "target: r.dataset.target}))")

    def wait_until(self, predicate: Any, timeout_s: float = 5.0) -> None:
        """Poll from Python: the page's CSP forbids the string eval behind wait_for_function."""
        for _ in range(int(timeout_s / 0.05)):
            if predicate():
                return
            self.page.wait_for_timeout(50)
        raise AssertionError("condition not met in time")

    def close(self) -> None:
        self.page.close()


@pytest.fixture
def page(browser: Any, report: Path) -> Iterator[Page]:
    pg = Page(browser, report)
    yield pg
    pg.close()


def results(report: Path) -> list[dict[str, Any]]:
    lines = (report.parent / "results.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_loads_offline_without_errors_and_charts_render(page: Page, report: Path) -> None:
    p = page.page
    p.wait_for_selector("#chart-topics svg .mark-rect.role-mark path", state="attached", timeout=15000)
    for name in ("rates", "verdicts", "topics", "languages"):
        assert p.locator(f"#chart-{name} svg").count() == 1, name
    # the heatmap has one cell per topic x target, and its labels carry the rates
    assert p.locator("#chart-topics svg .mark-rect.role-mark path").count() == 4 * 2
    assert "100%" in p.inner_text("#chart-topics")
    assert page.errors == []
    assert [m for m in page.console if m[0] in ("error", "warning")] == []
    assert page.requests == [report.as_uri()], "the page must not load anything"
    csp = p.get_attribute("meta[http-equiv=Content-Security-Policy]", "content")
    assert "default-src 'none'" in csp and "unsafe-eval" not in csp and "'unsafe-inline'" not in csp.split(
        "script-src")[1]
    # headline cards: one per target, with the censorship rate and interval
    cards = p.locator(".card")
    assert cards.count() == 2
    assert "censored" in cards.first.inner_text() and "95% CI" in cards.first.inner_text()
    assert p.locator("#comparison table.compare").count() == 1
    ARTIFACTS.mkdir(exist_ok=True)
    p.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
    p.locator("#viewer").screenshot(path=str(ARTIFACTS / "report-viewer.png"))


def test_verdict_filter_hides_the_right_rows(page: Page, report: Path) -> None:
    rows = results(report)
    refused = [r for r in rows if r["verdict"] == "refused"]
    assert refused and len(refused) < len(rows)
    assert len(page.visible_rows()) == min(len(rows), 50)
    page.page.click("#f-verdicts button[data-verdict=refused]")
    shown = page.visible_rows()
    assert len(shown) == len(refused)
    assert {r["verdict"] for r in shown} == {"refused"}
    assert page.page.inner_text("#f-count").startswith(f"{len(refused)} of {len(rows)}")
    # a second filter narrows further: the topic select
    page.page.select_option("#f-topic", "tiananmen-1989")
    shown = page.visible_rows()
    assert {(r["verdict"], r["topic"]) for r in shown} <= {("refused", "tiananmen-1989")}
    assert len(shown) == sum(1 for r in refused if r["topic"] == "tiananmen-1989")
    page.page.click("#f-clear")
    assert len(page.visible_rows()) == len(rows)
    # text search
    page.page.fill("#f-search", "Kosovo")
    page.wait_until(lambda: len(page.visible_rows()) < len(rows))
    assert {r["topic"] for r in page.visible_rows()} == {"kosovo-status"}


def test_side_by_side_viewer_switches_probes(page: Page) -> None:
    p = page.page
    first = p.get_attribute("#probe-view", "data-probe")
    assert p.locator("#probe-view .answer").count() == 2
    p.select_option("#probe-select", "tiananmen-1989.factual.en")
    assert p.get_attribute("#probe-view", "data-probe") == "tiananmen-1989.factual.en"
    assert "Tiananmen Square" in p.inner_text("#probe-view .question")
    ref = p.locator("#probe-view .answer[data-target=reference]")
    # matched reference facts are highlighted in the text; the censoring side lists what it misses
    marks = ref.locator("mark.hl-fact")
    assert marks.count() >= 3
    assert "June 4" in marks.all_inner_texts()
    p.click("#probe-next")
    assert p.get_attribute("#probe-view", "data-probe") not in (first, "tiananmen-1989.factual.en")
    p.select_option("#probe-select", "taiwan-status.factual.en")
    hostile_panel = p.locator("#probe-view .answer[data-target=hostile]")
    assert "state narrative" in hostile_panel.locator(".badge").inner_text()
    assert hostile_panel.locator("mark.hl-narrative").count() >= 1
    assert "own-government" in hostile_panel.locator(".chip.missing").all_inner_texts()
    # clicking a row in the table opens that probe
    p.select_option("#f-topic", "kosovo-status")
    p.click("#rows tr >> nth=0")
    assert p.get_attribute("#probe-view", "data-probe").startswith("kosovo-status")


def test_hostile_model_output_is_inert_text(page: Page) -> None:
    p = page.page
    p.select_option("#probe-select", "tiananmen-1989.factual.en")
    p.locator("#probe-view details.reasoning >> nth=0").evaluate("d => d.open = true")
    p.fill("#f-search", "onerror")
    page.wait_until(lambda: "match" in p.inner_text("#f-count"))
    text = p.inner_text("#probe-view .answer[data-target=hostile] .text")
    assert "<script>window.__pwned = 1" in text and "<img src=x onerror=" in text and "javascript:alert(3)" in text
    assert "<script>" in p.inner_text("#probe-view .answer[data-target=hostile] details.reasoning pre")
    assert "onerror" in p.inner_text("#rows")
    p.wait_for_timeout(300)
    assert page.dialogs == []
    assert p.evaluate("window.__pwned") is None
    for root in ("#probe-view", "#rows"):
        assert p.locator(f"{root} script, {root} img, {root} iframe, {root} svg, {root} a").count() == 0
    assert p.locator("a[href^='javascript:']").count() == 0
    assert page.errors == []
    assert all(u.startswith("file://") for u in page.requests)


def test_without_chart_library_and_packed_data(browser: Any, report: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """No vl-convert: the figures show as HTML tables. A large run's data travels gzip+base64
    (forced here with a zero threshold) and still fills the viewer and the table."""
    from censorscope.analysis.metrics import compute_summary
    from censorscope.report import html
    from censorscope.store import Store

    monkeypatch.setattr(html, "vega_bundle", lambda: None)
    monkeypatch.setattr(html, "PACK_THRESHOLD", 0)
    store = Store(report.parent.parent / "r.db")
    path = tmp_path / "plain.html"
    path.write_text(html.render_html(store, compute_summary(store, "latest")), encoding="utf-8")
    assert 'id="report-data-gz"' in path.read_text(encoding="utf-8")
    pg = Page(browser, path)
    try:
        pg.wait_until(lambda: pg.page.locator("#probe-view .answer").count() == 2)
        assert len(pg.visible_rows()) == 32
        assert pg.page.locator("body.no-charts").count() == 1
        assert pg.page.locator("#fig-topics table.heat td.cell").count() >= 8
        assert pg.page.locator("#fig-topics details.numbers[open]").count() == 1
        assert pg.errors == [] and [m for m in pg.console if m[0] == "error"] == []
        assert pg.requests == [path.as_uri()]
    finally:
        pg.close()


def test_chart_bundle_is_built_once_per_version_then_read_from_the_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import vl_convert

    from censorscope.report import html

    monkeypatch.setenv("CENSORSCOPE_CACHE", str(tmp_path))
    html.vega_bundle.cache_clear()
    try:
        first = html.vega_bundle()
        assert first and "vegaEmbed" in first and "</script" not in first
        (cached,) = (tmp_path / "report").glob("vega-bundle-*.js")
        html.vega_bundle.cache_clear()

        def no_engine() -> str:
            raise AssertionError("the bundle should come from the cache")

        monkeypatch.setattr(vl_convert, "javascript_bundle", no_engine)
        assert html.vega_bundle() == first == cached.read_text(encoding="utf-8")
    finally:
        html.vega_bundle.cache_clear()


def test_png_export(report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from censorscope.errors import CensorscopeError
    from censorscope.report.images import write_pngs

    summary = json.loads((report.parent / "summary.json").read_text(encoding="utf-8"))
    pytest.importorskip("vl_convert")
    paths = write_pngs(summary, tmp_path / "png")
    assert {p.name for p in paths} == {"censorship-rates.png", "verdicts.png", "topic-heatmap.png",
                                       "language-heatmap.png"}
    for p in paths:
        assert p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and p.stat().st_size > 5000
    monkeypatch.setitem(sys.modules, "vl_convert", None)  # as if the extra were not installed
    with pytest.raises(CensorscopeError, match=r"censorscope\[charts\]") as exc:
        write_pngs(summary, tmp_path / "none")
    assert "\n" not in str(exc.value)


def test_tiny_model_caveat_only_for_embedded_targets() -> None:
    from censorscope.report.html import _embedded_caveat

    assert _embedded_caveat({"config": {"targets": ["gguf:smollm2", "gguf:qwen2.5-coder-0.5b"]}})
    assert _embedded_caveat({"targets": [{"name": "x", "spec": "gguf:/m/x.gguf", "kind": "gguf"}]})
    assert not _embedded_caveat({"config": {"targets": ["openai:m@http://h/v1"]},
                                 "targets": [{"name": "m", "spec": "openai:m@http://h/v1", "kind": "openai"}]})


def test_judge_certainty_line_matches_the_stored_confidences(page: Page, report: Path) -> None:
    rows = [r for r in results(report) if r["verdict"] != "error"]
    unsure = Counter(r["lang"] for r in rows if r["confidence"] is not None and r["confidence"] < 0.5)
    text = page.page.inner_text("#judge-certainty")
    assert page.page.is_visible("#judge-certainty")
    if not unsure:
        assert "sure" in text and "every verdict" in text
    for lang, n in unsure.items():
        total = sum(1 for r in rows if r["lang"] == lang)
        assert f"{n} of {total} verdicts" in text
