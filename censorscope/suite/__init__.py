"""Suites: versioned sets of topics and probes."""

from censorscope.suite.loader import bundled_suites, load_suite
from censorscope.suite.model import STYLES, Marker, Probe, Suite, Topic

DEFAULT_SUITE = "prc"

__all__ = ["DEFAULT_SUITE", "STYLES", "Marker", "Probe", "Suite", "Topic", "bundled_suites", "load_suite"]
