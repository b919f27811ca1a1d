"""How the window feels with a big register. Run on demand, never collected by pytest:

    .venv/bin/python tests/perf/bench_gui.py [--data DIR] [--cases 100000]

Uses the register in DIR (made with `kelisim --data-dir DIR demo --cases N` if it has none), or
builds one in a temporary folder. Measures, on Qt's offscreen platform:
- start to window shown: the whole `kelisim --show-and-exit` process (interpreter start, imports,
  database open, first page of the list, window shown, then closed), run several times;
- typing into the search box: each character typed, to the list re-queried and repainted;
- scrolling the register 10,000 rows down (lazy pages);
- the process's peak memory through all of that.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_register import Row, _ms, _peak_rss_mb, _percentile, _table, _verdict
from PySide6.QtCore import QSettings

from desktop.app import open_app
from desktop.core.register import CaseQuery
from desktop.ui.gui import qt_application
from desktop.ui.i18n import Translator
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences

START_RUNS = 5
START_TARGET_S = 1.5
TYPING_P95_TARGET_MS = 50.0
MEMORY_TARGET_MB = 300.0
# Words people type: surnames (Kazakh and Russian), a case number, an IIN's start, a subject.
TYPED = ("Қасымов", "Петров", "KRG01-2026-01", "9001", "алимент", "Жұмабаев Ерлан", "долг")
SCROLL_ROWS = 10_000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", metavar="DIR", help="a data folder to use (and fill if empty)")
    parser.add_argument("--cases", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kelisim-bench-gui-") as scratch:
        folder = Path(args.data) if args.data else Path(scratch) / "office"
        rows = _fill(folder, args.cases)
        rows += _start_rows(folder, Path(scratch))
        rows += _window_rows(folder, Path(scratch))
    print(_table(rows))
    return 0


def _fill(folder: Path, cases: int) -> list[Row]:
    if (folder / "kelisim.sqlite3").is_file():
        app = open_app(folder)
        count = app.cases.count(CaseQuery())
        app.close()
        return [Row("cases in the register", f"{count:,}", note="existing folder")]
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(folder), "demo",
                    "--cases", str(cases)], check=True, stdout=subprocess.DEVNULL)
    return [Row("cases in the register", f"{cases:,}",
                note=f"demo made in {time.perf_counter() - started:.0f} s")]


def _start_rows(folder: Path, scratch: Path) -> list[Row]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(scratch / "config"))  # preferences of a first start
    times = []
    for _ in range(START_RUNS):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(folder),
                        "--show-and-exit"], check=True, env=env)
        times.append(time.perf_counter() - started)
    best, median, worst = min(times), _percentile(times, 50), max(times)
    return [Row("start to window shown (whole process), median", f"{median:.2f} s",
                f"<= {START_TARGET_S} s", _verdict(median <= START_TARGET_S)),
            Row("  fastest / slowest of runs", f"{best:.2f} / {worst:.2f} s",
                note=f"{START_RUNS} runs, offscreen, first-start preferences")]


def _window_rows(folder: Path, scratch: Path) -> list[Row]:
    qt = qt_application()
    translator = Translator(qt)
    translator.switch("kk")
    preferences = Preferences(QSettings(str(scratch / "prefs.ini"), QSettings.Format.IniFormat))
    preferences.language = "kk"
    started = time.perf_counter()
    window = MainWindow(open_app(folder), preferences, translator)
    window.show()
    qt.processEvents()
    shown_ms = (time.perf_counter() - started) * 1000

    def repaint() -> None:
        qt.processEvents()
        window.table.viewport().repaint()

    keystrokes: list[float] = []
    for text in TYPED:
        for i in range(1, len(text) + 1):
            keystrokes.append(_ms(lambda t=text[:i]: (window.search.setText(t), repaint())))
        keystrokes.append(_ms(lambda: (window.search.clear(), repaint())))  # back to everything
    model = window.model
    scroll = _ms(lambda: _scroll(window, repaint))
    loaded = model.rowCount()
    due = _ms(lambda: (window.tabs.setCurrentIndex(1), repaint()))
    due_note = (f"{window.due.cases.total:,} cases and {window.due.terms.total:,} terms due "
                "or late, first page of each")
    window.close()
    return [
        Row("window built and shown in the process", f"{shown_ms:.0f} ms",
            note="after imports: open database, first page, paint"),
        Row("typing into the search box: p95", f"{_percentile(keystrokes, 95):.1f} ms",
            f"<= {TYPING_P95_TARGET_MS:.0f} ms",
            _verdict(_percentile(keystrokes, 95) <= TYPING_P95_TARGET_MS)),
        Row("  median / slowest keystroke",
            f"{_percentile(keystrokes, 50):.1f} / {max(keystrokes):.1f} ms",
            note=f"{len(keystrokes)} keystrokes, each re-queries and repaints"),
        Row(f"scrolling {loaded:,} rows down, lazy pages", f"{scroll:.0f} ms",
            note=f"{scroll / max(loaded, 1) * 1000:.0f} µs per row"),
        Row("\"Due soon\" page shown", f"{due:.0f} ms", note=due_note),
        Row("peak memory (RSS) of the process", f"{_peak_rss_mb():.0f} MB",
            f"<= {MEMORY_TARGET_MB:.0f} MB", _verdict(_peak_rss_mb() <= MEMORY_TARGET_MB)),
    ]


def _scroll(window: MainWindow, repaint) -> None:
    model, table = window.model, window.table
    while model.rowCount() < SCROLL_ROWS and model.canFetchMore(model.index(-1, -1)):
        table.scrollToBottom()
        repaint()


if __name__ == "__main__":
    sys.exit(main())
