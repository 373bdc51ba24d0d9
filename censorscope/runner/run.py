"""Drive probes through targets, judge each response, and commit it as it arrives."""

from __future__ import annotations

import asyncio
import platform
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from censorscope import __version__
from censorscope.errors import CensorscopeError, InputError
from censorscope.judges.base import Judge, JudgeInput, Verdict
from censorscope.judges.registry import build_judge, combine, parse_judge_spec
from censorscope.runner.config import RunConfig
from censorscope.store.db import FINAL, Store
from censorscope.suite.loader import load_suite
from censorscope.suite.model import Probe, Suite
from censorscope.targets import make_target, parse_target_spec
from censorscope.targets.base import Response, Target

ProgressHook = Callable[[str, int, int], None]  # (event, done, total) for "start:<target>", "step", "end"


@dataclass
class RunOutcome:
    run_id: str
    status: str  # finished | interrupted | failed
    new_responses: int = 0
    skipped: int = 0
    errors: int = 0
    message: str = ""
    per_target: dict[str, int] = field(default_factory=dict)


def select_probes(suite: Suite, config: RunConfig) -> list[Probe]:
    if config.subset and config.subset not in suite.subsets:
        raise InputError(f"suite {suite.name!r} has no subset {config.subset!r} "
                         f"(has: {', '.join(suite.subsets) or 'none'})", field="--subset")
    probes = suite.select(langs=config.langs, topics=config.topics, styles=config.styles, subset=config.subset)
    if config.probe_ids:
        wanted = set(config.probe_ids)
        probes = [p for p in probes if p.id in wanted]
    if not probes:
        raise InputError("the selection matches no probe (check --lang, --topic, --style, --subset)",
                         field="selection")
    return probes


def build_manifest(config: RunConfig, suite: Suite, probes: list[Probe]) -> dict[str, Any]:
    return {
        "censorscope_version": __version__,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "suite": {"name": suite.name, "version": suite.version, "content_hash": suite.content_hash,
                  "source": suite.source},
        "config": config.public(),
        "n_probes": len(probes),
        "samples": config.samples,
        "params": config.params.model_dump(mode="json"),
        "seed": config.params.seed,
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


def _probe_row(probe: Probe, suite: Suite) -> dict[str, Any]:
    topic = suite.topic_by_id.get(probe.topic)
    return {"id": probe.id, "topic": probe.topic, "lang": probe.lang, "style": probe.style,
            "kind": topic.kind if topic else None, "control": probe.control, "text": probe.text}


class Runner:
    """One audit: several targets, one suite selection, N samples, judged and stored."""

    def __init__(self, config: RunConfig, store: Store, *, progress: ProgressHook | None = None,
                 log: Callable[[str], None] | None = None) -> None:
        self.config, self.store = config, store
        self.progress = progress or (lambda *_: None)
        self.log = log or (lambda _msg: None)
        for spec in config.targets:  # a bad spec is an input error now, not a failed run later
            parse_target_spec(spec)
        self.suite = load_suite(config.suite)
        self.probes = select_probes(self.suite, config)
        # LLM judges now (their model or endpoint spec fails before any request); the offline ones in `run`,
        # beside the first requests
        self._judge_parts = parse_judge_spec(config.judge)
        self._prebuilt = {p: build_judge(p) for p in self._judge_parts if p.startswith("llm:")}
        self.judges: list[Judge] = []
        self._judges_ready: asyncio.Future[list[Judge]] | None = None

    def prepare_run(self, resume: str | None = None) -> tuple[str, bool]:
        """Find the run to continue (same command, or --resume) or create a new one."""
        if resume:
            return self.store.get_run(resume)["id"], True
        config_hash = self.config.config_hash(self.suite.content_hash)
        existing = self.store.find_run(config_hash)
        if existing:
            return existing, True
        manifest = build_manifest(self.config, self.suite, self.probes)
        return self.store.create_run(config_hash, manifest), False

    def work(self, target_name: str, done: set[tuple[str, str, int]]) -> Iterator[tuple[Probe, int]]:
        for sample in range(self.config.samples):
            for probe in self.probes:
                if (target_name, probe.id, sample) not in done:
                    yield probe, sample

    def _build_judges(self) -> list[Judge]:
        """Build the judges and load their models (imports, phrase tables, classifier): runs in a thread while
        the first requests are in flight, so a run starts asking at once and the event loop never stalls."""
        judges = [self._prebuilt.get(p) or build_judge(p) for p in self._judge_parts]
        warm_up = JudgeInput(prompt="warm-up", response="warm-up")
        for judge in judges:
            if not judge.is_async:
                judge.judge(warm_up)
        self.judges = judges
        return judges

    async def judge(self, probe: Probe, response: Response) -> dict[str, Verdict]:
        assert self._judges_ready is not None
        judges = await self._judges_ready
        item = JudgeInput(prompt=probe.text, response=response.text, reasoning=response.reasoning,
                          finish_reason=response.finish_reason, error=response.error, lang=probe.lang,
                          topic=self.suite.topic_by_id.get(probe.topic))
        verdicts: dict[str, Verdict] = {}
        for judge in judges:
            verdicts[judge.name] = await judge.ajudge(item) if judge.is_async else judge.judge(item)
        return {**verdicts, FINAL: combine(verdicts)}

    async def run(self, run_id: str) -> RunOutcome:
        outcome = RunOutcome(run_id=run_id, status="running")
        self.store.set_status(run_id, "running")
        targets_manifest: list[dict[str, Any]] = []
        try:
            for judge in self._prebuilt.values():
                await judge.check()
            for spec in self.config.targets:
                target = make_target(spec, api_key_env=self.config.api_key_env, threads=self.config.threads,
                                     chat_format=self.config.chat_format, concurrency=self.config.concurrency)
                try:
                    await target.check()
                    n = await self._run_target(run_id, target, outcome)
                    outcome.per_target[target.name] = n
                    targets_manifest.append(target.manifest())
                finally:
                    await target.aclose()
            outcome.status = "finished"
        except CensorscopeError as exc:  # a target that cannot work at all: stop, keep what is stored
            outcome.status, outcome.message = "failed", str(exc)
        except (asyncio.CancelledError, KeyboardInterrupt):
            outcome.status = "interrupted"
        finally:
            ready = self._judges_ready
            if ready is not None and ready.done() and not ready.cancelled() and ready.exception() is not None:
                outcome.message = outcome.message or f"judges: {ready.exception()}"
            for judge in self.judges or list(self._prebuilt.values()):
                await judge.aclose()
            if targets_manifest:
                prev = self.store.get_run(run_id)["manifest"].get("targets") or []
                merged = {t["name"]: t for t in prev}
                merged.update({t["name"]: t for t in targets_manifest})
                self.store.update_manifest(run_id, targets=list(merged.values()))
            if self.judges:
                self.store.update_manifest(run_id, judges=[j.manifest() for j in self.judges])
            if outcome.status == "finished":
                self.store.update_manifest(run_id, finished_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
            self.store.set_status(run_id, outcome.status)
        return outcome

    async def _run_target(self, run_id: str, target: Target, outcome: RunOutcome) -> int:
        done = self.store.done_keys(run_id)
        total = len(self.probes) * self.config.samples
        already = sum(1 for k in done if k[0] == target.name)
        outcome.skipped += already
        self.progress(f"start:{target.name}", already, total)
        items = self.work(target.name, done)
        params = self.config.params
        counter = {"n": 0}

        async def worker() -> None:
            for probe, sample in items:
                p = params if params.seed is None else params.model_copy(update={"seed": params.seed + sample})
                response = await target.complete(probe.text, p)
                verdicts = await self.judge(probe, response)
                rid = self.store.add_result(run_id, target.name, _probe_row(probe, self.suite), sample,
                                            response, verdicts)
                if rid is not None:
                    counter["n"] += 1
                    outcome.new_responses += 1
                    if response.error:
                        outcome.errors += 1
                self.progress("step", 1, total)

        if self._judges_ready is None:  # after the target's own imports and check: the two would only contend
            self._judges_ready = asyncio.get_running_loop().run_in_executor(None, self._build_judges)
        n_workers = max(1, min(self.config.concurrency, total - already))
        tasks = [asyncio.create_task(worker()) for _ in range(n_workers)]
        try:
            await asyncio.gather(*tasks)
        finally:
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        self.progress("end", counter["n"], total)
        return counter["n"]
