"""A mediation case: the aggregate of parties, mediators, sessions, outcome and agreed terms."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from desktop.core.errors import ValidationError
from desktop.core.ids import new_id
from desktop.core.limits import check_text
from desktop.core.messages import problem
from desktop.core.party import Party, PartyRole, party_problems
from desktop.core.reference import ReferenceData


class CaseStatus(StrEnum):
    REGISTERED = "registered"
    IN_MEDIATION = "in_mediation"
    CLOSED = "closed"


OPEN_STATUSES = (CaseStatus.REGISTERED, CaseStatus.IN_MEDIATION)


class Outcome(StrEnum):
    SETTLED = "settled"
    PARTLY_SETTLED = "partly_settled"
    NOT_SETTLED = "not_settled"
    REFUSED = "refused"
    STOPPED = "stopped"
    EXPIRED = "expired"


# Outcomes after which the parties owe each other what they agreed.
SETTLING_OUTCOMES = (Outcome.SETTLED, Outcome.PARTLY_SETTLED)


class Referral(StrEnum):
    """How the case came to the office."""

    OWN_APPLICATION = "own_application"
    COURT = "court"
    POLICE = "police"
    PROSECUTOR = "prosecutor"
    AKIMAT = "akimat"
    SCHOOL = "school"
    EMPLOYER = "employer"
    OTHER = "other"


class Stage(StrEnum):
    PRE_TRIAL = "pre_trial"
    IN_COURT = "in_court"
    ENFORCEMENT = "enforcement"


class Fulfilment(StrEnum):
    PENDING = "pending"
    FULFILLED = "fulfilled"
    PARTLY_FULFILLED = "partly_fulfilled"
    NOT_FULFILLED = "not_fulfilled"


# Terms still owed: once fulfilled or recorded as not fulfilled, nothing is left to watch.
OWED_FULFILMENTS = (Fulfilment.PENDING, Fulfilment.PARTLY_FULFILLED)
# Terms carried out, wholly or in part: these need the day they were.
DATED_FULFILMENTS = (Fulfilment.FULFILLED, Fulfilment.PARTLY_FULFILLED)


@dataclass
class Session:
    """A mediation session: when, where, which parties came, what happened."""

    held_on: date
    place: str = ""
    attended: tuple[UUID, ...] = ()
    notes: str = ""
    id: UUID = field(default_factory=new_id)


@dataclass
class Obligation:
    """One agreed term: the debtor owes the creditor something by a date."""

    debtor_id: UUID
    description: str
    due_date: date | None = None
    creditor_id: UUID | None = None
    amount: Decimal | None = None  # tenge
    fulfilment: Fulfilment = Fulfilment.PENDING
    fulfilled_on: date | None = None
    id: UUID = field(default_factory=new_id)


@dataclass
class Case:
    reg_date: date
    category: str
    subject: str
    parties: list[Party]
    number: str = ""  # given at registration
    referral: Referral = Referral.OWN_APPLICATION
    stage: Stage = Stage.PRE_TRIAL
    claim_amount: Decimal | None = None
    mediator_ids: list[UUID] = field(default_factory=list)
    status: CaseStatus = CaseStatus.REGISTERED
    contract_date: date | None = None  # the agreement to mediate was signed
    extensions: int = 0
    deadline: date | None = None
    sessions: list[Session] = field(default_factory=list)
    outcome: Outcome | None = None
    closed_date: date | None = None
    obligations: list[Obligation] = field(default_factory=list)
    notes: str = ""
    id: UUID = field(default_factory=new_id)
    version: int = 0  # 0 until stored

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def party(self, party_id: UUID) -> Party:
        for party in self.parties:
            if party.id == party_id:
                return party
        raise KeyError(party_id)


MAX_AMOUNT = Decimal("1000000000000")  # a trillion tenge: larger is a typing error


def validate_case(case: Case, reference: ReferenceData) -> None:
    """Check every invariant of a case; all problems are reported at once, by field path."""
    problems: dict[str, str] = {}
    if case.category not in reference.categories:
        problems["category"] = problem("unknown category {category}",
                                       category=repr(case.category))
    if not case.subject.strip():
        problems["subject"] = problem("is required")
    check_text(problems, "subject", case.subject, "text")
    check_text(problems, "notes", case.notes, "notes")
    _amount_problem(problems, "claim_amount", case.claim_amount)
    _party_problems(case, problems)
    _state_problems(case, problems)
    if len(set(case.mediator_ids)) != len(case.mediator_ids):
        problems["mediators"] = problem("the same mediator is named twice")
    party_ids = {p.id for p in case.parties}
    for i, session in enumerate(case.sessions):
        path = f"sessions[{i}]"
        check_text(problems, f"{path}.place", session.place, "line")
        check_text(problems, f"{path}.notes", session.notes, "notes")
        if session.held_on < case.reg_date:
            problems[f"{path}.held_on"] = problem("is before the registration date")
        elif case.closed_date and session.held_on > case.closed_date:
            problems[f"{path}.held_on"] = problem("is after the case was closed")
        if not set(session.attended) <= party_ids:
            problems[f"{path}.attended"] = problem("names someone who is not a party to this case")
    for i, obligation in enumerate(case.obligations):
        _obligation_problems(case, obligation, f"obligations[{i}]", party_ids, problems)
    if problems:
        raise ValidationError(problems)


def _party_problems(case: Case, problems: dict[str, str]) -> None:
    roles = [p.role for p in case.parties]
    if len(case.parties) < 2:
        problems["parties"] = problem("a dispute needs at least two parties")
    elif PartyRole.APPLICANT not in roles or PartyRole.OTHER_PARTY not in roles:
        problems["parties"] = problem("needs an applicant and at least one other party")
    for i, party in enumerate(case.parties):
        party_problems(party, f"parties[{i}]", problems)
    identifiers = [p.identifier for p in case.parties if p.identifier]
    if len(set(identifiers)) != len(identifiers):
        problems["parties"] = problem("the same IIN/BIN is given for two parties")


def _state_problems(case: Case, problems: dict[str, str]) -> None:
    if case.contract_date and case.contract_date < case.reg_date:
        problems["contract_date"] = problem("is before the registration date")
    if case.status is CaseStatus.IN_MEDIATION and not case.contract_date:
        problems["contract_date"] = problem("is required once mediation has started")
    if case.status is CaseStatus.CLOSED:
        if case.outcome is None:
            problems["outcome"] = problem("is required for a closed case")
        if case.closed_date is None:
            problems["closed_date"] = problem("is required for a closed case")
        elif case.closed_date < (case.contract_date or case.reg_date):
            problems["closed_date"] = problem(
                "is before the case was registered or mediation began")
    elif case.outcome is not None or case.closed_date is not None:
        problems["outcome"] = problem("only a closed case has an outcome")
    if case.obligations and case.outcome not in SETTLING_OUTCOMES:
        problems["obligations"] = problem("only a settled or partly settled case has agreed terms")


def _obligation_problems(case: Case, obligation: Obligation, path: str, party_ids: set[UUID],
                         problems: dict[str, str]) -> None:
    if not obligation.description.strip():
        problems[f"{path}.description"] = problem("is required")
    check_text(problems, f"{path}.description", obligation.description, "text")
    if obligation.debtor_id not in party_ids:
        problems[f"{path}.debtor"] = problem("must be a party to this case")
    if obligation.creditor_id is not None and obligation.creditor_id not in party_ids:
        problems[f"{path}.creditor"] = problem("must be a party to this case")
    if obligation.creditor_id == obligation.debtor_id:
        problems[f"{path}.creditor"] = problem("cannot be the debtor")
    _amount_problem(problems, f"{path}.amount", obligation.amount)
    if obligation.due_date and case.closed_date and obligation.due_date < case.closed_date:
        problems[f"{path}.due_date"] = problem("is before the agreement was reached")
    done = obligation.fulfilment in DATED_FULFILMENTS
    if done and obligation.fulfilled_on is None:
        problems[f"{path}.fulfilled_on"] = problem("is required once the term is fulfilled")


def _amount_problem(problems: dict[str, str], path: str, amount: Decimal | None) -> None:
    if amount is None:
        return
    if not amount.is_finite() or amount < 0 or amount >= MAX_AMOUNT:
        problems[path] = problem("must be a sum from 0 to 999 999 999 999 tenge")
    elif amount != amount.quantize(Decimal("0.01")):
        problems[path] = problem("has more than two digits after the decimal point")
