"""validate_case: every invariant of a case, each problem keyed by the path of its field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.case import (
    Case,
    CaseStatus,
    Fulfilment,
    Obligation,
    Outcome,
    Session,
    validate_case,
)
from desktop.core.errors import ValidationError
from desktop.core.ids import new_id
from desktop.core.limits import MAX_LENGTH
from desktop.core.party import Party, PartyKind, PartyRole
from desktop.core.reference import ReferenceData

REG = date(2026, 3, 2)


def problems_of(case: Case, reference: ReferenceData) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        validate_case(case, reference)
    assert str(caught.value)  # the message lists what and where
    return caught.value.problems


@pytest.fixture
def case(make_case: Callable[..., Case]) -> Case:
    return make_case(REG)


@pytest.fixture
def settled(make_case: Callable[..., Case]) -> Case:
    case = make_case(REG, status=CaseStatus.CLOSED, contract_date=date(2026, 3, 3),
                     outcome=Outcome.SETTLED, closed_date=date(2026, 3, 20))
    applicant, other = case.parties
    case.obligations = [Obligation(debtor_id=other.id, creditor_id=applicant.id,
                                   description="Қарызды қайтарады", amount=Decimal("1500.50"),
                                   due_date=date(2026, 4, 1))]
    return case


def test_the_built_cases_are_valid(case: Case, settled: Case, reference: ReferenceData):
    validate_case(case, reference)
    validate_case(settled, reference)


# --- parties ---------------------------------------------------------------------------------

def test_fewer_than_two_parties(case: Case, reference: ReferenceData):
    case.parties = case.parties[:1]
    assert set(problems_of(case, reference)) == {"parties"}
    case.parties = []
    assert "at least two" in problems_of(case, reference)["parties"]


def test_no_applicant(case: Case, reference: ReferenceData):
    case.parties[0].role = PartyRole.OTHER_PARTY
    assert problems_of(case, reference) == {
        "parties": "needs an applicant and at least one other party"}


def test_no_other_party(case: Case, reference: ReferenceData):
    case.parties[1].role = PartyRole.APPLICANT
    assert set(problems_of(case, reference)) == {"parties"}


def test_the_same_iin_for_two_parties(case: Case, reference: ReferenceData):
    case.parties[1].identifier = case.parties[0].identifier
    problems = problems_of(case, reference)
    assert set(problems) == {"parties"}
    assert "same IIN/BIN" in problems["parties"]


def test_parties_without_identifiers_are_not_duplicates(case: Case, reference: ReferenceData):
    for party in case.parties:
        party.identifier = ""
    validate_case(case, reference)


def test_a_bin_on_an_individual(case: Case, reference: ReferenceData, make_iin):
    case.parties[1].identifier = make_iin(5, legal_entity=True)
    problems = problems_of(case, reference)
    assert set(problems) == {"parties[1].identifier"}
    assert "BIN" in problems["parties[1].identifier"]


def test_an_iin_on_a_legal_entity(case: Case, reference: ReferenceData):
    case.parties[1].kind = PartyKind.LEGAL_ENTITY
    assert set(problems_of(case, reference)) == {"parties[1].identifier"}


def test_a_legal_entity_with_its_bin_is_valid(case: Case, reference: ReferenceData, make_iin):
    case.parties[1] = Party("«Жұлдыз» ЖШС", PartyRole.OTHER_PARTY, PartyKind.LEGAL_ENTITY,
                            identifier=make_iin(5, legal_entity=True),
                            representative="Өмірзақов Ұлан", representative_basis="Жарғы")
    validate_case(case, reference)


def test_a_mistyped_iin_is_named_by_party(case: Case, reference: ReferenceData):
    iin = case.parties[0].identifier
    case.parties[0].identifier = iin[:11] + str((int(iin[11]) + 1) % 10)
    problems = problems_of(case, reference)
    assert set(problems) == {"parties[0].identifier"}
    assert problems["parties[0].identifier"].startswith("IIN check digit")


def test_a_party_without_a_name(case: Case, reference: ReferenceData):
    case.parties[1].name = "   "
    assert set(problems_of(case, reference)) == {"parties[1].name"}


def test_a_phone_with_letters(case: Case, reference: ReferenceData):
    case.parties[0].phone = "+7 (701) 123-45-67"
    validate_case(case, reference)
    case.parties[0].phone = "8 701 ABC"
    assert set(problems_of(case, reference)) == {"parties[0].phone"}


# --- lengths ---------------------------------------------------------------------------------

@pytest.mark.parametrize("path, kind, setter", [
    ("subject", "text", lambda c, v: setattr(c, "subject", v)),
    ("notes", "notes", lambda c, v: setattr(c, "notes", v)),
    ("parties[0].name", "name", lambda c, v: setattr(c.parties[0], "name", v)),
    ("parties[1].address", "line", lambda c, v: setattr(c.parties[1], "address", v)),
    ("parties[1].phone", "phone", lambda c, v: setattr(c.parties[1], "phone", v)),
    ("parties[0].representative", "name",
     lambda c, v: setattr(c.parties[0], "representative", v)),
    ("parties[0].representative_basis", "line",
     lambda c, v: setattr(c.parties[0], "representative_basis", v)),
    ("sessions[0].place", "line",
     lambda c, v: c.sessions.append(Session(held_on=REG, place=v))),
    ("sessions[0].notes", "notes",
     lambda c, v: c.sessions.append(Session(held_on=REG, notes=v))),
])
def test_text_longer_than_its_limit(case: Case, reference: ReferenceData, path, kind, setter):
    limit = MAX_LENGTH[kind]
    fill = "1" if kind == "phone" else "ә"
    setter(case, fill * limit)
    validate_case(case, reference)  # exactly at the limit is fine
    case.sessions.clear()
    setter(case, fill * (limit + 1))
    problems = problems_of(case, reference)
    assert set(problems) == {path}
    assert f"at most {limit}" in problems[path]


def test_obligation_description_longer_than_its_limit(settled: Case, reference: ReferenceData):
    settled.obligations[0].description = "қ" * (MAX_LENGTH["text"] + 1)
    assert set(problems_of(settled, reference)) == {"obligations[0].description"}


# --- amounts ---------------------------------------------------------------------------------

@pytest.mark.parametrize("amount", ["0", "0.01", "1500", "1500.5", "999999999999.99"])
def test_valid_amounts(case: Case, reference: ReferenceData, amount: str):
    case.claim_amount = Decimal(amount)
    validate_case(case, reference)


@pytest.mark.parametrize("amount, fragment", [
    ("-0.01", "from 0"),
    ("-5000", "from 0"),
    ("0.001", "two digits"),
    ("1500.505", "two digits"),
    ("1000000000000", "from 0"),
    ("1E+30", "from 0"),
    ("NaN", "from 0"),
    ("Infinity", "from 0"),
    ("-Infinity", "from 0"),
])
def test_invalid_amounts(case: Case, settled: Case, reference: ReferenceData, amount: str,
                         fragment: str):
    case.claim_amount = Decimal(amount)
    assert fragment in problems_of(case, reference)["claim_amount"]
    settled.obligations[0].amount = Decimal(amount)
    problems = problems_of(settled, reference)
    assert set(problems) == {"obligations[0].amount"}


# --- dates and states ------------------------------------------------------------------------

def test_agreement_before_registration(case: Case, reference: ReferenceData):
    case.status = CaseStatus.IN_MEDIATION
    case.contract_date = date(2026, 3, 1)
    assert set(problems_of(case, reference)) == {"contract_date"}


def test_mediation_without_an_agreement(case: Case, reference: ReferenceData):
    case.status = CaseStatus.IN_MEDIATION
    assert set(problems_of(case, reference)) == {"contract_date"}


def test_closed_before_the_mediation_began(settled: Case, reference: ReferenceData):
    settled.closed_date = date(2026, 3, 2)  # after registration, before the agreement
    settled.obligations[0].due_date = None
    assert set(problems_of(settled, reference)) == {"closed_date"}


def test_a_closed_case_needs_outcome_and_date(case: Case, reference: ReferenceData):
    case.status = CaseStatus.CLOSED
    assert set(problems_of(case, reference)) == {"outcome", "closed_date"}


def test_an_open_case_has_no_outcome(case: Case, reference: ReferenceData):
    case.outcome = Outcome.NOT_SETTLED
    assert set(problems_of(case, reference)) == {"outcome"}
    case.outcome, case.closed_date = None, date(2026, 3, 9)
    assert set(problems_of(case, reference)) == {"outcome"}


def test_session_before_registration(case: Case, reference: ReferenceData):
    case.sessions = [Session(held_on=date(2026, 3, 1))]
    assert set(problems_of(case, reference)) == {"sessions[0].held_on"}


def test_session_attendee_who_is_not_a_party(case: Case, reference: ReferenceData):
    case.sessions = [Session(held_on=REG, attended=(case.parties[0].id,)),
                     Session(held_on=REG, attended=(case.parties[1].id, new_id()))]
    problems = problems_of(case, reference)
    assert set(problems) == {"sessions[1].attended"}
    assert "not a party" in problems["sessions[1].attended"]


def test_obligation_debtor_who_is_not_a_party(settled: Case, reference: ReferenceData):
    settled.obligations[0].debtor_id = new_id()
    problems = problems_of(settled, reference)
    assert set(problems) == {"obligations[0].debtor"}


def test_obligation_creditor_who_is_not_a_party_or_is_the_debtor(settled: Case,
                                                                 reference: ReferenceData):
    settled.obligations[0].creditor_id = new_id()
    assert set(problems_of(settled, reference)) == {"obligations[0].creditor"}
    settled.obligations[0].creditor_id = settled.obligations[0].debtor_id
    assert "cannot be the debtor" in problems_of(settled, reference)["obligations[0].creditor"]


def test_obligation_due_before_the_agreement(settled: Case, reference: ReferenceData):
    settled.obligations[0].due_date = date(2026, 3, 19)
    assert set(problems_of(settled, reference)) == {"obligations[0].due_date"}


def test_fulfilled_obligation_needs_its_date(settled: Case, reference: ReferenceData):
    settled.obligations[0].fulfilment = Fulfilment.FULFILLED
    assert set(problems_of(settled, reference)) == {"obligations[0].fulfilled_on"}


def test_obligation_needs_a_description(settled: Case, reference: ReferenceData):
    settled.obligations[0].description = " "
    assert set(problems_of(settled, reference)) == {"obligations[0].description"}


@pytest.mark.parametrize("outcome", [Outcome.NOT_SETTLED, Outcome.REFUSED, Outcome.EXPIRED])
def test_obligations_only_on_a_settlement(settled: Case, reference: ReferenceData,
                                          outcome: Outcome):
    settled.outcome = outcome
    assert set(problems_of(settled, reference)) == {"obligations"}


def test_unknown_category_and_empty_subject(case: Case, reference: ReferenceData):
    case.category, case.subject = "семейный", ""  # a label, not a key
    assert set(problems_of(case, reference)) == {"category", "subject"}


def test_all_problems_are_reported_at_once(case: Case, reference: ReferenceData):
    case.subject = ""
    case.claim_amount = Decimal("-1")
    case.parties[0].name = ""
    case.sessions = [Session(held_on=date(2020, 1, 1), attended=(new_id(),))]
    assert set(problems_of(case, reference)) == {
        "subject", "claim_amount", "parties[0].name", "sessions[0].held_on",
        "sessions[0].attended"}


# --- anything typed is either valid or a named problem, never a crash -----------------------

@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(max_size=400), identifier=st.text(max_size=14), phone=st.text(max_size=45),
       amount=st.one_of(st.none(), st.decimals(allow_nan=True, allow_infinity=True)))
def test_any_input_is_valid_or_a_named_problem(case: Case, reference: ReferenceData, name: str,
                                               identifier: str, phone: str,
                                               amount: Decimal | None):
    case.parties[1].name, case.parties[1].identifier, case.parties[1].phone = (
        name, identifier, phone)
    case.claim_amount = amount
    try:
        validate_case(case, reference)
    except ValidationError as error:
        assert set(error.problems) <= {"parties[1].name", "parties[1].identifier",
                                       "parties[1].phone", "parties", "claim_amount"}
        assert all(error.problems.values())
    else:
        assert name.strip() and len(name) <= MAX_LENGTH["name"]
        assert amount is None or (0 <= amount < Decimal("1000000000000")
                                  and amount == amount.quantize(Decimal("0.01")))


def test_a_mediator_named_twice_is_refused(make_case, reference):
    mediator = new_id()
    with pytest.raises(ValidationError) as refused:
        validate_case(make_case(mediator_ids=[mediator, mediator]), reference)
    assert "mediators" in refused.value.problems


def test_a_session_after_closing_is_refused(make_case, reference):
    case = make_case(date(2026, 3, 2))
    case.status, case.outcome, case.closed_date = CaseStatus.CLOSED, Outcome.NOT_SETTLED, \
        date(2026, 3, 10)
    case.sessions = [Session(held_on=date(2026, 3, 11))]
    with pytest.raises(ValidationError) as refused:
        validate_case(case, reference)
    assert refused.value.problems == {"sessions[0].held_on": "is after the case was closed"}
