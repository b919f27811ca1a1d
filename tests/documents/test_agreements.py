"""The signed papers and the invitation, read back from real PDFs in every language."""

from __future__ import annotations

import copy
import io
from dataclasses import replace
from datetime import date, time
from decimal import Decimal

import pypdfium2 as pdfium
import pytest
import zxingcpp
from num2words import num2words
from pypdf import PdfReader

from desktop.core.case import CaseStatus, Outcome
from desktop.core.mediator import MediatorKind
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
    digest = content_hash(Kind.SETTLEMENT, paper, "kk+ru")
    expected = f"{CODE_PREFIX}:SETTLEMENT:{paper.case.id}:{digest}".upper()
    assert found == [expected]
    assert pdf.get_metadata_dict()["Keywords"] == expected


def test_content_hash_is_the_same_in_every_language_and_changes_with_the_record(material):
    paper = material()
    changed = replace(paper, case=replace(paper.case, parties=[
        replace(paper.case.parties[0], address="Абай к-сі, 13"), *paper.case.parties[1:]]))
    assert (content_hash(Kind.SETTLEMENT, paper, "ru")
            != content_hash(Kind.SETTLEMENT, changed, "ru"))
    assert content_hash(Kind.SETTLEMENT, paper, "ru") != content_hash(Kind.TERMINATION, paper, "ru")
    codes = {PdfReader(io.BytesIO(render_case_document(Kind.SETTLEMENT, paper, lang)))
             .metadata["/Keywords"] for lang in LANGUAGE_CHOICES}
    assert len(codes) == 1


# What each signed paper prints, and values it does not: the hash follows the first only, so a
# genuine paper keeps its check when something it does not show changes.
PRINTED = {
    Kind.CONTRACT: ["subject", "contract_date", "category", "party_address", "mediator_kind",
                    "place", "office_name"],
    Kind.SETTLEMENT: ["subject", "closed_date", "term_amount", "party_address", "mediator_kind",
                      "place", "outcome_partly"],
    Kind.TERMINATION: ["subject", "closed_date", "outcome_expired", "party_address", "place"],
}
NOT_PRINTED = {
    Kind.CONTRACT: ["closed_date", "deadline_extended", "mediator_iin", "party_phone",
                    "basis_without_representative", "notes"],
    Kind.SETTLEMENT: ["category", "deadline_extended", "mediator_iin", "party_phone", "notes"],
    Kind.TERMINATION: ["category", "deadline_extended", "mediator_iin", "party_phone", "notes"],
}


def _changed(paper, what: str):
    case, first = paper.case, paper.case.parties[0]
    party = {"party_address": {"address": "Абай к-сі, 13"}, "party_phone": {"phone": "+7 700"},
             "basis_without_representative": {"representative_basis": "сенімхат"}}
    if what in party:
        return replace(paper, case=replace(case, parties=[replace(first, **party[what]),
                                                          *case.parties[1:]]))
    if what in ("mediator_kind", "mediator_iin"):
        mediator = paper.mediators[0]
        change = ({"kind": MediatorKind.PROFESSIONAL} if what == "mediator_kind"
                  else {"iin": "800101300123"})
        return replace(paper, mediators=(replace(mediator, **change),))
    if what in ("place", "office_name"):
        change = {"district": "Абай ауданы"} if what == "place" else {"name_ru": "Другой"}
        return replace(paper, office=replace(paper.office, **change))
    if what == "term_amount":
        terms = [replace(case.obligations[0], amount=Decimal("1")), *case.obligations[1:]]
        return replace(paper, case=replace(case, obligations=terms))
    values = {"subject": "Басқа дау", "contract_date": date(2026, 3, 6),
              "closed_date": date(2026, 3, 21), "category": "family",
              "deadline_extended": date(2026, 5, 4), "notes": "ескерту",
              "outcome_partly": Outcome.PARTLY_SETTLED, "outcome_expired": Outcome.EXPIRED}
    field = {"deadline_extended": "deadline", "outcome_partly": "outcome",
             "outcome_expired": "outcome"}.get(what, what)
    return replace(paper, case=replace(case, **{field: values[what]}))


@pytest.mark.parametrize("kind", list(PRINTED))
def test_the_hash_follows_what_the_paper_prints_and_nothing_else(material, pdf_text, kind):
    paper = material(**KINDS[kind])
    before = content_hash(kind, paper, "ru")
    text = pdf_text(render_case_document(kind, paper, "ru")).split("KELISIM1")[0]
    for what in PRINTED[kind]:
        changed = _changed(paper, what)
        assert content_hash(kind, changed, "ru") != before, what
        assert pdf_text(render_case_document(kind, changed, "ru")).split("KELISIM1")[0] != text
    for what in NOT_PRINTED[kind]:
        changed = _changed(paper, what)
        assert content_hash(kind, changed, "ru") == before, what
        assert pdf_text(render_case_document(kind, changed, "ru")).split("KELISIM1")[0] == text


def test_an_agreement_to_mediate_names_its_language_so_its_hash_does_too(material):
    paper = material(status=CaseStatus.IN_MEDIATION, outcome=None, closed_date=None,
                     obligations=[])
    hashes = {content_hash(Kind.CONTRACT, paper, lang) for lang in LANGUAGE_CHOICES}
    assert len(hashes) == len(LANGUAGE_CHOICES)


def test_the_agreement_to_mediate_states_the_time_limit_it_set_not_an_extension(material,
                                                                              pdf_text):
    extended = material(deadline=date(2026, 5, 4), extensions=1)
    text = pdf_text(render_case_document(Kind.CONTRACT, extended, "ru"))
    assert "то есть до 4 апреля 2026 г." in text


def test_a_settlement_whose_terms_are_written_by_hand_has_no_code(material):
    pdf = render_case_document(Kind.SETTLEMENT, material(obligations=[]), "ru")
    assert PdfReader(io.BytesIO(pdf)).metadata.get("/Keywords", "") == ""


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
