"""Check the Windows installer script without Windows: Inno Setup's own compiler under Wine.

    # Debian/Ubuntu, once: dpkg --add-architecture i386 && apt-get update &&
    #   apt-get install wine64 wine32:i386 xvfb npm
    .venv/bin/python installer/wine_check.py [--innosetup DIR]

1. takes Inno Setup's compiler from the npm package `innosetup` (`npm pack`, kept in
   build/innosetup/), unless --innosetup names a folder holding ISCC.exe;
2. compiles installer/kelisim.iss as installer/build.py does, against a stand-in program
   folder (kelisim.exe, kelisim-cli.exe, _internal/): the script's syntax, its [Code], its
   languages and messages;
3. in a scratch Wine prefix (Windows 10) under Xvfb: installs silently in Kazakh and checks the
   program's files, the Start-menu and desktop shortcuts, the .kelisim registration, and that the
   stand-in's failing self-test was noticed; installs again over it (an upgrade) and checks that
   a file left by the old version is gone; uninstalls silently and checks that the program and
   the registration are gone and the office's data folder is still there.

Wine has no per-user Program Files folder ({userpf}, where {autopf} points for a per-user
install), so the copy of the script installed here says {localappdata}\\Programs, the same
folder on Windows. Exit 0 when every check passed. What it cannot show: the real program on
Windows, and how the wizard's pages look (Wine's fonts lack the Kazakh letters).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
INNO_PACKAGE = "innosetup@6.4.1"  # ISCC.exe 6.4.1 and its language files
CACHE = ROOT / "build" / "innosetup"


def inno_setup(explicit: Path | None) -> Path:
    """The folder holding ISCC.exe."""
    if explicit:
        return explicit
    folder = CACHE / "package" / "bin"
    if not (folder / "ISCC.exe").is_file():
        CACHE.mkdir(parents=True, exist_ok=True)
        packed = subprocess.run(["npm", "pack", INNO_PACKAGE, "--pack-destination", str(CACHE)],
                                check=True, capture_output=True, text=True).stdout.split()[-1]
        with tarfile.open(CACHE / packed) as tar:
            tar.extractall(CACHE, filter="data")
    return folder


class Windows:
    """Wine in a scratch prefix and home, on a private Xvfb display."""

    def __init__(self, scratch: Path):
        self.prefix = scratch / "prefix"
        home = scratch / "home"
        home.mkdir()
        self.env = dict(os.environ, WINEPREFIX=str(self.prefix), HOME=str(home),
                        WINEDEBUG="-all", WINEDLLOVERRIDES="winemenubuilder.exe=d")
        self.display = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0",
                                         "1024x768x24", "-nolisten", "tcp"],
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                        text=True)
        self.env["DISPLAY"] = ":" + self.display.stdout.readline().strip()
        self.run("winecfg", "-v", "win10")

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(["wine", *args], env=self.env, capture_output=True, text=True,
                              errors="replace", timeout=600, check=check)

    @property
    def user(self) -> Path:
        return next(p for p in (self.prefix / "drive_c" / "users").iterdir()
                    if p.name != "Public" and p.is_dir())

    def registry(self, key: str) -> str:
        result = self.run("reg", "query", key, check=False)
        return result.stdout if result.returncode == 0 else ""

    def wait(self) -> None:
        """Until every program in the prefix has ended."""
        subprocess.run(["wineserver", "-w"], env=self.env, check=False, timeout=300)

    def close(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env, check=False)
        self.display.terminate()
        self.display.wait(timeout=30)


def stand_in(folder: Path) -> Path:
    """A program folder with the names the script installs; its programs do not run."""
    program = folder / "kelisim"
    (program / "_internal" / "resources").mkdir(parents=True)
    for name in ("kelisim.exe", "kelisim-cli.exe", "_internal/resources/readme.txt"):
        (program / name).write_text("stand-in\n")
    return program


def windows_path(path: Path) -> str:
    return "Z:" + str(path).replace("/", "\\")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--innosetup", type=Path, help="a folder holding ISCC.exe")
    args = parser.parse_args(argv)
    for tool in ("wine", "Xvfb", *(() if args.innosetup else ("npm",))):
        if shutil.which(tool) is None:
            sys.exit(f"wine_check: {tool} is not installed (see the top of this file)")
    iscc = inno_setup(args.innosetup) / "ISCC.exe"
    failures: list[str] = []

    def check(ok: bool, what: str) -> None:
        print(("ok      " if ok else "FAILED  ") + what)
        if not ok:
            failures.append(what)

    with tempfile.TemporaryDirectory(prefix="kelisim-wine-") as name:
        scratch = Path(name)
        windows = Windows(scratch)
        try:
            program = stand_in(scratch / "source")
            # The script as shipped, then the copy that Wine can install (see the docstring).
            copy = scratch / "kelisim-wine.iss"
            text = (INSTALLER / "kelisim.iss").read_text(encoding="utf-8-sig")
            copy.write_text(text.replace("DefaultDirName={autopf}",
                                         "DefaultDirName={localappdata}\\Programs"),
                            encoding="utf-8-sig")
            shutil.copy(INSTALLER / "Kazakh.isl", scratch)
            for script, out in ((INSTALLER / "kelisim.iss", scratch / "shipped"),
                                (copy, scratch / "out")):
                compiled = windows.run(str(iscc), "/DMyAppVersion=0.1.0",
                                       "/DMyAppNumericVersion=0.1.0.0",
                                       f"/DMyAppSource={windows_path(program)}",
                                       f"/O{windows_path(out)}", windows_path(script),
                                       check=False)
                warnings = [line for line in compiled.stdout.splitlines() if "arning" in line]
                check(compiled.returncode == 0 and not warnings,
                      f"{script.name} compiles without warnings"
                      + ("" if compiled.returncode == 0 else "\n" + compiled.stdout[-3000:])
                      + "".join(f"\n  {w}" for w in warnings))
            setup = next((scratch / "out").glob("kelisim-*-setup.exe"))
            log = scratch / "install.log"
            windows.run(windows_path(setup), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/LANG=kk",
                        f"/LOG={windows_path(log)}", check=False)
            user = windows.user
            app = user / "AppData" / "Local" / "Programs" / "Kelisim"
            installed = log.read_text(encoding="utf-8-sig", errors="replace")
            check((app / "kelisim.exe").is_file() and (app / "_internal").is_dir(),
                  "installed for the user into %LOCALAPPDATA%\\Programs\\Kelisim")
            check("Administrative install mode: No" in installed, "no administrator needed")
            menu = user / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu"
            check(bool(list(menu.rglob("Kelisim.lnk"))), "Start-menu shortcut")
            check((user / "Desktop" / "Kelisim.lnk").exists(), "desktop shortcut")
            command = windows.registry(
                r"HKCU\Software\Classes\Kelisim.Bundle\shell\open\command")
            check("kelisim.exe\" --import-bundle \"%1\"" in command,
                  ".kelisim opens kelisim.exe --import-bundle (HKCU)")
            check("Kelisim.Bundle" in windows.registry(r"HKCU\Software\Classes\.kelisim"),
                  ".kelisim is this user's file type")
            check("kelisim-cli --self-test failed" in installed,
                  "a failing self-test after installing is noticed (the stand-in cannot run)")

            data = user / "AppData" / "Local" / "Kelisim"
            data.mkdir(parents=True)
            (data / "kelisim.sqlite3").write_text("the office's register\n")
            (app / "_internal" / "left-by-the-old-version.dll").write_text("old\n")
            windows.run(windows_path(setup), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/LANG=ru",
                        check=False)
            check(not (app / "_internal" / "left-by-the-old-version.dll").exists()
                  and (app / "_internal" / "resources" / "readme.txt").is_file(),
                  "an upgrade removes the old version's files first")
            check((data / "kelisim.sqlite3").is_file(), "an upgrade keeps the office's data")

            windows.run(windows_path(app / "unins000.exe"), "/VERYSILENT",
                        "/SUPPRESSMSGBOXES", check=False)
            windows.wait()  # the uninstaller works on in a copy of itself
            check(not (app / "kelisim.exe").exists() and not (app / "_internal").exists(),
                  "uninstalling removes the program")
            check(not windows.registry(r"HKCU\Software\Classes\Kelisim.Bundle")
                  and not windows.registry(r"HKCU\Software\Classes\.kelisim"),
                  "uninstalling removes the file type")
            check((data / "kelisim.sqlite3").is_file(),
                  "a silent uninstall keeps the office's data")
        finally:
            windows.close()
    print(f"\nwine_check: {len(failures)} check(s) failed" if failures
          else "\nwine_check: every check passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
