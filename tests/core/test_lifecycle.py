"""Lifecycle: registered -> in mediation -> closed; every step legal or refused with a reason."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import lifecycle
from desktop.core.case import (
    SETTLING_OUTCOMES,
    Case,
    CaseStatus,
    Fulfilment,
    Obligation,
    Outcome,
    Session,
)
from desktop.core.deadline import deadline_for
from desktop.core.errors import TransitionError
from desktop.core.ids import new_id
from desktop.core.lifecycle import Step
from desktop.core.messages import Text
from desktop.core.reference import DeadlineRules

RULES = DeadlineRules()  # 30 days, one extension of 30
REG = date(2026, 3, 2)
CONTRACT = date(2026, 3, 5)


@pytest.fixture
def registered(make_case: Callable[..., Case]) -> Case:
    return make_case(REG, mediator_ids=[new_id()])


@pytest.fixture
def in_mediation(registered: Case) -> Case:
    return lifecycle.start_mediation(registered, CONTRACT, RULES)


def terms(case: Case) -> list[Obligation]:
    applicant, other = case.parties
    return [Obligation(debtor_id=other.id, creditor_id=applicant.id,
                       description="Ай сайын 50 000 теңге төлейді", amount=Decimal("50000"))]


@pytest.fixture
def settled(in_mediation: Case) -> Case:
    return lifecycle.close(in_mediation, Outcome.SETTLED, date(2026, 3, 20), terms(in_mediation))


# --- start mediation -------------------------------------------------------------------------

def test_start_mediation_starts_the_time_limit(registered: Case):
    started = lifecycle.start_mediation(registered, CONTRACT, RULES)
    assert started.status is CaseStatus.IN_MEDIATION
    assert started.contract_date == CONTRACT
    assert started.deadline == CONTRACT + timedelta(days=30)
    assert started.extensions == 0


def test_start_mediation_on_the_day_of_registration(registered: Case):
    assert lifecycle.start_mediation(registered, REG, RULES).contract_date == REG


def test_start_mediation_without_a_mediator_is_refused(make_case):
    with pytest.raises(TransitionError, match="mediator"):
        lifecycle.start_mediation(make_case(REG), CONTRACT, RULES)


def test_start_mediation_twice_is_refused(in_mediation: Case):
    with pytest.raises(TransitionError, match="in mediation"):
        lifecycle.start_mediation(in_mediation, CONTRACT, RULES)


def test_start_mediation_on_a_closed_case_is_refused(settled: Case):
    with pytest.raises(TransitionError, match="closed"):
        lifecycle.start_mediation(settled, CONTRACT, RULES)


def test_agreement_before_registration_is_refused(registered: Case):
    with pytest.raises(TransitionError, match="before registration"):
        lifecycle.start_mediation(registered, REG - timedelta(days=1), RULES)


# --- extensions ------------------------------------------------------------------------------

def test_extension_moves_the_deadline(in_mediation: Case):
    extended = lifecycle.extend(in_mediation, RULES)
    assert extended.extensions == 1
    assert extended.deadline == CONTRACT + timedelta(days=60)


def test_extension_beyond_the_single_allowed_is_refused(in_mediation: Case):
    once = lifecycle.extend(in_mediation, DeadlineRules(max_extensions=1))
    with pytest.raises(TransitionError, match="allow 1"):
        lifecycle.extend(once, DeadlineRules(max_extensions=1))


def test_rules_allowing_two_extensions(registered: Case):
    rules = DeadlineRules(days=15, extension_days=10, max_extensions=2)
    case = lifecycle.start_mediation(registered, CONTRACT, rules)
    case = lifecycle.extend(case, rules)
    case = lifecycle.extend(case, rules)
    assert case.extensions == 2
    assert case.deadline == CONTRACT + timedelta(days=15 + 2 * 10)
    with pytest.raises(TransitionError, match="allow 2"):
        lifecycle.extend(case, rules)


def test_rules_allowing_no_extension(in_mediation: Case):
    with pytest.raises(TransitionError):
        lifecycle.extend(in_mediation, DeadlineRules(max_extensions=0))


def test_extension_of_a_registered_or_closed_case_is_refused(registered: Case, settled: Case):
    for case in (registered, settled):
        with pytest.raises(TransitionError, match="extend"):
            lifecycle.extend(case, RULES)


# --- sessions --------------------------------------------------------------------------------

def test_sessions_are_recorded_on_open_cases(registered: Case, in_mediation: Case):
    for case in (registered, in_mediation):
        session = Session(held_on=CONTRACT, attended=(case.parties[0].id,))
        changed = lifecycle.record_session(case, session)
        assert changed.sessions == [session]


def test_a_closed_case_takes_no_sessions(settled: Case):
    with pytest.raises(TransitionError, match="closed"):
        lifecycle.record_session(settled, Session(held_on=date(2026, 4, 1)))


def test_a_session_before_registration_is_refused(registered: Case):
    with pytest.raises(TransitionError, match="before registration"):
        lifecycle.record_session(registered, Session(held_on=REG - timedelta(days=1)))


# --- closing ---------------------------------------------------------------------------------

def test_a_registered_case_ends_only_by_refusal(registered: Case):
    closed = lifecycle.close(registered, Outcome.REFUSED, REG)
    assert closed.status is CaseStatus.CLOSED
    assert closed.outcome is Outcome.REFUSED
    assert closed.closed_date == REG
    assert not closed.is_open


@pytest.mark.parametrize("outcome", [o for o in Outcome if o is not Outcome.REFUSED])
def test_a_registered_case_cannot_end_otherwise(registered: Case, outcome: Outcome):
    obligations = terms(registered) if outcome in SETTLING_OUTCOMES else None
    with pytest.raises(TransitionError, match="refusal"):
        lifecycle.close(registered, outcome, date(2026, 4, 30), obligations)


@pytest.mark.parametrize("outcome", [Outcome.NOT_SETTLED, Outcome.REFUSED, Outcome.STOPPED])
def test_unsettled_outcomes_close_a_mediation(in_mediation: Case, outcome: Outcome):
    closed = lifecycle.close(in_mediation, outcome, date(2026, 3, 20))
    assert (closed.status, closed.outcome, closed.obligations) == (CaseStatus.CLOSED, outcome, [])


@pytest.mark.parametrize("outcome", SETTLING_OUTCOMES)
def test_settlement_brings_its_terms(in_mediation: Case, outcome: Outcome):
    agreed = terms(in_mediation)
    closed = lifecycle.close(in_mediation, outcome, date(2026, 3, 20), agreed)
    assert closed.outcome is outcome
    assert [o.id for o in closed.obligations] == [o.id for o in agreed]


@pytest.mark.parametrize("outcome", SETTLING_OUTCOMES)
def test_settlement_without_terms_is_refused(in_mediation: Case, outcome: Outcome):
    for empty in (None, []):
        with pytest.raises(TransitionError, match="at least one agreed term"):
            lifecycle.close(in_mediation, outcome, date(2026, 3, 20), empty)


@pytest.mark.parametrize("outcome", [Outcome.NOT_SETTLED, Outcome.REFUSED, Outcome.STOPPED])
def test_terms_on_an_unsettled_outcome_are_refused(in_mediation: Case, outcome: Outcome):
    with pytest.raises(TransitionError, match="only a settled"):
        lifecycle.close(in_mediation, outcome, date(2026, 3, 20), terms(in_mediation))


def test_closing_twice_is_refused(settled: Case):
    with pytest.raises(TransitionError, match="already closed"):
        lifecycle.close(settled, Outcome.NOT_SETTLED, date(2026, 3, 25))


def test_closing_before_the_mediation_began_is_refused(in_mediation: Case):
    with pytest.raises(TransitionError, match="before the mediation began"):
        lifecycle.close(in_mediation, Outcome.NOT_SETTLED, CONTRACT - timedelta(days=1))


def test_expired_only_after_the_deadline(in_mediation: Case):
    deadline = in_mediation.deadline
    assert deadline is not None
    for too_early in (deadline - timedelta(days=1), deadline):
        with pytest.raises(TransitionError, match="has not expired"):
            lifecycle.close(in_mediation, Outcome.EXPIRED, too_early)
    expired = lifecycle.close(in_mediation, Outcome.EXPIRED, deadline + timedelta(days=1))
    assert expired.outcome is Outcome.EXPIRED


def test_expiry_counts_the_extended_deadline(in_mediation: Case):
    extended = lifecycle.extend(in_mediation, RULES)
    with pytest.raises(TransitionError, match="has not expired"):
        lifecycle.close(extended, Outcome.EXPIRED, in_mediation.deadline + timedelta(days=1))


# --- fulfilment of agreed terms --------------------------------------------------------------

def test_fulfilment_of_a_settled_case(settled: Case):
    term = settled.obligations[0]
    done = lifecycle.record_fulfilment(settled, term.id, Fulfilment.FULFILLED, date(2026, 4, 1))
    assert done.obligations[0].fulfilment is Fulfilment.FULFILLED
    assert done.obligations[0].fulfilled_on == date(2026, 4, 1)
    undone = lifecycle.record_fulfilment(done, term.id, Fulfilment.NOT_FULFILLED, None)
    assert undone.obligations[0].fulfilment is Fulfilment.NOT_FULFILLED
    assert undone.obligations[0].fulfilled_on is None


def test_pending_fulfilment_drops_a_given_date(settled: Case):
    term = settled.obligations[0]
    changed = lifecycle.record_fulfilment(settled, term.id, Fulfilment.PENDING, date(2026, 4, 1))
    assert changed.obligations[0].fulfilled_on is None


def test_fulfilment_of_a_partly_settled_case(in_mediation: Case):
    partly = lifecycle.close(in_mediation, Outcome.PARTLY_SETTLED, date(2026, 3, 20),
                             terms(in_mediation))
    term = partly.obligations[0]
    changed = lifecycle.record_fulfilment(partly, term.id, Fulfilment.PARTLY_FULFILLED,
                                          date(2026, 3, 21))
    assert changed.obligations[0].fulfilment is Fulfilment.PARTLY_FULFILLED


@pytest.mark.parametrize("outcome", [Outcome.NOT_SETTLED, Outcome.STOPPED])
def test_fulfilment_on_an_unsettled_case_is_refused(in_mediation: Case, outcome: Outcome):
    closed = lifecycle.close(in_mediation, outcome, date(2026, 3, 20))
    with pytest.raises(TransitionError, match="settled"):
        lifecycle.record_fulfilment(closed, new_id(), Fulfilment.FULFILLED, date(2026, 4, 1))


def test_fulfilment_on_an_open_case_is_refused(in_mediation: Case):
    with pytest.raises(TransitionError, match="settled"):
        lifecycle.record_fulfilment(in_mediation, new_id(), Fulfilment.FULFILLED,
                                    date(2026, 4, 1))


def test_fulfilment_needs_a_date(settled: Case):
    term = settled.obligations[0]
    for done in (Fulfilment.FULFILLED, Fulfilment.PARTLY_FULFILLED):
        with pytest.raises(TransitionError, match="give the date"):
            lifecycle.record_fulfilment(settled, term.id, done, None)


def test_fulfilment_before_the_agreement_is_refused(settled: Case):
    with pytest.raises(TransitionError, match="before the agreement"):
        lifecycle.record_fulfilment(settled, settled.obligations[0].id, Fulfilment.FULFILLED,
                                    date(2026, 3, 19))


def test_fulfilment_of_an_unknown_term_is_refused(settled: Case):
    with pytest.raises(TransitionError, match="no such agreed term"):
        lifecycle.record_fulfilment(settled, new_id(), Fulfilment.FULFILLED, date(2026, 4, 1))


# --- steps return copies ---------------------------------------------------------------------

def _steps(case: Case, settled: Case) -> list[tuple[Case, Callable[[Case], Case]]]:
    started = lifecycle.start_mediation(case, CONTRACT, RULES)
    term_id = settled.obligations[0].id
    return [
        (case, lambda c: lifecycle.start_mediation(c, CONTRACT, RULES)),
        (started, lambda c: lifecycle.extend(c, RULES)),
        (started, lambda c: lifecycle.record_session(c, Session(held_on=CONTRACT))),
        (started, lambda c: lifecycle.close(c, Outcome.SETTLED, date(2026, 3, 20), terms(c))),
        (case, lambda c: lifecycle.close(c, Outcome.REFUSED, REG)),
        (settled, lambda c: lifecycle.record_fulfilment(
            c, term_id, Fulfilment.FULFILLED, date(2026, 4, 1))),
    ]


def test_every_step_returns_a_copy_and_leaves_its_input_unchanged(registered: Case,
                                                                  settled: Case):
    for before, step in _steps(registered, settled):
        snapshot = copy.deepcopy(before)
        after = step(before)
        assert before == snapshot, "a step changed the case it was given"
        assert after is not before
        assert after != before
        assert after.parties is not before.parties
        assert after.sessions is not before.sessions
        assert after.obligations is not before.obligations or not before.obligations
        for old, new in zip(before.obligations, after.obligations, strict=False):
            assert old is not new


# --- the office's calendar: nothing is done in the future ----------------------------------

TODAY = date(2026, 3, 25)


def test_no_step_is_dated_after_today(registered: Case, in_mediation: Case, settled: Case):
    tomorrow = TODAY + timedelta(days=1)
    future = [
        lambda: lifecycle.start_mediation(registered, tomorrow, RULES, today=TODAY),
        lambda: lifecycle.record_session(in_mediation, Session(held_on=tomorrow), today=TODAY),
        lambda: lifecycle.close(in_mediation, Outcome.NOT_SETTLED, tomorrow, today=TODAY),
        lambda: lifecycle.record_fulfilment(settled, settled.obligations[0].id,
                                            Fulfilment.FULFILLED, tomorrow, today=TODAY),
    ]
    for step in future:
        with pytest.raises(TransitionError, match="after today"):
            step()
    assert lifecycle.close(in_mediation, Outcome.NOT_SETTLED, TODAY, today=TODAY).closed_date \
        == TODAY


def test_the_time_limit_is_extended_only_before_it_runs_out(in_mediation: Case):
    deadline = in_mediation.deadline
    assert lifecycle.extend(in_mediation, RULES, today=deadline).extensions == 1
    with pytest.raises(TransitionError, match="ran out"):
        lifecycle.extend(in_mediation, RULES, today=deadline + timedelta(days=1))


def test_closing_before_the_last_session_is_refused(in_mediation: Case):
    met = lifecycle.record_session(in_mediation, Session(held_on=date(2026, 3, 12)))
    with pytest.raises(TransitionError, match=r"last session \(12\.03\.2026\)"):
        lifecycle.close(met, Outcome.NOT_SETTLED, date(2026, 3, 10))
    assert lifecycle.close(met, Outcome.NOT_SETTLED, date(2026, 3, 12)).status \
        is CaseStatus.CLOSED


# --- which steps a case offers: exactly what the steps accept ----------------------------------

@st.composite
def cases_and_days(draw: st.DrawFn, make_case: Callable[..., Case]
                   ) -> tuple[Case, DeadlineRules, date, date]:
    """A case in any state (and some odd ones), its rules, the office's today and another day.

    Built field by field rather than through the steps, so that states the steps would never
    make (a settled case without terms, sessions after today) are judged too.
    """
    days = st.integers(-5, 120).map(lambda n: REG + timedelta(days=n))
    rules = DeadlineRules(days=draw(st.integers(1, 60)), extension_days=draw(st.integers(0, 30)),
                          max_extensions=draw(st.integers(0, 2)))
    case = make_case(REG, mediator_ids=[new_id()] if draw(st.booleans()) else [])
    case.sessions = [Session(held_on=d) for d in draw(st.lists(days, max_size=3))]
    status = draw(st.sampled_from(CaseStatus))
    if status is not CaseStatus.REGISTERED and (status is CaseStatus.IN_MEDIATION
                                                or draw(st.booleans())):
        case.contract_date = REG + timedelta(days=draw(st.integers(0, 20)))
        case.extensions = draw(st.integers(0, rules.max_extensions))
        case.deadline = deadline_for(case.contract_date, case.extensions, rules)
    if status is CaseStatus.CLOSED:
        case.outcome = draw(st.sampled_from(Outcome))
        case.closed_date = case.contract_date or REG + timedelta(days=draw(st.integers(0, 60)))
        if case.outcome in SETTLING_OUTCOMES and draw(st.booleans()):
            case.obligations = terms(case)
    case.status = status
    return case, rules, draw(days), draw(days)


def _refusal(step: Callable[[], object]) -> str | None:
    try:
        step()
    except TransitionError as error:
        return error.args[0]
    return None


@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_step_problems_say_exactly_which_steps_succeed_today(make_case, data):
    case, rules, today, _ = data.draw(cases_and_days(make_case))
    offered = lifecycle.step_problems(case, rules, today)
    term_id = case.obligations[0].id if case.obligations else new_id()
    refusals = {
        Step.START: _refusal(lambda: lifecycle.start_mediation(case, today, rules, today=today)),
        Step.EXTEND: _refusal(lambda: lifecycle.extend(case, rules, today=today)),
        Step.RECORD_SESSION: _refusal(lambda: lifecycle.record_session(
            case, Session(held_on=today), today=today)),
        Step.CLOSE: _refusal(lambda: lifecycle.close(case, Outcome.REFUSED, today, today=today)),
        Step.RECORD_FULFILMENT: _refusal(lambda: lifecycle.record_fulfilment(
            case, term_id, Fulfilment.FULFILLED, today, today=today)),
        Step.DELETE: _refusal(lambda: lifecycle.check_deletable(case)),
    }
    for step, refusal in refusals.items():
        if step not in offered:
            assert refusal is not None, f"{step} is not offered, yet it succeeds"
        else:
            # Offered: it succeeds, or is refused with the very reason the step gives.
            assert offered[step] == refusal, step
            assert offered[step] is None or isinstance(offered[step], Text)


@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_closing_outcomes_are_exactly_those_close_accepts(make_case, data):
    case, _, today, day = data.draw(cases_and_days(make_case))
    closed_date = min(day, today)
    accepted = lifecycle.closing_outcomes(case, closed_date)
    for outcome in Outcome:
        agreed = terms(case) if outcome in SETTLING_OUTCOMES else None
        refusal = _refusal(lambda outcome=outcome, agreed=agreed: lifecycle.close(
            case, outcome, closed_date, agreed, today=today))
        assert (refusal is None) == (outcome in accepted), (outcome, refusal)
    if lifecycle.step_problems(case, DeadlineRules(), closed_date).get(Step.CLOSE, "") is None:
        assert Outcome.REFUSED in accepted, "a case that may close can always close as refused"


def test_a_new_case_offers_start_once_it_has_a_mediator(make_case):
    case = make_case(REG)
    assert lifecycle.step_problems(case, RULES, REG) == {
        Step.START: "assign a mediator before mediation can start",
        Step.RECORD_SESSION: None, Step.CLOSE: None, Step.DELETE: None}
    case.mediator_ids = [new_id()]
    assert lifecycle.step_problems(case, RULES, REG)[Step.START] is None
    assert lifecycle.closing_outcomes(case, REG) == [Outcome.REFUSED]


def test_a_lapsed_time_limit_is_no_longer_extended_but_may_expire(in_mediation: Case):
    late = in_mediation.deadline + timedelta(days=1)
    offered = lifecycle.step_problems(in_mediation, RULES, late)
    assert offered[Step.EXTEND] == "the time limit ran out on 04.04.2026; it can no longer be " \
                                   "extended"
    assert Outcome.EXPIRED in lifecycle.closing_outcomes(in_mediation, late)
    assert Outcome.EXPIRED not in lifecycle.closing_outcomes(in_mediation, in_mediation.deadline)
    assert set(offered) == {Step.EXTEND, Step.RECORD_SESSION, Step.CLOSE}


def test_a_settled_case_offers_only_the_fulfilment_of_its_terms(settled: Case):
    assert lifecycle.step_problems(settled, RULES, date(2026, 4, 1)) == {
        Step.RECORD_FULFILMENT: None}
    assert lifecycle.closing_outcomes(settled, date(2026, 4, 1)) == []
