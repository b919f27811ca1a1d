"""Words for the domain's values (statuses, outcomes, roles...), in the current language.

The core keeps these as enum values; people see them only through here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.case import CaseStatus, Fulfilment, Outcome, Referral, Stage
from desktop.core.deadline import DueState
from desktop.core.mediator import MediatorKind
from desktop.core.party import PartyKind, PartyRole
from desktop.core.reference import Vocabulary
from desktop.documents.material import Kind
from desktop.ui.i18n import LANGUAGES, current_language


def word(text: str) -> str:
    """`text` in the current language, for module-level code that has no `self.tr`.

    lupdate collects word("...") like QT_TR_NOOP("...") (installer/translations.py), so the
    argument must be a string literal.
    """
    return QCoreApplication.translate("", text)


def status(value: CaseStatus) -> str:
    return {
        CaseStatus.REGISTERED: word("Registered"),
        CaseStatus.IN_MEDIATION: word("In mediation"),
        CaseStatus.CLOSED: word("Closed"),
    }[value]


def outcome(value: Outcome) -> str:
    return {
        Outcome.SETTLED: word("Settled"),
        Outcome.PARTLY_SETTLED: word("Partly settled"),
        Outcome.NOT_SETTLED: word("Not settled"),
        Outcome.REFUSED: word("A party refused"),
        Outcome.STOPPED: word("Stopped by the mediator"),
        Outcome.EXPIRED: word("Time limit expired"),
    }[value]


def referral(value: Referral) -> str:
    return {
        Referral.OWN_APPLICATION: word("Own application"),
        Referral.COURT: word("Court"),
        Referral.POLICE: word("Police"),
        Referral.PROSECUTOR: word("Prosecutor"),
        Referral.AKIMAT: word("Akimat"),
        Referral.SCHOOL: word("School"),
        Referral.EMPLOYER: word("Employer"),
        Referral.OTHER: word("Other"),
    }[value]


def stage(value: Stage) -> str:
    return {
        Stage.PRE_TRIAL: word("Before court"),
        Stage.IN_COURT: word("In court"),
        Stage.ENFORCEMENT: word("Enforcement"),
    }[value]


def fulfilment(value: Fulfilment) -> str:
    return {
        Fulfilment.PENDING: word("Pending"),
        Fulfilment.FULFILLED: word("Fulfilled"),
        Fulfilment.PARTLY_FULFILLED: word("Partly fulfilled"),
        Fulfilment.NOT_FULFILLED: word("Not fulfilled"),
    }[value]


def party_kind(value: PartyKind) -> str:
    return {PartyKind.INDIVIDUAL: word("Individual"),
            PartyKind.LEGAL_ENTITY: word("Legal entity")}[value]


def party_role(value: PartyRole) -> str:
    return {PartyRole.APPLICANT: word("Applicant"),
            PartyRole.OTHER_PARTY: word("Other party")}[value]


def identifier_name(kind: PartyKind) -> str:
    """ИИН/ЖСН for a person, БИН/БСН for an organisation."""
    return word("BIN") if kind is PartyKind.LEGAL_ENTITY else word("IIN")


def mediator_kind(value: MediatorKind) -> str:
    return {MediatorKind.PROFESSIONAL: word("Professional mediator"),
            MediatorKind.PUBLIC: word("Public mediator")}[value]


def due(value: DueState) -> str:
    """Said in words (not only by colour) next to a deadline."""
    return {
        DueState.NONE: "",
        DueState.ON_TIME: "",
        DueState.DUE_SOON: word("Due soon"),
        DueState.OVERDUE: word("Overdue"),
    }[value]


def document_kind(value: Kind) -> str:
    return {
        Kind.CONTRACT: word("Agreement to mediate"),
        Kind.SETTLEMENT: word("Settlement agreement"),
        Kind.TERMINATION: word("Notice that mediation ended without settlement"),
        Kind.INVITATION: word("Invitation to a mediation session"),
        Kind.CARD: word("Case card"),
        Kind.JOURNAL: word("Office journal"),
    }[value]


def document_language(choice: str) -> str:
    """A language of a paper (desktop.documents.render.LANGUAGE_CHOICES), named in itself."""
    if choice == "kk+ru":
        return word("{kk} + {ru} side by side").format(kk=LANGUAGES["kk"], ru=LANGUAGES["ru"])
    return LANGUAGES.get(choice, choice)


def term(vocabulary: Vocabulary, key: str) -> str:
    """A category or other reference term in the current language (it is data, not code)."""
    try:
        label = vocabulary.term(key).label(current_language())
    except KeyError:
        return key
    return label[:1].upper() + label[1:]  # data keeps the form for sentences; a list starts big
