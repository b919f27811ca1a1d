"""A page of the register is exactly that slice of the whole list, for every filter and sort."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.app import App
from desktop.core.case import OPEN_STATUSES, CaseStatus, Outcome
from desktop.core.register import CaseQuery, SortKey

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def register(tmp_path_factory) -> App:
    from desktop.app import open_app

    app = open_app(tmp_path_factory.mktemp("register") / "data")
    app.demo().generate(400, seed=11, today=TODAY)
    yield app
    app.close()


def _queries(app: App) -> list[CaseQuery]:
    first = app.cases.summaries(app.cases.ids(CaseQuery())[:1])[0]
    surname = first.parties[0].name.split()[0]
    words = [surname, surname.upper()[:3], "алимент", first.number, first.number.lower(), "zzz"]
    queries = [CaseQuery(today=TODAY)]
    for word in words:
        queries += [
            CaseQuery(search=word, today=TODAY),
            CaseQuery(search=word, statuses=OPEN_STATUSES, today=TODAY),
            CaseQuery(search=word, descending=False, today=TODAY),
            CaseQuery(search=word, sort=SortKey.NUMBER, today=TODAY),
        ]
    queries += [
        CaseQuery(statuses=(CaseStatus.CLOSED,), outcomes=(Outcome.SETTLED,), today=TODAY),
        CaseQuery(due_within=7, sort=SortKey.DEADLINE, descending=False, today=TODAY),
        CaseQuery(categories=("family",), sort=SortKey.CATEGORY, today=TODAY),
        CaseQuery(search="а", registered_from=date(2025, 1, 1), today=TODAY),
    ]
    return queries


def test_pages_are_slices_of_the_whole_list(register: App):
    for query in _queries(register):
        every = register.cases.ids(query)
        assert register.cases.count(query) == len(every), query
        for offset, limit in ((0, 100), (0, 7), (5, 13), (len(every) - 3, 50)):
            offset = max(0, offset)
            assert register.cases.page(query, offset, limit) == every[offset:offset + limit], (
                query, offset, limit)


@pytest.mark.parametrize("descending", [False, True])
def test_cases_without_a_deadline_come_last_in_deadline_order(register: App, descending):
    query = CaseQuery(sort=SortKey.DEADLINE, descending=descending, today=TODAY)
    deadlines = [r.deadline for r in register.cases.summaries(register.cases.ids(query))]
    dated = [d for d in deadlines if d is not None]
    assert dated and None in deadlines
    assert deadlines == dated + [None] * (len(deadlines) - len(dated))
    assert dated == sorted(dated, reverse=descending)


def test_register_order_is_by_date_then_number(register: App):
    rows = register.cases.summaries(register.cases.ids(CaseQuery(today=TODAY)))
    keys = [(r.reg_date, int(r.number.rsplit("-", 1)[1])) for r in rows]
    assert keys == sorted(keys, reverse=True)


def test_a_case_number_is_one_phrase(register: App):
    """KRG01-2026-0001 finds that case, not every case with those three words somewhere."""
    for summary in register.cases.summaries(register.cases.ids(CaseQuery())[:20]):
        found = register.cases.ids(CaseQuery(search=summary.number))
        assert found == [summary.id]


def test_editing_the_date_moves_the_case_and_keeps_it_findable(register: App):
    query = CaseQuery(today=TODAY)
    newest = register.cases.get(register.cases.ids(query)[0])
    # An earlier date in the same year breaks neither the number nor the case's other dates.
    new_year = date(newest.reg_date.year, 1, 1)
    newest.reg_date = new_year
    register.cases.save(newest)
    later = [s for s in register.cases.summaries(register.cases.ids(query))
             if s.reg_date > new_year]
    assert register.cases.ids(query).index(newest.id) == len(later)
    found = register.cases.ids(CaseQuery(search=newest.parties[0].name, today=TODAY))
    assert newest.id in found


def test_the_whole_register_is_counted_without_deleted_cases(app: App, make_case):
    cases = [app.cases.register(make_case(seed=i)) for i in range(1, 4)]
    app.cases.delete(cases[0])
    edited = app.cases.get(cases[1].id)
    edited.subject = "Жер учаскесінің шекарасы"
    edited.reg_date = date(2026, 2, 27)  # a new date moves the case: its index entry moves too
    app.cases.save(edited)
    assert app.cases.count(CaseQuery()) == len(app.cases.ids(CaseQuery())) == 2
    assert app.cases.count(CaseQuery(search="шекарасы")) == 1
