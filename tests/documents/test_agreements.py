"""The signed papers and the invitation, read back from real PDFs in every language."""

from __future__ import annotations

import copy
import io
from dataclasses import replace
from datetime import date, time

import pypdfium2 as pdfium
import pytest
import zxingcpp
from num2words import num2words
from pypdf import PdfReader

from desktop.core.case import CaseStatus, Outcome
from desktop.documents.material import (
    CODE_PREFIX,
    Kind,
    Meeting,
    blank_case,
    content_hash,
)
from desktop.documents.render import (
    LANGUAGE_CHOICES,
    DocumentError,
    render_case_document,
)

UNSETTLED = {"outcome": Outcome.REFUSED, "obligations": []}
KINDS = {Kind.CONTRACT: {}, Kind.SETTLEMENT: {}, Kind.TERMINATION: UNSETTLED,
         Kind.INVITATION: {}}
WORDS_LANGUAGE = {"kk": "kz", "ru": "ru", "en": "en"}


@pytest.mark.parametrize("language", LANGUAGE_CHOICES)
@pytest.mark.parametrize("kind", list(KINDS))
def test_every_paper_reads_back_as_stored(material, pdf_text, kazakh_letters, kind, language):
    paper = material(**KINDS[kind])
    text = pdf_text(render_case_document(kind, paper, language))
    assert paper.case.number in text
    for party in paper.case.parties:
        assert party.name in text
        assert party.identifier in text
    assert set(kazakh_letters) <= set(text)
    assert paper.mediators[0].full_name in text
    pages = len(PdfReader(io.BytesIO(render_case_document(kind, paper, language))).pages)
    if language == "ru":
        assert f"Страница {pages} из {pages}" in text
    if kind is Kind.SETTLEMENT:
        for obligation in paper.case.obligations:
            assert obligation.description in text
        for lang in language.split("+"):
            assert num2words(1250000, lang=WORDS_LANGUAGE[lang]) in text
            assert num2words(150000, lang=WORDS_LANGUAGE[lang]) in text


def test_sums_are_written_in_digits_and_words_with_tiyn(material, pdf_text):
    text = pdf_text(render_case_document(Kind.SETTLEMENT, material(), "ru"))
    assert "1 250 000 (один миллион двести пятьдесят тысяч) тенге" in text
    assert "150 000 (сто пятьдесят тысяч) тенге 50 тиын" in text
    kazakh = pdf_text(render_case_document(Kind.SETTLEMENT, material(), "kk"))
    assert "1 250 000 (бір миллион екі жүз елу мың) теңге" in kazakh


def test_dates_are_written_the_way_each_language_writes_them(material, pdf_text):
    assert "20 марта 2026 г." in pdf_text(render_case_document(Kind.SETTLEMENT, material(), "ru"))
    assert "2026 ж. 20 наурыз" in pdf_text(render_case_document(Kind.SETTLEMENT, material(),
                                                                 "kk"))


def test_the_same_case_gives_byte_identical_pdfs(material):
    paper = material()
    for language in LANGUAGE_CHOICES:
        assert (render_case_document(Kind.SETTLEMENT, paper, language)
                == render_case_document(Kind.SETTLEMENT, copy.deepcopy(paper), language))


def test_every_font_is_embedded_and_none_is_a_standard_one(material):
    reader = PdfReader(io.BytesIO(render_case_document(Kind.SETTLEMENT, material(), "kk+ru")))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert len(fonts) >= 2  # regular and bold
    for name, font in fonts.items():
        assert "LiberationSerif" in name
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"


def test_qr_code_carries_the_case_and_the_content_hash(material):
    paper = material()
    pdf = pdfium.PdfDocument(render_case_document(Kind.SETTLEMENT, paper, "kk+ru"))
    found = [r.text for i in range(len(pdf))
             for r in zxingcpp.read_barcodes(pdf[i].render(scale=150 / 72).to_pil())]
    digest = content_hash(Kind.SETTLEMENT, paper)
    expected = f"{CODE_PREFIX}:SETTLEMENT:{paper.case.id}:{digest}".upper()
    assert found == [expected]
    assert pdf.get_metadata_dict()["Keywords"] == expected


def test_content_hash_is_the_same_in_every_language_and_changes_with_the_record(material):
    paper = material()
    changed = replace(paper, case=replace(paper.case, parties=[
        replace(paper.case.parties[0], address="Абай к-сі, 13"), *paper.case.parties[1:]]))
    assert content_hash(Kind.SETTLEMENT, paper) != content_hash(Kind.SETTLEMENT, changed)
    assert content_hash(Kind.SETTLEMENT, paper) != content_hash(Kind.CONTRACT, paper)
    codes = {PdfReader(io.BytesIO(render_case_document(Kind.SETTLEMENT, paper, lang)))
             .metadata["/Keywords"] for lang in LANGUAGE_CHOICES}
    assert len(codes) == 1


def test_an_unsettled_case_has_no_settlement_agreement(material):
    with pytest.raises(DocumentError, match="KRG01-2026-0042 is not settled"):
        render_case_document(Kind.SETTLEMENT, material(**UNSETTLED), "ru")
    with pytest.raises(DocumentError, match="did not end without settlement"):
        render_case_document(Kind.TERMINATION, material(), "ru")
    open_case = material(status=CaseStatus.IN_MEDIATION, outcome=None, closed_date=None,
                         obligations=[])
    with pytest.raises(DocumentError, match="did not end without settlement"):
        render_case_document(Kind.TERMINATION, open_case, "ru")


@pytest.mark.parametrize("outcome, ground", [
    (Outcome.REFUSED, "отказ стороны"), (Outcome.STOPPED, "решение медиатора"),
    (Outcome.EXPIRED, "истечение срока"), (Outcome.NOT_SETTLED, "не достигли соглашения")])
def test_termination_notice_names_its_ground(material, pdf_text, outcome, ground):
    paper = material(outcome=outcome, obligations=[])
    assert ground in pdf_text(render_case_document(Kind.TERMINATION, paper, "ru"))


def test_invitation_has_a_page_for_each_party_with_the_session_and_contacts(material):
    meeting = Meeting(on=date(2026, 12, 2), at=time(10, 30),
                      place="Ботақара к., Абай к-сі, 1, 5-бөлме")
    paper = replace(material(parties=3), meeting=meeting)
    pdf = render_case_document(Kind.INVITATION, paper, "ru")
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) == 3
    for page, party in zip(pages, paper.case.parties, strict=True):
        assert party.name in page
        assert "2 декабря 2026 г., 10:30" in page
        assert "5-бөлме" in page
        assert paper.office.phone in page.replace("\u00a0", " ")


@pytest.mark.parametrize("kind", [Kind.CONTRACT, Kind.SETTLEMENT, Kind.INVITATION])
@pytest.mark.parametrize("language", LANGUAGE_CHOICES)
def test_blank_forms_have_lines_and_no_code(material, pdf_text, kind, language):
    paper = replace(material(), case=blank_case(date(2026, 11, 25)), mediators=(), blank=True)
    pdf = render_case_document(kind, paper, language)
    text = pdf_text(pdf)
    assert "____" in text
    assert PdfReader(io.BytesIO(pdf)).metadata.get("/Keywords", "") == ""
    assert "KELISIM1" not in text


def test_a_settlement_without_recorded_terms_leaves_lines_to_write_them(material, pdf_text):
    text = pdf_text(render_case_document(Kind.SETTLEMENT, material(obligations=[]), "ru"))
    assert "2. Условия урегулирования спора 1. 2. 3. 4. 5." in text
