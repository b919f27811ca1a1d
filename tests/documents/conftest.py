"""A case rich enough for every document: Kazakh names with all nine extra letters, a legal
entity with its representative, sums with and without tiyn; and ways to read PDFs back."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader

from desktop.core.case import Case, CaseStatus, Obligation, Outcome
from desktop.core.mediator import Mediator, MediatorKind
from desktop.core.office import Office
from desktop.core.party import Party, PartyKind, PartyRole
from desktop.core.reference import ReferenceData
from desktop.documents.material import CaseMaterial

KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"
OFFICE = Office(code="KRG01", name_kk="Бұқар жырау ауданының медиация кабинеті",
                name_ru="Кабинет медиации Бухар-Жырауского района",
                district="Бұқар жырау ауданы, Ботақара кенті", address="Ботақара к., Абай к-сі, 1",
                phone="+7 721 542 10 20", head="Төлеубаева Гүлнар Сәкенқызы")
MEDIATORS = (Mediator("Әбдіғаппарова Ұлжан Іңкәрқызы", kind=MediatorKind.PUBLIC,
                      register_number="17"),)


def settled_case(make_iin: Callable[..., str], *, parties: int = 2, terms: int = 2) -> Case:
    applicant = Party("Қасымов Әділ Үкібайұлы", PartyRole.APPLICANT, identifier=make_iin(11),
                      address="Қарағанды қ., Шаһмұрат Күлтегін к-сі, 12", phone="+7 701 111 22 33")
    other = Party("ҢӨҰҮ-Құрылыс ЖШС", PartyRole.OTHER_PARTY, PartyKind.LEGAL_ENTITY,
                  identifier=make_iin(12, legal_entity=True),
                  address="Теміртау қ., Республика даңғ., 7",
                  representative="Ғабитов Өмірзақ Һәкімұлы",
                  representative_basis="жарғы / устав")
    extra = [Party(f"Сүлейменова Төлеген {n}", PartyRole.OTHER_PARTY,
                   identifier=make_iin(20 + n), address=f"Ботақара к., {n}-үй")
             for n in range(parties - 2)]
    case = Case(reg_date=date(2026, 3, 2), category="debt_contracts",
                subject="Қарызды қайтару туралы дау (ғимарат жөндеу)",
                parties=[applicant, other, *extra], number="KRG01-2026-0042",
                status=CaseStatus.CLOSED, outcome=Outcome.SETTLED,
                contract_date=date(2026, 3, 5), deadline=date(2026, 4, 4),
                closed_date=date(2026, 3, 20), mediator_ids=[MEDIATORS[0].id])
    case.obligations = [
        Obligation(debtor_id=other.id, creditor_id=applicant.id,
                   description=f"қарыздың {n}-бөлігін қайтару, шарт бойынша",
                   amount=Decimal("1250000") if n % 2 else Decimal("150000.50"),
                   due_date=date(2026, 4, 1 + n % 28))
        for n in range(1, terms + 1)]
    return case


@pytest.fixture
def material(make_iin: Callable[..., str], reference: ReferenceData) -> Callable[..., CaseMaterial]:
    def make(*, parties: int = 2, terms: int = 2, **changes) -> CaseMaterial:
        """`changes` replace fields of the case (e.g. outcome=..., obligations=[])."""
        case = settled_case(make_iin, parties=parties, terms=terms)
        case = replace(case, **changes)
        return CaseMaterial(office=OFFICE, case=case, mediators=MEDIATORS, reference=reference,
                            issued_on=date(2026, 11, 25))

    return make


def read_text(pdf: bytes) -> str:
    """The text layer as pypdf reads it, whitespace (NBSP in grouped digits too) made single."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    text = " ".join(page.extract_text() for page in pages)
    return " ".join(unicodedata.normalize("NFC", text).replace("\u00a0", " ").split())


@pytest.fixture(scope="session")
def pdf_text() -> Callable[[bytes], str]:
    return read_text


@pytest.fixture(scope="session")
def kazakh_letters() -> str:
    return KAZAKH_LETTERS
