"""Text normalisation shared by search and by matching names typed in three languages."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case-insensitive, ё-insensitive, whitespace-collapsed form of `text` for comparison.

    Kazakh letters (ә ғ қ ң ө ұ ү һ і) are kept distinct: they are different letters, not accents.
    """
    text = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    return _SPACES.sub(" ", text).strip()


def clean_line(text: str) -> str:
    """One line of user text: control characters dropped, runs of spaces collapsed.

    Length is not cut here: too long is a validation error, never a silent truncation.
    """
    text = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text)
    return _SPACES.sub(" ", text).strip()
