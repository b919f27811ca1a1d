"""Full-text search of cases, through the service: Kazakh and Russian names, numbers, IINs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from uuid import UUID

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.app import App, open_app
from desktop.core.case import Case, CaseStatus, Outcome
from desktop.core.party import Party, PartyKind, PartyRole
from desktop.core.register import CaseQuery


@pytest.fixture(scope="module")
def searched(tmp_path_factory, make_case, make_iin) -> Iterator[tuple[App, dict[str, Case]]]:
    """One register for the whole module: the searches only read it."""
    app = open_app(tmp_path_factory.mktemp("search") / "data")
    app.office.update(code="KRG01", name_kk="Медиация кабинеті", name_ru="Кабинет медиации")
    cases = {
        "kazakh": make_case(date(2026, 1, 10), applicant="Қасымов Әділ Ғалымұлы",
                            other="Петров Пётр Семёнович", seed=1,
                            subject="Алимент төлеу туралы дау"),
        "letters": make_case(date(2026, 1, 11), applicant="Ұлықбек Іңкәр Һидаятқызы",
                             other="Өмірзақов Үсен Шыңғысұлы", seed=2,
                             subject="Көршілер арасындағы жер дауы"),
        "russian": make_case(date(2026, 1, 12), applicant="Алёна Ерёменко",
                             other="Иванов Сергей", seed=3, subject="Долг по расписке"),
        "company": make_case(date(2026, 1, 13), applicant="Қасымов Нұрлан", other="Иванов Ерлан",
                             seed=4, subject="Жалақы бойынша дау"),
    }
    cases["company"].parties.append(Party(
        "«Жұлдыз-Құрылыс» ЖШС", PartyRole.OTHER_PARTY, PartyKind.LEGAL_ENTITY,
        identifier=make_iin(9, legal_entity=True), representative="Бекова Әйгерім"))
    for case in cases.values():
        app.cases.register(case)
    try:
        yield app, cases
    finally:
        app.close()


def found(app: App, text: str, **filters) -> set[UUID]:
    ids = app.cases.ids(CaseQuery(search=text, **filters))
    assert len(ids) == len(set(ids)), "a case is listed once"
    assert app.cases.count(CaseQuery(search=text, **filters)) == len(ids)
    return set(ids)


def ids_of(cases: dict[str, Case], *keys: str) -> set[UUID]:
    return {cases[k].id for k in keys}


@pytest.mark.parametrize("text, keys", [
    ("ҚАСЫМОВ", ("kazakh", "company")),  # "Қасымов", upper case typed
    ("қасымов", ("kazakh", "company")),
    ("әділ", ("kazakh",)),  # "Әділ"
    ("ӘДІЛ", ("kazakh",)),
    ("ғалымұлы", ("kazakh",)),
    ("ҰЛЫҚБЕК", ("letters",)),
    ("іңкәр", ("letters",)),
    ("ІҢКӘР", ("letters",)),
    ("һидаятқызы", ("letters",)),
    ("ҺИДАЯТҚЫЗЫ", ("letters",)),
    ("өмірзақов", ("letters",)),
    ("ҮСЕН", ("letters",)),
    ("шыңғысұлы", ("letters",)),
    ("жұлдыз", ("company",)),  # inside «quotes» and a hyphen
    ("ҚҰРЫЛЫС", ("company",)),
    ("әйгерім", ("company",)),  # a representative
])
def test_kazakh_names_regardless_of_case(searched, text: str, keys: tuple[str, ...]):
    app, cases = searched
    assert found(app, text) == ids_of(cases, *keys)


@pytest.mark.parametrize("text, keys", [
    ("петров", ("kazakh",)),
    ("ПЕТРОВ", ("kazakh",)),
    ("Пётр", ("kazakh",)),
    ("петр", ("kazakh",)),  # ё = е
    ("ПЁТР", ("kazakh",)),
    ("семенович", ("kazakh",)),
    ("алена еременко", ("russian",)),  # stored with ё, typed with е
    ("АЛЁНА", ("russian",)),
    ("иванов", ("russian", "company")),
    ("расписке", ("russian",)),  # the subject is searched too
])
def test_russian_names_regardless_of_case_and_yo(searched, text: str, keys: tuple[str, ...]):
    app, cases = searched
    assert found(app, text) == ids_of(cases, *keys)


def test_kazakh_names_typed_on_a_russian_keyboard(searched):
    app, cases = searched
    assert found(app, "Касымов") == ids_of(cases, "kazakh", "company")  # к for қ
    assert found(app, "Инкар Улыкбек") == ids_of(cases, "letters")
    assert found(app, "Омирзаков Усен") == ids_of(cases, "letters")


def test_identifier_prefix_and_whole(searched):
    app, cases = searched
    iin = cases["letters"].parties[0].identifier
    assert found(app, iin) == ids_of(cases, "letters")
    assert cases["letters"].id in found(app, iin[:6])
    assert found(app, iin[:11] + str((int(iin[11]) + 1) % 10)) == set()
    bin_ = cases["company"].parties[2].identifier
    assert found(app, bin_) == ids_of(cases, "company")


def test_case_number(searched):
    app, cases = searched
    for case in cases.values():
        assert found(app, case.number) == {case.id}
        assert found(app, case.number.lower()) == {case.id}


def test_half_words_match_as_word_starts_only(searched):
    app, cases = searched
    assert found(app, "Қасым") == ids_of(cases, "kazakh", "company")
    assert found(app, "Өмірз") == ids_of(cases, "letters")
    assert found(app, "асымов") == set()  # not the middle of a word


def test_several_words_must_all_match(searched):
    app, cases = searched
    assert found(app, "Қасымов Петров") == ids_of(cases, "kazakh")
    assert found(app, "петров қасымов") == ids_of(cases, "kazakh")  # in any order
    assert found(app, "Қасымов Иванов") == ids_of(cases, "company")
    assert found(app, "Қасымов Ерёменко") == set()
    assert found(app, "Қас Нұр") == ids_of(cases, "company")


def test_search_combines_with_filters(searched):
    app, cases = searched
    assert found(app, "Қасымов", statuses=(CaseStatus.REGISTERED,)) == ids_of(
        cases, "kazakh", "company")
    assert found(app, "Қасымов", statuses=(CaseStatus.CLOSED,)) == set()


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_an_empty_search_lists_everything(searched, text: str):
    app, cases = searched
    assert found(app, text) == {c.id for c in cases.values()}


@pytest.mark.parametrize("text", ["***", '""', "-", "«»", "()", "😀", "\\", "%"])
def test_a_search_with_no_word_in_it_finds_nothing(searched, text: str):
    """Something was typed, and no case holds it: not the whole register."""
    app, _ = searched
    assert found(app, text) == set()


OPERATORS = st.sampled_from([
    '"', "'", "*", "^", ":", "NEAR", "NEAR(", "AND", "OR", "NOT", "(", ")", "-", "+", "{", "}",
    "body:", "case_id:", "\x00", "😀", "ё", "Ә", "\\", "%", "_", ";", "--", "/*",
])


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(
    st.text(),
    st.lists(st.one_of(OPERATORS, st.text(max_size=5)), max_size=15).map(" ".join),
    st.lists(st.one_of(OPERATORS, st.text(max_size=3)), max_size=15).map("".join),
))
def test_any_text_never_raises(searched, text: str):
    app, cases = searched
    result = found(app, text)
    assert result <= {c.id for c in cases.values()}


def test_a_very_long_query_never_raises(searched):
    app, _ = searched
    found(app, "Қасымов " * 500)
    found(app, "ә" * 10_000)


def test_after_renaming_a_party_the_old_name_is_gone(app: App, make_case):
    case = app.cases.register(make_case(applicant="Тұрсынбаев Ғани", other="Смағұлова Әлия"))
    other = app.cases.register(make_case(seed=2, applicant="Жақсылықов Мейрам",
                                         other="Петрова Анна"))
    assert set(app.cases.ids(CaseQuery(search="тұрсынбаев"))) == {case.id}
    edited = app.cases.get(case.id)
    edited.parties[0].name = "Бекболатов Дәурен"
    app.cases.save(edited)
    assert app.cases.ids(CaseQuery(search="тұрсынбаев")) == []
    assert app.cases.ids(CaseQuery(search="ДӘУРЕН")) == [case.id]
    assert app.cases.ids(CaseQuery(search="смағұлова")) == [case.id]  # the other party stays
    assert app.cases.ids(CaseQuery(search="мейрам")) == [other.id]  # others untouched


def test_a_removed_party_is_no_longer_found(app: App, make_case, make_iin):
    case = make_case()
    case.parties.append(Party("Ерғалиев Шыңғыс", PartyRole.OTHER_PARTY,
                              identifier=make_iin(40)))
    app.cases.register(case)
    assert app.cases.ids(CaseQuery(search="шыңғыс")) == [case.id]
    edited = app.cases.get(case.id)
    edited.parties.pop()
    app.cases.save(edited)
    assert app.cases.ids(CaseQuery(search="шыңғыс")) == []
    assert app.cases.ids(CaseQuery(search=make_iin(40))) == []


def test_lifecycle_steps_keep_the_case_findable(app: App, make_case):
    case = app.cases.register(make_case(applicant="Нұрпейісова Гүлмира"))
    app.cases.close(case.id, Outcome.REFUSED, case.reg_date)
    assert app.cases.ids(CaseQuery(search="нұрпейісова")) == [case.id]


def test_latin_look_alikes_find_kazakh_and_russian_names(app: App, make_case):
    """Kazakh typed without the Kazakh keyboard, or a name pasted with Latin letters."""
    kazakh = app.cases.register(make_case(applicant="Әділов Ерік"))
    russian = app.cases.register(make_case(applicant="Сорокина Асель"))
    assert app.cases.ids(CaseQuery(search="Әдiлов")) == [kazakh.id]  # Latin i
    assert app.cases.ids(CaseQuery(search="әдiлов ерiк")) == [kazakh.id]
    assert app.cases.ids(CaseQuery(search="Сoрoкина Aсель")) == [russian.id]  # Latin o, A
    assert app.cases.ids(CaseQuery(search="əділов")) == [kazakh.id]  # IPA ə for ә
