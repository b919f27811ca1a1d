"""How fast are the documents? Run on demand, never collected by pytest:

    .venv/bin/python tests/perf/bench_documents.py [--runs 30]

Fills a temporary office with 1,000 demo cases through DemoService, then times what a clerk
waits for, through the same service the window and the CLI use (the case read from SQLite, the
PDF drawn): a two-page settlement agreement (its median over --runs, after one warm-up that
loads the fonts), the same agreement in Kazakh and Russian side by side, and the office journal
of all 1,000 cases. Prints one aligned table with the targets beside the figures.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_register import Row, _peak_rss_mb, _table, _verdict
from pypdf import PdfReader

from desktop.app import open_app
from desktop.core.case import SETTLING_OUTCOMES
from desktop.core.register import CaseQuery
from desktop.documents.material import Kind

CASES = 1_000
SETTLEMENT_TARGET_MS = 80.0
JOURNAL_TARGET_S = 5.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        app = open_app(Path(folder) / "office")
        try:
            started = time.perf_counter()
            app.demo().generate(CASES, seed=7)
            generated = time.perf_counter() - started
            print(_table(_measure(app, args.runs, generated)))
        finally:
            app.close()
    return 0


def _measure(app, runs: int, generated: float) -> list[Row]:
    documents = app.documents()
    settled = [s.id for s in app.cases.iter_summaries(app.cases.ids(CaseQuery()))
               if s.outcome in SETTLING_OUTCOMES]
    # The first paper in a process also imports ReportLab and reads the fonts.
    first = _seconds(lambda: documents.case_document(Kind.SETTLEMENT, settled[0], "ru"))
    case_id, pages = _two_page_settlement(documents, settled)
    single = _median(runs, lambda: documents.case_document(Kind.SETTLEMENT, case_id, "ru"))
    both = _median(runs, lambda: documents.case_document(Kind.SETTLEMENT, case_id, "kk+ru"))
    years = [s.reg_date for s in app.cases.iter_summaries(app.cases.ids(CaseQuery()))]
    period = (min(years), max(years))
    journal = documents.journal(*period, "kk")
    journal_pages = len(PdfReader(io.BytesIO(journal)).pages)
    journal_s = _median(3, lambda: documents.journal(*period, "kk"))
    journal_both_s = _median(3, lambda: documents.journal(*period, "kk+ru"))
    return [
        Row("demo office", f"{CASES:,} cases", "", f"generated in {generated:.1f} s"),
        Row("settlement agreement, ru: median", f"{single * 1000:.1f} ms",
            f"<= {SETTLEMENT_TARGET_MS:.0f} ms", _verdict(single * 1000 <= SETTLEMENT_TARGET_MS)),
        Row("  pages / first paper in the process", f"{pages} / {first * 1000:.0f} ms", "",
            "read from SQLite and drawn; the first also imports ReportLab, reads the fonts"),
        Row("settlement agreement, kk+ru: median", f"{both * 1000:.1f} ms",
            f"<= {SETTLEMENT_TARGET_MS:.0f} ms", _verdict(both * 1000 <= SETTLEMENT_TARGET_MS)),
        Row(f"office journal, {CASES:,} cases, kk: median", f"{journal_s:.2f} s",
            f"<= {JOURNAL_TARGET_S:.0f} s", _verdict(journal_s <= JOURNAL_TARGET_S)),
        Row("  pages / size", f"{journal_pages} / {len(journal) / 2**20:.1f} MB", "",
            f"period {period[0]:%d.%m.%Y}-{period[1]:%d.%m.%Y}"),
        Row(f"office journal, {CASES:,} cases, kk+ru: median", f"{journal_both_s:.2f} s",
            f"<= {JOURNAL_TARGET_S:.0f} s", _verdict(journal_both_s <= JOURNAL_TARGET_S)),
        Row("peak RSS, whole benchmark", f"{_peak_rss_mb():.0f} MB"),
    ]


def _two_page_settlement(documents, settled: list) -> tuple[object, int]:
    """A settled demo case whose Russian agreement takes two pages (the usual length)."""
    for case_id in settled:
        pdf = documents.case_document(Kind.SETTLEMENT, case_id, "ru").pdf
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        if pages == 2:
            return case_id, pages
    raise SystemExit("no settled demo case fills two pages")


def _seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _median(runs: int, action: Callable[[], object]) -> float:
    return statistics.median(_seconds(action) for _ in range(runs))


if __name__ == "__main__":
    sys.exit(main())
