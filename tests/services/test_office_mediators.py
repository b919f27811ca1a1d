"""The office of this installation and its mediator register."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from desktop.app import App
from desktop.core.errors import NotFoundError, StaleRecordError, ValidationError
from desktop.core.mediator import Mediator, MediatorKind
from desktop.core.register import CaseQuery
from desktop.core.text import fold
from desktop.services.office import OfficeNotSetError
from desktop.store.schema import MediatorRow, OfficeRow

NAMES = {"name_kk": "Медиация кабинеті", "name_ru": "Кабинет медиации"}


def office_rows(app: App) -> int:
    with app.db.read() as session:
        return session.scalar(select(func.count()).select_from(OfficeRow))


# --- before the office is set ----------------------------------------------------------------

def test_nothing_works_before_the_office_is_set(bare_app: App, make_case):
    assert bare_app.office.current() is None
    with pytest.raises(OfficeNotSetError, match="office set"):
        bare_app.office.require()
    with pytest.raises(OfficeNotSetError):
        bare_app.cases.register(make_case())
    with pytest.raises(OfficeNotSetError):
        bare_app.mediators.add(Mediator("Сапарова Әлия"))
    assert bare_app.mediators.list() == []
    assert bare_app.cases.count(CaseQuery()) == 0


# --- setting and changing the office ---------------------------------------------------------

def test_set_the_office(bare_app: App):
    office = bare_app.office.update(code=" krg01 ", name_kk=" Қарағанды медиация кабинеті ",
                                    name_ru="Кабинет медиации", district="Бұқар жырау ауданы")
    assert office.code == "KRG01"
    assert office.name_kk == "Қарағанды медиация кабинеті"
    assert office.district == "Бұқар жырау ауданы"
    assert office.timezone == "Asia/Almaty"
    assert office.version == 1
    assert bare_app.office.require() == office


def test_updating_keeps_one_office(app: App):
    before = app.office.require()
    changed = app.office.update(name_ru="Новое название", head="Ғабитұлы Ерғали")
    assert changed.id == before.id
    assert changed.code == before.code and changed.name_kk == before.name_kk
    assert (changed.name_ru, changed.head, changed.version) == (
        "Новое название", "Ғабитұлы Ерғали", 2)
    renamed = app.office.update(code="TMR02")
    assert renamed.id == before.id and renamed.code == "TMR02" and renamed.version == 3
    assert office_rows(app) == 1


@pytest.mark.parametrize("code", ["K", "KRG-01", "ҚРГ01", "KRG 01", "ABCDEFGHIJKLM", ""])
def test_bad_office_code(bare_app: App, code: str):
    with pytest.raises(ValidationError) as caught:
        bare_app.office.update(code=code, **NAMES)
    assert set(caught.value.problems) == {"code"}
    assert bare_app.office.current() is None


def test_names_are_required(bare_app: App):
    with pytest.raises(ValidationError) as caught:
        bare_app.office.update(code="KRG01", name_kk=" ", name_ru="")
    assert set(caught.value.problems) == {"name_kk", "name_ru"}


def test_too_long_address(bare_app: App):
    with pytest.raises(ValidationError) as caught:
        bare_app.office.update(code="KRG01", address="ә" * 501, **NAMES)
    assert set(caught.value.problems) == {"address"}


@pytest.mark.parametrize("zone", ["Mars/Olympus", "Asia", "Almaty", "../etc/passwd", "UTC\x00"])
def test_unknown_timezone(bare_app: App, zone: str):
    with pytest.raises(ValidationError) as caught:
        bare_app.office.update(code="KRG01", timezone=zone, **NAMES)
    assert set(caught.value.problems) == {"timezone"}
    assert bare_app.office.current() is None


def test_a_refused_update_keeps_the_office(app: App):
    before = app.office.require()
    with pytest.raises(ValidationError):
        app.office.update(timezone="Nowhere/City", name_ru="Другое")
    assert app.office.require() == before


def test_today_is_counted_in_the_office_time_zone(app: App):
    app.office.update(timezone="Asia/Aqtobe")
    assert app.office.require().timezone == "Asia/Aqtobe"
    before = datetime.now(ZoneInfo("Asia/Aqtobe")).date()
    today = app.office.today()
    after = datetime.now(ZoneInfo("Asia/Aqtobe")).date()
    assert before <= today <= after


# --- mediators -------------------------------------------------------------------------------

def test_add_and_list_mediators(app: App, make_iin):
    first = app.mediators.add(Mediator("Әлиева Сәуле", iin=make_iin(1),
                                       kind=MediatorKind.PROFESSIONAL, register_number="МЕД-7",
                                       languages=("kk", "ru", "en"),
                                       specialisations=("family", "labour")))
    second = app.mediators.add(Mediator("Бекова Гүлжан", active=False))
    assert first.version == 1
    listed = app.mediators.list()
    assert {m.id for m in listed} == {first.id, second.id}
    assert app.mediators.get(first.id) == first
    assert [m.id for m in app.mediators.list(active_only=True)] == [first.id]
    with app.db.read() as session:
        assert session.get(MediatorRow, first.id).origin == "KRG01"


def test_mediator_validation(app: App):
    cases = [
        (Mediator(" "), "full_name"),
        (Mediator("ә" * 301), "full_name"),
        (Mediator("Сапаров Ерлан", iin="123"), "iin"),
        (Mediator("Сапаров Ерлан", iin="900101300008"), "iin"),
        (Mediator("Сапаров Ерлан", languages=("kk", "de")), "languages"),
        (Mediator("Сапаров Ерлан", register_number="x" * 501), "register_number"),
    ]
    for mediator, field in cases:
        with pytest.raises(ValidationError) as caught:
            app.mediators.add(mediator)
        assert set(caught.value.problems) == {field}, mediator
    assert app.mediators.list() == []


def test_save_a_mediator_and_refuse_a_stale_copy(app: App):
    mediator = app.mediators.add(Mediator("Сапаров Ерлан"))
    mine, theirs = app.mediators.get(mediator.id), app.mediators.get(mediator.id)
    theirs.active = False
    app.mediators.save(theirs)
    assert app.mediators.get(mediator.id).version == 2
    mine.full_name = "Сапаров Ерлан Қайратұлы"
    with pytest.raises(StaleRecordError):
        app.mediators.save(mine)
    assert app.mediators.get(mediator.id).full_name == "Сапаров Ерлан"
    with pytest.raises(ValidationError):
        app.mediators.save(Mediator(" ", id=mediator.id, version=2))


def test_unknown_mediator(app: App):
    from desktop.core.ids import new_id

    with pytest.raises(NotFoundError):
        app.mediators.get(new_id())
    with pytest.raises(NotFoundError):
        app.mediators.save(Mediator("Ешкім"))


def test_mediators_by_folded_name(app: App):
    mediator = app.mediators.add(Mediator("Сёмина  Әсел"))
    assert app.mediators.by_name()[fold("семина асел")].id == mediator.id
    assert app.mediators.by_name()[fold("СЕМИНА ӘСЕЛ")].id == mediator.id


def test_mediators_are_listed_in_kazakh_alphabetical_order(app: App):
    # Kazakh Cyrillic order: А Ә Б ... К Қ ... Ы І ... Я
    expected = ["Абаев", "Әлиева", "Бекова", "Кенжебаев", "Қасымов", "Ыбыраев", "Ілиясов",
                "Яковлев"]
    for name in reversed(expected):
        app.mediators.add(Mediator(name))
    assert [m.full_name for m in app.mediators.list()] == expected


def test_a_bin_is_no_mediators_iin(app: App, make_iin):
    with pytest.raises(ValidationError) as refused:
        app.mediators.add(Mediator("Серікова Әсел", iin=make_iin(7, legal_entity=True)))
    assert "BIN" in refused.value.problems["iin"]
    assert app.mediators.list() == []


def test_a_mistyped_code_is_corrected_before_any_case(app: App, make_case):
    mediator = app.mediators.add(Mediator("Нұрланов Ғалым"))
    app.office.update(code="KRG02")
    with app.db.read() as session:
        assert session.scalar(select(MediatorRow.origin).where(MediatorRow.id == mediator.id)) \
            == "KRG02"
    case = app.cases.register(make_case())
    assert case.number.startswith("KRG02-")
    with pytest.raises(ValidationError) as refused:
        app.office.update(code="KRG03", head="Ғабитұлы Ерғали")
    assert refused.value.problems == {"code": "stays KRG02: cases are numbered with it"}
    assert (app.office.require().code, app.office.require().head) == ("KRG02", "")
