"""Start the window: Qt application, language, type size, error hook, then the register."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import open_app
from desktop.config import APP_NAME
from desktop.ui import errors
from desktop.ui.i18n import Translator
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences, apply_font_size


def qt_application(argv: list[str] | None = None) -> QApplication:
    qt = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    qt.setApplicationName(APP_NAME)
    qt.setOrganizationName(APP_NAME)
    return qt


def start(folder: Path, preferences: Preferences, translator: Translator,
          interactive: bool = True) -> MainWindow | None:
    """Open the data folder and show the main window; None (after saying why) if it cannot."""
    kelisim = None
    try:
        kelisim = open_app(folder)
        # The window reads the register at once: a file damaged past its header fails here.
        window = MainWindow(kelisim, preferences, translator)
    except Exception as error:  # a refusal (newer schema, damaged file) or an unusable folder
        if kelisim is not None:
            kelisim.close()
        # A window that failed half-way is kept alive by its own signal connections; unless it
        # goes now, its list asks the closed database for rows while the message is up.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        errors.show_startup_failure(folder, error, interactive)
        return None
    window.show()
    return window


def run(folder: Path, show_and_exit: bool = False, import_bundle: Path | None = None) -> int:
    if _no_screen():
        print("kelisim: there is no screen to show the window on (no DISPLAY or "
              "WAYLAND_DISPLAY). Run it in a desktop session, use the commands "
              "(kelisim --help), or check the start with QT_QPA_PLATFORM=offscreen.",
              file=sys.stderr)
        return 1
    qt = qt_application()
    preferences = Preferences()
    translator = Translator(qt)
    translator.switch(preferences.language)
    apply_font_size(qt, preferences.font_size)
    errors.install(folder)
    window = start(folder, preferences, translator, interactive=not show_and_exit)
    if window is None:
        return 1
    if import_bundle is not None:  # a .kelisim file opened from the file manager
        QTimer.singleShot(0, lambda: window.import_bundle(import_bundle))
    if show_and_exit:  # a start-up check (installer, benchmark): leave once the window is up
        QTimer.singleShot(0, window.close)
    return qt.exec()


def _no_screen() -> bool:
    """On Linux without a display Qt would abort the process (a core dump) instead of saying so."""
    return sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
