"""Version vectors: which site's changes a version of a synced row contains.

A row's version is a map {site code: counter}: each site that changed the row, and the counter
of its latest change. One version contains another when no counter is lower; two versions that
do not contain each other were made in two places without either seeing the other, which is a
conflict that a person decides.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

Clock = Mapping[str, int]


class Order(StrEnum):
    SAME = "same"
    NEWER = "newer"  # the incoming version contains the current one and more
    OLDER = "older"  # the current version already contains the incoming one
    CONCURRENT = "concurrent"


def compare(incoming: Clock, current: Clock) -> Order:
    sites = incoming.keys() | current.keys()
    ahead = any(incoming.get(s, 0) > current.get(s, 0) for s in sites)
    behind = any(incoming.get(s, 0) < current.get(s, 0) for s in sites)
    if ahead and behind:
        return Order.CONCURRENT
    if ahead:
        return Order.NEWER
    return Order.OLDER if behind else Order.SAME


def merge(*clocks: Clock) -> dict[str, int]:
    """The smallest version that contains all the given ones."""
    merged: dict[str, int] = {}
    for clock in clocks:
        for site, counter in clock.items():
            merged[site] = max(merged.get(site, 0), counter)
    return merged


def based_on(clock: Clock, site: str) -> dict[str, int]:
    """What a change made at `site` was based on: every other site's counter it had seen."""
    return {s: c for s, c in clock.items() if s != site}
