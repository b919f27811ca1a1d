"""Build Kelisim for the platform it runs on, from the environment it runs in.

    .venv/bin/pip install -e '.[build]'
    .venv/bin/python installer/build.py [--dist DIR] [--work DIR] [--no-package] [--clean]

1. compiles the translations (.ts -> .qm, installer/translations.py);
2. runs PyInstaller with installer/kelisim.spec: the one-folder program in DIST/kelisim/;
3. packs it: on Linux DIST/kelisim-VERSION-linux-ARCH.tar.gz; on Windows the installer
   DIST/kelisim-VERSION-setup.exe, by Inno Setup 6 (ISCC.exe) when it is installed;
4. prints the time taken and the sizes.

DIST defaults to dist/ and the work folder to build/ in the repository (both ignored by git).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "kelisim.spec"
INNO_SCRIPT = ROOT / "installer" / "kelisim.iss"


def project() -> tuple[str, str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return data["name"], data["version"]


def compile_translations() -> list[Path]:
    path = ROOT / "installer" / "translations.py"
    spec = importlib.util.spec_from_file_location("kelisim_translations", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.compile_all()


def freeze(dist: Path, work: Path, clean: bool = False) -> Path:
    """Run PyInstaller; the one-folder program it made."""
    name, _ = project()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / name


def archive(folder: Path, dist: Path, version: str) -> Path:
    """A .tar.gz of the folder (Linux, macOS): unpack it anywhere and run kelisim in it."""
    system = platform.system().lower()
    target = dist / f"{folder.name}-{version}-{system}-{platform.machine().lower()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name)
    return target


def find_iscc() -> Path | None:
    """Inno Setup 6's compiler: on PATH, or where its installer puts it."""
    if found := shutil.which("ISCC"):
        return Path(found)
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        root = os.environ.get(base)
        for sub in ("Inno Setup 6", r"Programs\Inno Setup 6"):
            if root and (candidate := Path(root) / sub / "ISCC.exe").is_file():
                return candidate
    return None


def windows_installer(folder: Path, dist: Path, version: str) -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        print("Inno Setup 6 (ISCC.exe) not found: the folder is built, the installer is not. "
              "Install Inno Setup 6 and run this again.", file=sys.stderr)
        return None
    subprocess.run([str(iscc), "/Q", f"/DMyAppVersion={version}",
                    f"/DMyAppNumericVersion={numeric_version(version)}",
                    f"/DMyAppSource={folder}", f"/O{dist}", str(INNO_SCRIPT)], check=True, cwd=ROOT)
    return dist / f"kelisim-{version}-setup.exe"


def numeric_version(version: str) -> str:
    """Four numbers for Windows' version resource: 0.1.0 -> 0.1.0.0, 1.2.0rc1 -> 1.2.0.0."""
    numbers = []
    for part in version.split("+")[0].split(".")[:4]:
        digits = ""
        for char in part:
            if not char.isdigit():
                break
            digits += char
        numbers.append(digits or "0")
    return ".".join((numbers + ["0"] * 4)[:4])


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files under a folder."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output (dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work")
    parser.add_argument("--no-package", action="store_true",
                        help="the folder only: no .tar.gz, no Windows installer")
    parser.add_argument("--clean", action="store_true", help="clear PyInstaller's cache first")
    args = parser.parse_args(argv)
    name, version = project()
    dist, work = args.dist.resolve(), args.work.resolve()
    started = time.perf_counter()

    print(f"{name} {version}: compiling translations", flush=True)
    compile_translations()
    print("freezing with PyInstaller (one folder)", flush=True)
    folder = freeze(dist, work, clean=args.clean)
    frozen = time.perf_counter() - started
    package = None
    if not args.no_package:
        if sys.platform == "win32":
            package = windows_installer(folder, dist, version)
        else:
            package = archive(folder, dist, version)
    total = time.perf_counter() - started

    size, count = folder_size(folder)
    print(f"\nbuilt {name} {version} for {platform.system()} {platform.machine()}")
    print(f"  folder   {folder}  {mb(size)} in {count} files")
    if package is not None:
        print(f"  package  {package}  {mb(package.stat().st_size)}")
    print(f"  time     {total:.0f} s (PyInstaller and translations {frozen:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
