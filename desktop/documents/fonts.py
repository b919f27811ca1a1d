"""The shipped serif: Liberation Serif, metric-compatible with Times New Roman, with every Kazakh
letter and real bold and italic faces. ReportLab embeds a subset of each face it draws with."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.config import resource

SERIF = "KelisimSerif"
BOLD = SERIF + "-Bold"
ITALIC = SERIF + "-Italic"
BOLD_ITALIC = SERIF + "-BoldItalic"
FACES = {  # registered name -> (file, bold, italic)
    SERIF: ("LiberationSerif-Regular.ttf", 0, 0),
    BOLD: ("LiberationSerif-Bold.ttf", 1, 0),
    ITALIC: ("LiberationSerif-Italic.ttf", 0, 1),
    BOLD_ITALIC: ("LiberationSerif-BoldItalic.ttf", 1, 1),
}


@cache
def register() -> str:
    """Register the family once per process (so <b> and <i> in paragraphs find their faces)."""
    for name, (file, bold, italic) in FACES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
        addMapping(SERIF, bold, italic, name)
    return SERIF
