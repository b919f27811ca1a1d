"""What this user prefers on this PC (language, type size, window places), kept in QSettings.

Settings of the office itself (its name, code, rules) live in the database, not here.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget

from desktop.ui.i18n import LANGUAGES, system_language

# How much larger than the system's type each choice is; layouts stretch with it.
FONT_SIZES = {"normal": 1.0, "large": 1.25, "extra_large": 1.5}
_BASE_SIZE = "kelisim/base_point_size"


class Preferences:
    def __init__(self, settings: QSettings | None = None):
        self._settings = settings or QSettings(QSettings.Format.IniFormat,
                                               QSettings.Scope.UserScope, "Kelisim", "Kelisim")

    @property
    def language(self) -> str:
        value = self._settings.value("ui/language", "")
        return value if value in LANGUAGES else system_language()

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("ui/language", value)

    @property
    def font_size(self) -> str:
        value = self._settings.value("ui/font_size", "normal")
        return value if value in FONT_SIZES else "normal"

    @font_size.setter
    def font_size(self, value: str) -> None:
        self._settings.setValue("ui/font_size", value)

    def save_window(self, widget: QWidget, key: str) -> None:
        self._settings.setValue(f"windows/{key}/geometry", widget.saveGeometry())

    def restore_window(self, widget: QWidget, key: str) -> bool:
        value = self._settings.value(f"windows/{key}/geometry")
        return isinstance(value, QByteArray) and widget.restoreGeometry(value)

    def save_header(self, header: QHeaderView, key: str) -> None:
        self._settings.setValue(f"windows/{key}/header", header.saveState())

    def restore_header(self, header: QHeaderView, key: str) -> bool:
        value = self._settings.value(f"windows/{key}/header")
        return isinstance(value, QByteArray) and header.restoreState(value)

    def folder(self, key: str) -> str:
        """The folder last chosen for `key` (bundles exported, setup files...), or ""."""
        value = self._settings.value(f"folders/{key}", "")
        return value if isinstance(value, str) else ""

    def set_folder(self, key: str, folder: str) -> None:
        self._settings.setValue(f"folders/{key}", folder)

    def sync(self) -> None:
        self._settings.sync()


def apply_font_size(app: QApplication, size: str) -> None:
    """Scale the whole UI's type from the system's own size, which is remembered once."""
    base = app.property(_BASE_SIZE)
    if not base:
        base = app.font().pointSizeF()
        app.setProperty(_BASE_SIZE, base)
    font = app.font()
    font.setPointSizeF(base * FONT_SIZES.get(size, 1.0))
    app.setFont(font)
