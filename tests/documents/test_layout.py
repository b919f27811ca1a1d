"""A long settlement flows over pages with nothing cut off or drawn over something else.

The check reads each character's box back from the PDF (pdfium): every box lies within the side
margins and at least 6 mm from the top and bottom edges (where printers still print), and no
two boxes overlap.
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from desktop.documents.material import Kind
from desktop.documents.render import render_case_document

SLACK = 0.6  # points: boxes of neighbouring glyphs may touch where a font kerns


def character_boxes(page: pdfium.PdfPage) -> list[tuple[str, tuple[float, ...]]]:
    text = page.get_textpage()
    boxes = []
    for index in range(text.count_chars()):
        char = text.get_text_range(index, 1)
        if char.strip():
            boxes.append((char, text.get_charbox(index)))
    return boxes


def columns(pdf: pdfium.PdfDocument, count: int) -> list[str]:
    """The body text of each column (Kazakh, then Russian), all pages joined, spacing single."""
    width, height = A4
    left, right = 30 * mm, width - 15 * mm
    middle = (left + right) / 2  # the middle of the gap between two columns
    edges = [(left, right)] if count == 1 else [(left, middle), (middle, right)]
    texts = []
    for start, end in edges:
        pages = [pdf[n].get_textpage().get_text_bounded(start, 20 * mm, end, height - 22 * mm)
                 for n in range(len(pdf))]
        texts.append(" ".join(" ".join(pages).split()))
    return texts


def overlapping(boxes: list[tuple[str, tuple[float, ...]]]) -> list[tuple[str, str]]:
    """Pairs of characters whose boxes overlap (a sweep over x, so long pages stay quick)."""
    ordered = sorted(boxes, key=lambda item: item[1][0])
    active: list[tuple[str, tuple[float, ...]]] = []
    clashes = []
    for char, (left, bottom, right, top) in ordered:
        active = [a for a in active if a[1][2] - SLACK > left + SLACK]
        for other, (_, o_bottom, _, o_top) in active:
            if min(top, o_top) - max(bottom, o_bottom) > SLACK:
                clashes.append((other, char))
        active.append((char, (left, bottom, right, top)))
    return clashes


@pytest.mark.parametrize("language", ["kk", "ru", "kk+ru"])
def test_forty_terms_and_six_parties_flow_over_pages_cleanly(material, language):
    paper = material(parties=6, terms=40)
    pdf_bytes = render_case_document(Kind.SETTLEMENT, paper, language)
    pdf = pdfium.PdfDocument(pdf_bytes)
    assert len(pdf) >= 3
    width, height = A4
    for number in range(len(pdf)):
        boxes = character_boxes(pdf[number])
        assert boxes, f"page {number + 1} is empty"
        for char, (left, bottom, right, top) in boxes:
            assert 25 * mm <= left and right <= width - 10 * mm, (number + 1, char, left, right)
            assert 6 * mm <= bottom and top <= height - 6 * mm, (number + 1, char, bottom, top)
        assert overlapping(boxes) == [], f"page {number + 1}"
    # Read column by column, page after page, without the running header and footer: a term
    # that a page break splits must read whole, once in each language's column.
    for column in columns(pdf, len(language.split("+"))):
        for obligation in paper.case.obligations:
            assert column.count(obligation.description) == 1
        for party in paper.case.parties:
            assert party.name in column


def test_the_overlap_check_sees_an_overlap():
    boxes = [("a", (10.0, 10.0, 20.0, 20.0)), ("b", (15.0, 12.0, 25.0, 22.0)),
             ("c", (30.0, 10.0, 40.0, 20.0))]
    assert overlapping(boxes) == [("a", "b")]
