"""How fast are sync bundles? Run on demand, never collected by pytest:

    .venv/bin/python tests/perf/bench_sync.py [--offices 77] [--cases 100000] [--keep DIR]

Builds a region in a temporary folder: a centre, and --offices enrolled offices that share
--cases demo cases between them, each exporting its first bundle. Then measures, through the
same service the window and the CLI use:
- the export of an office with 10,000 changed cases (median of three, in process);
- the size of a bundle per case;
- the centre importing every office's bundle from one folder, in a child process so that its
  peak memory is its own.
Prints one aligned table with the targets beside the figures.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_register import Row, _table, _verdict

from desktop.app import open_app

EXPORT_CASES = 10_000
EXPORT_TARGET_S = 3.0
IMPORT_TARGET_S = 30.0
MEMORY_TARGET_MB = 500.0

_IMPORT = """
import json, resource, sys, time
from pathlib import Path
from desktop.app import open_app
app = open_app(Path(sys.argv[1]))
started, cpu = time.perf_counter(), time.process_time()
reports = app.sync().import_paths([Path(sys.argv[2])])
elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
cases = app.cases.count(__import__("desktop.core.register", fromlist=["CaseQuery"]).CaseQuery())
app.close()
# VmHWM: this process's own peak; ru_maxrss on Linux keeps the parent's from before exec.
status = Path("/proc/self/status")
peak = (int(next(l.split()[1] for l in status.read_text().splitlines() if l.startswith("VmHWM")))
        if status.exists() else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
print(json.dumps({"seconds": elapsed, "cpu": cpu, "peak_kb": peak,
                  "applied": sum(r.status == "applied" for r in reports),
                  "files": len(reports), "cases": cases}))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offices", type=int, default=77)
    parser.add_argument("--cases", type=int, default=100_000, help="in all the offices")
    parser.add_argument("--keep", help="build the region in this folder and keep it")
    args = parser.parse_args(argv)
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kelisim-sync-"))
    try:
        print(_table(run(root, args.offices, args.cases)))
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


def run(root: Path, offices: int, cases: int) -> list[Row]:
    centre = open_app(root / "centre")
    centre.sync().init_centre("Қарағанды өңірлік медиация орталығы")
    inbox = root / "inbox"
    started = time.perf_counter()
    for n in range(offices):
        share = cases // offices + (1 if n < cases % offices else 0)
        _office(centre, root, f"KRG{n + 1:02d}", share, n, inbox)
    built = time.perf_counter() - started
    centre.close()

    export_seconds, per_case = _export_measure(root)
    bundle_bytes = sum(p.stat().st_size for p in inbox.iterdir())
    child = subprocess.run([sys.executable, "-c", _IMPORT, str(root / "centre"), str(inbox)],
                           capture_output=True, text=True, check=True)
    result = json.loads(child.stdout.strip().splitlines()[-1])
    peak_mb = result["peak_kb"] / 1024
    return [
        Row("region built (demo + first bundles)", f"{built:.1f} s", "",
            f"{offices} offices, {cases:,} cases"),
        Row(f"export of {EXPORT_CASES:,} changed cases", f"{export_seconds:.2f} s",
            f"<= {EXPORT_TARGET_S:.0f} s", _verdict(export_seconds <= EXPORT_TARGET_S)),
        Row("bundle size per case", f"{per_case:,.0f} B", "", "parties, sessions, terms in it"),
        Row(f"{offices} bundles, in all", f"{bundle_bytes / 2**20:.1f} MB"),
        Row(f"centre imports {result['files']} bundles", f"{result['seconds']:.1f} s",
            f"<= {IMPORT_TARGET_S:.0f} s", _verdict(result["seconds"] <= IMPORT_TARGET_S)),
        Row("  of it on the processor", f"{result['cpu']:.1f} s", "",
            "less than the above: waiting for the disk, or for other programs"),
        Row("  cases at the centre after it", f"{result['cases']:,}", "",
            "ok" if result["cases"] == cases and result["applied"] == offices else "MISSING"),
        Row("  peak memory of the import", f"{peak_mb:.0f} MB", f"<= {MEMORY_TARGET_MB:.0f} MB",
            _verdict(peak_mb <= MEMORY_TARGET_MB)),
    ]


def _office(centre, root: Path, code: str, cases: int, seed: int, inbox: Path) -> None:
    setup = root / "setup" / f"{code}.json"
    centre.sync().add_office(code, f"{code} медиация кабинеті", f"Кабинет медиации {code}",
                             setup)
    office = open_app(root / code)
    try:
        office.sync().join(setup)
        office.demo().generate(cases, seed=seed)
        office.sync().export(inbox)
    finally:
        office.close()


def _export_measure(root: Path) -> tuple[float, float]:
    """An office of EXPORT_CASES cases exports them all (the first export: all changed)."""
    centre = open_app(root / "centre")
    setup = root / "setup" / "BIG.json"
    centre.sync().add_office("BIG", "Үлкен кабинет", "Большой кабинет", setup)
    centre.close()
    office = open_app(root / "BIG")
    try:
        office.sync().join(setup)
        office.demo().generate(EXPORT_CASES, seed=99)
        times, sizes = [], []
        for trip in range(3):
            out = root / f"export-{trip}"
            started = time.perf_counter()
            # A full export carries everything, as the first export after the demo would.
            path = office.sync().export(out, full=True).path
            times.append(time.perf_counter() - started)
            sizes.append(path.stat().st_size)
        return statistics.median(times), statistics.median(sizes) / EXPORT_CASES
    finally:
        office.close()


if __name__ == "__main__":
    sys.exit(main())
