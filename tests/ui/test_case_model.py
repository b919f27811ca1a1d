"""CaseTableModel without widgets: pages, columns, sorting and search in the query, due cells."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon

from desktop.app import App
from desktop.core.case import Outcome
from desktop.core.mediator import Mediator
from desktop.core.register import CaseQuery, CaseSummary
from desktop.ui import case_model
from desktop.ui.case_model import CaseTableModel

TODAY = date(2026, 4, 6)
Role = Qt.ItemDataRole


def cell(model: CaseTableModel, row: int, column: int, role: int = Role.DisplayRole):
    return model.data(model.index(row, column), role)


def column(model: CaseTableModel, col: int) -> list[str]:
    return [cell(model, row, col) for row in range(model.rowCount())]


def loaded(kelisim: App, query: CaseQuery | None = None) -> CaseTableModel:
    model = CaseTableModel(kelisim)
    model.set_query(query or CaseQuery())
    return model


@pytest.fixture(autouse=True)
def english(translator) -> None:
    """Words and dates as an English-speaking user sees them."""


@pytest.fixture
def dated(app: App) -> App:
    app.office.clock = lambda: TODAY
    return app


def test_rows_come_a_page_at_a_time_up_to_the_total(qapp, app: App):
    app.demo().generate(450, seed=1)
    model = CaseTableModel(app)
    assert (model.rowCount(), model.total) == (0, 0)  # nothing is read before it is asked for
    model.refresh()
    assert (model.rowCount(), model.total) == (case_model.PAGE, 450)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * case_model.PAGE
    for _ in range(450 // case_model.PAGE - 1):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    assert len({model.case_id(row) for row in range(450)}) == 450


def test_each_column_of_a_case(qapp, dated: App, make_case):
    mediator = dated.mediators.add(Mediator("Әлиева Сәуле Маратқызы"))
    case = dated.cases.register(make_case(date(2026, 3, 2), applicant="Қасымов Әділ Нұрұлы",
                                          other="Петров Пётр", mediator_ids=[mediator.id]))
    model = loaded(dated)
    assert model.columnCount() == 7
    assert [cell(model, 0, c) for c in range(7)] == [
        case.number, "02.03.2026", "Қасымов Ә. Н. — Петров П.",
        "Family", "Әлиева Сәуле Маратқызы", "Registered", ""]
    assert cell(model, 0, CaseTableModel.PARTIES, Role.ToolTipRole) == (
        "Applicant: Қасымов Әділ Нұрұлы\nOther party: Петров Пётр")
    summary = cell(model, 0, CaseTableModel.NUMBER, Role.UserRole)
    assert isinstance(summary, CaseSummary) and summary.id == case.id == model.case_id(0)
    assert model.headerData(CaseTableModel.NUMBER, Qt.Orientation.Horizontal) == "Number"


def test_more_parties_on_a_side_end_in_an_ellipsis_and_organisations_keep_their_name(
        qapp, dated: App, make_case):
    from desktop.core.party import Party, PartyKind, PartyRole

    case = make_case(date(2026, 3, 2), applicant="Сейітов Марат")
    case.parties.append(Party("Сейітова Айгүл", PartyRole.APPLICANT, identifier=""))
    case.parties.append(Party("ТОО «Береке»", PartyRole.OTHER_PARTY, PartyKind.LEGAL_ENTITY))
    case.parties[1], case.parties[3] = case.parties[3], case.parties[1]
    dated.cases.register(case)
    model = loaded(dated)
    assert cell(model, 0, CaseTableModel.PARTIES) == "Сейітов М., … — ТОО «Береке», …"


def test_a_closed_case_shows_its_outcome(qapp, dated: App, make_case):
    case = dated.cases.register(make_case(date(2026, 3, 2)))
    dated.cases.close(case.id, Outcome.REFUSED, date(2026, 3, 5))
    model = loaded(dated)
    assert cell(model, 0, CaseTableModel.STATUS) == "Closed: A party refused"


def test_sort_by_number_both_ways_and_unsortable_columns_are_ignored(qapp, dated: App,
                                                                     make_case):
    for seed, day in enumerate([date(2026, 3, 5), date(2026, 1, 9), date(2025, 12, 1)], 1):
        dated.cases.register(make_case(day, seed=seed))
    model = loaded(dated)
    numbers = ["KRG01-2025-0001", "KRG01-2026-0001", "KRG01-2026-0002"]
    model.sort(CaseTableModel.NUMBER, Qt.SortOrder.AscendingOrder)
    assert column(model, CaseTableModel.NUMBER) == numbers
    model.sort(CaseTableModel.NUMBER, Qt.SortOrder.DescendingOrder)
    assert column(model, CaseTableModel.NUMBER) == numbers[::-1]
    query = model.query
    model.sort(CaseTableModel.PARTIES, Qt.SortOrder.AscendingOrder)
    assert model.query is query and not model.sortable(CaseTableModel.PARTIES)
    assert model.sort_column() == CaseTableModel.NUMBER


def test_a_search_narrows_the_rows_and_the_total(qapp, dated: App, make_case, qtbot):
    dated.cases.register(make_case(date(2026, 3, 2), applicant="Қасымов Әділ", seed=1))
    dated.cases.register(make_case(date(2026, 3, 3), applicant="Нұрланов Бекзат", seed=2))
    model = loaded(dated)
    assert model.total == 2
    with qtbot.waitSignal(model.counted) as counted:
        model.set_query(CaseQuery(search="Нұрланов"))
    assert counted.args == [1]
    assert (model.rowCount(), model.total) == (1, 1)
    assert cell(model, 0, CaseTableModel.PARTIES).startswith("Нұрланов Б.")


def test_an_overdue_deadline_is_said_by_colour_icon_and_words(qapp, dated: App, make_case):
    mediator = dated.mediators.add(Mediator("Әлиева Сәуле"))
    late = dated.cases.register(make_case(date(2026, 3, 2), seed=1, mediator_ids=[mediator.id]))
    dated.cases.start_mediation(late.id, date(2026, 3, 3))  # deadline 2 April: 4 days late
    model = loaded(dated)
    deadline = "02.04.2026"
    assert cell(model, 0, CaseTableModel.DEADLINE) == f"{deadline} — Overdue"
    assert cell(model, 0, CaseTableModel.DEADLINE, Role.ToolTipRole) == (
        f"Deadline {deadline}: overdue by 4 days")
    assert cell(model, 0, CaseTableModel.DEADLINE, Role.BackgroundRole) == QColor("#f7c6c0")
    icon = cell(model, 0, CaseTableModel.DEADLINE, Role.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert cell(model, 0, CaseTableModel.NUMBER, Role.BackgroundRole) is None


def test_a_deadline_within_seven_days_is_due_soon_and_a_later_one_is_plain(qapp, dated: App,
                                                                          make_case):
    mediator = dated.mediators.add(Mediator("Әлиева Сәуле"))
    for seed, contract in [(1, date(2026, 3, 10)), (2, date(2026, 3, 20))]:
        case = dated.cases.register(make_case(date(2026, 3, 2), seed=seed,
                                              mediator_ids=[mediator.id]))
        dated.cases.start_mediation(case.id, contract)
    model = loaded(dated, CaseQuery(sort=case_model.SortKey.DEADLINE, descending=False))
    soon, later = "09.04.2026", "19.04.2026"
    assert column(model, CaseTableModel.DEADLINE) == [f"{soon} — Due soon", later]
    assert cell(model, 0, CaseTableModel.DEADLINE, Role.ToolTipRole) == (
        f"Deadline {soon}: due in 3 days")
    assert cell(model, 0, CaseTableModel.DEADLINE, Role.BackgroundRole) == QColor("#ffe7b0")
    assert cell(model, 1, CaseTableModel.DEADLINE, Role.BackgroundRole) is None
    assert cell(model, 1, CaseTableModel.DEADLINE, Role.DecorationRole) is None
    model.set_query(CaseQuery(due_within=7))
    assert column(model, CaseTableModel.DEADLINE) == [f"{soon} — Due soon"]


def test_a_new_case_shows_from_the_first_page(qapp, app: App, make_case):
    app.demo().generate(450, seed=2)
    model = loaded(app)
    model.fetchMore(QModelIndex())
    case = app.cases.register(make_case(app.office.today(), seed=99, applicant="Жаңа Іс"))
    model.refresh(case.id)
    assert (model.rowCount(), model.total) == (case_model.PAGE, 451)
    assert cell(model, 0, CaseTableModel.PARTIES).startswith("Жаңа І.")


def test_a_saved_case_is_read_again_in_its_place(qapp, app: App, qtbot):
    app.demo().generate(450, seed=2)
    model = loaded(app)
    model.fetchMore(QModelIndex())
    row = case_model.PAGE + 5  # scrolled past the first page
    case = app.cases.get(model.case_id(row))
    case.parties[0].name = "Өзгертілген Есім"
    app.cases.save(case)
    with qtbot.waitSignal(model.dataChanged):
        model.refresh(case.id)
    assert model.rowCount() == 2 * case_model.PAGE  # nothing read again but that row
    assert model.case_id(row) == case.id
    assert "Өзгертілген" in cell(model, row, CaseTableModel.PARTIES)


def test_retranslate_announces_new_headers_and_cells(qapp, app: App, make_case, qtbot):
    app.cases.register(make_case(date(2026, 3, 2)))
    model = loaded(app)
    with qtbot.waitSignals([model.headerDataChanged, model.dataChanged]):
        model.retranslate()


def test_a_deleted_case_leaves_the_list(qapp, app: App, make_case):
    first = app.cases.register(make_case(seed=1))
    app.cases.register(make_case(seed=2))
    model = loaded(app)
    app.cases.delete(first)
    model.refresh(first.id)
    assert (model.total, model.rowCount(), model.row_of(first.id)) == (1, 1, None)


def test_a_case_that_leaves_the_filter_leaves_the_list(qapp, app: App, make_case):
    from desktop.core.case import CaseStatus

    case = app.cases.register(make_case(date(2026, 3, 2)))
    model = loaded(app, CaseQuery(statuses=(CaseStatus.REGISTERED,)))
    assert model.total == 1
    app.office.clock = lambda: date(2026, 3, 10)
    app.cases.close(case.id, Outcome.REFUSED, date(2026, 3, 9))
    model.refresh(case.id)
    assert (model.total, model.rowCount()) == (0, 0)
