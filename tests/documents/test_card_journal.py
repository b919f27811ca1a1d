"""The case card and the office journal, rendered to PDF and read back with pypdf."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pypdfium2 as pdfium
import pytest
from babel.dates import format_date
from num2words import num2words
from pypdf import PdfReader

from desktop.core.case import (
    Case,
    CaseStatus,
    Fulfilment,
    Obligation,
    Outcome,
    Referral,
    Session,
)
from desktop.core.mediator import Mediator, MediatorKind
from desktop.core.office import Office
from desktop.core.party import Party, PartyKind, PartyRole
from desktop.core.printed import PrintedDocument
from desktop.core.reference import ReferenceData
from desktop.core.register import CaseSummary, PartyLine
from desktop.documents.material import CaseMaterial, JournalMaterial, Kind
from desktop.documents.render import render_case_document, render_journal, wording

KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"
NUM2WORDS = {"kk": "kz", "ru": "ru", "en": "en"}
LANGUAGES = ["kk", "ru", "kk+ru"]
OFFICE = Office(code="KRG01", name_kk="Бұқар жырау ауданының медиация кабинеті",
                name_ru="Кабинет медиации Бухар-Жырауского района",
                district="Бұқар жырау ауданы", head="Төлеубаева Гүлнар Сәкенқызы")
MEDIATOR = Mediator("Әбдіғаппарова Ұлжан Іңкәрқызы", kind=MediatorKind.PROFESSIONAL,
                    register_number="17")
HASH = "0123456789abcdef" * 4
ISSUED = date(2026, 11, 25)


# --- reading PDFs back -------------------------------------------------------------------------

def flat(text: str) -> str:
    """Text with every run of white space (NBSP, Babel's narrow NBSP too) made one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def page_texts(pdf: bytes) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def text_of(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def footers(language: str, pages: int) -> list[str]:
    """"page X of Y" of every page, in each language of the document."""
    return [wording(lang)["common.page"].format(page=page, pages=pages)
            for lang in language.split("+") for page in range(1, pages + 1)]


def font_names(pdf: bytes) -> dict[str, bool]:
    """Every font the PDF uses, and whether its file is embedded."""
    fonts = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = "/FontFile2" in font["/FontDescriptor"].get_object()
    return fonts


def clashes(pdf: bytes) -> list[tuple[int, str, str]]:
    """Characters drawn over each other (text spilling out of its cell), page by page."""
    found = []
    document = pdfium.PdfDocument(pdf)
    for number in range(len(document)):
        text = document[number].get_textpage()
        boxes = sorted((text.get_charbox(i), text.get_text_range(i, 1))
                       for i in range(text.count_chars()) if text.get_text_range(i, 1).strip())
        active: list = []
        for (left, bottom, right, top), char in boxes:
            active = [a for a in active if a[0][2] - 0.6 > left + 0.6]
            found += [(number + 1, other, char) for (_, o_bottom, _, o_top), other in active
                      if min(top, o_top) - max(bottom, o_bottom) > 0.6]
            active.append(((left, bottom, right, top), char))
    return found


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- the case card -----------------------------------------------------------------------------

def full_case(make_iin: Callable[..., str]) -> Case:
    """A settled case with all there is to record, in names with every Kazakh letter."""
    applicant = Party("Қасымов Әділ Үкібайұлы", PartyRole.APPLICANT, identifier=make_iin(11),
                      address="Қарағанды қ., Шаһмұрат Күлтегін к-сі, 12",
                      phone="+7 701 111 22 33")
    company = Party("ҢӨҰҮ-Құрылыс ЖШС", PartyRole.OTHER_PARTY, PartyKind.LEGAL_ENTITY,
                    identifier=make_iin(12, legal_entity=True),
                    address="Теміртау қ., Республика даңғ., 7",
                    representative="Ғабитов Өмірзақ Һәкімұлы",
                    representative_basis="Сенімхат № 14, 2026 ж. 1 наурыз")
    return Case(
        reg_date=date(2026, 3, 2), category="debt_contracts",
        subject="Қарызды қайтару туралы дау (ғимарат жөндеу)", parties=[applicant, company],
        number="KRG01-2026-0042", referral=Referral.COURT, claim_amount=Decimal("1400000"),
        mediator_ids=[MEDIATOR.id], status=CaseStatus.CLOSED, contract_date=date(2026, 3, 5),
        extensions=1, deadline=date(2026, 5, 4), outcome=Outcome.SETTLED,
        closed_date=date(2026, 3, 20),
        sessions=[Session(date(2026, 3, 10), "Ботақара к., 5-бөлме", (applicant.id, company.id),
                          "Тараптар ұстанымдарын айтты")],
        obligations=[
            Obligation(company.id, "қарыздың бірінші бөлігін қайтару", date(2026, 4, 1),
                       applicant.id, Decimal("1250000"), Fulfilment.FULFILLED,
                       date(2026, 3, 30)),
            Obligation(company.id, "қарыздың қалған бөлігін қайтару", date(2026, 4, 20),
                       applicant.id, Decimal("150000.50")),
        ],
        notes="Екінші тарап өкілі арқылы қатысты.")


@pytest.fixture
def card(make_iin: Callable[..., str], reference: ReferenceData) -> CaseMaterial:
    case = full_case(make_iin)
    printed = (PrintedDocument(case.id, "settlement", "kk+ru", HASH,
                               datetime(2026, 3, 20, 9, 45, tzinfo=UTC)),)
    return CaseMaterial(OFFICE, case, (MEDIATOR,), reference, ISSUED, printed=printed)


def test_the_data_has_every_kazakh_letter(card):
    case = card.case
    written = " ".join([*(p.name for p in case.parties), *(p.representative for p in
                                                            case.parties),
                        *(p.address for p in case.parties), case.subject, MEDIATOR.full_name])
    assert set(KAZAKH_LETTERS) <= set(written)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_card_shows_everything_recorded(card, reference, language):
    pdf = render_case_document(Kind.CARD, card, language)
    text = text_of(pdf)
    case = card.case
    assert case.number in text
    for party in case.parties:
        assert party.name in text
        assert party.identifier in text
        assert party.address in text
    assert "+7 701 111 22 33" in text
    assert "Ғабитов Өмірзақ Һәкімұлы" in text
    assert "Сенімхат № 14, 2026 ж. 1 наурыз" in text
    assert MEDIATOR.full_name in text
    assert case.subject in text
    assert "Ботақара к., 5-бөлме" in text
    assert "Тараптар ұстанымдарын айтты" in text
    assert "қарыздың бірінші бөлігін қайтару" in text
    assert "қарыздың қалған бөлігін қайтару" in text
    assert case.notes in text
    assert HASH[:16] in text
    assert HASH[:17] not in text
    assert set(KAZAKH_LETTERS) <= set(text)
    for lang in language.split("+"):
        words = wording(lang)
        assert num2words(1250000, lang=NUM2WORDS[lang]) in text
        assert num2words(150000, lang=NUM2WORDS[lang]) in text
        assert num2words(1400000, lang=NUM2WORDS[lang]) in text
        assert words["card.referral_court"] in text
        assert words["card.fulfilment_fulfilled"] in text
        assert words["card.paper_settlement"] in text
        assert capitalised(reference.categories.term("debt_contracts").label(lang)) in text
        assert capitalised(reference.outcomes.term("settled").label(lang)) in text
        assert flat(format_date(ISSUED, "long", locale=lang)) in text
    for footer in footers(language, len(page_texts(pdf))):
        assert footer in text


def test_a_card_says_what_is_not_recorded_yet(card, reference):
    case = replace(card.case, status=CaseStatus.REGISTERED, contract_date=None, extensions=0,
                   deadline=None, outcome=None, closed_date=None, sessions=[], obligations=[],
                   notes="", claim_amount=None)
    fresh = replace(card, case=case, mediators=(), printed=())
    text = text_of(render_case_document(Kind.CARD, fresh, "kk+ru"))
    for lang in ("kk", "ru"):
        words = wording(lang)
        for key in ("card.no_sessions", "card.no_terms", "card.no_notes", "card.no_papers",
                    "card.status_registered"):
            assert words[key] in text
    assert "____" not in text  # a card is a report, not a form with lines to fill in
    assert "—" in text


def test_a_card_in_english_and_its_fonts(card):
    pdf = render_case_document(Kind.CARD, card, "en")
    text = text_of(pdf)
    assert "CASE CARD" in text
    assert "one million, two hundred and fifty thousand" in text
    fonts = font_names(pdf)
    assert fonts
    assert all("LiberationSerif" in name and embedded for name, embedded in fonts.items())


def test_a_card_with_pages_of_notes_flows_over_pages_cleanly(card):
    notes = " ".join(f"Ескертпе {n}: тараптар келісім жобасын талқылады." for n in range(400))
    long = replace(card, case=replace(card.case, notes=notes, subject=card.case.subject * 40))
    pdf = render_case_document(Kind.CARD, long, "kk+ru")
    text = text_of(pdf)
    assert len(page_texts(pdf)) >= 5
    assert "Ескертпе 0:" in text
    assert "Ескертпе 399:" in text
    assert clashes(pdf) == []


def test_the_card_is_the_same_every_time(card):
    assert (render_case_document(Kind.CARD, card, "kk+ru")
            == render_case_document(Kind.CARD, card, "kk+ru"))


# --- the office journal ------------------------------------------------------------------------

OUTCOMES = (None, Outcome.SETTLED, Outcome.PARTLY_SETTLED, Outcome.NOT_SETTLED, Outcome.REFUSED,
            Outcome.SETTLED, None)


def summary(case: Case, mediators: tuple[str, ...]) -> CaseSummary:
    """A case as the register lists it."""
    return CaseSummary(
        id=case.id, number=case.number, reg_date=case.reg_date, status=case.status,
        outcome=case.outcome, category=case.category, subject=case.subject,
        claim_amount=case.claim_amount, contract_date=case.contract_date,
        deadline=case.deadline, closed_date=case.closed_date,
        parties=tuple(PartyLine(p.name, p.identifier, str(p.kind), str(p.role))
                      for p in case.parties),
        mediators=mediators)


@pytest.fixture
def journal(make_case: Callable[..., Case],
            reference: ReferenceData) -> Callable[..., JournalMaterial]:
    def make(count: int, **changes) -> JournalMaterial:
        categories = reference.categories.keys()
        cases = []
        for n in range(count):
            outcome = OUTCOMES[n % len(OUTCOMES)]
            reg_date = date(2026, 1, 1) + timedelta(days=n % 90)
            status = (CaseStatus.CLOSED if outcome else
                      CaseStatus.IN_MEDIATION if n % 2 else CaseStatus.REGISTERED)
            case = make_case(reg_date, applicant=f"Қасымов Әділ Үкібайұлы {n}",
                             other="ҢӨҰҮ-Құрылыс ЖШС" if n % 3 else "Ғабитова Һәкімә Шаһмұратқызы",
                             seed=n + 1, category=categories[n % len(categories)],
                             subject=f"Қарызды қайтару туралы дау № {n}",
                             number=f"KRG01-2026-{n + 1:04d}", status=status, outcome=outcome,
                             contract_date=reg_date + timedelta(days=2) if n % 2 else None,
                             deadline=reg_date + timedelta(days=32),
                             closed_date=reg_date + timedelta(days=20) if outcome else None)
            cases.append(summary(case, (MEDIATOR.full_name,)))
        return JournalMaterial(**{"office": OFFICE, "cases": tuple(cases),
                                  "reference": reference, "date_from": date(2026, 1, 1),
                                  "date_to": date(2026, 3, 31), "issued_on": date(2026, 4, 2),
                                  **changes})

    return make


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_journal_lists_every_case(journal, reference, language):
    material = journal(14)
    pdf = render_journal(material, language)
    text = text_of(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    assert all(page.mediabox.width > page.mediabox.height for page in reader.pages)
    for case in material.cases:
        assert case.number in text
        assert case.subject in text
        for party in case.parties:
            assert f"{party.name}, {party.identifier}" in text
    assert MEDIATOR.full_name in text
    printed = " ".join([*(p.name for c in material.cases for p in c.parties), MEDIATOR.full_name,
                        OFFICE.head])
    assert set(KAZAKH_LETTERS) <= set(printed)
    assert set(KAZAKH_LETTERS) <= set(text)
    assert "01.01.2026 – 31.03.2026" in text
    for lang in language.split("+"):
        words = wording(lang)
        assert words["journal.title"] in text
        assert (OFFICE.name_kk if lang == "kk" else OFFICE.name_ru) in text
        assert words["journal.col_parties"] in text
        assert capitalised(reference.outcomes.term("partly_settled").label(lang)) in text
        assert capitalised(words["journal.status_in_mediation"]) in text
        assert words["journal.head"] in text
    assert OFFICE.head in text
    for footer in footers(language, len(reader.pages)):
        assert footer in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_long_journal_has_its_heading_row_on_every_page(journal, language):
    material = journal(120)
    pdf = render_journal(material, language)
    pages = page_texts(pdf)
    heading = [wording(lang)[f"journal.col_{column}"] for lang in language.split("+")
               for column in ("number", "subject", "closed_date")]
    with_cases = [page for page in pages if "KRG01-2026-" in page]
    assert len(with_cases) >= 3
    for page in with_cases:
        for column in heading:
            assert column in page
    text = " ".join(pages)
    for case in material.cases:  # no case lost or printed twice where a page ends
        assert text.count(f"{case.number} ") == 1
    for footer in footers(language, len(pages)):
        assert footer in text


def test_the_journal_counts_its_cases(journal):
    material = journal(120)
    settled = sum(c.outcome in (Outcome.SETTLED, Outcome.PARTLY_SETTLED) for c in material.cases)
    partly = sum(c.outcome is Outcome.PARTLY_SETTLED for c in material.cases)
    closed = sum(c.status is CaseStatus.CLOSED for c in material.cases)
    assert (settled, partly, closed) == (51, 17, 85)
    text = text_of(render_journal(material, "kk+ru"))
    for lang in ("kk", "ru"):
        words = wording(lang)
        assert words["journal.total"].format(count=120) in text
        assert words["journal.settled"].format(count=51, partly=17) in text
        assert words["journal.not_settled"].format(count=85 - 51) in text
        assert words["journal.open"].format(count=120 - 85) in text


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_an_empty_journal_has_its_heading_and_totals_of_zero(journal, language):
    pdf = render_journal(journal(0), language)
    pages = page_texts(pdf)
    assert len(pages) == 1
    for lang in language.split("+"):
        words = wording(lang)
        assert words["journal.col_number"] in pages[0]
        assert words["journal.total"].format(count=0) in pages[0]
        assert words["journal.settled"].format(count=0, partly=0) in pages[0]
        assert words["journal.open"].format(count=0) in pages[0]


def test_the_journal_is_byte_identical_every_time(journal):
    first = render_journal(journal(60), "kk+ru")
    assert render_journal(journal(60), "kk+ru") == first
    assert render_journal(journal(60), "kk+ru") == first


def test_the_journal_uses_only_the_embedded_serif_and_nothing_spills(journal):
    pdf = render_journal(journal(30), "kk+ru")
    fonts = font_names(pdf)
    assert fonts
    assert all("LiberationSerif" in name and embedded for name, embedded in fonts.items())
    assert clashes(pdf) == []


def test_a_case_longer_than_a_page_runs_on_and_the_journal_goes_on(journal):
    material = journal(6)
    cases = list(material.cases)
    words = " ".join(f"сөз{n}" for n in range(700))
    cases[2] = replace(cases[2], subject=words)
    pdf = render_journal(replace(material, cases=tuple(cases)), "ru")
    pages = page_texts(pdf)
    assert len(pages) >= 3
    text = " ".join(pages)
    assert "сөз0 " in text
    assert "сөз699" in text
    for case in material.cases:
        assert text.count(f"{case.number} ") == 1
    assert clashes(pdf) == []
