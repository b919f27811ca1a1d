"""The document service on a real database: papers drawn from the record, their history, and the
check of a paper (its code or its PDF) against the record as it is now."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from uuid import uuid4

import pytest
from num2words import num2words
from pypdf import PdfReader, PdfWriter

from desktop.core.case import Case, Fulfilment, Obligation, Outcome
from desktop.core.errors import NotFoundError
from desktop.core.mediator import Mediator, MediatorKind
from desktop.documents.material import (
    CODE_PREFIX,
    SIGNED_KINDS,
    Kind,
    Meeting,
    verification_code,
)
from desktop.documents.render import DocumentError
from desktop.services.documents import (
    CheckCodeError,
    Document,
    DocumentFileError,
    DocumentService,
    PeriodError,
    save_pdf,
)

TODAY = date(2026, 3, 20)


def text_of(pdf: bytes) -> str:
    """The PDF's text as one line, read back by pypdf (not by the renderer)."""
    return " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(io.BytesIO(pdf)).pages)


def register_case(app, make_case, **changes) -> Case:
    app.office.clock = lambda: TODAY
    mediator = app.mediators.add(Mediator("Өмірзақова Әйгерім Һидаятқызы", register_number="42",
                                          kind=MediatorKind.PROFESSIONAL))
    case = app.cases.register(make_case(date(2026, 3, 2), mediator_ids=[mediator.id],
                                        claim_amount=Decimal("400000"), **changes))
    return app.cases.start_mediation(case.id, date(2026, 3, 3))


@pytest.fixture
def settled(app, make_case) -> Case:
    case = register_case(app, make_case)
    applicant, other = case.parties
    terms = [Obligation(debtor_id=other.id, creditor_id=applicant.id, amount=Decimal("400000"),
                        description="Көлік құнының жартысын төлейді", due_date=date(2026, 5, 1))]
    return app.cases.close(case.id, Outcome.SETTLED, date(2026, 3, 16), terms)


@pytest.fixture
def documents(app) -> DocumentService:
    return app.documents()


# --- drawing ---------------------------------------------------------------------------------

def test_the_settlement_of_a_settled_case(documents, settled):
    document = documents.case_document(Kind.SETTLEMENT, settled.id, "ru")
    assert (document.kind, document.language, document.case_id, document.number) == (
        Kind.SETTLEMENT, "ru", settled.id, settled.number)
    assert re.fullmatch(r"[0-9a-f]{64}", document.content_hash)
    assert document.code == verification_code(Kind.SETTLEMENT, settled.id,
                                              document.content_hash)
    assert document.file_name == f"{settled.number}_settlement_ru.pdf"
    reader = PdfReader(io.BytesIO(document.pdf))
    assert reader.metadata["/Keywords"] == document.code
    text = text_of(document.pdf)
    assert settled.number in text
    for party in settled.parties:
        assert party.name in text and party.identifier in text
    assert "Өмірзақова Әйгерім Һидаятқызы" in text
    assert num2words(400000, lang="ru") in text  # the sum in words
    assert "Көлік құнының жартысын төлейді" in text


def test_a_settlement_of_a_case_that_is_not_settled_is_refused(app, documents, make_case):
    case = register_case(app, make_case)
    with pytest.raises(DocumentError, match=f"case {case.number} is not settled"):
        documents.case_document(Kind.SETTLEMENT, case.id, "ru")
    closed = app.cases.close(case.id, Outcome.NOT_SETTLED, date(2026, 3, 16))
    with pytest.raises(DocumentError, match="is not settled"):
        documents.case_document(Kind.SETTLEMENT, closed.id, "ru")


def test_a_document_of_a_case_that_does_not_exist(documents, settled):
    with pytest.raises(NotFoundError):
        documents.case_document(Kind.SETTLEMENT, uuid4(), "ru")
    with pytest.raises(DocumentError, match="unknown document language 'de'"):
        documents.case_document(Kind.SETTLEMENT, settled.id, "de")


def test_the_bilingual_paper_shares_the_hash_of_each_language(documents, settled):
    hashes = {documents.case_document(Kind.SETTLEMENT, settled.id, lang).content_hash
              for lang in ("ru", "kk", "kk+ru")}
    assert len(hashes) == 1


def test_file_names_are_safe_on_windows():
    document = Document(pdf=b"", kind=Kind.SETTLEMENT, language="kk+ru", case_id=uuid4(),
                        number="KRG01-2026-0042", code="", content_hash=None)
    assert document.file_name == "KRG01-2026-0042_settlement_kk+ru.pdf"
    odd = Document(pdf=b"", kind=Kind.CARD, language="ru", case_id=uuid4(),
                   number='A/B:C*"?<>|', code="", content_hash=None)
    assert re.fullmatch(r"[A-Za-z0-9+_.-]+", odd.file_name)


def test_a_blank_settlement_has_no_case_and_no_code(app, documents, settled):
    pdf = documents.blank(Kind.SETTLEMENT, "ru")
    assert settled.number not in text_of(pdf)
    assert settled.parties[0].name not in text_of(pdf)
    assert not PdfReader(io.BytesIO(pdf)).metadata.get("/Keywords")
    with pytest.raises(ValueError):
        documents.blank(Kind.CARD, "ru")


# The documents below are drawn by modules written beside this service (contract, termination,
# invitation, card, journal).

def test_every_document_of_a_case(app, documents, settled):
    for kind in (Kind.CONTRACT, Kind.SETTLEMENT, Kind.INVITATION, Kind.CARD):
        document = documents.case_document(kind, settled.id, "kk+ru")
        assert settled.number in text_of(document.pdf)
        assert bool(document.code) == (kind in SIGNED_KINDS)
    with pytest.raises(DocumentError, match="did not end without settlement"):
        documents.case_document(Kind.TERMINATION, settled.id, "ru")


def test_an_invitation_names_its_session(documents, settled):
    meeting = Meeting(on=date(2026, 12, 2), at=time(10, 30), place="Кабинет 3")
    text = text_of(documents.case_document(Kind.INVITATION, settled.id, "ru", meeting).pdf)
    assert "Кабинет 3" in text and "10:30" in text


def test_the_journal_lists_the_cases_of_the_period(app, documents, make_case):
    app.office.clock = lambda: TODAY
    inside = [app.cases.register(make_case(date(2026, 3, day), seed=day)) for day in (2, 9)]
    outside = app.cases.register(make_case(date(2026, 2, 27), seed=30))
    text = text_of(documents.journal(date(2026, 3, 1), date(2026, 3, 31), "ru"))
    assert all(case.number in text for case in inside)
    assert text.index(inside[0].number) < text.index(inside[1].number)
    assert outside.number not in text


def test_a_journal_of_a_reversed_period_is_refused(documents):
    with pytest.raises(PeriodError, match="the period ends on 2026-03-01, before it starts on "
                                          "2026-03-31"):
        documents.journal(date(2026, 3, 31), date(2026, 3, 1), "ru")


# --- the history of signed papers ------------------------------------------------------------

def test_record_and_history(documents, settled):
    assert documents.history(settled.id) == []
    first = documents.case_document(Kind.SETTLEMENT, settled.id, "ru")
    before = datetime.now(UTC)
    printed = documents.record(first)
    assert printed is not None
    assert (printed.case_id, printed.kind, printed.language, printed.content_hash) == (
        settled.id, "settlement", "ru", first.content_hash)
    assert before <= printed.printed_at <= datetime.now(UTC)
    second = documents.record(documents.case_document(Kind.SETTLEMENT, settled.id, "kk+ru"))
    assert documents.history(settled.id) == [printed, second]  # oldest first
    unsigned = Document(pdf=b"", kind=Kind.INVITATION, language="ru", case_id=settled.id,
                        number=settled.number, code="", content_hash=None)
    assert documents.record(unsigned) is None
    assert len(documents.history(settled.id)) == 2


def test_the_history_travels_with_the_case_only(app, documents, settled, make_case):
    other = app.cases.register(make_case(date(2026, 3, 10), seed=5))
    documents.record(documents.case_document(Kind.SETTLEMENT, settled.id, "ru"))
    assert documents.history(other.id) == []
    assert app.cases.get(settled.id).version == settled.version  # printing changes no case


def test_a_printed_paper_of_a_missing_case_is_not_recorded(documents, settled):
    document = documents.case_document(Kind.SETTLEMENT, settled.id, "ru")
    ghost = Document(pdf=b"", kind=Kind.SETTLEMENT, language="ru", case_id=uuid4(),
                     number="KRG01-2026-0999", code="", content_hash=document.content_hash)
    with pytest.raises(NotFoundError):
        documents.record(ghost)


# --- checking a paper ------------------------------------------------------------------------

def test_a_fresh_paper_matches_and_an_edit_is_noticed(app, documents, settled):
    document = documents.case_document(Kind.SETTLEMENT, settled.id, "ru")
    never_printed = documents.verify(document.code)
    assert never_printed.matches and never_printed.printed_at == ()
    printed = documents.record(document)
    found = documents.verify(document.code)
    assert (found.known, found.matches, found.case_number, found.kind) == (
        True, True, settled.number, Kind.SETTLEMENT)
    assert found.printed_at == (printed.printed_at,)

    case = app.cases.get(settled.id)
    old_address = case.parties[0].address
    case.parties[0].address = "Қарағанды қ., Ерубаев к-сі, 5"
    app.cases.save(case)
    changed = documents.verify(document.code)
    assert changed.known and not changed.matches
    assert changed.printed_at == (printed.printed_at,)  # it was printed, then the case changed

    case.parties[0].address = old_address  # the record says again what the paper says
    app.cases.save(case)
    assert documents.verify(document.code).matches


def test_what_the_hash_leaves_out(app, documents, settled):
    """Fulfilment is recorded after signing; it must not make the signed paper look forged."""
    code = documents.case_document(Kind.SETTLEMENT, settled.id, "ru").code
    app.cases.record_fulfilment(settled.id, settled.obligations[0].id, Fulfilment.FULFILLED,
                                date(2026, 3, 18))
    assert documents.verify(code).matches


def test_a_code_of_an_unknown_case(documents, settled):
    code = f"{CODE_PREFIX}:settlement:{uuid4()}:{'a' * 64}"
    found = documents.verify(code)
    assert (found.known, found.matches, found.case_number) == (False, False, None)


def test_a_code_read_with_spaces_or_in_small_letters(documents, settled):
    code = documents.case_document(Kind.SETTLEMENT, settled.id, "ru").code
    for read in (f"  {code}\n", code.lower()):
        found = documents.verify(read)
        assert found.matches and found.code == code


@pytest.mark.parametrize("code", [
    "", "hello", f"{CODE_PREFIX}:settlement", f"KELISIM2:settlement:{uuid4()}:{'a' * 64}",
    f"{CODE_PREFIX}:card:{uuid4()}:{'a' * 64}",  # a card is not signed: it has no code
    f"{CODE_PREFIX}:settlement:not-a-uuid:{'a' * 64}",
    f"{CODE_PREFIX}:settlement:{uuid4()}:{'a' * 63}",
    f"{CODE_PREFIX}:settlement:{uuid4()}:{'g' * 64}",
    f"{CODE_PREFIX}:settlement:{uuid4()}:{'a' * 64}:extra",
    "x" * 500,
])
def test_text_that_is_no_code_is_refused_clearly(documents, code):
    with pytest.raises(CheckCodeError, match="is not the check code of a Kelisim paper") as bad:
        documents.verify(code)
    assert len(str(bad.value)) < 250  # a long scan is cut short in the message


def test_verify_a_pdf(documents, settled, tmp_path: Path):
    document = documents.case_document(Kind.SETTLEMENT, settled.id, "kk+ru")
    path = tmp_path / document.file_name
    save_pdf(path, document.pdf)
    documents.record(document)
    found = documents.verify_pdf(path)
    assert found.matches and found.code == document.code and len(found.printed_at) == 1
    assert found.text_matches and found.confirmed


def test_a_pdf_altered_under_a_genuine_code_is_caught(app, documents, settled, tmp_path: Path):
    """A forger prints another sum and copies the genuine code into the file's keywords."""
    genuine = documents.case_document(Kind.SETTLEMENT, settled.id, "ru")
    case = app.cases.get(settled.id)
    case.obligations[0].amount = Decimal("4000000")
    case = app.cases.save(case)
    forged = documents.case_document(Kind.SETTLEMENT, settled.id, "ru").pdf
    case.obligations[0].amount = Decimal("400000")  # the record is as it was when signed
    app.cases.save(case)
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(forged)).pages:
        writer.add_page(page)
    writer.add_metadata({"/Keywords": genuine.code})
    path = tmp_path / "forged.pdf"
    with path.open("wb") as f:
        writer.write(f)
    found = documents.verify_pdf(path)
    assert found.matches and found.text_matches is False and not found.confirmed


def test_an_agreement_to_mediate_still_checks_after_the_case_moves_on(app, documents, make_case):
    case = register_case(app, make_case)
    codes = {lang: documents.case_document(Kind.CONTRACT, case.id, lang).code
             for lang in ("kk", "kk+ru")}
    app.cases.extend(case.id)
    app.cases.close(case.id, Outcome.REFUSED, date(2026, 3, 18))
    for code in codes.values():
        assert documents.verify(code).matches


def test_deleting_a_case_deletes_its_history_of_papers(app, documents, make_case):
    case = app.cases.register(make_case(date(2026, 3, 2)))
    documents.record(documents.case_document(Kind.CONTRACT, case.id, "ru"))
    assert len(documents.history(case.id)) == 1
    app.cases.delete(app.cases.get(case.id))
    assert documents.history(case.id) == []


def test_a_pdf_saved_again_without_its_keywords_still_verifies(documents, settled,
                                                               tmp_path: Path):
    """Another program may drop the metadata; the code printed under the QR code remains."""
    document = documents.case_document(Kind.SETTLEMENT, settled.id, "ru")
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(document.pdf)).pages:
        writer.add_page(page)
    path = tmp_path / "copy.pdf"
    with path.open("wb") as f:
        writer.write(f)
    assert not (PdfReader(path).metadata or {}).get("/Keywords")
    assert documents.verify_pdf(path).code == document.code


def test_files_that_cannot_be_checked_are_named(documents, settled, tmp_path: Path):
    text = tmp_path / "letter.pdf"
    text.write_text("not a pdf at all", encoding="utf-8")
    with pytest.raises(DocumentFileError, match=r"letter\.pdf: is not a PDF file"):
        documents.verify_pdf(text)
    blank = tmp_path / "blank.pdf"
    save_pdf(blank, documents.blank(Kind.SETTLEMENT, "ru"))
    with pytest.raises(DocumentFileError, match=r"blank\.pdf: carries no Kelisim check code"):
        documents.verify_pdf(blank)
    with pytest.raises(DocumentFileError, match=r"missing\.pdf: no such file"):
        documents.verify_pdf(tmp_path / "missing.pdf")
    with pytest.raises(DocumentFileError, match="is a folder"):
        documents.verify_pdf(tmp_path)


# --- writing a PDF ---------------------------------------------------------------------------

def test_save_pdf_is_whole_and_keeps_an_existing_file(tmp_path: Path):
    path = tmp_path / "paper.pdf"
    save_pdf(path, b"%PDF-first")
    with pytest.raises(DocumentFileError, match="already exists"):
        save_pdf(path, b"%PDF-second")
    assert path.read_bytes() == b"%PDF-first"
    save_pdf(path, b"%PDF-second", replace=True)
    assert path.read_bytes() == b"%PDF-second"
    assert [p.name for p in tmp_path.iterdir()] == ["paper.pdf"]  # no partial file left
    with pytest.raises(DocumentFileError, match="cannot be written"):
        save_pdf(tmp_path / "no such folder" / "paper.pdf", b"%PDF")
