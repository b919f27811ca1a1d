"""The Qt binding itself: a known fault of one PySide6 release would crash the program later."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox


def test_values_through_qt_keep_their_references(qtbot):
    # PySide6 6.12.0 took a reference off None on every empty QVariant it returned; on Python
    # 3.11 None then runs out and the program aborts minutes later ("deallocating None").
    combo = QComboBox()
    qtbot.addWidget(combo)
    before = sys.getrefcount(None)
    for _ in range(1000):
        combo.currentData()
    assert sys.getrefcount(None) >= before - 10, "this PySide6 release leaks: install another"
