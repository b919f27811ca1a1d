"""CaseService: numbering, all-or-nothing writes, stale saves, tombstones, lifecycle, queries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.app import App, open_app
from desktop.core.case import (
    Case,
    CaseStatus,
    Fulfilment,
    Obligation,
    Outcome,
    Session,
)
from desktop.core.errors import (
    ConflictError,
    NotFoundError,
    StaleRecordError,
    TransitionError,
    ValidationError,
)
from desktop.core.mediator import Mediator
from desktop.core.party import Party, PartyRole
from desktop.core.register import CaseQuery, SortKey
from desktop.services.reference import REFERENCE_SETTING, default_reference_data
from desktop.store.schema import CaseCounterRow, CaseRow, MediatorRow, PartyRow
from desktop.store.settings import put_setting

TODAY = date(2026, 3, 10)


def all_numbers(app: App, **query) -> list[str]:
    return [s.number for s in app.cases.summaries(app.cases.ids(CaseQuery(**query)))]


def set_counter(app: App, year: int, last: int, code: str = "KRG01") -> None:
    with app.db.write() as session:
        counter = session.get(CaseCounterRow, (code, year))
        if counter is None:
            session.add(CaseCounterRow(office_code=code, year=year, last_sequence=last))
        else:
            counter.last_sequence = last


def terms_for(case: Case) -> list[Obligation]:
    applicant, other = case.parties
    return [Obligation(debtor_id=other.id, creditor_id=applicant.id, description="Төлейді",
                       amount=Decimal("1000"), due_date=date(2026, 5, 1))]


@pytest.fixture
def mediator(app: App) -> Mediator:
    return app.mediators.add(Mediator("Әлиева Сәуле"))


# --- numbering -------------------------------------------------------------------------------

def test_register_numbers_per_office_and_year(app: App, make_case: Callable[..., Case]):
    first = app.cases.register(make_case(date(2026, 1, 5), seed=1))
    second = app.cases.register(make_case(date(2026, 2, 5), seed=2))
    older = app.cases.register(make_case(date(2025, 12, 30), seed=3))
    third = app.cases.register(make_case(date(2026, 2, 6), seed=4))
    assert [first.number, second.number, third.number] == [
        "KRG01-2026-0001", "KRG01-2026-0002", "KRG01-2026-0003"]
    assert older.number == "KRG01-2025-0001"  # each year starts at 0001
    assert first.version == 1
    assert app.cases.get_by_number("krg01-2025-0001 ").id == older.id


def test_register_many_numbers_in_order_of_registration_date(app: App, make_case):
    cases = [make_case(date(2026, 3, 3), seed=1), make_case(date(2025, 6, 1), seed=2),
             make_case(date(2026, 1, 2), seed=3), make_case(date(2025, 1, 2), seed=4)]
    stored = app.cases.register_many(cases)
    assert [c.number for c in stored] == [
        "KRG01-2026-0002", "KRG01-2025-0002", "KRG01-2026-0001", "KRG01-2025-0001"]
    assert all(app.cases.get(c.id).number == c.number for c in stored)


def test_numbers_follow_the_office_code(app: App, make_case):
    app.office.update(code="tmr02")  # corrected before the first case: see test_office_mediators
    assert app.cases.register(make_case(date(2026, 1, 6), seed=2)).number == "TMR02-2026-0001"


def test_unknown_number(app: App):
    with pytest.raises(NotFoundError):
        app.cases.get_by_number("KRG01-2026-0042")


# --- all or nothing --------------------------------------------------------------------------

def test_register_many_with_one_invalid_case_stores_nothing(app: App, make_case):
    app.cases.register(make_case(date(2026, 1, 1), seed=9))
    before = app.cases.count(CaseQuery())
    bad = make_case(date(2026, 1, 3), seed=2)
    bad.parties = bad.parties[:1]
    newcomer = Mediator("Жаңа Медиатор")
    with pytest.raises(ValidationError) as caught:
        app.cases.register_many([make_case(date(2026, 1, 2), seed=1), bad,
                                 make_case(date(2026, 1, 4), seed=3)],
                                new_mediators=[newcomer])
    assert "case 2: parties" in caught.value.problems
    assert str(caught.value).startswith("case 2: parties")
    assert app.cases.count(CaseQuery()) == before
    assert app.mediators.list() == []
    # No number was used up either.
    assert app.cases.register(make_case(date(2026, 1, 5), seed=4)).number == "KRG01-2026-0002"


def test_register_many_rolls_back_when_the_store_fails(app: App, make_case):
    """A failure inside the transaction (a duplicate import key here) leaves no case behind."""
    with pytest.raises(ConflictError, match="duplicate"):
        app.cases.register_many([make_case(seed=1), make_case(seed=2)],
                                import_keys=["same", "same"])
    assert app.cases.count(CaseQuery()) == 0
    with app.db.read() as session:
        assert session.scalars(select(PartyRow)).all() == []
        assert session.scalars(select(CaseCounterRow)).all() == []


def test_register_refuses_an_unknown_mediator(app: App, make_case):
    from desktop.core.ids import new_id

    with pytest.raises(ValidationError) as caught:
        app.cases.register(make_case(mediator_ids=[new_id()]))
    assert set(caught.value.problems) == {"mediators"}
    assert app.cases.count(CaseQuery()) == 0


def test_register_many_adds_new_mediators_with_the_cases(app: App, make_case):
    newcomer = Mediator("Жаңа Медиатор")
    app.cases.register_many([make_case(mediator_ids=[newcomer.id])], new_mediators=[newcomer])
    assert [m.id for m in app.mediators.list()] == [newcomer.id]


# --- editing ---------------------------------------------------------------------------------

def test_save_persists_an_edit_and_bumps_the_version(app: App, make_case):
    case = app.cases.register(make_case())
    edited = app.cases.get(case.id)
    edited.subject = "Жаңа тақырып"
    edited.claim_amount = Decimal("250000.75")
    app.cases.save(edited)
    stored = app.cases.get(case.id)
    assert (stored.subject, stored.claim_amount, stored.version) == (
        "Жаңа тақырып", Decimal("250000.75"), 2)


def test_save_with_a_stale_version_is_refused(app: App, make_case):
    case = app.cases.register(make_case())
    mine, theirs = app.cases.get(case.id), app.cases.get(case.id)
    theirs.subject = "Олардың өзгерісі"
    app.cases.save(theirs)
    mine.subject = "Менің өзгерісім"
    with pytest.raises(StaleRecordError):
        app.cases.save(mine)
    assert app.cases.get(case.id).subject == "Олардың өзгерісі"


def test_a_party_only_edit_makes_other_copies_stale(app: App, make_case):
    case = app.cases.register(make_case())
    mine, theirs = app.cases.get(case.id), app.cases.get(case.id)
    theirs.parties[1].name = "Олардың түзетуі"
    app.cases.save(theirs)
    mine.parties[1].name = "Менің түзетуім"
    with pytest.raises(StaleRecordError):
        app.cases.save(mine)


def test_removing_a_party_leaves_a_tombstone(app: App, make_case, make_iin):
    case = make_case()
    third = Party("Үшінші Тарап", PartyRole.OTHER_PARTY, identifier=make_iin(33))
    case.parties.append(third)
    app.cases.register(case)
    edited = app.cases.get(case.id)
    edited.parties = [p for p in edited.parties if p.id != third.id]
    app.cases.save(edited)
    with app.db.read() as session:
        row = session.get(PartyRow, third.id)
        assert row is not None, "a removed party stays as a tombstone so the removal can travel"
        assert row.deleted_at is not None
        assert row.version == 2
        assert row.updated_at >= row.created_at
        live = session.scalars(select(PartyRow).where(PartyRow.case_id == case.id,
                                                      PartyRow.deleted_at.is_(None))).all()
        assert len(live) == 2
    stored = app.cases.get(case.id)
    assert [p.id for p in stored.parties] == [p.id for p in case.parties[:2]]
    summary = app.cases.summaries([case.id])[0]
    assert "Үшінші Тарап" not in [p.name for p in summary.parties]


def test_editing_a_party_updates_its_row(app: App, make_case):
    case = app.cases.register(make_case())
    edited = app.cases.get(case.id)
    edited.parties[0].address = "Қарағанды қ., Әйтеке би к-сі, 5"
    app.cases.save(edited)
    with app.db.read() as session:
        row = session.get(PartyRow, case.parties[0].id)
        assert (row.address, row.version, row.deleted_at) == (
            "Қарағанды қ., Әйтеке би к-сі, 5", 2, None)
    assert app.cases.get(case.id).parties[0].address == "Қарағанды қ., Әйтеке би к-сі, 5"


def test_a_mediator_removed_and_assigned_again(app: App, make_case, mediator: Mediator):
    case = app.cases.register(make_case(mediator_ids=[mediator.id]))
    edited = app.cases.get(case.id)
    edited.mediator_ids = []
    app.cases.save(edited)
    edited = app.cases.get(case.id)
    edited.mediator_ids = [mediator.id]
    app.cases.save(edited)
    assert app.cases.get(case.id).mediator_ids == [mediator.id]


@pytest.mark.parametrize(("field", "value"), [
    ("status", CaseStatus.CLOSED), ("outcome", Outcome.SETTLED), ("number", "KRG01-1999-0001"),
    ("contract_date", date(2026, 3, 4)), ("deadline", date(2030, 1, 1)), ("extensions", 1),
    ("closed_date", date(2026, 3, 9)),
])
def test_an_edit_cannot_move_the_lifecycle(app: App, make_case, mediator: Mediator, field: str,
                                           value):
    case = app.cases.register(make_case(mediator_ids=[mediator.id]))
    edited = app.cases.get(case.id)
    setattr(edited, field, value)
    with pytest.raises(TransitionError, match=field):
        app.cases.save(edited)
    assert app.cases.get(case.id) == case


def test_an_edit_keeps_the_registration_year_of_the_number(app: App, make_case):
    case = app.cases.register(make_case(date(2026, 3, 2)))
    edited = app.cases.get(case.id)
    edited.reg_date = date(2025, 12, 30)
    with pytest.raises(TransitionError, match="2026"):
        app.cases.save(edited)
    edited.reg_date = date(2026, 1, 5)
    assert app.cases.save(edited).reg_date == date(2026, 1, 5)


def test_a_changed_rule_does_not_move_a_stored_deadline(app: App, make_case,
                                                       mediator: Mediator):
    case = app.cases.register(make_case(date(2026, 3, 2), mediator_ids=[mediator.id]))
    started = app.cases.start_mediation(case.id, date(2026, 3, 4))
    amended = default_reference_data()
    amended["deadline"]["days"] = 45  # a law amendment arrives as new reference data
    with app.db.write() as session:
        put_setting(session, REFERENCE_SETTING, amended)
    later = open_app(app.data_dir)
    try:
        assert later.reference.deadline.days == 45
        edited = later.cases.get(case.id)
        edited.notes = "Қосымша ескертпе"
        later.cases.save(edited)
        assert later.cases.get(case.id).deadline == started.deadline == date(2026, 4, 3)
    finally:
        later.close()


def test_save_of_an_invalid_case_changes_nothing(app: App, make_case):
    case = app.cases.register(make_case())
    edited = app.cases.get(case.id)
    edited.subject = ""
    edited.parties[0].name = "Өзгерген"
    with pytest.raises(ValidationError):
        app.cases.save(edited)
    stored = app.cases.get(case.id)
    assert (stored.subject, stored.parties[0].name, stored.version) == (
        case.subject, case.parties[0].name, 1)


# --- lifecycle through the service -----------------------------------------------------------

def test_every_lifecycle_step_persists(app: App, make_case, mediator: Mediator):
    app.office.clock = lambda: date(2026, 4, 2)  # the procedure is played out in spring 2026
    case = app.cases.register(make_case(date(2026, 3, 2), mediator_ids=[mediator.id]))
    app.cases.start_mediation(case.id, date(2026, 3, 3))
    stored = app.cases.get(case.id)
    assert (stored.status, stored.contract_date, stored.deadline) == (
        CaseStatus.IN_MEDIATION, date(2026, 3, 3), date(2026, 4, 2))
    app.cases.extend(case.id)
    assert app.cases.get(case.id).deadline == date(2026, 5, 2)
    session = Session(held_on=date(2026, 3, 5), place="Кабинет", attended=(case.parties[0].id,))
    app.cases.record_session(case.id, session)
    assert app.cases.get(case.id).sessions == [session]
    terms = terms_for(case)
    app.cases.close(case.id, Outcome.SETTLED, date(2026, 3, 20), terms)
    stored = app.cases.get(case.id)
    assert (stored.status, stored.outcome, stored.closed_date) == (
        CaseStatus.CLOSED, Outcome.SETTLED, date(2026, 3, 20))
    assert [(o.id, o.amount, o.fulfilment) for o in stored.obligations] == [
        (terms[0].id, Decimal("1000.00"), Fulfilment.PENDING)]
    app.cases.record_fulfilment(case.id, terms[0].id, Fulfilment.FULFILLED, date(2026, 4, 1))
    stored = app.cases.get(case.id)
    assert (stored.obligations[0].fulfilment, stored.obligations[0].fulfilled_on) == (
        Fulfilment.FULFILLED, date(2026, 4, 1))


@pytest.mark.parametrize("step", [
    "start_mediation",
    "extend",
    "record_session",
    "close",
    "record_fulfilment",
])
def test_every_lifecycle_step_bumps_the_version(app: App, make_case, mediator: Mediator,
                                                step: str):
    app.office.clock = lambda: date(2026, 4, 2)  # the procedure is played out in spring 2026
    case = app.cases.register(make_case(date(2026, 3, 2), mediator_ids=[mediator.id]))
    terms = terms_for(case)
    steps = {
        "start_mediation": lambda: app.cases.start_mediation(case.id, date(2026, 3, 3)),
        "extend": lambda: app.cases.extend(case.id),
        "record_session": lambda: app.cases.record_session(
            case.id, Session(held_on=date(2026, 3, 5))),
        "close": lambda: app.cases.close(case.id, Outcome.SETTLED, date(2026, 3, 20), terms),
        "record_fulfilment": lambda: app.cases.record_fulfilment(
            case.id, terms[0].id, Fulfilment.FULFILLED, date(2026, 4, 1)),
    }
    for name, run in steps.items():
        if name == step:
            before = app.cases.get(case.id).version
            returned = run()
            assert returned.version == before + 1
            assert app.cases.get(case.id).version == before + 1
            return
        run()


def test_a_refused_step_changes_nothing(app: App, make_case):
    case = app.cases.register(make_case())
    with pytest.raises(TransitionError):
        app.cases.start_mediation(case.id, date(2026, 3, 3))  # no mediator
    with pytest.raises(ValidationError):  # the step is fine, the session names a stranger
        from desktop.core.ids import new_id

        app.cases.record_session(case.id, Session(held_on=date(2026, 3, 5),
                                                  attended=(new_id(),)))
    stored = app.cases.get(case.id)
    assert (stored.status, stored.sessions, stored.version) == (CaseStatus.REGISTERED, [], 1)


# --- queries ---------------------------------------------------------------------------------

@pytest.fixture
def register(app: App, make_case, mediator: Mediator) -> dict[str, Case]:
    """A small register with a case in every state, deadlines around TODAY."""
    other = app.mediators.add(Mediator("Бекова Гүлжан"))
    cases = app.cases
    made: dict[str, Case] = {}

    def new(key: str, reg: date, category: str = "family", mediators=(mediator.id,)) -> Case:
        made[key] = cases.register(make_case(reg, seed=len(made) + 1, category=category,
                                             mediator_ids=list(mediators)))
        return made[key]

    new("registered", date(2026, 3, 9), category="labour", mediators=())
    # deadline = agreement + 30 days
    cases.start_mediation(new("overdue", date(2026, 2, 1)).id, date(2026, 2, 1))  # 03-03
    cases.start_mediation(new("due_today", date(2026, 2, 8)).id, date(2026, 2, 8))  # 03-10
    cases.start_mediation(new("due_in_7", date(2026, 2, 15), mediators=(other.id,)).id,
                          date(2026, 2, 15))  # 03-17
    cases.start_mediation(new("on_time", date(2026, 3, 1), category="property").id,
                          date(2026, 3, 1))  # 03-31
    settled = new("settled", date(2025, 12, 1), mediators=(mediator.id, other.id))
    cases.start_mediation(settled.id, date(2025, 12, 2))
    cases.close(settled.id, Outcome.SETTLED, date(2025, 12, 20), terms_for(settled))
    failed = new("not_settled", date(2026, 1, 15), category="property")
    cases.start_mediation(failed.id, date(2026, 1, 16))
    cases.close(failed.id, Outcome.NOT_SETTLED, date(2026, 1, 30))
    return made


def keys(app: App, register: dict[str, Case], **query) -> set[str]:
    by_id = {case.id: key for key, case in register.items()}
    ids = app.cases.ids(CaseQuery(**query))
    assert app.cases.count(CaseQuery(**query)) == len(ids)
    return {by_id[i] for i in ids}


def test_filter_by_status(app: App, register):
    assert keys(app, register, statuses=(CaseStatus.REGISTERED,)) == {"registered"}
    assert keys(app, register, statuses=(CaseStatus.CLOSED,)) == {"settled", "not_settled"}
    assert keys(app, register, statuses=(CaseStatus.REGISTERED, CaseStatus.IN_MEDIATION)) == {
        "registered", "overdue", "due_today", "due_in_7", "on_time"}
    assert keys(app, register) == set(register)


def test_filter_by_outcome(app: App, register):
    assert keys(app, register, outcomes=(Outcome.SETTLED,)) == {"settled"}
    assert keys(app, register, outcomes=(Outcome.SETTLED, Outcome.NOT_SETTLED)) == {
        "settled", "not_settled"}
    assert keys(app, register, outcomes=(Outcome.EXPIRED,)) == set()


def test_filter_by_category(app: App, register):
    assert keys(app, register, categories=("property",)) == {"on_time", "not_settled"}
    assert keys(app, register, categories=("labour", "property")) == {
        "registered", "on_time", "not_settled"}


def test_filter_by_mediator(app: App, register, mediator: Mediator):
    other = next(m for m in app.mediators.list() if m.id != mediator.id)
    assert keys(app, register, mediator_id=other.id) == {"due_in_7", "settled"}
    assert keys(app, register, mediator_id=mediator.id) == {
        "overdue", "due_today", "on_time", "settled", "not_settled"}


def test_filter_by_period_includes_both_ends(app: App, register):
    assert keys(app, register, registered_from=date(2026, 2, 1),
                registered_to=date(2026, 2, 15)) == {"overdue", "due_today", "due_in_7"}
    assert keys(app, register, registered_from=date(2026, 3, 1)) == {"on_time", "registered"}
    assert keys(app, register, registered_to=date(2025, 12, 31)) == {"settled"}


def test_due_within_and_overdue_only_with_a_fixed_today(app: App, register):
    assert keys(app, register, due_within=7, today=TODAY) == {"overdue", "due_today", "due_in_7"}
    assert keys(app, register, due_within=0, today=TODAY) == {"overdue", "due_today"}
    assert keys(app, register, due_within=6, today=TODAY) == {"overdue", "due_today"}
    assert keys(app, register, overdue_only=True, today=TODAY) == {"overdue"}
    assert keys(app, register, overdue_only=True, today=date(2026, 3, 3)) == set()
    assert keys(app, register, overdue_only=True, today=date(2026, 4, 1)) == {
        "overdue", "due_today", "due_in_7", "on_time"}  # closed cases never are


def test_sort_keys(app: App, register):
    def order(sort: SortKey, descending: bool = False) -> list[str]:
        by_id = {case.id: key for key, case in register.items()}
        return [by_id[i] for i in app.cases.ids(CaseQuery(sort=sort, descending=descending))]

    by_date = ["settled", "not_settled", "overdue", "due_today", "due_in_7", "on_time",
               "registered"]
    assert order(SortKey.REG_DATE) == by_date
    assert order(SortKey.REG_DATE, descending=True) == by_date[::-1]
    assert order(SortKey.CATEGORY)[-2:] == ["not_settled", "on_time"]  # property, by date
    assert order(SortKey.CATEGORY)[0] == "settled"  # family first, the earliest of them
    assert order(SortKey.STATUS)[:2] == ["settled", "not_settled"]  # closed < in_mediation
    assert order(SortKey.STATUS)[-1] == "registered"
    deadlines = [app.cases.get(register[k].id).deadline for k in order(SortKey.DEADLINE)
                 if app.cases.get(register[k].id).deadline]
    assert deadlines == sorted(deadlines)


def test_sort_by_number_is_numeric(app: App, make_case):
    set_counter(app, 2026, 8)
    nine = app.cases.register(make_case(date(2026, 1, 5), seed=1))
    ten = app.cases.register(make_case(date(2026, 1, 5), seed=2))
    set_counter(app, 2026, 9999)
    big = app.cases.register(make_case(date(2026, 1, 5), seed=3))
    older = app.cases.register(make_case(date(2025, 12, 31), seed=4))
    assert [nine.number, ten.number, big.number] == [
        "KRG01-2026-0009", "KRG01-2026-0010", "KRG01-2026-10000"]
    ascending = app.cases.ids(CaseQuery(sort=SortKey.NUMBER, descending=False))
    assert ascending == [older.id, nine.id, ten.id, big.id]
    assert app.cases.ids(CaseQuery(sort=SortKey.NUMBER)) == ascending[::-1]


def test_sort_by_date_breaks_ties_by_numeric_number(app: App, make_case):
    set_counter(app, 2026, 9998)
    first = app.cases.register(make_case(date(2026, 1, 5), seed=1))
    second = app.cases.register(make_case(date(2026, 1, 5), seed=2))
    assert (first.number, second.number) == ("KRG01-2026-9999", "KRG01-2026-10000")
    assert app.cases.ids(CaseQuery(sort=SortKey.REG_DATE, descending=False)) == [
        first.id, second.id]


def test_iter_summaries_returns_every_case_with_parties_and_mediators(
        app: App, register, mediator: Mediator, monkeypatch):
    import desktop.services.cases as service_module

    monkeypatch.setattr(service_module, "SUMMARY_BATCH", 2)  # several batches on a small register
    ids = app.cases.ids(CaseQuery(sort=SortKey.NUMBER))
    summaries = list(app.cases.iter_summaries(app.cases.ids(CaseQuery(sort=SortKey.NUMBER))))
    assert [s.id for s in summaries] == ids
    assert len(summaries) == len(register)
    by_id = {s.id: s for s in summaries}
    settled = by_id[register["settled"].id]
    assert [p.name for p in settled.parties] == [p.name for p in register["settled"].parties]
    assert [p.role for p in settled.parties] == ["applicant", "other_party"]
    assert [p.identifier for p in settled.parties] == [
        p.identifier for p in register["settled"].parties]
    assert settled.mediators == ("Әлиева Сәуле", "Бекова Гүлжан")
    assert settled.outcome is Outcome.SETTLED and settled.status is CaseStatus.CLOSED
    assert by_id[register["registered"].id].mediators == ()
    assert by_id[register["on_time"].id].deadline == date(2026, 3, 31)


def test_summaries_keep_the_order_asked_for(app: App, register):
    ids = [register[k].id for k in ("on_time", "settled", "registered")]
    assert [s.id for s in app.cases.summaries(ids)] == ids
    assert app.cases.summaries([]) == []


def test_a_query_without_today_uses_the_office_calendar(app: App, make_case, mediator):
    case = app.cases.register(make_case(date(2026, 1, 2), mediator_ids=[mediator.id]))
    app.cases.start_mediation(case.id, date(2026, 1, 2))
    today = app.office.today()
    expected = {case.id} if date(2026, 2, 1) < today else set()
    assert set(app.cases.ids(CaseQuery(overdue_only=True))) == expected
    assert app.cases.get(case.id).deadline == date(2026, 2, 1)
    assert today - timedelta(days=2) <= date.today() <= today + timedelta(days=2)


def test_stored_rows_carry_their_origin(app: App, make_case):
    case = app.cases.register(make_case())
    with app.db.read() as session:
        row = session.get(CaseRow, case.id)
        assert (row.origin, row.office_code, row.number_year, row.number_sequence) == (
            "KRG01", "KRG01", 2026, 1)
        assert row.created_at.tzinfo is not None
        assert session.scalars(select(MediatorRow)).all() == []


def test_a_case_registered_after_today_is_refused(app: App, make_case):
    app.office.clock = lambda: date(2026, 3, 1)
    with pytest.raises(ValidationError, match="reg_date: is after today"):
        app.cases.register(make_case(date(2026, 3, 2)))
    assert app.cases.ids(CaseQuery()) == []


def test_a_case_registered_by_mistake_is_deleted_as_a_tombstone(app: App, make_case):
    keep = app.cases.register(make_case(seed=1, applicant="Жұмабаев Нұрлан"))
    mistake = app.cases.register(make_case(seed=2, applicant="Қасымов Әділ"))
    app.cases.delete(mistake)
    assert app.cases.ids(CaseQuery()) == [keep.id]
    assert app.cases.count(CaseQuery(search="Қасымов")) == 0
    assert app.cases.ids(CaseQuery(search="Қасымов")) == []
    with pytest.raises(NotFoundError):
        app.cases.get(mistake.id)
    with app.db.read() as session:  # the rows stay, marked, so the deletion can travel
        row = session.get(CaseRow, mistake.id)
        assert row.deleted_at is not None and row.version == 2
        parties = session.scalars(select(PartyRow).where(PartyRow.case_id == mistake.id)).all()
        assert len(parties) == 2 and all(p.deleted_at is not None for p in parties)


def test_a_case_whose_mediation_began_is_not_deleted(app: App, make_case, mediator: Mediator):
    app.office.clock = lambda: date(2026, 3, 10)
    case = app.cases.register(make_case(date(2026, 3, 2), mediator_ids=[mediator.id]))
    started = app.cases.start_mediation(case.id, date(2026, 3, 3))
    with pytest.raises(TransitionError, match="closed, not deleted"):
        app.cases.delete(started)
    assert app.cases.get(case.id).status is CaseStatus.IN_MEDIATION
