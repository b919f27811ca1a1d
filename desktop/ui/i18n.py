"""Kazakh, Russian and English, switched live: our catalogue and Qt's own, from .qm files.

Installing a translator sends every widget a LanguageChange event; each window answers it by
setting its texts again (its `retranslate()`), so no restart is needed.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.config import resources_dir
from desktop.core.messages import Text

log = logging.getLogger("kelisim.ui")

# Each language is named in itself, as language menus everywhere do.
LANGUAGES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
DEFAULT_LANGUAGE = "kk"  # the state language

_current = DEFAULT_LANGUAGE


def current_language() -> str:
    """The language the GUI speaks now: also the one reference data labels are shown in."""
    return _current


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else DEFAULT_LANGUAGE


class Translator:
    """Keeps the installed translators of the application and swaps them on a switch."""

    def __init__(self, app: QCoreApplication):
        self._app = app
        self._installed: list[QTranslator] = []

    def switch(self, language: str) -> None:
        global _current
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        for old in self._installed:
            self._app.removeTranslator(old)
        self._installed = []
        QLocale.setDefault(QLocale(language))
        _current = language
        # Installing or removing a translator sends every widget a LanguageChange event.
        # English is the source language; its catalogue gives only plural forms ("1 day").
        self._load(f"kelisim_{language}", str(resources_dir() / "translations"), ours=True)
        if language != "en":
            self._load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath))

    def _load(self, name: str, folder: str, ours: bool = False) -> None:
        translator = QTranslator(self._app)
        if translator.load(name, folder):
            self._app.installTranslator(translator)
            self._installed.append(translator)
        elif ours:
            log.error("translation %s missing from %s: reinstall the program", name, folder)
        else:
            log.warning("Qt's translation %s not found in %s", name, folder)


def message(text: str) -> str:
    """A message from the core or services, in the current language when it is a `Text`."""
    if not isinstance(text, Text):
        return text
    template = QCoreApplication.translate("", text.template)
    values: dict[str, Any] = {k: message(v) if isinstance(v, str) else v
                              for k, v in text.values.items()}
    try:
        return template.format(**values) if values else template
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        log.error("translation of a message has a broken placeholder")
        return str(text)
