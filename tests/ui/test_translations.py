"""The kk and ru catalogues: up to date with the code, complete, and loaded by a plain install."""

from __future__ import annotations

import importlib.util
import re
import shutil
import string
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from desktop.config import resources_dir
from desktop.core.deadline import DueState
from desktop.ui.case_model import deadline_tooltip

ROOT = Path(__file__).resolve().parents[2]


def _translations_tool():
    spec = importlib.util.spec_from_file_location(
        "kelisim_translations", ROOT / "installer" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name") or "", msg) for ctx in root.iter("context")
            for msg in ctx.iter("message")]


def _sources(path: Path) -> set[tuple[str, str]]:
    return {(ctx, msg.findtext("source")) for ctx, msg in _messages(path)}


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_catalogue_has_every_string_of_the_code(language, tmp_path):
    tool = _translations_tool()
    committed = tool.catalogue(language)
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    tool.update([fresh])
    missing = _sources(fresh) - _sources(committed)
    dead = _sources(committed) - _sources(fresh)
    assert not missing and not dead, (
        f"run `python installer/translations.py update` and translate: new {sorted(missing)[:5]}, "
        f"no longer used {sorted(dead)[:5]}")


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_string_is_translated_with_its_placeholders(language):
    path = _translations_tool().catalogue(language)
    problems = []
    for context, msg in _messages(path):
        source = msg.findtext("source")
        node = msg.find("translation")
        # A plural message (numerus="yes") has one text per plural form of the language.
        texts = ([form.text or "" for form in node.iter("numerusform")] or [node.text or ""]
                 if node is not None else [""])
        if node is None or node.get("type") in ("unfinished", "vanished", "obsolete") or not all(
                texts):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        for text in texts:
            if _placeholders(text) != _placeholders(source):
                problems.append(f"{context}: {source!r} -> {text!r} changes the placeholders")
            elif source.count("&") != text.count("&"):
                problems.append(f"{context}: {source!r} -> {text!r} loses its mnemonic (&)")
            elif ("%n" in source) != ("%n" in text):
                problems.append(f"{context}: {source!r} -> {text!r} loses its number (%n)")
    assert not problems, f"{len(problems)} problems in {path.name}:\n" + "\n".join(problems[:30])


def test_kazakh_catalogue_writes_kazakh_letters():
    # A catalogue typed on a Russian keyboard would miss them: the words must be really Kazakh.
    text = _translations_tool().catalogue("kk").read_text(encoding="utf-8")
    assert re.search("[әғқңөұүһі]", text)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_compiled_catalogue_ships_and_loads(language, translator):
    assert (resources_dir() / "translations" / f"kelisim_{language}.qm").is_file(), (
        "the install did not compile the catalogues (hatch_build.py)")
    translator.switch(language)
    assert QCoreApplication.translate("", "Closed") != "Closed"


@pytest.mark.parametrize(("language", "one", "three"), [
    ("en", "overdue by 1 day", "overdue by 3 days"),
    ("ru", "1 день", "3 дня"),
    ("kk", "1 күн", "3 күн"),
])
def test_counted_words_take_the_plural_of_the_language(language, one, three, translator):
    translator.switch(language)

    def say(n: int) -> str:
        return deadline_tooltip(date(2026, 3, 1), date(2026, 3, 1) + timedelta(days=n),
                                DueState.OVERDUE)

    assert one in say(1) and three in say(3)
    assert "(s)" not in say(21)


@pytest.mark.parametrize(("language", "cancel"), [("ru", "Отмена"), ("kk", "Бас тарту"),
                                                   ("en", "Cancel")])
def test_qt_own_buttons_speak_the_language(language, cancel, translator, qtbot):
    translator.switch(language)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    text = box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    assert text == cancel


def _call_name(call) -> str:
    func = call.func
    return getattr(func, "attr", None) or getattr(func, "id", "")


def test_every_translated_text_is_a_literal_lupdate_can_collect():
    # tr(variable) compiles and runs, but its text never reaches the catalogue: it would stay
    # English in every language without any test noticing.
    import ast

    problems = []
    for path in _translations_tool().sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            position = {"tr": 0, "word": 0, "problem": 0, "translate": 1}.get(name)
            if position is None or (name == "translate" and len(node.args) < 2):
                continue
            if name == "translate" and path.name in ("labels.py", "i18n.py"):
                continue  # the two functions that translate on behalf of the others
            text = node.args[position] if len(node.args) > position else None
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}(...)")
    assert not problems, "texts lupdate cannot collect:\n" + "\n".join(problems)
