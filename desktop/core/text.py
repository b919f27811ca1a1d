"""Text normalisation shared by search and by matching names typed in three languages."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# Kazakh typed without the Kazakh keyboard (Latin i for і, the IPA ə and ɵ for ә and ө) and
# Latin look-alikes pasted into Cyrillic names (Aсель with a Latin A) are compared as the
# Cyrillic letters they stand for. Latin text folds the same way on both sides of a comparison,
# so it still matches itself. (h is left alone: it stands for Н as often as for Һ.)
_LOOKALIKES = str.maketrans("iəɵaeocpxyk", "іәөаеосрхук")


def fold(text: str) -> str:
    """Case-, ё- and look-alike-insensitive, whitespace-collapsed form of `text` for comparison.

    Kazakh letters (ә ғ қ ң ө ұ ү һ і) are kept distinct: they are different letters, not accents.
    The search index holds folded text: a change here needs a migration that rebuilds it.
    """
    text = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    return _SPACES.sub(" ", text.translate(_LOOKALIKES)).strip()


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
