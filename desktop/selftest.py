"""`kelisim --self-test`: does this installation work? Checked end to end in a scratch folder.

Meant for the frozen (PyInstaller) program above all, where a data file left out of the bundle
shows only at run time: the migrations are files Alembic loads, the fonts, wording, reference
data and translations are files the program opens. Each step is a named function; the first that
fails stops the test and is named, with its reason, in the one line printed.

To add a step, write a function taking the `Run` and returning a short note, and append it to
STEPS with its name.
"""

from __future__ import annotations

import logging
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__
from desktop.config import resource
from desktop.core.case import Case, Obligation, Outcome
from desktop.core.identifiers import check_digit
from desktop.core.mediator import Mediator, MediatorKind
from desktop.core.party import Party, PartyKind, PartyRole
from desktop.core.register import CaseQuery

if TYPE_CHECKING:
    from desktop.app import App

# The nine letters of Kazakh beyond Russian, capital and small: each must survive into the PDF.
KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"
TODAY = date(2026, 3, 20)  # the office's clock during the test: the same papers every time
APPLICANT = "Әбілқасымова Ғалия Үсенқызы"
OTHER_PARTY = "Іңкәрбеков Һидаят Шаһмұратұлы"
MEDIATOR = "Сәтбаева Ұлжан Қайратқызы"
SUBJECT = "Қарызды қайтару туралы дау (ҢӨҰҮ-Құрылыс ЖШС ғимараты)"
TERM = "Көлік құнының жартысын Өскемендегі үйге дейін төлейді"

# What the program opens as files at run time, besides what the steps below use anyway.
RESOURCES = (
    ("fonts", "LiberationSerif-Regular.ttf"), ("fonts", "LiberationSerif-Bold.ttf"),
    ("fonts", "LiberationSerif-Italic.ttf"), ("fonts", "LiberationSerif-BoldItalic.ttf"),
    ("fonts", "LICENSE-LiberationSerif.txt"),
    ("translations", "kelisim_kk.qm"), ("translations", "kelisim_ru.qm"),
    ("translations", "kelisim_en.qm"),
    ("reference", "defaults.json"), ("demo", "sample_data.json"),
)
WORDING_LANGUAGES = ("kk", "ru", "en")
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # the first bytes of every .qm


class SelfTestFailure(Exception):
    """A step found the installation wrong; the message says what."""


@dataclass
class Run:
    """What the steps share: the scratch folder, and what earlier steps made."""

    folder: Path
    app: App | None = None
    case: Case | None = None
    pdf: bytes = b""
    pdf_text: str = ""
    notes: list[str] = field(default_factory=list)


Step = tuple[str, Callable[[Run], str]]


# --- the steps ----------------------------------------------------------------------------

def check_resources(run: Run) -> str:
    for parts in RESOURCES:
        path = _resource(*parts)
        if path.stat().st_size == 0:
            raise SelfTestFailure(f"resource {'/'.join(parts)} is empty")
        if path.suffix == ".qm" and path.read_bytes()[:16] != QM_MAGIC:
            raise SelfTestFailure(f"resource {'/'.join(parts)} is not a compiled translation")
    wording = 0
    for language in WORDING_LANGUAGES:
        files = sorted(_resource("wording", language).glob("*.toml"))
        if not files:
            raise SelfTestFailure(f"resource wording/{language} holds no wording (*.toml)")
        wording += len(files)
    return f"{len(RESOURCES) + wording} files"


def open_database(run: Run) -> str:
    from desktop.app import open_app
    from desktop.store.migrate import SCHEMA_HEAD, current_revision, head_revision

    run.app = open_app(run.folder / "data")
    shipped = head_revision()  # read from the migration files the program carries
    reached = current_revision(run.app.db.engine)
    if not shipped == reached == SCHEMA_HEAD:
        raise SelfTestFailure(f"the database is at schema {reached}, the migrations shipped end "
                              f"at {shipped}, the program expects {SCHEMA_HEAD}")
    return f"schema {reached}"


def register_case(run: Run) -> str:
    app = _app(run)
    app.office.clock = lambda: TODAY
    app.office.update(code="TEST01", name_kk="Өзіндік тексеру медиация кабинеті",
                      name_ru="Кабинет медиации (самопроверка)")
    mediator = app.mediators.add(Mediator(MEDIATOR, register_number="1",
                                          kind=MediatorKind.PROFESSIONAL))
    applicant = Party(APPLICANT, PartyRole.APPLICANT, PartyKind.INDIVIDUAL,
                      identifier=_iin("9001010"))
    other = Party(OTHER_PARTY, PartyRole.OTHER_PARTY, PartyKind.INDIVIDUAL,
                  identifier=_iin("8505150"))
    case = app.cases.register(Case(
        reg_date=TODAY - timedelta(days=18), category="debt_contracts",
        subject=SUBJECT, parties=[applicant, other],
        mediator_ids=[mediator.id], claim_amount=Decimal("450000")))
    app.cases.start_mediation(case.id, TODAY - timedelta(days=17))
    terms = [Obligation(debtor_id=other.id, creditor_id=applicant.id, description=TERM,
                        amount=Decimal("450000"), due_date=TODAY + timedelta(days=40))]
    run.case = app.cases.close(case.id, Outcome.SETTLED, TODAY - timedelta(days=4), terms)
    # The full-text index (FTS5 in the SQLite the program carries) finds it by a Kazakh word.
    found = app.cases.ids(CaseQuery(search="Іңкәрбеков"))
    if found != [case.id]:
        raise SelfTestFailure(f"the search for a Kazakh name found {len(found)} case(s), not 1")
    return run.case.number


def print_agreement(run: Run) -> str:
    from desktop.documents.material import Kind

    documents = _app(run).documents()
    document = documents.case_document(Kind.SETTLEMENT, _case(run).id, "kk+ru")
    run.pdf = document.pdf
    # English wording too: every language the program prints must load.
    documents.case_document(Kind.SETTLEMENT, _case(run).id, "en")
    return f"{len(run.pdf) // 1024} KB"


def check_fonts(run: Run) -> str:
    fonts = pdf_fonts(run.pdf)
    if not fonts:
        raise SelfTestFailure("the agreement's PDF uses no font")
    missing = sorted(name for name, embedded in fonts.items() if not embedded)
    if missing:
        raise SelfTestFailure("fonts not embedded in the agreement: " + ", ".join(missing))
    return f"{len(fonts)} embedded"


def check_text(run: Run) -> str:
    text = pdf_text(run.pdf)
    run.pdf_text = text
    case = _case(run)
    for wanted in (case.number, APPLICANT, OTHER_PARTY, MEDIATOR, SUBJECT, TERM):
        if wanted not in text:
            raise SelfTestFailure(f"the agreement's text does not read back: {wanted!r} missing")
    if lost := [letter for letter in KAZAKH_LETTERS if letter not in text]:
        raise SelfTestFailure("Kazakh letters lost from the agreement's text: " + "".join(lost))
    return f"{len(text)} characters, all {len(KAZAKH_LETTERS)} Kazakh letters"


def verify_agreement(run: Run) -> str:
    path = run.folder / "agreement.pdf"
    path.write_bytes(run.pdf)
    found = _app(run).documents().verify_pdf(path)
    if not found.confirmed:
        raise SelfTestFailure("the agreement's check code or text does not match its record")
    return "check code and text match"


def exchange_bundle(run: Run) -> str:
    """The office joins a scratch centre, exports its case, and the centre verifies, decrypts
    and merges it: the crypto library, the migrations' triggers and the ledger all work."""
    from desktop.app import open_app

    office = _app(run)
    centre = open_app(run.folder / "centre")
    try:
        centre.sync().init_centre("Өзіндік тексеру орталығы", "TESTC")
        setup = run.folder / "setup.json"
        centre.sync().add_office("TEST01", "Өзіндік тексеру", "Самопроверка", setup)
        office.sync().join(setup)
        bundle = office.sync().export(run.folder / "stick").path
        if APPLICANT.encode() in bundle.read_bytes():
            raise SelfTestFailure("the sync bundle holds a party's name unencrypted")
        [report] = centre.sync().import_paths([bundle])
        if report.status != "applied":
            raise SelfTestFailure(f"the centre refused the office's bundle: {report.reason}")
        received = centre.cases.get_by_number(_case(run).number)
        if [p.name for p in received.parties] != [APPLICANT, OTHER_PARTY]:
            raise SelfTestFailure("the centre's copy of the case differs from the office's")
        return f"{bundle.stat().st_size // 1024} KB, {sum(report.outcomes.values())} records"
    finally:
        centre.close()


# The order matters: each step uses what the ones before it made.
STEPS: list[Step] = [
    ("resources", check_resources),
    ("database", open_database),
    ("register", register_case),
    ("agreement", print_agreement),
    ("fonts", check_fonts),
    ("text", check_text),
    ("verify", verify_agreement),
    ("bundle", exchange_bundle),
]


# --- running ------------------------------------------------------------------------------

@dataclass(frozen=True)
class SelfTestResult:
    ok: bool
    line: str


def run_self_test(steps: Sequence[Step] | None = None) -> SelfTestResult:
    """Run the steps in a scratch folder that is removed afterwards; never touches user data."""
    steps = STEPS if steps is None else steps
    started = time.perf_counter()
    done: list[str] = []
    with _scratch() as folder:
        run = Run(folder=folder)
        try:
            for name, step in steps:
                try:
                    note = step(run)
                except SelfTestFailure as failure:
                    return SelfTestResult(False, _failed(name, str(failure), done))
                except Exception as error:  # anything at all: name it, do not hide it
                    return SelfTestResult(False, _failed(
                        name, f"{type(error).__name__}: {error}", done))
                done.append(f"{name} ({note})" if note else name)
        finally:
            if run.app is not None:
                run.app.close()
    seconds = time.perf_counter() - started
    return SelfTestResult(True, f"kelisim {__version__} self-test passed in {seconds:.1f} s: "
                          + "; ".join(done))


def _failed(name: str, reason: str, done: list[str]) -> str:
    passed = f" (passed: {', '.join(d.split(' (')[0] for d in done)})" if done else ""
    return f"kelisim {__version__} self-test FAILED at step '{name}': {reason}{passed}"


@contextmanager
def _scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="kelisim-self-test-",
                                     ignore_cleanup_errors=True) as name:
        folder = Path(name)
        try:
            yield folder
        finally:
            # The app's log file is held open by its handler: Windows cannot remove it unless
            # it is closed first.
            root = logging.getLogger("kelisim")
            for handler in list(root.handlers):
                if isinstance(handler, logging.FileHandler) and \
                        Path(handler.baseFilename).is_relative_to(folder.resolve()):
                    root.removeHandler(handler)
                    handler.close()


# --- helpers ------------------------------------------------------------------------------

def pdf_fonts(pdf: bytes) -> dict[str, bool]:
    """Every font the PDF's text is drawn in, by its base name: embedded or not (PDFium)."""
    import ctypes

    import pypdfium2
    import pypdfium2.raw as pdfium_c

    fonts: dict[str, bool] = {}
    document = pypdfium2.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                for item in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_TEXT,)):
                    font = pdfium_c.FPDFTextObj_GetFont(item.raw)
                    size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
                    buffer = ctypes.create_string_buffer(size)
                    pdfium_c.FPDFFont_GetBaseFontName(font, buffer, size)
                    name = buffer.value.decode("utf-8", "replace")
                    fonts[name] = fonts.get(name, True) and bool(
                        pdfium_c.FPDFFont_GetIsEmbedded(font))
            finally:
                page.close()
    finally:
        document.close()
    return fonts


def pdf_text(pdf: bytes) -> str:
    """The PDF's text layer as PDFium reads it, whitespace made single, NFC."""
    from desktop.services.documents import read_pdf

    joined = unicodedata.normalize("NFC", " ".join(read_pdf(pdf)[1])).replace("\u00a0", " ")
    return " ".join(joined.split())


def _resource(*parts: str) -> Path:
    try:
        return resource(*parts)
    except FileNotFoundError as error:
        raise SelfTestFailure(str(error)) from None


def _iin(first_seven: str) -> str:
    """A valid IIN starting with these digits (check digit computed)."""
    for n in range(10_000):
        head = f"{first_seven}{n:04d}"
        digit = check_digit(head)
        if digit is not None:
            return head + str(digit)
    raise AssertionError("no valid IIN")  # pragma: no cover - a check digit is nearly always


def _app(run: Run) -> App:
    if run.app is None:
        raise SelfTestFailure("the database was not opened")
    return run.app


def _case(run: Run) -> Case:
    if run.case is None:
        raise SelfTestFailure("no case was registered")
    return run.case
