"""Papers of the register: a case's documents, blank forms, the journal of a period, the history
of signed papers printed, and the check of a paper against the record.

The PDF machinery (ReportLab, PDFium) is loaded only by the methods that draw or read a PDF:
listing a case's history or checking a typed code must not pay for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from uuid import UUID

from desktop.core.case import Case
from desktop.core.errors import DomainError, NotFoundError
from desktop.core.files import atomic_write
from desktop.core.messages import problem
from desktop.core.printed import PrintedDocument
from desktop.core.reference import ReferenceData
from desktop.core.register import CaseQuery, SortKey
from desktop.documents.material import (
    BLANK_KINDS,
    CASE_KINDS,
    CODE_PREFIX,
    LANGUAGE_CHOICES,
    SIGNED_KINDS,
    CaseMaterial,
    JournalMaterial,
    Kind,
    Meeting,
    blank_case,
    content_hash,
    verification_code,
)
from desktop.services.cases import CaseService
from desktop.services.mediators import MediatorService
from desktop.services.office import OfficeService
from desktop.services.reference import load_wording_overrides
from desktop.store import documents as document_store
from desktop.store.database import Database

# What a Kelisim check code looks like inside other text (a PDF's keywords or its text layer).
# It is printed in capitals; a scanner or a person may give it in either case.
CODE_PATTERN = re.compile(re.escape(CODE_PREFIX) + r":[a-z]+:[0-9a-f-]{36}:[0-9a-f]{64}",
                          re.IGNORECASE)
_UNSAFE_IN_FILE_NAMES = re.compile(r"[^A-Za-z0-9+_.-]")


class DocumentFileError(DomainError):
    """A PDF that cannot be written, read, or is not a Kelisim paper."""


class PeriodError(DomainError):
    """A journal asked for a period that ends before it starts."""


class CheckCodeError(DomainError):
    """Text that is not a check code of a Kelisim paper."""


@dataclass(frozen=True)
class Document:
    """One case's paper, drawn and ready to save or print."""

    pdf: bytes
    kind: Kind
    language: str
    case_id: UUID
    number: str
    code: str  # the QR code's text; "" for papers that are not signed
    content_hash: str | None  # what the paper says, for signed papers

    @property
    def file_name(self) -> str:
        """E.g. KRG01-2026-0042_settlement_kk+ru.pdf: nothing Windows forbids in a name."""
        return _UNSAFE_IN_FILE_NAMES.sub("_", f"{self.number}_{self.kind}_{self.language}.pdf")


@dataclass(frozen=True)
class Verification:
    """What the register says about a paper's check code."""

    code: str
    kind: Kind
    case_id: UUID
    case_number: str | None  # None: this register holds no such case
    matches: bool  # the paper says what the case's record says now
    printed_at: tuple[datetime, ...]  # when papers with exactly this content were printed (UTC)
    # For a PDF whose code matches: whether its text is what Kelisim prints for the record now
    # (a forger can copy a genuine code into an altered file). None: only a code was checked.
    text_matches: bool | None = None

    @property
    def known(self) -> bool:
        return self.case_number is not None

    @property
    def confirmed(self) -> bool:
        """The paper says what the record says: its code, and its text where there is one."""
        return self.matches and self.text_matches is not False


class DocumentService:
    def __init__(self, db: Database, reference: ReferenceData, office: OfficeService,
                 cases: CaseService, mediators: MediatorService):
        self._db = db
        self._reference = reference
        self._office = office
        self._cases = cases
        self._mediators = mediators
        self._wording = load_wording_overrides(db)  # what the regional centre sent, if any

    # --- drawing -------------------------------------------------------------------------

    def case_document(self, kind: Kind, case_id: UUID, language: str,
                      meeting: Meeting | None = None) -> Document:
        """The PDF of a case's document as the record stands now (render.DocumentError if the
        case cannot have it yet, e.g. a settlement of a case that is not settled)."""
        from desktop.documents.render import code_for, render_case_document

        if kind not in CASE_KINDS:
            raise ValueError(f"{kind} is not a document of a case")
        material = self._material(self._cases.get(case_id), meeting or Meeting())
        pdf = render_case_document(kind, material, language, self._wording)
        code = code_for(kind, material, language)
        return Document(pdf=pdf, kind=kind, language=language, case_id=case_id,
                        number=material.case.number, code=code,
                        content_hash=code.rpartition(":")[2].lower() if code else None)

    def blank(self, kind: Kind, language: str) -> bytes:
        """A form with lines to fill in by hand, for days when the computer is off."""
        from desktop.documents.render import render_case_document

        if kind not in BLANK_KINDS:
            raise ValueError(f"{kind} has no blank form")
        today = self._office.today()
        material = CaseMaterial(office=self._office.require(), case=blank_case(today),
                                mediators=(), reference=self._reference, issued_on=today,
                                blank=True)
        return render_case_document(kind, material, language, self._wording)

    def journal(self, date_from: date, date_to: date, language: str) -> bytes:
        """The office journal of the cases registered from `date_from` to `date_to`."""
        from desktop.documents.render import render_journal

        if date_from > date_to:
            raise PeriodError(problem("the period ends on {date_to}, before it starts on "
                                      "{date_from}", date_to=date_to.isoformat(),
                                      date_from=date_from.isoformat()))
        office = self._office.require()
        ids = self._cases.ids(CaseQuery(registered_from=date_from, registered_to=date_to,
                                        sort=SortKey.REG_DATE, descending=False))
        material = JournalMaterial(office=office, cases=tuple(self._cases.iter_summaries(ids)),
                                   reference=self._reference, date_from=date_from,
                                   date_to=date_to, issued_on=self._office.today())
        return render_journal(material, language, self._wording)

    # --- the history of signed papers ----------------------------------------------------

    def record(self, document: Document) -> PrintedDocument | None:
        """Note a signed paper in its case's history (other papers are not recorded)."""
        if document.content_hash is None:  # not a signed paper, or one without a code
            return None
        office = self._office.require()
        printed = PrintedDocument(case_id=document.case_id, kind=document.kind,
                                  language=document.language,
                                  content_hash=document.content_hash,
                                  printed_at=datetime.now(UTC))
        with self._db.write() as session:
            document_store.insert_printed(session, printed, office.code)
        return printed

    def history(self, case_id: UUID) -> list[PrintedDocument]:
        """The signed papers printed for a case, oldest first."""
        with self._db.read() as session:
            return document_store.printed_documents(session, case_id)

    # --- checking a paper ----------------------------------------------------------------

    def verify(self, code: str) -> Verification:
        """Check a paper's code (as a QR scanner reads it) against the case's record."""
        kind, case_id, digest = parse_code(code)
        canonical = verification_code(kind, case_id, digest)
        try:
            case = self._cases.get(case_id)
        except NotFoundError:  # deleted here, or a case of another office's register
            return Verification(canonical, kind, case_id, None, False, ())
        material = self._material(case, Meeting())
        printed = tuple(p.printed_at for p in material.printed
                        if p.kind == kind and p.content_hash == digest)
        # Only an agreement to mediate says something different in each language.
        matches = any(content_hash(kind, material, language) == digest
                      for language in LANGUAGE_CHOICES)
        return Verification(canonical, kind, case_id, material.case.number, matches, printed)

    def verify_pdf(self, path: Path) -> Verification:
        """Check a PDF that Kelisim wrote: its check code is in its keywords and its text."""
        import pypdfium2

        if not path.exists():
            raise DocumentFileError(problem("{path}: no such file", path=path))
        if not path.is_file():
            raise DocumentFileError(problem("{path}: is a folder, not a file", path=path))
        try:
            data = path.read_bytes()
        except OSError as error:
            raise DocumentFileError(problem("{path}: cannot be read ({reason})", path=path,
                                            reason=error.strerror)) from None
        try:
            keywords, pages = read_pdf(data)
        except pypdfium2.PdfiumError:
            raise DocumentFileError(problem(
                "{path}: is not a PDF file, or a damaged one", path=path)) from None
        # The keywords, else the code printed under the QR code (a copy saved again by another
        # program may have lost its keywords; the printed code is wrapped, so spacing goes).
        found = CODE_PATTERN.search(keywords) or next(
            (m for page in pages if (m := CODE_PATTERN.search(re.sub(r"\s+", "", page)))), None)
        if found is None:
            raise DocumentFileError(problem(
                "{path}: carries no Kelisim check code; only the signed papers Kelisim prints "
                "(agreements, termination notices) can be checked", path=path))
        verification = self.verify(found.group())
        if not verification.matches:
            return verification
        # The same record prints the same text: compare with a fresh print in each language.
        text = _words(pages)
        return replace(verification, text_matches=any(
            _words(read_pdf(self.case_document(verification.kind, verification.case_id,
                                                language).pdf)[1]) == text
            for language in LANGUAGE_CHOICES))

    # --- helpers -------------------------------------------------------------------------

    def _material(self, case: Case, meeting: Meeting) -> CaseMaterial:
        return CaseMaterial(
            office=self._office.require(), case=case,
            mediators=tuple(self._mediators.get(m) for m in case.mediator_ids),
            reference=self._reference, issued_on=self._office.today(), meeting=meeting,
            printed=tuple(self.history(case.id)))


def read_pdf(data: bytes) -> tuple[str, list[str]]:
    """A PDF's keywords and the text of each page. Every PDFium object is closed here, in
    order, not left to the garbage collector."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        pages = []
        for index in range(len(pdf)):
            page = pdf[index]
            text = page.get_textpage()
            try:
                pages.append(text.get_text_range())
            finally:
                text.close()
                page.close()
        return pdf.get_metadata_dict().get("Keywords", ""), pages
    finally:
        pdf.close()


def _words(pages: list[str]) -> str:
    """The words of every page, spacing aside."""
    return " ".join(" ".join(page.split()) for page in pages)


def parse_code(code: str) -> tuple[Kind, UUID, str]:
    """The kind, case and content hash a check code names; CheckCodeError if it is none."""
    text = code.strip()
    parts = text.lower().split(":")
    if (len(parts) == 4 and parts[0] == CODE_PREFIX.lower() and parts[1] in SIGNED_KINDS
            and re.fullmatch(r"[0-9a-f]{64}", parts[3])):
        try:
            return Kind(parts[1]), UUID(parts[2]), parts[3]
        except ValueError:  # not a UUID
            pass
    raise CheckCodeError(problem(
        "{code} is not the check code of a Kelisim paper (one reads like "
        "KELISIM1:settlement:<case>:<64 hexadecimal digits>)",
        code=repr(text if len(text) <= 80 else text[:77] + "...")))


def save_pdf(path: Path, pdf: bytes, *, replace: bool = False) -> None:
    """Write a PDF whole or not at all: an existing file is kept unless `replace`."""
    if path.is_dir():
        raise DocumentFileError(problem("{path}: is a folder, not a file", path=path))
    if path.exists() and not replace:
        raise DocumentFileError(problem(
            "{path}: already exists; choose another name (or --force to replace it)", path=path))
    try:
        atomic_write(path, pdf)  # a power cut leaves no file (or the old one), never half a paper
    except OSError as error:
        raise DocumentFileError(problem("{path}: cannot be written ({reason})", path=path,
                                        reason=error.strerror)) from None
