"""The frozen program: build time, size, and start time. Run on demand, never collected by pytest:

    .venv/bin/python tests/perf/bench_frozen.py [--folder dist/kelisim] [--cases 1000]

Without --folder it builds the program first (installer/build.py into a temporary folder) and
measures that; with it, it measures a folder built before. Then, on Qt's offscreen platform:
- `kelisim --show-and-exit` on a sample office: the whole process, from start to the main
  window shown and closed, run several times (the first run after the build is reported apart:
  the disk cache is cold for it);
- `kelisim-cli --self-test`, the same way;
- `kelisim-cli --version`: the frozen interpreter's own start, for comparison.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_register import Row, _table, _verdict

ROOT = Path(__file__).resolve().parents[2]
SUFFIX = ".exe" if sys.platform == "win32" else ""
RUNS = 7
START_TARGET_S = 2.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", type=Path, help="a built dist/kelisim (else build one)")
    parser.add_argument("--cases", type=int, default=1000, help="cases in the sample office")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kelisim-bench-frozen-") as name:
        scratch = Path(name)
        rows: list[Row] = []
        folder = args.folder
        if folder is None:
            folder, build_rows = _build(scratch)
            rows += build_rows
        rows += _size_rows(folder)
        rows += _run_rows(folder.resolve(), scratch, args.cases)
    print(_table(rows))
    return 0


def _build(scratch: Path) -> tuple[Path, list[Row]]:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, str(ROOT / "installer" / "build.py"), "--dist",
                             str(scratch / "dist"), "--work", str(scratch / "work")],
                            check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    rows = [Row("build (translations, PyInstaller, package)", f"{seconds:.0f} s",
                note=f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores")]
    package = re.search(r"package\s+(\S+)\s+([\d.]+ MB)", result.stdout)
    if package:
        rows.append(Row("package", package.group(2), note=Path(package.group(1)).name))
    return scratch / "dist" / "kelisim", rows


def _size_rows(folder: Path) -> list[Row]:
    seen: set[tuple[int, int]] = set()
    size = files = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        stat = path.stat()
        if (stat.st_dev, stat.st_ino) in seen:
            continue
        seen.add((stat.st_dev, stat.st_ino))
        size += stat.st_size
        files += 1
    return [Row("folder size", f"{size / 1e6:.1f} MB", note=f"{files} files")]


CPU: list[float] = []  # CPU time (user + system) of each run timed, in order


def _timed(command: list[str], env: dict[str, str]) -> float:
    """Wall time of the process; its CPU time goes to CPU (less moved by a busy machine)."""
    before = os.times()
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = os.times()
    CPU.append(after.children_user - before.children_user
               + after.children_system - before.children_system)
    return wall


def _series(command: list[str], env: dict[str, str]) -> tuple[float, list[float]]:
    """The first (cold) run, then RUNS more."""
    first = _timed(command, env)
    return first, [_timed(command, env) for _ in range(RUNS)]


def _run_rows(folder: Path, scratch: Path, cases: int) -> list[Row]:
    gui, cli = str(folder / f"kelisim{SUFFIX}"), str(folder / f"kelisim-cli{SUFFIX}")
    office = scratch / "office"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(scratch / "config"),
               APPDATA=str(scratch / "config"))
    (scratch / "config" / "Kelisim").mkdir(parents=True)
    (scratch / "config" / "Kelisim" / "Kelisim.ini").write_text("[ui]\nlanguage=kk\n")
    first_window = _timed([gui, "--data-dir", str(office), "--show-and-exit"], env)  # an empty
    # folder: its database is made and migrated on this start; then a sample office is added
    subprocess.run([cli, "--data-dir", str(office), "demo", "--cases", str(cases)], check=True,
                   stdout=subprocess.DEVNULL, env=env)
    _, windows = _series([gui, "--data-dir", str(office), "--show-and-exit"], env)
    window_cpu = statistics.median(CPU[-RUNS:])
    cold_test, tests = _series([cli, "--self-test"], env)
    _, versions = _series([cli, "--version"], env)
    median = statistics.median(windows)
    return [
        Row("start to main window shown, median", f"{median:.2f} s", f"<= {START_TARGET_S} s",
            _verdict(median <= START_TARGET_S)),
        Row("  fastest / slowest", f"{min(windows):.2f} / {max(windows):.2f} s",
            note=f"{RUNS} runs, offscreen, Kazakh, {cases:,} cases"),
        Row("  CPU time of a start (user + system), median", f"{window_cpu:.2f} s",
            note=f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"),
        Row("  first start on a new data folder", f"{first_window:.2f} s",
            note="database made and migrated"),
        Row("kelisim-cli --self-test, median", f"{statistics.median(tests):.2f} s",
            note=f"first run {cold_test:.2f} s"),
        Row("kelisim-cli --version, median", f"{statistics.median(versions):.2f} s",
            note="the frozen interpreter's start alone"),
    ]


if __name__ == "__main__":
    sys.exit(main())
