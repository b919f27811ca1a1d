"""Reference data: the legal rules and vocabulary that a law amendment or the centre can change.

Deadline days and dispute categories are data with shipped defaults, never literals in code. This
module only parses and checks such data; reading the file or database is the caller's business.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.core.errors import ValidationError
from desktop.core.messages import problem
from desktop.core.text import fold

LANGUAGES = ("kk", "ru", "en")
FORMAT = 1


@dataclass(frozen=True)
class DeadlineRules:
    days: int = 30
    extension_days: int = 30
    max_extensions: int = 1


@dataclass(frozen=True)
class Term:
    """A key with its label in every language, and other spellings met in old journals."""

    key: str
    labels: Mapping[str, str]
    aliases: tuple[str, ...] = ()

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels["en"]

    def spellings(self) -> Iterable[str]:
        yield self.key
        yield self.key.replace("_", " ")
        yield from self.labels.values()
        yield from self.aliases


@dataclass(frozen=True)
class Vocabulary:
    terms: tuple[Term, ...]
    _by_spelling: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = {fold(s): t.key for t in self.terms for s in t.spellings()}
        object.__setattr__(self, "_by_spelling", index)

    def __contains__(self, key: object) -> bool:
        return any(t.key == key for t in self.terms)

    def keys(self) -> list[str]:
        return [t.key for t in self.terms]

    def match(self, text: str) -> str | None:
        """The key whose name in any language (or known alias) is `text`, case-insensitively."""
        return self._by_spelling.get(fold(text).rstrip(".;,"))

    def term(self, key: str) -> Term:
        for t in self.terms:
            if t.key == key:
                return t
        raise KeyError(key)


@dataclass(frozen=True)
class ReferenceData:
    revision: str
    deadline: DeadlineRules
    categories: Vocabulary
    outcomes: Vocabulary
    # Abbreviations of legal forms (ТОО, ЖШС, ИП...) that mark a name as an organisation's.
    legal_forms: frozenset[str] = frozenset()


def parse_reference(data: Mapping[str, Any], required_outcomes: Iterable[str]) -> ReferenceData:
    """Check and build reference data; every problem is named by its path in the data."""
    if not isinstance(data, Mapping):
        raise ValidationError({"reference": problem(
            "must be an object of format, deadline, categories and outcomes")})
    problems: dict[str, str] = {}
    if data.get("format") != FORMAT:
        problems["format"] = problem("must be {expected}, is {given}", expected=FORMAT,
                                      given=repr(data.get("format")))
    deadline = data.get("deadline") or {}
    if not isinstance(deadline, Mapping):
        problems["deadline"] = problem(
            "must be an object of days, extension_days and max_extensions")
        deadline = {}
    values = {}
    for name, minimum in (("days", 1), ("extension_days", 0), ("max_extensions", 0)):
        value = deadline.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or not minimum <= value <= 3650:
            problems[f"deadline.{name}"] = problem("must be a whole number from {minimum} to 3650",
                                                    minimum=minimum)
        else:
            values[name] = value
    legal_forms = data.get("legal_forms")
    if not isinstance(legal_forms, list) or not all(isinstance(f, str) and f for f in legal_forms):
        problems["legal_forms"] = problem("must be a list of abbreviations such as ТОО")
        legal_forms = []
    categories = _vocabulary(data.get("categories"), "categories", problems)
    outcomes = _vocabulary(data.get("outcomes"), "outcomes", problems)
    missing = set(required_outcomes) - set(outcomes.keys())
    if missing:
        problems["outcomes"] = problem("missing {keys}", keys=", ".join(sorted(missing)))
    if problems:
        raise ValidationError(problems)
    return ReferenceData(
        revision=str(data.get("revision", "")),
        deadline=DeadlineRules(**values),
        categories=categories,
        outcomes=outcomes,
        legal_forms=frozenset(fold(f) for f in legal_forms),
    )


def _vocabulary(items: Any, path: str, problems: dict[str, str]) -> Vocabulary:
    terms = []
    if not isinstance(items, list) or not items:
        problems[path] = problem("must be a non-empty list")
        return Vocabulary(())
    for i, item in enumerate(items):
        where = f"{path}[{i}]"
        if not isinstance(item, Mapping) or not isinstance(item.get("key"), str):
            problems[where] = problem("needs a text 'key'")
            continue
        absent = [lang for lang in LANGUAGES
                  if not isinstance(item.get(lang), str) or not item[lang]]
        if absent:
            problems[where] = problem("{key}: no label in {languages}", key=item["key"],
                                      languages=", ".join(absent))
            continue
        aliases = item.get("aliases", [])
        if not isinstance(aliases, list | tuple) or not all(isinstance(a, str) for a in aliases):
            # A bare string would otherwise become one alias per letter.
            problems[f"{where}.aliases"] = problem("must be a list of texts")
            continue
        terms.append(Term(item["key"], {lang: item[lang] for lang in LANGUAGES}, tuple(aliases)))
    keys = [t.key for t in terms]
    if len(set(keys)) != len(keys):
        problems[path] = problem("keys repeat")
    owners: dict[str, str] = {}
    for term in terms:
        for spelling in {fold(s) for s in term.spellings()}:
            other = owners.setdefault(spelling, term.key)
            if other != term.key:  # a journal's cell would silently pick one of the two
                problems[path] = problem("{spelling} names both {first} and {second}",
                                         spelling=repr(spelling), first=other, second=term.key)
    return Vocabulary(tuple(terms))
