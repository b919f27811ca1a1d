"""The GUI's Qt Linguist catalogues: collect the strings (lupdate) and compile them (lrelease).

    python installer/translations.py update    # after changing GUI text: refresh the .ts files
    python installer/translations.py compile   # .ts -> .qm (every install does this itself)

Translators edit resources/translations/kelisim_kk.ts and kelisim_ru.ts in Qt Linguist
(pyside6-linguist). English is the source language: its catalogue, kelisim_en.ts, holds only the
plural forms of counted words ("%n day(s)" -> "1 day", "3 days").
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("kk", "ru")
PLURALS_ONLY = "en"
# The core writes messages as problem("..."), module-level GUI code words as word("...")
# (desktop/ui/labels.py): lupdate collects both like QT_TR_NOOP("..."), in the empty context.
ALIAS = "QT_TR_NOOP+=problem,QT_TR_NOOP+=word"


def catalogue(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"kelisim_{language}.ts"


def _tool(name: str) -> str:
    import PySide6  # the build and test environments have it; the program does not need this

    return str(Path(PySide6.__file__).parent / name)


def sources() -> list[Path]:
    return sorted(p for p in (ROOT / "desktop").rglob("*.py") if "migrations" not in p.parts)


def update(targets: list[Path] | None = None) -> None:
    """Refresh catalogues from the code, keeping existing translations and dropping dead ones."""
    for target in targets or [*map(catalogue, LANGUAGES), catalogue(PLURALS_ONLY)]:
        plurals = ["-pluralonly"] if target.name == catalogue(PLURALS_ONLY).name else []
        subprocess.run([_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                        "-source-language", "en",
                        "-tr-function-alias", ALIAS, *plurals, *map(str, sources()),
                        "-ts", str(target)], check=True)



def compile_all(out: Path = FOLDER) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    compiled = []
    for language in (*LANGUAGES, PLURALS_ONLY):
        target = out / f"kelisim_{language}.qm"
        subprocess.run([_tool("lrelease"), "-silent", str(catalogue(language)), "-qm",
                        str(target)], check=True)
        compiled.append(target)
    return compiled


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else ""
    if action == "update":
        update()
    elif action == "compile":
        print("\n".join(map(str, compile_all())))
    else:
        sys.exit(__doc__)
