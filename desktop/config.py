"""Where things are: the data folder and the shipped resources, frozen (PyInstaller) or not."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Kelisim"
DATA_DIR_ENV = "KELISIM_DATA_DIR"
DATABASE_FILE = "kelisim.sqlite3"


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """--data-dir, else $KELISIM_DATA_DIR, else the platform's per-user data folder."""
    chosen = explicit or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser().resolve()
    return Path(user_data_dir(APP_NAME, appauthor=False))


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"  # a wheel carries them inside the package
    return installed if installed.is_dir() else package.parent / "resources"


def resource(*parts: str) -> Path:
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"Kelisim is incomplete: resource {'/'.join(parts)} is missing "
                                f"from {resources_dir()}; reinstall the program")
    return path
