"""An import killed at any moment leaves all of the bundle or none of it.

A child process (the repository's code, run by `python -c`) imports a real bundle of thousands
of cases into a copy of the centre's data folder, and is killed (SIGKILL: no clean-up, no
rollback of its own) after a seeded delay. One traced run first measures the import: when the
records begin to be written and when they are written, so that the kills fall before, during
and after that. After each kill the database passes integrity_check, holds the office's cases
all or not at all (counted, and compared row by row with the office's register), has the bundle
in its ledger exactly when it holds them, and a normal import of the same file then applies it
whole, or says it was applied already.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sync_region import Region

from desktop.app import open_app

OFFICE_CASES = 2500
REPO = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys, time
from pathlib import Path

from desktop.app import open_app
from desktop.store import changes

folder, bundle, traced = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] == "trace"
app = open_app(folder)
if traced:
    write = changes.apply_records

    def apply_records(*args, **kwargs):
        print("writing", time.perf_counter(), flush=True)
        try:
            return write(*args, **kwargs)
        finally:
            print("written", time.perf_counter(), flush=True)

    changes.apply_records = apply_records
print("ready", time.perf_counter(), flush=True)
[report] = app.sync().import_paths([bundle])
print("done", time.perf_counter(), report.status, flush=True)
app.close()
"""




@dataclass
class Scene:
    region: Any
    bundle: Path
    sequence: int
    before: dict[str, set[tuple]]  # the centre's copy of KRG01's register, before the bundle
    after: dict[str, set[tuple]]  # KRG01's register: what the centre holds once it is applied
    cases_before: int
    runs: Path

    def copy_of_centre(self, name: str) -> Path:
        """The centre's data folder as it is, through SQLite's backup API."""
        folder = self.runs / name
        folder.mkdir(parents=True)
        source = sqlite3.connect(self.region.centre.db.path)
        target = sqlite3.connect(folder / self.region.centre.db.path.name)
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()
        return folder


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scene]:
    root = tmp_path_factory.mktemp("killed")
    region = Region(root / "region")
    try:
        office = region.enrol("KRG01")
        office.demo().generate(10, seed=51)
        region.round_trip("KRG01")
        office.demo().generate(OFFICE_CASES, seed=52)
        bundle = region.export("KRG01")
        sequence = region.centre.sync().inspect(bundle)["sequence"]
        yield Scene(region, bundle, sequence, region.content("CENTRE", "KRG01"),
                    region.content("KRG01", "KRG01"), _cases(region.centre.db.path),
                    root / "runs")
    finally:
        region.close()


def _cases(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT count(*) FROM cases WHERE office_code = 'KRG01'").fetchone()[0]
    finally:
        connection.close()


def _start(folder: Path, bundle: Path, mode: str) -> tuple[subprocess.Popen, float]:
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(folder), str(bundle), mode],
                             cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    line = child.stdout.readline().split()
    assert line and line[0] == "ready", (line, child.stderr.read() if not line else "")
    return child, float(line[1])


def _measure(scene: Scene) -> dict[str, float]:
    """Seconds from the start of the import to writing, written and done."""
    child, ready = _start(scene.copy_of_centre("measure"), scene.bundle, "trace")
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    marks = {line.split()[0]: float(line.split()[1]) - ready for line in out.splitlines()}
    assert out.split()[-1] == "applied", out
    assert 0 < marks["writing"] < marks["written"] <= marks["done"], marks
    return marks


def _state(path: Path, sequence: int) -> tuple[str, int, str | None]:
    connection = sqlite3.connect(path)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        cases = connection.execute(
            "SELECT count(*) FROM cases WHERE office_code = 'KRG01'").fetchone()[0]
        ledger = connection.execute(
            "SELECT status FROM sync_ledger WHERE origin = 'KRG01' AND sequence = ?",
            (sequence,)).fetchone()
        return integrity, cases, None if ledger is None else ledger[0]
    finally:
        connection.close()


def test_an_import_killed_at_any_moment_leaves_all_of_the_bundle_or_none(scene):
    marks = _measure(scene)
    writing, done = marks["writing"], marks["done"]
    quarter = (done - writing) / 4
    rng = random.Random(20260303)
    # Before anything is written; four times while the records are written and committed
    # (each in a quarter of that span); and once the child has said the import is done.
    delays = [rng.uniform(0, writing / 2),
              *(rng.uniform(writing + i * quarter, writing + (i + 1) * quarter)
                for i in range(4)), None]
    seen = []
    for run, delay in enumerate(delays):
        folder = scene.copy_of_centre(f"run{run}")
        child, _ = _start(folder, scene.bundle, "plain")
        if delay is None:
            assert child.stdout.readline().split()[0] == "done"
        else:
            time.sleep(delay)
        child.kill()  # SIGKILL: the process gets no chance to clean up
        child.communicate(timeout=60)
        database = folder / scene.region.centre.db.path.name

        integrity, cases, ledger = _state(database, scene.sequence)
        assert integrity == "ok", (run, delay, integrity)
        applied = cases != scene.cases_before
        assert cases in (scene.cases_before, scene.cases_before + OFFICE_CASES), (run, cases)
        assert (ledger == "applied") == applied, (run, delay, cases, ledger)
        seen.append((delay, "all" if applied else "none"))

        name = f"RUN{run}"
        app = scene.region.apps[name] = open_app(folder)
        try:
            assert scene.region.content(name, "KRG01") == (
                scene.after if applied else scene.before), (run, delay)
            [again] = app.sync().import_paths([scene.bundle])
            assert again.status == ("already applied" if applied else "applied"), (
                run, delay, again.status, again.reason)
            assert scene.region.content(name, "KRG01") == scene.after, (run, delay)
        finally:
            app.close()
            del scene.region.apps[name]
        assert _state(database, scene.sequence) == ("ok", scene.cases_before + OFFICE_CASES,
                                                    "applied")
    assert seen[0][1] == "none" and seen[-1][1] == "all", (seen, marks)
