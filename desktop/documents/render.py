"""Which documents exist, which a case may have, and the PDF of each."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from desktop.core.errors import DomainError
from desktop.core.messages import problem
from desktop.documents import card, contract, invitation, journal, parts, settlement, termination
from desktop.documents.material import (
    LANGUAGE_CHOICES,
    SIGNED_KINDS,
    CaseMaterial,
    JournalMaterial,
    Kind,
    content_hash,
    refusal,
    verification_code,
)
from desktop.documents.page import Draft
from desktop.documents.wording import Overrides, Schema, Wording, check_overrides, load_wording

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
def wording(language: str, folder: Path | None = None, overrides: Overrides = ()) -> Wording:
    return load_wording(language, SCHEMA, folder, overrides)


def check_wording(overrides: Overrides) -> None:
    """Wording sent by the regional centre fits every document (WordingError if not)."""
    check_overrides(overrides, SCHEMA)


def code_for(kind: Kind, material: CaseMaterial, language: str) -> str:
    """The QR code's text for a signed paper of a real case; "" for other papers and blanks,
    and for a settlement whose terms are left to be written by hand: a code cannot vouch for
    what the record does not hold."""
    if kind not in SIGNED_KINDS or material.blank:
        return ""
    if kind is Kind.SETTLEMENT and not material.case.obligations:
        return ""
    return verification_code(kind, material.case.id, content_hash(kind, material, language))


def render_case_document(kind: Kind, material: CaseMaterial, language: str,
                         overrides: Overrides = ()) -> bytes:
    """The PDF of one document of one case (or a blank form) in `language` (see languages()),
    in the shipped wording or the centre's `overrides` of it."""
    if not material.blank and (reason := refusal(kind, material.case)):
        raise DocumentError(reason)
    draft = Draft([wording(lang, None, overrides) for lang in languages(language)],
                  form=material.blank)
    WRITERS[kind](draft, material)
    code = code_for(kind, material, language)
    if kind in SIGNED_KINDS:
        parts.signatures(draft, material, code)
    title = draft.joined(lambda t: t.text(f"{kind}.title"))
    return draft.render(title=title, office=material.office, number=material.case.number,
                        code=code)


def render_journal(material: JournalMaterial, language: str, overrides: Overrides = ()) -> bytes:
    """The office journal of a period: a landscape table of its cases."""
    return journal.render(material, [wording(lang, None, overrides)
                                     for lang in languages(language)])
