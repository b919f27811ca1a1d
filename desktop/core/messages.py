"""Messages for people, written in English with named values, translatable by the GUI.

`problem()` returns the English text (what the CLI prints and the tests read) as a `Text`, a str
that also keeps its template and values. The GUI translates the template through Qt's catalogue
and fills in the values, so the core stays free of Qt. Qt's lupdate collects every template
written as a literal `problem("...")` call (see installer/translations.py).
"""

from __future__ import annotations

from typing import Any


class Text(str):
    """English text that remembers how it was made, so that it can be said in another language."""

    template: str
    values: dict[str, Any]


def problem(template: str, **values: Any) -> Text:
    text = Text(template.format(**values) if values else template)
    text.template = template
    text.values = values
    return text
