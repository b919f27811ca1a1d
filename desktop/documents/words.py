"""Dates and sums as each language writes them: Babel for dates and digits, num2words for words."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal
from num2words import num2words

NUM2WORDS_LANGUAGE = {"kk": "kz", "ru": "ru", "en": "en"}


# Kazakh says "until" with the month in the dative ("1 сәуірге дейін"); Babel writes the
# nominative, so the long date's last word (the month) is put in the dative here.
KAZAKH_DATIVE = {
    "қаңтар": "қаңтарға", "ақпан": "ақпанға", "наурыз": "наурызға", "сәуір": "сәуірге",
    "мамыр": "мамырға", "маусым": "маусымға", "шілде": "шілдеге", "тамыз": "тамызға",
    "қыркүйек": "қыркүйекке", "қазан": "қазанға", "қараша": "қарашаға",
    "желтоқсан": "желтоқсанға",
}


def long_date(day: date, language: str) -> str:
    """2026 ж. 25 қараша / 25 ноября 2026 г. / November 25, 2026."""
    return format_date(day, "long", locale=language)


def date_until(day: date, language: str) -> str:
    """A long date as the object of "until": in Kazakh "2026 ж. 1 сәуірге" (+ "дейін")."""
    text = long_date(day, language)
    if language == "kk":
        head, _, month = text.rpartition(" ")
        text = f"{head} {KAZAKH_DATIVE.get(month, month)}"
    return text


def short_date(day: date, language: str) -> str:
    return format_date(day, "dd.MM.yyyy", locale=language)


def tenge_in_digits(amount: Decimal, language: str) -> str:
    """The whole tenge of a sum grouped as the language groups digits: 150 000 / 150,000."""
    return format_decimal(int(amount), format="#,##0", locale=language)


def tenge_in_words(amount: Decimal, language: str) -> str:
    """The whole tenge of a sum in words; tiyn are written in digits, as agreements do."""
    return num2words(int(amount), lang=NUM2WORDS_LANGUAGE[language])


def tiyn(amount: Decimal) -> int:
    return int((amount - int(amount)) * 100)
