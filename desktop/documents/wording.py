"""The words of the documents: resources/wording/<language>/<section>.toml, a file per section
(common, settlement, ...) and language.

Wording is data, not code: the regional centre will send updated wording. Whatever its source,
it is checked when loaded against what the program fills in: every text must be there, in every
language, and use exactly the named placeholders the program supplies.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from desktop.config import resource
from desktop.core.errors import DomainError
from desktop.core.messages import problem
from desktop.documents import fonts

LANGUAGES = ("kk", "ru", "en")
# "section.name" -> the placeholders its text must use, no more and no fewer.
Schema = Mapping[str, frozenset[str]]


class WordingError(DomainError):
    pass


@dataclass(frozen=True)
class Wording:
    language: str
    texts: Mapping[str, str]

    def __getitem__(self, key: str) -> str:
        return self.texts[key]


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def parse_section(section: str, data: Mapping, schema: Schema, source: str) -> dict[str, str]:
    """Check one section's texts (a parsed TOML file) against the schema."""
    wanted_names = {key.partition(".")[2]: names for key, names in schema.items()
                    if key.partition(".")[0] == section}
    if unknown := sorted(set(data) - set(wanted_names)):
        raise WordingError(problem("{source}: unknown text {name}", source=source,
                                   name=repr(unknown[0])))
    texts: dict[str, str] = {}
    for name, wanted in wanted_names.items():
        text = data.get(name)
        if not isinstance(text, str) or not text.strip():
            raise WordingError(problem("{source}: the text {name} is missing", source=source,
                                       name=repr(name)))
        try:
            found = placeholders(text)
        except ValueError:
            raise WordingError(problem("{source}: {name} has an unpaired {{ or }}",
                                       source=source, name=repr(name))) from None
        if missing := sorted(wanted - found):
            raise WordingError(problem("{source}: {name} lacks the placeholder {placeholder}",
                                       source=source, name=repr(name),
                                       placeholder="{" + missing[0] + "}"))
        if unknown := sorted(found - wanted):
            raise WordingError(problem(
                "{source}: {name} has the unknown placeholder {placeholder}",
                source=source, name=repr(name), placeholder="{" + unknown[0] + "}"))
        if reason := _markup_problem(text.format_map(dict.fromkeys(wanted, "x"))):
            raise WordingError(problem("{source}: {name} has broken markup: {reason}",
                                       source=source, name=repr(name), reason=reason))
        texts[f"{section}.{name}"] = text.strip()
    return texts


def _markup_problem(text: str) -> str | None:
    """Why ReportLab cannot lay out this text as a paragraph (an unclosed <b>, say), or None:
    found on loading, not at the first print of a paper."""
    try:
        Paragraph(text, ParagraphStyle("check", fontName=fonts.register()))
    except ValueError as error:
        # ReportLab quotes the whole paragraph before its reason: the reason is what helps.
        return str(error).rsplit("caused exception", 1)[-1].strip()
    return None


# Files sent by the regional centre that replace shipped ones, as ("kk/settlement.toml", TOML
# text) pairs in order: hashable, so that the wording made of them is loaded once.
Overrides = tuple[tuple[str, str], ...]


def load_wording(language: str, schema: Schema, folder: Path | None = None,
                 overrides: Overrides = ()) -> Wording:
    """The wording of one language from `folder` (default: the shipped resources/wording),
    with the files in `overrides` read from there instead."""
    if language not in LANGUAGES:
        raise WordingError(problem("no document wording exists for language {language}",
                                   language=repr(language)))
    replaced = dict(overrides)
    texts: dict[str, str] = {}
    for section in dict.fromkeys(key.partition(".")[0] for key in schema):
        path = (folder or resource("wording")) / language / f"{section}.toml"
        source = f"{language}/{section}.toml"
        try:
            if source in replaced:
                data = tomllib.loads(replaced[source])
            else:
                with path.open("rb") as f:
                    data = tomllib.load(f)
        except FileNotFoundError:
            raise WordingError(problem("the document wording {file} is missing",
                                       file=source)) from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise WordingError(problem("{file} cannot be read: {reason}", file=source,
                                       reason=str(error))) from None
        texts.update(parse_section(section, data, schema, source))
    return Wording(language, texts)


def check_overrides(overrides: Overrides, schema: Schema) -> None:
    """Wording files to replace shipped ones: each a known file, and every language complete
    and correct with them (WordingError names the file and the text)."""
    known = {f"{language}/{key.partition('.')[0]}.toml" for language in LANGUAGES
             for key in schema}
    for name, _text in overrides:
        if name not in known:
            raise WordingError(problem("{file} is not a file of the document wording",
                                       file=name))
    for language in LANGUAGES:
        load_wording(language, schema, overrides=overrides)
