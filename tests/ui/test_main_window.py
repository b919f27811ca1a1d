"""The main window on a real database: search, filters, language, type size, places, first run."""

from __future__ import annotations

import sys
import types
from datetime import date
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop.app import App, open_app
from desktop.core.case import Outcome
from desktop.core.mediator import Mediator
from desktop.core.register import SortKey
from desktop.ui.case_editor import CaseEditor
from desktop.ui.case_model import PAGE, CaseTableModel
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import FONT_SIZES

TODAY = date(2026, 4, 20)


@pytest.fixture
def office(app: App) -> App:
    app.office.clock = lambda: TODAY
    return app


@pytest.fixture
def open_window(qtbot, preferences, translator):
    def open_window(kelisim: App) -> MainWindow:
        window = MainWindow(kelisim, preferences, translator)
        qtbot.addWidget(window)
        return window

    return open_window


@pytest.fixture
def three_cases(office: App, make_case) -> App:
    mediator = office.mediators.add(Mediator("Әлиева Сәуле"))
    office.cases.register(make_case(date(2026, 3, 2), seed=1, applicant="Қасымов Әділ",
                                    category="family", mediator_ids=[mediator.id]))
    office.cases.register(make_case(date(2026, 3, 3), seed=2, applicant="Нұрланов Бекзат",
                                    category="labour"))
    closed = office.cases.register(make_case(date(2025, 6, 4), seed=3, applicant="Сейітов Марат",
                                             category="labour"))
    office.cases.close(closed.id, Outcome.REFUSED, date(2025, 6, 9))
    return office


def applicants(window: MainWindow) -> list[str]:
    model = window.model
    return [model.data(model.index(row, CaseTableModel.PARTIES)).split(" — ")[0]
            for row in range(model.rowCount())]


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def test_typing_in_the_search_box_narrows_the_list_and_the_count(qtbot, open_window,
                                                                 three_cases: App, make_iin):
    window = open_window(three_cases)
    assert window.count_label.text() == "3 cases"
    qtbot.keyClicks(window.search, make_iin(2 * 2))  # the IIN of the second case's applicant
    assert applicants(window) == ["Нұрланов Б."]
    assert window.count_label.text() == "1 case"
    window.search.clear()
    assert window.model.total == 3
    for letter in "Сейіт":  # QTest types Latin-1 only; a keyboard sends one letter at a time
        window.search.insert(letter)
    assert applicants(window) == ["Сейітов М."]


def test_each_filter_narrows_the_list(open_window, three_cases: App):
    window = open_window(three_cases)
    filters = window.filters
    filters.status.setCurrentIndex(4)  # Closed
    assert applicants(window) == ["Сейітов М."]
    filters.status.setCurrentIndex(1)  # Open
    assert applicants(window) == ["Нұрланов Б.", "Қасымов Ә."]
    filters.category.setCurrentIndex(filters.category.findData("family"))
    assert applicants(window) == ["Қасымов Ә."]
    filters.reset()
    assert window.model.total == 3
    filters.mediator.setCurrentIndex(1)
    assert applicants(window) == ["Қасымов Ә."]
    filters.reset()
    filters.period.setCurrentIndex(1)  # This year
    assert window.count_label.text() == "2 cases"
    filters.period.setCurrentIndex(3)  # chosen dates
    filters.date_from.setDate(date(2025, 1, 1))
    filters.date_to.setDate(date(2025, 12, 31))
    assert applicants(window) == ["Сейітов М."]


def test_the_list_reads_a_page_at_start_and_more_as_it_scrolls(qtbot, open_window, app: App):
    app.demo().generate(450, seed=3)
    window = open_window(app)
    with qtbot.waitExposed(window):
        window.show()
    assert window.model.rowCount() == PAGE
    assert window.count_label.text() == "450 cases"
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() > PAGE)


def test_a_header_click_sorts_where_the_database_can(open_window, three_cases: App):
    window = open_window(three_cases)
    header = window.table.horizontalHeader()
    header.setSortIndicator(CaseTableModel.NUMBER, Qt.SortOrder.AscendingOrder)
    assert (window.model.query.sort, window.model.query.descending) == (SortKey.NUMBER, False)
    assert window.model.data(window.model.index(0, 0)) == "KRG01-2025-0001"
    header.setSortIndicator(CaseTableModel.PARTIES, Qt.SortOrder.DescendingOrder)
    assert header.sortIndicatorSection() == CaseTableModel.NUMBER
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert window.model.query.sort is SortKey.NUMBER


def test_a_language_switch_retitles_menus_and_relabels_lists(qtbot, open_window,
                                                             three_cases: App, preferences):
    window = open_window(three_cases)
    window.case_menu.setTitle("stale")
    window.language_actions["ru"].trigger()
    qtbot.waitUntil(lambda: window.case_menu.title() != "stale")
    assert preferences.language == "ru" and window.language_actions["ru"].isChecked()
    assert window.case_menu.title() == tr("&Case")
    assert window.new_action.text() == tr("&New case")
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == (
        QCoreApplication.translate("CaseTableModel", "Number"))
    # Reference data speaks the new language at once, translated catalogues or not.
    filters = window.filters
    assert filters.category.itemText(filters.category.findData("family")) == "Семейный"
    family = window.model.index(applicants(window).index("Қасымов Ә."), CaseTableModel.CATEGORY)
    assert window.model.data(family) == "Семейный"
    assert window.windowTitle() == tr("Kelisim — {office}").format(
        office="Кабинет медиации Карагандинского района")
    window.language_actions["kk"].trigger()
    qtbot.waitUntil(lambda: window.windowTitle().endswith("Қарағанды аудандық медиация кабинеті"))


def test_the_type_size_grows_the_application_font(qapp, open_window, office: App, preferences):
    window = open_window(office)
    before = QApplication.font().pointSizeF()
    window.size_actions["extra_large"].trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(before * FONT_SIZES["extra_large"])
    assert preferences.font_size == "extra_large"
    assert window.size_actions["extra_large"].isChecked()


def test_window_places_come_back_after_closing_and_reopening_the_folder(
        qtbot, open_window, office: App, make_case, monkeypatch):
    office.cases.register(make_case(date(2026, 3, 2)))
    window = open_window(office)
    with qtbot.waitExposed(window):
        window.show()
    window.setGeometry(QRect(30, 40, 760, 520))  # within the 800x600 offscreen screen
    placed = window.geometry()
    window.table.horizontalHeader().resizeSection(CaseTableModel.CATEGORY, 333)
    window.table.sortByColumn(CaseTableModel.NUMBER, Qt.SortOrder.AscendingOrder)
    window.close()
    window.close()  # closing twice does no harm

    reopened = open_app(office.data_dir)  # the database was let go: the folder opens again
    reads: list[SortKey] = []
    load = CaseTableModel._load
    monkeypatch.setattr(CaseTableModel, "_load",
                        lambda model, rows: (reads.append(model.query.sort), load(model, rows)))
    again = open_window(reopened)  # closes `reopened` when the test ends
    assert reads == [SortKey.NUMBER]  # read once at start, in the saved order
    with qtbot.waitExposed(again):
        again.show()
    assert again.geometry() == placed
    assert again.table.horizontalHeader().sectionSize(CaseTableModel.CATEGORY) == 333
    assert again.model.total == 1
    assert (again.model.query.sort, again.model.query.descending) == (SortKey.NUMBER, False)


class StandIn(QDialog):
    """Takes the place of a dialog written elsewhere, recording how it was opened."""

    opened: ClassVar[list[StandIn]] = []
    saved = Signal(object)
    deleted = Signal(object)
    changed = Signal()

    def __init__(self, kelisim: App, *args, first_run: bool = False):
        parent = args[-1] if args and isinstance(args[-1], QWidget) else None
        super().__init__(parent)
        self.args, self.first_run = args, first_run
        StandIn.opened.append(self)


@pytest.fixture
def stand_ins(monkeypatch) -> list[StandIn]:
    StandIn.opened = []
    for module, name in [("office_settings", "OfficeSettings"),
                         ("mediator_register", "MediatorRegister")]:
        fake = types.ModuleType(f"desktop.ui.{module}")
        setattr(fake, name, StandIn)
        monkeypatch.setitem(sys.modules, f"desktop.ui.{module}", fake)
    return StandIn.opened


def test_first_run_asks_for_the_office_and_new_case_waits_for_it(qtbot, open_window,
                                                                 bare_app: App, stand_ins):
    window = open_window(bare_app)
    assert not window.new_action.isEnabled()
    assert "office" in window.new_action.toolTip()
    window.show()
    qtbot.waitUntil(lambda: len(stand_ins) == 1)
    assert stand_ins[0].first_run
    bare_app.office.update(code="KRG01", name_kk="Кабинет", name_ru="Кабинет")
    stand_ins[0].changed.emit()
    assert window.new_action.isEnabled()
    assert window.windowTitle() == tr("Kelisim — {office}").format(office="Кабинет")


def test_enter_opens_the_chosen_case_and_a_save_refreshes_the_list(
        qtbot, open_window, three_cases: App, make_case):
    window = open_window(three_cases)
    with qtbot.waitActive(window):  # keys go to the focused widget of the active window
        window.show()
        window.activateWindow()
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Return)  # from the search box to the cases found
    assert window.table.hasFocus() and window.table.currentIndex().row() == 0
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    chosen = window.model.case_id(1)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    editor = window.findChild(CaseEditor)
    assert editor is not None and editor.isVisible() and editor.case.id == chosen
    new = three_cases.cases.register(make_case(TODAY, seed=9, applicant="Жаңа Іс"))
    editor.saved.emit(new.id)  # as after registering a case in the editor
    assert window.model.total == 4 and window.count_label.text() == "4 cases"
    assert window.model.case_id(window.table.currentIndex().row()) == new.id


def test_new_case_opens_an_empty_editor_and_the_register_its_dialog(open_window, office: App,
                                                                   stand_ins):
    window = open_window(office)
    window.new_action.trigger()
    editor = window.findChild(CaseEditor)
    assert editor is not None and editor.case.version == 0
    window.mediators_action.trigger()
    assert [type(s.parent()) for s in stand_ins] == [MainWindow]
    office.mediators.add(Mediator("Жаңа Медиатор"))
    stand_ins[0].changed.emit()  # the register changed: the filter offers the new name
    assert window.filters.mediator.findText("Жаңа Медиатор") > 0


def test_the_due_page_lists_what_is_due(qtbot, open_window, office: App, make_case):
    mediator = office.mediators.add(Mediator("Әлиева Сәуле"))
    case = office.cases.register(make_case(date(2026, 3, 2), mediator_ids=[mediator.id]))
    office.cases.start_mediation(case.id, date(2026, 3, 10))  # deadline 9 April: late
    window = open_window(office)
    window.show()
    window.due_action.trigger()
    assert window.tabs.currentWidget() is window.due
    assert window.due.case_label.text().endswith(": 1")
    assert window.due.case_table.model().index(0, 0).data() == case.number
    assert not window.due.term_table.model().index(0, 0, QModelIndex()).isValid()


def test_a_case_deleted_meanwhile_is_refused_and_leaves_the_list(open_window, three_cases: App):
    window = open_window(three_cases)
    gone = three_cases.cases.get(window.model.case_id(0))
    three_cases.cases.delete(gone)  # by a colleague, after the list was read
    window.open_case(gone.id)
    refusal = window.findChild(QMessageBox)
    assert refusal is not None and refusal.isVisible()
    assert not any(editor.isVisible() for editor in window.findChildren(CaseEditor))
    assert window.model.total == 2 and window.model.row_of(gone.id) is None


def test_f5_shows_new_cases_even_with_a_case_chosen(open_window, three_cases: App, make_case):
    window = open_window(three_cases)
    window.table.selectRow(1)
    three_cases.cases.register(make_case(date(2026, 3, 4), seed=9, applicant="Жаңа Тарап"))
    window.refresh_action.trigger()
    assert window.model.total == window.model.rowCount() == 4
    assert "Жаңа" in window.model.data(window.model.index(0, CaseTableModel.PARTIES))
