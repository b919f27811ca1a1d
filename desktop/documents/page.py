"""The page every document shares, and the draft a document is written into.

A document is written once, as calls on a `Tongue` (one language's wording, dates and sums). A
`Draft` lays those out in one language, or in Kazakh and Russian side by side, paragraph by
paragraph. Every page carries the office's name, the case number and "page X of Y".
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape, unescape

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from desktop import __version__
from desktop.core.office import Office
from desktop.core.reference import Vocabulary
from desktop.documents import fonts
from desktop.documents.wording import Wording
from desktop.documents.words import (
    date_until,
    long_date,
    short_date,
    tenge_in_digits,
    tenge_in_words,
    tiyn,
)

BLANK = "_" * 24  # a line to fill in by hand where a value is not known (or on a blank form)
MARGINS = {"leftMargin": 30 * mm, "rightMargin": 15 * mm, "topMargin": 22 * mm,
           "bottomMargin": 20 * mm}
GAP = 6 * mm  # between the Kazakh and the Russian column
HEADER_TOP, HEADER_LEADING = 10 * mm, 9  # the first header line's baseline from the top edge


@dataclass(frozen=True)
class Size:
    """Type sizes: official papers are set like Times New Roman 14 pt; two columns need less."""

    body: float
    small: float

    def styles(self, ragged: bool = False) -> dict[str, ParagraphStyle]:
        # Justified, as official papers are; a form's runs of blank lines justify badly.
        base = ParagraphStyle("body", fontName=fonts.SERIF, fontSize=self.body,
                              leading=self.body * 1.2,
                              alignment=TA_LEFT if ragged else TA_JUSTIFY,
                              spaceAfter=self.body * 0.4)
        return {
            "body": base,
            "left": ParagraphStyle("left", base, alignment=TA_LEFT),
            "right": ParagraphStyle("right", base, alignment=TA_RIGHT),
            "title": ParagraphStyle("title", base, fontName=fonts.BOLD, alignment=TA_CENTER,
                                    fontSize=self.body + 1, leading=(self.body + 1) * 1.2,
                                    spaceAfter=self.body * 0.8),
            "heading": ParagraphStyle("heading", base, fontName=fonts.BOLD, alignment=TA_LEFT,
                                      spaceBefore=self.body * 0.5),
            "item": ParagraphStyle("item", base, leftIndent=self.body * 1.5,
                                   firstLineIndent=-self.body * 1.5),
            "small": ParagraphStyle("small", base, fontSize=self.small,
                                    leading=self.small * 1.2, alignment=TA_LEFT, spaceAfter=0),
            "cell": ParagraphStyle("cell", base, fontSize=self.small, leading=self.small * 1.15,
                                   alignment=TA_LEFT, spaceAfter=0),
            "head": ParagraphStyle("head", base, fontName=fonts.BOLD, fontSize=self.small,
                                   leading=self.small * 1.15, alignment=TA_CENTER, spaceAfter=0),
        }


SINGLE, PARALLEL, TABLE = Size(14, 10), Size(11, 8.5), Size(9, 8)


class Markup(str):
    """Text already escaped for a paragraph (wording with its values in): not escaped again."""


class Tongue:
    """One language of a document: its wording, and values written the way it writes them."""

    def __init__(self, wording: Wording, styles: dict[str, ParagraphStyle]):
        self.wording = wording
        self.language = wording.language
        self.styles = styles

    def text(self, key: str, **values: object) -> Markup:
        """The wording of `key` with the values filled in, as paragraph markup (values escaped
        unless already markup; an empty value becomes a line to fill in)."""
        wording = self.wording[key]
        filled = {}
        for name, value in values.items():
            text = value if isinstance(value, Markup) else escape(self.fill(value))
            # A value that ends a sentence itself ("2026 г.", a term typed with its full stop)
            # must not leave two full stops where the wording puts one after it.
            if text.endswith(".") and not text.endswith("..") and f"{{{name}}}." in wording:
                text = text[:-1]
            filled[name] = text
        return Markup(wording.format_map(filled))

    def para(self, key: str, style: str = "body", **values: object) -> Paragraph:
        return Paragraph(self.text(key, **values), self.styles[style])

    def plain(self, value: object, style: str = "body") -> Paragraph:
        """A value of the record as a paragraph of its own."""
        return Paragraph(escape(self.fill(value)), self.styles[style])

    def fill(self, value: object) -> str:
        return BLANK if value is None or value == "" else str(value)

    def date(self, day: date | None) -> str:
        return long_date(day, self.language) if day else self.wording["common.blank_date"]

    def date_until(self, day: date | None) -> str:
        """The date a term runs until (Kazakh puts the month in the dative)."""
        return date_until(day, self.language) if day else self.wording["common.blank_date"]

    def short_date(self, day: date | None) -> str:
        return short_date(day, self.language) if day else ""

    def money(self, amount: Decimal | None) -> str:
        """150 000 (сто пятьдесят тысяч) тенге; tiyn, when there are, in digits after."""
        if amount is None:
            return self.wording["common.blank_sum"]
        values = {"digits": tenge_in_digits(amount, self.language),
                  "words": tenge_in_words(amount, self.language)}
        if cents := tiyn(amount):
            return self.wording["common.sum_tiyn"].format(tiyn=f"{cents:02d}", **values)
        return self.wording["common.sum"].format(**values)

    def term(self, vocabulary: Vocabulary, key: str | None) -> str:
        """A word of the reference data; a key the data no longer knows is printed as it is."""
        if not key:
            return ""
        return vocabulary.term(key).label(self.language) if key in vocabulary else key

    def office_name(self, office: Office) -> str:
        # An office is named in Kazakh and Russian; an English paper uses the Russian name.
        return office.name_kk if self.language == "kk" else office.name_ru


class Draft:
    """A document being written: in one language, or in two side by side."""

    def __init__(self, wordings: Sequence[Wording], *, table: bool = False, form: bool = False):
        fonts.register()  # before any paragraph names a face
        self.parallel = len(wordings) > 1
        size = TABLE if table else PARALLEL if self.parallel else SINGLE
        # Justified lines in a half-page column open wide gaps around long Kazakh words.
        self.styles = size.styles(ragged=form or self.parallel)
        self.tongues = [Tongue(w, self.styles) for w in wordings]
        self.landscape = table
        self.story: list[Flowable] = []
        self._rows: list[list[list[Flowable]]] = []

    @property
    def width(self) -> float:
        page = landscape(A4) if self.landscape else A4
        return page[0] - MARGINS["leftMargin"] - MARGINS["rightMargin"]

    def each(self, write: Callable[[Tongue], list[Flowable]]) -> None:
        """Write a passage in every language of the document: side by side when two."""
        if self.parallel:
            self._rows.append([write(t) for t in self.tongues])
        else:
            self.story.extend(write(self.tongues[0]))

    def whole(self, *flowables: Flowable) -> None:
        """Flowables across the whole width, after what was written so far."""
        self._flush()
        self.story.extend(flowables)

    def joined(self, write: Callable[[Tongue], str]) -> str:
        """One text in every language, e.g. a label "Қолы / Подпись" (as markup)."""
        return " / ".join(dict.fromkeys(write(t) for t in self.tongues))

    def _flush(self) -> None:
        if not self._rows:
            return
        half = (self.width - GAP) / 2  # each column's text; the gap is the first's padding
        self.story.append(table(
            self._rows, [half + GAP, half], ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), GAP),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            splitInRow=1))
        self._rows = []

    def render(self, *, title: str, office: Office, number: str, code: str = "") -> bytes:
        """The PDF. The same story gives the same bytes (ReportLab's invariant mode)."""
        self._flush()
        page_size = landscape(A4) if self.landscape else A4
        width, height = page_size
        left, right = MARGINS["leftMargin"], width - MARGINS["rightMargin"]
        # The office's names, wrapped beside the number: an akimat's full name can be long.
        room = right - left - (stringWidth(number, fonts.BOLD, 9) + 6 * mm if number else 0)
        heading = [line for name in dict.fromkeys(t.office_name(office) for t in self.tongues)
                   for line in simpleSplit(name, fonts.SERIF, 8, room)]
        top = max(MARGINS["topMargin"], HEADER_TOP + len(heading) * HEADER_LEADING + 4 * mm)
        footer = " / ".join(dict.fromkeys(t.wording["common.page"] for t in self.tongues))

        def paint(canvas: Canvas, page: int, pages: int) -> None:
            canvas.saveState()
            canvas.setFont(fonts.SERIF, 8)
            y = height - HEADER_TOP
            for line in heading:
                canvas.drawString(left, y, line)
                y -= HEADER_LEADING
            if number:
                canvas.setFont(fonts.BOLD, 9)
                canvas.drawRightString(right, height - HEADER_TOP, number)
            canvas.setLineWidth(0.4)
            canvas.line(left, y + 5, right, y + 5)
            canvas.setFont(fonts.SERIF, 9)
            canvas.drawCentredString((left + right) / 2, 10 * mm,
                                     footer.format(page=page, pages=pages))
            canvas.restoreState()

        out = io.BytesIO()
        doc = BaseDocTemplate(out, pagesize=page_size, invariant=1, title=_plain(title),
                              author=self.tongues[0].office_name(office), subject=number,
                              keywords=code, creator=f"Kelisim {__version__}",
                              lang=self.tongues[0].language,
                              initialFontName=fonts.SERIF,  # never the unembedded Helvetica
                              **(MARGINS | {"topMargin": top}))
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="text",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        doc.build(self.story, canvasmaker=_paged_canvas(paint))
        return out.getvalue()


class Lines(Flowable):
    """Ruled lines across the column, to write on by hand; an optional label before the first."""

    def __init__(self, count: int, style: ParagraphStyle, label: str = ""):
        super().__init__()
        self.count, self.style, self.label = count, style, label

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.count * self.style.leading * 1.3 + self.style.spaceAfter
        return self.width, self.height

    def draw(self) -> None:
        canvas, step = self.canv, self.style.leading * 1.3
        canvas.setFont(self.style.fontName, self.style.fontSize)
        canvas.setLineWidth(0.5)
        indent = 0.0
        if self.label:
            canvas.drawString(0, self.height - step, self.label)
            indent = canvas.stringWidth(self.label + " ", self.style.fontName, self.style.fontSize)
        for row in range(1, self.count + 1):
            y = self.height - row * step - 1
            canvas.line(indent if row == 1 else 0, y, self.width, y)


def table(rows: list, widths: Sequence[float], *commands: tuple, **options) -> Table:
    """A table without padding at the sides, in the shipped font: a cell otherwise names
    Helvetica, which would go into the PDF unembedded."""
    grid = Table(rows, colWidths=list(widths), **options)
    grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.SERIF),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0), *commands]))
    return grid


class QrCode(Flowable):
    """A QR code drawn straight onto the page as one path: encoded once, and no drawing of a
    thousand shapes (ReportLab's widget encodes twice and builds a shape per module)."""

    QUIET = 4  # modules of white border the standard asks for

    def __init__(self, code: str, size: float):
        super().__init__()
        encoder = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        encoder.addData(code)
        encoder.make()
        count = encoder.getModuleCount()
        self.dark = [(row, column) for row in range(count) for column in range(count)
                     if encoder.isDark(row, column)]
        self.modules = count + 2 * self.QUIET
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        step = self.width / self.modules
        path = self.canv.beginPath()
        for row, column in self.dark:
            path.rect((column + self.QUIET) * step,
                      self.height - (row + self.QUIET + 1) * step, step, step)
        self.canv.setFillColorRGB(0, 0, 0)
        self.canv.drawPath(path, stroke=0, fill=1)


def _plain(markup: str) -> str:
    """Paragraph markup as the plain text a PDF viewer shows as the title."""
    return " ".join(unescape(re.sub(r"<[^>]*>", " ", markup)).split())


def _paged_canvas(paint: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that keeps its pages until the end, so each can say how many there are."""

    class PagedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                paint(self, number, len(self._pages))
                Canvas.showPage(self)
            Canvas.save(self)

    return PagedCanvas
