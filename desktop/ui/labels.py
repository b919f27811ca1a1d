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
from desktop.ui.i18n import current_language


def _t(text: str) -> str:
    # lupdate collects _t("...") like QT_TR_NOOP("...") (installer/translations.py): context "".
    return QCoreApplication.translate("", text)


def status(value: CaseStatus) -> str:
    return {
        CaseStatus.REGISTERED: _t("Registered"),
        CaseStatus.IN_MEDIATION: _t("In mediation"),
        CaseStatus.CLOSED: _t("Closed"),
    }[value]


def outcome(value: Outcome) -> str:
    return {
        Outcome.SETTLED: _t("Settled"),
        Outcome.PARTLY_SETTLED: _t("Partly settled"),
        Outcome.NOT_SETTLED: _t("Not settled"),
        Outcome.REFUSED: _t("A party refused"),
        Outcome.STOPPED: _t("Stopped by the mediator"),
        Outcome.EXPIRED: _t("Time limit expired"),
    }[value]


def referral(value: Referral) -> str:
    return {
        Referral.OWN_APPLICATION: _t("Own application"),
        Referral.COURT: _t("Court"),
        Referral.POLICE: _t("Police"),
        Referral.PROSECUTOR: _t("Prosecutor"),
        Referral.AKIMAT: _t("Akimat"),
        Referral.SCHOOL: _t("School"),
        Referral.EMPLOYER: _t("Employer"),
        Referral.OTHER: _t("Other"),
    }[value]


def stage(value: Stage) -> str:
    return {
        Stage.PRE_TRIAL: _t("Before court"),
        Stage.IN_COURT: _t("In court"),
        Stage.ENFORCEMENT: _t("Enforcement"),
    }[value]


def fulfilment(value: Fulfilment) -> str:
    return {
        Fulfilment.PENDING: _t("Pending"),
        Fulfilment.FULFILLED: _t("Fulfilled"),
        Fulfilment.PARTLY_FULFILLED: _t("Partly fulfilled"),
        Fulfilment.NOT_FULFILLED: _t("Not fulfilled"),
    }[value]


def party_kind(value: PartyKind) -> str:
    return {PartyKind.INDIVIDUAL: _t("Individual"),
            PartyKind.LEGAL_ENTITY: _t("Legal entity")}[value]


def party_role(value: PartyRole) -> str:
    return {PartyRole.APPLICANT: _t("Applicant"), PartyRole.OTHER_PARTY: _t("Other party")}[value]


def identifier_name(kind: PartyKind) -> str:
    """ИИН/ЖСН for a person, БИН/БСН for an organisation."""
    return _t("BIN") if kind is PartyKind.LEGAL_ENTITY else _t("IIN")


def mediator_kind(value: MediatorKind) -> str:
    return {MediatorKind.PROFESSIONAL: _t("Professional mediator"),
            MediatorKind.PUBLIC: _t("Public mediator")}[value]


def due(value: DueState) -> str:
    """Said in words (not only by colour) next to a deadline."""
    return {
        DueState.NONE: "",
        DueState.ON_TIME: "",
        DueState.DUE_SOON: _t("Due soon"),
        DueState.OVERDUE: _t("Overdue"),
    }[value]


def term(vocabulary: Vocabulary, key: str) -> str:
    """A category or other reference term in the current language (it is data, not code)."""
    try:
        return vocabulary.term(key).label(current_language())
    except KeyError:
        return key
