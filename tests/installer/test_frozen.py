"""The frozen program, built here by installer/build.py from this checkout and run as a clerk's
PC would run it: `kelisim-cli --self-test`, the window started (offscreen) in each language, the
commands on a sample office. A data file left out of the bundle fails one of these.

The build takes about a minute; `pytest -m "not frozen"` leaves this module out.
"""

from __future__ import annotations

import importlib.util
import os
import platform
import subprocess
import sys
import tarfile
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.frozen

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = sys.platform == "win32"
SUFFIX = ".exe" if WINDOWS else ""
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "version"]
LANGUAGES = ("kk", "ru", "en")


@dataclass(frozen=True)
class Build:
    folder: Path  # dist/kelisim: the two programs and _internal
    dist: Path
    output: str  # what build.py printed

    @property
    def internal(self) -> Path:
        return self.folder / "_internal"

    def program(self, name: str) -> Path:
        return self.folder / f"{name}{SUFFIX}"


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> Build:
    if importlib.util.find_spec("PyInstaller") is None:
        message = "PyInstaller is not installed (pip install -e '.[build]')"
        if os.environ.get("CI"):
            pytest.fail(message + ": CI must build the frozen program")
        pytest.skip(message)
    scratch = tmp_path_factory.mktemp("frozen")
    command = [sys.executable, str(ROOT / "installer" / "build.py"), "--dist",
               str(scratch / "dist"), "--work", str(scratch / "work")]
    if WINDOWS:
        command.append("--no-package")  # the installer needs Inno Setup; the folder is enough
    result = subprocess.run(command, capture_output=True, text=True, timeout=1500, cwd=ROOT)
    assert result.returncode == 0, f"build failed:\n{result.stdout[-4000:]}{result.stderr[-4000:]}"
    return Build(folder=scratch / "dist" / "kelisim", dist=scratch / "dist",
                 output=result.stdout)


def run(program: Path, *args: str, env: dict[str, str] | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([str(program), *args], capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=timeout,
                          env=env or os.environ.copy())


def gui_env(config: Path, language: str) -> dict[str, str]:
    """Qt offscreen, and the user's preferences (QSettings' INI file) saying the language."""
    (config / "Kelisim").mkdir(parents=True, exist_ok=True)
    (config / "Kelisim" / "Kelisim.ini").write_text(f"[ui]\nlanguage={language}\n",
                                                    encoding="utf-8")
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config),
                APPDATA=str(config))


@pytest.fixture(scope="module")
def office(build, tmp_path_factory) -> Path:
    """A sample office made by the frozen program (the demo data ships inside it)."""
    folder = tmp_path_factory.mktemp("frozen-office") / "office"
    result = run(build.program("kelisim-cli"), "--data-dir", str(folder), "demo", "--cases", "40")
    assert result.returncode == 0, result.stderr
    return folder


@contextmanager
def moved_away(path: Path) -> Iterator[None]:
    """The file or folder is missing from the bundle for the duration (put back after)."""
    aside = path.with_name(path.name + ".aside")
    path.rename(aside)
    try:
        yield
    finally:
        aside.rename(path)


# --- the build -----------------------------------------------------------------------------

def test_one_folder_with_a_window_program_and_a_command_program(build):
    assert build.program("kelisim").is_file()
    assert build.program("kelisim-cli").is_file()
    assert build.internal.is_dir()
    assert sorted(p.name for p in build.folder.iterdir()) == sorted(
        ["_internal", f"kelisim{SUFFIX}", f"kelisim-cli{SUFFIX}"])
    assert "folder" in build.output and " MB" in build.output


def test_the_resources_sit_where_the_resource_helper_looks(build):
    resources = build.internal / "resources"  # sys._MEIPASS is _internal
    for name in ("fonts/LiberationSerif-Regular.ttf", "fonts/LICENSE-LiberationSerif.txt",
                 "reference/defaults.json", "demo/sample_data.json",
                 *(f"translations/kelisim_{lang}.qm" for lang in LANGUAGES),
                 *(f"wording/{lang}" for lang in LANGUAGES)):
        assert (resources / name).exists(), name
    migrations = build.internal / "desktop" / "store" / "migrations"
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    shipped = sorted(p.name for p in (migrations / "versions").glob("*.py"))
    source = sorted(p.name for p in (ROOT / "desktop/store/migrations/versions").glob("*.py"))
    assert shipped == source


def test_what_the_bundle_leaves_out(build):
    files = [p.relative_to(build.internal).as_posix() for p in build.internal.rglob("*")]
    assert not [f for f in files if f.endswith(".ts")]  # the translators' sources
    qt_catalogues = {Path(f).stem.rpartition("_")[2] for f in files
                     if f.startswith("PySide6/") and f.endswith(".qm")}
    assert qt_catalogues == set(LANGUAGES)
    qtbase = {Path(f).name for f in files if f.startswith("PySide6/") and "/translations/" in f}
    assert {f"qtbase_{lang}.qm" for lang in LANGUAGES} <= qtbase  # Qt/translations on Linux
    locales = {Path(f).stem.split("_")[0] for f in files
               if f.startswith("babel/locale-data/") and f.endswith(".dat")}
    assert locales == {"root", *LANGUAGES}
    bindings = {Path(f).name.split(".")[0] for f in files  # PySide6/QtCore.abi3.so, .pyd
                if f.startswith("PySide6/Qt") and f.count("/") == 1 and f.endswith((".so", ".pyd"))}
    unused = {b for b in bindings if b.startswith(("QtQml", "QtQuick", "QtWebEngine", "Qt3D",
                                                   "QtMultimedia", "QtNetwork", "QtSql"))}
    assert unused == set()
    assert {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"} <= bindings


@pytest.mark.skipif(WINDOWS, reason="Windows gets an installer, not a .tar.gz")
def test_the_archive_holds_the_folder(build):
    system, machine = platform.system().lower(), platform.machine().lower()
    archive = build.dist / f"kelisim-{VERSION}-{system}-{machine}.tar.gz"
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    assert {"kelisim/kelisim", "kelisim/kelisim-cli",
            "kelisim/_internal/resources/fonts/LiberationSerif-Regular.ttf"} <= names
    assert str(archive.name) in build.output


# --- running it ----------------------------------------------------------------------------

def test_the_frozen_self_test_passes(build):
    result = run(build.program("kelisim-cli"), "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"kelisim {VERSION} self-test passed" in result.stdout
    assert "Traceback" not in result.stderr


def test_the_frozen_version_is_the_projects(build):
    result = run(build.program("kelisim-cli"), "--version")
    assert result.stdout.strip() == f"kelisim {VERSION}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_frozen_window_starts_in_each_language(build, office, tmp_path, language):
    result = run(build.program("kelisim"), "--data-dir", str(office), "--show-and-exit",
                 env=gui_env(tmp_path / "config", language), timeout=60)
    assert result.returncode == 0, result.stderr
    # Both catalogues (ours and Qt's own) were found: a missing one is said on standard error.
    assert "translation" not in result.stderr, result.stderr


def test_the_frozen_commands_on_a_sample_office(build, office):
    listed = run(build.program("kelisim-cli"), "--data-dir", str(office), "cases", "list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.rstrip().endswith("40 case(s)")
    shown = run(build.program("kelisim-cli"), "--data-dir", str(office), "office", "show")
    assert "Қарағанды" in shown.stdout


# --- a missing data file fails ---------------------------------------------------------------

@pytest.mark.parametrize(("missing", "step"), [
    ("resources/fonts/LiberationSerif-Regular.ttf", "resources"),
    ("resources/translations/kelisim_ru.qm", "resources"),
    ("resources/wording/kk/settlement.toml", "agreement"),
    ("desktop/store/migrations/versions", "database"),
    ("desktop/store/migrations/env.py", "database"),
])
def test_a_missing_data_file_fails_the_frozen_self_test(build, missing, step):
    assert (build.internal / missing).exists(), f"{missing} is not in the bundle at all"
    with moved_away(build.internal / missing):
        result = run(build.program("kelisim-cli"), "--self-test")
    assert result.returncode == 1, result.stdout
    assert f"self-test FAILED at step '{step}'" in result.stderr


def test_a_missing_qt_translation_is_said_by_the_frozen_window(build, office, tmp_path):
    missing = next(build.internal.joinpath("PySide6").rglob("translations/qtbase_kk.qm"))
    with moved_away(missing):
        result = run(build.program("kelisim"), "--data-dir", str(office), "--show-and-exit",
                     env=gui_env(tmp_path / "config", "kk"), timeout=60)
    assert "qtbase_kk not found" in result.stderr

