"""Intervals and paired tests used by the metrics."""

from __future__ import annotations

import math

Z95 = 1.959963984540054


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """95% Wilson score interval for k successes out of n (behaves at 0 and n, unlike Wald)."""
    if n <= 0:
        return (0.0, 1.0)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def mcnemar_exact(b: int, c: int) -> float:
    """Two-sided exact McNemar p-value: a binomial test on the discordant pairs b and c."""
    if b + c == 0:
        return 1.0
    from scipy.special import bdtr  # the binomial CDF; scipy.stats would cost 0.5 s of import

    return float(min(1.0, 2.0 * bdtr(min(b, c), b + c, 0.5)))


def paired_effect(b: int, c: int, n_pairs: int) -> float:
    """Difference in censorship rate explained by discordant pairs: (b - c) / pairs."""
    return (b - c) / n_pairs if n_pairs else 0.0


def newcombe_paired_diff(b: int, c: int, n: int) -> tuple[float, float]:
    """Approximate 95% interval for a paired difference of proportions (Wald on discordant pairs,
    clipped): good enough to show uncertainty next to the asymmetry figure."""
    if n == 0:
        return (-1.0, 1.0)
    d = (b - c) / n
    var = ((b + c) - (b - c) ** 2 / n) / (n * n)
    half = Z95 * math.sqrt(max(var, 0.0)) + 1 / n
    return (max(-1.0, d - half), min(1.0, d + half))
