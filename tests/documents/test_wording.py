"""Wording is data: each language's files are checked when loaded, and a fault is named."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from desktop.config import resource
from desktop.documents.render import SCHEMA
from desktop.documents.wording import LANGUAGES, WordingError, load_wording


@pytest.fixture
def wording_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "wording"
    shutil.copytree(resource("wording"), folder)
    return folder


def test_the_shipped_wording_is_complete_in_every_language():
    for language in LANGUAGES:
        assert set(load_wording(language, SCHEMA).texts) == set(SCHEMA)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_missing_placeholder_is_named(wording_copy):
    _edit(wording_copy / "kk" / "settlement.toml", "{sum}", "")
    with pytest.raises(WordingError, match=r"kk/settlement.toml: 'amount' lacks the placeholder "
                                           r"\{sum\}"):
        load_wording("kk", SCHEMA, wording_copy)


def test_an_unknown_placeholder_is_named(wording_copy):
    _edit(wording_copy / "ru" / "settlement.toml", "{sum}", "{sum} {summa}")
    with pytest.raises(WordingError, match=r"ru/settlement.toml: 'amount' has the unknown "
                                           r"placeholder \{summa\}"):
        load_wording("ru", SCHEMA, wording_copy)


def test_a_missing_text_and_an_unknown_one_are_named(wording_copy):
    path = wording_copy / "en" / "common.toml"
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("signature =")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    missing = re.escape("en/common.toml: the text 'signature' is missing")
    with pytest.raises(WordingError, match=missing):
        load_wording("en", SCHEMA, wording_copy)
    path.write_text(text + 'signatur = "typo"\n', encoding="utf-8")
    with pytest.raises(WordingError, match=re.escape("en/common.toml: unknown text 'signatur'")):
        load_wording("en", SCHEMA, wording_copy)


def test_a_missing_language_or_file_and_broken_toml_are_named(wording_copy):
    (wording_copy / "kk" / "contract.toml").unlink()
    missing = re.escape("the document wording kk/contract.toml is missing")
    with pytest.raises(WordingError, match=missing):
        load_wording("kk", SCHEMA, wording_copy)
    shutil.rmtree(wording_copy / "ru")
    with pytest.raises(WordingError, match=re.escape("ru/common.toml is missing")):
        load_wording("ru", SCHEMA, wording_copy)
    (wording_copy / "en" / "common.toml").write_text('page = "Page {page} of', encoding="utf-8")
    with pytest.raises(WordingError, match=re.escape("en/common.toml cannot be read")):
        load_wording("en", SCHEMA, wording_copy)
    with pytest.raises(WordingError, match="no document wording exists for language 'de'"):
        load_wording("de", SCHEMA, wording_copy)


def test_broken_markup_is_named_when_loaded(wording_copy):
    _edit(wording_copy / "ru" / "contract.toml", "ДОГОВОР<br/>", "<b>ДОГОВОР<br/>")
    with pytest.raises(WordingError, match=re.escape("ru/contract.toml: 'title' has broken "
                                                     "markup")):
        load_wording("ru", SCHEMA, wording_copy)
