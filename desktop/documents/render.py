"""Which documents exist, which a case may have, and the PDF of each."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from desktop.core.case import SETTLING_OUTCOMES, CaseStatus
from desktop.core.errors import DomainError
from desktop.core.messages import problem
from desktop.documents import card, contract, invitation, journal, parts, settlement, termination
from desktop.documents.material import (
    SIGNED_KINDS,
    CaseMaterial,
    JournalMaterial,
    Kind,
    content_hash,
    verification_code,
)
from desktop.documents.page import Draft
from desktop.documents.wording import LANGUAGES, Schema, Wording, load_wording

# The choices of --lang and of the print dialog: one language, or Kazakh and Russian side by side.
LANGUAGE_CHOICES = ("kk", "ru", "kk+ru", "en")
WRITERS = {Kind.CONTRACT: contract.write, Kind.SETTLEMENT: settlement.write,
           Kind.TERMINATION: termination.write, Kind.INVITATION: invitation.write,
           Kind.CARD: card.write}
MODULES = (parts, contract, settlement, termination, invitation, card, journal)
SCHEMA: Schema = {key: frozenset(names) for module in MODULES
                  for key, names in module.WORDING.items()}


class DocumentError(DomainError):
    pass


def languages(choice: str) -> tuple[str, ...]:
    chosen = tuple(choice.split("+"))
    if choice not in LANGUAGE_CHOICES:
        raise DocumentError(problem("unknown document language {language}: choose {choices}",
                                    language=repr(choice), choices=", ".join(LANGUAGE_CHOICES)))
    return chosen


@cache
def wording(language: str, folder: Path | None = None) -> Wording:
    return load_wording(language, SCHEMA, folder)


def check_wording(folder: Path | None = None) -> None:
    """Load every language's wording, so that a fault shows at once, not at the first print."""
    for language in LANGUAGES:
        wording(language, folder)


def refusal(kind: Kind, material: CaseMaterial) -> str | None:
    """Why this case cannot have this document yet, or None."""
    case = material.case
    if material.blank:
        return None
    if kind is Kind.SETTLEMENT and case.outcome not in SETTLING_OUTCOMES:
        return problem("case {number} is not settled: it has no settlement agreement",
                       number=case.number)
    if kind is Kind.TERMINATION and (case.status is not CaseStatus.CLOSED
                                     or case.outcome in SETTLING_OUTCOMES):
        return problem("case {number} did not end without settlement: it has no termination "
                       "notice", number=case.number)
    return None


def code_for(kind: Kind, material: CaseMaterial) -> str:
    """The QR code's text for a signed paper of a real case; "" for other papers and blanks."""
    if kind not in SIGNED_KINDS or material.blank:
        return ""
    return verification_code(kind, material.case.id, content_hash(kind, material))


def render_case_document(kind: Kind, material: CaseMaterial, language: str) -> bytes:
    """The PDF of one document of one case (or a blank form) in `language` (see languages())."""
    if reason := refusal(kind, material):
        raise DocumentError(reason)
    draft = Draft([wording(lang) for lang in languages(language)], form=material.blank)
    WRITERS[kind](draft, material)
    code = code_for(kind, material)
    if kind in SIGNED_KINDS:
        parts.signatures(draft, material, code)
    title = draft.joined(lambda t: t.text(f"{kind}.title"))
    return draft.render(title=title, office=material.office, number=material.case.number,
                        code=code)


def render_journal(material: JournalMaterial, language: str) -> bytes:
    """The office journal of a period: a landscape table of its cases."""
    return journal.render(material, [wording(lang) for lang in languages(language)])
