"""Text normalisation shared by search and by matching names typed in three languages."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# Matching forgives what typing does. A clerk without the Kazakh keyboard writes Касымов for
# Қасымов, or Latin i, ə, ɵ for і, ә, ө; a name pasted from elsewhere may hold Latin a, e, o, c,
# p, x, y, k among Cyrillic letters. Each compares equal to the letter meant. Only comparisons
# use this: the text itself is stored and shown as typed. (Latin h is left alone: it stands for
# Н as often as for Һ.)
_MATCHING = tuple(zip("әғқңөұүһіiəɵaeocpxyk", "агкноуухииаоаеосрхук", strict=True))


def fold(text: str) -> str:
    """The form of `text` that search and name matching compare: no case, ё = е, the Kazakh
    letters as their Russian neighbours (Қ = К), Latin look-alikes as the Cyrillic letter,
    spaces collapsed.

    The search index holds folded text: a change here needs a migration that rebuilds it.
    """
    text = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    # Letter by letter with replace, not str.translate: on Cyrillic text this is 3.5 times
    # faster, and fold runs several times for every row of an imported journal.
    for letter, meant in _MATCHING:
        if letter in text:
            text = text.replace(letter, meant)
    return _SPACES.sub(" ", text).strip()


# The Kazakh Cyrillic alphabet in its order; Russian words sort in it as in Russian.
KAZAKH_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_RANK = {letter: 0x10000 + i for i, letter in enumerate(KAZAKH_ALPHABET)}


def sort_key(text: str) -> tuple[int, ...]:
    """Alphabetical order for names: Ә after А, Қ after К, І after Ы, as a Kazakh reader expects.

    (Code-point order would put every Kazakh letter after Я.)
    """
    return tuple(_RANK.get(ch, ord(ch)) for ch in text.casefold())


def clean_line(text: str) -> str:
    """One line of user text: control characters dropped, runs of spaces collapsed.

    Length is not cut here: too long is a validation error, never a silent truncation.
    """
    text = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text)
    return _SPACES.sub(" ", text).strip()
