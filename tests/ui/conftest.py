"""GUI tests run on Qt's offscreen platform, with preferences in a temporary INI file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from desktop.ui.i18n import Translator
from desktop.ui.preferences import Preferences, apply_font_size


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    """Preferences of a user who never ran Kelisim: English, normal type."""
    settings = QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat)
    prefs = Preferences(settings)
    prefs.language = "en"
    return prefs


@pytest.fixture
def translator(qapp) -> Iterator[Translator]:
    translator = Translator(qapp)
    translator.switch("en")
    yield translator
    translator.switch("en")  # the next test starts in English again
    apply_font_size(qapp, "normal")


@pytest.fixture(autouse=True)
def tidy_widgets(qapp) -> Iterator[None]:
    """After each test, deferred deletions run and Python's collector frees what the test left,
    here, between tests: not at some later moment inside another test's event loop, where a
    wrapper freed mid-dispatch has crashed the suite (seen once in about ten runs)."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
