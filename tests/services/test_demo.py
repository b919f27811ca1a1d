"""DemoService: a realistic sample office on a real SQLite register, new or already in use."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.app import App, open_app
from desktop.core.case import Case, CaseStatus, Fulfilment, Outcome, validate_case
from desktop.core.identifiers import is_valid_identifier, looks_like_bin
from desktop.core.party import PartyKind
from desktop.core.register import CaseQuery, CaseSummary, SortKey
from desktop.services.demo import DemoReport

TODAY = date(2026, 11, 25)
KAZAKH_LETTERS = set("ӘҒҚҢӨҰҮҺІәғқңөұүһі")
COUNT = 600


@dataclass
class Demo:
    app: App
    report: DemoReport
    cases: list[Case]


def tenge(amount: Decimal) -> str:
    """A whole sum as the wording writes it: 1 250 000."""
    assert amount == amount.to_integral_value()
    return f"{int(amount):,}".replace(",", " ")


def all_summaries(app: App) -> list[CaseSummary]:
    return app.cases.summaries(app.cases.ids(CaseQuery(sort=SortKey.NUMBER, descending=False)))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """One office of 600 demo cases on a new database, shared by the read-only tests."""
    app = open_app(tmp_path_factory.mktemp("demo"))
    try:
        report = app.demo().generate(COUNT, seed=7, today=TODAY)
        cases = [app.cases.get(i) for i in app.cases.ids(CaseQuery())]
        yield Demo(app, report, cases)
    finally:
        app.close()


def test_a_new_database_gets_an_office_mediators_and_the_cases(demo: Demo) -> None:
    assert demo.report.office_created
    assert demo.report.cases_added == COUNT == len(demo.cases)
    office = demo.app.office.require()
    assert office.code == "KRG01"
    assert office.timezone == "Asia/Almaty"
    assert "Қарағанды облысы" in office.region and "Карагандинская область" in office.region
    assert "Қарағанды облысы" in office.name_kk and "Карагандинской области" in office.name_ru
    mediators = demo.app.mediators.list(active_only=True)
    assert demo.report.mediators_added == len(mediators) >= 8
    assert {m.kind for m in mediators} == {"public", "professional"}
    assert all(m.register_number and m.languages and m.specialisations for m in mediators)


def test_every_loaded_case_is_valid(demo: Demo) -> None:
    for case in demo.cases:
        validate_case(case, demo.app.reference)


def test_every_status_and_outcome_occurs(demo: Demo) -> None:
    assert {c.status for c in demo.cases} == set(CaseStatus)
    assert {c.outcome for c in demo.cases if c.outcome} == set(Outcome)
    closed = sum(c.status is CaseStatus.CLOSED for c in demo.cases) / COUNT
    assert 0.55 < closed < 0.75


def test_dates_follow_the_lifecycle_up_to_today(demo: Demo) -> None:
    rules = demo.app.reference.deadline
    for case in demo.cases:
        assert TODAY.replace(year=TODAY.year - 3) <= case.reg_date <= TODAY
        if case.status is CaseStatus.REGISTERED:
            assert case.contract_date is None and (TODAY - case.reg_date).days <= 20
        if case.contract_date:
            assert case.mediator_ids and 1 <= len(case.sessions) <= 3
            assert all(case.contract_date <= s.held_on <= (case.closed_date or TODAY)
                       for s in case.sessions)
        if case.closed_date:
            assert case.closed_date <= TODAY
        if case.outcome is Outcome.EXPIRED:
            assert case.deadline and case.closed_date > case.deadline
        if case.outcome is not Outcome.REFUSED and case.status is CaseStatus.CLOSED:
            assert case.contract_date is not None
        assert case.extensions <= rules.max_extensions


def test_open_mediations_are_overdue_due_soon_or_extended(demo: Demo) -> None:
    mediating = [c for c in demo.cases if c.status is CaseStatus.IN_MEDIATION]
    assert any(c.deadline < TODAY for c in mediating)
    assert any(0 <= (c.deadline - TODAY).days <= 7 for c in mediating)
    assert any(c.extensions == 1 for c in mediating)


def test_identifiers_are_valid_iins_and_bins(demo: Demo) -> None:
    parties = [p for c in demo.cases for p in c.parties]
    assert all(is_valid_identifier(p.identifier) for p in parties)
    assert all(looks_like_bin(p.identifier) == (p.kind is PartyKind.LEGAL_ENTITY)
               for p in parties)
    assert all(is_valid_identifier(m.iin) for m in demo.app.mediators.list())
    companies = [p for p in parties if p.kind is PartyKind.LEGAL_ENTITY]
    assert companies and all(p.representative and p.representative_basis for p in companies)


def test_names_are_kazakh_and_russian(demo: Demo) -> None:
    names = [p.name for c in demo.cases for p in c.parties if p.kind is PartyKind.INDIVIDUAL]
    kazakh = sum(bool(KAZAKH_LETTERS & set(name)) for name in names)
    assert 0.3 < kazakh / len(names) < 0.9
    assert all(len(name.split()) == 3 for name in names)  # surname, name, patronymic


def test_settlements_have_agreed_terms_between_the_parties(demo: Demo) -> None:
    settled = [c for c in demo.cases if c.outcome in (Outcome.SETTLED, Outcome.PARTLY_SETTLED)]
    assert settled and all(1 <= len(c.obligations) <= 4 for c in settled)
    for case in settled:
        for term in case.obligations:
            assert term.due_date >= case.closed_date
            assert term.debtor_id != term.creditor_id
            if term.amount is not None:
                assert 20_000 <= term.amount <= 3_000_000
                assert f"{tenge(term.amount)} " in term.description
            if term.fulfilment in (Fulfilment.FULFILLED, Fulfilment.PARTLY_FULFILLED):
                assert case.closed_date <= term.fulfilled_on <= TODAY
    assert not any(c.obligations for c in demo.cases if c not in settled)


def test_monetary_subjects_carry_their_claim(demo: Demo) -> None:
    with_sum = [c for c in demo.cases if "теңге" in c.subject or "тенге" in c.subject]
    assert with_sum
    for case in with_sum:
        assert case.claim_amount is not None
        assert f"{tenge(case.claim_amount)} " in case.subject


def test_the_same_seed_gives_the_same_cases(tmp_path: Path) -> None:
    def contents(folder: str, seed: int) -> list[tuple]:
        app = open_app(tmp_path / folder)
        try:
            app.demo().generate(150, seed=seed, today=TODAY)
            return [(s.number, s.subject, s.status, s.outcome, [p.name for p in s.parties])
                    for s in all_summaries(app)]
        finally:
            app.close()

    first = contents("a", 3)
    assert first == contents("b", 3)
    assert first != contents("c", 4)


def test_an_existing_office_is_kept_and_its_register_filled(app: App) -> None:
    office = app.office.require()
    first = app.demo().generate(50, seed=1, today=TODAY)
    second = app.demo().generate(30, seed=2, today=TODAY)
    assert not first.office_created and not second.office_created
    assert second.mediators_added == 0  # the first run brought the register to strength
    assert app.office.require() == office
    numbers = [s.number for s in all_summaries(app)]
    assert len(numbers) == len(set(numbers)) == 80
    assert all(n.startswith(f"{office.code}-") for n in numbers)
