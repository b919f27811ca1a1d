"""The `region` fixture: a centre and its offices in a test's own folder (sync_region.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_region import Region


@pytest.fixture
def region(tmp_path: Path) -> Iterator[Region]:
    made = Region(tmp_path)
    yield made
    made.close()
