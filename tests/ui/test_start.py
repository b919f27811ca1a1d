"""`kelisim` with no command: the window starts, or says why not and never hangs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _start(folder: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               LANG="en_US.UTF-8", LC_ALL="en_US.UTF-8")  # a first start speaks English
    return subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(folder),
                           "--show-and-exit"], capture_output=True, text=True, env=env,
                          timeout=60)


def _demo(folder: Path) -> None:
    subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(folder), "demo",
                    "--cases", "300"], check=True, capture_output=True)


def test_the_window_starts_and_closes(tmp_path):
    _demo(tmp_path / "office")
    result = _start(tmp_path / "office", tmp_path)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("damage", ["garbage", "pages"])
def test_a_damaged_database_is_refused_with_a_reason(tmp_path, damage):
    folder = tmp_path / "office"
    _demo(folder)
    database = folder / "kelisim.sqlite3"
    if damage == "garbage":
        database.write_bytes(os.urandom(64 * 1024))
    else:  # the header survives; the pages the register reads do not
        with database.open("r+b") as f:
            f.seek(8192)
            f.write(b"\xff" * 40_000)
    result = _start(folder, tmp_path)
    assert result.returncode == 1
    assert "cannot be opened" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Linux display variable")
def test_without_a_screen_it_says_so_instead_of_crashing(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "desktop", "--data-dir",
                             str(tmp_path / "office")], capture_output=True, text=True, env=env,
                            timeout=60)
    assert result.returncode == 1
    assert "no screen" in result.stderr


def test_a_damaged_database_gives_one_message_and_no_window(tmp_path, qapp, preferences,
                                                            translator):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.ui.gui import start
    from desktop.ui.main_window import MainWindow

    folder = tmp_path / "office"
    _demo(folder)
    with (folder / "kelisim.sqlite3").open("r+b") as f:
        f.seek(8192)
        f.write(b"\xff" * 40_000)
    seen: list[list[str]] = []

    def answer() -> None:  # the start-up message waits for its Close; look, then close all
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        seen.append([box.windowTitle() for box in boxes])
        for box in boxes:
            box.done(0)

    QTimer.singleShot(300, answer)
    assert start(folder, preferences, translator) is None
    assert seen == [["Kelisim cannot start"]]
    assert not any(isinstance(w, MainWindow) for w in QApplication.topLevelWidgets())


def test_the_reason_for_a_damaged_file_is_said_in_the_language(tmp_path, translator):
    from desktop.core.errors import DomainError
    from desktop.store.database import Database
    from desktop.ui.i18n import message

    path = tmp_path / "kelisim.sqlite3"
    path.write_bytes(b"not a database at all " * 100)
    database = Database(path)
    try:
        with pytest.raises(DomainError) as refused, database.read() as session:
            session.connection().exec_driver_sql("SELECT 1 FROM sqlite_master")
    finally:
        database.dispose()
    translator.switch("ru")
    said = message(refused.value.args[0])
    assert "не является базой данных Kelisim" in said
