"""Build hook: compile the GUI's translations, so that every install shows them (README)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileTranslations(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        path = Path(self.root) / "installer" / "translations.py"
        spec = importlib.util.spec_from_file_location("kelisim_translations", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        # Written beside the .ts files: an editable install reads them there, and a wheel
        # carries the whole resources folder (force-include in pyproject.toml).
        module.compile_all()
