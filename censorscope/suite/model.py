"""Typed Suite, Topic and Probe: the instrument every run is measured with."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from censorscope.text.normalize import fold

STYLES = ("factual", "analytical", "evaluative", "creative", "euphemism", "indirect")
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$"


class Marker(BaseModel):
    """A reference fact or a narrative marker: keyword/regex alternatives per language."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=ID_PATTERN)
    alternatives: dict[str, tuple[str, ...]]
    _compiled: dict[str, list[re.Pattern[str]]] = PrivateAttr(default_factory=dict)

    def patterns(self, lang: str) -> list[re.Pattern[str]]:
        """Compiled once per language: judging thousands of responses reuses them."""
        pats = self._compiled.get(lang)
        if pats is None:
            pats = self._compiled[lang] = compile_alternatives(self.alternatives.get(lang, ()))
        return pats


def compile_alternatives(alternatives: tuple[str, ...] | list[str]) -> list[re.Pattern[str]]:
    """Plain alternatives match as case-insensitive substrings; `re:` ones as regexes. Both are folded
    (`censorscope.text.fold`) like the text they are matched against."""
    out = []
    for alt in alternatives:
        if alt.startswith("re:"):
            out.append(re.compile(fold(alt[3:]), re.IGNORECASE))
        else:
            out.append(re.compile(re.escape(fold(alt)), re.IGNORECASE))
    return out


class Topic(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=ID_PATTERN)
    title: str
    kind: Literal["sensitive", "control"] = "sensitive"
    facts: tuple[Marker, ...] = ()
    narrative: tuple[Marker, ...] = ()


class Probe(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=ID_PATTERN)
    topic: str
    lang: str
    style: str = "factual"
    text: str = Field(min_length=1)
    control: str | None = None


class Suite(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    version: str = "0"
    description: str = ""
    topics: tuple[Topic, ...] = ()
    probes: tuple[Probe, ...] = ()
    subsets: dict[str, tuple[str, ...]] = {}
    content_hash: str = ""
    source: str = ""

    @cached_property
    def topic_by_id(self) -> dict[str, Topic]:
        return {t.id: t for t in self.topics}

    @cached_property
    def probe_by_id(self) -> dict[str, Probe]:
        return {p.id: p for p in self.probes}

    def select(self, *, langs: list[str] | None = None, topics: list[str] | None = None,
               styles: list[str] | None = None, subset: str | None = None,
               with_controls: bool = True) -> list[Probe]:
        """Filter probes; matched controls of selected probes come along so asymmetry stays measurable."""
        probes = list(self.probes)
        if subset:
            ids = set(self.subsets[subset])
            probes = [p for p in probes if p.id in ids]
        if langs:
            probes = [p for p in probes if p.lang in langs]
        if styles:
            probes = [p for p in probes if p.style in styles]
        if topics:
            probes = [p for p in probes if p.topic in topics]
        if with_controls:
            chosen = {p.id for p in probes}
            extra = [self.probe_by_id[p.control] for p in probes
                     if p.control and p.control not in chosen and p.control in self.probe_by_id]
            seen: set[str] = set()
            for p in extra:
                if p.id not in seen:
                    seen.add(p.id)
                    probes.append(p)
        return probes
