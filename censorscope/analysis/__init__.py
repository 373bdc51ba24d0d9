"""Analysis: metrics, intervals, paired tests and comparisons."""

from censorscope.analysis.metrics import compute_summary
from censorscope.analysis.stats import mcnemar_exact, wilson

__all__ = ["compute_summary", "mcnemar_exact", "wilson"]
