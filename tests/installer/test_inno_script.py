"""The Windows installer script, read here since CI has no Windows to compile it on: every text
it shows exists in Kazakh, Russian and English, and it names what the build really makes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.cli import build_parser
from desktop.config import APP_NAME

INSTALLER = Path(__file__).resolve().parents[2] / "installer"
SCRIPT = INSTALLER / "kelisim.iss"
KAZAKH = INSTALLER / "Kazakh.isl"
LANGUAGES = ("kk", "ru", "en")
# Custom messages that Inno Setup's own language files define (Default.isl, Russian.isl).
INNO_STANDARD = {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram"}


def text(path: Path) -> str:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), f"{path.name}: keep it UTF-8 with a byte order mark"
    return data[3:].decode("utf-8")


def section(source: str, name: str) -> list[str]:
    match = re.search(rf"^\[{re.escape(name)}\]\n(.*?)(?=^\[|\Z)", source, re.M | re.S)
    assert match, f"no [{name}] section"
    return [line for line in match.group(1).splitlines() if line and not line.startswith(";")]


def defined(lines: list[str]) -> dict[str, str]:
    return dict(line.split("=", 1) for line in lines)


def test_every_custom_message_exists_in_each_language():
    script = text(SCRIPT)
    ours = defined(section(script, "CustomMessages"))
    kazakh = defined(section(text(KAZAKH), "CustomMessages"))
    used = set(re.findall(r"\{cm:(\w+)", script)) | set(re.findall(r"CustomMessage\('(\w+)'\)",
                                                                    script))
    assert used
    for name in sorted(used):
        if name in INNO_STANDARD:
            assert name in kazakh, f"Kazakh.isl lacks {name}"
            continue
        for language in LANGUAGES:
            assert f"{language}.{name}" in ours, f"{language}.{name} is not defined"
    # The same placeholders in every language.
    for name in {key.partition(".")[2] for key in ours}:
        forms = {str(sorted(re.findall(r"%\d", ours[f"{language}.{name}"])))
                 for language in LANGUAGES}
        assert len(forms) == 1, name


def test_the_languages_and_their_files():
    languages = section(text(SCRIPT), "Languages")
    assert [line.split('"')[1] for line in languages] == list(LANGUAGES)  # Kazakh first
    assert 'MessagesFile: "compiler:Default.isl,Kazakh.isl"' in languages[0]
    options = defined(section(text(KAZAKH), "LangOptions"))
    assert options["LanguageID"] == "$043F"  # Kazakh (Kazakhstan)
    name = "".join(chr(int(code, 16)) for code in re.findall(r"<(\w{4})>",
                                                              options["LanguageName"]))
    assert name == "Қазақша"


def test_kazakh_messages_keep_their_placeholders():
    # Each message with %1 or [name] in Inno Setup's English keeps it; a Kazakh text that lost
    # one would show a blank. Checked against the English of the messages that carry them.
    messages = defined(section(text(KAZAKH), "Messages"))
    carries = {"SetupWindowTitle": "%1", "UninstallAppFullTitle": "%1", "WelcomeLabel1": "[name]",
               "WelcomeLabel2": "[name/ver]", "SelectDirDesc": "[name]", "DiskSpaceMBLabel": "[mb]",
               "DirExists": "%1", "FinishedLabel": "[name]", "ConfirmUninstall": "%1",
               "UninstalledAll": "%1", "DiskSpaceWarning": "%2", "LastErrorMessage": "%3"}
    for key, placeholder in carries.items():
        assert placeholder in messages[key], key


def test_it_installs_what_the_spec_builds():
    script, spec = text(SCRIPT), (INSTALLER / "kelisim.spec").read_text(encoding="utf-8")
    assert '#define MyAppExe "kelisim.exe"' in script
    assert '#define MyAppCli "kelisim-cli.exe"' in script
    assert 'program(NAME, ' in spec and 'program(f"{NAME}-cli", ' in spec
    assert "PrivilegesRequired=lowest" in script
    assert 'Name: "{app}\\_internal"' in script  # the clean upgrade removes the old libraries
    # The data folder it offers to remove is the one the program uses on Windows.
    assert "ExpandConstant('{localappdata}\\{#MyAppName}')" in script
    assert '#define MyAppName "Kelisim"' in script and APP_NAME == "Kelisim"


def test_a_double_clicked_bundle_opens_an_option_the_program_has():
    command = next(line for line in section(text(SCRIPT), "Registry") if "shell\\open" in line)
    assert '--import-bundle ""%1""' in command
    options = {option for action in build_parser()._actions for option in action.option_strings}
    if "--import-bundle" not in options:
        pytest.skip("kelisim --import-bundle (sync) is not there yet")
