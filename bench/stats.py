"""Summaries of repeated measurements."""

import math
import statistics


def percentile(values, fraction):
    """The nearest-rank percentile: the smallest value with at least ``fraction`` of the values at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def median(values):
    return statistics.median(values)


def value_range(values):
    """ "12" when every value is 12, "11-13" when they vary."""
    low, high = min(values), max(values)
    return str(low) if low == high else f"{low}-{high}"
