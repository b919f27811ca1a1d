"""Office journal (журнал регистрации дел о медиации / медиация істерін тіркеу журналы): the cases
of a period as one landscape table for the akim's office, then the totals and the head's
signature. In Kazakh and Russian the table is one, its headings and words in both languages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop.core.case import SETTLING_OUTCOMES, CaseStatus, Outcome
from desktop.core.register import CaseSummary
from desktop.documents import fonts, parts
from desktop.documents.material import JournalMaterial
from desktop.documents.page import BLANK, GAP, MARGINS, Draft, Tongue, table
from desktop.documents.wording import Wording

WORDING = {
    "journal.title": set(),
    "journal.period": {"start", "end"},
    "journal.col_no": set(),
    "journal.col_number": set(),
    "journal.col_reg_date": set(),
    "journal.col_parties": set(),
    "journal.col_category": set(),
    "journal.col_subject": set(),
    "journal.col_mediators": set(),
    "journal.col_contract_date": set(),
    "journal.col_deadline": set(),
    "journal.col_result": set(),
    "journal.col_closed_date": set(),
    "journal.status_registered": set(),
    "journal.status_in_mediation": set(),
    "journal.status_closed": set(),
    "journal.totals": set(),
    "journal.total": {"count"},
    "journal.settled": {"count", "partly"},
    "journal.not_settled": {"count"},
    "journal.open": {"count"},
    "journal.issued": {"date"},
    "journal.head": set(),
}
# Each column's heading and width in points; together they fill landscape A4 between margins.
# The widths fit a date, a case number and the longest word of the vocabularies on one line.
COLUMNS = (("journal.col_no", 22), ("journal.col_number", 68), ("journal.col_reg_date", 46),
           ("journal.col_parties", 124), ("journal.col_category", 70),
           ("journal.col_subject", 104), ("journal.col_mediators", 76),
           ("journal.col_contract_date", 46), ("journal.col_deadline", 46),
           ("journal.col_result", 66), ("journal.col_closed_date", 46))
SIZE, LEADING, HEAD_SIZE = 8, 9.4, 7  # points: small type, so that a case takes few lines
PAD, TOP, BOTTOM = 2, 1.5, 2.5  # points inside each cell's border
FRAME_HEIGHT = landscape(A4)[1] - MARGINS["topMargin"] - MARGINS["bottomMargin"]
SHADE = colors.HexColor("#e6e6e6")


def render(material: JournalMaterial, wordings: Sequence[Wording]) -> bytes:
    draft = Draft(wordings, table=True)
    period = " – ".join(draft.tongues[0].short_date(d) for d in (material.date_from,
                                                                  material.date_to))
    _title(draft, material)
    draft.whole(Spacer(1, 4), _cases(draft, material))
    draft.whole(_closing(draft, material))
    title = draft.joined(lambda t: t.text("journal.title"))
    return draft.render(title=title, office=material.office, number=period)


def _title(draft: Draft, material: JournalMaterial) -> None:
    """The title, the office and the period: one line for each language."""
    styles = draft.styles
    office = material.office

    def period(t: Tongue) -> str:
        return t.text("journal.period", start=t.short_date(material.date_from),
                      end=t.short_date(material.date_to))

    draft.whole(Paragraph(_stacked(draft, lambda t: t.text("journal.title")), styles["title"]),
                Paragraph(_stacked(draft, lambda t: escape(t.office_name(office))),
                          ParagraphStyle("office", styles["title"], fontName=fonts.SERIF)),
                Paragraph(_stacked(draft, period), ParagraphStyle("period", styles["body"],
                                                                  alignment=TA_CENTER)))


def _cases(draft: Draft, material: JournalMaterial) -> _Pages:
    style = ParagraphStyle("column", draft.styles["head"], fontSize=HEAD_SIZE,
                           leading=HEAD_SIZE * 1.15)
    heading = [Paragraph(draft.joined(lambda t, k=key: t.text(k)), style) for key, _ in COLUMNS]
    rows = [_row(draft, material, number, summary)
            for number, summary in enumerate(material.cases, 1)]
    return _Pages(heading, _grid([heading]).wrap(0, FRAME_HEIGHT)[1], rows,
                  [_height(row) for row in rows])


class _Pages(Flowable):
    """The cases as one table to the eye, its heading row at the top of every page; cut here
    into a table per page by row heights measured once. (ReportLab's own split of one long
    table measures again all the rows left at every page: time grows with the square of the
    cases. Tables of a fixed number of rows would put a heading row in the middle of a page.)
    """

    def __init__(self, heading: list[Paragraph], head_height: float, rows: list[list[str]],
                 heights: list[float]):
        super().__init__()
        self.heading = heading
        self.head_height = head_height
        self.rows = rows
        self.heights = heights

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(width for _, width in COLUMNS)
        self.height = self.head_height + sum(self.heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        room, fitting = available_height - self.head_height, 0
        for height in self.heights:
            if height > room:
                break
            room -= height
            fitting += 1
        page, rest = self.rows[:fitting], self.rows[fitting:]
        heights = self.heights[fitting:]
        lines = int((room - TOP - BOTTOM) // LEADING)
        if rest and self.head_height + heights[0] > FRAME_HEIGHT and lines > 0:
            # A case longer than a page (a subject of thousands of letters): cut between lines.
            first, second = _cut(rest[0], lines)
            page, rest, heights = [*page, first], [second, *rest[1:]], [_height(second),
                                                                         *heights[1:]]
        if not page:
            return []  # the next case starts on the next page
        grid = _grid([self.heading, *page])
        return [grid, _Pages(self.heading, self.head_height, rest, heights)] if rest else [grid]

    def draw(self) -> None:
        grid = _grid([self.heading, *self.rows])
        grid.wrapOn(self.canv, self.width, self.height)
        grid.drawOn(self.canv, 0, 0)


def _height(row: list[str]) -> float:
    """A row of plain strings is as tall as its most lines: the table measures it so too."""
    return max(cell.count("\n") + 1 for cell in row) * LEADING + TOP + BOTTOM


def _cut(row: list[str], lines: int) -> tuple[list[str], list[str]]:
    """A row cut in two: its first `lines` lines, and the rest."""
    cells = [cell.split("\n") for cell in row]
    return (["\n".join(cell[:lines]) for cell in cells],
            ["\n".join(cell[lines:]) for cell in cells])


def _grid(rows: list[list]) -> Table:
    return table(rows, [width for _, width in COLUMNS],
                 ("FONTSIZE", (0, 0), (-1, -1), SIZE), ("LEADING", (0, 0), (-1, -1), LEADING),
                 ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                 ("TOPPADDING", (0, 0), (-1, -1), TOP),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), BOTTOM),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                 ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                 ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                 repeatRows=1)


def _row(draft: Draft, material: JournalMaterial, number: int, case: CaseSummary) -> list[str]:
    """One case: plain strings broken into lines here, which the table draws far faster than
    paragraphs; words of the vocabulary in every language of the journal."""
    reference = material.reference
    tongue = draft.tongues[0]
    parties = [f"{p.name}, {p.identifier}" if p.identifier else p.name for p in case.parties]
    cells = [
        str(number), case.number, tongue.short_date(case.reg_date), "\n".join(parties),
        _words(draft, lambda t: t.term(reference.categories, case.category)), case.subject,
        "\n".join(case.mediators), tongue.short_date(case.contract_date),
        tongue.short_date(case.deadline), _words(draft, lambda t: _result(t, material, case)),
        tongue.short_date(case.closed_date),
    ]
    return [_wrap(cell, width - 2 * PAD) for cell, (_, width) in zip(cells, COLUMNS, strict=True)]


def _result(t: Tongue, material: JournalMaterial, case: CaseSummary) -> str:
    """The outcome of a closed case, the status of an open one."""
    if case.outcome:
        return t.term(material.reference.outcomes, case.outcome)
    return t.wording[f"journal.status_{case.status}"]


def _words(draft: Draft, label: Callable[[Tongue], str]) -> str:
    return " / ".join(dict.fromkeys(parts.capitalised(label(t)) for t in draft.tongues))


def _wrap(text: str, width: float) -> str:
    """`text` broken into lines no wider than `width`, at spaces, or inside a word too long."""
    space = stringWidth(" ", fonts.SERIF, SIZE)
    lines = []
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for word in paragraph.split():
            size = stringWidth(word, fonts.SERIF, SIZE)
            if line and used + space + size <= width:
                line, used = f"{line} {word}", used + space + size
                continue
            if line:
                lines.append(line)
            while size > width:  # a word wider than the column is cut where it must be
                cut = _fitting(word, width)
                lines.append(word[:cut])
                word = word[cut:]
                size = stringWidth(word, fonts.SERIF, SIZE)
            line, used = word, size
        lines.append(line)
    return "\n".join(lines)


def _fitting(word: str, width: float) -> int:
    """How many of the first letters of `word` fit in `width` (at least one)."""
    used = 0.0
    for count, letter in enumerate(word):
        used += stringWidth(letter, fonts.SERIF, SIZE)
        if used > width:
            return max(count, 1)
    return len(word)


def _closing(draft: Draft, material: JournalMaterial) -> Flowable:
    """The totals, side by side in two languages, and the head's signature: kept together."""
    columns = [_totals(t, material) for t in draft.tongues]
    totals = columns[0]
    if draft.parallel:
        half = (draft.width - GAP) / 2
        totals = [table([[columns[0], "", columns[1]]], [half, GAP, half],
                        ("VALIGN", (0, 0), (-1, -1), "TOP"))]
    return KeepTogether([Spacer(1, 8), *totals, Spacer(1, 10), _signature(draft, material)])


def _totals(t: Tongue, material: JournalMaterial) -> list[Flowable]:
    cases = material.cases
    settled = [c for c in cases if c.outcome in SETTLING_OUTCOMES]
    partly = sum(c.outcome is Outcome.PARTLY_SETTLED for c in settled)
    closed = sum(c.status is CaseStatus.CLOSED for c in cases)
    return [
        t.para("journal.totals", "heading"),
        t.para("journal.total", "left", count=len(cases)),
        t.para("journal.settled", "item", count=len(settled), partly=partly),
        t.para("journal.not_settled", "item", count=closed - len(settled)),
        t.para("journal.open", "item", count=len(cases) - closed),
        t.para("journal.issued", "left", date=t.date(material.issued_on)),
    ]


def _signature(draft: Draft, material: JournalMaterial) -> Table:
    styles = draft.styles
    head = Paragraph(draft.joined(lambda t: t.text("journal.head")), styles["left"])
    line = Paragraph(f"{BLANK}<br/><font size=7>"
                     f"{draft.joined(lambda t: t.text('common.signature'))}</font>",
                     ParagraphStyle("line", styles["left"], alignment=TA_CENTER))
    name = Paragraph(escape(material.office.head) or BLANK, styles["left"])
    width = draft.width
    return table([[head, line, name]], [0.45 * width, 0.25 * width, 0.30 * width],
                 ("VALIGN", (0, 0), (-1, -1), "BOTTOM"))


def _stacked(draft: Draft, write: Callable[[Tongue], str]) -> str:
    """A text in every language of the journal, one line each (a line once if both agree)."""
    return "<br/>".join(dict.fromkeys(write(t) for t in draft.tongues))
